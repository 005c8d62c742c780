"""Agreement between two provincial indices: rank correlations with confidence intervals, largest gaps.

scipy gives the rank correlations and their p-values but no confidence interval, so the interval is the
usual Fisher-z approximation with the standard errors of Bonett and Wright (2000) for Spearman's rho
(sqrt((1 + rho^2 / 2) / (n - 3))) and of Fieller, Hartley and Pearson (1957) for Kendall's tau
(sqrt(0.437 / (n - 4))): closed forms, deterministic, cheap.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..ranking import competition_rank

if TYPE_CHECKING:
    import pandas as pd

METHODS = ("spearman", "kendall")


@dataclass(frozen=True)
class RankCorrelation:
    method: str
    n: int
    estimate: float
    ci_low: float
    ci_high: float
    p_value: float
    confidence: float


def _standard_error(method: str, estimate: float, n: int) -> float:
    if method == "spearman":
        return math.sqrt((1 + estimate ** 2 / 2) / (n - 3))
    return math.sqrt(0.437 / (n - 4))


def rank_correlation(x: "pd.Series", y: "pd.Series", method: str = "spearman",
                     confidence: float = 0.95) -> RankCorrelation:
    """Rank correlation of two aligned series (pairs with a missing value are dropped), with its interval.

    Needs at least 5 complete pairs (the Kendall interval divides by n - 4).
    """
    import pandas as pd
    from scipy import stats

    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; valid: {', '.join(METHODS)}")
    pairs = pd.concat([x, y], axis=1, keys=["x", "y"]).dropna()
    n = len(pairs)
    if n < 5:
        raise ValueError(f"{n} complete pairs; a rank correlation with an interval needs at least 5")
    test = stats.spearmanr if method == "spearman" else stats.kendalltau
    estimate, p_value = test(pairs["x"], pairs["y"])
    estimate, p_value = float(estimate), float(p_value)
    z = stats.norm.ppf(0.5 + confidence / 2)
    if abs(estimate) > 1 - 1e-12:  # the Fisher transform is infinite: the interval collapses to the estimate
        low = high = estimate
    else:
        centre, half = math.atanh(estimate), z * _standard_error(method, estimate, n)
        low, high = math.tanh(centre - half), math.tanh(centre + half)
    return RankCorrelation(method, n, estimate, low, high, p_value, confidence)


def rank_gaps(frame: "pd.DataFrame", x: str, y: str, *, higher_is_better: tuple[bool, bool] = (True, True),
              id_column: str = "province_id") -> "pd.DataFrame":
    """Each unit's rank on ``x`` and on ``y`` among the units having both, and the gap between them.

    Ranks are competition ranks (1 = best); ``gap`` = rank on x minus rank on y, so a positive gap means
    the unit does better on ``y`` than on ``x``. Sorted by the size of the gap, largest first (ties by id).
    """
    both = frame[[id_column, x, y]].dropna().copy()
    for column, better_high in zip((x, y), higher_is_better):
        both[f"{column}_rank"] = competition_rank(both[column] if better_high else -both[column]).astype(int)
    both["gap"] = both[f"{x}_rank"] - both[f"{y}_rank"]
    both["abs_gap"] = both["gap"].abs()
    ordered = both.sort_values(["abs_gap", id_column], ascending=[False, True], kind="stable")
    return ordered.drop(columns="abs_gap").reset_index(drop=True)

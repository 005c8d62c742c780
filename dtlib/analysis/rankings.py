"""Rank changes between editions, the biggest movers, and rank stability between editions.

A rank change is ``rank_start - rank_end``: positive means the province moved up (as the
press reports it, e.g. "up 7 places"). All functions take a series from
:func:`dtlib.analysis.series.measure_series`.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

CHANGE_COLUMNS = ["province_id", "name_vi", "rank_start", "rank_end", "rank_change",
                  "score_start", "score_end", "score_change"]


def rank_changes(series: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    """Rank and score change of every province ranked in both editions, biggest rise first."""
    first = _edition(series, start)
    last = _edition(series, end)
    both = first.merge(last, on=["province_id", "name_vi"], suffixes=("_start", "_end"))
    both = both[both["rank_start"].notna() & both["rank_end"].notna()].copy()
    both["rank_change"] = (both["rank_start"] - both["rank_end"]).astype("Int64")
    both["score_change"] = both["score_end"] - both["score_start"]
    both = both.sort_values(["rank_change", "rank_end", "province_id"], ascending=[False, True, True])
    return both[CHANGE_COLUMNS].reset_index(drop=True)


def _edition(series: pd.DataFrame, year: int) -> pd.DataFrame:
    if year not in set(series["year"]):
        raise ValueError(f"edition {year} is not in the series; it has {sorted(set(series['year']))}")
    return series.loc[series["year"] == year, ["province_id", "name_vi", "rank", "score"]]


def biggest_movers(changes: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The ``n`` biggest risers and the ``n`` biggest fallers of :func:`rank_changes`.

    Provinces tied with the n-th mover are kept too, so the cut never picks one of two
    equal movers arbitrarily. Column ``direction`` is "up" or "down"; unchanged ranks are
    not movers.
    """
    parts = []
    for direction, moved in (("up", changes[changes["rank_change"] > 0]),
                             ("down", changes[changes["rank_change"] < 0])):
        size = moved["rank_change"].abs()
        if len(moved) > n:
            moved = moved[size >= size.sort_values(ascending=False).iloc[n - 1]]
        moved = moved.assign(direction=direction, magnitude=moved["rank_change"].abs())
        parts.append(moved.sort_values(["magnitude", "rank_end", "province_id"], ascending=[False, True, True]))
    return pd.concat(parts).drop(columns="magnitude").reset_index(drop=True)


STABILITY_COLUMNS = ["from_year", "to_year", "n", "spearman_rho", "spearman_p", "kendall_tau", "kendall_p"]


def rank_stability(series: pd.DataFrame, editions: list[int] | None = None) -> pd.DataFrame:
    """Spearman and Kendall correlation of ranks between consecutive editions.

    Uses the provinces ranked in both editions (``n``); correlations need at least three.
    Consecutive means consecutive in ``editions`` (default: every edition of the series).
    p-values are two-sided tests of no association (scipy: exact for small samples
    without ties, else asymptotic).
    """
    from scipy import stats  # here, not at the top: charts and profiles need only rank_changes

    years = sorted(editions if editions is not None else set(series["year"]))
    rows = []
    for start, end in zip(years, years[1:]):
        changes = rank_changes(series, start, end)
        before, after = changes["rank_start"].astype(float), changes["rank_end"].astype(float)
        row = {"from_year": start, "to_year": end, "n": len(changes),
               "spearman_rho": np.nan, "spearman_p": np.nan, "kendall_tau": np.nan, "kendall_p": np.nan}
        if len(changes) >= 3 and before.nunique() > 1 and after.nunique() > 1:
            rho, rho_p = stats.spearmanr(before, after)
            tau, tau_p = stats.kendalltau(before, after)
            row.update(spearman_rho=float(rho), spearman_p=float(rho_p),
                       kendall_tau=float(tau), kendall_p=float(tau_p))
        rows.append(row)
    return pd.DataFrame(rows, columns=STABILITY_COLUMNS)

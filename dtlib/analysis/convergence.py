"""Are provinces converging? Dispersion per edition (sigma) and beta convergence.

Sigma convergence: the spread of scores shrinks from one edition to the next.
Beta convergence: provinces that started lower grow faster, i.e. the slope of annual log
growth on the log of the initial score is negative. DTI methods changed between editions,
so scores are not strictly comparable across years: a uniform shift of the scale moves
only the intercept, but a change in what is measured can move the slope too.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .ols import coefficient_table

DISPERSION_COLUMNS = ["year", "n", "n_units", "is_complete", "mean", "sd", "cv", "q1", "q3", "iqr"]


def dispersion(series: pd.DataFrame) -> pd.DataFrame:
    """Spread of scores per edition: standard deviation (n - 1), coefficient of variation
    (sd / mean), quartiles (linear interpolation) and interquartile range.

    ``n`` counts provinces with a score, ``n_units`` the provinces of the edition;
    only complete editions (``is_complete``) describe the whole country.
    """
    rows = []
    for year, edition in series.groupby("year", sort=True):
        scores = edition["score"].dropna()
        q1, q3 = (scores.quantile([0.25, 0.75]).tolist() if len(scores) else (np.nan, np.nan))
        mean = scores.mean()
        sd = scores.std(ddof=1)
        rows.append({"year": int(year), "n": len(scores), "n_units": len(edition),
                     "is_complete": len(scores) == len(edition), "mean": mean, "sd": sd,
                     "cv": sd / mean if len(scores) else np.nan, "q1": q1, "q3": q3, "iqr": q3 - q1})
    return pd.DataFrame(rows, columns=DISPERSION_COLUMNS)


@dataclass(frozen=True)
class BetaConvergence:
    """OLS of annual log growth on the log initial score, with robust standard errors.

    ``model`` is the fitted statsmodels result (``model.summary()`` prints the full table);
    ``summary`` has one row per term (const, log_initial_score); ``data`` the provinces used.
    """

    start: int
    end: int
    cov_type: str
    model: object
    summary: pd.DataFrame
    data: pd.DataFrame

    @property
    def beta(self) -> float:
        return float(self.model.params["log_initial_score"])

    @property
    def n(self) -> int:
        return int(self.model.nobs)

    @property
    def r_squared(self) -> float:
        return float(self.model.rsquared)


def beta_convergence(series: pd.DataFrame, start: int, end: int, cov_type: str = "HC1") -> BetaConvergence:
    """Beta convergence between two editions over the provinces scored in both.

    growth = (ln score_end - ln score_start) / (end - start), regressed on ln score_start.
    Standard errors are heteroskedasticity-robust (``cov_type``, default HC1 = White's with
    the n / (n - k) small-sample factor), and tests use the t distribution.
    """
    if end <= start:
        raise ValueError(f"end edition {end} must come after start edition {start}")
    first = series.loc[series["year"] == start, ["province_id", "name_vi", "score"]]
    last = series.loc[series["year"] == end, ["province_id", "score"]]
    data = first.merge(last, on="province_id", suffixes=("_start", "_end")).dropna()
    if len(data) < 3:
        raise ValueError(f"beta convergence needs at least 3 provinces scored in both {start} and {end}; "
                         f"found {len(data)}")
    data = data.assign(log_initial_score=np.log(data["score_start"]),
                       growth=(np.log(data["score_end"]) - np.log(data["score_start"])) / (end - start))
    data = data.sort_values("province_id").reset_index(drop=True)
    import statsmodels.api as sm  # here, not at the top: the merger analyses need only dispersion

    exog = sm.add_constant(data[["log_initial_score"]])
    model = sm.OLS(data["growth"], exog).fit(cov_type=cov_type, use_t=True)
    return BetaConvergence(start, end, cov_type, model, coefficient_table(model), data)

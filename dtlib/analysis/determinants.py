"""What explains provincial scores: OLS on income, urbanisation, size and region (statsmodels).

The model: outcome ~ log GRDP per head + urban share + log population + region effects, for one edition
(heteroskedasticity-robust HC1 errors) or pooled over editions with edition effects and errors clustered
by province. Diagnostics: variance inflation factors, influence, and the residual ranking (provinces
doing better or worse than their economic position predicts).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..ranking import competition_rank

if TYPE_CHECKING:
    import pandas as pd
    from statsmodels.regression.linear_model import RegressionResultsWrapper

REGRESSORS = ("log_grdp_per_capita", "urban_share_pct", "log_population")
KEY = ["year", "province_id"]


def attach_covariates(outcomes: "pd.DataFrame", covariates: "pd.DataFrame", provinces: "pd.DataFrame",
                      outcome: str) -> "pd.DataFrame":
    """One row per outcome (year, province) with the regressors and the region.

    Covariates of the same year are used; an edition later than the last covariate year takes the last
    year available (``covariate_year`` says which). Rows without an outcome or a covariate are dropped.
    """
    last = int(covariates["year"].max())
    frame = outcomes[[*KEY, outcome]].dropna(subset=[outcome]).copy()
    frame["covariate_year"] = frame["year"].clip(upper=last).astype(int)
    cov = covariates.rename(columns={"year": "covariate_year"})
    cov = cov.assign(log_grdp_per_capita=np.log(cov["grdp_per_capita_mn_vnd"]),
                     log_population=np.log(cov["population"].astype(float)))
    frame = frame.merge(cov[["covariate_year", "province_id", *REGRESSORS]], on=["covariate_year", "province_id"],
                        how="inner")
    frame = frame.merge(provinces[["province_id", "region"]], on="province_id", how="left")
    return frame.dropna(subset=list(REGRESSORS)).sort_values(KEY).reset_index(drop=True)


def formula(outcome: str, pooled: bool) -> str:
    terms = [*REGRESSORS, "C(region)"] + (["C(year)"] if pooled else [])
    return f"{outcome} ~ " + " + ".join(terms)


@dataclass
class DeterminantsFit:
    results: "RegressionResultsWrapper"
    data: "pd.DataFrame"
    outcome: str
    pooled: bool

    def coefficients(self) -> "pd.DataFrame":
        """Estimate, standard error, statistic, p-value and 95% interval per term."""
        import pandas as pd

        ci = self.results.conf_int()
        return pd.DataFrame({
            "term": self.results.params.index,
            "coef": self.results.params.to_numpy(),
            "std_err": self.results.bse.to_numpy(),
            "statistic": self.results.tvalues.to_numpy(),
            "p_value": self.results.pvalues.to_numpy(),
            "ci_low": ci[0].to_numpy(),
            "ci_high": ci[1].to_numpy(),
        })


def fit_determinants(frame: "pd.DataFrame", outcome: str) -> DeterminantsFit:
    """OLS of ``outcome`` on the regressors and region; pooled (with edition effects and province-clustered
    errors) when ``frame`` holds several years, else one cross-section with HC1 errors."""
    import statsmodels.formula.api as smf

    pooled = frame["year"].nunique() > 1
    # patsy reads numpy dtypes only (not pandas' nullable Int64 or str)
    data = frame.astype({"year": "int64", "region": object, outcome: float, **{r: float for r in REGRESSORS}})
    model = smf.ols(formula(outcome, pooled), data=data)
    if pooled:
        groups = frame["province_id"].astype("category").cat.codes.to_numpy()
        results = model.fit(cov_type="cluster", cov_kwds={"groups": groups})
    else:
        results = model.fit(cov_type="HC1")
    return DeterminantsFit(results, frame, outcome, pooled)


def vif(frame: "pd.DataFrame", columns: tuple[str, ...] = REGRESSORS) -> "pd.Series":
    """Variance inflation factor of each column, from a design with a constant."""
    import pandas as pd
    from statsmodels.stats.outliers_influence import variance_inflation_factor

    design = frame[list(columns)].astype(float).assign(const=1.0)
    values = [variance_inflation_factor(design.to_numpy(), i) for i in range(len(columns))]
    return pd.Series(values, index=list(columns), name="vif")


def influence(fit: DeterminantsFit) -> "pd.DataFrame":
    """Per observation: leverage, internally studentised residual and Cook's distance."""
    summary = fit.results.get_influence().summary_frame()
    out = fit.data[KEY].copy()
    out["leverage"] = summary["hat_diag"].to_numpy()
    out["studentized_residual"] = summary["standard_resid"].to_numpy()
    out["cooks_distance"] = summary["cooks_d"].to_numpy()
    return out


def residual_ranking(fit: DeterminantsFit) -> "pd.DataFrame":
    """Provinces by how far they sit above (positive) or below the model's prediction (see rank_residuals)."""
    return rank_residuals(fit.data[KEY].assign(residual=fit.results.resid.to_numpy(),
                                               fitted=fit.results.fittedvalues.to_numpy()))


def rank_residuals(frame: "pd.DataFrame") -> "pd.DataFrame":
    """From rows of (year, province_id, residual, fitted): one row per province with the mean residual and
    fitted value over its editions, the number of editions, and ``rank`` 1 = most above prediction."""
    per_province = frame.groupby("province_id").agg(residual=("residual", "mean"), fitted=("fitted", "mean"),
                                                    n_editions=("year", "size")).reset_index()
    per_province["rank"] = competition_rank(per_province["residual"])
    return per_province.sort_values(["rank", "province_id"]).reset_index(drop=True)

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
from .ols import coefficient_table

if TYPE_CHECKING:
    import pandas as pd
    from statsmodels.regression.linear_model import RegressionResultsWrapper

REGRESSORS = ("log_grdp_per_capita", "urban_share_pct", "log_population")
KEY = ["year", "province_id"]
# How each regressor's coefficient is read: the change it is multiplied by, in words. A 10% rise of a
# logged variable adds log(1.1) to it; the urban share is in percentage points.
EFFECT_STEPS = {
    "log_grdp_per_capita": ("GRDP per head 10% higher", np.log(1.1)),
    "urban_share_pct": ("urban share 10 percentage points higher", 10.0),
    "log_population": ("population 10% larger", np.log(1.1)),
}
REGION_TERM = "C(region)[T."


def _covariate_year(years: "pd.Series", covariates: "pd.DataFrame") -> "pd.Series":
    """The covariate year paired with each edition: the same, or the last one available."""
    return years.clip(upper=int(covariates["year"].max())).astype(int)


def attach_covariates(outcomes: "pd.DataFrame", covariates: "pd.DataFrame", provinces: "pd.DataFrame",
                      outcome: str, regressors: tuple[str, ...] = REGRESSORS) -> "pd.DataFrame":
    """One row per outcome (year, province) with the regressors (all of REGRESSORS) and the region.

    Covariates of the same year are used; an edition later than the last covariate year takes the last
    year available (``covariate_year`` says which). Rows without an outcome or without one of ``regressors``
    are dropped.
    """
    frame = outcomes[[*KEY, outcome]].dropna(subset=[outcome]).copy()
    frame["covariate_year"] = _covariate_year(frame["year"], covariates)
    cov = covariates.rename(columns={"year": "covariate_year"})
    cov = cov.assign(log_grdp_per_capita=np.log(cov["grdp_per_capita_mn_vnd"]),
                     log_population=np.log(cov["population"].astype(float)))
    frame = frame.merge(cov[["covariate_year", "province_id", *REGRESSORS]], on=["covariate_year", "province_id"],
                        how="inner")
    frame = frame.merge(provinces[["province_id", "region"]], on="province_id", how="left")
    return frame.dropna(subset=list(regressors)).sort_values(KEY).reset_index(drop=True)


def dropped(outcomes: "pd.DataFrame", frame: "pd.DataFrame", covariates: "pd.DataFrame",
            outcome: str) -> "pd.DataFrame":
    """Rows of ``outcomes`` with an outcome that :func:`attach_covariates` left out of ``frame`` for want of a
    covariate: year, province_id, covariate_year and the covariates table's ``note`` on that row."""
    known = outcomes.dropna(subset=[outcome])
    lost = known[~known.set_index(KEY).index.isin(frame.set_index(KEY).index)][KEY]
    lost = lost.assign(covariate_year=_covariate_year(lost["year"], covariates))
    notes = covariates[["year", "province_id", "note"]].rename(columns={"year": "covariate_year"})
    return lost.merge(notes, on=["covariate_year", "province_id"], how="left").reset_index(drop=True)


def formula(outcome: str, pooled: bool, regressors: tuple[str, ...] = REGRESSORS) -> str:
    terms = [*regressors, "C(region)"] + (["C(year)"] if pooled else [])
    return f"{outcome} ~ " + " + ".join(terms)


@dataclass
class DeterminantsFit:
    results: "RegressionResultsWrapper"
    data: "pd.DataFrame"
    outcome: str
    pooled: bool
    regressors: tuple[str, ...] = REGRESSORS

    def coefficients(self) -> "pd.DataFrame":
        """Estimate, standard error, statistic, p-value and 95% interval per term."""
        return coefficient_table(self.results).rename(columns={"t": "statistic"})


def fit_determinants(frame: "pd.DataFrame", outcome: str, regressors: tuple[str, ...] = REGRESSORS) -> DeterminantsFit:
    """OLS of ``outcome`` on ``regressors`` and region; pooled (with edition effects and province-clustered
    errors) when ``frame`` holds several years, else one cross-section with HC1 errors."""
    import statsmodels.formula.api as smf

    regressors = tuple(regressors)
    pooled = frame["year"].nunique() > 1
    # patsy reads numpy dtypes only (not pandas' nullable Int64 or str)
    data = frame.astype({"year": "int64", "region": object, outcome: float, **{r: float for r in regressors}})
    model = smf.ols(formula(outcome, pooled, regressors), data=data)
    if pooled:
        groups = frame["province_id"].astype("category").cat.codes.to_numpy()
        results = model.fit(cov_type="cluster", cov_kwds={"groups": groups})
    else:
        results = model.fit(cov_type="HC1")
    return DeterminantsFit(results, frame, outcome, pooled, regressors)


def vif(frame: "pd.DataFrame", columns: tuple[str, ...] = REGRESSORS) -> "pd.Series":
    """Variance inflation factor of each column, from a design with a constant."""
    import pandas as pd
    from statsmodels.stats.outliers_influence import variance_inflation_factor

    design = frame[list(columns)].astype(float).assign(const=1.0)
    values = [variance_inflation_factor(design.to_numpy(), i) for i in range(len(columns))]
    return pd.Series(values, index=list(columns), name="vif")


def influence(fit: DeterminantsFit) -> "pd.DataFrame":
    """Per observation: fitted value, residual, leverage, internally studentised residual and Cook's distance."""
    summary = fit.results.get_influence().summary_frame()
    out = fit.data[KEY].copy()
    out["fitted"] = fit.results.fittedvalues.to_numpy()
    out["residual"] = fit.results.resid.to_numpy()
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


def effects(fit: DeterminantsFit) -> "pd.DataFrame":
    """The model's coefficients read as differences in the outcome, other terms held fixed.

    One row per regressor (the difference for the change of EFFECT_STEPS) and per region (the difference
    from the reference region, the first in alphabetical order): ``term``, ``change`` in words, ``effect``
    with its 95% interval and p-value, and ``effect_sd``, the effect in standard deviations of the outcome
    around its edition means.
    """
    import pandas as pd

    table = fit.coefficients().set_index("term")
    reference = sorted(fit.data["region"].unique())[0]
    rows = []
    for term in fit.regressors:
        words, step = EFFECT_STEPS[term]
        rows.append((term, words, step))
    for term in table.index[table.index.str.startswith(REGION_TERM)]:
        rows.append((term, f"in the {term[len(REGION_TERM):-1]} rather than the {reference}", 1.0))
    # spread of the outcome within editions, so that edition-to-edition shifts do not inflate it
    outcome = fit.data[fit.outcome].astype(float)
    sd = float((outcome - outcome.groupby(fit.data["year"]).transform("mean")).std())
    out = pd.DataFrame(rows, columns=["term", "change", "step"])
    for column in ("coef", "ci_low", "ci_high"):
        out[column.replace("coef", "effect")] = out["step"] * table.loc[out["term"], column].to_numpy()
    out["p_value"] = table.loc[out["term"], "p_value"].to_numpy()
    out["effect_sd"] = out["effect"] / sd
    return out.drop(columns="step")


def describe_effects(effect_table: "pd.DataFrame", outcome_name: str) -> list[str]:
    """One Markdown sentence per row of :func:`effects`, every number from the table."""
    sentences = []
    for row in effect_table.itertuples():
        verdict = ("different from zero at the 5% level" if row.p_value < 0.05 else
                   "not distinguishable from zero at the 5% level")
        sentences.append(
            f"{row.change[0].upper()}{row.change[1:]}: {outcome_name} {'higher' if row.effect >= 0 else 'lower'} by "
            f"{abs(row.effect):.4f} ({abs(row.effect_sd):.2f} within-edition standard deviations; 95% interval {row.ci_low:+.4f} to "
            f"{row.ci_high:+.4f}, p = {row.p_value:.3f}), {verdict}.")
    return sentences


def fits_by_edition(frame: "pd.DataFrame", outcome: str, regressors: tuple[str, ...] = REGRESSORS) -> "pd.DataFrame":
    """The cross-section model fitted to each edition of ``frame`` on its own (HC1 errors): year, n,
    r_squared and, per regressor, its coefficient with 95% interval and p-value (long form)."""
    import pandas as pd

    parts = []
    for year, edition in frame.groupby("year", sort=True):
        fit = fit_determinants(edition, outcome, regressors)
        table = fit.coefficients()
        table = table[table["term"].isin(regressors)]
        parts.append(table[["term", "coef", "ci_low", "ci_high", "p_value"]].assign(
            year=int(year), n=int(fit.results.nobs), r_squared=fit.results.rsquared))
    columns = ["year", "n", "r_squared", "term", "coef", "ci_low", "ci_high", "p_value"]
    return pd.concat(parts)[columns].reset_index(drop=True)

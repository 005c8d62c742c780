"""Exploratory province-level comparison: provinces that hosted a pilot commune vs the others on the DTI.

Two views, both exploratory and neither causal: the difference in mean score between
provinces that hosted a unit of the programme and the others, each year, with a Welch
confidence interval; and an OLS of the later score on the pilot flag controlling for the
earlier score, with heteroskedasticity-robust (HC3) standard errors. HC3 is the variant
recommended for small samples (Long and Ervin 2000); with a handful of pilot provinces the
pilot observations have high leverage and HC3 widens their intervals accordingly.

The small-n caveat is computed, not asserted: how many provinces are in each group, the
smallest difference the design could detect, and how many of the programme's units the
sources do not name (their provinces sit, unknown, among the "others").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..analysis.ols import coefficient_table
from ..measures import measure

if TYPE_CHECKING:
    import pandas as pd

ROBUST_COVARIANCE = "HC3"


@dataclass(frozen=True)
class SmallSampleCaveat:
    n_pilot: int
    n_other: int
    n_dropped: int  # provinces left out for a missing score
    pooled_sd: float  # pooled standard deviation of the later score
    min_detectable_difference: float  # at alpha and power, two-sided pooled t-test
    alpha: float
    power: float
    n_units_stated_max: int | None  # most units the sources give for the programme
    n_units_named: int  # units the registry names
    n_units_unknown: int | None  # stated but not named: their provinces may be among the "others"
    programme_start_year: int | None
    earlier: int  # the DTI edition used as the earlier score

    def text(self, measure_label: str = "score") -> str:
        """The caveat in words, every number computed."""
        parts = [
            f"Exploratory: {self.n_pilot} pilot provinces against {self.n_other} others.",
            f"With groups this size, only a difference in the later {measure_label} of about "
            f"{self.min_detectable_difference:.3f} or more (the pooled SD is {self.pooled_sd:.3f}) would be "
            f"detected with probability {100 * self.power:.0f}% at the {100 * self.alpha:.0f}% level; smaller "
            f"differences are likely to go unseen.",
        ]
        if self.programme_start_year is not None and self.programme_start_year <= self.earlier:
            parts.append(f"The programme started in {self.programme_start_year}, so the {self.earlier} score "
                         f"is not a score from before the pilot.")
        if self.n_units_unknown:
            parts.append(f"The sources give the programme up to {self.n_units_stated_max} units but name "
                         f"{self.n_units_named}; the provinces of the other {self.n_units_unknown} are unknown "
                         f"and counted among the others.")
        if self.n_dropped:
            parts.append(f"{self.n_dropped} provinces without a score in both years are left out.")
        parts.append("Pilots were chosen, not assigned at random: no difference here is an effect of the pilot.")
        return " ".join(parts)


@dataclass(frozen=True)
class PilotComparison:
    programme_id: str
    score_column: str
    earlier: int
    later: int
    pilot_provinces: tuple[str, ...]
    differences: "pd.DataFrame"  # one row per year: group sizes, means, difference, Welch CI and p-value
    regression: "pd.DataFrame"  # one row per term of later ~ 1 + pilot + earlier, HC3 standard errors
    caveat: SmallSampleCaveat
    label: str = "exploratory"


def pilot_provinces(communes: "pd.DataFrame", programme_id: str) -> tuple[str, ...]:
    """Pre-2025 provinces with at least one unit of the programme in the registry."""
    units = communes[communes["programme_id"] == programme_id]
    if units.empty:
        raise ValueError(f"no unit of programme {programme_id!r} in the registry; choose one of "
                         f"{', '.join(sorted(communes['programme_id'].unique()))}")
    return tuple(sorted(units["province_id"].unique()))


def compare_pilot_provinces(dti: "pd.DataFrame", communes: "pd.DataFrame", programmes: "pd.DataFrame", *,
                            programme_id: str = "mic-smart-commune-2020", index: str = "dti",
                            years: tuple[int, ...] = (2022, 2023, 2024), earlier: int = 2022, later: int = 2024,
                            alpha: float = 0.05, power: float = 0.8) -> PilotComparison:
    """Compare provinces hosting a unit of ``programme_id`` with the other provinces on a DTI score.

    ``dti`` is ``dtlib.load("dti")`` (or a frame with ``year``, ``province_id`` and the score
    column); ``index`` is a DTI measure code (``"dti"``, ``"infrastructure"``, ...). Provinces
    missing the score in ``earlier`` or ``later`` are left out of the regression and counted.
    """
    import pandas as pd
    import statsmodels.api as sm
    from statsmodels.stats.power import TTestIndPower

    column = measure(index).score_column
    if earlier >= later:
        raise ValueError(f"earlier ({earlier}) must be before later ({later})")
    missing_years = sorted({*years, earlier, later} - set(dti["year"]))
    if missing_years:
        raise ValueError(f"no DTI rows for {missing_years}; available years: {sorted(dti['year'].unique())}")
    pilots = pilot_provinces(communes, programme_id)
    wide = dti.pivot(index="province_id", columns="year", values=column)
    flag = pd.Series(wide.index.isin(pilots), index=wide.index, name="pilot")

    differences = pd.DataFrame([_difference(wide[year], flag, year, alpha) for year in years])
    panel = pd.DataFrame({"later": wide[later], "pilot": flag.astype(float), "earlier": wide[earlier]}).dropna()
    if panel["pilot"].sum() < 2 or (1 - panel["pilot"]).sum() < 2:
        raise ValueError("need at least two provinces in each group with scores in both years")
    model = sm.OLS(panel["later"], sm.add_constant(panel[["pilot", "earlier"]])).fit(cov_type=ROBUST_COVARIANCE)
    regression = coefficient_table(model, alpha).rename(columns={"std_err": "se"})[
        ["term", "coef", "se", "ci_low", "ci_high", "p_value"]]
    n_pilot, n_other = int(panel["pilot"].sum()), int(len(panel) - panel["pilot"].sum())
    pooled_sd = _pooled_sd(panel.loc[panel["pilot"] == 1, "later"], panel.loc[panel["pilot"] == 0, "later"])
    effect = TTestIndPower().solve_power(nobs1=n_pilot, ratio=n_other / n_pilot, alpha=alpha, power=power)
    caveat = SmallSampleCaveat(n_pilot=n_pilot, n_other=n_other, n_dropped=len(wide) - len(panel),
                               pooled_sd=pooled_sd, min_detectable_difference=float(effect) * pooled_sd,
                               alpha=alpha, power=power, earlier=earlier, **_programme_facts(programmes, programme_id))
    return PilotComparison(programme_id, column, earlier, later, pilots, differences, regression, caveat)


def _difference(scores: "pd.Series", flag: "pd.Series", year: int, alpha: float) -> dict:
    """Mean score of pilot provinces minus the others, with a Welch (unequal-variance) interval."""
    from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

    pilot, other = scores[flag].dropna(), scores[~flag].dropna()
    if len(pilot) < 2 or len(other) < 2:
        raise ValueError(f"need at least two provinces in each group with a {year} score; "
                         f"have {len(pilot)} pilot and {len(other)} other")
    compare = CompareMeans(DescrStatsW(pilot.to_numpy()), DescrStatsW(other.to_numpy()))
    low, high = compare.tconfint_diff(alpha=alpha, usevar="unequal")
    _, p_value, _ = compare.ttest_ind(usevar="unequal")
    return {"year": year, "n_pilot": len(pilot), "n_other": len(other), "mean_pilot": pilot.mean(),
            "mean_other": other.mean(), "difference": pilot.mean() - other.mean(), "ci_low": low, "ci_high": high,
            "p_value": p_value}


def _pooled_sd(first: "pd.Series", second: "pd.Series") -> float:
    n1, n2 = len(first), len(second)
    return float((((n1 - 1) * first.var() + (n2 - 1) * second.var()) / (n1 + n2 - 2)) ** 0.5)


def _programme_facts(programmes: "pd.DataFrame", programme_id: str) -> dict:
    """Units stated against units named, and the start year, of one programme."""
    import pandas as pd

    row = programmes[programmes["programme_id"] == programme_id]
    if row.empty:
        raise ValueError(f"programme {programme_id!r} is not in the programmes table")
    row = row.iloc[0]
    named = int(row["n_units_named"])
    start = None if pd.isna(row["start_date"]) else int(str(row["start_date"])[:4])
    if pd.isna(row["n_units_stated_max"]):  # the sources give no count
        return {"n_units_stated_max": None, "n_units_named": named, "n_units_unknown": None,
                "programme_start_year": start}
    stated = int(row["n_units_stated_max"])
    return {"n_units_stated_max": stated, "n_units_named": named, "n_units_unknown": max(stated - named, 0),
            "programme_start_year": start}

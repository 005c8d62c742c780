"""DTI values of the 63 pre-2025 provinces carried to the 34 post-2025 units.

The ministry published DTI 2024 for the 34 units as well as for the 63 provinces, and
states its method: a unit's value of each main index (and of the overall DTI) is the
arithmetic mean over its pre-merger provinces. :func:`unit_values` applies that method
(``"mean"``) to every edition, and offers population-weighted means
(``"population_weighted"``) as a sensitivity check.

Coverage is explicit: each value counts the constituents that had data
(``n_with_data``) out of ``n_constituents``. A unit missing a constituent still gets
the mean of those known, flagged ``is_complete = False``, and is never ranked. Ranks are
competition ranks among the 34 units, so an edition and measure is ranked only where every
unit is complete: in the press-only editions 2020 and 2021 a "rank" among the few complete
units would read as a rank among the 34 and mislead.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import DataError
from .measures import SCORE_COLUMNS, is_rank, measure
from .provinces import merger_groups
from .ranking import competition_rank

if TYPE_CHECKING:
    import pandas as pd

METHODS: dict[str, str] = {
    "mean": "arithmetic mean over the unit's pre-2025 provinces (the ministry's stated method for DTI 2024)",
    "population_weighted": "mean over the unit's pre-2025 provinces weighted by their population "
                           "(a sensitivity check; not a published method)",
}
# Published 34-unit values are printed to 4 decimals and the means are taken of 4-decimal inputs,
# so rounding alone can move a derived value by up to 0.0001 from the printed one; the check
# allows 0.0005 (the tolerance) and docs/dti_34.md explains the one visible gap.
PUBLISHED_SCORE_TOLERANCE = 0.0005
# Means are stored to 10 decimals: enough to keep every real difference, and equal means of
# different provinces then tie exactly instead of differing in floating-point noise.
_DECIMALS = 10

UNIT_COLUMNS = ["year", "method", "province_id", "measure", "value", "n_constituents", "n_with_data",
                "is_complete", "rank", "weights_year"]


def population_weights(population: "pd.DataFrame", editions, provinces) -> "pd.DataFrame":
    """Population weights of ``provinces`` for each DTI edition.

    ``population`` has one row per year and province (columns ``year``, ``province_id``,
    ``population`` in persons), e.g. the ``covariates`` table. Edition N assesses the year N, so
    it is weighted by the population of year N, or of the latest earlier year when N is not
    covered (population statistics lag the DTI by years). Returns ``year`` (the edition),
    ``province_id``, ``weight`` and ``weights_year``; raises :class:`DataError` when a province
    has no positive population for the year used.
    """
    import pandas as pd

    known = population.dropna(subset=["population"])
    years = sorted(int(y) for y in known["year"].unique())
    by_key = {(int(y), p): v for y, p, v in zip(known["year"], known["province_id"], known["population"])}
    rows = []
    for edition in editions:
        usable = [y for y in years if y <= edition]
        if not usable:
            raise DataError(f"no population figures for DTI edition {edition} or earlier",
                            expected=f"population for a year up to {edition} (have {years or 'none'})")
        weights_year = usable[-1]
        for pid in provinces:
            value = by_key.get((weights_year, pid))
            if value is None or not value > 0:
                raise DataError(f"no positive population for {pid} in {weights_year}, needed to weight DTI "
                                f"edition {edition}", value=value,
                                expected="a population (persons) for every pre-2025 province in that year")
            rows.append((edition, pid, float(value), weights_year))
    return pd.DataFrame(rows, columns=["year", "province_id", "weight", "weights_year"])


def unit_values(dti: "pd.DataFrame", registry: "pd.DataFrame", *, method: str = "mean",
                population: "pd.DataFrame | None" = None) -> "pd.DataFrame":
    """Every score column of ``dti`` (one row per edition and pre-2025 province) for the 34 units.

    One row per unit for every edition and measure that any province has, with ``value`` (empty
    when no constituent has one), ``n_constituents``, ``n_with_data``, ``is_complete``, ``rank``
    (among the 34 units, 1 = best, ties share a rank; only where every unit is complete for that
    edition and measure) and, for the population-weighted method, ``weights_year``. A constituent
    without a value is left out of the mean (and weights are renormalised over those with a value).
    """
    import pandas as pd

    if method not in METHODS:
        raise ValueError(f"unknown aggregation method {method!r}; expected one of {', '.join(METHODS)}")
    if (method == "population_weighted") != (population is not None):
        raise ValueError("population is needed by, and only by, method='population_weighted'")
    groups = merger_groups(registry)
    strangers = sorted(set(dti["province_id"]) - set(groups["province_id"]))
    if strangers:
        raise ValueError(f"dti rows must be pre-2025 provinces; got {', '.join(strangers[:5])}")
    measures = [c for c in SCORE_COLUMNS if c in dti.columns]
    editions = sorted(int(y) for y in dti["year"].unique())
    # Every constituent of every unit, edition and measure, so a province absent from dti counts as missing.
    grid = pd.MultiIndex.from_product([editions, groups["province_id"], measures],
                                      names=["year", "province_id", "measure"]).to_frame(index=False)
    observed = dti.melt(id_vars=["year", "province_id"], value_vars=measures, var_name="measure")
    long = grid.merge(observed, how="left", on=["year", "province_id", "measure"]).merge(groups, on="province_id")
    if method == "mean":
        long["weight"], long["weights_year"] = 1.0, pd.NA
    else:
        weights = population_weights(population, editions, groups["province_id"])
        long = long.merge(weights, on=["year", "province_id"])
    has_value = long["value"].notna()
    long["weighted"] = long["value"] * long["weight"]
    long["weight_with_value"] = long["weight"].where(has_value)
    grouped = long.groupby(["year", "unit_id", "measure"], sort=True)
    units = pd.DataFrame({
        "n_constituents": grouped.size(),
        "n_with_data": grouped["value"].count(),
        "value": (grouped["weighted"].sum() / grouped["weight_with_value"].sum()).round(_DECIMALS),
        "weights_year": grouped["weights_year"].first(),
    }).reset_index()
    # Every unit of an edition and measure that any province has, so a unit without data shows as such.
    has_any = units.groupby(["year", "measure"])["n_with_data"].transform("sum") > 0
    units = units[has_any].rename(columns={"unit_id": "province_id"})
    units["is_complete"] = units["n_with_data"] == units["n_constituents"]
    n_complete = units.groupby(["year", "measure"])["is_complete"].transform("sum")
    ranked = units["value"].where(n_complete == groups["unit_id"].nunique())
    units["rank"] = ranked.groupby([units["year"], units["measure"]]).transform(competition_rank).astype("Int64")
    units["method"] = method
    units["weights_year"] = units["weights_year"].astype("Int64")
    return units[UNIT_COLUMNS].reset_index(drop=True)


def compare_with_published(derived: "pd.DataFrame", published: "pd.DataFrame", *,
                           tolerance: float = PUBLISHED_SCORE_TOLERANCE) -> "pd.DataFrame":
    """Each published 34-unit value next to the value derived by the ministry's method.

    ``derived`` is :func:`unit_values` output (or ``dtlib.load("dti_34")``); its ``"mean"`` rows are
    used. ``published`` has ``year``, ``province_id``, ``measure`` (a column name of ``dti``: ``score``,
    ``rank``, ``econ_activity_rank``, ...), ``value`` and optionally ``value_max`` (when the source
    gives only a range, e.g. "among the three lowest" is ranks 32-34). ``status`` is ``agrees``
    (a score within ``tolerance``, a rank equal or inside the range), ``differs``, or
    ``not derivable`` (the constituents' values of that measure are not in the data);
    ``difference`` is derived minus published for a single published value.
    """
    import pandas as pd

    mean = derived[derived["method"] == "mean"].set_index(["year", "province_id", "measure"])
    rows = []
    for row in published.itertuples(index=False):
        wants_rank = is_rank(row.measure)
        key = (row.year, row.province_id, measure(row.measure).score_column)
        value = mean.loc[key, "rank" if wants_rank else "value"] if key in mean.index else None
        high = getattr(row, "value_max", None)
        is_range = high is not None and not pd.isna(high)
        low, high = row.value, (high if is_range else row.value)
        slack = 0 if wants_rank else tolerance
        if value is None or pd.isna(value):
            status, value = "not derivable", None
        else:
            status = "agrees" if low - slack <= value <= high + slack else "differs"
        rows.append({"year": row.year, "province_id": row.province_id, "measure": row.measure,
                     "published": low, "published_max": high if is_range else None, "derived": value,
                     "difference": None if value is None or is_range else value - low, "status": status})
    return pd.DataFrame(rows, columns=["year", "province_id", "measure", "published", "published_max",
                                       "derived", "difference", "status"])

"""What the 2025 merger did to the DTI picture: pure functions on ``dti`` and ``dti_34``.

- :func:`constituent_ranks`: each merged unit's value and rank next to its former provinces'
  values and ranks, and which of them pulled the unit up or down;
- :func:`layout_spread`: the spread of a measure over the 63 provinces and over the 34 units;
- :func:`grouping_effect`: whether the actual merger groups narrowed the spread more or less
  than random groups of the same sizes would have (averaging always narrows it);
- :func:`method_sensitivity` and :func:`sensitivity_summary`: how ranks move when the units
  are aggregated another way (e.g. population-weighted instead of the ministry's plain mean).

Every function takes the tidy frames of ``dtlib.load("dti")`` (63 pre-2025 provinces, wide)
and ``dtlib.load("dti_34")`` (34 units, long), or frames of the same shape.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .measures import measure as lookup_measure
from .provinces import merger_groups
from .ranking import competition_rank

if TYPE_CHECKING:
    import pandas as pd


def _units(dti34: "pd.DataFrame", year: int, score_column: str, method: str) -> "pd.DataFrame":
    chosen = dti34[(dti34["year"] == year) & (dti34["measure"] == score_column) & (dti34["method"] == method)]
    if chosen.empty:
        raise ValueError(f"dti_34 has no {score_column} for {year} by method {method!r}")
    return chosen.set_index("province_id")


def _former_ranks(edition: "pd.DataFrame", score_column: str, rank_column: str) -> "pd.Series":
    """Ranks among the 63 provinces: the table's ranks, filled from the values where all 63 are known."""
    indexed = edition.set_index("province_id")
    ranks = indexed[rank_column].astype("Int64")
    if indexed[score_column].notna().all():
        ranks = ranks.fillna(competition_rank(indexed[score_column]))
    return ranks


def constituent_ranks(dti: "pd.DataFrame", dti34: "pd.DataFrame", registry: "pd.DataFrame", year: int, *,
                      measure: str = "score", method: str = "mean", merged_only: bool = True) -> "pd.DataFrame":
    """Each unit of edition ``year`` next to the provinces it was formed from.

    One row per unit and constituent: ``unit_id``, ``unit_value``, ``unit_rank`` (among the 34),
    ``n_constituents``, ``is_complete``, ``province_id``, ``value`` and ``former_rank`` (among the 63),
    ``pull`` = ``value - unit_value`` (above zero: the province pulled the unit up; below: down), and
    ``rank_alone``: the rank the province's own value would take among the 34 units, the other units
    as they are (empty where the units are not ranked). ``measure`` is a DTI measure code or column
    (``"score"``, ``"gov"``, ``"infrastructure_score"``...). Only merged units unless ``merged_only=False``.
    """
    import pandas as pd

    m = lookup_measure(measure)
    units = _units(dti34, year, m.score_column, method)
    edition = dti[dti["year"] == year]
    table = merger_groups(registry)
    if merged_only:
        table = table[table["n_constituents"] > 1]
    table = table.drop(columns="n_constituents").merge(
        units[["value", "rank", "n_constituents", "is_complete"]].rename(
            columns={"value": "unit_value", "rank": "unit_rank"}), left_on="unit_id", right_index=True)
    table["value"] = table["province_id"].map(edition.set_index("province_id")[m.score_column])
    table["former_rank"] = table["province_id"].map(_former_ranks(edition, m.score_column, m.rank_column))
    table["pull"] = table["value"] - table["unit_value"]
    ranked = units["rank"].notna().all()

    def alone(row) -> object:
        if not ranked or pd.isna(row.value):
            return pd.NA
        others = units.loc[units.index != row.unit_id, "value"]
        return 1 + int((others > row.value).sum())

    table["rank_alone"] = pd.array([alone(row) for row in table.itertuples(index=False)], dtype="Int64")
    table["former_rank"] = table["former_rank"].astype("Int64")
    columns = ["unit_id", "unit_value", "unit_rank", "n_constituents", "is_complete", "province_id", "value",
               "former_rank", "pull", "rank_alone"]
    return table[columns].sort_values(["unit_rank", "unit_id", "value"], ascending=[True, True, False],
                                      na_position="last").reset_index(drop=True)


def _spread(values: "pd.Series") -> dict[str, float]:
    values = values.dropna()
    q1, q3 = values.quantile([0.25, 0.75])
    return {"n": len(values), "mean": values.mean(), "std": values.std(), "iqr": q3 - q1,
            "min": values.min(), "max": values.max(), "range": values.max() - values.min(),
            "cv": values.std() / values.mean()}


def layout_spread(dti: "pd.DataFrame", dti34: "pd.DataFrame", year: int, *, measure: str = "score",
                  method: str = "mean") -> "pd.DataFrame":
    """The spread of a measure in edition ``year`` over the 63 provinces and over the 34 units.

    Two rows, ``layout`` = ``"63 provinces"`` and ``"34 units"``, with n, mean, std (sample),
    iqr, min, max, range and cv (std / mean). Only complete units count. A mean of 2-3 provinces
    lies between them, so the 34-unit spread is smaller by construction: compare ``std`` ratios
    with care (see the merged_provinces notebook).
    """
    import pandas as pd

    m = lookup_measure(measure)
    units = _units(dti34, year, m.score_column, method)
    provinces = dti.loc[dti["year"] == year, m.score_column]
    rows = [{"layout": "63 provinces", **_spread(provinces)},
            {"layout": "34 units", **_spread(units.loc[units["is_complete"], "value"])}]
    return pd.DataFrame(rows)


def grouping_effect(dti: "pd.DataFrame", registry: "pd.DataFrame", year: int, *, measure: str = "score",
                    n_draws: int = 2000, seed: int = 0) -> dict[str, float]:
    """How much the actual merger groups narrowed the spread, against random groups of the same sizes.

    Averaging 2-3 provinces always narrows the spread, so the ratio of the units' standard deviation
    to the provinces' (``ratio``) says little alone. The baseline regroups the edition's province
    values at random into groups of the actual sizes (``n_draws`` times, seeded, so the result is
    reproducible) and takes the plain mean, the ministry's method. ``share_random_below`` is the
    share of random groupings whose spread is smaller than the actual one: near 0, the merger joined
    strong and weak provinces more than chance would (it narrowed the spread unusually); near 1,
    it joined alike provinces (it kept the spread unusually wide). Needs every province's value.
    """
    import numpy as np

    m = lookup_measure(measure)
    groups = merger_groups(registry)
    values = groups["province_id"].map(dti[dti["year"] == year].set_index("province_id")[m.score_column])
    if values.isna().any():
        raise ValueError(f"{m.score_column} {year} is missing for {int(values.isna().sum())} provinces; "
                         "the random baseline needs every province's value")
    sizes = groups.groupby("unit_id", sort=True)["province_id"].size().to_numpy()
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    # merger_groups is sorted by unit, so consecutive blocks of `sizes` rows are the actual units.
    actual = np.add.reduceat(values.to_numpy(), starts) / sizes
    draws = np.random.default_rng(seed).permuted(np.tile(values.to_numpy(), (n_draws, 1)), axis=1)
    random_std = (np.add.reduceat(draws, starts, axis=1) / sizes).std(axis=1, ddof=1)
    province_std, unit_std = float(values.std()), float(actual.std(ddof=1))
    return {
        "province_std": province_std,
        "unit_std": unit_std,
        "ratio": unit_std / province_std,
        "random_ratio_mean": float(random_std.mean()) / province_std,
        "random_ratio_p05": float(np.quantile(random_std, 0.05)) / province_std,
        "random_ratio_p95": float(np.quantile(random_std, 0.95)) / province_std,
        "share_random_below": float((random_std < unit_std).mean()),
    }


def method_sensitivity(dti34: "pd.DataFrame", year: int, *, measure: str = "score", base: str = "mean",
                       other: str = "population_weighted") -> "pd.DataFrame":
    """Each unit's value and rank under two aggregation methods, and how far its rank moves.

    One row per unit: ``base_value``, ``base_rank``, ``other_value``, ``other_rank`` and
    ``rank_gain`` = ``base_rank - other_rank`` (above zero: the unit ranks higher under ``other``).
    """
    m = lookup_measure(measure)
    first = _units(dti34, year, m.score_column, base)[["value", "rank"]].add_prefix("base_")
    second = _units(dti34, year, m.score_column, other)[["value", "rank"]].add_prefix("other_")
    table = first.join(second, how="inner")
    table["rank_gain"] = table["base_rank"] - table["other_rank"]
    return table.reset_index().sort_values(["base_rank", "province_id"]).reset_index(drop=True)


def sensitivity_summary(sensitivity: "pd.DataFrame") -> dict[str, float]:
    """Spearman correlation of the two rankings, how many units change rank and the largest move."""
    ranked = sensitivity.dropna(subset=["base_rank", "other_rank"])
    return {
        "n_units": len(ranked),
        "spearman": ranked["base_rank"].astype(float).corr(ranked["other_rank"].astype(float), method="spearman"),
        "n_changed": int((ranked["rank_gain"] != 0).sum()),
        "max_abs_gain": int(ranked["rank_gain"].abs().max()) if len(ranked) else 0,
    }

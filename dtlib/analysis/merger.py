"""What the 2025 merger did to the DTI picture: pure functions on ``dti`` and ``dti_34``.

- :func:`unit_series` and :func:`unit_coverage`: one measure of the 34 units per edition, in the
  shape of :func:`~dtlib.analysis.series.measure_series`, and how many units the data cover;
  :func:`unit_standing`: one unit per edition next to its former provinces' ranks;
- :func:`constituent_ranks`: each merged unit's value and rank next to its former provinces'
  values and ranks, and which of them pulled the unit up or down (:func:`describe_unit` in words);
- :func:`layout_spread`: the spread of a measure over the 63 provinces and over the 34 units;
- :func:`grouping_effect`: whether the actual merger groups narrowed the spread more or less
  than random groups of the same sizes would have (averaging usually narrows it);
- :func:`method_sensitivity` and :func:`sensitivity_summary`: how ranks move when the units
  are aggregated another way (e.g. population-weighted instead of the ministry's plain mean).

Every function takes the tidy frames of ``dtlib.load("dti")`` (63 pre-2025 provinces, wide)
and ``dtlib.load("dti_34")`` (34 units, long), or frames of the same shape.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..measures import measure as lookup_measure
from ..provinces import N_PROVINCES, N_UNITS, merger_groups
from .convergence import DISPERSION_COLUMNS, dispersion
from .profile import join_and
from .series import SERIES_COLUMNS, measure_series

COVERAGE_COLUMNS = ["n_constituents", "n_with_data", "is_complete"]
N_DRAWS = 2000  # random groupings of grouping_effect: its shares are then good to about 1 percentage point


def unit_series(dti34: pd.DataFrame, measure: str = "score", method: str = "mean", editions: list[int] | None = None,
                *, complete_only: bool = False) -> pd.DataFrame:
    """One measure of the 34 units per edition, shaped like ``measure_series`` (so the charts take it).

    Columns ``SERIES_COLUMNS`` (``score`` is the unit's value, ``rank`` its rank among the 34,
    ``rank_is_derived`` False: ``dti_34`` is derived as a whole) and the coverage columns
    ``n_constituents``, ``n_with_data``, ``is_complete``. Every unit of an edition is kept, empty
    where nothing is known. With ``complete_only`` the value of a unit missing a constituent is
    blanked: the mean of the provinces known is not the unit's DTI.
    """
    m = lookup_measure(measure)
    rows = dti34[(dti34["measure"] == m.score_column) & (dti34["method"] == method)]
    if editions is not None:
        rows = rows[rows["year"].isin(editions)]
    series = rows.rename(columns={"value": "score"}).assign(rank_is_derived=False)
    if complete_only:
        series["score"] = series["score"].where(series["is_complete"])
    return series[SERIES_COLUMNS + COVERAGE_COLUMNS].sort_values(["year", "province_id"]).reset_index(drop=True)


def unit_coverage(series: pd.DataFrame) -> pd.DataFrame:
    """What a :func:`unit_series` covers per edition.

    ``n_units``; ``n_with_value``: units with at least one constituent's value; ``n_complete``: units
    with every constituent's; ``n_ranked``: units with a rank (all or none); ``n_provinces`` and
    ``n_provinces_with_data``: the pre-2025 provinces behind the units, and those with a value.
    """
    grouped = series.groupby("year", sort=True)
    table = pd.DataFrame({
        "n_units": grouped.size(),
        "n_with_value": grouped["n_with_data"].apply(lambda n: int((n > 0).sum())),
        "n_complete": grouped["is_complete"].sum(),
        "n_ranked": grouped["rank"].count(),
        "n_provinces": grouped["n_constituents"].sum(),
        "n_provinces_with_data": grouped["n_with_data"].sum(),
    }).astype(int)
    return table.reset_index()


def _units(dti34: pd.DataFrame, year: int, score_column: str, method: str) -> pd.DataFrame:
    chosen = dti34[(dti34["year"] == year) & (dti34["measure"] == score_column) & (dti34["method"] == method)]
    if chosen.empty:
        raise ValueError(f"dti_34 has no {score_column} for {year} by method {method!r}")
    return chosen.set_index("province_id")


def constituent_ranks(dti: pd.DataFrame, dti34: pd.DataFrame, registry: pd.DataFrame, year: int, *,
                      measure: str = "score", method: str = "mean", merged_only: bool = True) -> pd.DataFrame:
    """Each unit of edition ``year`` next to the provinces it was formed from.

    One row per unit and constituent: ``unit_id``, ``unit_name_vi``, ``unit_value``, ``unit_rank`` (among
    the 34), ``n_constituents``, ``is_complete``, ``province_id``, ``name_vi``, ``value`` and ``former_rank``
    (among the 63: published, or derived where every province has a value, as in
    :func:`~dtlib.analysis.series.measure_series`),
    ``pull`` = ``value - unit_value`` (above zero: the province pulled the unit up; below: down), and
    ``rank_alone``: the rank the province's own value would take among the 34 units, the other units
    as they are (empty where the units are not ranked). ``measure`` is a DTI measure code or column
    (``"score"``, ``"gov"``, ``"infrastructure_score"``...). Only merged units unless ``merged_only=False``.
    """
    m = lookup_measure(measure)
    units = _units(dti34, year, m.score_column, method)
    provinces = measure_series(dti, m.score_column, [year]).set_index("province_id")
    table = merger_groups(registry)
    if merged_only:
        table = table[table["n_constituents"] > 1]
    table = table.drop(columns="n_constituents").merge(
        units[["name_vi", "value", "rank", "n_constituents", "is_complete"]].rename(
            columns={"name_vi": "unit_name_vi", "value": "unit_value", "rank": "unit_rank"}),
        left_on="unit_id", right_index=True)
    table["name_vi"] = table["province_id"].map(provinces["name_vi"])
    table["value"] = table["province_id"].map(provinces["score"])
    table["former_rank"] = table["province_id"].map(provinces["rank"])
    table["pull"] = table["value"] - table["unit_value"]
    ranked = units["rank"].notna().all()

    def alone(row) -> object:
        if not ranked or pd.isna(row.value):
            return pd.NA
        others = units.loc[units.index != row.unit_id, "value"]
        return 1 + int((others > row.value).sum())

    table["rank_alone"] = pd.array([alone(row) for row in table.itertuples(index=False)], dtype="Int64")
    table["former_rank"] = table["former_rank"].astype("Int64")
    columns = ["unit_id", "unit_name_vi", "unit_value", "unit_rank", "n_constituents", "is_complete", "province_id",
               "name_vi", "value", "former_rank", "pull", "rank_alone"]
    return table[columns].sort_values(["unit_rank", "unit_id", "value"], ascending=[True, True, False],
                                      na_position="last").reset_index(drop=True)


def describe_unit(rows: pd.DataFrame, n_units: int = N_UNITS, n_provinces: int = N_PROVINCES) -> str:
    """One unit's rows of :func:`constituent_ranks` in words: its value and rank, each former province's
    value, rank among the ``n_provinces`` and rank alone among the ``n_units``, and which province
    pulled the unit up and which down most. An incomplete unit is said to have no DTI."""
    unit = rows.iloc[0]
    provinces = join_and([
        f"{row.name_vi} ({'no score' if pd.isna(row.value) else f'{row.value:.4f}'}"
        + ("" if pd.isna(row.former_rank) else f", {row.former_rank} of {n_provinces}")
        + ("" if pd.isna(row.rank_alone) else f", alone {row.rank_alone} of {n_units}") + ")"
        for row in rows.itertuples()])
    origin = (f"it kept the territory of the former province {provinces}" if len(rows) == 1
              else f"formed from {provinces}")
    if not unit["is_complete"]:
        known = int(rows["value"].notna().sum())
        return (f"{unit['unit_name_vi']} has no DTI in this edition: {known} of its {len(rows)} former provinces "
                f"{'has' if known == 1 else 'have'} a score; {origin}.")
    value = f"a DTI of {unit['unit_value']:.4f}"
    standing = (f"ranks {unit['unit_rank']} of {n_units} with {value}" if pd.notna(unit["unit_rank"])
                else f"has {value} (units are not ranked in this edition)")
    pulls = rows.dropna(subset=["pull"])
    text = f"{unit['unit_name_vi']} {standing}; {origin}."
    if (pulls["pull"] != 0).any():
        up, down = pulls.loc[pulls["pull"].idxmax()], pulls.loc[pulls["pull"].idxmin()]
        text += (f" {up['name_vi']} pulled it up most ({up['pull']:+.4f}), {down['name_vi']} pulled it down most "
                 f"({down['pull']:+.4f}).")
    return text


def unit_standing(dti: pd.DataFrame, dti34: pd.DataFrame, registry: pd.DataFrame, unit_id: str, *,
                  measure: str = "score", method: str = "mean") -> pd.DataFrame:
    """One unit's value and rank per edition, with its coverage, next to its former provinces' ranks.

    One row per edition of ``dti_34``: ``year``, ``score`` (the unit's value; empty unless every former
    province has one), ``rank`` (among the 34 units), ``n_with_data``, ``n_constituents``,
    ``is_complete``, then one column per former province, headed by its ``name_vi``, with its rank
    among the 63 (as in :func:`~dtlib.analysis.series.measure_series`: published, or derived from
    complete scores).
    """
    m = lookup_measure(measure)
    mine = unit_series(dti34, m.score_column, method, complete_only=True)
    mine = mine[mine["province_id"] == unit_id]
    if mine.empty:
        raise ValueError(f"{unit_id!r} is not a unit of dti_34; expected a post2025 province_id")
    members = merger_groups(registry).query("unit_id == @unit_id")["province_id"]
    provinces = measure_series(dti, m.code or "dti")
    provinces = provinces[provinces["province_id"].isin(members)]
    ranks = provinces.pivot(index="year", columns="name_vi", values="rank")
    order = provinces.drop_duplicates("province_id").sort_values("province_id")["name_vi"].tolist()
    table = mine.set_index("year")[["score", "rank", "n_with_data", "n_constituents", "is_complete"]]
    return table.join(ranks[order].astype("Int64")).reset_index()


def layout_spread(dti: pd.DataFrame, dti34: pd.DataFrame, editions: list[int] | None = None, *,
                  measure: str = "score", method: str = "mean") -> pd.DataFrame:
    """The spread of a measure per edition over the 63 provinces and over the 34 units.

    :func:`~dtlib.analysis.convergence.dispersion` of each layout, with ``layout`` =
    ``"63 provinces"`` or ``"34 units"`` (n, mean, sd, cv, quartiles, iqr). Only complete units
    count (``n``; ``is_complete`` says whether all 34 are). A mean of 2-3 provinces lies between
    them, so the units' range cannot be wider than the provinces' and their sd is usually smaller
    (not always: joining alike provinces can widen it); :func:`grouping_effect` gives the baseline
    to compare it with.
    """
    m = lookup_measure(measure)
    layouts = {"63 provinces": measure_series(dti, m.code or "dti", editions),
               "34 units": unit_series(dti34, m.score_column, method, editions, complete_only=True)}
    parts = [dispersion(series).assign(layout=layout) for layout, series in layouts.items()]
    return pd.concat(parts, ignore_index=True)[["layout", *DISPERSION_COLUMNS]]


def grouping_effect(dti: pd.DataFrame, registry: pd.DataFrame, year: int, *, measure: str = "score",
                    n_draws: int = N_DRAWS, seed: int = 0) -> dict[str, float]:
    """How much the actual merger groups narrowed the spread, against random groups of the same sizes.

    Averaging 2-3 provinces usually narrows the spread, so the ratio of the units' standard deviation
    to the provinces' (``ratio``) says little alone. The baseline regroups the edition's province
    values at random into groups of the actual sizes (``n_draws`` times, seeded, so the result is
    reproducible) and takes the plain mean, the ministry's method. ``share_random_below`` is the
    share of random groupings whose spread is smaller than the actual one: near 0, the merger joined
    strong and weak provinces more than chance would (it narrowed the spread unusually); near 1,
    it joined alike provinces (it kept the spread unusually wide). Needs every province's value.
    """
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
    random_sd = (np.add.reduceat(draws, starts, axis=1) / sizes).std(axis=1, ddof=1)
    province_sd, unit_sd = float(values.std()), float(actual.std(ddof=1))
    return {
        "province_sd": province_sd,
        "unit_sd": unit_sd,
        "ratio": unit_sd / province_sd,
        "random_ratio_mean": float(random_sd.mean()) / province_sd,
        "random_ratio_p05": float(np.quantile(random_sd, 0.05)) / province_sd,
        "random_ratio_p95": float(np.quantile(random_sd, 0.95)) / province_sd,
        "share_random_below": float((random_sd < unit_sd).mean()),
    }


def method_sensitivity(dti34: pd.DataFrame, year: int, *, measure: str = "score", base: str = "mean",
                       other: str = "population_weighted") -> pd.DataFrame:
    """Each unit's value and rank under two aggregation methods, and how far its rank moves.

    One row per unit: ``province_id``, ``name_vi``, ``base_value``, ``base_rank``, ``other_value``,
    ``other_rank`` and ``rank_gain`` = ``base_rank - other_rank`` (above zero: the unit ranks higher
    under ``other``).
    """
    m = lookup_measure(measure)
    first = _units(dti34, year, m.score_column, base)[["name_vi", "value", "rank"]]
    second = _units(dti34, year, m.score_column, other)[["value", "rank"]]
    table = first.rename(columns={"value": "base_value", "rank": "base_rank"}).join(
        second.add_prefix("other_"), how="inner")
    table["rank_gain"] = table["base_rank"] - table["other_rank"]
    return table.reset_index().sort_values(["base_rank", "province_id"]).reset_index(drop=True)


def sensitivity_summary(sensitivity: pd.DataFrame) -> dict[str, float]:
    """Spearman correlation of the two rankings, how many units change rank and the largest move."""
    ranked = sensitivity.dropna(subset=["base_rank", "other_rank"])
    return {
        "n_units": len(ranked),
        "spearman": ranked["base_rank"].astype(float).corr(ranked["other_rank"].astype(float), method="spearman"),
        "n_changed": int((ranked["rank_gain"] != 0).sum()),
        "max_abs_gain": int(ranked["rank_gain"].abs().max()) if len(ranked) else 0,
    }

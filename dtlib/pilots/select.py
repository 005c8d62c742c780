"""Scoping the pilot tables to a province or a programme, and the frames behind tables and figures.

All functions take the frames of ``dtlib.load("pilot_communes")``, ``"pilot_indicators"`` and
``"pilot_programmes"`` and return new frames; none reads files.
"""
from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from .values import QUALIFIERS, THRESHOLDS, bounds, format_qualified

if TYPE_CHECKING:
    import pandas as pd

# A scope of pre-2025 provinces: one province_id, several (the provinces that formed a post-2025
# unit), or None for every province. Every function here that takes ``province_id`` accepts one.
Provinces = str | Collection[str] | None


def province_ids(province_id: Provinces) -> list[str] | None:
    """The scope as a list of province ids (None stays None: every province)."""
    if province_id is None:
        return None
    return [province_id] if isinstance(province_id, str) else list(province_id)


def select_units(communes: "pd.DataFrame", *, province_id: Provinces = None,
                 programme_id: str | None = None) -> "pd.DataFrame":
    """Registry rows in scope (one or more pre-2025 provinces and/or a ``programme_id``; ``None`` = all)."""
    import pandas as pd

    keep = pd.Series(True, index=communes.index)
    if province_id is not None:
        keep &= communes["province_id"].isin(province_ids(province_id))
    if programme_id is not None:
        keep &= communes["programme_id"] == programme_id
    return communes[keep].reset_index(drop=True)


def registry_view(communes: "pd.DataFrame", programmes: "pd.DataFrame", provinces: "pd.DataFrame", *,
                  province_id: Provinces = None, programme_id: str | None = None) -> "pd.DataFrame":
    """The registry for reading: names in place of ids (province before and after 2025, programme)."""
    units = select_units(communes, province_id=province_id, programme_id=programme_id)
    names = provinces.set_index("province_id")["name_vi"]
    view = units.assign(province=units["province_id"].map(names), province_2025=units["successor_id"].map(names),
                        programme=units["programme_id"].map(programmes.set_index("programme_id")["name_en"]))
    return view[["unit_name", "level", "district", "province", "commune_2025", "province_2025", "programme",
                 "start_date", "pilot_status", "status_at_selection", "citation_ids"]]


def select_programmes(programmes: "pd.DataFrame", communes: "pd.DataFrame", *, province_id: Provinces = None,
                      programme_id: str | None = None) -> "pd.DataFrame":
    """Programmes in scope. For a province: those with a unit there, and the province's own programmes
    even when the sources name none of their units (Ninh Bình's extension to 13 communes)."""
    import pandas as pd

    keep = pd.Series(True, index=programmes.index)
    if province_id is not None:
        units = select_units(communes, province_id=province_id)
        keep = (programmes["programme_id"].isin(units["programme_id"])
                | programmes["province_id"].isin(province_ids(province_id)))
    if programme_id is not None:
        keep &= programmes["programme_id"] == programme_id
    return programmes[keep].reset_index(drop=True)


def units_by_province(communes: "pd.DataFrame", *, programme_id: str | None = None) -> "pd.DataFrame":
    """Pilot units per pre-2025 province (for a tile map): ``province_id``, ``n_units`` and one count per level."""
    import pandas as pd

    units = select_units(communes, programme_id=programme_id).drop_duplicates("unit_id")
    counts = pd.crosstab(units["province_id"], units["level"])
    for level in ("commune", "village", "district"):
        if level not in counts:
            counts[level] = 0
    table = counts.rename(columns=lambda level: f"n_{level}s")[["n_communes", "n_villages", "n_districts"]]
    table.insert(0, "n_units", table.sum(axis=1))
    return table.reset_index().rename_axis(columns=None).sort_values("province_id", kind="stable").reset_index(drop=True)


def with_bounds(indicators: "pd.DataFrame") -> "pd.DataFrame":
    """Adds ``lower``/``upper`` (what the statement allows, e.g. 70 and inf for '>70'), ``is_threshold`` and
    ``label`` (the figure as written, '>70%'), computed from ``share_pct`` where there is one, else ``value``."""
    shown = indicators["share_pct"].where(indicators["share_pct"].notna(), indicators["value"])
    intervals = [bounds(v, q) for v, q in zip(shown, indicators["qualifier"])]
    return indicators.assign(
        shown_value=shown,
        lower=[low for low, _ in intervals],
        upper=[high for _, high in intervals],
        is_threshold=indicators["qualifier"].isin(THRESHOLDS),
        label=[_label(r) for r in indicators.itertuples(index=False)],
    )


def _label(row) -> str:
    import pandas as pd

    if row.qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {row.qualifier!r} in fact {row.fact_id}")
    denominator = None if pd.isna(row.denominator) else row.denominator
    return format_qualified(row.value, row.qualifier, denominator=denominator, percent=row.unit == "percent",
                            times=row.unit == "times")


MEASURE_KEY = ["indicator", "base", "scale"]


def with_scale(indicators: "pd.DataFrame") -> "pd.DataFrame":
    """Adds ``scale``: 'share' for figures with a share_pct (a percentage, or a count of a total), else the unit.
    Two figures measure the same thing when indicator, base and scale agree (:data:`MEASURE_KEY`)."""
    return indicators.assign(scale=indicators["unit"].where(indicators["share_pct"].isna(), "share"))


def indicator_comparisons(indicators: "pd.DataFrame", communes: "pd.DataFrame", *, province_id: Provinces = None,
                          programme_id: str | None = None, kinds: tuple[str, ...] = ("outcome", "target")
                          ) -> "pd.DataFrame":
    """Pilot figures in scope next to the comparison figures that measure the same thing.

    A comparison row is kept when it measures the same thing as a pilot row in scope (same
    :data:`MEASURE_KEY`) and is national or in the pilot row's province. Rows carry
    :func:`with_bounds` columns, so a threshold can be drawn as a threshold.
    """
    import pandas as pd

    indicators = with_scale(indicators)
    units = select_units(communes, province_id=province_id, programme_id=programme_id)
    pilots = indicators[(indicators["role"] == "pilot") & indicators["unit_id"].isin(units["unit_id"])
                        & indicators["kind"].isin(kinds)]
    comparisons = indicators[indicators["role"] == "comparison"]
    matches = comparable_pairs(pilots, comparisons)
    kept = comparisons[comparisons["fact_id"].isin(matches["fact_id_other"])]
    table = pd.concat([pilots, kept]).sort_values([*MEASURE_KEY, "role", "fact_id"], kind="stable")
    return with_bounds(table.reset_index(drop=True))


def unmatched_comparisons(indicators: "pd.DataFrame", communes: "pd.DataFrame", *, province_id: Provinces = None,
                          programme_id: str | None = None) -> "pd.DataFrame":
    """Comparison figures for the provinces in scope, or for the nation, that measure nothing a pilot
    figure in scope measures: context to list, not to compare (with :func:`with_bounds` columns)."""
    units = select_units(communes, province_id=province_id, programme_id=programme_id)
    matched = indicator_comparisons(indicators, communes, province_id=province_id, programme_id=programme_id)
    here = indicators["province_id"].isin(units["province_id"]) | (indicators["area_level"] == "national")
    if province_id is not None:
        here |= indicators["province_id"].isin(province_ids(province_id))
    rows = indicators[(indicators["role"] == "comparison") & here & ~indicators["fact_id"].isin(matched["fact_id"])]
    return with_bounds(with_scale(rows)).sort_values([*MEASURE_KEY, "fact_id"], kind="stable").reset_index(drop=True)


def comparable_pairs(pilots: "pd.DataFrame", others: "pd.DataFrame") -> "pd.DataFrame":
    """Pairs of a pilot figure and another figure of the same measure that is national or in the
    pilot's province; columns of ``others`` get the suffix ``_other``."""
    pilots, others = with_scale(pilots), with_scale(others)
    pairs = pilots.merge(others, on=MEASURE_KEY, suffixes=("", "_other"))
    same_place = (pairs["area_level_other"] == "national") | (pairs["province_id"] == pairs["province_id_other"])
    return pairs[same_place].reset_index(drop=True)


def before_after(indicators: "pd.DataFrame", communes: "pd.DataFrame", *, province_id: Provinces = None,
                 programme_id: str | None = None) -> "pd.DataFrame":
    """Pilot figures that come with a baseline: one row each, earlier and later value side by side."""
    units = select_units(communes, province_id=province_id, programme_id=programme_id)
    rows = indicators[(indicators["role"] == "pilot") & indicators["unit_id"].isin(units["unit_id"])
                      & indicators["baseline_value"].notna()]
    columns = ["fact_id", "unit_id", "area_name", "province_id", "indicator", "unit", "base", "baseline_value",
               "baseline_qualifier", "baseline_date", "baseline_basis", "value", "qualifier", "date", "citation_ids",
               "baseline_citation_ids"]
    return rows[columns].reset_index(drop=True)


def change_comparisons(changes: "pd.DataFrame", indicators: "pd.DataFrame") -> "pd.DataFrame":
    """Comparison figures measuring the same thing as each row of :func:`before_after`, in its province
    or for the nation: pairs as :func:`comparable_pairs` gives them, sorted by date."""
    pilots = indicators[indicators["fact_id"].isin(changes["fact_id"])]
    pairs = comparable_pairs(pilots, indicators[indicators["role"] == "comparison"])
    return pairs.sort_values(["fact_id", "date_other", "fact_id_other"], kind="stable").reset_index(drop=True)

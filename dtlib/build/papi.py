"""Build step: PAPI dimension scores, e-governance sub-dimensions and the derived aggregate and rank."""
from __future__ import annotations

import pandas as pd

from ..provinces import PRE2025
from ..ranking import competition_rank
from ..rawio import Column, row_error
from ..schemas import TABLES
from ..schemas.papi import DIMENSIONS, EGOV_SUBDIMENSIONS, PAPI_YEARS, n_dimensions, subdimension_range
from .context import Context
from .keyed import check_complete, check_years, with_province_ids
from .raw import CITED, NOTE, register_format

register_format("papi_scores", [
    Column("year", "int", nullable=False),
    Column("province", nullable=False),
    Column("source_label"),  # the source's own province code (official export tinhid, or P01-P63)
    *(Column(d.column, "float", minimum=1, maximum=10) for d in DIMENSIONS),
    *(Column(d.column, "float", minimum=0) for d in EGOV_SUBDIMENSIONS),
    CITED,
    NOTE,
])

# Sub-dimensions are rounded to 4 decimals, as is the total: their sum may differ by 3 half-units.
SUM_TOLERANCE = 0.00015


def _check_structure(raw: pd.DataFrame) -> None:
    """Values only for what PAPI measured that year; sub-dimensions on the year's scale and summing to the total."""
    for position, row in enumerate(raw.itertuples(index=False)):
        for d in (*DIMENSIONS, *EGOV_SUBDIMENSIONS):
            if row.year < d.first_year and pd.notna(getattr(row, d.column)):
                raise row_error(raw, position, f"PAPI measures {d.name_en} from {d.first_year} only",
                                column=d.column, expected="an empty cell")
        subs = [d for d in EGOV_SUBDIMENSIONS if d.first_year <= row.year]
        if not subs:
            continue
        low, high = subdimension_range(row.year)
        for d in subs:
            value = getattr(row, d.column)
            if pd.notna(value) and not low - 0.00005 <= value <= high + 0.00005:
                raise row_error(raw, position, f"sub-dimension outside the {row.year} scale", column=d.column,
                                expected=f"a score in [{low}, {high}] ({len(subs)} e-governance sub-dimensions)")
        values = [getattr(row, d.column) for d in subs]
        if pd.notna(row.egovernance_score) != all(pd.notna(v) for v in values):
            raise row_error(raw, position, "e-governance total and sub-dimensions are not given together",
                            column="egovernance_score", expected="the total with all its sub-dimensions, or none")
        if pd.notna(row.egovernance_score) and abs(sum(values) - row.egovernance_score) > SUM_TOLERANCE:
            raise row_error(raw, position, "e-governance is not the sum of its sub-dimensions",
                            column="egovernance_score", expected=f"{sum(values):.4f}")


def papi_table(raw: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """The processed table: the raw scores plus the aggregate, its rank and the number ranked."""
    table = raw.drop(columns=["line", "province", "source_label"]).copy()
    table["name_vi"] = table["province_id"].map(registry.set_index("province_id")["name_vi"])
    table["n_dimensions"] = table["year"].map(n_dimensions)
    scores = []
    for row in table.itertuples(index=False):
        values = [getattr(row, d.column) for d in DIMENSIONS if d.first_year <= row.year]
        scores.append(round(sum(values), 4) if all(pd.notna(v) for v in values) else float("nan"))
    table["score"] = scores
    table["rank"] = table.groupby("year")["score"].transform(competition_rank).astype("Int64")
    table["n_ranked"] = table.groupby("year")["score"].transform("count")
    return table[list(TABLES["papi"].columns)]


def build_step(ctx: Context) -> None:
    raw = with_province_ids(ctx.raw.one("papi_scores"), ctx.index)
    check_years(raw, PAPI_YEARS, "PAPI")
    _check_structure(raw)
    registry = ctx.tables["provinces"]
    check_complete(raw, registry.loc[registry["era"] == PRE2025, "province_id"], PAPI_YEARS)
    ctx.add("papi", papi_table(raw, registry), "papi_scores")

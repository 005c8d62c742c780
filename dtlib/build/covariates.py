"""Build step: GSO provincial covariates (population, urban population, GRDP)."""
from __future__ import annotations

import pandas as pd

from ..provinces import PRE2025
from ..rawio import Column, row_error
from ..schemas import TABLES
from ..schemas.covariates import COVARIATE_YEARS
from .context import Context
from .keyed import check_complete, check_years, with_province_ids
from .raw import CITED, NOTE, register_format

register_format("gso_covariates", [
    Column("year", "int", nullable=False),
    Column("province", nullable=False),
    Column("source_label"),  # how the copy labels the province, kept for checking the mapping
    Column("population_thousands", "float", nullable=False, minimum=0),
    Column("urban_population_thousands", "float", nullable=False, minimum=0),
    Column("grdp_current_bn_vnd", "float", minimum=0),
    CITED,
    NOTE,
])


def covariates_table(raw: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """The processed table from the checked raw rows (with province_id)."""
    population = (raw["population_thousands"] * 1000).round().astype("int64")
    urban = (raw["urban_population_thousands"] * 1000).round().astype("int64")
    grdp = raw["grdp_current_bn_vnd"].astype(float)
    names = registry.set_index("province_id")["name_vi"]
    table = pd.DataFrame({
        "year": raw["year"],
        "province_id": raw["province_id"],
        "name_vi": raw["province_id"].map(names),
        "population": population,
        "urban_population": urban,
        "grdp_current_bn_vnd": grdp,
        "grdp_per_capita_mn_vnd": (grdp * 1000 / population).round(3),
        "urban_share_pct": (100 * urban / population).round(3),
        "citation_ids": raw["citation_ids"],
        "note": raw["note"],
    })
    return table[list(TABLES["covariates"].columns)]


def build_step(ctx: Context) -> None:
    raw = with_province_ids(ctx.raw.one("gso_covariates"), ctx.index)
    check_years(raw, COVARIATE_YEARS, "covariates")
    for position, (urban, total) in enumerate(zip(raw["urban_population_thousands"], raw["population_thousands"])):
        if urban > total:
            raise row_error(raw, position, "urban population exceeds the population",
                            column="urban_population_thousands",
                            expected=f"at most population_thousands ({total:g})")
    registry = ctx.tables["provinces"]
    check_complete(raw, registry.loc[registry["era"] == PRE2025, "province_id"], COVARIATE_YEARS)
    ctx.add("covariates", covariates_table(raw, registry), "gso_covariates")

"""Build step: the DTI on the 34 post-2025 units, derived and as published.

``dti_34`` is derived from the ``dti`` table by :func:`dtlib.harmonise.unit_values` (the
ministry's arithmetic mean); each derived value cites every source behind its constituents'
values. ``dti_34_published`` holds the 34-unit values printed by the press, checked for
shape here and against the derived values by the test suite.
"""
from __future__ import annotations

import pandas as pd

from ..errors import DataError
from ..harmonise import unit_values
from ..measures import VALUE_COLUMNS, is_rank
from ..provinces import N_UNITS, POST2025, merger_groups
from ..rawio import Column, row_error
from ..schemas import TABLES
from ..sources import join_ids
from ..vocabulary import COMPLETE_DTI_EDITIONS, DTI_EDITIONS
from .context import Context
from .keyed import check_unique, check_years
from .raw import CITED, NOTE, register_format, resolve_province_column

# One value printed for a post-2025 unit; value..value_max when the source gives only a range.
register_format("dti34_published", [
    Column("year", "int", nullable=False),
    Column("province", nullable=False),
    Column("measure", nullable=False, choices=VALUE_COLUMNS),
    Column("value", "float", nullable=False),
    Column("value_max", "float", required=False),
    CITED,
    NOTE,
])


def _check_published_values(frame: pd.DataFrame) -> None:
    for position, row in enumerate(frame.itertuples(index=False)):
        high = row.value if row.value_max is None or pd.isna(row.value_max) else row.value_max
        if high < row.value:
            raise row_error(frame, position, "range ends below its start", column="value_max",
                            expected=f"value_max empty or at least value ({row.value:g})")
        if is_rank(row.measure):
            for column, value in (("value", row.value), ("value_max", high)):
                if value != int(value) or not 1 <= value <= N_UNITS:
                    raise row_error(frame, position, f"bad {row.measure}", column=column,
                                    expected=f"a whole number 1-{N_UNITS} (a rank among the {N_UNITS} units)")
        elif not 0 <= row.value <= high <= 1:
            raise row_error(frame, position, f"bad {row.measure}", column="value",
                            expected="a score between 0 and 1")


def published_table(frame: pd.DataFrame, index, registry: pd.DataFrame) -> pd.DataFrame:
    """The processed ``dti_34_published`` table from one raw file of printed 34-unit values."""
    check_years(frame, DTI_EDITIONS, "DTI")
    frame = frame.assign(province_id=resolve_province_column(frame, index, era=POST2025))
    check_unique(frame, ["year", "province_id", "measure"], "unit-year-measure")
    _check_published_values(frame)
    names = registry.set_index("province_id")["name_vi"]
    frame["name_vi"] = frame["province_id"].map(names)
    return frame[list(TABLES["dti_34_published"].columns)]


def _unit_citations(dti_values: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """Per edition, unit and measure: every citation behind the constituents' values."""
    cited = dti_values.dropna(subset=["citation_ids"]).merge(merger_groups(registry), on="province_id")
    ids = cited.groupby(["year", "unit_id", "measure"])["citation_ids"].agg(join_ids)
    return ids.reset_index().rename(columns={"unit_id": "province_id"})


def _check_complete_editions(units: pd.DataFrame) -> None:
    scores = units[units["measure"] == "score"]
    for year in COMPLETE_DTI_EDITIONS:
        complete = int(scores.loc[scores["year"] == year, "is_complete"].sum())
        if complete != N_UNITS:
            raise DataError(f"DTI {year}: only {complete} of the {N_UNITS} units have a score for every "
                            "pre-2025 province", expected=f"all {N_UNITS} (a complete edition)")


def derived_table(dti: pd.DataFrame, dti_values: pd.DataFrame, registry: pd.DataFrame,
                  population: pd.DataFrame | None = None) -> pd.DataFrame:
    """The processed ``dti_34`` table: the ministry's method applied to every edition, and the
    population-weighted means too when ``population`` (year, province_id, population and, to cite
    them, citation_ids: the ``covariates`` table) is given."""
    units = unit_values(dti, registry, method="mean")
    _check_complete_editions(units)
    if population is not None:
        weighted = unit_values(dti, registry, method="population_weighted", population=population)
        units = pd.concat([units, weighted], ignore_index=True)
    units = units.merge(_unit_citations(dti_values, registry), how="left",
                        on=["year", "province_id", "measure"])
    if population is not None and "citation_ids" in population:  # weighted rows rest on the population too
        weights_cited = join_ids(population["citation_ids"])
        weighted_rows = units["method"] == "population_weighted"
        units.loc[weighted_rows, "citation_ids"] = [join_ids([c, weights_cited])
                                                    for c in units.loc[weighted_rows, "citation_ids"]]
    units["name_vi"] = units["province_id"].map(registry.set_index("province_id")["name_vi"])
    return units[list(TABLES["dti_34"].columns)]


def build_step(ctx: Context) -> None:
    registry = ctx.tables["provinces"]
    ctx.add("dti_34", derived_table(ctx.tables["dti"], ctx.tables["dti_values"], registry,
                                    population=ctx.tables["covariates"]),
            "dti_table", "dti_values", "press_claims", "covariates_gso")
    ctx.add("dti_34_published", published_table(ctx.raw.one("dti34_published"), ctx.index, registry),
            "dti34_published")

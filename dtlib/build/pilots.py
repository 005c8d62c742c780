"""Build step: pilot programmes, the registry of pilot units and their outcome indicators.

Raw values are written as the sources state them (``>70``, ``~90``, ``16/19``) and read with
:func:`dtlib.pilots.values.parse_qualified`, so a threshold stays a threshold. Checks the
schemas cannot make are made here, each pointing at the raw line: units and bases allowed for
the indicator, shares within 0-100, a unit described the same way on every row, baselines
with their date and source, citations in the extra citation columns.
"""
from __future__ import annotations

import pandas as pd

from ..pilots.taxonomy import BASES, INDICATOR_CODES, UNITS, indicator, unit_and_base_misfit
from ..pilots.values import PERCENT, TIMES, ValueFormatError, parse_qualified
from ..pilots.vocabulary import (
    BASELINE_BASIS, DATE_BASIS, LEVELS, PILOT_STATUS, REPORTED_BY, SELECTION_STATUS, SPONSOR_LEVELS, YES_NO,
)
from ..provinces import PRE2025
from ..rawio import Column, row_error
from ..schemas import TABLES
from ..sources import split_ids
from .context import Context
from .keyed import check_unique
from .raw import CITED, NOTE, register_format, resolve_province_column

register_format("pilot_programmes", [
    Column("programme_id", nullable=False),
    Column("name_en", nullable=False),
    Column("sponsor", nullable=False),
    Column("sponsor_level", nullable=False, choices=SPONSOR_LEVELS),
    Column("province"),
    Column("legal_basis"),
    Column("start_date", "date"),
    Column("unit_level", nullable=False, choices=LEVELS),
    Column("n_units_stated_min", "int", minimum=1),
    Column("n_units_stated_max", "int", minimum=1),
    CITED,
    NOTE,
])
register_format("pilot_communes", [
    Column("unit_id", nullable=False),
    Column("programme_id", nullable=False),
    Column("level", nullable=False, choices=LEVELS),
    Column("village"),
    Column("commune"),
    Column("district"),
    Column("province", nullable=False),
    Column("commune_2025"),
    Column("start_date", "date"),
    Column("pilot_status", nullable=False, choices=PILOT_STATUS),
    Column("status_at_selection", nullable=False, choices=SELECTION_STATUS),
    CITED,
    Column("selection_citation_ids"),
    Column("commune_2025_citation_ids"),
    NOTE,
])
register_format("pilot_indicators", [
    Column("fact_id", nullable=False),
    Column("unit_id"),
    Column("area_level", choices=("district", "province", "national")),
    Column("province"),
    Column("area_name"),
    Column("indicator", nullable=False, choices=INDICATOR_CODES),
    Column("value", nullable=False),
    Column("unit", nullable=False, choices=tuple(UNITS)),
    Column("base", nullable=False, choices=tuple(BASES)),
    Column("date", "date", nullable=False),
    Column("date_basis", nullable=False, choices=DATE_BASIS),
    Column("baseline_value"),
    Column("baseline_date", "date"),
    Column("baseline_basis", choices=BASELINE_BASIS),
    Column("baseline_citation_ids"),
    Column("is_target", nullable=False, choices=YES_NO),
    Column("reported_by", nullable=False, choices=REPORTED_BY),
    CITED,
    NOTE,
])

# Columns that describe where a unit is: identical on every registry row of the unit.
_PLACE = ("level", "village", "commune", "district", "province", "commune_2025")
_BASELINE = ("baseline_value", "baseline_date", "baseline_basis", "baseline_citation_ids")


def _check_citations(frame: pd.DataFrame, column: str, known: set[str]) -> None:
    for position, cell in enumerate(frame[column]):
        if pd.notna(cell) and not all(i in known for i in split_ids(cell)):
            raise row_error(frame, position, "unknown citation", column=column,
                            expected="';'-separated ids from the citations files")


def _require(frame: pd.DataFrame, position: int, column: str, why: str) -> None:
    if not pd.notna(frame.iloc[position][column]):
        raise row_error(frame, position, f"empty cell ({why})", column=column, expected="a value")


def _forbid(frame: pd.DataFrame, position: int, column: str, why: str) -> None:
    if pd.notna(frame.iloc[position][column]):
        raise row_error(frame, position, f"unexpected value ({why})", column=column, expected="an empty cell")


def programmes_table(programmes: pd.DataFrame, index) -> pd.DataFrame:
    """The processed ``pilot_programmes`` table, without ``n_units_named`` (added once the registry is read)."""
    check_unique(programmes, ["programme_id"], "programme", column="programme_id")
    for position, row in enumerate(programmes.itertuples(index=False)):
        low, high = row.n_units_stated_min, row.n_units_stated_max
        if pd.notna(low) != pd.notna(high) or (pd.notna(low) and low > high):
            raise row_error(programmes, position, "bad range of stated units", column="n_units_stated_max",
                            expected="both bounds or neither, the maximum at least the minimum")
    local = programmes["province"].notna()
    subset = programmes[local].reset_index(drop=True)
    subset.attrs = programmes.attrs
    ids = dict(zip(subset["programme_id"], resolve_province_column(subset, index, era=PRE2025)))
    return programmes.assign(province_id=programmes["programme_id"].map(ids))


def registry_table(units: pd.DataFrame, programmes: pd.DataFrame, provinces: pd.DataFrame, index,
                   citations: set[str]) -> pd.DataFrame:
    """The processed ``pilot_communes`` table: one row per unit and programme."""
    check_unique(units, ["unit_id", "programme_id"], "unit and programme", column="programme_id")
    starts = dict(zip(programmes["programme_id"], programmes["start_date"]))
    for column in ("selection_citation_ids", "commune_2025_citation_ids"):
        _check_citations(units, column, citations)
    first_row: dict[str, int] = {}
    for position, row in enumerate(units.itertuples(index=False)):
        if row.programme_id not in starts:
            raise row_error(units, position, "unknown programme", column="programme_id",
                            expected="a programme_id of pilot_programmes.csv")
        _check_level(units, position)
        if row.status_at_selection != "not_stated":
            _require(units, position, "selection_citation_ids", f"status_at_selection is {row.status_at_selection}")
        if pd.notna(row.commune_2025):
            _require(units, position, "commune_2025_citation_ids", "a post-2025 commune needs its source")
        programme_start = starts[row.programme_id]
        if pd.notna(row.start_date) and pd.notna(programme_start) and row.start_date[:4] < programme_start[:4]:
            raise row_error(units, position, f"start before its programme ({programme_start})", column="start_date",
                            expected="a date in or after the programme's start year")
        first = first_row.setdefault(row.unit_id, position)
        for column in _PLACE:
            here, there = units.iloc[position][column], units.iloc[first][column]
            if here != there and (pd.notna(here) or pd.notna(there)):
                raise row_error(units, position, f"unit described differently on line "
                                f"{int(units.iloc[first]['line'])}", column=column,
                                expected=f"the same {column} on every row of unit {row.unit_id}")
    successor = dict(zip(provinces["province_id"], provinces["successor_id"]))
    table = units.assign(province_id=resolve_province_column(units, index, era=PRE2025))
    table["successor_id"] = table["province_id"].map(successor)
    table["unit_name"] = [_unit_name(r) for r in table.itertuples(index=False)]
    table["start_year"] = [int(d[:4]) if pd.notna(d) else None for d in table["start_date"]]
    return table[list(TABLES["pilot_communes"].columns)]


def _check_level(units: pd.DataFrame, position: int) -> None:
    level = units.iloc[position]["level"]
    if level == "village":
        _require(units, position, "village", "a village unit names its village")
        if not pd.notna(units.iloc[position]["commune"]):
            _require(units, position, "commune_2025", "a village needs its commune, before or after 2025")
    elif level == "commune":
        _forbid(units, position, "village", "a commune unit has no village")
        _require(units, position, "commune", "a commune unit names its commune")
    else:
        _forbid(units, position, "village", "a district unit has no village")
        _forbid(units, position, "commune", "a district unit has no commune")
        _require(units, position, "district", "a district unit names its district")


def _unit_name(row) -> str:
    if row.level == "village":
        return f"{row.village} ({row.commune if pd.notna(row.commune) else row.commune_2025})"
    return row.commune if row.level == "commune" else row.district


def indicators_table(facts: pd.DataFrame, registry: pd.DataFrame, index, citations: set[str]) -> pd.DataFrame:
    """The processed ``pilot_indicators`` table: one row per figure."""
    check_unique(facts, ["fact_id"], "fact_id", column="fact_id")
    _check_citations(facts, "baseline_citation_ids", citations)
    units = registry.drop_duplicates("unit_id").set_index("unit_id")
    records = []
    for position, row in enumerate(facts.itertuples(index=False)):
        misfit = unit_and_base_misfit(row.indicator, row.unit, row.base)
        if misfit:
            column, allowed = misfit
            raise row_error(facts, position, f"{column} does not fit the indicator", column=column,
                            expected=f"one of {', '.join(allowed)}")
        value = _qualified(facts, position, "value", row.unit)
        record = {"fact_id": row.fact_id, **_area(facts, position, units, index), "indicator": row.indicator,
                  "domain": indicator(row.indicator).domain, "unit": row.unit, "base": row.base,
                  "value": value.value, "qualifier": value.qualifier, "denominator": value.denominator,
                  "share_pct": value.value if row.unit == "percent" else value.share_pct(),
                  "date": row.date, "year": int(row.date[:4]), "date_basis": row.date_basis,
                  "is_target": row.is_target == "yes", "reported_by": row.reported_by,
                  "citation_ids": row.citation_ids, "note": row.note}
        record["kind"] = "target" if record["is_target"] else indicator(row.indicator).kind
        record.update(_baseline(facts, position, row))
        records.append(record)
    return pd.DataFrame.from_records(records)[list(TABLES["pilot_indicators"].columns)]


def _qualified(facts: pd.DataFrame, position: int, column: str, unit: str):
    try:
        value = parse_qualified(facts.iloc[position][column], decimal_mark=".")
    except ValueFormatError as exc:
        raise row_error(facts, position, f"unreadable value ({exc.problem})", column=column,
                        expected=exc.expected) from None
    wanted = {PERCENT: "percent", TIMES: "times"}.get(value.unit_hint)
    if wanted and unit != wanted:
        raise row_error(facts, position, f"the value is written as {value.unit_hint} but unit is {unit}",
                        column=column, expected=f"unit {wanted}, or the value without its sign")
    if value.denominator is not None and unit != "count":
        raise row_error(facts, position, "a count out of a total needs unit count", column=column,
                        expected="unit count, or a single number")
    if unit == "percent" and not 0 <= value.value <= 100:
        raise row_error(facts, position, "a share outside 0-100", column=column, expected="a percentage from 0 to 100")
    return value


def _area(facts: pd.DataFrame, position: int, units: pd.DataFrame, index) -> dict:
    row = facts.iloc[position]
    if pd.notna(row["unit_id"]):
        if row["unit_id"] not in units.index:
            raise row_error(facts, position, "unknown pilot unit", column="unit_id",
                            expected="a unit_id of pilot_communes.csv")
        for column in ("area_level", "province", "area_name"):
            _forbid(facts, position, column, "a pilot row takes its place from the registry")
        unit = units.loc[row["unit_id"]]
        return {"role": "pilot", "unit_id": row["unit_id"], "area_level": unit["level"],
                "area_name": unit["unit_name"], "province_id": unit["province_id"]}
    _require(facts, position, "area_level", "a comparison row says its level (or give a unit_id)")
    if row["area_level"] == "national":
        _forbid(facts, position, "province", "a national row has no province")
        return {"role": "comparison", "unit_id": None, "area_level": "national",
                "area_name": row["area_name"] if pd.notna(row["area_name"]) else "Việt Nam", "province_id": None}
    _require(facts, position, "province", f"a {row['area_level']} row names its province")
    if row["area_level"] == "district":
        _require(facts, position, "area_name", "a district row names its district")
    one = facts.iloc[[position]].reset_index(drop=True)
    one.attrs = facts.attrs
    province_id = resolve_province_column(one, index, era=PRE2025)[0]
    return {"role": "comparison", "unit_id": None, "area_level": row["area_level"],
            "area_name": row["area_name"] if pd.notna(row["area_name"]) else row["province"],
            "province_id": province_id}


def _baseline(facts: pd.DataFrame, position: int, row) -> dict:
    if not pd.notna(row.baseline_value):
        for column in _BASELINE[1:]:
            _forbid(facts, position, column, "no baseline_value")
        return {"baseline_value": None, "baseline_qualifier": None, "baseline_date": None,
                "baseline_basis": None, "baseline_citation_ids": None}
    for column in _BASELINE[1:]:
        _require(facts, position, column, "a baseline needs its date, basis and source")
    baseline = _qualified(facts, position, "baseline_value", row.unit)
    if baseline.denominator is not None:
        raise row_error(facts, position, "a baseline out of a total", column="baseline_value",
                        expected="a single number in the row's unit")
    if row.baseline_date >= row.date:
        raise row_error(facts, position, f"baseline dated {row.baseline_date}, not before the value's {row.date}",
                        column="baseline_date", expected="a date before the value's date")
    return {"baseline_value": baseline.value, "baseline_qualifier": baseline.qualifier,
            "baseline_date": row.baseline_date, "baseline_basis": row.baseline_basis,
            "baseline_citation_ids": row.baseline_citation_ids}


def build_step(ctx: Context) -> None:
    raw = ctx.raw
    citations = set(raw.citations["citation_id"])
    programmes = programmes_table(raw.one("pilot_programmes"), ctx.index)
    registry = registry_table(raw.one("pilot_communes"), programmes, ctx.tables["provinces"], ctx.index, citations)
    facts = raw.one("pilot_indicators")
    indicators = indicators_table(facts, registry, ctx.index, citations)
    named = registry.groupby("programme_id")["unit_id"].nunique()
    programmes = programmes.assign(n_units_named=programmes["programme_id"].map(named).fillna(0).astype(int))
    ctx.add("pilot_programmes", programmes[list(TABLES["pilot_programmes"].columns)], "pilot_programmes")
    ctx.add("pilot_communes", registry, "pilot_communes")
    ctx.add("pilot_indicators", indicators, "pilot_indicators", "pilot_communes")

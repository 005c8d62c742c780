"""Tables of pilot communes: programmes, the registry of pilot units, outcome indicators."""
from __future__ import annotations

import pandera.pandas as pa

from ..pilots.taxonomy import BASES, DOMAINS, INDICATOR_CODES, KINDS, UNITS
from ..pilots.values import QUALIFIERS
from ..pilots.vocabulary import (
    AREA_LEVELS, BASELINE_BASIS, DATE_BASIS, LEVELS, PILOT_STATUS, REPORTED_BY, ROLES, SELECTION_STATUS,
    SPONSOR_LEVELS,
)
from . import DATE, PROVINCE_ID, Col, Table, is_nfc, one_of, register

_CITED = Col("str", "Citations of the row's facts: ';'-separated ids of the citations table.")
_NOTE = Col("str", "Context in our words (never the source's text).", nullable=True)
_QUALIFIER = (one_of(QUALIFIERS),)
_NON_NEGATIVE = (pa.Check.ge(0),)

register(Table(
    "pilot_programmes",
    "Programmes that piloted digital transformation in communes, villages or districts: sponsor, legal "
    "basis, start, and how many units the sources say each has against how many the registry names.",
    {
        "programme_id": Col("str", "Id of the programme, used by pilot_communes."),
        "name_en": Col("str", "What the programme is, in English."),
        "sponsor": Col("str", "Who runs it."),
        "sponsor_level": Col("str", "national (a ministry), provincial, district, or not_stated.",
                             checks=(one_of(SPONSOR_LEVELS),)),
        "province_id": Col("str", "The province of a provincial or district programme; empty for national "
                                  "programmes and for provincial schemes run in many provinces.", nullable=True,
                           checks=PROVINCE_ID.checks),
        "legal_basis": Col("str", "The decision or plan behind it, where known.", nullable=True),
        "start_date": Col("str", "When it started, YYYY[-MM[-DD]].", nullable=True, checks=DATE),
        "unit_level": Col("str", "Level of its units: village, commune or district.", checks=(one_of(LEVELS),)),
        "n_units_stated_min": Col("int", "Fewest units the sources give for the programme (sources may disagree).",
                                  nullable=True, checks=(pa.Check.ge(1),)),
        "n_units_stated_max": Col("int", "Most units the sources give.", nullable=True, checks=(pa.Check.ge(1),)),
        "n_units_named": Col("int", "Units of the programme named in the registry (pilot_communes).",
                             checks=_NON_NEGATIVE),
        "citation_ids": _CITED,
        "note": _NOTE,
    },
    key=("programme_id",), sort_by=("programme_id",),
))

register(Table(
    "pilot_communes",
    "Registry of pilot units (communes, villages inside communes, district-wide programmes): where they "
    "are before and after the 2025 reorganisation, their programme and start, and what the sources say "
    "about them when they were chosen. One row per unit and programme.",
    {
        "unit_id": Col("str", "Id of the pilot unit (a place); a unit in two programmes has two rows."),
        "programme_id": Col("str", "The programme (pilot_programmes)."),
        "level": Col("str", "village, commune, or district (a district-wide programme).", checks=(one_of(LEVELS),)),
        "unit_name": Col("str", "Name for display: the commune, the village with its commune, or the district.",
                         checks=(is_nfc(),)),
        "village": Col("str", "Village (thôn, xóm) for a village unit.", nullable=True),
        "commune": Col("str", "Commune before the 2025 reorganisation, as the sources name it.", nullable=True),
        "district": Col("str", "District before the 2025 reorganisation (the level was abolished in 2025).",
                        nullable=True),
        "province_id": PROVINCE_ID,
        "successor_id": Col("str", "The post-2025 province the province became part of.",
                            checks=(pa.Check.str_matches(r"^post2025-\d{2}$"),)),
        "commune_2025": Col("str", "The commune or ward of 1 July 2025 that contains the unit, where known.",
                            nullable=True),
        "start_date": Col("str", "When the unit was chosen or began the pilot, YYYY[-MM[-DD]].", nullable=True,
                          checks=DATE),
        "start_year": Col("int", "Year of start_date.", nullable=True),
        "pilot_status": Col("str", "designated (named a pilot of the programme) or unclear (called a model "
                                   "without a named programme).", checks=(one_of(PILOT_STATUS),)),
        "status_at_selection": Col("str", "What the sources say about the unit when chosen: advanced (already "
                                          "ahead, e.g. a model new-rural commune), disadvantaged, or not_stated.",
                                   checks=(one_of(SELECTION_STATUS),)),
        "citation_ids": _CITED,
        "selection_citation_ids": Col("str", "Citations of status_at_selection.", nullable=True),
        "commune_2025_citation_ids": Col("str", "Citations of commune_2025.", nullable=True),
        "note": _NOTE,
    },
    key=("unit_id", "programme_id"), sort_by=("unit_id", "programme_id"),
))

register(Table(
    "pilot_indicators",
    "Outcome, context and input figures for pilot units, and comparison figures for their district, "
    "province or the nation, in long form. A value keeps its qualifier: '>' 70 means over 70, never 70. "
    "Figures are mostly self-reported; comparison rows are not controls.",
    {
        "fact_id": Col("str", "Id of the figure (P... pilot rows, C... comparison rows)."),
        "role": Col("str", "pilot (about a pilot unit) or comparison (a district, province or the nation).",
                    checks=(one_of(ROLES),)),
        "unit_id": Col("str", "The pilot unit (pilot_communes) for a pilot row; empty for comparison rows.",
                       nullable=True),
        "area_level": Col("str", "village, commune, district, province or national.", checks=(one_of(AREA_LEVELS),)),
        "area_name": Col("str", "Name of the area the figure describes.", checks=(is_nfc(),)),
        "province_id": Col("str", PROVINCE_ID.description + " Empty for national rows.", nullable=True,
                           checks=PROVINCE_ID.checks),
        "indicator": Col("str", "Indicator code (dtlib.pilots.taxonomy()).", checks=(one_of(INDICATOR_CODES),)),
        "domain": Col("str", "Domain of the indicator (connectivity, smartphones, e_payment, ...).",
                      checks=(one_of(DOMAINS),)),
        "kind": Col("str", "outcome, context, input, or target (a goal, not an achieved value).",
                    checks=(one_of((*KINDS, "target")),)),
        "value": Col("float", "The number the source states; read it with qualifier.", checks=_NON_NEGATIVE),
        "qualifier": Col("str", "= exact, > over, ≥ at least, < under, ≤ at most, ~ about.", checks=_QUALIFIER),
        "denominator": Col("float", "The total when the source gives a count out of a total (16 of 19).",
                           nullable=True, checks=(pa.Check.gt(0),)),
        "share_pct": Col("float", "The value as a percentage: value for unit percent, 100 x value / denominator "
                                  "for a count of a total; same qualifier.", nullable=True,
                         checks=(pa.Check.in_range(0, 100),), unit="%"),
        "unit": Col("str", "Unit of value: " + ", ".join(UNITS) + ".", checks=(one_of(UNITS),)),
        "base": Col("str", "What a percentage is a share of, or what a count counts (households, adults, ...); "
                           "figures with different bases are different quantities.", checks=(one_of(BASES),)),
        "date": Col("str", "Date of the figure, YYYY[-MM[-DD]] (see date_basis).", checks=DATE),
        "year": Col("int", "Year of date."),
        "date_basis": Col("str", "stated by the source, publication date of the source, or approximate.",
                          checks=(one_of(DATE_BASIS),)),
        "baseline_value": Col("float", "An earlier value of the same quantity, where a source gives one.",
                              nullable=True, checks=_NON_NEGATIVE),
        "baseline_qualifier": Col("str", "Qualifier of baseline_value.", nullable=True, checks=_QUALIFIER),
        "baseline_date": Col("str", "Date of baseline_value.", nullable=True, checks=DATE),
        "baseline_basis": Col("str", "stated by a source, or derived from a stated change.", nullable=True,
                              checks=(one_of(BASELINE_BASIS),)),
        "is_target": Col("bool", "True for a goal rather than an achieved value."),
        "reported_by": Col("str", "local_officials, national_agency, journalist or not_stated.",
                           checks=(one_of(REPORTED_BY),)),
        "citation_ids": _CITED,
        "baseline_citation_ids": Col("str", "Citations of the baseline (often a different source).", nullable=True),
        "note": _NOTE,
    },
    key=("fact_id",), sort_by=("fact_id",),
    checks=(
        pa.Check(lambda df: (df["role"] == "pilot") == df["unit_id"].notna(),
                 error="pilot rows, and only they, have a unit_id"),
        pa.Check(lambda df: df["baseline_value"].isna() | df["baseline_date"].notna(),
                 error="a baseline has a date"),
    ),
))

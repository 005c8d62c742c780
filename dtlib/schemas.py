"""Schemas of the processed tables, checked when the build writes and when ``load`` reads.

Each table declares its columns (type, description, checks), its key, and the row
counts we expect; the data dictionary is generated from these declarations, so it
cannot drift from what is enforced. Expected counts are committed here and changed
deliberately, in review, when new data arrive.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

from .measures import MEASURES, PILLARS
from .provinces import ERAS
from .sources import HOW_READ, PROVENANCE_ORDER

# Six socio-economic regions in each era. The 2025 scheme (Government Resolution 306/NQ-CP of
# 5 Oct 2025, used by the statistics office since) splits the old central regions differently.
REGIONS_PRE2025 = (
    "Northern Midlands and Mountains",
    "Red River Delta",
    "North Central and Central Coast",
    "Central Highlands",
    "South East",
    "Mekong River Delta",
)
REGIONS_POST2025 = (
    "Northern Midlands and Mountains",
    "Red River Delta",
    "North Central",
    "South Central Coast and Central Highlands",
    "South East",
    "Mekong River Delta",
)
REGIONS = tuple(dict.fromkeys(REGIONS_PRE2025 + REGIONS_POST2025))
DTI_EDITIONS = (2020, 2021, 2022, 2023, 2024)
# Editions whose full 63-province table is known: score and rank for every province.
COMPLETE_DTI_EDITIONS = (2022, 2023, 2024)
INDEX_CODES = (
    "dti", *(f"dti_{p.code}" for p in PILLARS), "ict_index", "egov", "par_index",
    "par_modernisation", "cybersecurity", "papi", "pci",
)
YEAR_BASIS = ("stated", "not_stated")

# dtype used when reading the CSV back, per kind of column
_READ_DTYPES = {"str": "str", "int": "Int64", "float": "float64", "bool": "bool"}
_PANDERA_DTYPES = {"str": str, "int": "Int64", "float": float, "bool": bool}


@dataclass(frozen=True)
class Col:
    kind: str  # str, int, float or bool
    description: str
    nullable: bool = False
    checks: tuple = ()
    unit: str = ""

    def pandera(self) -> pa.Column:
        return pa.Column(_PANDERA_DTYPES[self.kind], checks=list(self.checks), nullable=self.nullable,
                         description=self.description)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: dict[str, Col]
    key: tuple[str, ...]
    expected_rows: int | None = None
    sort_by: tuple[str, ...] = ()
    checks: tuple = field(default_factory=tuple)

    def schema(self) -> pa.DataFrameSchema:
        return pa.DataFrameSchema(
            {name: col.pandera() for name, col in self.columns.items()},
            unique=list(self.key), strict=True, ordered=True, checks=list(self.checks),
            name=self.name,
        )

    def read_dtypes(self) -> dict[str, str]:
        return {name: _READ_DTYPES[col.kind] for name, col in self.columns.items()}


def _one_of(values) -> pa.Check:
    return pa.Check.isin(list(values), error=f"one of {', '.join(map(str, values))}")


def _is_nfc() -> pa.Check:
    return pa.Check(lambda s: s.map(lambda v: unicodedata.normalize("NFC", v) == v), element_wise=False,
                    error="Unicode NFC")


_UNIT_SCORE = (pa.Check.in_range(0, 1, error="a score in [0, 1]"),)
_DATE = (pa.Check.str_matches(r"^\d{4}(-\d{2}(-\d{2})?)?$", error="a date YYYY[-MM[-DD]]"),)
_PROVINCE_ID = Col("str", "Registry key of the province: era and GSO code, e.g. pre2025-52 (Bình Định) "
                          "or post2025-52 (the merged Gia Lai). See dtlib.provinces().",
                   checks=(pa.Check.str_matches(r"^(pre|post)2025-\d{2}$"),))
_CITATION_IDS = Col("str", "Citations behind the value(s), ';'-separated ids of the citations table; "
                           "the source whose value was kept comes first, then sources that agree.", nullable=True)


def _dti_value_columns() -> dict[str, Col]:
    columns: dict[str, Col] = {}
    for m in MEASURES:
        what = m.name_en if m.code else "DTI"
        extra = " Derived from the scores when not published (see rank_is_derived)." if not m.code else ""
        columns[m.score_column] = Col("float", f"{what} score ({m.name_vi}), 0-1.", nullable=True,
                                      checks=_UNIT_SCORE)
        columns[m.rank_column] = Col("int", f"{what} rank among the 63 provinces, 1 = best; ties share a "
                                            f"rank and the next skips.{extra}", nullable=True,
                                     checks=(pa.Check.in_range(1, 63),))
    return columns


TABLES: dict[str, Table] = {}


def _register(table: Table) -> Table:
    TABLES[table.name] = table
    return table


_register(Table(
    "provinces",
    "Province registry for both eras: the 63 provinces to 30 June 2025 and the 34 units from "
    "1 July 2025 (Resolution 202/2025/QH15), with the successor of each old province.",
    {
        "province_id": _PROVINCE_ID,
        "era": Col("str", "pre2025 (63 provinces, valid to 2025-06-30) or post2025 (34 units, from 2025-07-01).",
                   checks=(_one_of(ERAS),)),
        "gso_code": Col("str", "GSO two-digit province code; re-used across eras for different territories.",
                        checks=(pa.Check.str_matches(r"^\d{2}$"),)),
        "name_vi": Col("str", "Vietnamese short name, Unicode NFC, new-style tone placement (Hòa).",
                       checks=(_is_nfc(),)),
        "name_full_vi": Col("str", "Vietnamese name with its administrative prefix (Tỉnh / Thành phố).",
                            checks=(_is_nfc(),)),
        "name_ascii": Col("str", "name_vi without diacritics."),
        "name_en": Col("str", "English name (Hanoi, Ho Chi Minh City, Da Nang, ...)."),
        "region": Col("str", "Socio-economic region (six per era): for pre2025 provinces the six GSO regions "
                             "in force until 2025; for post2025 units the six regions of Resolution "
                             "306/NQ-CP (2025), which has North Central and South Central Coast and "
                             "Central Highlands in place of the old central regions.",
                      checks=(_one_of(REGIONS),)),
        "successor_id": Col("str", "For a pre2025 province: the post2025 unit it became part of. "
                                   "Empty for post2025 units.", nullable=True),
        "area_km2": Col("float", "Area of a post2025 unit (km²) as stated in the merger documents.",
                        nullable=True, unit="km²"),
        "population": Col("int", "Population of a post2025 unit as stated in the merger documents.",
                          nullable=True, unit="persons"),
    },
    key=("province_id",), expected_rows=97, sort_by=("era", "gso_code"),
))

_register(Table(
    "province_aliases",
    "Reviewed extra spellings of province names (abbreviations, historical spellings), per era.",
    {
        "alias": Col("str", "The spelling as met in sources."),
        "era": Col("str", "Era in which the alias applies.", checks=(_one_of(ERAS),)),
        "province_id": _PROVINCE_ID,
        "reason": Col("str", "Why this spelling means this province."),
    },
    key=("alias", "era"), sort_by=("era", "province_id", "alias"),
))

_register(Table(
    "citations",
    "Every cited document: publisher, title, URL, dates and how it was read.",
    {
        "citation_id": Col("str", "Short id used by citation_id(s) columns."),
        "publisher": Col("str", "Who published the document (outlet, ministry, repository)."),
        "document": Col("str", "Title of the document or page."),
        "url": Col("str", "Where it was read; empty when the address is unknown (the note says why).",
                   nullable=True),
        "published_date": Col("str", "Publication date, YYYY[-MM[-DD]].", nullable=True, checks=_DATE),
        "accessed_date": Col("str", "When we read it, YYYY-MM-DD.", checks=_DATE),
        "how_read": Col("str", "official (the publisher's own page), secondary (a transcription by a third "
                               "party) or press (a news report).", checks=(_one_of(PROVENANCE_ORDER),)),
        "note": Col("str", "What the document gives and any caveat.", nullable=True),
    },
    key=("citation_id",), sort_by=("citation_id",),
))

_register(Table(
    "sources",
    "The catalog of raw files: what each holds, its source, licence, how it was read and its sha256.",
    {
        "file": Col("str", "Path under data/raw/."),
        "format": Col("str", "Which reader the build applies."),
        "description": Col("str", "What the file holds."),
        "publisher": Col("str", "Publisher of the underlying document(s)."),
        "document": Col("str", "The document(s) the file records."),
        "url": Col("str", "Where the document was read.", nullable=True),
        "published_date": Col("str", "Publication date of the document.", nullable=True, checks=_DATE),
        "accessed_date": Col("str", "When it was read.", checks=_DATE),
        "licence": Col("str", "Licence of this file and terms of the source."),
        "how_read": Col("str", "official, secondary, press, or compiled (a citation on every row).",
                        checks=(_one_of(HOW_READ),)),
        "sha256": Col("str", "sha256 of the raw file; the build refuses a file that does not match."),
    },
    key=("file",), sort_by=("file",),
))

_PROVENANCE = Col("str", "How the value was read: official, secondary, press; derived = computed by dtlib.",
                  checks=(_one_of((*PROVENANCE_ORDER, "derived")),))

_register(Table(
    "dti",
    "Provincial Digital Transformation Index (DTI), one row per edition and province: the overall "
    "score and rank, the three pillars and the eight main indices where known, with provenance.",
    {
        "year": Col("int", "DTI edition (the year assessed; edition N is published in year N+1).",
                    checks=(_one_of(DTI_EDITIONS),)),
        "era": Col("str", "Era of province_id.", checks=(_one_of(ERAS),)),
        "province_id": _PROVINCE_ID,
        "name_vi": Col("str", "Vietnamese name of the province (for reading; the key is province_id)."),
        **_dti_value_columns(),
        "rank_is_derived": Col("bool", "True when rank was computed from the scores because no source "
                                       "publishes it; every published rank agrees with the derived one."),
        "score_provenance": Col("str", "How score was read (official, secondary, press); empty when unknown.",
                                nullable=True, checks=(_one_of(PROVENANCE_ORDER),)),
        "rank_provenance": Col("str", "How rank was read, or derived; empty when unknown.", nullable=True,
                               checks=(_one_of((*PROVENANCE_ORDER, "derived")),)),
        "citation_ids": _CITATION_IDS,
    },
    key=("year", "province_id"), sort_by=("year", "province_id"),
))

_register(Table(
    "dti_values",
    "The DTI in long form: one row per edition, province and measure, each value with its provenance "
    "and citations. dti is this table made wide.",
    {
        "year": Col("int", "DTI edition.", checks=(_one_of(DTI_EDITIONS),)),
        "province_id": _PROVINCE_ID,
        "measure": Col("str", "Column name in dti (score, rank, gov_score, infrastructure_score, ...)."),
        "value": Col("float", "The value: a score in [0, 1] or a rank."),
        "provenance": _PROVENANCE,
        "citation_ids": _CITATION_IDS,
    },
    key=("year", "province_id", "measure"), sort_by=("year", "province_id", "measure"),
))

_register(Table(
    "dti_editions",
    "One row per DTI edition: publication date, structure and national / provincial-average values.",
    {
        "year": Col("int", "DTI edition.", checks=(_one_of(DTI_EDITIONS),)),
        "published_date": Col("str", "Date the edition was published.", nullable=True, checks=_DATE),
        "publisher": Col("str", "Ministry that published it."),
        "n_main_indices": Col("int", "Number of main indices of the provincial DTI.", nullable=True),
        "n_component_indices": Col("int", "Number of component indices.", nullable=True),
        "national_score": Col("float", "National DTI.", nullable=True, checks=_UNIT_SCORE),
        "provincial_mean_score": Col("float", "Average provincial DTI as published.", nullable=True,
                                     checks=_UNIT_SCORE),
        "citation_ids": _CITATION_IDS,
        "note": Col("str", "Method notes.", nullable=True),
    },
    key=("year",), expected_rows=5, sort_by=("year",),
))

_register(Table(
    "press_claims",
    "Ranking claims made by the project's source articles, as facts (no article text).",
    {
        "claim_id": Col("str", "Id of the claim."),
        "citation_id": Col("str", "The article (citations table)."),
        "published_date": Col("str", "Publication date of the article.", nullable=True, checks=_DATE),
        "province_id": _PROVINCE_ID,
        "province_as_printed": Col("str", "The province as the article names it."),
        "index_code": Col("str", "Which index the claim is about.", checks=(_one_of(INDEX_CODES),)),
        "year": Col("int", "Edition the claim refers to, when the article states it.", nullable=True),
        "year_basis": Col("str", "stated, or not_stated (then the edition must be inferred).",
                          checks=(_one_of(YEAR_BASIS),)),
        "rank": Col("int", "Claimed rank.", checks=(pa.Check.ge(1),)),
        "out_of": Col("int", "Number of units ranked, as claimed.", nullable=True),
        "rank_change": Col("int", "Claimed change in rank (positive = moved up).", nullable=True),
        "change_vs_year": Col("int", "Edition the change is measured against.", nullable=True),
        "note": Col("str", "Context of the claim in our words.", nullable=True),
    },
    key=("claim_id",), sort_by=("claim_id",),
))

# Non-empty counts per DTI edition, committed and updated deliberately when data are added.
EXPECTED_DTI_COUNTS: dict[int, dict[str, int]] = {
    2020: {"score": 5, "rank": 23},
    2021: {"score": 6, "rank": 17},
    2022: {"score": 63, "rank": 63},
    2023: {"score": 63, "rank": 63},
    2024: {"score": 63, "rank": 63},
}


def data_dictionary() -> pd.DataFrame:
    """One row per column of every processed table."""
    rows = [
        {"table": t.name, "column": name, "type": col.kind, "nullable": col.nullable,
         "unit": col.unit, "description": col.description}
        for t in TABLES.values() for name, col in t.columns.items()
    ]
    return pd.DataFrame(rows)

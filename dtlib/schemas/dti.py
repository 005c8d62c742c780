"""Tables of the provincial Digital Transformation Index."""
from __future__ import annotations

import pandera.pandas as pa

from ..measures import MEASURES
from ..provinces import ERAS, N_PROVINCES
from ..sources import PROVENANCE_ORDER
from ..vocabulary import DTI_EDITIONS
from . import CITATION_IDS, DATE, PROVINCE_ID, UNIT_SCORE, Col, Table, one_of, register

# Non-empty counts per DTI edition, committed and updated deliberately when data are added.
EXPECTED_DTI_COUNTS: dict[int, dict[str, int]] = {
    2020: {"score": 5, "rank": 27},  # + Tuyên Quang 44, Cà Mau 41, Kon Tum 58 and Sóc Trăng 57, from the collected press claims
    2021: {"score": 6, "rank": 21},  # + Kon Tum 46, Tiền Giang 23, Trà Vinh 26 and Bạc Liêu 63, from the collected press claims
    2022: {"score": 63, "rank": 63},
    2023: {"score": 63, "rank": 63},
    2024: {"score": 63, "rank": 63},
}


def _value_columns() -> dict[str, Col]:
    columns: dict[str, Col] = {}
    for m in MEASURES:
        what = m.name_en if m.code else "DTI"
        extra = " Derived from the scores when not published (see rank_is_derived)." if not m.code else ""
        columns[m.score_column] = Col("float", f"{what} score ({m.name_vi}), 0-1.", nullable=True,
                                      checks=UNIT_SCORE)
        columns[m.rank_column] = Col("int", f"{what} rank among the {N_PROVINCES} provinces, 1 = best; ties share a "
                                            f"rank and the next skips.{extra}", nullable=True,
                                     checks=(pa.Check.in_range(1, N_PROVINCES),))
    return columns


_EDITION = Col("int", "DTI edition (the year assessed; edition N is published in year N+1).",
               checks=(one_of(DTI_EDITIONS),))

register(Table(
    "dti",
    "Provincial Digital Transformation Index (DTI), one row per edition and province: the overall "
    "score and rank, the three pillars and the eight main indices where known, with provenance.",
    {
        "year": _EDITION,
        "era": Col("str", "Era of province_id.", checks=(one_of(ERAS),)),
        "province_id": PROVINCE_ID,
        "name_vi": Col("str", "Vietnamese name of the province (for reading; the key is province_id)."),
        **_value_columns(),
        "rank_is_derived": Col("bool", "True when rank was computed from the scores because no source "
                                       "publishes it; every published rank agrees with the derived one."),
        "score_provenance": Col("str", "How score was read (official, secondary, press); empty when unknown.",
                                nullable=True, checks=(one_of(PROVENANCE_ORDER),)),
        "rank_provenance": Col("str", "How rank was read, or derived; empty when unknown.", nullable=True,
                               checks=(one_of((*PROVENANCE_ORDER, "derived")),)),
        "citation_ids": CITATION_IDS,
    },
    key=("year", "province_id"), sort_by=("year", "province_id"),
))

register(Table(
    "dti_values",
    "The DTI in long form: one row per edition, province and measure, each value with its provenance "
    "and citations. dti is this table made wide.",
    {
        "year": _EDITION,
        "province_id": PROVINCE_ID,
        "measure": Col("str", "Column name in dti (score, rank, gov_score, infrastructure_score, ...)."),
        "value": Col("float", "The value: a score in [0, 1] or a rank."),
        "provenance": Col("str", "How the value was read: official, secondary, press; derived = computed "
                                 "by dtlib.", checks=(one_of((*PROVENANCE_ORDER, "derived")),)),
        "citation_ids": CITATION_IDS,
    },
    key=("year", "province_id", "measure"), sort_by=("year", "province_id", "measure"),
))

register(Table(
    "dti_editions",
    "One row per DTI edition: publication date, structure and national / provincial-average values.",
    {
        "year": _EDITION,
        "published_date": Col("str", "Date the edition was published.", nullable=True, checks=DATE),
        "publisher": Col("str", "Ministry that published it."),
        "n_main_indices": Col("int", "Number of main indices of the provincial DTI.", nullable=True),
        "n_component_indices": Col("int", "Number of component indices.", nullable=True),
        "national_score": Col("float", "National DTI.", nullable=True, checks=UNIT_SCORE),
        "provincial_mean_score": Col("float", "Average provincial DTI as published.", nullable=True,
                                     checks=UNIT_SCORE),
        "citation_ids": CITATION_IDS,
        "note": Col("str", "Method notes.", nullable=True),
    },
    key=("year",), expected_rows=5, sort_by=("year",),
))

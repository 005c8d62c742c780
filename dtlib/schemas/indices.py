"""Partial tables of older indices: the Vietnam ICT Index, the PAR Index and MIC's e-government ranking.

Their full provincial tables are not available as text; these tables hold the headline figures the press
and provincial portals printed, one row per edition and province. Each index has an overall ``score`` and
``rank`` and, where known, components as ``<component>_score`` / ``<component>_rank``.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandera.pandas as pa

from ..provinces import N_PROVINCES
from . import CITATION_IDS, PROVINCE_ID, Col, Table, register


@dataclass(frozen=True)
class Component:
    code: str  # "overall" for the index itself
    name_en: str
    name_vi: str
    ranked: bool = True  # whether the publisher ranks provinces on it

    @property
    def score_column(self) -> str:
        return "score" if self.code == "overall" else f"{self.code}_score"

    @property
    def rank_column(self) -> str:
        return "rank" if self.code == "overall" else f"{self.code}_rank"


@dataclass(frozen=True)
class PartialIndex:
    table: str
    name_en: str
    publisher: str
    editions: tuple[int, ...]
    components: tuple[Component, ...]
    score_range: tuple[float, float]
    score_unit: str
    description: str


PARTIAL_INDICES = (
    PartialIndex(
        "ict_index", "Vietnam ICT Index (readiness for ICT development and application)",
        "Ministry of Information and Communications and the Vietnam Association for Information Processing",
        (2014, 2015, 2016, 2017, 2018, 2019, 2020, 2022, 2023),  # no ranking was produced for 2021
        (
            Component("overall", "ICT Index", "Chỉ số Vietnam ICT Index"),
            Component("infrastructure", "Technical infrastructure", "Hạ tầng kỹ thuật"),
            Component("human_resources", "Human resources", "Hạ tầng nhân lực"),
            Component("it_application", "IT application", "Ứng dụng công nghệ thông tin"),
            Component("it_application_internal", "IT application inside state agencies",
                      "Ứng dụng CNTT nội bộ cơ quan nhà nước"),
            Component("online_services", "Online public services", "Dịch vụ công trực tuyến"),
            Component("it_industry", "IT industry", "Sản xuất, kinh doanh CNTT"),
        ),
        (0.0, 1.0), "0-1",
        "Vietnam ICT Index, headline figures only (top ranks and scattered provinces), editions 2014-2023; "
        "the method changed in 2016, so 2014-2015 ranks do not compare with later ones.",
    ),
    PartialIndex(
        "par_index", "PAR Index (provincial public administration reform index)", "Ministry of Home Affairs",
        tuple(range(2012, 2024)),
        (
            Component("overall", "PAR Index", "Chỉ số cải cách hành chính (PAR Index)"),
            Component("assessed", "Points from the assessment of criteria", "Điểm đánh giá, thẩm định", False),
            Component("sipas", "Points from the SIPAS satisfaction survey", "Điểm khảo sát SIPAS", False),
            Component("leader_survey", "Points from the survey of leaders and managers",
                      "Điểm điều tra xã hội học", False),
            Component("socioeconomic_impact", "Points for the impact on socio-economic development",
                      "Điểm tác động đến phát triển kinh tế - xã hội", False),
            Component("modernisation", "Modernisation of administration (IT application)",
                      "Hiện đại hóa hành chính"),
        ),
        (0.0, 100.0), "% (overall) or points out of 100 (components)",
        "PAR Index of the Ministry of Home Affairs, headline figures only, editions 2012-2023: the index (%), and "
        "for the 2020 top ten its components in points (they add up to the index). No provincial figure of the "
        "component 'modernisation of administration' was found; its columns are there for when one is.",
    ),
    PartialIndex(
        "egov", "MIC ranking of IT application / e-government development in state agencies",
        "Ministry of Information and Communications", (2017,),
        (Component("overall", "IT application / e-government index", "Chỉ số ứng dụng CNTT"),),
        (0.0, 1.0), "0-1",
        "MIC's ranking of provinces by the level of IT application in state agencies (e-government), 2017 "
        "edition: ranks 1-53 of 63 with scores, as relayed by a provincial portal.",
    ),
)


def _columns(index: PartialIndex) -> dict[str, Col]:
    low, high = index.score_range
    columns: dict[str, Col] = {}
    for comp in index.components:
        columns[comp.score_column] = Col("float", f"{comp.name_en} ({comp.name_vi}), {index.score_unit}, as printed.",
                                         nullable=True, checks=(pa.Check.in_range(low, high),))
        if comp.ranked:
            columns[comp.rank_column] = Col("int", f"Rank on {comp.name_en} among the {N_PROVINCES} provinces, as "
                                                   "printed (1 = best).", nullable=True,
                                            checks=(pa.Check.in_range(1, N_PROVINCES),))
    return columns


for _index in PARTIAL_INDICES:
    register(Table(
        _index.table,
        f"{_index.description} Published by the {_index.publisher}. One row per edition and province that a "
        "source mentions; every value is as printed by the cited press report or portal.",
        {
            "year": Col("int", "Edition (the year assessed).", checks=(pa.Check.isin(list(_index.editions)),)),
            "province_id": PROVINCE_ID,
            "name_vi": Col("str", "Vietnamese name of the province (for reading; the key is province_id)."),
            **_columns(_index),
            "citation_ids": CITATION_IDS,
            "note": Col("str", "Caveats from the sources, in our words.", nullable=True),
        },
        key=("year", "province_id"), sort_by=("year", "province_id"),
    ))

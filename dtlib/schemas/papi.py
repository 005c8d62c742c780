"""Table of PAPI, the citizen survey of provincial governance (UNDP, CECODES and partners)."""
from __future__ import annotations

from dataclasses import dataclass

import pandera.pandas as pa

from ..provinces import N_PROVINCES
from . import CITATION_IDS, PROVINCE_ID, Col, Table, register

PAPI_YEARS = tuple(range(2011, 2025))


@dataclass(frozen=True)
class Dimension:
    code: str
    name_en: str
    name_vi: str
    first_year: int = 2011

    @property
    def column(self) -> str:
        return f"{self.code}_score"


DIMENSIONS = (
    Dimension("participation", "Participation at local levels", "Tham gia của người dân ở cấp cơ sở"),
    Dimension("transparency", "Transparency in local decision-making", "Công khai, minh bạch"),
    Dimension("vertical_accountability", "Vertical accountability towards citizens",
              "Trách nhiệm giải trình với người dân"),
    Dimension("control_of_corruption", "Control of corruption in the public sector",
              "Kiểm soát tham nhũng trong khu vực công"),
    Dimension("administrative_procedures", "Public administrative procedures", "Thủ tục hành chính công"),
    Dimension("public_service_delivery", "Public service delivery", "Cung ứng dịch vụ công"),
    Dimension("environmental_governance", "Environmental governance", "Quản trị môi trường", 2018),
    Dimension("egovernance", "E-governance", "Quản trị điện tử", 2018),
)
# E-governance sub-dimensions and the years they exist. Sub-dimension scores are scaled so that a
# dimension's sub-dimensions add up to 1-10: with two sub-dimensions (2018) each runs 0.5-5, with three
# (2019 on) 0.33-3.33. So only the dimension total compares across 2018 and 2019.
EGOV_SUBDIMENSIONS = (
    Dimension("egov_portal", "Access to e-government portals", "Tiếp cận cổng thông tin điện tử", 2018),
    Dimension("egov_internet", "Access to the Internet", "Tiếp cận internet", 2018),
    Dimension("egov_responsiveness", "E-responsiveness of local authorities",
              "Phản hồi của chính quyền qua mạng", 2019),
)
EGOV_SUBDIMENSION_RANGE = {2018: (0.5, 5.0), 2019: (0.33, 3.33)}  # from 2019 on: the 2019 range


def subdimension_range(year: int) -> tuple[float, float]:
    return EGOV_SUBDIMENSION_RANGE[min(year, 2019)]


def n_dimensions(year: int) -> int:
    return sum(d.first_year <= year for d in DIMENSIONS)


_ONE_TO_TEN = (pa.Check.in_range(1, 10, error="a dimension score in [1, 10]"),)

register(Table(
    "papi",
    "PAPI (Provincial Governance and Public Administration Performance Index; CECODES, VFF-CRT, RTA and "
    "UNDP), one row per survey year and province, 2011-2024: the dimension scores (six to 2017, eight from "
    "2018 with environmental governance and e-governance), the e-governance sub-dimensions, and the "
    "aggregate (sum of the dimensions) with its rank. Empty where PAPI or the copy gives no score.",
    {
        "year": Col("int", "PAPI survey year (the report is published the following spring).",
                    checks=(pa.Check.isin(list(PAPI_YEARS)),)),
        "province_id": PROVINCE_ID,
        "name_vi": Col("str", "Vietnamese name of the province (for reading; the key is province_id)."),
        **{d.column: Col("float", f"Dimension '{d.name_en}' ({d.name_vi}), 1-10; the sum of its sub-dimension "
                                  f"scores." + (f" Measured from {d.first_year}." if d.first_year > 2011 else ""),
                         nullable=True, checks=_ONE_TO_TEN) for d in DIMENSIONS},
        **{d.column: Col("float", f"E-governance sub-dimension '{d.name_en}' ({d.name_vi}), from {d.first_year}: "
                                  + ("0.33-3.33 (one of three sub-dimensions)." if d.first_year == 2019 else
                                     "0.5-5 in 2018 (one of two sub-dimensions), 0.33-3.33 from 2019 (one of "
                                     "three), so not comparable between 2018 and later years."), nullable=True,
                         checks=(pa.Check.in_range(0.33, 5),)) for d in EGOV_SUBDIMENSIONS},
        "n_dimensions": Col("int", "Number of dimensions PAPI measured that year (6 to 2017, 8 from 2018).",
                            checks=(pa.Check.isin([6, 8]),)),
        "score": Col("float", "Derived: aggregate PAPI, the unweighted sum of the year's dimension scores "
                              "(6-60 to 2017, 8-80 from 2018); empty when a dimension is missing.",
                     nullable=True, checks=(pa.Check.in_range(6, 80),)),
        "rank": Col("int", "Derived: rank of score among the provinces with a score that year (1 = best; "
                           "ties share a rank). PAPI's own published ranks were not read.", nullable=True,
                    checks=(pa.Check.in_range(1, N_PROVINCES),)),
        "n_ranked": Col("int", "Number of provinces with a score (ranked) that year.", checks=(pa.Check.le(N_PROVINCES),)),
        "citation_ids": CITATION_IDS,
        "note": Col("str", "Why values are missing, where they are.", nullable=True),
    },
    key=("year", "province_id"), expected_rows=N_PROVINCES * len(PAPI_YEARS), sort_by=("year", "province_id"),
))

"""Tables of the Provincial Competitiveness Index (PCI) of VCCI."""
from __future__ import annotations

from dataclasses import dataclass

import pandera.pandas as pa

from . import CITATION_IDS, PROVINCE_ID, Col, Table, register

PCI_YEARS = tuple(range(2005, 2023))
# Provinces in the province-keyed table per year: 2005 covered 42 units (one of them Hà Tây), 2006-2008
# ranked 64 (with Hà Tây), from 2009 the 63 provinces.
EXPECTED_PCI_ROWS = {2005: 41, **{year: 63 for year in PCI_YEARS[1:]}}


@dataclass(frozen=True)
class SubIndex:
    code: str
    name_en: str
    name_vi: str
    years: tuple[int, ...]

    @property
    def column(self) -> str:
        return f"{self.code}_score"


_ALL = PCI_YEARS
SUBINDICES = (
    SubIndex("entry_costs", "Entry costs", "Chi phí gia nhập thị trường", _ALL),
    SubIndex("land_access", "Land access and security of tenure", "Tiếp cận đất đai", _ALL),
    SubIndex("transparency", "Transparency and access to information", "Tính minh bạch", _ALL),
    SubIndex("time_costs", "Time costs of regulatory compliance", "Chi phí thời gian", _ALL),
    SubIndex("informal_charges", "Informal charges", "Chi phí không chính thức", _ALL),
    SubIndex("policy_implementation", "Implementation and consistency of central policies",
             "Thực hiện chính sách của Trung ương", (2005,)),
    SubIndex("soe_bias", "State-owned enterprise bias (2005-2008 definition)", "Ưu đãi đối với DNNN",
             tuple(range(2005, 2009))),
    SubIndex("policy_bias", "Policy bias / equal competition (2013 definition: bias towards state, foreign "
                            "and connected firms)", "Cạnh tranh bình đẳng", tuple(range(2013, 2023))),
    SubIndex("proactivity", "Proactivity of provincial leadership", "Tính năng động", _ALL),
    SubIndex("business_support", "Business support services (private-sector development policies in 2005)",
             "Dịch vụ hỗ trợ doanh nghiệp", _ALL),
    SubIndex("labour_training", "Labour training", "Đào tạo lao động", tuple(range(2006, 2023))),
    SubIndex("legal_institutions", "Legal institutions", "Thiết chế pháp lý", tuple(range(2006, 2023))),
)

_YEAR = Col("int", "PCI edition (the year surveyed; VCCI publishes it the following spring).",
            checks=(pa.Check.isin(list(PCI_YEARS)),))
_SCORE = Col("float", "PCI, weighted, 0-100 (VCCI's headline index). 4 decimals where VCCI's files give more; "
                      "2 decimals in 2011 and 2017-2022.", checks=(pa.Check.in_range(0, 100),))
_RANK = Col("int", "PCI rank among the units VCCI ranked that year (see n_ranked), 1 = best. Published ranks for "
                   "2005-2016; derived from the 2-decimal scores for 2017-2022 (see rank_is_derived), where "
                   "tied scores share a rank that VCCI may have split.", checks=(pa.Check.ge(1),))
_N_RANKED = Col("int", "Number of units ranked that year: 42 in 2005 (one was Hà Tây), 64 in 2006-2008 "
                       "(with Hà Tây), 63 from 2009.", checks=(pa.Check.isin([42, 63, 64]),))


def _subindex_columns() -> dict[str, Col]:
    return {s.column: Col("float", f"Sub-index '{s.name_en}' ({s.name_vi}), 0-10; VCCI files {s.years[0]}-"
                                   f"{min(s.years[-1], 2016)} only.", nullable=True,
                          checks=(pa.Check.in_range(0, 10),)) for s in SUBINDICES}


register(Table(
    "pci",
    "Provincial Competitiveness Index (PCI; VCCI), one row per edition and province, 2005-2022: the weighted "
    "PCI, its rank, and the sub-indices 2005-2016 (VCCI's data files). Hà Tây (2005-2008) is in "
    "pci_historical_units, not here; its presence is why 2005-2008 ranks run to 42 or 64.",
    {
        "year": _YEAR,
        "province_id": PROVINCE_ID,
        "name_vi": Col("str", "Vietnamese name of the province (for reading; the key is province_id)."),
        "score": _SCORE,
        "rank": _RANK,
        "rank_is_derived": Col("bool", "True when rank was computed from the scores (2017-2022) rather than read."),
        "n_ranked": _N_RANKED,
        **_subindex_columns(),
        "citation_ids": CITATION_IDS,
        "note": Col("str", "Caveats.", nullable=True),
    },
    key=("year", "province_id"), expected_rows=sum(EXPECTED_PCI_ROWS.values()), sort_by=("year", "province_id"),
))

register(Table(
    "pci_historical_units",
    "PCI of units that no longer exist and are not in the province registry: Hà Tây, merged into Hà Nội on "
    "1 August 2008, ranked by VCCI in 2005-2008. Kept apart so that pci stays keyed by today's provinces; "
    "kept at all because the 2005-2008 ranks of the other provinces count it.",
    {
        "year": _YEAR,
        "unit_name": Col("str", "Name of the historical unit."),
        "merged_into_id": PROVINCE_ID,
        "score": _SCORE,
        "rank": _RANK,
        "n_ranked": _N_RANKED,
        **_subindex_columns(),
        "citation_ids": CITATION_IDS,
        "note": Col("str", "Why the unit is historical.", nullable=True),
    },
    key=("year", "unit_name"), sort_by=("year", "unit_name"),
))

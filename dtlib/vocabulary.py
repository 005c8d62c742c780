"""Controlled vocabularies shared by raw readers, schemas and analyses (no heavy imports)."""
from __future__ import annotations

from .measures import PILLARS

# Six socio-economic regions in each era. The 2025 scheme (Government Resolution 306/NQ-CP of
# 5 Oct 2025, used by the statistics office since) groups the central provinces differently.
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

# Indices a press claim can be about (see dtlib.claims).
INDEX_CODES = (
    "dti", *(f"dti_{p.code}" for p in PILLARS), "ict_index", "egov", "par_index",
    "par_modernisation", "cybersecurity", "papi", "pci",
)
# index_code -> (table, rank column) the index is checked in; tables are keyed by
# (year, province_id). The DTI build reads the DTI rows too, so it lives here, not in claims.
INDEX_TABLES: dict[str, tuple[str, str]] = {
    "dti": ("dti", "rank"),
    "dti_gov": ("dti", "gov_rank"),
    "dti_econ": ("dti", "econ_rank"),
    "dti_soc": ("dti", "soc_rank"),
    "cybersecurity": ("dti", "cybersecurity_rank"),
    "ict_index": ("ict_index", "rank"),
    "egov": ("egov", "rank"),
    "par_index": ("par_index", "rank"),
    "par_modernisation": ("par_index", "modernisation_rank"),
    "papi": ("papi", "rank"),
    "pci": ("pci", "rank"),
}
YEAR_BASIS = ("stated", "not_stated")

"""Table of GSO provincial covariates (population, urbanisation, GRDP)."""
from __future__ import annotations

import pandera.pandas as pa

from ..provinces import N_PROVINCES
from . import CITATION_IDS, PROVINCE_ID, Col, Table, register

COVARIATE_YEARS = tuple(range(2016, 2023))
_POSITIVE = (pa.Check.gt(0, error="a positive number"),)

register(Table(
    "covariates",
    "GSO provincial statistics for the 63 pre-2025 provinces, 2016-2022: average population, urban "
    "population and GRDP at current prices, with GRDP per head and the urban share derived from them. "
    "Read from a public panel copy of the GSO yearbook figures; the GRDP series of a few provinces jumps "
    "in a way that suggests a break in the copy (see note).",
    {
        "year": Col("int", "Calendar year of the statistics.", checks=(pa.Check.isin(list(COVARIATE_YEARS)),)),
        "province_id": PROVINCE_ID,
        "name_vi": Col("str", "Vietnamese name of the province (for reading; the key is province_id)."),
        "population": Col("int", "Average population of the year (GSO), in the series revised after the "
                                 "2019 census; published in thousands, here in persons.",
                          checks=_POSITIVE, unit="persons"),
        "urban_population": Col("int", "Average urban population of the year (GSO); published in thousands, "
                                       "here in persons. Urban follows administrative status, so it jumps when "
                                       "a district becomes a town or city (many did in 2019-2020).",
                                unit="persons"),
        "grdp_current_bn_vnd": Col("float", "Gross regional domestic product at current prices (GSO). Empty "
                                            "where the copy's figure is not plausible (see note).",
                                   nullable=True, checks=_POSITIVE, unit="billion VND"),
        "grdp_per_capita_mn_vnd": Col("float", "Derived: grdp_current_bn_vnd * 1000 / population, rounded to "
                                               "3 decimals.", nullable=True, checks=_POSITIVE,
                                      unit="million VND per person"),
        "urban_share_pct": Col("float", "Derived: 100 * urban_population / population, rounded to 3 decimals.",
                               checks=(pa.Check.in_range(0, 100),), unit="%"),
        "citation_ids": CITATION_IDS,
        "note": Col("str", "Caveats on the row's figures (e.g. a suspected series break).", nullable=True),
    },
    key=("year", "province_id"), expected_rows=N_PROVINCES * len(COVARIATE_YEARS), sort_by=("year", "province_id"),
    checks=(pa.Check(lambda t: t["urban_population"] <= t["population"],
                     error="urban_population at most population"),),
))

"""Hand-made pilot tables shaped like ``dtlib.load("pilot_communes")``, ``"pilot_indicators"`` and
``"pilot_programmes"``.

Units: u1 a commune of province P1 in programme A (2020, already advanced) and again in B (2023);
u2 a village of P1 (smart villages V); u3 a commune of P2 in A (disadvantaged); u4 a district-wide
programme D in P2. Programme E belongs to P1 and names no unit.
"""
from __future__ import annotations

import math

import pandas as pd

P1, P2 = "pre2025-01", "pre2025-02"

COMMUNES = pd.DataFrame([
    ("u1", "A", "commune", P1, "2020", "advanced"),
    ("u1", "B", "commune", P1, "2023", "not_stated"),
    ("u2", "V", "village", P1, None, "not_stated"),
    ("u3", "A", "commune", P2, "2020-09", "disadvantaged"),
    ("u4", "D", "district", P2, "2022", "not_stated"),
], columns=["unit_id", "programme_id", "level", "province_id", "start_date", "status_at_selection"])

PROGRAMMES = pd.DataFrame([
    ("A", None, 5, 2), ("B", None, 3, 1), ("V", None, None, 1), ("D", P2, 1, 1), ("E", P1, 13, 0),
], columns=["programme_id", "province_id", "n_units_stated_max", "n_units_named"])

_COLUMNS = ["fact_id", "role", "unit_id", "area_level", "area_name", "province_id", "indicator", "base", "unit",
            "kind", "value", "qualifier", "denominator", "share_pct", "reported_by", "baseline_value",
            "baseline_qualifier", "baseline_basis", "baseline_date", "date", "citation_ids", "baseline_citation_ids"]
NAN = math.nan
INDICATORS = pd.DataFrame([
    ("f1", "pilot", "u1", "commune", "U1", P1, "smartphone_use", "residents", "percent", "outcome", 70, ">", NAN, 70,
     "local_officials", NAN, None, None, None, "2020", "s1", None),
    ("f2", "pilot", "u1", "commune", "U1", P1, "income_per_capita", "residents", "million_vnd_per_person_year",
     "outcome", 71.8, "=", NAN, NAN, "not_stated", 48.12, "=", "stated", "2020", "2023", "s2", "s1"),
    ("f3", "pilot", "u2", "village", "U2", P1, "internet_access", "villages", "count", "outcome", 10, "=", 10, 100,
     "not_stated", NAN, None, None, None, "2023", "s3", None),
    ("f4", "pilot", "u3", "commune", "U3", P2, "mobile_coverage", "villages", "percent", "outcome", 100, "=", NAN,
     100, "local_officials", 90, "~", "derived", "2022", "2023", "s4", "s4"),
    ("f5", "pilot", "u3", "commune", "U3", P2, "online_dossiers", "dossiers", "percent", "target", 80, ">", NAN, 80,
     "not_stated", NAN, None, None, None, "2023", "s4", None),
    ("f6", "pilot", "u3", "commune", "U3", P2, "ecommerce_sales_change", "sales_volume", "times", "outcome", 5, "=",
     NAN, NAN, "not_stated", NAN, None, None, None, "2022", "s5", None),
    ("f7", "pilot", "u4", "district", "U4", P2, "population", "residents", "count", "context", 1000, "=", NAN, NAN,
     "not_stated", NAN, None, None, None, "2022", "s6", None),
    ("c1", "comparison", None, "district", "D1", P1, "income_per_capita", "residents", "million_vnd_per_person_year",
     "outcome", 51, "=", NAN, NAN, "not_stated", NAN, None, None, None, "2020", "s7", None),
    ("c2", "comparison", None, "national", "Việt Nam", None, "smartphone_use", "adults", "percent", "outcome", 73.5,
     "~", NAN, 73.5, "national_agency", NAN, None, None, None, "2022", "s8", None),
    ("c3", "comparison", None, "province", "P2", P2, "internet_access", "households", "percent", "outcome", 90, "=",
     NAN, 90, "not_stated", NAN, None, None, None, "2023", "s9", None),
    ("c4", "comparison", None, "commune", "Non-pilot commune", P2, "mobile_coverage", "villages", "percent",
     "outcome", 95, "=", NAN, 95, "not_stated", NAN, None, None, None, "2023", "s9", None),
], columns=_COLUMNS)

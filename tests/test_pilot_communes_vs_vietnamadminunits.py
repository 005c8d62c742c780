"""The registry's post-2025 communes agree with the vietnamadminunits converter (an independent source)."""
from __future__ import annotations

import pytest

import dtlib

vau = pytest.importorskip("vietnamadminunits")


def _registry_rows():
    units = dtlib.load("pilot_communes").drop_duplicates("unit_id")
    provinces = dtlib.provinces("pre2025").set_index("province_id")["name_vi"]
    checked = units[units["commune"].notna() & units["commune_2025_citation_ids"].eq("pilot-vietnamadminunits-2025")]
    return [(r.unit_id, r.commune, r.district, provinces[r.province_id], r.commune_2025)
            for r in checked.itertuples(index=False)]


ROWS = _registry_rows()


def test_every_commune_with_a_post2025_commune_from_the_package_is_checked():
    units = dtlib.load("pilot_communes").drop_duplicates("unit_id")
    from_package = units["commune_2025_citation_ids"].eq("pilot-vietnamadminunits-2025").sum()
    assert len(ROWS) == from_package > 30


@pytest.mark.parametrize("unit_id, commune, district, province, commune_2025", ROWS, ids=[r[0] for r in ROWS])
def test_post2025_commune_matches_the_converter(unit_id, commune, district, province, commune_2025):
    # No street is given, so the converter uses its default mapping and never geocodes (no network);
    # "xã" tells the commune from a district of the same name (Đầm Hà).
    converted = vau.convert_address(f"xã {commune}, {district}, {province}")
    assert converted.ward == commune_2025

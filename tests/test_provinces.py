"""The registry of both eras, name normalisation and the 2025 crosswalk."""
from __future__ import annotations

import unicodedata

import pytest

import dtlib
from dtlib.errors import UnknownProvinceError
from dtlib.provinces import ascii_name, name_key, pre2025_provinces

# Spellings met in the sources and in the wild -> (era, GSO code).
REAL_WORLD_SPELLINGS = [
    ("Hà Nội", None, "pre2025-01"),
    ("Hanoi", None, "pre2025-01"),
    ("TP. Hà Nội", None, "pre2025-01"),
    ("Thủ đô Hà Nội", None, "pre2025-01"),
    ("HN", None, "pre2025-01"),
    ("Ho Chi Minh City", None, "pre2025-79"),
    ("TP.HCM", None, "pre2025-79"),
    ("TP. Hồ Chí Minh", None, "pre2025-79"),
    ("TPHCM", None, "pre2025-79"),
    ("tp.hcm", None, "pre2025-79"),
    ("HCM", None, "pre2025-79"),
    ("Thành phố Hồ Chí Minh", None, "pre2025-79"),
    ("Sài Gòn", None, "pre2025-79"),
    ("Da Nang", None, "pre2025-48"),
    ("TP. Đà Nẵng", None, "pre2025-48"),
    ("ĐÀ NẴNG", None, "pre2025-48"),
    ("đà nẵng", None, "pre2025-48"),
    ("Thừa Thiên - Huế", None, "pre2025-46"),
    ("Thừa Thiên – Huế", None, "pre2025-46"),  # en dash
    ("Thừa Thiên—Huế", None, "pre2025-46"),  # em dash, no spaces
    ("Thua Thien-Hue", None, "pre2025-46"),
    ("Thua Thien Hue", None, "pre2025-46"),
    ("TT-Huế", None, "pre2025-46"),
    ("TP. Huế", None, "pre2025-46"),
    ("TP. Huế", "post2025", "post2025-46"),
    ("Huế", "post2025", "post2025-46"),
    ("Bà Rịa - Vũng Tàu", None, "pre2025-77"),
    ("Bà Rịa–Vũng Tàu", None, "pre2025-77"),
    ("BR-VT", None, "pre2025-77"),
    ("BRVT", None, "pre2025-77"),
    ("Ba Ria Vung Tau", None, "pre2025-77"),
    ("Hòa Bình", None, "pre2025-17"),
    ("Hoà Bình", None, "pre2025-17"),  # old-style tone placement
    ("Tỉnh Hoà Bình", None, "pre2025-17"),
    ("Khánh Hoà", None, "pre2025-56"),
    ("Thanh Hoá", None, "pre2025-38"),
    ("Thanh Hóa", None, "pre2025-38"),
    ("Đắk Lắk", None, "pre2025-66"),
    ("Dak Lak", None, "pre2025-66"),
    ("Daklak", None, "pre2025-66"),
    ("Đắc Lắc", None, "pre2025-66"),
    ("Đắk Nông", None, "pre2025-67"),
    ("Lâm \u00d0ồng", None, "pre2025-68"),  # Ð (U+00D0) for Đ, as text converted from legacy encodings prints it
    ("\u00d0à Nẵng", None, "pre2025-48"),
    ("Kon Tum", None, "pre2025-62"),
    ("Kontum", None, "pre2025-62"),
    ("Bắc Kạn", None, "pre2025-06"),
    ("Bắc Cạn", None, "pre2025-06"),
    ("Hải Phòng", None, "pre2025-31"),
    ("Haiphong", None, "pre2025-31"),
    ("Cần Thơ", None, "pre2025-92"),
    ("TP Cần Thơ", None, "pre2025-92"),
    ("Can Tho city", None, "pre2025-92"),
    ("Quảng Nam", None, "pre2025-49"),
    ("Quang Ngai province", None, "pre2025-51"),
    ("Bình Định", None, "pre2025-52"),
    ("Gia Lai", "post2025", "post2025-52"),  # the merged Gia Lai carries Bình Định's old code
    ("Bắc Ninh", "post2025", "post2025-24"),
    ("Tuyên Quang", "post2025", "post2025-08"),
    ("Hồ Chí Minh", "post2025", "post2025-79"),
    ("pre2025-52", None, "pre2025-52"),
    ("52", "pre2025", "pre2025-52"),
    ("52", "post2025", "post2025-52"),
]


@pytest.mark.parametrize("spelling, era, expected", REAL_WORLD_SPELLINGS)
def test_real_world_spellings(spelling, era, expected):
    assert dtlib.normalize_province(spelling, era=era) == expected


@pytest.mark.parametrize("spelling, era, expected", REAL_WORLD_SPELLINGS)
def test_nfd_input_gives_the_same_answer(spelling, era, expected):
    assert dtlib.normalize_province(unicodedata.normalize("NFD", spelling), era=era) == expected


def test_unknown_name_lists_close_matches():
    with pytest.raises(UnknownProvinceError) as caught:
        dtlib.normalize_province("Quang Nom")
    message = str(caught.value)
    assert "unknown province name 'Quang Nom'" in message
    assert "Quảng Nam (pre2025-49)" in message


def test_partial_name_suggests_every_candidate():
    with pytest.raises(UnknownProvinceError) as caught:
        dtlib.normalize_province("Quảng")
    message = str(caught.value)
    for name in ("Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Bình", "Quảng Trị"):
        assert name in message


def test_bare_gso_code_without_era_is_ambiguous():
    with pytest.raises(UnknownProvinceError, match="ambiguous.*Bình Định \\(pre2025-52\\).*Gia Lai \\(post2025-52\\)"):
        dtlib.normalize_province("52")


def test_name_of_a_merged_province_is_unknown_in_the_new_era():
    with pytest.raises(UnknownProvinceError, match="in era post2025"):
        dtlib.normalize_province("Bình Định", era="post2025")


def test_an_unknown_era_is_refused():
    with pytest.raises(ValueError, match="unknown era"):
        dtlib.normalize_province("Hà Nội", era="1999")


@pytest.mark.parametrize("bad", ["", "   ", None, 52])
def test_non_names_are_refused(bad):
    with pytest.raises(UnknownProvinceError):
        dtlib.normalize_province(bad)


def test_name_key_absorbs_prefixes_dashes_and_diacritics():
    assert name_key("TP. Hồ Chí Minh") == name_key("Ho Chi Minh City") == "hochiminh"
    assert name_key("Tỉnh Thừa Thiên – Huế") == "thuathienhue"
    assert ascii_name("Đắk Lắk") == "Dak Lak"


def test_registry_has_63_and_34_units_with_unambiguous_ids():
    registry = dtlib.provinces()
    assert registry["era"].value_counts().to_dict() == {"pre2025": 63, "post2025": 34}
    assert registry["province_id"].is_unique
    assert (registry["province_id"] == registry["era"] + "-" + registry["gso_code"]).all()
    # codes are re-used across eras, which is why ids carry the era
    shared = set(dtlib.provinces("pre2025")["gso_code"]) & set(dtlib.provinces("post2025")["gso_code"])
    assert len(shared) == 34


def test_every_old_province_has_one_successor_and_the_merger_groups_match_resolution_202():
    old = dtlib.provinces("pre2025")
    new_ids = set(dtlib.provinces("post2025")["province_id"])
    assert set(old["successor_id"]) == new_ids
    group_sizes = old.groupby("successor_id").size()
    assert (group_sizes == 1).sum() == 11  # unchanged provinces
    assert (group_sizes > 1).sum() == 23  # merger groups
    assert group_sizes.sum() == 63


def test_names_are_nfc_and_regions_are_six_per_era():
    registry = dtlib.provinces()
    assert all(unicodedata.normalize("NFC", n) == n for n in registry["name_vi"])
    for era in ("pre2025", "post2025"):
        assert registry.loc[registry["era"] == era, "region"].nunique() == 6


def test_the_pre2025_provinces_of_a_province_or_unit():
    assert pre2025_provinces("pre2025-37") == ["pre2025-37"]  # Ninh Bình, a province
    assert pre2025_provinces("post2025-52") == ["pre2025-52", "pre2025-64"]  # new Gia Lai: Bình Định + Gia Lai
    assert pre2025_provinces("post2025-01") == ["pre2025-01"]  # Hà Nội kept its territory
    with pytest.raises(ValueError, match="unknown province_id 'post2025-99'"):
        pre2025_provinces("post2025-99")


def test_selected_facts():
    registry = dtlib.provinces().set_index("province_id")
    assert registry.loc["pre2025-52", "successor_id"] == "post2025-52"  # Bình Định -> Gia Lai
    assert registry.loc["post2025-52", "name_vi"] == "Gia Lai"
    assert registry.loc["pre2025-64", "successor_id"] == "post2025-52"  # old Gia Lai -> new Gia Lai
    assert registry.loc["pre2025-74", "successor_id"] == "post2025-79"  # Bình Dương -> HCMC
    assert registry.loc["pre2025-79", "name_en"] == "Ho Chi Minh City"
    assert registry.loc["pre2025-66", "region"] == "Central Highlands"

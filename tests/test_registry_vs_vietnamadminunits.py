"""Our registry and crosswalk agree with the vietnamadminunits package (an independent transcription)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import dtlib

vau = pytest.importorskip("vietnamadminunits")
from vietnamadminunits.database import get_data  # noqa: E402


def _package_provinces(table: str) -> dict[str, str]:
    rows = get_data(fields=["provinceCode", "provinceShort"], table=table)
    return {r["provinceCode"]: r["provinceShort"] for r in rows}


def test_pre2025_codes_and_names():
    ours = dtlib.provinces("pre2025").set_index("gso_code")["name_vi"].to_dict()
    theirs = _package_provinces("admin_units_legacy")
    # The package gives code 46 its 2025 name (Huế); our pre-2025 unit is Thừa Thiên Huế, as the DTI names it.
    assert theirs.pop("46") == "Huế" and ours.pop("46") == "Thừa Thiên Huế"
    assert ours == theirs


def test_post2025_codes_and_names():
    ours = dtlib.provinces("post2025").set_index("gso_code")["name_vi"].to_dict()
    assert ours == _package_provinces("admin_units")


def test_crosswalk_matches_the_package_mapping():
    data = json.loads((Path(vau.__file__).parent / "data" / "converter_2025.json").read_text(encoding="utf-8"))
    legacy = get_data(fields=["provinceCode", "provinceKey"], table="admin_units_legacy")
    current = get_data(fields=["provinceCode", "provinceKey"], table="admin_units")
    old_code = {r["provinceKey"]: r["provinceCode"] for r in legacy}
    new_code = {r["provinceKey"]: r["provinceCode"] for r in current}
    theirs = {old_code[old]: new_code[new] for new, olds in data["DICT_PROVINCE"].items() for old in olds}
    old = dtlib.provinces("pre2025")
    ours = dict(zip(old["gso_code"], old["successor_id"].str.removeprefix("post2025-")))
    assert ours == theirs

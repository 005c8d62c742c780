"""The public API contract other issues and users rely on."""
from __future__ import annotations

import subprocess
import sys

import pytest

import dtlib
from dtlib.measures import VALUE_COLUMNS


def test_import_is_cheap():
    code = "import sys, dtlib; heavy = {'pandas', 'numpy', 'pandera', 'matplotlib'} & set(sys.modules); print(sorted(heavy))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_provinces_columns():
    assert list(dtlib.provinces().columns[:8]) == [
        "province_id", "era", "gso_code", "name_vi", "name_full_vi", "name_ascii", "name_en", "region"]
    assert "successor_id" in dtlib.provinces().columns


def test_dti_contract():
    dti = dtlib.load("dti")
    for column in ("year", "province_id", "score", "rank", "rank_is_derived", *VALUE_COLUMNS,
                   "score_provenance", "rank_provenance", "citation_ids"):
        assert column in dti.columns
    assert not dti.duplicated(["year", "province_id"]).any()
    assert str(dti["rank"].dtype) == "Int64" and str(dti["score"].dtype) == "float64"
    assert dti["rank_is_derived"].dtype == bool


def test_datasets_lists_every_table_with_rows_and_sources():
    listing = dtlib.datasets()
    assert list(listing.columns) == ["name", "description", "rows", "columns", "sources"]
    for row in listing.itertuples(index=False):
        assert len(dtlib.load(row.name)) == row.rows


def test_load_returns_a_copy():
    first = dtlib.load("provinces")
    first.loc[0, "name_vi"] = "changed"
    assert dtlib.load("provinces").loc[0, "name_vi"] != "changed"


def test_unknown_table_lists_the_available_ones():
    with pytest.raises(ValueError, match="unknown table 'dtii'; available: .*dti"):
        dtlib.load("dtii")


def test_module_and_console_command():
    out = subprocess.run([sys.executable, "-m", "dtlib", "--help"], capture_output=True, text=True, check=True).stdout
    assert "build" in out


def test_build_command_succeeds_on_a_copy(project_copy):
    done = subprocess.run([sys.executable, "-m", "dtlib", "build"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "nothing changed" in done.stdout

"""GSO covariates: loading, schema, values checked by hand against the source, bad input."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import edit_raw, row_of, run_failing_build

# Source of the hand-checked values: Dataset.dta of tnguyentranphuoc-commits/ENTREPRENEURSHIP-INVESTMENT-
# AND-REGIONAL-ECONOMIC-DEVELOPMENT-IN-VIETNAM-A-PANEL-APPROACH (commit 59a0aa8), the row named by its
# `name` and `year` cells; columns population and urban in thousands, grdp in billion VND.
RAW = "covariates/gso_provincial_2016_2022.csv"


@pytest.fixture(scope="module")
def covariates() -> pd.DataFrame:
    import dtlib

    return dtlib.load("covariates")



def test_one_row_per_province_and_year_2016_to_2022(covariates):
    assert covariates.groupby("year").size().to_dict() == {year: 63 for year in range(2016, 2023)}
    assert not covariates.duplicated(["year", "province_id"]).any()
    assert covariates["province_id"].str.startswith("pre2025-").all()


@pytest.mark.parametrize("name, year, province_id, population, urban, grdp, per_head, urban_pct", [
    # HNOI 2016: population 7590.8, urban 3733.1, grdp 599178; 599178 / 7590.8 = 78.9348; 3733.1 / 7590.8 = 49.179 %
    ("HNOI", 2016, "pre2025-01", 7_590_800, 3_733_100, 599_178.0, 78.935, 49.179),
    # ĐNANG 2020: 1169.5, 1020.4, 103907; 103907 / 1169.5 = 88.8474; 1020.4 / 1169.5 = 87.2510 %
    ("ĐNANG", 2020, "pre2025-48", 1_169_500, 1_020_400, 103_907.0, 88.847, 87.251),
    # HCM 2022: 9389.7, 7297.9, 1496718.18; 9389.7 * 159.4 = 1496718.18 exactly; 7297.9 / 9389.7 = 77.7224 %
    ("HCM", 2022, "pre2025-79", 9_389_700, 7_297_900, 1_496_718.18, 159.4, 77.722),
    # CMAU 2019: 1194.3, 271.7, 60529.8; 60529.8 / 1194.3 = 50.6822; 271.7 / 1194.3 = 22.7497 %
    ("CMAU", 2019, "pre2025-96", 1_194_300, 271_700, 60_529.8, 50.682, 22.750),
])
def test_values_checked_by_hand(covariates, name, year, province_id, population, urban, grdp, per_head,
                                urban_pct):
    row = row_of(covariates, year, province_id)
    assert (row["population"], row["urban_population"]) == (population, urban)
    assert row["grdp_current_bn_vnd"] == pytest.approx(grdp)
    assert row["grdp_per_capita_mn_vnd"] == pytest.approx(per_head, abs=0.0005)
    assert row["urban_share_pct"] == pytest.approx(urban_pct, abs=0.0005)


def test_implausible_grdp_is_left_empty_with_a_note(covariates):
    # KTUM 2022: the copy's grdp cell holds 54.00 (2021: 26698.6), not a GRDP in billion VND.
    row = row_of(covariates, 2022, "pre2025-62")
    assert pd.isna(row["grdp_current_bn_vnd"]) and pd.isna(row["grdp_per_capita_mn_vnd"])
    assert "54.00" in row["note"]
    assert covariates["grdp_current_bn_vnd"].isna().sum() == 1


def test_suspected_series_breaks_are_flagged(covariates):
    flagged = covariates.dropna(subset=["note"])
    assert "possible series break" in row_of(covariates, 2016, "pre2025-01")["note"]  # Hà Nội +40.8% in 2017
    assert set(flagged["province_id"]) == {"pre2025-01", "pre2025-12", "pre2025-24", "pre2025-62"}


def test_urban_population_above_population_is_refused(project_copy, capsys):
    line = edit_raw(project_copy, RAW, "2016,Hà Giang,HGIANG,820.4,123,", "2016,Hà Giang,HGIANG,820.4,923,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{RAW}, line {line}, column 'urban_population_thousands': urban population exceeds the population" in err


def test_a_missing_province_year_is_refused(project_copy, capsys):
    path = project_copy / "data" / "raw" / RAW
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("2019,Cà Mau,")), encoding="utf-8")
    from dtlib.sources import rehash

    rehash(project_copy / "data" / "raw")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{RAW}: no row for 1 province(s) in 2019, e.g. pre2025-96" in err

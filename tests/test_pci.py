"""PCI: loading, counts, values checked by hand against the sources, Hà Tây, derived ranks, bad input."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import edit_raw, row_of, run_failing_build

VCCI = "pci/pci_vcci_2005_2016.csv"
PANEL = "pci/pci_panel_2016_2022.csv"
# Sources of the hand-checked values:
#   FILES = VCCI's data files in mdtrinh/vietnamdata data-raw/PCI (commit 5e8d4e7), summary sheet of each year;
#   PANEL = Dataset.dta of tnguyentranphuoc-commits/ENTREPRENEURSHIP-...-A-PANEL-APPROACH (commit 59a0aa8);
#   published ranks 2017-2022 from VCCI's pages and the press, named in each test.


@pytest.fixture(scope="module")
def pci() -> pd.DataFrame:
    import dtlib

    return dtlib.load("pci")



def test_rows_per_edition(pci):
    counts = pci.groupby("year").size().to_dict()
    assert counts == {2005: 41, **{year: 63 for year in range(2006, 2023)}}
    assert pci.groupby("year")["n_ranked"].first().to_dict() == {
        2005: 42, 2006: 64, 2007: 64, 2008: 64, **{year: 63 for year in range(2009, 2023)}}


@pytest.mark.parametrize("year, province_id, score, rank", [
    (2005, "pre2025-74", 76.818965, 1),   # FILES 2005 sheet 'Xếp hạng theo chỉ số PCI': Bình Dương 76.818965, 1
    (2005, "pre2025-37", 41.211646, 41),  # same sheet: Ninh Bình 41.211646, 41 (Hà Tây is 42nd)
    (2008, "pre2025-48", 72.18393, 1),    # FILES 2008 'Tổng hợp', PCI column pair: Đà Nẵng 72.18393, order 1
    (2009, "pre2025-01", 58.17699, 33),   # FILES 2009 'Tong Hop': PCI id 1, Hà Nội, rank 33, 58.17699
    (2009, "pre2025-02", 58.1605, 34),    # same sheet: PCI id 73, Hà Giang, rank 34, 58.1605
    (2016, "pre2025-48", 70.001396, 1),   # FILES 2016 'Summary_VN': Đà Nẵng 70.00139617919922, rank 1
])
def test_vcci_file_values(pci, year, province_id, score, rank):
    row = row_of(pci, year, province_id)
    assert row["score"] == pytest.approx(score, abs=0.00005)
    assert row["rank"] == rank and not row["rank_is_derived"]


def test_subindices_2016(pci):
    # FILES 2016 'Summary_VN', each sub-index sorted on its own: Đà Nẵng entry costs 9.217857 (3rd row of the
    # first pair), transparency 7.219226 (1st row of the third pair); policy bias exists from 2013 only.
    danang = row_of(pci, 2016, "pre2025-48")
    assert danang["entry_costs_score"] == pytest.approx(9.2179)
    assert danang["transparency_score"] == pytest.approx(7.2192)
    assert pd.isna(danang["soe_bias_score"]) and pd.notna(danang["policy_bias_score"])
    assert pci.loc[pci["year"] <= 2012, "policy_bias_score"].isna().all()
    assert pci.loc[pci["year"] == 2005, "labour_training_score"].isna().all()
    assert pci.loc[pci["year"] >= 2017, "entry_costs_score"].isna().all()


def test_ranks_split_a_rounded_tie_as_published(pci):
    # FILES 2011: PCI printed with 2 decimals; Bình Thuận and Hà Giang both 57.62, ranked 40 and 41.
    assert row_of(pci, 2011, "pre2025-60")["rank"] == 40 and row_of(pci, 2011, "pre2025-02")["rank"] == 41


def test_the_two_sources_agree_for_2016_and_both_are_cited(pci):
    # PANEL 2016 ĐNANG pci 70.00 (float32), FILES 70.0014: kept the file's value, cited both.
    row = row_of(pci, 2016, "pre2025-48")
    assert row["citation_ids"] == "vcci-pci;copy-mdtrinh-pci;copy-tnguyen-panel"


@pytest.mark.parametrize("year, province_id, score, rank", [
    (2017, "pre2025-92", 65.09, 10),  # vov.vn 10 tỉnh dẫn đầu PCI 2017: Cần Thơ 10th (65.1 as printed)
    (2018, "pre2025-22", 70.36, 1),   # congnghieptieudung.vn: PCI 2019 Quảng Ninh 73.40, up 3.04 on 2018
    (2019, "pre2025-01", 68.80, 9),   # pcivietnam.vn/en/pci-subindices-of-63-provincescities: Ha Noi 68.80, 9
    (2019, "pre2025-72", 67.05, 15),  # same table: Tay Ninh 67.05, 15
    (2021, "pre2025-79", 67.50, 14),  # pcivietnam.vn/bang-chi-so-cac-tinh-thanh-viet-nam: TP.HCM 67.50, 14
    (2021, "pre2025-60", 65.96, 21),  # same table: Bình Thuận 65.96, 21
    (2022, "pre2025-80", 68.45, 10),  # investinquangninh.vn/vi/pci top 10 of 2022: Long An 68.45, 10
])
def test_panel_values_and_derived_ranks_match_published_figures(pci, year, province_id, score, rank):
    row = row_of(pci, year, province_id)
    assert row["score"] == pytest.approx(score, abs=0.005)
    assert row["rank"] == rank and row["rank_is_derived"]


def test_ha_tay_is_kept_apart():
    import dtlib

    assert not dtlib.load("pci")["name_vi"].str.contains("Tây$").any()
    historical = dtlib.load("pci_historical_units").set_index("year")
    # FILES 2005 rank sheet: Hà Tây 38.806473, 42nd of 42; 2006 'PCI Tóm tắt': 40.729772, 62nd of 64.
    assert list(historical.index) == [2005, 2006, 2007, 2008]
    assert (historical["merged_into_id"] == "pre2025-01").all()
    assert historical.loc[2005, ["rank", "n_ranked"]].tolist() == [42, 42]
    assert historical.loc[2006, "score"] == pytest.approx(40.7298) and historical.loc[2006, "rank"] == 62


def test_sources_that_disagree_stop_the_build(project_copy, capsys):
    line = edit_raw(project_copy, PANEL, "2016,Đà Nẵng,ĐNANG,70,", "2016,Đà Nẵng,ĐNANG,71,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{PANEL}, line {line}, column 'score': 2016 pre2025-48: sources disagree on the PCI ({VCCI} line 673 " \
           "gives 70.0014); found 71.0" in err


def test_a_rank_contradicting_the_scores_stops_the_build(project_copy, capsys):
    line = edit_raw(project_copy, VCCI, "2009,Hà Nội,PCI id 1,58.177,33,", "2009,Hà Nội,PCI id 1,58.177,3,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{VCCI}, line {line}, column 'rank': year 2009: published rank 3 contradicts the scores" in err


def test_a_subindex_outside_its_years_stops_the_build(project_copy, capsys):
    old = "2009,Hà Nội,PCI id 1,58.177,33,8.3518,5.1983,6.1024,5.884,5.1998,,,"
    line = edit_raw(project_copy, VCCI, old, old[:-1] + "6.1,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{VCCI}, line {line}, column 'soe_bias_score': VCCI had no 'State-owned enterprise bias (2005-2008 definition)' sub-index in 2009" in err

"""PAPI: loading, structure, values checked by hand against the sources, blank province-years, bad input."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import edit_raw, row_of, run_failing_build

RAW = "papi/papi_2011_2024.csv"
# Sources of the hand-checked values:
#   OFFICIAL = mdtrinh/vietnamdata data-raw/PAPI/PAPI_2011-2016.xlsx (commit 5e8d4e7), sheet <year>_PAPI,
#              row by tinhid (GSO code), columns named by their header in row 1;
#   HNKS     = hnks-gh/ml-mcdm data/csv/<year>.csv (commit 035ed01), row P01-P63, columns SC11-SC83.


@pytest.fixture(scope="module")
def papi() -> pd.DataFrame:
    import dtlib

    return dtlib.load("papi")



def test_one_row_per_province_and_year_2011_to_2024(papi):
    assert papi.groupby("year").size().to_dict() == {year: 63 for year in range(2011, 2025)}
    assert not papi.duplicated(["year", "province_id"]).any()


def test_dimensions_measured_each_year(papi):
    early, late = papi[papi["year"] <= 2017], papi[papi["year"] >= 2018]
    assert (early["n_dimensions"] == 6).all() and (late["n_dimensions"] == 8).all()
    for column in ("environmental_governance_score", "egovernance_score", "egov_portal_score"):
        assert early[column].isna().all()
    assert papi.loc[papi["year"] == 2018, "egov_responsiveness_score"].isna().all()  # only from 2019
    # 2019-2024: six years of 63, less the blank e-governance of 2021 (3), 2022 Bắc Ninh, 2023 (2), 2024 (2)
    assert papi.loc[papi["year"] >= 2019, "egov_responsiveness_score"].notna().sum() == 6 * 63 - 8


def test_official_export_values_2011(papi):
    # OFFICIAL 2011_PAPI, tinhid 1 (Hà Nội): Participation at Local Levels 5.76248; Un-weighted PAPI 36.40502.
    hanoi = row_of(papi, 2011, "pre2025-01")
    assert hanoi["participation_score"] == pytest.approx(5.76248, abs=0.00005)
    assert hanoi["score"] == pytest.approx(36.40502, abs=0.0003)
    # OFFICIAL 2011_PAPI, tinhid 96 (Cà Mau): the six dimension totals and the unweighted aggregate.
    camau = row_of(papi, 2011, "pre2025-96")
    dims = ["participation", "transparency", "vertical_accountability", "control_of_corruption",
            "administrative_procedures", "public_service_delivery"]
    expected = [4.812378, 5.456194, 5.180061, 6.861135, 6.847742, 6.320277]
    assert [camau[f"{d}_score"] for d in dims] == pytest.approx(expected, abs=0.00005)
    assert camau["score"] == pytest.approx(35.477787, abs=0.0003)


def test_egovernance_subdimensions_and_the_2018_scale(papi):
    # HNKS 2018, P01 (Hà Nội): SC81 0.599759102, SC82 2.719765663, SC83 empty; two sub-dimensions on 0.5-5.
    hanoi = row_of(papi, 2018, "pre2025-01")
    assert hanoi["egov_portal_score"] == pytest.approx(0.5998)
    assert hanoi["egov_internet_score"] == pytest.approx(2.7198)
    assert pd.isna(hanoi["egov_responsiveness_score"])
    assert hanoi["egovernance_score"] == pytest.approx(3.3195)  # 0.599759102 + 2.719765663 = 3.319524765
    # HNKS 2023, P32 (Đà Nẵng): SC81 0.478302002, SC82 2.720853329, SC83 0.408010155; three on 0.33-3.33.
    danang = row_of(papi, 2023, "pre2025-48")
    assert [danang["egov_portal_score"], danang["egov_internet_score"], danang["egov_responsiveness_score"]] == \
        pytest.approx([0.4783, 2.7209, 0.4080])
    assert danang["egovernance_score"] == pytest.approx(3.6072)  # sum 3.607165486
    # The scale change: portal access sub-scores of 2018 start at 0.5, of 2019 at 0.33.
    assert papi.loc[papi["year"] == 2018, "egov_portal_score"].min() >= 0.5
    assert papi.loc[papi["year"] == 2019, "egov_portal_score"].min() < 0.5


def test_p_codes_follow_the_gso_order(papi):
    # HNKS 2018, P14 is Quảng Ninh (GSO 22, the 14th code): SC11-SC14 = 1.240792394, 1.692747355,
    # 1.731832385, 1.190308928 (sum 5.855681062); SC81 0.675818324 + SC82 3.028862476 = 3.7046808.
    quang_ninh = row_of(papi, 2018, "pre2025-22")
    assert quang_ninh["participation_score"] == pytest.approx(5.8557)
    assert quang_ninh["egovernance_score"] == pytest.approx(3.7047)


def test_derived_2022_ranking_matches_the_published_order(papi):
    # press-papi-2022: Quảng Ninh 1st, Bình Dương 2nd, Thanh Hóa 3rd, Cao Bằng last; Bắc Ninh and Bắc Giang
    # not ranked (survey data judged inaccurate), so 61 provinces.
    year = papi[papi["year"] == 2022].set_index("province_id")
    assert [year.loc[p, "rank"] for p in ("pre2025-22", "pre2025-74", "pre2025-38", "pre2025-04")] == [1, 2, 3, 61]
    assert (year["n_ranked"] == 61).all()
    assert year.loc[["pre2025-24", "pre2025-27"], "score"].isna().all()


@pytest.mark.parametrize("year, blank", [
    (2014, {"pre2025-24", "pre2025-87"}),                # Bắc Giang, Đồng Tháp
    (2021, {"pre2025-22", "pre2025-24", "pre2025-27"}),  # Quảng Ninh, Bắc Giang, Bắc Ninh
    (2023, {"pre2025-22", "pre2025-74"}),                # Quảng Ninh, Bình Dương
    (2024, {"pre2025-26", "pre2025-82"}),                # Vĩnh Phúc, Tiền Giang
])
def test_blank_province_years_keep_their_row_with_a_note(papi, year, blank):
    rows = papi[papi["year"] == year]
    dimension_columns = [c for c in papi.columns if c.endswith("_score") and c != "score"]
    empty = rows[rows[dimension_columns].isna().all(axis=1)]
    assert set(empty["province_id"]) == blank
    assert empty["note"].str.contains("no scores for this province").all() and empty["rank"].isna().all()
    assert (rows["n_ranked"] == 63 - len(blank)).all()


def test_partly_blank_province_years_have_no_aggregate(papi):
    # HNKS 2018: P14 (Quảng Ninh) and P56 (Đồng Tháp) have SC21-SC24 and SC41-SC44 empty.
    rows = papi[(papi["year"] == 2018) & papi["province_id"].isin(["pre2025-22", "pre2025-87"])]
    assert rows["transparency_score"].isna().all() and rows["control_of_corruption_score"].isna().all()
    assert rows["participation_score"].notna().all() and rows["score"].isna().all()
    assert rows["note"].str.contains("transparency, control of corruption blank").all()


def test_egovernance_must_equal_the_sum_of_its_subdimensions(project_copy, capsys):
    line = edit_raw(project_copy, RAW, "3.5837,3.3195,0.5998,2.7198", "3.5837,3.4195,0.5998,2.7198")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{RAW}, line {line}, column 'egovernance_score': e-governance is not the sum of its " \
           "sub-dimensions; found 3.4195; expected 3.3196" in err


def test_a_dimension_before_papi_measured_it_is_refused(project_copy, capsys):
    line = edit_raw(project_copy, RAW, "2011,Hà Nội,tinhid 1,5.7625,5.9936,5.7285,4.9991,6.8642,7.0572,,",
                 "2011,Hà Nội,tinhid 1,5.7625,5.9936,5.7285,4.9991,6.8642,7.0572,4.1,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{RAW}, line {line}, column 'environmental_governance_score': PAPI measures Environmental " \
           "governance from 2018 only" in err

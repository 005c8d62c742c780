"""The 34-unit DTI series: derived values against the published DTI 2024 figures, coverage, bad input."""
from __future__ import annotations

import pandas as pd
import pytest

import dtlib
from dtlib import cli
from dtlib.analysis.merger import unit_standing
from dtlib.harmonise import compare_with_published
from dtlib.sources import rehash
from dtlib.vocabulary import COMPLETE_DTI_EDITIONS

from helpers import snapshot

PUBLISHED = "dti34/dti_2024_34_published.csv"


@pytest.fixture(scope="module")
def dti34() -> pd.DataFrame:
    return dtlib.load("dti_34")


@pytest.fixture(scope="module")
def comparison(dti34) -> pd.DataFrame:
    return compare_with_published(dti34, dtlib.load("dti_34_published"))


def test_every_derivable_published_value_is_reproduced(comparison):
    # Scores within 0.0005, ranks exactly (or inside a published range such as "the three lowest").
    assert (comparison["status"] != "differs").all(), comparison[comparison["status"] == "differs"]
    # Counted by hand in the raw file: 8 scores, 16 overall ranks (two of them ranges), and 6 ranks of main
    # indices whose constituent values are known (infrastructure and the three activity indices).
    checked = comparison[comparison["status"] == "agrees"]
    assert len(checked) == 30
    assert checked["measure"].value_counts().to_dict() == {
        "rank": 16, "score": 8, "econ_activity_rank": 3, "soc_activity_rank": 1, "gov_activity_rank": 1,
        "infrastructure_rank": 1}


def test_values_not_derivable_are_main_indices_missing_from_the_63_province_data(comparison):
    missing = comparison[comparison["status"] == "not derivable"]
    assert sorted(missing["measure"]) == ["awareness_rank", "awareness_rank", "awareness_score",
                                          "cybersecurity_rank", "institutions_rank", "institutions_score"]
    # If someone adds these indices for 2024, this test says: now check the six published values.
    dti_2024 = dtlib.load("dti").query("year == 2024")
    assert dti_2024[["awareness_score", "institutions_score", "cybersecurity_score"]].isna().all().all()


def test_published_scores_are_within_rounding_of_the_derived_means(comparison, dti34):
    # Inputs are printed to 4 decimals (each off by at most 0.00005, so their mean too) and so is the
    # published value: exact arithmetic on unrounded values can differ from our mean by at most 0.0001.
    scores = comparison[comparison["measure"] == "score"]
    assert (scores["difference"].abs() <= 0.0001 + 1e-12).all()
    # The one visible gap: TP. Hồ Chí Minh = mean of Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu
    # = (0.8373 + 0.7161 + 0.7774) / 3 = 0.776933..., printed 0.7770 (Dân trí).
    hcm = dti34.query("year == 2024 and method == 'mean' and province_id == 'post2025-79' and measure == 'score'")
    assert hcm["value"].item() == pytest.approx(2.3308 / 3)
    gap = scores.loc[scores["province_id"] == "post2025-79", "difference"].item()
    assert gap == pytest.approx(2.3308 / 3 - 0.7770)
    assert (scores.loc[scores["province_id"] != "post2025-79", "difference"].abs() < 1e-9).all()


def test_complete_editions_rank_all_34_units_and_press_editions_rank_none(dti34):
    scores = dti34[(dti34["measure"] == "score") & (dti34["method"] == "mean")]
    assert scores.groupby("year").size().to_dict() == {2020: 34, 2021: 34, 2022: 34, 2023: 34, 2024: 34}
    for year in COMPLETE_DTI_EDITIONS:
        edition = scores[scores["year"] == year]
        assert edition["is_complete"].all() and sorted(edition["rank"]) == list(range(1, 35))
    press = scores[scores["year"].isin([2020, 2021])]
    assert press["rank"].isna().all()


def test_press_editions_count_constituents_honestly(dti34):
    units = dti34.query("measure == 'score' and year == 2020 and method == 'mean'").set_index("province_id")
    # Bắc Ninh unit = Bắc Ninh 0.4096 and Bắc Giang 0.3615 (both printed for 2020): complete.
    assert units.loc["post2025-24", ["n_with_data", "n_constituents", "is_complete"]].tolist() == [2, 2, True]
    assert units.loc["post2025-24", "value"] == pytest.approx((0.4096 + 0.3615) / 2)
    # Đà Nẵng unit: Đà Nẵng 0.4874 is known, Quảng Nam is not: a partial mean, flagged.
    assert units.loc["post2025-48", ["n_with_data", "is_complete"]].tolist() == [1, False]
    assert units.loc["post2025-48", "value"] == pytest.approx(0.4874)
    # Hà Nội has no 2020 score in the data.
    assert units.loc["post2025-01", "n_with_data"] == 0 and pd.isna(units.loc["post2025-01", "value"])
    assert int(units["is_complete"].sum()) == 2  # Bắc Ninh and Quảng Ninh (0.3897, unchanged)


def test_derived_values_cite_every_constituent_source(dti34):
    da_nang = dti34.query("year == 2024 and method == 'mean' and province_id == 'post2025-48' and measure == 'score'")
    # Đà Nẵng 0.8335 and Quảng Nam 0.5803: the transcription and the Báo Đà Nẵng report that prints both.
    assert da_nang["citation_ids"].item().split(";") == ["github-bang", "demo1022"]
    assert da_nang["value"].item() == pytest.approx((0.8335 + 0.5803) / 2)


def test_sixty_three_province_statements_of_the_34_unit_reports_are_in_dti():
    values = dtlib.load("dti_values").query("year == 2024").set_index(["province_id", "measure"])
    assert "demo1022" in values.loc[("pre2025-49", "score"), "citation_ids"]  # Quảng Nam 0.5803
    assert "znews-tphcm-dan-dau" in values.loc[("pre2025-79", "rank"), "citation_ids"]  # TP.HCM 1st of 63


def _break(root, old: str, new: str) -> int:
    path = root / "data" / "raw" / PUBLISHED
    text = path.read_text(encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    rehash(root / "data" / "raw")
    return line


@pytest.mark.parametrize("old, new, offset, message", [
    ("2024,Gia Lai,rank,31,", "2024,Gia Lại Xa,rank,31,",
     0, "column 'province': unknown province; found 'Gia Lại Xa'; expected a province the registry knows"),
    ("2024,Gia Lai,rank,31,", "2024,Gia Lai,rank,35,",
     0, "column 'value': bad rank; found 35.0; expected a whole number 1-34"),
    ("2024,Hưng Yên,rank,32,34,", "2024,Hưng Yên,rank,32,30,",
     0, "column 'value_max': range ends below its start; found 30.0; expected value_max empty or at least value (32)"),
    ("2024,Lào Cai,score,0.7167,", "2024,Lào Cai,score,7.167,",
     0, "column 'value': bad score; found 7.167; expected a score between 0 and 1"),
    # The edited line now repeats the next one, which is reported.
    ("2024,Lào Cai,score,0.7167,", "2024,Lào Cai,rank,14,",
     1, "column 'province': duplicate unit-year-measure (first given on line"),
])
def test_bad_published_rows_stop_the_build_with_a_located_error(project_copy, capsys, old, new, offset, message):
    line = _break(project_copy, old, new)
    before = snapshot(project_copy / "data" / "processed")
    assert cli.main(["build"]) == 1
    assert f"{PUBLISHED}, line {line + offset}, {message}" in capsys.readouterr().err
    assert snapshot(project_copy / "data" / "processed") == before


def test_population_weighted_rows_join_the_table_when_population_is_given():
    from dtlib.build.dti34 import derived_table

    registry, dti = dtlib.provinces(), dtlib.load("dti")
    provinces = registry.loc[registry["era"] == "pre2025", "province_id"]
    # Equal populations: every weighted mean must equal the plain mean.
    population = pd.concat([pd.DataFrame({"year": y, "province_id": provinces, "population": 1000})
                            for y in (2020, 2022)])
    table = derived_table(dti, dtlib.load("dti_values"), registry, population=population)
    assert set(table["method"]) == {"mean", "population_weighted"}
    key = ["year", "province_id", "measure"]
    both = table[table["method"] == "mean"].merge(table[table["method"] == "population_weighted"], on=key)
    assert len(both) == len(table) / 2
    assert (both["value_x"] - both["value_y"]).abs().max() < 1e-9
    weights_years = both.groupby("year")["weights_year_y"].unique().map(list).to_dict()
    assert weights_years == {2020: [2020], 2021: [2020], 2022: [2022], 2023: [2022], 2024: [2022]}


def test_merger_groups_follow_resolution_202():
    from dtlib.provinces import merger_groups

    groups = merger_groups()
    sizes = groups.drop_duplicates("unit_id")["n_constituents"].value_counts().to_dict()
    # 11 unchanged provinces; 23 merged units: six of three provinces (Hồ Chí Minh, Ninh Bình, Cần Thơ,
    # Phú Thọ, Lâm Đồng, Vĩnh Long), the other seventeen of two.
    assert sizes == {1: 11, 2: 17, 3: 6} and len(groups) == 63
    three = groups[groups["n_constituents"] == 3]["unit_id"].unique()
    assert sorted(three) == ["post2025-25", "post2025-37", "post2025-68", "post2025-79", "post2025-86",
                             "post2025-92"]


def test_population_weighted_rows_use_gso_population_and_cite_it(dti34):
    weighted = dti34.query("method == 'population_weighted' and measure == 'score' and year == 2024")
    assert len(weighted) == 34 and weighted["rank"].notna().all()
    assert set(weighted["weights_year"]) == {2022}  # the latest GSO year in covariates
    assert weighted["citation_ids"].str.contains("gso-provincial-2016-2022").all()
    # Hải Phòng unit, 2024: Hải Phòng 0.8253 and Hải Dương 0.7461 weighted by their 2022 populations
    # (GSO: 2,088,000 and 1,946,800 persons).
    hai_phong = weighted.set_index("province_id").loc["post2025-31", "value"]
    assert hai_phong == pytest.approx((0.8253 * 2088000 + 0.7461 * 1946800) / (2088000 + 1946800))


def test_a_units_standing_reproduces_its_published_2024_figures(dti34):
    # Hải Phòng (with Hải Dương): 0.7857, 3rd of the 34 units in DTI 2024 (press of 21-22 October 2025).
    table = unit_standing(dtlib.load("dti"), dti34, dtlib.provinces(), "post2025-31").set_index("year")
    assert table.loc[2024, "score"] == pytest.approx(0.7857, abs=5e-5) and table.loc[2024, "rank"] == 3
    assert list(table.columns[-2:]) == ["Hải Dương", "Hải Phòng"]
    assert table.loc[list(COMPLETE_DTI_EDITIONS), "is_complete"].all()
    # Press-only editions: a unit missing a province's score has no value and no rank, whatever is known.
    for year in (2020, 2021):
        row = table.loc[year]
        assert row["n_with_data"] < 2 and pd.isna(row["score"]) and pd.isna(row["rank"])

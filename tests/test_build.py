"""The build: processed tables equal a fresh build, rebuilds are byte-identical, swaps are atomic."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from dtlib import paths
from dtlib.build import build, recover_interrupted_swap
from dtlib.sources import join_ids, read_catalog, sha256_of
from helpers import snapshot

REPO_PROCESSED = paths.PACKAGE_DIR.parent / "data" / "processed"


def test_committed_tables_equal_a_fresh_build(project_copy):
    build(project_copy)
    assert snapshot(project_copy / "data" / "processed") == snapshot(REPO_PROCESSED), (
        "data/processed is stale: run 'dtlib build' and commit the result"
    )


def test_rebuild_is_byte_identical_and_reports_no_change(project_copy):
    first = build(project_copy)
    before = snapshot(project_copy / "data" / "processed")
    second = build(project_copy)
    assert snapshot(project_copy / "data" / "processed") == before
    assert second.changed == [] and set(first.tables) == set(second.tables)


def test_catalog_hashes_match_the_raw_files():
    raw = paths.PACKAGE_DIR.parent / "data" / "raw"
    catalog = read_catalog(raw)
    for row in catalog.itertuples(index=False):
        assert sha256_of(raw / row.file) == row.sha256, row.file


def test_citation_cells_are_joined_once_each_in_order():
    assert join_ids(["a;b", None, float("nan"), " b ; c", "", "a"]) == "a;b;c"
    assert join_ids([None]) == ""


def test_a_swap_killed_between_renames_is_recovered(project_copy):
    processed = project_copy / "data" / "processed"
    before = snapshot(processed)
    retired = processed.with_name(".processed.old")
    os.replace(processed, retired)  # the state after the first rename of a killed build
    recover_interrupted_swap(processed)
    assert snapshot(processed) == before and not retired.exists()


def test_stale_staging_folder_is_ignored(project_copy):
    staging = project_copy / "data" / ".processed.new"
    staging.mkdir()
    (staging / "half-written.csv").write_text("year\n", encoding="utf-8")
    build(project_copy)
    assert not staging.exists()
    assert not (project_copy / "data" / "processed" / "half-written.csv").exists()


@pytest.fixture(scope="module")
def dti() -> pd.DataFrame:
    import dtlib

    return dtlib.load("dti")


def test_complete_editions_have_63_scores_and_ranks(dti):
    for year in (2022, 2023, 2024):
        edition = dti[dti["year"] == year]
        assert len(edition) == 63
        assert edition["score"].notna().all() and edition["rank"].notna().all()
        assert edition["score_provenance"].notna().all()


def test_published_ranks_agree_with_ranks_derived_from_scores(dti):
    from dtlib.ranking import competition_rank

    for year in (2022, 2023, 2024):
        edition = dti[dti["year"] == year]
        assert (competition_rank(edition["score"]) == edition["rank"]).all()
    tie = dti[(dti["year"] == 2022) & dti["name_vi"].isin(["Thanh Hóa", "Yên Bái"])]
    assert tie["rank"].tolist() == [15, 15] and not tie["rank_is_derived"].any()
    assert 16 not in set(dti.loc[dti["year"] == 2022, "rank"])


def test_derived_ranks_are_flagged_and_only_where_no_source_gives_one(dti):
    derived = dti[dti["rank_is_derived"]]
    assert set(derived["year"]) == {2023, 2024}
    assert (derived["rank_provenance"] == "derived").all()
    assert dti.loc[dti["year"] == 2022, "rank_provenance"].eq("official").all()


def test_every_value_has_provenance_and_citations():
    import dtlib

    values = dtlib.load("dti_values")
    cited = values[values["provenance"] != "derived"]
    assert cited["citation_ids"].notna().all()
    known = set(dtlib.load("citations")["citation_id"])
    for cell in cited["citation_ids"]:
        assert set(cell.split(";")) <= known


def test_every_dti_rank_claim_with_a_stated_edition_is_in_the_table(dti):
    import dtlib
    from dtlib.claims import INDEX_TABLES

    claims = dtlib.load("press_claims")
    columns = {code: column for code, (table, column) in INDEX_TABLES.items() if table == "dti"}
    stated = claims[claims["index_code"].isin(list(columns)) & (claims["year_basis"] == "stated")
                    & claims["province_id"].str.startswith("pre2025")]
    # the source articles A1 (Ninh Bình 8) and A2 (Bình Định 13) state the 2020 edition
    assert len(stated[stated["citation_id"].str.startswith("article-a")]) == 2
    merged = stated.merge(dti, on=["year", "province_id"], suffixes=("_claim", ""))
    assert len(merged) == len(stated)
    merged["table_rank"] = [row[columns[row["index_code"]]] for _, row in merged.iterrows()]
    # a claim that agrees is one of the value's sources; one that contradicts an official value is left out
    values = dtlib.load("dti_values").set_index(["year", "province_id", "measure"])
    for _, row in merged.iterrows():
        value = values.loc[(row["year"], row["province_id"], columns[row["index_code"]])]  # measure = column name
        if row["rank_claim"] == row["table_rank"]:
            assert row["citation_id"] in value["citation_ids"].split(";"), row["claim_id"]
        else:  # left out: the table's value rests on other sources (official, derived, or other press)
            assert value["provenance"] != "press" or value["citation_ids"] != row["citation_id"], row["claim_id"]
    # the contradictions, each recorded as printed: a report of Aug 2023 on DTI 2022 gives Hồ Chí Minh's
    # rank in the ranking published in 2022 (the 2021 edition, 3rd) as "năm 2022"; reports give Hậu Giang
    # 17th (its 2022 rank) and 19th in 2023 (20th by the scores), Điện Biên a "2024" rank of 24 (9th by the
    # scores), and Đà Nẵng the lead "bốn năm liền (2021 - 2024)" (2nd in the 2024 edition)
    contradicting = merged[merged["rank_claim"] != merged["table_rank"]].sort_values(["year", "rank_claim"])
    assert contradicting[["province_id", "index_code", "year", "rank_claim"]].values.tolist() == [
        ["pre2025-79", "dti", 2022, 3], ["pre2025-93", "dti", 2023, 17], ["pre2025-93", "dti", 2023, 19],
        ["pre2025-48", "dti", 2024, 1], ["pre2025-11", "dti", 2024, 24]]


def test_collected_claims_keep_their_era():
    import dtlib

    claims = dtlib.load("press_claims").set_index("claim_id")
    # "TP Huế" second among the 34 post-2025 units (DTI 2024); "TP.Huế" third among the 63 (DTI 2023)
    assert claims.loc["sggp-dti2024-02", "province_id"] == "post2025-46"
    assert claims.loc["qngai-dti2023-13", "province_id"] == "pre2025-46"
    # a rank among the 34 units is not a value of the 63-province table
    assert not dtlib.load("dti_values")["citation_ids"].fillna("").str.contains("sggp-dti2024").any()

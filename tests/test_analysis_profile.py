"""The province profile: runs for every unit of both eras and says what is missing."""
import pandas as pd
import pytest

import dtlib
from dtlib.analysis.profile import (
    MISSING_TOPICS, index_positions, join_and, position_sentences, province_profile, standing_table,
)
from dtlib.claims import verify
from frames import dti_frame, registry_frame


@pytest.fixture(scope="module")
def tables():
    return dtlib.load("dti"), dtlib.provinces(), dtlib.load("press_claims")


def test_every_province_and_unit_has_a_profile(tables):
    dti, registry, claims = tables
    for row in registry.itertuples():
        profile = province_profile(row.province_id, dti, registry, claims)
        members = registry.loc[registry["successor_id"] == profile.unit_id, "province_id"]
        assert sorted(profile.constituents["province_id"]) == sorted(members)
        if row.era == "pre2025":
            assert profile.unit_id == row.successor_id
            assert profile.latest_year == 2024  # every province has a 2024 score
            assert len(profile.peers) > 0 and row.province_id not in set(profile.peers["province_id"])
            assert profile.change is not None and profile.main_index_year == 2024
        else:
            assert profile.unit_id == row.province_id
            assert profile.standing.empty and profile.change is None
            assert "63 pre-2025 provinces only" in profile.missing["peers"]
        assert ("claims" in profile.missing) == profile.claims.empty
        assert set(profile.missing) <= set(MISSING_TOPICS)


def test_ninh_binh_against_the_source_articles_and_the_2025_resolution(tables):
    dti, registry, claims = tables
    profile = province_profile("pre2025-37", dti, registry, claims)
    # Resolution 202/2025/QH15: Hà Nam, Nam Định and Ninh Bình became the new Ninh Bình
    assert profile.unit_id == "post2025-37"
    assert sorted(profile.constituents["name_vi"]) == ["Hà Nam", "Nam Định", "Ninh Bình"]
    # the provincial report of Jan 2022: DTI 2020 rank 8 of 63; Báo Ninh Bình 2020: IT application 2019 rank 15
    standing = profile.standing.set_index(["year", "index"])
    assert standing.loc[(2020, "dti"), "rank"] == 8
    assert {"A1-01", "A5-13"} <= set(profile.claims["claim_id"])  # the two source articles about Ninh Bình
    assert {"dti", "egov"} <= set(profile.claims["index_code"])
    # the same claims show on the merged unit's profile
    unit = province_profile("post2025-37", dti, registry, claims)
    assert set(unit.claims["claim_id"]) >= set(profile.claims["claim_id"])


def test_verified_claims_keep_their_verdicts(tables):
    dti, registry, claims = tables
    verified = verify(claims)
    mine = province_profile("pre2025-37", dti, registry, verified).claims.set_index("claim_id")
    # DTI 2020 rank 8 is also printed by an independent page; MIC's IT-application ranking has no 2019 table
    assert mine.loc["A1-01", "verdict"] == "confirmed" and mine.loc["A5-13", "verdict"] == "unverifiable"
    assert "verdict" not in province_profile("pre2025-37", dti, registry, claims).claims.columns
    # a unit's profile also shows the claims about the unit itself: Huế second among the 34 units in 2024
    hue = province_profile("post2025-46", dti, registry, verified).claims.set_index("claim_id")
    assert hue.loc["sggp-dti2024-02", ["province_id", "rank", "verdict"]].tolist() == ["post2025-46", 2, "confirmed"]


def test_standing_table_cells():
    standing = pd.DataFrame({
        "year": [2020, 2022, 2022], "index": ["dti", "dti", "awareness"],
        "name_en": ["DTI (overall)", "DTI (overall)", "Digital awareness"], "kind": ["overall", "overall", "main_index"],
        "score": [float("nan"), 0.61234, 0.9], "rank": pd.array([8, 21, pd.NA], dtype="Int64"),
        "rank_is_derived": False,
    })
    grid = standing_table(standing)
    assert grid.loc["DTI (overall)", 2020] == "8"
    assert grid.loc["DTI (overall)", 2022] == "21 (0.6123)"
    assert grid.loc["Digital awareness", 2022] == "(0.9000)"
    assert grid.loc["Digital awareness", 2020] == ""


def test_peers_are_the_nearest_scores_of_the_same_region():
    ids = [f"pre2025-0{i}" for i in range(1, 8)]
    scores = [0.50, 0.52, 0.45, 0.70, 0.49, 0.30, 0.51]  # 07 is nearest to 01 but in another region
    registry = registry_frame([(pid, "Region A" if pid != "pre2025-07" else "Region B", "post2025-01")
                               for pid in ids] + [("post2025-01", "Region A", None)])
    dti = dti_frame([{"year": year, "province_id": pid, "score": score}
                     for year in (2023, 2024) for pid, score in zip(ids, scores)])
    claims = pd.DataFrame(columns=["claim_id", "province_id", "index_code", "year", "year_basis", "rank", "out_of",
                                   "rank_change", "change_vs_year", "citation_id", "published_date"])
    profile = province_profile("pre2025-01", dti, registry, claims)
    # distances from 0.50: 05 0.01, 02 0.02, 03 0.05, 04 0.20, 06 0.20 -> the four nearest, then by id
    assert sorted(profile.peers["province_id"]) == ["pre2025-02", "pre2025-03", "pre2025-04", "pre2025-05"]
    assert profile.peers.set_index("province_id").loc["pre2025-02", "score_gap"] == pytest.approx(0.02)


def test_unknown_province_id_is_named(tables):
    dti, registry, claims = tables
    with pytest.raises(ValueError, match="pre2025-99"):
        province_profile("pre2025-99", dti, registry, claims)


def test_missing_notes_of_a_province_with_few_data(tables):
    dti, registry, claims = tables
    # Hà Nam: nothing before 2022; its claims are left out to see the note for a province without any
    profile = province_profile("pre2025-35", dti, registry, claims[claims["province_id"] != "pre2025-35"])
    assert profile.missing["ranks"].startswith("No DTI rank is known for Hà Nam in 2020 and 2021")
    assert profile.missing["claims"] == "No press claim in the tables is about Hà Nam."
    assert "pillars" in profile.missing and "claims" in profile.missing
    unchanged = province_profile("post2025-04", dti, registry, claims)  # Cao Bằng kept its territory
    assert "the pre-2025 province whose territory Cao Bằng kept" in unchanged.missing["peers"]


def test_join_and():
    assert join_and([2020]) == "2020"
    assert join_and(["Huế", "Đà Nẵng"]) == "Huế and Đà Nẵng"
    assert join_and([]) == "none"  # prose over an empty selection reads, rather than raising IndexError
    assert join_and(["Hà Nam", "Nam Định", "Ninh Bình"]) == "Hà Nam, Nam Định and Ninh Bình"


def _index_series(rows: list[tuple[int, str, float, int]], n_ranked: int) -> pd.DataFrame:
    """An index_series frame from (year, province_id, value, rank) rows."""
    frame = pd.DataFrame(rows, columns=["year", "province_id", "value", "rank"])
    return frame.assign(name_vi=frame["province_id"].str.upper(), rank=frame["rank"].astype("Int64"),
                        n_ranked=pd.array([n_ranked] * len(frame), "Int64"), rank_is_derived=True)


def test_index_positions_latest_rank_and_trend():
    # seven editions: the trend window is the five latest, 2020-2024; a has no value in 2021 and 2024
    papi = _index_series([(2018, "a", 2.0, 30), (2019, "a", 2.1, 20), (2020, "a", 3.0, 10), (2022, "a", 3.5, 5),
                          (2023, "a", 3.2, 7), (2021, "b", 3.0, 9), (2024, "b", 3.9, 1)], 61)
    pci = _index_series([(2021, "a", 60.0, 40), (2022, "a", 62.5, 40), (2022, "b", 70.0, 1)], 63)
    positions = index_positions(["a"], {"papi_egovernance": papi, "pci": pci}).set_index("index")
    row = positions.loc["papi_egovernance"]
    assert (row["index_latest_year"], row["latest_year"], row["value"], row["rank"], row["n_ranked"]) == (
        2024, 2023, 3.2, 7, 61)
    assert (row["first_year"], row["first_rank"], row["rank_change"]) == (2020, 10, 3)  # 10 -> 7: three up
    assert row["ranks"] == "2020: 10 · 2021: – · 2022: 5 · 2023: 7 · 2024: –"
    assert positions.loc["pci", "rank_change"] == 0 and positions.loc["pci", "ranks"] == "2021: 40 · 2022: 40"
    assert position_sentences(positions.reset_index()) == [
        "PAPI e-governance 2023: A ranked 7 of 61 (score 3.20); the 2024 edition gives it no value; "
        "3 place(s) up on 2020 (rank 10).",
        "PCI 2022: A ranked 40 of 63 (score 62.50); the same rank as 2021 (rank 40).",
    ]


def test_index_positions_of_a_province_without_values():
    papi = _index_series([(2024, "b", 3.9, 1)], 61)
    positions = index_positions(["a"], {"papi_egovernance": papi})
    assert pd.isna(positions.loc[0, "rank"]) and positions.loc[0, "ranks"] == "2024: –"
    assert position_sentences(positions) == ["PAPI e-governance: no value for a."]

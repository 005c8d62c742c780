"""dtlib.claims.verify against the processed tables.

Expected verdicts come from the DTI table as built from its sources: Bắc Ninh (pre2025-27)
ranks 3, 4, 7, 18, 21 in the 2020-2024 editions; pillars 8/2/2 (2020) and 4/6/6 (2021),
none for 2022. Ninh Bình's 2020 rank 8 is also cited by an independent page; Bình Định's
2020 rank 13 comes only from source article A2.
"""
from __future__ import annotations

import pandas as pd
import pytest

import dtlib
from dtlib import claims
from dtlib.claims import verify

BAC_NINH = "pre2025-27"


def frame(*rows: dict) -> pd.DataFrame:
    base = {"province_id": BAC_NINH, "index_code": "dti", "year": None, "year_basis": None, "rank": 7}
    return pd.DataFrame([{**base, **row} for row in rows])


def test_the_source_articles_claims():
    checked = verify(dtlib.load("press_claims")).set_index("claim_id")
    expected = {
        "A1-01": ("confirmed", 2020, 8),
        "A2-02": ("unverifiable", 2020, None),          # the table's only source is A2 itself
        "A3-03": ("confirmed_other_edition", 2022, 7),  # no year; newest edition public in Oct 2024
        "A3-04": ("unverifiable", 2022, None),          # no 2022 pillar ranks; 2021 and 2020 differ
        "A3-05": ("unverifiable", 2022, None),
        "A3-06": ("unverifiable", 2022, None),
        "A3-07": ("unverifiable", 2023, None),          # ICT Index: 4th in 2023, 18th in 2016, 4th in 2015; 2017-2022 unknown
        "A3-08": ("confirmed_other_edition", 2022, 4),  # cybersecurity 2022 rank 4 from another report (final11)
        "A4-09": ("unverifiable", 2018, None),          # the ICT Index table has no 2018 rank for Hải Dương
        "A4-10": ("unverifiable", 2019, None),
        "A4-11": ("unverifiable", 2018, None),          # e-government ranking known for 2017 only
        "A4-12": ("unverifiable", 2019, None),          # no PAR modernisation ranks found
        "A5-13": ("unverifiable", 2019, None),
    }
    for claim_id, (verdict, edition, table_rank) in expected.items():
        row = checked.loc[claim_id]
        assert row["verdict"] == verdict, claim_id
        assert (None if pd.isna(row["edition"]) else row["edition"]) == edition, claim_id
        assert (None if pd.isna(row["table_rank"]) else row["table_rank"]) == table_rank, claim_id
    assert "only source is this claim's article" in checked.loc["A2-02", "reason"]
    assert checked.loc["A3-07", "reason"] == ("editions public by 2024-10-10: 2023: rank 4; 2016: rank 18; "
                                              "2015: rank 4; 15 other editions (2005-2022): no rank in the table")
    assert "2021: rank 4; 2020: rank 8" in checked.loc["A3-04", "reason"]
    assert bool(checked.loc["A3-04", "fills_gap"]) and not bool(checked.loc["A3-07", "fills_gap"])


@pytest.mark.parametrize("row, verdict, edition, table_rank", [
    ({"year": 2022, "year_basis": "stated", "rank": 7}, "confirmed", 2022, 7),
    ({"year": 2022, "year_basis": "stated", "rank": 9}, "contradicted", 2022, 7),
    # "DTI năm 2023" for the 2022 edition, published in July 2023
    ({"year": 2023, "year_basis": "stated", "rank": 7}, "confirmed_other_edition", 2022, 7),
    # a year inferred from the publication date is not a stated year
    ({"year": 2022, "year_basis": "inferred", "rank": 7, "published_date": "2024-10-10"},
     "confirmed_other_edition", 2022, 7),
    # undated, an older public edition matches
    ({"rank": 4, "published_date": "2024-10-10"}, "confirmed_other_edition", 2021, 4),
    # undated, every edition public by Mar 2025 has a rank and none is 50: the newest is shown
    ({"rank": 50, "published_date": "2025-03-01"}, "contradicted", 2023, 18),
    # undated and no date: any edition may be meant
    ({"rank": 21}, "confirmed_other_edition", 2024, 21),
    # a pillar rank with no value in the edition stated
    ({"index_code": "dti_gov", "year": 2022, "year_basis": "stated", "rank": 10}, "unverifiable", 2022, None),
    # Bắc Ninh's PCI 2022 rank is 7 (VCCI, via the panel copy)
    ({"index_code": "pci", "year": 2022, "year_basis": "stated", "rank": 10}, "contradicted", 2022, 7),
])
def test_verdicts(row, verdict, edition, table_rank):
    out = verify(frame(row)).iloc[0]
    assert out["verdict"] == verdict
    assert (None if pd.isna(out["edition"]) else out["edition"]) == edition
    assert (None if pd.isna(out["table_rank"]) else out["table_rank"]) == table_rank


def test_a_stated_gap_is_flagged_as_filled_by_the_press():
    out = verify(frame({"index_code": "dti_gov", "year": 2022, "year_basis": "stated", "rank": 10})).iloc[0]
    assert bool(out["fills_gap"]) and out["reason"] == "dti 2022: no rank in the table"


def test_publication_date_for_all_claims():
    assert verify(frame({"rank": 4}), published="2024-10-10").iloc[0]["edition"] == 2021
    with pytest.raises(ValueError, match="YYYY"):
        verify(frame({"rank": 4}), published="Oct 2024")


def test_a_new_table_plugs_in_with_one_mapping(monkeypatch):
    # stand-in for a future table: read the PCI claim from the DTI table's economy pillar
    monkeypatch.setitem(claims.INDEX_TABLES, "pci", ("dti", "econ_rank"))
    out = verify(frame({"index_code": "pci", "year": 2021, "year_basis": "stated", "rank": 6})).iloc[0]
    assert (out["verdict"], out["table_rank"]) == ("confirmed", 6)


def test_extracted_claims_verify_end_to_end():
    found = claims.extract("Bắc Ninh xếp thứ 7/63 về chỉ số DTI; năm 2020 tỉnh đứng thứ 3.", published="2024-10-10")
    out = verify(found)
    assert list(out["verdict"]) == ["confirmed_other_edition", "confirmed"]
    assert list(out["edition"]) == [2022, 2020]


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match="province_id"):
        verify(pd.DataFrame({"index_code": ["dti"], "rank": [3]}))


QUANG_NGAI = "pre2025-51"


def test_a_rank_confirmed_by_independent_scores_but_not_by_its_own_article():
    # Quảng Ngãi's DTI 2023 ranks were printed by baomoi-quang-ngai-tang-5 only; the overall
    # rank 21 also follows from the 63 transcribed 2023 scores, the pillar rank 12 from nothing else
    article = {"province_id": QUANG_NGAI, "year": 2023, "year_basis": "stated", "citation_id": "baomoi-quang-ngai-tang-5"}
    out = verify(frame({**article, "rank": 21}, {**article, "index_code": "dti_gov", "rank": 12}))
    assert list(out["verdict"]) == ["confirmed", "unverifiable"]
    assert "only source is this claim's article" in out.iloc[1]["reason"] and bool(out.iloc[1]["fills_gap"])


def test_a_stated_year_after_that_edition_appeared_is_that_edition():
    # Quảng Ninh led PCI 2022; a May 2024 report on "PCI 2023" means the 2023 edition (published
    # 9 May 2024), which the table does not hold yet; undated, it may mean the 2022 edition published in 2023
    claim = {"province_id": "pre2025-22", "index_code": "pci", "year": 2023, "year_basis": "stated", "rank": 1}
    out = verify(frame({**claim, "published_date": "2024-05-09"}, claim))
    assert list(out["verdict"]) == ["unverifiable", "confirmed_other_edition"]
    assert list(out["edition"]) == [2023, 2022]


def test_a_rank_among_the_34_units_is_checked_in_the_34_unit_table():
    # DTI 2024 of the 34 units by the ministry's method: Huế (post2025-46) second after Hà Nội
    hue = {"province_id": "post2025-46", "year": 2024, "year_basis": "stated"}
    out = verify(frame({**hue, "rank": 2}, {**hue, "rank": 3}, {**hue, "index_code": "ict_index", "rank": 2}))
    assert list(out["verdict"]) == ["confirmed", "contradicted", "unverifiable"]
    assert out.iloc[0]["reason"] == "dti_34 2024: rank 2"
    assert out.iloc[2]["reason"] == "no table of the 34 post-2025 units for 'ict_index'"


def test_the_34_units_have_no_ranking_before_2024():
    # dtlib derives 34-unit ranks for 2023 too, but no report can quote them
    out = verify(frame({"province_id": "post2025-46", "year": 2023, "year_basis": "stated", "rank": 3})).iloc[0]
    assert out["verdict"] == "unverifiable"
    assert out["reason"] == "the 34 post-2025 units were first ranked in the 2024 edition, not 2023"

"""Summaries of verified claims (dtlib.claims.summary)."""
from __future__ import annotations

import pandas as pd
import pytest

import dtlib
from dtlib import claims


def test_verdict_shares_overall_and_by_index():
    verified = pd.DataFrame({"index_code": ["dti", "dti", "dti", "pci"],
                             "verdict": ["confirmed", "confirmed", "contradicted", "unverifiable"]})
    overall = claims.verdict_shares(verified).set_index("verdict")
    assert list(overall.index) == list(claims.VERDICTS)
    assert overall.loc["confirmed", "claims"] == 2 and overall.loc["confirmed", "share"] == 0.5
    assert overall.loc["confirmed_other_edition", "claims"] == 0
    by_index = claims.verdict_shares(verified, by="index_code").set_index(["index_code", "verdict"])
    assert by_index.loc[("dti", "contradicted"), "share"] == pytest.approx(1 / 3)
    assert by_index.loc[("pci", "unverifiable"), "share"] == 1.0
    with pytest.raises(ValueError, match="verify"):
        claims.verdict_shares(pd.DataFrame({"index_code": ["dti"]}))


def test_implied_earlier_ranks_of_the_source_articles():
    # the dossier's notes: A4-09 implies rank 44 in 2017, A4-11 rank 31 in 2017, A4-12 rank 40 in 2018,
    # A5-13 rank 16 in 2018
    press = dtlib.load("press_claims")
    press = press[press["citation_id"].str.startswith("article-a")]
    implied = claims.implied_earlier_ranks(press)
    got = {(press.loc[i, "claim_id"], year, rank) for i, year, rank in zip(implied["implied_by"], implied["year"], implied["rank"])}
    assert got == {("A4-09", 2017, 44), ("A4-10", 2018, 26), ("A4-11", 2017, 31), ("A4-12", 2018, 40), ("A5-13", 2018, 16)}
    assert set(implied["year_basis"]) == {"stated"} and implied["rank_change"].isna().all()


def test_implied_ranks_that_do_not_add_up_are_dropped():
    frame = pd.DataFrame({"province_id": ["pre2025-27"] * 2, "index_code": ["dti"] * 2, "rank": [60, 3],
                          "rank_change": [-10, 5], "change_vs_year": [2021, 2021], "out_of": [63, 63]})
    implied = claims.implied_earlier_ranks(frame)
    assert list(implied["rank"]) == [50, 8]  # 60 after falling 10 places was 50; 3 after rising 5 was 8
    frame.loc[0, "rank_change"] = 5  # 60 after rising 5 would have been 65 of 63
    assert list(claims.implied_earlier_ranks(frame)["rank"]) == [8]


def test_select_claims_by_index_province_and_edition():
    verified = pd.DataFrame({
        "index_code": ["dti", "dti", "pci", "dti"], "province_id": ["pre2025-01", "pre2025-27", "pre2025-01", "pre2025-01"],
        "edition": pd.array([2020, 2022, 2022, None], dtype="Int64"), "verdict": ["confirmed"] * 4})
    selected, undated = claims.select_claims(verified, "dti", ["pre2025-01"], since=2019)
    assert list(selected.index) == [0] and list(undated.index) == [3]  # the undated claim cannot be placed
    selected, undated = claims.select_claims(verified)
    assert len(selected) == 4 and undated.empty
    assert list(claims.select_claims(verified, since=2021)[0].index) == [1, 2]
    with pytest.raises(ValueError, match="verify"):
        claims.select_claims(verified.drop(columns="edition"))


def test_press_values_name_their_sources():
    values = pd.DataFrame({
        "year": [2020, 2020, 2020, 2022], "province_id": ["pre2025-01", "pre2025-27", "pre2025-27", "pre2025-01"],
        "measure": ["rank", "rank", "score", "rank"], "value": [43.0, 3.0, 0.4096, 24.0],
        "provenance": ["press", "press", "press", "official"],
        "citation_ids": ["a", "a;b", "b", "c"]})
    citations = pd.DataFrame({"citation_id": ["a", "b", "c"], "publisher": ["Báo A", "Báo B", "Bộ"]})
    out = claims.press_values(values, citations, (2020, 2021))
    assert out[["province_id", "value", "n_sources", "publishers"]].values.tolist() == [
        ["pre2025-01", 43, 1, "Báo A"], ["pre2025-27", 3, 2, "Báo A; Báo B"]]  # scores and other years left out


def test_every_index_has_a_label():
    from dtlib.vocabulary import INDEX_CODES

    assert set(claims.INDEX_LABELS) == set(INDEX_CODES)


def test_unverifiable_kinds_read_from_the_reasons():
    verified = pd.DataFrame({
        "verdict": ["unverifiable", "unverifiable", "unverifiable", "unverifiable", "confirmed"],
        "reason": ["no table 'ict_index' yet", "dti 2021: the table's only source is this claim's article",
                   "pci 2023: no rank in the table", "no pci edition was public by 2005-01-01", "dti 2022: rank 7"]})
    kinds = claims.unverifiable_kind(verified)
    assert list(kinds[:4]) == list(claims.UNVERIFIABLE_KINDS[:2]) + [claims.UNVERIFIABLE_KINDS[2],
                                                                     claims.UNVERIFIABLE_KINDS[3]]
    assert pd.isna(kinds[4])


def test_printed_ranks_from_any_source():
    values = pd.DataFrame({"year": [2020, 2020], "province_id": ["pre2025-15", "pre2025-15"],
                           "measure": ["rank", "gov_rank"], "value": [40.0, 47.0]})
    implied = pd.DataFrame({"province_id": ["pre2025-15", "pre2025-15", "pre2025-15", "pre2025-15"],
                            "index_code": ["dti", "dti_gov", "dti_soc", "pci"], "year": [2020, 2020, 2020, 2020],
                            "rank": [44, 47, 29, 3]})
    # Yên Bái: "tăng 17 bậc" to 27 implies 44 while 40 is printed; no soc rank; PCI is not a DTI column
    assert claims.printed_ranks(implied, values).tolist() == [40, 47, pd.NA, pd.NA]

"""The other indices in long form, and the DTI compared with them, on small frames worked out by hand."""
from __future__ import annotations

import pandas as pd
import pytest

import dtlib
from dtlib.analysis import cross_index
from dtlib.analysis.other_indices import OTHER_INDEX_CODES, index_series, other_index


def test_an_index_without_ranks_is_ranked_among_the_provinces_with_a_value():
    papi = pd.DataFrame({"year": [2020] * 4, "province_id": list("abcd"), "name_vi": list("ABCD"),
                         "egovernance_score": [3.0, 3.5, 3.0, None]})
    series = index_series(papi, "papi_egovernance").set_index("province_id")
    # b is best; a and c tie for 2nd (competition ranks); d has no value and no row
    assert series["rank"].to_dict() == {"a": 2, "b": 1, "c": 2}
    assert set(series["n_ranked"]) == {3} and series["rank_is_derived"].all()
    assert series["value"].to_dict() == {"a": 3.0, "b": 3.5, "c": 3.0}


def test_published_and_printed_ranks_are_kept():
    pci = pd.DataFrame({"year": [2008, 2008], "province_id": ["a", "b"], "name_vi": ["A", "B"], "score": [60.0, 55.0],
                        "rank": pd.array([7, 64], "Int64"), "n_ranked": pd.array([64, 64], "Int64"),
                        "rank_is_derived": [False, False]})
    series = index_series(pci, "pci")
    assert series["rank"].tolist() == [7, 64] and series["n_ranked"].tolist() == [64, 64]
    egov = pd.DataFrame({"year": [2017, 2017], "province_id": ["a", "b"], "name_vi": ["A", "B"],
                         "score": [0.6, None], "rank": pd.array([12, 3], "Int64")})
    printed = index_series(egov, "egov")
    # the value of a printed-ranks index is the rank itself, lower is better, among the 63
    assert printed["value"].tolist() == [12.0, 3.0] and printed["n_ranked"].tolist() == [63, 63]
    assert not printed["rank_is_derived"].any() and other_index("egov").printed_ranks_only


def test_papi_egovernance_counts_per_year_match_the_documented_blanks():
    # README: blank 2021 Quảng Ninh, Bắc Giang, Bắc Ninh; 2024 Vĩnh Phúc, Tiền Giang; e-governance from 2018
    series = index_series(dtlib.load("papi"), "papi_egovernance")
    counts = series.groupby("year")["n_ranked"].first().to_dict()
    assert min(counts) == 2018 and counts[2021] == 60 and counts[2024] == 61
    assert not {"pre2025-26", "pre2025-82"} & set(series.loc[series["year"] == 2024, "province_id"])


def test_unknown_index_lists_the_codes():
    with pytest.raises(ValueError, match="valid: " + ", ".join(OTHER_INDEX_CODES)):
        other_index("papi_e")


def _dti(ranks: dict[str, int], year: int = 2024) -> pd.DataFrame:
    return pd.DataFrame({"year": year, "province_id": list(ranks), "name_vi": list(ranks),
                         "score": None, "rank": pd.array(list(ranks.values()), "Int64"), "rank_is_derived": False})


def _other(values: dict[str, float], year: int) -> pd.DataFrame:
    return pd.DataFrame({"year": year, "province_id": list(values), "name_vi": list(values),
                         "value": list(values.values())})


DTI = _dti({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6})
# higher is better: b best, then a, c, d, e; f has no value
PAPI = _other({"a": 5.0, "b": 6.0, "c": 4.0, "d": 3.0, "e": 1.0}, 2024)


def test_the_same_year_or_the_latest_earlier_one_with_five_provinces_in_common():
    assert cross_index.match_edition(DTI, PAPI, 2024) == 2024
    older = pd.concat([_other({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}, 2022), _other({"a": 1, "b": 2, "c": 3}, 2023),
                       _other({p: 1 for p in "abcdef"}, 2025)])
    # 2023 has three provinces in common, 2025 is after the edition
    assert cross_index.match_edition(DTI, older, 2024) == 2022
    assert cross_index.match_edition(DTI, older[older["year"] == 2023], 2024) is None


def test_compare_ranks_among_the_provinces_known_in_both():
    c = cross_index.compare(DTI, PAPI, "papi_egovernance", 2024)
    assert (c.other_edition, c.n, c.n_dti, c.not_compared) == (2024, 5, 6, ["f"])
    pairs = c.pairs.set_index("province_id")
    assert pairs["other_rank"].to_dict() == {"a": 2, "b": 1, "c": 3, "d": 4, "e": 5}
    assert pairs["gap"].to_dict() == {"a": -1, "b": 1, "c": 0, "d": 0, "e": 0}
    # d = (-1, 1, 0, 0, 0): rho = 1 - 6 * 2 / (5 * 24) = 0.9; one discordant pair of ten: tau = 0.8
    assert c.spearman.estimate == pytest.approx(0.9) and c.kendall.estimate == pytest.approx(0.8)
    # ties on the gap are broken by id; provinces ranked alike are no disagreement
    assert cross_index.disagreements(c.pairs)["province_id"].tolist() == ["a", "b"]


def test_lower_is_better_is_turned_round():
    printed = _other({"a": 2, "b": 1, "c": 3, "d": 4, "e": 5}, 2017)
    c = cross_index.compare(DTI, printed, "egov", 2024)
    assert c.other_edition == 2017 and c.spearman.estimate == pytest.approx(0.9)
    assert c.pairs.set_index("province_id")["other_rank"].to_dict() == {"a": 2, "b": 1, "c": 3, "d": 4, "e": 5}


def test_agreement_table_and_what_it_says():
    none = cross_index.compare(DTI, _other({"a": 1.0}, 2024), "pci", 2024)
    assert none.other_edition is None and none.spearman is None
    comparisons = [cross_index.compare(DTI, PAPI, "papi_egovernance", 2024), none]
    table = cross_index.agreement_table(comparisons)
    assert table["n"].tolist() == [5, 0] and pd.isna(table.loc[1, "rho"]) and pd.isna(table.loc[1, "other_edition"])
    # Bonett-Wright: se = sqrt((1 + 0.81/2) / 2) = 0.83815, atanh(0.9) = 1.47222 +- 1.64274
    assert table.loc[0, ["rho", "rho_low", "rho_high"]].tolist() == pytest.approx([0.9, -0.16890, 0.99607], abs=1e-4)
    text = cross_index.describe(comparisons[0])
    assert "Spearman's ρ = 0.90 (95% interval -0.17 to 1.00; Kendall's τ = 0.80), strong and positive" in text
    assert "The interval includes zero" in text and "only 6 of the 63" in text
    assert "1 province(s) with a DTI rank have no PAPI e-governance value in 2024: f." in text
    assert text.endswith("(rank among the 5 on DTI → on PAPI e-governance): a 1 → 2; b 2 → 1.")
    assert "no PCI edition up to 2024 has 5 or more provinces" in cross_index.describe(none)
    summary = cross_index.summarise(comparisons)
    assert summary.startswith("Of the 1 comparison(s) with a correlation, 0 have a 95% interval above zero.")
    assert "1 comparison(s) rest on so few provinces" in summary


@pytest.mark.parametrize("rho, word", [(0.55, "strong"), (-0.5, "strong"), (0.39, "moderate"), (0.1, "weak"),
                                       (-0.04, "negligible")])
def test_strength_words(rho, word):
    assert cross_index.strength(rho) == word

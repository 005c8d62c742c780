"""Rank changes, biggest movers and rank stability, against values worked out by hand."""
import math

import pandas as pd
import pytest

from dtlib.analysis.rankings import biggest_movers, rank_changes, rank_stability


def series(ranks: dict[int, dict[str, int | None]], scores: dict[int, dict[str, float]] | None = None):
    rows = []
    for year, by_province in ranks.items():
        for pid, rank in by_province.items():
            score = (scores or {}).get(year, {}).get(pid, float("nan"))
            rows.append({"year": year, "province_id": pid, "name_vi": pid.upper(), "score": score,
                         "rank": pd.NA if rank is None else rank, "rank_is_derived": False})
    frame = pd.DataFrame(rows)
    frame["rank"] = frame["rank"].astype("Int64")
    return frame


def test_rank_change_is_positive_for_a_move_up_and_skips_unranked_provinces():
    s = series({2022: {"a": 1, "b": 2, "c": 3, "d": 4}, 2023: {"a": 2, "b": 1, "c": 3, "d": None}},
               scores={2022: {"a": 0.9, "b": 0.8}, 2023: {"a": 0.85, "b": 0.95}})
    changes = rank_changes(s, 2022, 2023)
    assert changes["province_id"].tolist() == ["b", "c", "a"]  # biggest rise first; d has no 2023 rank
    assert changes["rank_change"].tolist() == [1, 0, -1]
    assert changes.loc[0, "score_change"] == pytest.approx(0.15)
    assert changes.loc[2, "score_change"] == pytest.approx(-0.05)


def test_unknown_edition_is_named():
    s = series({2022: {"a": 1}})
    with pytest.raises(ValueError, match="2030"):
        rank_changes(s, 2022, 2030)


def test_biggest_movers_keep_ties_at_the_cut():
    s = series({2022: {"a": 10, "b": 8, "c": 9, "d": 5, "e": 3, "f": 1, "g": 7},
                2023: {"a": 5, "b": 5, "c": 6, "d": 4, "e": 5, "f": 5, "g": 7}})
    # changes: a +5, b +3, c +3, d +1, e -2, f -4, g 0
    movers = biggest_movers(rank_changes(s, 2022, 2023), n=2)
    up = movers[movers["direction"] == "up"]
    down = movers[movers["direction"] == "down"]
    assert up["province_id"].tolist() == ["a", "b", "c"]  # b and c tie for second place: both kept
    assert down["province_id"].tolist() == ["f", "e"]
    assert "g" not in set(movers["province_id"])  # an unchanged rank is not a move


def test_rank_stability_matches_hand_computed_spearman_and_kendall():
    s = series({2022: {"a": 1, "b": 2, "c": 3, "d": 4}, 2023: {"a": 2, "b": 1, "c": 3, "d": 4}})
    row = rank_stability(s).iloc[0]
    assert (row["from_year"], row["to_year"], row["n"]) == (2022, 2023, 4)
    # Spearman: d = (-1, 1, 0, 0), sum d^2 = 2, rho = 1 - 6*2 / (4*15) = 0.8;
    # t = 0.8*sqrt(2/0.36) with 2 df, two-sided p = 1 - t/sqrt(2 + t^2) = 0.2
    assert row["spearman_rho"] == pytest.approx(0.8)
    assert row["spearman_p"] == pytest.approx(0.2)
    # Kendall: 5 concordant, 1 discordant of 6 pairs, tau = 4/6; exact p: 4 of the 24
    # permutations have at most one discordant pair, two-sided p = 2*4/24
    assert row["kendall_tau"] == pytest.approx(2 / 3)
    assert row["kendall_p"] == pytest.approx(1 / 3)


def test_rank_stability_needs_three_provinces_in_both_editions():
    s = series({2020: {"a": 1, "b": 2, "c": None}, 2021: {"a": 1, "b": 3, "c": 2}, 2022: {"a": 3, "b": 2, "c": 1}})
    table = rank_stability(s)
    assert table[["from_year", "to_year", "n"]].values.tolist() == [[2020, 2021, 2], [2021, 2022, 3]]
    assert math.isnan(table.loc[0, "spearman_rho"])
    assert table.loc[1, "spearman_rho"] == pytest.approx(-0.5)  # d = (-2, 1, 1): 1 - 6*6/(3*8)

"""Competition ranks and the checks of published ranks against scores."""
from __future__ import annotations

import pandas as pd

from dtlib.ranking import competition_rank, rank_conflicts


def test_ties_share_a_rank_and_the_next_rank_skips():
    scores = pd.Series({"a": 0.70, "b": 0.6350, "c": 0.6350, "d": 0.6342, "e": None})
    assert competition_rank(scores).tolist() == [1, 2, 2, 4, pd.NA]


def test_complete_scores_accept_only_the_derived_ranks():
    scores = pd.Series({"a": 0.9, "b": 0.8, "c": 0.8})
    assert rank_conflicts(scores, pd.Series({"a": 1, "b": 2, "c": 2}), n_units=3) == []
    conflicts = rank_conflicts(scores, pd.Series({"a": 1, "c": 3}), n_units=3)
    assert [(c.label, c.rank) for c in conflicts] == [("c", 3)]
    assert "the scores give rank 2" in conflicts[0].reason


def test_partial_scores_catch_impossible_ranks():
    # Only two scores known among 63: 'a' cannot be 1st when 'b' scores higher.
    scores = pd.Series({"a": 0.40, "b": 0.45})
    conflicts = rank_conflicts(scores, pd.Series({"a": 1}), n_units=63)
    assert [(c.label, c.rank) for c in conflicts] == [("a", 1)]
    assert "1 units have a higher score" in conflicts[0].reason


def test_partial_scores_catch_a_rank_too_high_for_the_units_below():
    scores = pd.Series({"a": 0.9, "b": 0.1, "c": 0.2, "d": 0.3})  # 4 of 5 scores known
    conflicts = rank_conflicts(scores, pd.Series({"a": 3}), n_units=5)
    assert [c.label for c in conflicts] == ["a"]
    assert "3 units have a lower score" in conflicts[0].reason  # rank 3 of 5 leaves room for 2


def test_partial_scores_catch_two_ranked_units_in_the_wrong_order():
    scores = pd.Series({"a": 0.50, "b": 0.60})
    conflicts = rank_conflicts(scores, pd.Series({"a": 10, "b": 12}), n_units=63)
    assert [(c.label, c.rank) for c in conflicts] == [("a", 10)]
    assert "scores below b ranked 12" in conflicts[0].reason


def test_a_shared_rank_needs_a_shared_score():
    conflicts = rank_conflicts(pd.Series({"a": 0.5, "b": 0.6}), pd.Series({"a": 12, "b": 12}), n_units=63)
    assert {c.label for c in conflicts} == {"a", "b"}


def test_consistent_partial_ranks_pass():
    scores = pd.Series({"a": 0.4874, "b": 0.4096, "c": 0.3897, "x": None})
    ranks = pd.Series({"a": 1, "b": 3, "c": 4, "x": 2})
    assert rank_conflicts(scores, ranks, n_units=63) == []


def test_rounded_scores_may_have_their_tie_split_by_the_publisher():
    # PCI 2011 prints 2 decimals: two provinces at 57.62 were ranked 40 and 41 by VCCI.
    scores = pd.Series({"a": 58.0, "b": 57.62, "c": 57.62, "d": 57.0})
    split = pd.Series({"a": 1, "b": 2, "c": 3, "d": 4})
    assert [c.label for c in rank_conflicts(scores, split, n_units=4)] == ["c"]  # exact scores: must tie
    assert rank_conflicts(scores, split, n_units=4, scores_rounded=True) == []
    wrong = pd.Series({"a": 1, "b": 2, "c": 4, "d": 3})  # d's lower score cannot outrank c
    assert {c.label for c in rank_conflicts(scores, wrong, n_units=4, scores_rounded=True)} == {"c", "d"}

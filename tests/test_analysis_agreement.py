"""Rank correlations with intervals and rank gaps, on small frames worked out by hand."""
from __future__ import annotations

import pandas as pd
import pytest

from dtlib.analysis.agreement import rank_correlation, rank_gaps

X = pd.Series([1, 2, 3, 4, 5.0])
Y = pd.Series([2, 1, 4, 3, 5.0])


def test_spearman_with_its_interval():
    # d = (-1, 1, -1, 1, 0), sum d^2 = 4: rho = 1 - 6*4 / (5*24) = 0.8.
    # se = sqrt((1 + 0.8^2/2) / (5-3)) = 0.81240; atanh(0.8) = ln(9)/2 = 1.09861; +-1.95996*se = +-1.59228
    # -> tanh(-0.49367) = -0.45713, tanh(2.69089) = 0.99084. t = 0.8*sqrt(3/0.36) = 2.3094, df 3: p = 0.104.
    result = rank_correlation(X, Y)
    assert (result.method, result.n) == ("spearman", 5)
    assert result.estimate == pytest.approx(0.8)
    assert (result.ci_low, result.ci_high) == pytest.approx((-0.45713, 0.99084), abs=1e-4)
    assert result.p_value == pytest.approx(0.104, abs=0.001)


def test_kendall_with_its_interval():
    # Of the 10 pairs, 8 concordant and 2 discordant ((2,1) and (4,3)): tau = 6/10 = 0.6.
    # se = sqrt(0.437 / (5-4)) = 0.66106; atanh(0.6) = ln(4)/2 = 0.69315; +-1.29566
    # -> tanh(-0.60251) = -0.53883, tanh(1.98880) = 0.96323.
    result = rank_correlation(X, Y, method="kendall")
    assert result.estimate == pytest.approx(0.6)
    assert (result.ci_low, result.ci_high) == pytest.approx((-0.53883, 0.96323), abs=1e-4)


def test_missing_pairs_are_dropped_and_too_few_refused():
    x = pd.concat([X, pd.Series([9.0, None])], ignore_index=True)
    y = pd.concat([Y, pd.Series([None, 7.0])], ignore_index=True)
    assert rank_correlation(x, y).n == 5
    with pytest.raises(ValueError, match="4 complete pairs"):
        rank_correlation(X[:4], Y[:4])
    with pytest.raises(ValueError, match="unknown method 'pearson'"):
        rank_correlation(X, Y, method="pearson")


def test_perfect_agreement_has_a_degenerate_interval():
    result = rank_correlation(X, X * 10)
    assert (result.estimate, result.ci_low, result.ci_high) == pytest.approx((1.0, 1.0, 1.0))
    assert result.ci_low == result.estimate == result.ci_high


def test_rank_gaps_largest_first():
    frame = pd.DataFrame({"province_id": ["a", "b", "c", "d", "e", "f"],
                          "x": [10, 20, 30, 40, 50, None], "y": [50, 40, 30, 20, 10, 99]})
    gaps = rank_gaps(frame, "x", "y")
    # x ranks (high = 1): e1 d2 c3 b4 a5; y ranks: a1 b2 c3 d4 e5; f has no x and is left out.
    assert gaps["province_id"].tolist() == ["a", "e", "b", "d", "c"]
    assert gaps["gap"].tolist() == [4, -4, 2, -2, 0]
    assert gaps.set_index("province_id").loc["a", ["x_rank", "y_rank"]].tolist() == [5, 1]


def test_rank_gaps_lower_is_better_and_ties():
    frame = pd.DataFrame({"province_id": ["a", "b", "c"], "x": [1, 2, 2], "y": [0.9, 0.5, 0.7]})
    gaps = rank_gaps(frame, "x", "y", higher_is_better=(False, True)).set_index("province_id")
    # x: a 1, b and c tie at 2 (competition ranks 2, 2); y: a 1, c 2, b 3
    assert gaps["x_rank"].to_dict() == {"a": 1, "b": 2, "c": 2}
    assert gaps["gap"].to_dict() == {"a": 0, "b": -1, "c": 0}

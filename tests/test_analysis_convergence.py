"""Dispersion (sigma) and beta convergence, against values worked out by hand."""
import math

import numpy as np
import pandas as pd
import pytest

from dtlib.analysis.convergence import beta_convergence, dispersion


def series(scores: dict[int, list[float]]) -> pd.DataFrame:
    rows = [{"year": year, "province_id": f"p{i}", "name_vi": f"p{i}", "score": value, "rank": pd.NA,
             "rank_is_derived": False}
            for year, values in scores.items() for i, value in enumerate(values)]
    return pd.DataFrame(rows)


def test_dispersion_by_hand():
    table = dispersion(series({2022: [0.2, 0.4, 0.6, 0.8], 2023: [0.3, 0.5, 0.7, np.nan]})).set_index("year")
    first = table.loc[2022]
    # mean 0.5; squared deviations 0.09 + 0.01 + 0.01 + 0.09 = 0.2, sd = sqrt(0.2 / 3)
    assert (first["n"], first["n_units"], first["is_complete"]) == (4, 4, True)
    assert first["sd"] == pytest.approx(math.sqrt(0.2 / 3))
    assert first["cv"] == pytest.approx(math.sqrt(0.2 / 3) / 0.5)
    # quartiles by linear interpolation: positions 0.75 and 2.25 of the sorted scores
    assert (first["q1"], first["q3"], first["iqr"]) == pytest.approx((0.35, 0.65, 0.3))
    second = table.loc[2023]
    assert (second["n"], second["n_units"], second["is_complete"]) == (3, 4, False)
    assert (second["mean"], second["sd"], second["cv"]) == pytest.approx((0.5, 0.2, 0.4))
    assert (second["q1"], second["q3"], second["iqr"]) == pytest.approx((0.4, 0.6, 0.2))


# Four provinces with log initial scores x = -2, -1.5, -1, -0.5 and annual log growth
# g = 0.5, 0.2, 0.3, 0.0 over two years (so ln final = x + 2g).
X = np.array([-2.0, -1.5, -1.0, -0.5])
G = np.array([0.5, 0.2, 0.3, 0.0])


def convergence_series() -> pd.DataFrame:
    return series({2022: list(np.exp(X)), 2024: list(np.exp(X + 2 * G))})


def test_beta_convergence_by_hand():
    result = beta_convergence(convergence_series(), 2022, 2024)
    # mean x = -1.25, mean g = 0.25, Sxx = 1.25, Sxg = -0.35: beta = -0.28, alpha = 0.25 - 0.28*1.25 = -0.1
    summary = result.summary.set_index("term")
    assert result.beta == pytest.approx(-0.28)
    assert summary.loc["const", "coef"] == pytest.approx(-0.1)
    # residuals 0.04, -0.12, 0.12, -0.04. HC1 = HC0 * n/(n-k) = 2 * sum(w_i^2 e_i^2) with
    # slope weights (x - mean x)/Sxx = -0.6, -0.2, 0.2, 0.6 -> 2 * 0.002304
    # intercept weights 1/n - mean x (x - mean x)/Sxx = -0.5, 0, 0.5, 1 -> 2 * 0.0056
    assert summary.loc["log_initial_score", "std_err"] == pytest.approx(math.sqrt(0.004608))
    assert summary.loc["const", "std_err"] == pytest.approx(math.sqrt(0.0112))
    t = -0.28 / math.sqrt(0.004608)
    assert summary.loc["log_initial_score", "t"] == pytest.approx(t)
    # t distribution with n - k = 2 degrees of freedom: two-sided p = 1 - |t| / sqrt(2 + t^2)
    assert summary.loc["log_initial_score", "p_value"] == pytest.approx(1 - abs(t) / math.sqrt(2 + t * t))
    # R^2 = 1 - SSR/SST = 1 - 0.032/0.13
    assert result.r_squared == pytest.approx(1 - 0.032 / 0.13)
    assert result.n == 4
    assert result.data["growth"].to_numpy() == pytest.approx(G)


def test_beta_convergence_uses_only_provinces_scored_in_both_editions():
    s = convergence_series()
    s.loc[(s["year"] == 2024) & (s["province_id"] == "p3"), "score"] = np.nan
    assert beta_convergence(s, 2022, 2024).n == 3
    s.loc[(s["year"] == 2024) & (s["province_id"] == "p2"), "score"] = np.nan
    with pytest.raises(ValueError, match="at least 3 provinces.*found 2"):
        beta_convergence(s, 2022, 2024)


def test_beta_convergence_needs_editions_in_order():
    with pytest.raises(ValueError, match="must come after"):
        beta_convergence(convergence_series(), 2024, 2022)

"""Determinants model: covariate joining, coefficients, clustered errors, VIF, residual ranking."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dtlib.analysis.determinants import (
    attach_covariates, describe_effects, dropped, effects, fit_determinants, fits_by_edition, influence,
    rank_residuals, residual_ranking, vif,
)

# Eight provinces in two regions; regressors chosen so that no column is a combination of the others.
PROVINCES = pd.DataFrame({"province_id": [f"p{i}" for i in range(8)], "region": list("AAAABBBB")})
LG = np.array([3.0, 3.5, 4.1, 3.2, 4.4, 3.9, 3.3, 4.8])
URBAN = np.array([20.0, 35.0, 28.0, 60.0, 22.0, 41.0, 50.0, 33.0])
LP = np.array([13.1, 14.0, 13.5, 13.8, 14.2, 13.3, 13.9, 14.6])
REGION_B = np.array([0, 0, 0, 0, 1, 1, 1, 1.0])


def _cross_section(y: np.ndarray, year: int = 2022) -> pd.DataFrame:
    return pd.DataFrame({"year": year, "province_id": PROVINCES["province_id"], "score": y,
                         "log_grdp_per_capita": LG, "urban_share_pct": URBAN, "log_population": LP,
                         "region": PROVINCES["region"]})


def test_attach_covariates_uses_the_same_year_or_the_last_one():
    outcomes = pd.DataFrame({"year": [2021, 2024, 2024, 2024], "province_id": ["p0", "p0", "p4", "p9"],
                             "score": [0.4, 0.6, 0.7, 0.5]})
    covariates = pd.DataFrame({"year": [2021, 2022, 2022], "province_id": ["p0", "p0", "p4"],
                               "grdp_per_capita_mn_vnd": [50.0, 100.0, np.e], "urban_share_pct": [30.0, 31.0, 40.0],
                               "population": [1000, 1_000_000, 20]})
    frame = attach_covariates(outcomes, covariates, PROVINCES, "score")
    # p9 has no covariates and is dropped; 2024 takes the 2022 covariates.
    assert frame[["year", "province_id", "covariate_year"]].values.tolist() == [
        [2021, "p0", 2021], [2024, "p0", 2022], [2024, "p4", 2022]]
    assert frame["log_grdp_per_capita"].tolist() == pytest.approx([np.log(50), np.log(100), 1.0])
    assert frame["log_population"].tolist() == pytest.approx([np.log(1000), np.log(1e6), np.log(20)])
    assert frame["region"].tolist() == ["A", "A", "B"]


def test_an_exact_linear_outcome_gives_back_its_coefficients():
    # y = 1 + 2 lg + 0.5 urban - 3 lp + 4 [region B]: OLS must return these, with zero residuals.
    y = 1 + 2 * LG + 0.5 * URBAN - 3 * LP + 4 * REGION_B
    fit = fit_determinants(_cross_section(y), "score")
    coefs = fit.coefficients().set_index("term")["coef"]
    expected = {"Intercept": 1, "C(region)[T.B]": 4, "log_grdp_per_capita": 2, "urban_share_pct": 0.5,
                "log_population": -3}
    assert coefs.to_dict() == pytest.approx(expected, abs=1e-8)
    assert not fit.pooled and fit.results.cov_type == "HC1"
    assert np.abs(fit.results.resid).max() < 1e-8


def test_pooled_fit_has_edition_effects_and_province_clustered_errors():
    noise_2021 = np.array([0.3, -0.2, 0.1, 0.4, -0.5, 0.2, -0.1, -0.3])
    noise_2022 = np.array([0.1, 0.3, -0.4, 0.2, 0.0, -0.2, 0.5, -0.1])
    base = 1 + 2 * LG + 0.5 * URBAN - 3 * LP + 4 * REGION_B
    frame = pd.concat([_cross_section(base + noise_2021, 2021), _cross_section(base + 1 + noise_2022, 2022)],
                      ignore_index=True)
    fit = fit_determinants(frame, "score")
    assert fit.pooled and fit.results.cov_type == "cluster"
    # The cluster-robust covariance by hand: bread (X'X)^-1, meat sum over provinces of (X_g'u_g)(X_g'u_g)',
    # small-sample factor G/(G-1) * (N-1)/(N-K).
    year_2022 = (frame["year"] == 2022).to_numpy(float)
    X = np.column_stack([np.ones(16), np.tile(REGION_B, 2), year_2022, np.tile(LG, 2), np.tile(URBAN, 2),
                         np.tile(LP, 2)])
    y = frame["score"].to_numpy()
    beta = np.linalg.solve(X.T @ X, X.T @ y)
    u = y - X @ beta
    bread = np.linalg.inv(X.T @ X)
    scores = [X[frame["province_id"] == p].T @ u[(frame["province_id"] == p).to_numpy()] for p in PROVINCES["province_id"]]
    meat = sum(np.outer(s, s) for s in scores)
    n, k, g = 16, 6, 8
    se = np.sqrt(np.diag(bread @ meat @ bread) * g / (g - 1) * (n - 1) / (n - k))
    table = fit.coefficients().set_index("term")
    names = ["Intercept", "C(region)[T.B]", "C(year)[T.2022]", "log_grdp_per_capita", "urban_share_pct",
             "log_population"]
    assert table.loc[names, "coef"].to_numpy() == pytest.approx(beta, rel=1e-9)
    assert table.loc[names, "std_err"].to_numpy() == pytest.approx(se, rel=1e-9)


def test_vif_of_two_columns_correlated_at_0_8():
    # deviations (-1.5, -0.5, 0.5, 1.5) and (-1.5, 0.5, -0.5, 1.5): r = 4 / 5 = 0.8, VIF = 1 / (1 - 0.64)
    frame = pd.DataFrame({"a": [1, 2, 3, 4], "b": [1, 3, 2, 4]})
    assert vif(frame, ("a", "b")).tolist() == pytest.approx([1 / 0.36, 1 / 0.36])


def test_rank_residuals_means_over_editions():
    frame = pd.DataFrame({"year": [2021, 2022, 2021, 2022, 2022], "province_id": ["a", "a", "b", "b", "c"],
                          "residual": [0.2, 0.0, -0.1, -0.3, 0.1], "fitted": [1.0, 2.0, 1.0, 1.0, 3.0]})
    ranking = rank_residuals(frame)
    # means: a 0.1, b -0.2, c 0.1 -> a and c share rank 1, b is 3rd
    assert ranking["province_id"].tolist() == ["a", "c", "b"]
    assert ranking["rank"].tolist() == [1, 1, 3]
    assert ranking["residual"].tolist() == pytest.approx([0.1, 0.1, -0.2])
    assert ranking["n_editions"].tolist() == [2, 1, 2]


def test_residual_ranking_and_influence_of_a_fit():
    y = 1 + 2 * LG + 0.5 * URBAN - 3 * LP + 4 * REGION_B
    y[5] += 1.0  # p5 scores 1 above the exact model
    fit = fit_determinants(_cross_section(y), "score")
    table = influence(fit).set_index("province_id")
    ranking = residual_ranking(fit).set_index("province_id")
    # The residuals are (I - H) e5, so p5's residual is 1 - h55, its own leverage.
    assert ranking.loc["p5", "residual"] == pytest.approx(1 - table.loc["p5", "leverage"])
    assert ranking["residual"].sum() == pytest.approx(0, abs=1e-9)  # OLS with an intercept
    assert ranking["rank"].tolist() == sorted(ranking["rank"].tolist())
    assert ranking["residual"].is_monotonic_decreasing
    assert table["leverage"].sum() == pytest.approx(5)  # the trace of the hat matrix is the number of terms


def test_a_subset_of_regressors_keeps_rows_missing_only_the_others():
    outcomes = pd.DataFrame({"year": [2022, 2022], "province_id": ["p0", "p4"], "score": [0.4, 0.7]})
    covariates = pd.DataFrame({"year": [2022, 2022], "province_id": ["p0", "p4"],
                               "grdp_per_capita_mn_vnd": [None, 90.0], "urban_share_pct": [30.0, 40.0],
                               "population": [1000, 2000], "note": ["GRDP not plausible", None]})
    assert attach_covariates(outcomes, covariates, PROVINCES, "score")["province_id"].tolist() == ["p4"]
    kept = attach_covariates(outcomes, covariates, PROVINCES, "score", ("urban_share_pct",))
    assert kept["province_id"].tolist() == ["p0", "p4"]
    # an edition after the last covariate year is paired with it, and the covariates' note says why it is lost
    later = pd.concat([outcomes, outcomes.assign(year=2024)], ignore_index=True)
    frame = attach_covariates(later, covariates, PROVINCES, "score")
    lost = dropped(later, frame, covariates, "score")
    assert lost.values.tolist() == [[2022, "p0", 2022, "GRDP not plausible"], [2024, "p0", 2022, "GRDP not plausible"]]


def test_the_model_with_one_regressor():
    y = 1 + 2 * LG + 4 * REGION_B
    fit = fit_determinants(_cross_section(y), "score", ("log_grdp_per_capita",))
    coefs = fit.coefficients().set_index("term")["coef"]
    assert coefs.to_dict() == pytest.approx({"Intercept": 1, "C(region)[T.B]": 4, "log_grdp_per_capita": 2}, abs=1e-8)
    assert vif(fit.data, fit.regressors).tolist() == pytest.approx([1.0])


def test_effects_read_the_coefficients_for_a_given_change():
    noise = np.array([0.3, -0.2, 0.1, 0.4, -0.5, 0.2, -0.1, -0.3])
    y = 1 + 2 * LG + 0.5 * URBAN - 3 * LP + 4 * REGION_B + noise
    fit = fit_determinants(_cross_section(y), "score")
    table = effects(fit).set_index("term")
    coefs = fit.coefficients().set_index("term")
    log_step = np.log(1.1)  # a 10% rise adds log(1.1) = 0.09531 to a logged variable
    assert table.loc["log_grdp_per_capita", "effect"] == pytest.approx(coefs.loc["log_grdp_per_capita", "coef"] * log_step)
    assert table.loc["urban_share_pct", "effect"] == pytest.approx(coefs.loc["urban_share_pct", "coef"] * 10)
    assert table.loc["log_population", "ci_low"] == pytest.approx(coefs.loc["log_population", "ci_low"] * log_step)
    assert table.loc["C(region)[T.B]", "change"] == "in the B rather than the A"
    assert table.loc["C(region)[T.B]", "effect"] == pytest.approx(coefs.loc["C(region)[T.B]", "coef"])
    # one edition: the within-edition spread is the plain standard deviation of the outcome
    assert table["effect_sd"].to_numpy() == pytest.approx(table["effect"].to_numpy() / np.std(y, ddof=1))


def test_effects_of_a_pooled_fit_use_the_spread_within_editions():
    noise = np.array([0.3, -0.2, 0.1, 0.4, -0.5, 0.2, -0.1, -0.3])
    base = 1 + 2 * LG + 0.5 * URBAN - 3 * LP + 4 * REGION_B + noise
    # the second edition is the first shifted by 10: the shift must not count as spread
    frame = pd.concat([_cross_section(base, 2021), _cross_section(base + 10, 2022)], ignore_index=True)
    table = effects(fit_determinants(frame, "score")).set_index("term")
    deviations = np.concatenate([base - base.mean(), base - base.mean()])
    assert table["effect_sd"].to_numpy() == pytest.approx(table["effect"].to_numpy() / np.std(deviations, ddof=1))


def test_fits_by_edition_fit_each_edition_alone():
    base = 1 + 2 * LG + 0.5 * URBAN - 3 * LP + 4 * REGION_B
    frame = pd.concat([_cross_section(base, 2021), _cross_section(base + 1, 2022)], ignore_index=True)
    table = fits_by_edition(frame, "score")
    assert table["year"].tolist() == [2021] * 3 + [2022] * 3 and set(table["n"]) == {8}
    assert table["coef"].tolist() == pytest.approx([2, 0.5, -3] * 2, abs=1e-8)
    assert table["r_squared"].tolist() == pytest.approx([1.0] * 6)


def test_effect_sentences():
    table = pd.DataFrame({"change": ["GRDP per head 10% higher", "in the B rather than the A"],
                          "effect": [0.0051, -0.0091], "effect_sd": [0.07, -0.13], "ci_low": [-0.0001, -0.0923],
                          "ci_high": [0.0104, 0.0740], "p_value": [0.056, 0.012]})
    assert describe_effects(table, "DTI") == [
        "GRDP per head 10% higher: DTI higher by 0.0051 (0.07 within-edition standard deviations; 95% interval "
        "-0.0001 to +0.0104, p = 0.056), not distinguishable from zero at the 5% level.",
        "In the B rather than the A: DTI lower by 0.0091 (0.13 within-edition standard deviations; 95% interval "
        "-0.0923 to +0.0740, p = 0.012), different from zero at the 5% level.",
    ]


def test_influence_carries_fitted_values_and_residuals():
    y = 1 + 2 * LG + 0.5 * URBAN - 3 * LP + 4 * REGION_B
    y[2] += 0.5
    fit = fit_determinants(_cross_section(y), "score")
    table = influence(fit)
    assert (table["fitted"] + table["residual"]).to_numpy() == pytest.approx(y)

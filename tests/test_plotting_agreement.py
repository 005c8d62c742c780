"""The data behind the agreement and regression-diagnostic charts (not their pixels)."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from dtlib import plotting  # noqa: E402

PAIRS = pd.DataFrame({"province_id": ["a", "b", "c", "d"], "name_vi": list("ABCD"), "dti": [1, 2, 3, 4],
                      "other": [0.5, 0.9, 0.3, 0.1], "dti_rank": [1, 2, 3, 4], "other_rank": [2, 1, 3, 4],
                      "gap": [-1, 1, 0, 0]})


def test_agreement_scatter_labels_only_real_disagreements():
    data = plotting.agreement_scatter_data(PAIRS, labelled=3)
    # c and d have the same rank on both: never labelled, even with room for three labels
    assert data.loc[data["is_labelled"], "province_id"].tolist() == ["a", "b"]
    assert plotting.agreement_scatter_data(PAIRS, labelled=1)["is_labelled"].tolist() == [True, False, False, False]
    fig = plotting.agreement_scatter(PAIRS, "DTI 2024", "PCI 2022")
    assert fig.axes[0].get_xlabel() == "DTI 2024: rank among the 4 (1 = best)"


def test_correlation_forest_draws_the_comparisons_with_a_correlation_top_down():
    table = pd.DataFrame({"dti_edition": [2024, 2024, 2023], "index": ["pci", "egov", "pci"],
                          "other_edition": pd.array([2022, pd.NA, 2022], "Int64"), "n": [63, 0, 63],
                          "rho": [0.39, None, 0.51], "rho_low": [0.14, None, 0.28], "rho_high": [0.58, None, 0.68]})
    data = plotting.correlation_forest_data(table, {"pci": "PCI", "egov": "e-gov"})
    assert data["label"].tolist() == ["DTI 2024 · PCI 2022 (n = 63)", "DTI 2023 · PCI 2022 (n = 63)"]
    assert data["y"].tolist() == [1, 0]


DIAGNOSTICS = pd.DataFrame({"year": [2022] * 4, "province_id": ["a", "b", "c", "d"], "fitted": [0.5, 0.6, 0.7, 0.8],
                            "residual": [0.1, -0.3, 0.05, 0.0], "leverage": [0.2, 0.3, 0.9, 0.6],
                            "studentized_residual": [0.8, -2.5, 0.4, -0.1], "cooks_distance": [0.1, 1.2, 0.3, 0.01]})


def test_residual_plot_data_quantiles_and_labels():
    data = plotting.residual_plot_data(DIAGNOSTICS, {"a": "A", "b": "B"}, labelled=2).set_index("province_id")
    # plotting positions (i - 0.5) / 4 in order b < d < c < a: Phi^-1 of 0.125, 0.375, 0.625, 0.875
    assert data.loc[["b", "d", "c", "a"], "normal_quantile"].tolist() == pytest.approx(
        [-1.15035, -0.31864, 0.31864, 1.15035], abs=1e-5)
    assert data.index[data["is_labelled"]].tolist() == ["a", "b"]  # the two largest |studentised residuals|
    # one edition: labels are names alone; ids stand in for unknown names
    assert data["label"].tolist() == ["A", "B", "c", "d"]


def test_influence_plot_data_flags_cooks_distance_or_leverage():
    data = plotting.influence_plot_data(DIAGNOSTICS, {}).set_index("province_id")
    # 4 / n = 1: only b's Cook's distance; twice the mean leverage = 1.0: none; so b alone
    assert data.index[data["is_labelled"]].tolist() == ["b"]
    pooled = pd.concat([DIAGNOSTICS, DIAGNOSTICS.assign(year=2023)], ignore_index=True)
    assert plotting.influence_plot_data(pooled, {"a": "A"})["label"].tolist()[:2] == ["A 2022", "b 2022"]

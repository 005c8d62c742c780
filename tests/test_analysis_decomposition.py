"""What the known main indices say about a DTI change, on hand-made and real tables."""
import numpy as np
import pytest

import dtlib
from dtlib.analysis.decomposition import decompose_change, known_indices_fit
from dtlib.measures import MAIN_INDICES
from frames import dti_frame

KNOWN = ("infrastructure", "gov_activity", "econ_activity", "soc_activity")


def rows(pid: str, dti: tuple[float, float], indices: list[tuple[float, float]]) -> list[dict]:
    """Two editions (2022, 2023) of one province: DTI and the four known indices."""
    return [{"year": year, "province_id": pid, "score": dti[i],
             **{f"{code}_score": pair[i] for code, pair in zip(KNOWN, indices)}} for i, year in enumerate((2022, 2023))]


def table():
    return dti_frame(
        # DTI +0.10; indices +0.10, -0.05, +0.20, +0.05
        rows("pre2025-01", (0.50, 0.60), [(0.40, 0.50), (0.60, 0.55), (0.50, 0.70), (0.30, 0.35)])
        # DTI +0.30; indices +0.10, 0, +0.20, +0.10
        + rows("pre2025-02", (0.60, 0.90), [(0.50, 0.60), (0.70, 0.70), (0.40, 0.60), (0.20, 0.30)])
        # DTI -0.10; indices 0, +0.10, +0.05, 0
        + rows("pre2025-04", (0.70, 0.60), [(0.60, 0.60), (0.50, 0.60), (0.30, 0.35), (0.40, 0.40)])
    )


def test_known_indices_against_the_national_mean_by_hand():
    result = decompose_change(table(), "pre2025-01", 2022, 2023)
    infra = result.indices.set_index("index").loc["infrastructure"]
    assert infra["change"] == pytest.approx(0.10)
    assert infra["national_mean_change"] == pytest.approx((0.10 + 0.10 + 0.0) / 3)
    assert infra["change_vs_national"] == pytest.approx(0.10 - 0.2 / 3)
    # infrastructure 2022: 0.40 < 0.50 < 0.60 -> rank 3; 2023: 0.50 < 0.60 = 0.60 -> rank 3 (two share 1)
    assert (infra["rank_start"], infra["rank_end"], infra["rank_change"]) == (3, 3, 0)
    gov = result.indices.set_index("index").loc["gov_activity"]
    # 2022: 0.70 > 0.60 > 0.50 -> rank 2; 2023: 0.70 > 0.60 > 0.55 -> rank 3
    assert (gov["rank_start"], gov["rank_end"], gov["rank_change"]) == (2, 3, -1)
    assert result.known == list(KNOWN)
    assert result.unknown == ["awareness", "institutions", "human_resources", "cybersecurity"]


def test_a_dti_change_inside_the_known_range_is_not_attributed():
    result = decompose_change(table(), "pre2025-01", 2022, 2023)
    assert result.dti_change == pytest.approx(0.10)
    assert result.finding == "within_known"
    assert "-0.0500 to +0.2000" in result.explanation and "cannot be attributed" in result.explanation


def test_a_dti_change_above_every_known_index_points_at_the_unpublished_ones():
    result = decompose_change(table(), "pre2025-02", 2022, 2023)
    assert result.finding == "above_known"
    assert "more than +0.3000" in result.explanation and "Digital awareness" in result.explanation


def test_a_dti_change_below_every_known_index():
    result = decompose_change(table(), "pre2025-04", 2022, 2023)
    assert result.finding == "below_known"
    assert "less than -0.1000" in result.explanation


def test_all_eight_known_outside_their_range_contradicts_the_weighted_average():
    all_eight = [{"year": year, "province_id": "pre2025-01", "score": dti,
                  **{m.score_column: value for m in MAIN_INDICES}}
                 for year, dti, value in ((2022, 0.5, 0.5), (2023, 0.9, 0.6))]
    result = decompose_change(dti_frame(all_eight), "pre2025-01", 2022, 2023)
    assert result.unknown == []
    assert result.finding == "contradicts_assumption"


def test_missing_dti_or_indices_say_so():
    frame = dti_frame([
        {"year": 2020, "province_id": "pre2025-01", "rank": 4},
        {"year": 2020, "province_id": "pre2025-02", "score": 0.4},
        {"year": 2022, "province_id": "pre2025-01", "score": 0.6},
        {"year": 2022, "province_id": "pre2025-02", "score": 0.6},
    ])
    assert decompose_change(frame, "pre2025-01", 2020, 2022).finding == "dti_unknown"
    assert decompose_change(frame, "pre2025-02", 2020, 2022).finding == "no_index_known"
    with pytest.raises(ValueError, match="first before the second"):
        decompose_change(frame, "pre2025-02", 2022, 2020)


def test_known_indices_fit_by_hand():
    # only infrastructure is known for every province: a simple regression of
    # dDTI = (0.01, 0.04, 0.12, 0.13) on dInfra = (0, 0.1, 0.2, 0.3):
    # Sxx = 0.05, Sxy = 0.022 -> slope 0.44, intercept 0.075 - 0.44*0.15 = 0.009,
    # R^2 = 0.44^2 * 0.05 / 0.0105
    d_infra, d_dti = [0.0, 0.1, 0.2, 0.3], [0.01, 0.04, 0.12, 0.13]
    frame = dti_frame([
        {"year": year, "province_id": f"pre2025-0{i + 1}", "score": 0.5 + (dd if year == 2023 else 0),
         "infrastructure_score": 0.4 + (di if year == 2023 else 0)}
        for year in (2022, 2023) for i, (di, dd) in enumerate(zip(d_infra, d_dti))
    ])
    fit = known_indices_fit(frame, 2022, 2023)
    assert fit.indices == ["infrastructure"]
    coef = fit.summary.set_index("term")["coef"]
    assert (coef["const"], coef["infrastructure"]) == pytest.approx((0.009, 0.44))
    assert fit.r_squared == pytest.approx(0.44 ** 2 * 0.05 / 0.0105)
    assert fit.n == 4


def test_the_dti_of_the_five_provinces_with_all_eight_indices_lies_within_them():
    """The weighted-average assumption behind the bound holds where it can be checked (2022 top five)."""
    dti = dtlib.load("dti")
    columns = [m.score_column for m in MAIN_INDICES]
    full = dti[dti[columns].notna().all(axis=1)]
    assert len(full) == 5
    assert np.all((full[columns].min(axis=1) <= full["score"]) & (full["score"] <= full[columns].max(axis=1)))

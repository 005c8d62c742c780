"""The exploratory province comparison, on a hand-made frame whose answers are worked out by hand.

Six provinces, A and B host a pilot. The later score is built as
0.1 + 0.05 * pilot + 0.8 * earlier + e, with residuals e orthogonal to the constant, the pilot
flag and the earlier score, so OLS must return exactly (0.1, 0.05, 0.8) with residuals e.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from dtlib.pilots.comparison import compare_pilot_provinces, pilot_provinces

PROVINCES = ["pre2025-01", "pre2025-02", "pre2025-03", "pre2025-04", "pre2025-05", "pre2025-06"]
PILOT = np.array([1, 1, 0, 0, 0, 0], dtype=float)
EARLIER = np.array([0.5, 0.7, 0.4, 0.6, 0.5, 0.3])
RESIDUALS = np.array([0.01, -0.01, 0.02, -0.01, 0.015, -0.025])
LATER = np.array([0.56, 0.70, 0.44, 0.57, 0.515, 0.315])  # 0.1 + 0.05 pilot + 0.8 earlier + e, by hand


def _dti(extra: list[dict] | None = None) -> pd.DataFrame:
    rows = [{"year": 2022, "province_id": p, "score": s} for p, s in zip(PROVINCES, EARLIER)]
    rows += [{"year": 2024, "province_id": p, "score": s} for p, s in zip(PROVINCES, LATER)]
    return pd.DataFrame(rows + (extra or []))


COMMUNES = pd.DataFrame({"unit_id": ["a1", "a2", "b1", "x1"],
                         "programme_id": ["prog", "prog", "prog", "other"],
                         "province_id": ["pre2025-01", "pre2025-01", "pre2025-02", "pre2025-05"]})
PROGRAMMES = pd.DataFrame({"programme_id": ["prog", "other"], "start_date": ["2020-09", "2023"],
                           "n_units_stated_min": [7, None], "n_units_stated_max": [8, None],
                           "n_units_named": [2, 1]})


@pytest.fixture(scope="module")
def result():
    return compare_pilot_provinces(_dti(), COMMUNES, PROGRAMMES, programme_id="prog", years=(2022, 2024))


def test_the_design_is_what_the_docstring_says():
    assert np.allclose(0.1 + 0.05 * PILOT + 0.8 * EARLIER + RESIDUALS, LATER)
    design = np.column_stack([np.ones(6), PILOT, EARLIER])
    assert np.allclose(design.T @ RESIDUALS, 0)


def test_pilot_provinces_come_from_the_registry(result):
    assert result.pilot_provinces == ("pre2025-01", "pre2025-02")
    assert pilot_provinces(COMMUNES, "other") == ("pre2025-05",)
    with pytest.raises(ValueError, match="no unit of programme 'none' in the registry; choose one of other, prog"):
        pilot_provinces(COMMUNES, "none")


def test_difference_in_means_with_welch_interval(result):
    row = result.differences.set_index("year").loc[2024]
    # pilots: (0.56 + 0.70) / 2 = 0.63; others: (0.44 + 0.57 + 0.515 + 0.315) / 4 = 0.46
    assert (row["n_pilot"], row["n_other"]) == (2, 4)
    assert row["mean_pilot"] == pytest.approx(0.63)
    assert row["mean_other"] == pytest.approx(0.46)
    assert row["difference"] == pytest.approx(0.17)
    # Welch: variances 0.0098 (n=2) and 0.0121833 (n=4); SE^2 = 0.0049 + 0.00304583
    v1, v2 = 0.0098 / 2, 0.03655 / 3 / 4
    se = math.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / 1 + v2 ** 2 / 3)
    assert df == pytest.approx(2.3295, abs=1e-3)
    half = stats.t.ppf(0.975, df) * se
    assert row["ci_low"] == pytest.approx(0.17 - half)
    assert row["ci_high"] == pytest.approx(0.17 + half)
    assert row["p_value"] == pytest.approx(2 * stats.t.sf(0.17 / se, df))
    earlier = result.differences.set_index("year").loc[2022]
    assert earlier["difference"] == pytest.approx(0.6 - 0.45)


def test_ols_with_hc3_standard_errors(result):
    table = result.regression.set_index("term")
    assert table["coef"].to_dict() == pytest.approx({"const": 0.1, "pilot": 0.05, "earlier": 0.8})
    # HC3 from its definition: (X'X)^-1 X' diag(e_i^2 / (1 - h_i)^2) X (X'X)^-1
    x = np.column_stack([np.ones(6), PILOT, EARLIER])
    bread = np.linalg.inv(x.T @ x)
    leverage = np.einsum("ij,jk,ik->i", x, bread, x)
    meat = x.T @ np.diag(RESIDUALS ** 2 / (1 - leverage) ** 2) @ x
    se = np.sqrt(np.diag(bread @ meat @ bread))
    assert table["se"].to_numpy() == pytest.approx(se)
    z = stats.norm.ppf(0.975)  # statsmodels' robust inference uses the normal distribution
    assert table.loc["pilot", "ci_low"] == pytest.approx(0.05 - z * se[1])
    assert table.loc["pilot", "ci_high"] == pytest.approx(0.05 + z * se[1])


def test_small_sample_caveat_is_computed(result):
    caveat = result.caveat
    assert (caveat.n_pilot, caveat.n_other, caveat.n_dropped) == (2, 4, 0)
    # pooled variance of the later score: (1 * 0.0098 + 3 * 0.0121833) / 4
    assert caveat.pooled_sd == pytest.approx(math.sqrt((0.0098 + 0.03655) / 4))
    # at the minimum detectable difference, a two-sided pooled t-test has exactly the stated power
    d = caveat.min_detectable_difference / caveat.pooled_sd
    crit = stats.t.ppf(0.975, 4)
    noncentrality = d * math.sqrt(2 * 4 / 6)
    power = stats.nct.sf(crit, 4, noncentrality) + stats.nct.cdf(-crit, 4, noncentrality)
    assert power == pytest.approx(0.8, abs=1e-6)
    assert (caveat.n_units_stated_max, caveat.n_units_named, caveat.n_units_unknown) == (8, 2, 6)
    text = caveat.text()
    assert text.startswith("Exploratory: 2 pilot provinces against 4 others.")
    assert f"of about {caveat.min_detectable_difference:.3f} or more" in text
    assert "The programme started in 2020, so the 2022 score is not a score from before the pilot." in text
    assert "name 2; the provinces of the other 6 are unknown" in text
    assert result.label == "exploratory"


def test_provinces_without_both_scores_are_dropped_and_counted():
    extra = [{"year": 2022, "province_id": "pre2025-07", "score": 0.4}]  # no 2024 score
    result = compare_pilot_provinces(_dti(extra), COMMUNES, PROGRAMMES, programme_id="prog", years=(2022, 2024))
    assert result.caveat.n_dropped == 1
    assert result.regression.set_index("term")["coef"]["pilot"] == pytest.approx(0.05)
    assert "1 provinces without a score in both years are left out." in result.caveat.text()


def test_a_programme_without_a_stated_size_or_an_earlier_start():
    communes = pd.concat([COMMUNES, pd.DataFrame({"unit_id": ["y1"], "programme_id": ["other"],
                                                  "province_id": ["pre2025-06"]})])
    result = compare_pilot_provinces(_dti(), communes, PROGRAMMES, programme_id="other", years=(2022, 2024))
    assert result.caveat.n_units_unknown is None
    assert "unknown" not in result.caveat.text() and "started" not in result.caveat.text()


@pytest.mark.parametrize("kwargs, message", [
    ({"earlier": 2024, "later": 2022}, "earlier \\(2024\\) must be before later \\(2022\\)"),
    ({"years": (2023,)}, "no DTI rows for \\[2023\\]"),
    ({"programme_id": "other"}, "need at least two provinces in each group"),
    ({"index": "digital"}, "unknown DTI measure 'digital'"),
])
def test_bad_requests_are_refused(kwargs, message):
    arguments = {"programme_id": "prog", "years": (2022, 2024), **kwargs}
    with pytest.raises(ValueError, match=message):
        compare_pilot_provinces(_dti(), COMMUNES, PROGRAMMES, **arguments)

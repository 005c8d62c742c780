"""The data behind the pilot charts, on the hand-made tables of ``pilot_frames``: positions, marks and
arrow ends worked out by hand."""
from __future__ import annotations

import math
from types import SimpleNamespace

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from dtlib.pilots.select import before_after, indicator_comparisons
from dtlib.plotting import (before_after_chart, before_after_chart_data, difference_chart, difference_chart_data,
                            indicator_chart, indicator_chart_data)
from dtlib.plotting.pilots import date_position
from pilot_frames import COMMUNES, INDICATORS, P1, P2

COLUMNS = ["fact_id", "is_drawn", "panel", "y", "mark", "direction", "open_end"]


def rows(data: pd.DataFrame) -> list[tuple]:
    return [tuple(None if isinstance(v, float) and math.isnan(v) else v for v in row)
            for row in data[COLUMNS].itertuples(index=False)]


def test_shares_share_a_panel_with_headings_and_other_units_need_a_comparison():
    data = indicator_chart_data(indicator_comparisons(INDICATORS, COMMUNES, province_id=P1))
    # share panel in taxonomy order: internet access (f3, heading at 1), smartphone use (f1, heading at 3);
    # income has a comparison row (c1), so it gets its own panel, pilot first, no heading slot
    income = "income_per_capita|residents|million_vnd_per_person_year"
    assert rows(data) == [
        ("f3", True, "share", 2, "exact", None, None),
        ("f1", True, "share", 4, "bound", "up", 100.0),
        ("f2", True, income, 1, "exact", None, None),
        ("c1", True, income, 2, "exact", None, None),
    ]
    assert data.loc[data["fact_id"] == "f1", "label"].item() == ">70%"


def test_a_figure_in_other_units_without_comparison_is_left_to_the_table():
    data = indicator_chart_data(indicator_comparisons(INDICATORS, COMMUNES, province_id=P2))
    # mobile coverage: f4 and its comparison c4 under one heading; the online-dossier target f5 after;
    # the sales multiple f6 has no comparison row
    assert rows(data) == [
        ("f4", True, "share", 2, "exact", None, None),
        ("c4", True, "share", 3, "exact", None, None),
        ("f5", True, "share", 5, "bound", "up", 100.0),
        ("f6", False, "ecommerce_sales_change|sales_volume|times", None, "exact", None, None),
    ]
    assert data.set_index("fact_id").loc["f5", "kind"] == "target"


def test_an_upper_bound_points_down_to_zero_in_a_share_panel():
    below = INDICATORS.assign(qualifier=INDICATORS["qualifier"].replace(">", "≤"))
    data = indicator_chart_data(indicator_comparisons(below, COMMUNES, province_id=P1)).set_index("fact_id")
    assert (data.loc["f1", "mark"], data.loc["f1", "direction"], data.loc["f1", "open_end"]) == ("bound", "down", 0.0)


def test_dates_sit_at_the_middle_of_the_period_they_name():
    assert date_position("2020") == 2020.5
    assert date_position("2020-09") == pytest.approx(2020 + 8.5 / 12)
    assert date_position("2023-10-15") == pytest.approx(2023 + 9 / 12 + 14.5 / 365.25)
    with pytest.raises(ValueError, match="'2020/09' is not YYYY"):
        date_position("2020/09")


def test_before_after_has_the_baseline_the_value_and_the_comparisons_of_the_same_measure():
    data = before_after_chart_data(before_after(INDICATORS, COMMUNES), INDICATORS)
    assert data[["fact_id", "point", "area_name", "x", "value", "qualifier"]].values.tolist() == [
        ["f2", "before", "U1", 2020.5, 48.12, "="],
        ["f2", "after", "U1", 2023.5, 71.8, "="],
        ["f2", "comparison", "D1 (district)", 2020.5, 51.0, "="],
        ["f4", "before", "U3", 2022.5, 90.0, "~"],
        ["f4", "after", "U3", 2023.5, 100.0, "="],
        ["f4", "comparison", "Non-pilot commune (commune)", 2023.5, 95.0, "="],
    ]
    assert set(data.loc[data["fact_id"] == "f4", "baseline_basis"]) == {"derived"}


def test_difference_chart_data_is_the_comparison_per_year():
    differences = pd.DataFrame({"year": [2022, 2024], "n_pilot": [3, 3], "n_other": [60, 60], "mean_pilot": [.5, .7],
                                "mean_other": [.6, .7], "difference": [-.1, 0.], "ci_low": [-.3, -.05],
                                "ci_high": [.1, .05], "p_value": [.3, .9]})
    comparison = SimpleNamespace(differences=differences, caveat=SimpleNamespace(alpha=0.05))
    assert difference_chart_data(comparison).to_dict("list") == {
        "year": [2022, 2024], "difference": [-.1, 0.], "ci_low": [-.3, -.05], "ci_high": [.1, .05], "n_pilot": [3, 3],
        "n_other": [60, 60]}
    assert difference_chart(comparison, title="t").axes


def test_the_charts_draw_and_refuse_an_empty_scope():
    assert indicator_chart(indicator_comparisons(INDICATORS, COMMUNES, province_id=P1), title="t").axes
    assert before_after_chart(before_after(INDICATORS, COMMUNES), INDICATORS, title="t").axes
    with pytest.raises(ValueError, match="no figure to draw"):
        indicator_chart(indicator_comparisons(INDICATORS, COMMUNES, province_id="pre2025-99"))
    with pytest.raises(ValueError, match="no figure with a baseline"):
        before_after_chart(before_after(INDICATORS, COMMUNES, province_id=P1[:-1] + "9"), INDICATORS)

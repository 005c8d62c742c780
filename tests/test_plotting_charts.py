"""The data behind the bump, slope and strip charts."""
import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from dtlib.plotting import (bump_chart, bump_chart_data, slope_chart, slope_chart_data, strip_plot,
                            strip_plot_data)


def series() -> pd.DataFrame:
    rows = [
        (2022, "a", 0.9, 1), (2022, "b", 0.5, 3), (2022, "c", 0.7, 2),
        (2023, "a", None, 2), (2023, "b", None, 1), (2023, "c", None, None),
    ]
    frame = pd.DataFrame(rows, columns=["year", "province_id", "score", "rank"])
    frame["name_vi"] = frame["province_id"].str.upper()
    frame["rank"] = frame["rank"].astype("Int64")
    frame["rank_is_derived"] = False
    return frame


def test_bump_chart_data_has_the_known_ranks_and_the_highlight():
    data = bump_chart_data(series(), highlight=["b"])
    assert data[["year", "province_id", "rank"]].values.tolist() == [
        [2022, "a", 1], [2022, "b", 3], [2022, "c", 2], [2023, "a", 2], [2023, "b", 1]]
    assert data.loc[data["is_highlighted"], "province_id"].unique().tolist() == ["b"]


def test_slope_chart_data_is_the_rank_change_with_the_highlight():
    data = slope_chart_data(series(), 2022, 2023, highlight=["a"])
    assert data[["province_id", "rank_start", "rank_end", "rank_change"]].values.tolist() == [
        ["b", 3, 1, 2], ["a", 1, 2, -1]]
    assert data["is_highlighted"].tolist() == [False, True]


def test_strip_plot_data_spreads_scores_of_an_edition_in_score_order():
    data = strip_plot_data(series(), highlight=["c"])
    # 2022 is position 0; in score order b, c, a take the first three offsets; 2023 has no scores
    assert data["province_id"].tolist() == ["b", "c", "a"]
    assert data["x"].tolist() == pytest.approx([-0.24, -0.12, 0.0])
    assert data["is_highlighted"].tolist() == [False, True, False]


def test_charts_label_the_highlighted_provinces():
    s = series()
    bump, slope, strip = bump_chart(s, ["b"]), slope_chart(s, 2022, 2023, ["b"]), strip_plot(s, ["c"])
    assert [t.get_text() for t in bump.axes[0].texts] == ["B (1)"]  # its last known rank
    assert sorted(t.get_text() for t in slope.axes[0].texts) == ["1 B (+2)", "B 3"]
    assert strip.axes[0].get_legend_handles_labels()[1] == ["C"]
    for fig in (bump, slope, strip):
        matplotlib.pyplot.close(fig)

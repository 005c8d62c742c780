"""The data behind the merger charts, and the rank axis of charts of the 34 units."""
import matplotlib
import pandas as pd

matplotlib.use("Agg")

from dtlib.plotting import (bump_chart, constituents_chart, constituents_chart_data, method_chart,
                            method_chart_data)
from dtlib.plotting.charts import rank_ticks


def constituents() -> pd.DataFrame:
    """Shaped like constituent_ranks: unit U2 (rank 1) = {a 0.8, b 0.6}; U1 (not ranked) = {c 0.5, d unknown}."""
    rows = [("U2", "Two", 0.7, 1, "a", "A", 0.8, 2, 0.1), ("U2", "Two", 0.7, 1, "b", "B", 0.6, 4, -0.1),
            ("U1", "One", 0.5, None, "c", "C", 0.5, 5, 0.0), ("U1", "One", 0.5, None, "d", "D", None, None, None)]
    frame = pd.DataFrame(rows, columns=["unit_id", "unit_name_vi", "unit_value", "unit_rank", "province_id",
                                        "name_vi", "value", "former_rank", "pull"])
    return frame.astype({"unit_rank": "Int64", "former_rank": "Int64"})


def test_constituents_chart_data_keeps_the_known_values_in_unit_order():
    data = constituents_chart_data(constituents())
    assert data["province_id"].tolist() == ["a", "b", "c"]  # d has no value
    assert data["row"].tolist() == [0, 0, 1]
    assert data["unit_label"].tolist() == ["Two (1)", "Two (1)", "One (not ranked)"]


def test_constituents_chart_names_provinces_with_their_former_rank():
    fig = constituents_chart(constituents(), highlight=["U1"])
    ax = fig.axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["A 2", "B 4", "C 5"]
    ticks = {t.get_text(): t.get_fontweight() for t in ax.get_yticklabels()}
    assert ticks == {"Two (1)": "normal", "One (not ranked)": "bold"}
    matplotlib.pyplot.close(fig)


def test_method_chart_pairs_the_two_ranks():
    sensitivity = pd.DataFrame({"province_id": ["x", "y", "z"], "name_vi": ["X", "Y", "Z"],
                                "base_value": [0.7, 0.75, 0.6], "base_rank": [2, 1, 3],
                                "other_value": [0.65, 0.75, 0.7], "other_rank": [3, 1, 2],
                                "rank_gain": [-1, 0, 1]})
    data = method_chart_data(sensitivity, highlight=["z"])
    assert data[["province_id", "rank_start", "rank_end", "rank_change"]].values.tolist() == [
        ["x", 2, 3, -1], ["y", 1, 1, 0], ["z", 3, 2, 1]]
    fig = method_chart(sensitivity, ("mean", "weighted"), highlight=["z"])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["mean", "weighted"]
    assert ax.get_ylim() == (35, 0) and list(ax.get_yticks()) == [1, 10, 20, 34]  # ranks among the 34 units
    assert sorted(t.get_text() for t in ax.texts) == ["2 Z (+1)", "Z 3"]
    matplotlib.pyplot.close(fig)


def test_rank_ticks_and_axis():
    assert rank_ticks(63) == [1, 10, 20, 30, 40, 50, 63]
    assert rank_ticks(34) == [1, 10, 20, 34]  # 30 would crowd 34
    series = pd.DataFrame({"year": [2023, 2024], "province_id": "u", "name_vi": "U", "score": 0.5,
                           "rank": pd.array([3, 1], dtype="Int64"), "rank_is_derived": False})
    fig = bump_chart(series, ["u"], out_of=34)
    assert fig.axes[0].get_ylim() == (35, 0)
    assert bump_chart(series).axes[0].get_ylim() == (64, 0)  # among the 63 provinces unless told
    matplotlib.pyplot.close("all")

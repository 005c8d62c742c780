"""Charts of the 2025 merger: each unit against its former provinces, and ranks under two methods.

They draw the tables of :mod:`dtlib.analysis.merger`; each has a ``*_data`` function returning
the frame it draws.
"""
from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ..provinces import N_UNITS
from .charts import _figure_and_axes, draw_slopes
from .style import MUTED, PALETTE, highlight_colours

ABOVE, BELOW = PALETTE[0], PALETTE[1]  # a province above its unit's value pulled it up; below, down
ROW_INCHES = 0.42


def constituents_chart_data(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of :func:`~dtlib.analysis.merger.constituent_ranks` with a value, with ``row`` (0 = the
    best-ranked unit at the top) and ``unit_label`` ("name (rank)", or "name (not ranked)")."""
    known = table[table["value"].notna()]
    order = known.drop_duplicates("unit_id")["unit_id"].tolist()  # the table comes sorted by unit rank
    label = known["unit_name_vi"] + known["unit_rank"].map(lambda r: " (not ranked)" if pd.isna(r) else f" ({r})")
    return known.assign(row=known["unit_id"].map({u: i for i, u in enumerate(order)}), unit_label=label)


def constituents_chart(table: pd.DataFrame, highlight: list[str] = (), title: str | None = None,
                       value_label: str = "DTI score (0-1)", ax=None) -> Figure:
    """One row per unit: its former provinces' values as dots (blue above the unit's value, orange
    below), the unit's value as a black bar, each province named with its former rank among the 63
    (names alternate above and below the dots, so that close values stay readable). Highlighted
    units (ids) have their name in bold and in colour."""
    data = constituents_chart_data(table)
    n_rows = int(data["row"].max()) + 1 if len(data) else 1
    fig, ax = _figure_and_axes(ax, (8.0, ROW_INCHES * n_rows + 1.0))
    colours = highlight_colours(list(highlight))
    for _, unit in data.groupby("row", sort=True):
        y = unit["row"].iloc[0]
        ax.hlines(y, unit["value"].min(), unit["value"].max(), color=MUTED, linewidth=1.0, zorder=1)
        ax.scatter(unit["value"], [y] * len(unit), s=22, zorder=3, edgecolor="white", linewidth=0.4,
                   color=[ABOVE if pull > 0 else BELOW if pull < 0 else MUTED for pull in unit["pull"]])
        ax.scatter([unit["unit_value"].iloc[0]], [y], marker="|", s=140, color="black", linewidth=1.6, zorder=4)
        for i, row in enumerate(unit.sort_values(["value", "province_id"]).itertuples()):
            rank = "" if pd.isna(row.former_rank) else f" {row.former_rank}"
            above = i % 2 == 0
            ax.annotate(f"{row.name_vi}{rank}", (row.value, y), xytext=(0, 4 if above else -4),
                        textcoords="offset points", ha="center", va="bottom" if above else "top", fontsize=5.8,
                        color="#444444")
    labels = data.drop_duplicates("row").sort_values("row")
    ax.set_yticks(labels["row"], labels["unit_label"])
    for tick, unit_id in zip(ax.get_yticklabels(), labels["unit_id"]):
        if unit_id in colours:
            tick.set_color(colours[unit_id])
            tick.set_fontweight("bold")
    ax.set_ylim(n_rows - 0.4, -0.8)
    ax.set_xlabel(value_label)
    ax.grid(axis="y", visible=False)
    handles = [Line2D([], [], marker="|", color="black", linestyle="", markersize=10, label="unit (rank among 34)"),
               Line2D([], [], marker="o", color=ABOVE, linestyle="", label="province above its unit"),
               Line2D([], [], marker="o", color=BELOW, linestyle="", label="province below its unit")]
    fig.legend(handles=handles, loc="outside lower center", ncols=3, fontsize=7)  # cannot hide a dot there
    if title:
        ax.set_title(title)
    return fig


def method_chart_data(sensitivity: pd.DataFrame, highlight: list[str] = ()) -> pd.DataFrame:
    """:func:`~dtlib.analysis.merger.method_sensitivity` as the rank pairs of a slope chart."""
    data = sensitivity.rename(columns={"base_rank": "rank_start", "other_rank": "rank_end", "rank_gain": "rank_change"})
    data = data.dropna(subset=["rank_start", "rank_end"])
    return data.assign(is_highlighted=data["province_id"].isin(list(highlight)))[
        ["province_id", "name_vi", "rank_start", "rank_end", "rank_change", "is_highlighted"]].reset_index(drop=True)


def method_chart(sensitivity: pd.DataFrame, labels: tuple[str, str], highlight: list[str] = (),
                 title: str | None = None, ax=None) -> Figure:
    """Each unit's rank under one method joined to its rank under the other; highlighted ones labelled."""
    return draw_slopes(method_chart_data(sensitivity, highlight), labels, highlight, title, ax, out_of=N_UNITS)


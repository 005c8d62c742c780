"""Rank and score charts: bump chart, slope chart, strip plot of scores per edition.

Each chart has a ``*_data`` function returning exactly the frame it draws, so tests check
the data behind a figure rather than its pixels. Charts take a series from
:func:`dtlib.analysis.series.measure_series` and province ids to highlight.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..analysis.rankings import rank_changes
from ..provinces import N_PROVINCES
from .style import MUTED, highlight_colours

# Horizontal offsets of the strip plot, cycled through in score order so that provinces with
# close scores sit side by side instead of on top of each other (no random jitter to seed).
STRIP_OFFSETS = (-0.24, -0.12, 0.0, 0.12, 0.24)


def bump_chart_data(series: pd.DataFrame, highlight: list[str] = ()) -> pd.DataFrame:
    """Known ranks: year, province_id, name_vi, rank, is_highlighted."""
    known = series[series["rank"].notna()]
    data = known.assign(is_highlighted=known["province_id"].isin(list(highlight)))
    return data[["year", "province_id", "name_vi", "rank", "is_highlighted"]].reset_index(drop=True)


def bump_chart(series: pd.DataFrame, highlight: list[str] = (), title: str | None = None,
               ax=None, out_of: int = N_PROVINCES, xlabel: str = "DTI edition (year assessed)") -> Figure:
    """Ranks over editions, one line per province; highlighted provinces in colour and labelled.

    Lines join consecutive editions only; a dotted line bridges an edition in which a
    highlighted province's rank is unknown. ``out_of``: how many units the ranks are among.
    """
    data = bump_chart_data(series, highlight)
    fig, ax = _figure_and_axes(ax, (7.5, 5.5))
    years = sorted(series["year"].unique())
    ranks = data.pivot(index="year", columns="province_id", values="rank").reindex(years).astype(float)
    colours = highlight_colours(list(highlight))
    for pid in ranks.columns:
        if pid in colours:
            continue
        ax.plot(ranks.index, ranks[pid], color=MUTED, linewidth=0.7, alpha=0.6, marker="o", markersize=1.5)
    labels = []
    for pid, colour in colours.items():
        if pid not in ranks.columns:
            continue
        line = ranks[pid]
        ax.plot(line.dropna().index, line.dropna(), color=colour, linewidth=1.0, linestyle=":")
        ax.plot(line.index, line, color=colour, linewidth=2.2, marker="o", markersize=4)
        last_year = line.last_valid_index()
        name = data.loc[data["province_id"] == pid, "name_vi"].iloc[0]
        labels.append((line[last_year], last_year, f"{name} ({int(line[last_year])})", colour))
    _label_line_ends(ax, labels, min_gap=_label_gap(out_of))
    ax.set_xticks(years)
    ax.set_xlim(years[0] - 0.3, years[-1] + 0.3)
    _rank_axis(ax, out_of)
    ax.set_xlabel(xlabel)
    if title:
        ax.set_title(title)
    return fig


def slope_chart_data(series: pd.DataFrame, start: int, end: int, highlight: list[str] = ()) -> pd.DataFrame:
    """Rank changes between two editions (see ``rank_changes``) with ``is_highlighted``."""
    changes = rank_changes(series, start, end)
    return changes.assign(is_highlighted=changes["province_id"].isin(list(highlight)))


def slope_chart(series: pd.DataFrame, start: int, end: int, highlight: list[str] = (),
                title: str | None = None, ax=None, out_of: int = N_PROVINCES) -> Figure:
    """Each province's rank in ``start`` joined to its rank in ``end``; highlighted ones labelled."""
    data = slope_chart_data(series, start, end, highlight)
    return draw_slopes(data, (str(start), str(end)), highlight, title, ax, out_of)


def draw_slopes(data: pd.DataFrame, labels: tuple[str, str], highlight: list[str] = (), title: str | None = None,
                ax=None, out_of: int = N_PROVINCES) -> Figure:
    """Two rankings joined by a line per province (``province_id``, ``name_vi``, ``rank_start``,
    ``rank_end``, ``rank_change``, ``is_highlighted``), ``labels`` under the two columns."""
    fig, ax = _figure_and_axes(ax, (6.0, 6.5))
    colours = highlight_colours(list(highlight))
    for row in data[~data["is_highlighted"]].itertuples():
        ax.plot([0, 1], [row.rank_start, row.rank_end], color=MUTED, linewidth=0.7, alpha=0.7)
    left, right = [], []
    for row in data[data["is_highlighted"]].itertuples():
        colour = colours[row.province_id]
        ax.plot([0, 1], [row.rank_start, row.rank_end], color=colour, linewidth=2.2, marker="o", markersize=4)
        left.append((row.rank_start, 0, f"{row.name_vi} {int(row.rank_start)}", colour))
        right.append((row.rank_end, 1, f"{int(row.rank_end)} {row.name_vi} ({int(row.rank_change):+d})", colour))
    _label_line_ends(ax, left, side="left", min_gap=_label_gap(out_of))
    _label_line_ends(ax, right, min_gap=_label_gap(out_of))
    ax.set_xticks([0, 1], list(labels))
    ax.set_xlim(-0.65, 1.7)  # room for the labels inside the axes, clear of the rank ticks
    ax.grid(False)
    _rank_axis(ax, out_of)
    if title:
        ax.set_title(title)
    return fig


def strip_plot_data(series: pd.DataFrame, highlight: list[str] = ()) -> pd.DataFrame:
    """Known scores with their x position: year, province_id, name_vi, score, x, is_highlighted.

    x is the edition's position (0, 1, ...) plus an offset cycled in score order.
    """
    years = sorted(series["year"].unique())
    known = series[series["score"].notna()].sort_values(["year", "score", "province_id"])
    order = known.groupby("year").cumcount().to_numpy()
    position = known["year"].map({y: i for i, y in enumerate(years)}).to_numpy()
    offsets = np.array(STRIP_OFFSETS)[order % len(STRIP_OFFSETS)]
    data = known.assign(x=position + offsets, is_highlighted=known["province_id"].isin(list(highlight)))
    return data[["year", "province_id", "name_vi", "score", "x", "is_highlighted"]].reset_index(drop=True)


def strip_plot(series: pd.DataFrame, highlight: list[str] = (), title: str | None = None,
               score_label: str = "Score (0-1)", ax=None) -> Figure:
    """Every province's score per edition as a dot, the median as a bar, n under each edition."""
    data = strip_plot_data(series, highlight)
    years = sorted(series["year"].unique())
    fig, ax = _figure_and_axes(ax, (7.0, 4.5))
    plain = data[~data["is_highlighted"]]
    ax.scatter(plain["x"], plain["score"], s=14, color=MUTED, edgecolor="white", linewidth=0.3, zorder=2)
    colours = highlight_colours(list(highlight))
    for pid, colour in colours.items():
        mine = data[data["province_id"] == pid]
        if mine.empty:
            continue
        ax.scatter(mine["x"], mine["score"], s=30, color=colour, edgecolor="black", linewidth=0.4, zorder=3,
                   label=mine["name_vi"].iloc[0])
    for i, year in enumerate(years):
        scores = data.loc[data["year"] == year, "score"]
        if len(scores):
            ax.hlines(scores.median(), i - 0.35, i + 0.35, color="black", linewidth=1.2, zorder=4)
    counts = data.groupby("year").size().reindex(years, fill_value=0)
    ax.set_xticks(range(len(years)), [f"{y}\nn = {counts[y]}" for y in years])
    ax.set_xlim(-0.6, len(years) - 0.4)
    ax.set_ylabel(score_label)
    if colours:
        # under the edition labels, where it cannot hide a dot
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncols=min(len(colours), 4))
    if title:
        ax.set_title(title)
    return fig


def _figure_and_axes(ax, size: tuple[float, float]):
    if ax is not None:
        return ax.figure, ax
    fig, ax = plt.subplots(figsize=size, layout="constrained")
    return fig, ax


def rank_ticks(out_of: int) -> list[int]:
    """Rank 1, the tens clear of the last rank, and the last rank: 63 -> 1, 10, ..., 50, 63."""
    return [1, *range(10, out_of - 5, 10), out_of]


def _rank_axis(ax, out_of: int) -> None:
    """Ranks 1 to ``out_of`` on the y axis, rank 1 at the top."""
    ax.set_ylim(out_of + 1, 0)
    ax.set_yticks(rank_ticks(out_of))
    ax.set_ylabel("Rank (1 = best)")


def _label_gap(out_of: int) -> float:
    """Vertical room of a label, in ranks: the same height on the page whatever the number of ranks."""
    return 2.2 * (out_of + 1) / (N_PROVINCES + 1)


def _label_line_ends(ax, labels: list[tuple], side: str = "right", min_gap: float = 2.2) -> None:
    """Write (y, x, text, colour) labels beside line ends, nudged apart vertically so they do not overlap."""
    placed: list[float] = []
    offset = 0.06 if side == "right" else -0.06
    for y, x, text, colour in sorted(labels, key=lambda label: (label[0], label[2])):
        y_text = max(y, placed[-1] + min_gap) if placed else y
        placed.append(y_text)
        ax.annotate(text, (x, y), xytext=(x + offset, y_text), textcoords="data", color=colour, fontsize=8,
                    va="center", ha="left" if side == "right" else "right", annotation_clip=False)

"""Charts of agreement between two indices: rank against rank, and correlations with their intervals.

Both take the outputs of :mod:`dtlib.analysis.cross_index`; each has a ``*_data`` function returning
the frame it draws.
"""
from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from ..analysis.cross_index import disagreements
from .charts import _figure_and_axes
from .style import MUTED, PALETTE


def agreement_scatter_data(pairs: pd.DataFrame, labelled: int = 5) -> pd.DataFrame:
    """The pairs of a comparison (``Comparison.pairs``) with ``is_labelled`` on its ``labelled`` largest
    disagreements (:func:`~dtlib.analysis.cross_index.disagreements`)."""
    marked = disagreements(pairs, labelled)["province_id"]
    return pairs.assign(is_labelled=pairs["province_id"].isin(marked)).reset_index(drop=True)


def agreement_scatter(pairs: pd.DataFrame, x_label: str, y_label: str, labelled: int = 5, title: str | None = None,
                      ax=None) -> Figure:
    """Each province's rank on one index (x) against its rank on the other (y), among the provinces known
    in both; rank 1 at the top left, the diagonal is perfect agreement, the largest gaps are labelled."""
    data = agreement_scatter_data(pairs, labelled)
    n = len(data)
    fig, ax = _figure_and_axes(ax, (6.0, 6.0))
    ax.plot([1, n], [1, n], color="black", linewidth=0.8, linestyle="--", zorder=1, label="same rank on both")
    plain, marked = data[~data["is_labelled"]], data[data["is_labelled"]]
    ax.scatter(plain["dti_rank"], plain["other_rank"], s=18, color=MUTED, edgecolor="white", linewidth=0.3, zorder=2)
    ax.scatter(marked["dti_rank"], marked["other_rank"], s=30, color=PALETTE[1], edgecolor="black", linewidth=0.4,
               zorder=3, label=f"{len(marked)} largest disagreement(s)")
    pad = max(1.0, n / 30)
    _label_points(ax, marked, (n + 1) / 2, min_gap=0.045 * (n + 2 * pad), shift=0.04 * (n + 2 * pad))
    ax.set_xlim(1 - pad, n + pad)
    ax.set_ylim(n + pad, 1 - pad)
    ax.set_xlabel(f"{x_label}: rank among the {n} (1 = best)")
    ax.set_ylabel(f"{y_label}: rank among the {n} (1 = best)")
    # under the axis label: the corners off the diagonal are where the labelled points are
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.11), ncols=2, fontsize=8)
    if title:
        ax.set_title(title)
    return fig


def _label_points(ax, marked: pd.DataFrame, middle: float, min_gap: float, shift: float) -> None:
    """Label points with their name and two ranks, the text towards the middle of the plot (so it stays
    inside the axes) and nudged apart vertically so that labels on the same side do not overlap."""
    for to_right in (True, False):
        side = marked[(marked["dti_rank"] <= middle) == to_right].sort_values(["other_rank", "province_id"])
        placed: list[float] = []
        for row in side.itertuples():
            y_text = max(row.other_rank, placed[-1] + min_gap) if placed else row.other_rank
            placed.append(y_text)
            ax.annotate(f"{row.name_vi} ({int(row.dti_rank)} → {int(row.other_rank)})", (row.dti_rank, row.other_rank),
                        xytext=(row.dti_rank + (shift if to_right else -shift), y_text), textcoords="data",
                        fontsize=8, ha="left" if to_right else "right", va="center",
                        arrowprops={"arrowstyle": "-", "color": "black", "linewidth": 0.5})


def correlation_forest_data(table: pd.DataFrame, names: dict[str, str], dti_name: str = "DTI") -> pd.DataFrame:
    """The rows of ``cross_index.agreement_table`` that have a correlation, with a ``label`` and a ``y``
    position (the first row at the top) for the forest plot. ``names`` maps index codes to display names."""
    known = table.dropna(subset=["rho"]).reset_index(drop=True)
    label = [f"{dti_name} {r.dti_edition} · {names[r.index]} {r.other_edition} (n = {r.n})" for r in known.itertuples()]
    return known.assign(label=label, y=range(len(known) - 1, -1, -1))


def correlation_forest(table: pd.DataFrame, names: dict[str, str], dti_name: str = "DTI", title: str | None = None,
                       ax=None) -> Figure:
    """Spearman's rho of each comparison as a dot with its 95% interval as a bar; one colour per index."""
    data = correlation_forest_data(table, names, dti_name)
    fig, ax = _figure_and_axes(ax, (7.5, 0.32 * len(data) + 1.4))
    colours = {code: PALETTE[i % len(PALETTE)] for i, code in enumerate(dict.fromkeys(data["index"]))}
    ax.axvline(0, color="black", linewidth=0.8)
    for row in data.itertuples():
        colour = colours[row.index]
        ax.hlines(row.y, row.rho_low, row.rho_high, color=colour, linewidth=1.6)
        ax.plot(row.rho, row.y, "o", color=colour, markersize=5)
    ax.set_yticks(data["y"], data["label"], fontsize=8)
    ax.set_ylim(-0.7, len(data) - 0.3)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("Spearman's ρ with its 95% interval (positive = the indices agree)")
    ax.grid(axis="y", visible=False)
    if title:
        ax.set_title(title)
    return fig

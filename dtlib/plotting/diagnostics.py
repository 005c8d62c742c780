"""Regression diagnostics: residuals against fitted values, a normal quantile plot, and influence.

Both charts take the frame of :func:`dtlib.analysis.determinants.influence` (one row per observation)
and a province_id -> name mapping for the labels; each has a ``*_data`` function returning what it draws.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .style import MUTED, PALETTE

STUDENTIZED_LIMIT = 2.0  # |studentised residual| beyond which an observation is unusual (a convention)


def _label(frame: pd.DataFrame, names: dict[str, str]) -> pd.Series:
    years = frame["year"].astype(str)
    return frame["province_id"].map(lambda pid: names.get(pid, pid)) + (
        " " + years if frame["year"].nunique() > 1 else "")


def _place_labels(ax, points: pd.DataFrame, x: str, y: str) -> None:
    """Label points (column ``label``) just right of them, moving a label down when it would overlap one
    already placed nearby (within 15% of the x range and 4% of the y range), top to bottom."""
    x_low, x_high = ax.get_xlim()
    y_low, y_high = ax.get_ylim()
    near, gap = 0.15 * (x_high - x_low), 0.04 * (y_high - y_low)
    placed: list[tuple[float, float]] = []

    def clashes(px: float, py: float) -> list[float]:
        # 0.999: a label moved exactly one gap below another must not clash with it through rounding
        return [qy for qx, qy in placed if abs(px - qx) < near and abs(py - qy) < 0.999 * gap]

    for row in points.sort_values([y, x], ascending=[False, True]).itertuples():
        px, y_text = getattr(row, x), getattr(row, y)
        while clashes(px, y_text):
            y_text = min(clashes(px, y_text)) - gap
        placed.append((px, y_text))
        ax.annotate(row.label, (px, getattr(row, y)), xytext=(px + 0.012 * (x_high - x_low), y_text),
                    textcoords="data", fontsize=7, va="center",
                    arrowprops={"arrowstyle": "-", "color": "black", "linewidth": 0.4, "shrinkA": 0, "shrinkB": 3})
    if placed and min(qy for _, qy in placed) - gap / 2 < y_low:  # room for labels moved below the axis
        ax.set_ylim(min(qy for _, qy in placed) - gap, y_high)


def residual_plot_data(diagnostics: pd.DataFrame, names: dict[str, str], labelled: int = 5) -> pd.DataFrame:
    """The observations with ``label``, ``is_labelled`` (the ``labelled`` largest |studentised residuals|,
    ties by year and id) and ``normal_quantile``, the standard-normal quantile of each studentised residual's
    plotting position (i - 0.5) / n."""
    from scipy.stats import norm

    data = diagnostics.assign(label=_label(diagnostics, names), size=diagnostics["studentized_residual"].abs())
    data = data.sort_values(["size", "year", "province_id"], ascending=[False, True, True], kind="stable")
    data["is_labelled"] = np.arange(len(data)) < labelled
    order = data["studentized_residual"].rank(method="first").to_numpy()
    data["normal_quantile"] = norm.ppf((order - 0.5) / len(data))
    return data.drop(columns="size").sort_values(["year", "province_id"]).reset_index(drop=True)


def residual_plot(diagnostics: pd.DataFrame, names: dict[str, str], outcome_label: str, labelled: int = 5,
                  title: str | None = None) -> Figure:
    """Left: residuals against fitted values (a pattern means the model misses something). Right: studentised
    residuals against normal quantiles (points off the line mean heavy tails or skew)."""
    data = residual_plot_data(diagnostics, names, labelled)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.6), layout="constrained")
    marked = data[data["is_labelled"]]
    left.axhline(0, color="black", linewidth=0.8)
    left.scatter(data["fitted"], data["residual"], s=16, color=MUTED, edgecolor="white", linewidth=0.3)
    left.scatter(marked["fitted"], marked["residual"], s=26, color=PALETTE[1], edgecolor="black", linewidth=0.4)
    _place_labels(left, marked, "fitted", "residual")
    left.set_xlabel(f"Fitted {outcome_label}")
    left.set_ylabel("Residual (observed - fitted)")
    left.set_title("Residuals against fitted values", fontsize=10)
    low, high = data["normal_quantile"].min(), data["normal_quantile"].max()
    right.plot([low, high], [low, high], color="black", linewidth=0.8, linestyle="--")
    right.scatter(data["normal_quantile"], data["studentized_residual"], s=16, color=PALETTE[0], edgecolor="white",
                  linewidth=0.3)
    right.set_xlabel("Standard normal quantile")
    right.set_ylabel("Studentised residual")
    right.set_title("Normal quantile plot", fontsize=10)
    if title:
        fig.suptitle(title)
    return fig


def influence_plot_data(diagnostics: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """The observations with ``label`` and ``is_labelled``: Cook's distance above 4 / n (a common rule of
    thumb) or leverage above twice the mean leverage."""
    n = len(diagnostics)
    flagged = (diagnostics["cooks_distance"] > 4 / n) | (diagnostics["leverage"] > 2 * diagnostics["leverage"].mean())
    return diagnostics.assign(label=_label(diagnostics, names), is_labelled=flagged).reset_index(drop=True)


def influence_plot(diagnostics: pd.DataFrame, names: dict[str, str], title: str | None = None) -> Figure:
    """Leverage against studentised residual, the area of each dot proportional to Cook's distance;
    observations with a large Cook's distance or leverage are labelled."""
    data = influence_plot_data(diagnostics, names)
    fig, ax = plt.subplots(figsize=(7.5, 5.0), layout="constrained")
    area = 600 * data["cooks_distance"] / max(data["cooks_distance"].max(), 1e-12) + 6
    colours = np.where(data["is_labelled"], PALETTE[1], MUTED)
    ax.scatter(data["leverage"], data["studentized_residual"], s=area, color=colours, alpha=0.7, edgecolor="black",
               linewidth=0.3)
    for limit in (-STUDENTIZED_LIMIT, STUDENTIZED_LIMIT):
        ax.axhline(limit, color="black", linewidth=0.6, linestyle=":")
    ax.axvline(2 * data["leverage"].mean(), color="black", linewidth=0.6, linestyle=":")
    _place_labels(ax, data[data["is_labelled"]], "leverage", "studentized_residual")
    ax.set_xlabel("Leverage (dotted: twice the mean)")
    ax.set_ylabel(f"Studentised residual (dotted: ±{STUDENTIZED_LIMIT:g})")
    if title:
        ax.set_title(title)
    return fig

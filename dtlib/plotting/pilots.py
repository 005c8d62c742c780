"""Charts of pilot-commune figures: thresholds drawn as thresholds, before and after, and the
exploratory province comparison.

A figure stated as "over 70%" is not the point 70: it is drawn as an arrow from its bound
towards where the value lies, open-ended (to 100 for a share, to the edge of the axis
otherwise). Exact figures are filled dots, approximate ones ("~90%") open circles. The
figure as the source writes it is printed beside each row. Each chart has a ``*_data``
function returning the frame it draws.
"""
from __future__ import annotations

import math
import re
import textwrap

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import blended_transform_factory

from ..pilots.select import change_comparisons
from ..pilots.taxonomy import BASES, INDICATOR_CODES, UNITS, indicator
from ..pilots.values import ABOUT, ABOVE, AT_LEAST, AT_MOST, BELOW, format_qualified
from .style import MUTED, PALETTE

SHARE = "share"  # the scale of figures with a share_pct (see dtlib.pilots.select.with_scale)
SHARE_RANGE = (0.0, 100.0)
ROLE_COLOURS = {"pilot": PALETTE[0], "comparison": PALETTE[1]}
TARGET_COLOUR = MUTED
UP, DOWN = "up", "down"  # where a threshold's value lies from its bound
_DIRECTION = {ABOVE: UP, AT_LEAST: UP, BELOW: DOWN, AT_MOST: DOWN}
INCHES_PER_SLOT = 0.24  # height of one row of the indicator chart
HEADING_WIDTH = 80  # characters per line of a group heading
_MEASURE = ["indicator", "base", "scale"]
INDICATOR_CHART_COLUMNS = ["fact_id", "role", "kind", "is_drawn", "panel", "panel_title", "group_label", "y",
                           "row_label", "label", "shown_value", "lower", "upper", "mark", "direction", "open_end"]


def indicator_chart_data(figures: pd.DataFrame) -> pd.DataFrame:
    """What :func:`indicator_chart` draws, from :func:`dtlib.pilots.indicator_comparisons`.

    Shares (percentages, counts of a total) share one panel on a 0-100 axis; a figure in any
    other unit gets a panel of its measure only when a comparison row measures the same thing
    (``is_drawn`` is False otherwise: such figures are left to the table). Rows are grouped by
    measure (indicator, base, scale), pilots first; ``y`` counts rows within a panel, with one
    slot before each group for its heading. ``mark`` is ``exact``, ``about`` or ``bound``;
    a bound has a ``direction`` (``up`` for over/at least) and an ``open_end`` (100 or 0 for a
    share, NaN where the axis edge ends the arrow).
    """
    if figures.empty:
        return pd.DataFrame(columns=INDICATOR_CHART_COLUMNS)
    compared = set(map(tuple, figures.loc[figures["role"] == "comparison", _MEASURE].drop_duplicates().to_numpy()))
    data = figures.assign(
        is_drawn=[scale == SHARE or (code, base, scale) in compared
                  for code, base, scale in figures[_MEASURE].itertuples(index=False)],
        panel=figures["scale"].where(figures["scale"] == SHARE, figures["indicator"] + "|" + figures["base"]
                                     + "|" + figures["scale"]),
        panel_title=[_panel_title(row) for row in figures.itertuples(index=False)],
        group_label=[_group_label(row) for row in figures.itertuples(index=False)],
        row_label=[_row_label(row) for row in figures.itertuples(index=False)],
        mark=[_mark(q) for q in figures["qualifier"]],
        direction=figures["qualifier"].map(_DIRECTION),
        indicator_order=figures["indicator"].map(INDICATOR_CODES.index),
        role_order=(figures["role"] != "pilot").astype(int),
    )
    data["open_end"] = [
        (SHARE_RANGE[1] if direction == UP else SHARE_RANGE[0]) if scale == SHARE and isinstance(direction, str)
        else math.nan for scale, direction in zip(data["scale"], data["direction"])]
    # drawn rows first; the share panel first, then one panel per other measure, in taxonomy order
    data = data.assign(not_drawn=~data["is_drawn"], not_share=data["scale"] != SHARE).sort_values(
        ["not_drawn", "not_share", "indicator_order", "base", "scale", "role_order", "date", "fact_id"], kind="stable")
    data["y"] = math.nan
    for panel, rows in data[data["is_drawn"]].groupby("panel", sort=False):
        slot, previous = 0, None
        for index, group in zip(rows.index, rows["group_label"]):
            # in the share panel a new group starts with a slot per line of its heading; other panels are
            # one measure, named by the panel title
            slot += 1 if group == previous or panel != SHARE else 1 + _heading_lines(group)
            data.loc[index, "y"] = slot
            previous = group
    return data[INDICATOR_CHART_COLUMNS].reset_index(drop=True)


def indicator_chart(figures: pd.DataFrame, title: str | None = None) -> Figure:
    """Pilot figures next to the comparison figures that measure the same thing (see
    :func:`indicator_chart_data`); thresholds are arrows from their bound, never points."""
    data = indicator_chart_data(figures)
    drawn = data[data["is_drawn"]]
    if drawn.empty:
        raise ValueError("no figure to draw: no share and no figure with a comparison row")
    panels = list(dict.fromkeys(drawn["panel"]))
    slots = [int(drawn.loc[drawn["panel"] == p, "y"].max()) + 1 for p in panels]
    height = INCHES_PER_SLOT * sum(slots) + 0.75 * len(panels) + 0.9
    fig, axes = plt.subplots(len(panels), 1, figsize=(8.5, height), height_ratios=slots, layout="constrained",
                             squeeze=False)
    for ax, panel, n_slots in zip(axes[:, 0], panels, slots):
        rows = drawn[drawn["panel"] == panel]
        _draw_panel(ax, rows, n_slots, is_share=panel == SHARE)
    fig.legend(handles=_legend_handles(drawn), loc="outside lower left", ncols=3, fontsize=7.5)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
    return fig


def _draw_panel(ax, rows: pd.DataFrame, n_slots: int, is_share: bool) -> None:
    finite = pd.concat([rows["lower"], rows["upper"]]).replace([math.inf, -math.inf], math.nan).dropna()
    if is_share:
        low, high = SHARE_RANGE
        ax.set_xlim(low - 2, high + 2)
    else:
        low, high = 0.0, float(finite.max()) * 1.15
        ax.set_xlim(low, high)
    for row in rows.itertuples(index=False):
        colour = TARGET_COLOUR if row.kind == "target" else ROLE_COLOURS[row.role]
        end = row.open_end if not math.isnan(row.open_end) else (high if row.direction == UP else low)
        _draw_value(ax, row.shown_value, row.y, row.mark, end, colour, horizontal=True)
    labels = blended_transform_factory(ax.transAxes, ax.transData)
    if is_share:
        for group, first in rows.groupby("group_label", sort=False)["y"].min().items():
            lines = _heading_lines(group)
            ax.text(0.0, first - (lines + 1) / 2, textwrap.fill(group, HEADING_WIDTH), transform=labels, fontsize=8,
                    fontweight="bold", va="center", ha="left", linespacing=1.6)
    for row in rows.itertuples(index=False):
        colour = TARGET_COLOUR if row.kind == "target" else ROLE_COLOURS[row.role]
        ax.text(1.01, row.y, row.label + (" (target)" if row.kind == "target" else ""), transform=labels,
                fontsize=7.5, va="center", ha="left", color=colour)
    ax.set_yticks(rows["y"], rows["row_label"], fontsize=7.5)
    ax.set_ylim(n_slots - 0.4, 0.4)
    ax.grid(axis="x", color="#e6e6e6", linewidth=0.6)
    ax.grid(axis="y", visible=False)
    ax.set_title(rows["panel_title"].iloc[0], fontsize=9)


def _draw_value(ax, value: float, position: float, mark: str, end: float, colour: str, horizontal: bool) -> None:
    """One figure: a dot (exact), an open circle (about), or a bar at the bound with an arrow to ``end``."""
    def xy(along: float) -> tuple[float, float]:
        return (along, position) if horizontal else (position, along)

    if mark == "bound":
        tick = "|" if horizontal else "_"
        ax.plot(*xy(value), marker=tick, markersize=9, markeredgewidth=2, color=colour, zorder=3)
        ax.annotate("", xy=xy(end), xytext=xy(value), zorder=2,
                    arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 1.6, "shrinkA": 0, "shrinkB": 0})
    else:
        ax.plot(*xy(value), marker="o", markersize=6, color=colour, zorder=3,
                markerfacecolor="white" if mark == "about" else colour, markeredgewidth=1.4)


def _legend_handles(drawn: pd.DataFrame) -> list:
    handles = [Line2D([], [], color=ROLE_COLOURS[role], marker="s", linestyle="", label=label)
               for role, label in (("pilot", "pilot unit"), ("comparison", "district, province or nation"))
               if (drawn["role"] == role).any()]
    if (drawn["kind"] == "target").any():
        handles.append(Line2D([], [], color=TARGET_COLOUR, marker="s", linestyle="", label="target, not a result"))
    handles += [
        Line2D([], [], color="black", marker="o", linestyle="", label="stated value"),
        Line2D([], [], color="black", marker="o", markerfacecolor="white", linestyle="", label="about (~)"),
        Line2D([], [], color="black", marker=">", linestyle="-", linewidth=1.6,
               label="over / at least: somewhere along the arrow"),
    ]
    if (drawn["direction"] == DOWN).any():
        handles.append(Line2D([], [], color="black", marker="<", linestyle="-", linewidth=1.6,
                              label="under / at most: somewhere along the arrow"))
    return handles


def _heading_lines(heading: str) -> int:
    return len(textwrap.wrap(heading, HEADING_WIDTH))


def _mark(qualifier: str) -> str:
    if qualifier in _DIRECTION:
        return "bound"
    return "about" if qualifier == ABOUT else "exact"


def _panel_title(row) -> str:
    if row.scale == SHARE:
        return "Shares (%): each of the base named in its group"
    return f"{indicator(row.indicator).name_en} ({UNITS.get(row.unit, row.unit)})"


def _group_label(row) -> str:
    name = indicator(row.indicator).name_en
    return f"{name}, % of {BASES.get(row.base, row.base)}" if row.scale == SHARE else name


def _row_label(row) -> str:
    return f"{row.area_name} · {row.area_level} · {row.date}"


# ----- before and after -------------------------------------------------------------------------

def date_position(date: str) -> float:
    """A stated date as a decimal year at the middle of the period it names:
    '2020' -> 2020.5, '2020-09' -> 2020.71, '2023-10-15' -> 2023.79."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(date))
    if match is None:
        raise ValueError(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    if month is None:
        return int(year) + 0.5
    if day is None:
        return int(year) + (int(month) - 0.5) / 12
    return int(year) + (int(month) - 1) / 12 + (int(day) - 0.5) / 365.25


def before_after_chart_data(changes: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """What :func:`before_after_chart` draws: for each figure of :func:`dtlib.pilots.before_after`,
    its baseline (``before``), its value (``after``) and the comparison figures of the same measure
    in its province or for the nation (``comparison``, see :func:`dtlib.pilots.select.change_comparisons`),
    each at its date as a decimal year (:func:`date_position`)."""
    pairs = change_comparisons(changes, indicators)
    rows = []
    for change in changes.itertuples(index=False):
        title = f"{change.area_name}: {indicator(change.indicator).name_en}"
        common = {"fact_id": change.fact_id, "panel_title": title, "unit": change.unit,
                  "baseline_basis": change.baseline_basis}
        rows.append({**common, "point": "before", "area_name": change.area_name, "date": change.baseline_date,
                     "value": change.baseline_value, "qualifier": change.baseline_qualifier})
        rows.append({**common, "point": "after", "area_name": change.area_name, "date": change.date,
                     "value": change.value, "qualifier": change.qualifier})
        rows += [{**common, "point": "comparison", "area_name": f"{other.area_name_other} ({other.area_level_other})",
                  "date": other.date_other, "value": other.value_other, "qualifier": other.qualifier_other}
                 for other in pairs[pairs["fact_id"] == change.fact_id].itertuples(index=False)]
    columns = ["fact_id", "panel_title", "unit", "baseline_basis", "point", "area_name", "date", "x", "value",
               "qualifier"]
    if not rows:
        return pd.DataFrame(columns=columns)
    data = pd.DataFrame(rows)
    return data.assign(x=data["date"].map(date_position))[columns]


def before_after_chart(changes: pd.DataFrame, indicators: pd.DataFrame, title: str | None = None) -> Figure:
    """One panel per figure with a baseline: the baseline joined to the later value (dashed when the
    baseline is worked out from a stated change), with the comparison figures of the same measure.
    The value axis starts at zero, so the change is drawn in proportion."""
    data = before_after_chart_data(changes, indicators)
    if data.empty:
        raise ValueError("no figure with a baseline to draw")
    facts = list(dict.fromkeys(data["fact_id"]))
    n_cols = min(len(facts), 3)
    n_rows = math.ceil(len(facts) / n_cols)
    fig, axes = plt.subplots(n_rows, n_cols, figsize=(3.6 * n_cols + 0.6, 3.3 * n_rows + 0.6),
                             layout="constrained", squeeze=False)
    for ax, fact in zip(axes.flat, facts):
        _draw_before_after(ax, data[data["fact_id"] == fact])
    for ax in list(axes.flat)[len(facts):]:
        ax.axis("off")
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
    return fig


def _draw_before_after(ax, rows: pd.DataFrame) -> None:
    pilot = rows[rows["point"] != "comparison"].set_index("point")
    derived = pilot["baseline_basis"].iloc[0] == "derived"
    is_percent = rows["unit"].iloc[0] == "percent"
    top = SHARE_RANGE[1] * 1.08 if is_percent else max(rows["value"].max() * 1.25, 1.0)
    ax.plot(pilot["x"], pilot["value"], color=ROLE_COLOURS["pilot"], linewidth=1.4, linestyle="--" if derived else "-",
            zorder=2)
    # labels: the baseline to the left, the later value to the right, comparisons below their point
    offsets = {"before": ((-7, 0), "right"), "after": ((7, 0), "left"), "comparison": ((5, -7), "left")}
    for row in rows.itertuples(index=False):
        colour = ROLE_COLOURS["comparison" if row.point == "comparison" else "pilot"]
        direction = _DIRECTION.get(row.qualifier)
        end = (SHARE_RANGE[1] if is_percent else top) if direction == UP else 0.0
        _draw_value(ax, row.value, row.x, _mark(row.qualifier), end, colour, horizontal=False)
        name = row.area_name if row.point == "comparison" else row.point
        offset, align = offsets[row.point]
        ax.annotate(f"{name}: {format_qualified(row.value, row.qualifier)}\n({row.date})", (row.x, row.value),
                    xytext=offset, textcoords="offset points", fontsize=7, color=colour, ha=align,
                    va="top" if row.point == "comparison" else "center")
    if derived:
        ax.text(0.02, 0.03, "dashed: the baseline is worked out from a stated change", transform=ax.transAxes,
                fontsize=6.5, color="#555555")
    first, last = math.floor(rows["x"].min()), math.ceil(rows["x"].max())
    ax.set_xticks(list(range(first, last + 1)))
    ax.set_xlim(first - 0.7, last + 0.7)  # room for the labels on both sides
    ax.set_ylim(0, top)
    ax.set_ylabel(UNITS.get(rows["unit"].iloc[0], rows["unit"].iloc[0]), fontsize=8)
    ax.set_title(rows["panel_title"].iloc[0], fontsize=9)


# ----- the exploratory province comparison ---------------------------------------------------------

def difference_chart_data(comparison) -> pd.DataFrame:
    """What :func:`difference_chart` draws: per year, the pilot provinces' mean minus the others'
    with its confidence interval and the group sizes (from :func:`dtlib.pilots.compare_pilot_provinces`)."""
    return comparison.differences[["year", "difference", "ci_low", "ci_high", "n_pilot", "n_other"]].copy()


def difference_chart(comparison, title: str | None = None, score_label: str = "score") -> Figure:
    """The difference in mean score, pilot provinces minus the others, each year, with its interval."""
    data = difference_chart_data(comparison)
    fig, ax = plt.subplots(figsize=(6.5, 0.45 * len(data) + 1.3), layout="constrained")
    ax.axvline(0, color="#555555", linewidth=0.8)
    for row in data.itertuples(index=False):
        ax.plot([row.ci_low, row.ci_high], [row.year, row.year], color=PALETTE[0], linewidth=2)
        ax.plot(row.difference, row.year, marker="o", color=PALETTE[0], markersize=6)
        ax.annotate(f"{row.difference:+.3f} [{row.ci_low:+.3f}, {row.ci_high:+.3f}]   n = {row.n_pilot} vs "
                    f"{row.n_other}", (1.0, row.year), xycoords=("axes fraction", "data"), xytext=(6, 0),
                    textcoords="offset points", va="center", fontsize=7.5)
    ax.set_yticks(data["year"])
    ax.set_ylim(data["year"].max() + 0.6, data["year"].min() - 0.6)
    ax.grid(axis="x", color="#e6e6e6", linewidth=0.6)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(f"Mean {score_label}: pilot provinces minus the others (dot) with its "
                  f"{100 * (1 - comparison.caveat.alpha):.0f}% interval")
    if title:
        ax.set_title(title)
    return fig

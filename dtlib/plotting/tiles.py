"""Tile-grid maps of Vietnam: one square per province, placed to keep the country's shape.

The layouts are hand-drawn grids stored in ``layouts/tiles_<era>.csv`` (province_id, col,
row, label; row 0 is the north): 63 provinces before 1 July 2025, 34 units after. Tiles
of provinces that merged in 2025 touch (tested), so the two maps read alike.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import Normalize, to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import MaxNLocator

from ..provinces import ERAS
from .charts import rank_ticks
from .style import MISSING, PALETTE, SEQUENTIAL_CMAP, text_colour_on

LAYOUT_DIR = Path(__file__).with_name("layouts")
TILE = 0.92  # tile side; the rest of each grid cell is the gap between tiles
INCHES_PER_CELL = {"pre2025": 0.46, "post2025": 0.62}


@lru_cache(maxsize=None)
def _read_layout(era: str) -> pd.DataFrame:
    return pd.read_csv(LAYOUT_DIR / f"tiles_{era}.csv", dtype={"province_id": str, "label": str})


def tile_layout(era: str) -> pd.DataFrame:
    """The tile grid of an era: province_id, col, row, label (a copy)."""
    if era not in ERAS:
        raise ValueError(f"unknown era {era!r}; expected one of {', '.join(ERAS)}")
    return _read_layout(era).copy()


def tile_map_data(values: pd.Series, era: str) -> pd.DataFrame:
    """The layout of ``era`` with each tile's value (empty where ``values`` has none).

    ``values`` is indexed by province_id; ids of another era are an error, named in the message.
    """
    layout = tile_layout(era)
    stray = sorted(set(values.index) - set(layout["province_id"]))
    if stray:
        raise ValueError(f"{len(stray)} value(s) are not {era} tiles: {', '.join(map(str, stray[:5]))}"
                         + (" ..." if len(stray) > 5 else "") + f"; expected ids like {layout['province_id'][0]}")
    if values.index.duplicated().any():
        raise ValueError(f"values has duplicate province ids: {sorted(set(values.index[values.index.duplicated()]))}")
    return layout.assign(value=layout["province_id"].map(values))


def tile_map(values: pd.Series, era: str = "pre2025", title: str | None = None, highlight: list[str] = (),
             cmap: str = SEQUENTIAL_CMAP, vmin: float | None = None, vmax: float | None = None,
             legend_label: str | None = None, categories: list[str] | None = None, is_rank: bool = False,
             ax=None) -> Figure:
    """A tile map coloured by ``values`` (a Series indexed by province_id).

    Numbers get a colour bar (``cmap``); with ``is_rank`` the scale runs from rank 1 (top,
    brightest) to the number of tiles, whatever the values shown, so maps compare. Text
    values are categories coloured from the house palette in the order of ``categories``
    (default: sorted). Tiles without a value are grey and counted in the legend;
    ``highlight`` ids get a thick outline.
    """
    data = tile_map_data(values, era)
    n_cols, n_rows = data["col"].max() + 1, data["row"].max() + 1
    if ax is None:
        cell = INCHES_PER_CELL[era]
        fig, ax = plt.subplots(figsize=(n_cols * cell + 0.4, n_rows * cell + 0.6), layout="constrained")
    fig = ax.figure
    known = data["value"].notna()
    categorical = known.any() and not pd.api.types.is_numeric_dtype(data.loc[known, "value"].infer_objects())
    if categorical:
        order = categories or sorted(data.loc[known, "value"].unique())
        colour_of = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(order)}
        fills = [colour_of[v] if pd.notna(v) else MISSING for v in data["value"]]
    else:
        numbers = data["value"].astype(float)
        if is_rank:
            cmap, vmin, vmax = f"{cmap}_r", 1, len(data)
        norm = Normalize(vmin=numbers.min() if vmin is None else vmin, vmax=numbers.max() if vmax is None else vmax)
        colormap = plt.get_cmap(cmap)
        fills = [colormap(norm(v)) if pd.notna(v) else MISSING for v in numbers]
    font_size = 5.2 if era == "pre2025" else 6.5
    highlighted = set(highlight)
    for tile, fill in zip(data.itertuples(), fills):
        x, y = tile.col, -tile.row
        is_highlighted = tile.province_id in highlighted
        ax.add_patch(Rectangle((x - TILE / 2, y - TILE / 2), TILE, TILE, facecolor=fill,
                               edgecolor="black" if is_highlighted else "white",
                               linewidth=2.0 if is_highlighted else 0.5, zorder=3 if is_highlighted else 2))
        ax.text(x, y, _wrap(tile.label), ha="center", va="center", fontsize=font_size, zorder=4,
                color=text_colour_on(to_rgba(fill)),
                fontweight="bold" if is_highlighted else "normal")
    ax.set_xlim(-0.6, n_cols - 0.4)
    ax.set_ylim(-n_rows + 0.4, 0.6)
    ax.set_aspect("equal")
    ax.axis("off")
    handles = [Patch(facecolor=MISSING, label=f"no data ({int((~known).sum())})")] if (~known).any() else []
    if categorical:
        handles = [Patch(facecolor=colour_of[c], label=c) for c in order] + handles
    elif is_rank or known.any():
        # The colour bar sits in the sea east of the central coast, which both layouts leave empty.
        bar = fig.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=cmap), cax=ax.inset_axes([0.9, 0.36, 0.035, 0.28]))
        bar.set_label(legend_label or "")
        if numbers.dropna().map(float.is_integer).all():  # counts: no ticks between whole numbers
            bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        if is_rank:
            bar.ax.invert_yaxis()
            bar.set_ticks(rank_ticks(vmax))
        bar.outline.set_visible(False)
    if categorical:  # category names are long: list them under the map
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, 0), fontsize=7, title=legend_label,
                  title_fontsize=7, alignment="left")
    elif handles:  # "no data" alone fits in the empty west of both layouts
        ax.legend(handles=handles, loc="center left", fontsize=7)
    if title:
        ax.set_title(title)
    return fig


def _wrap(label: str) -> str:
    """Two lines for multi-word labels, broken at the space nearest the middle."""
    if " " not in label:
        return label
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return label[:cut] + "\n" + label[cut + 1:]

"""The house style: a matplotlib style file, a colour-blind-safe palette and colour helpers."""
from __future__ import annotations

from pathlib import Path

STYLE_FILE = Path(__file__).with_name("dtlib.mplstyle")

# Okabe & Ito (2008) colours, safe for the common colour-vision deficiencies; the order
# puts the strongest contrasts on white first (the same order as the style's colour cycle).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
MUTED = "#b8b8b8"  # everything that is not highlighted
MISSING = "#e4e4e4"  # tiles and cells with no data
SEQUENTIAL_CMAP = "viridis"  # perceptually uniform and colour-blind safe


def use_style() -> None:
    """Apply the house style to every figure made after this call."""
    import matplotlib.pyplot as plt

    plt.style.use(STYLE_FILE)


def highlight_colours(ids: list[str]) -> dict[str, str]:
    """A palette colour per highlighted id, in the given order (cycling after eight)."""
    return {pid: PALETTE[i % len(PALETTE)] for i, pid in enumerate(ids)}


def text_colour_on(rgba) -> str:
    """Black or white, whichever reads better on a fill colour (relative luminance, WCAG)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgba[:3])
    return "black" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 else "white"

"""How many press claims hold: one horizontal bar per group, split by verdict.

``verdict_chart_data`` returns the frame the chart draws (tests check it, not pixels).
"""
from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from ..claims.verification import VERDICTS
from .style import MUTED, PALETTE

# Confirmations in the palette's green and blue, contradictions in vermillion, unverifiable in grey.
VERDICT_COLOURS = {"confirmed": PALETTE[2], "confirmed_other_edition": PALETTE[0],
                   "contradicted": PALETTE[1], "unverifiable": MUTED}
VERDICT_LABELS = {"confirmed": "confirmed", "confirmed_other_edition": "confirmed, other edition",
                  "contradicted": "contradicted", "unverifiable": "unverifiable"}


def verdict_chart_data(shares: pd.DataFrame, by: str, labels: dict | None = None) -> pd.DataFrame:
    """From :func:`dtlib.claims.verdict_shares` (``by`` given): one row per group, in the order
    given, with ``label`` ("<group> (n)"), ``n`` and one share column per verdict."""
    wide = shares.pivot(index=by, columns="verdict", values="share").reindex(columns=list(VERDICTS))
    counts = shares.groupby(by, sort=False)["claims"].sum()
    order = list(dict.fromkeys(shares[by]))
    wide = wide.reindex(order)
    names = [(labels or {}).get(group, str(group)) for group in order]
    data = wide.assign(n=counts.reindex(order).astype(int).to_numpy(),
                       label=[f"{name} ({n})" for name, n in zip(names, counts.reindex(order))])
    return data.reset_index()[[by, "label", "n", *VERDICTS]]


def verdict_chart(shares: pd.DataFrame, by: str, labels: dict | None = None, title: str | None = None,
                  ax=None) -> Figure:
    """Share of claims per verdict, one bar per value of ``by`` (first at the top); the number of
    claims of each group is in its label."""
    import matplotlib.pyplot as plt

    data = verdict_chart_data(shares, by, labels)
    if ax is None:
        fig, ax = plt.subplots(figsize=(7.5, 0.42 * len(data) + 1.4), layout="constrained")
    fig = ax.figure
    positions = range(len(data))[::-1]
    left = pd.Series(0.0, index=data.index)
    for verdict in VERDICTS:
        ax.barh(list(positions), data[verdict], left=left, color=VERDICT_COLOURS[verdict],
                label=VERDICT_LABELS[verdict], height=0.7, edgecolor="white", linewidth=0.5)
        left += data[verdict]
    ax.set_yticks(list(positions), data["label"])
    ax.set_xlim(0, 1)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1], ["0", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("Share of claims")
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=4, fontsize=8)
    if title:
        ax.set_title(title)
    return fig

"""What the ranking-trends notebook can compute for a series, and checks of its parameters.

Editions differ in what survives: 2020 and 2021 hold a few press-reported ranks, 2022-2024
every score and rank (for the overall DTI and four main indices). :func:`plan_editions`
decides which analyses a series supports and says in words why the others are left out.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .profile import join_and
from .series import complete_editions, ranked_editions


@dataclass(frozen=True)
class EditionPlan:
    editions: list[int]  # the editions asked for
    ranked: list[int]  # editions with at least one rank
    complete: list[int]  # editions with every province scored
    movers: tuple[int, int] | None  # first and last ranked edition: rank changes and movers
    convergence: tuple[int, int] | None  # first and last complete edition: beta convergence
    notes: tuple[str, ...]  # analyses left out, and why


def plan_editions(series: pd.DataFrame, label: str) -> EditionPlan:
    """Which analyses the series of measure ``label`` supports over its editions."""
    editions = sorted(int(y) for y in series["year"].unique())
    ranked, complete = ranked_editions(series), complete_editions(series)
    notes = []
    movers = (ranked[0], ranked[-1]) if len(ranked) >= 2 else None
    if movers is None:
        notes.append(f"Rank changes need two editions with ranks of {label}; the editions chosen have ranks in "
                     f"{join_and(ranked)}.")
    convergence = (complete[0], complete[-1]) if len(complete) >= 2 else None
    if convergence is None:
        notes.append(f"Convergence needs two editions with a score of {label} for every province; the editions "
                     f"chosen have that in {join_and(complete)}.")
    if len(editions) < 2:
        notes.append("Rank stability needs at least two editions.")
    return EditionPlan(editions, ranked, complete, movers, convergence, tuple(notes))


def check_provinces(ids: list[str], series: pd.DataFrame, parameter: str = "highlight") -> list[str]:
    """``ids`` unchanged if every one is a province of the series; else a ValueError naming the others."""
    present = dict(zip(series["province_id"], series["name_vi"]))
    absent = [pid for pid in ids if pid not in present]
    if absent:
        raise ValueError(f"parameter {parameter!r}: {', '.join(absent)} not among the {len(present)} provinces of "
                         f"this analysis (pre-2025 provinces, and only those of the chosen region)")
    return ids

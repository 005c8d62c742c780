"""Ranks from scores, and checks that published ranks agree with scores.

The DTI ranks provinces by score, higher is better; tied scores share a rank and
the next rank skips ("competition" ranking: 0.6350, 0.6350, 0.6342 -> 15, 15, 17).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def competition_rank(scores: "pd.Series") -> "pd.Series":
    """Rank 1 for the highest score; ties share the rank, the next rank skips; missing stays missing."""
    return scores.rank(method="min", ascending=False).astype("Int64")


@dataclass(frozen=True)
class RankConflict:
    """A published rank that the scores contradict."""

    label: object  # index label of the offending row
    rank: int
    reason: str


def rank_conflicts(scores: "pd.Series", ranks: "pd.Series", n_units: int, *,
                   scores_rounded: bool = False) -> list[RankConflict]:
    """Published ranks that cannot be true given the known scores.

    ``scores`` and ``ranks`` share an index (one entry per unit, missing where
    unknown); ``n_units`` is how many units the ranking covers. When every unit has a
    score, each published rank must equal the derived one. When only some scores are
    known, a rank ``r`` with score ``s`` needs at most ``r - 1`` known scores above
    ``s`` and at most ``n_units - r`` below it, and two ranked units must be ordered
    like their scores. ``scores_rounded`` says the scores are printed rounded, so units with equal scores
    may hold different ranks (the publisher broke the tie with more decimals): then the second set of
    rules applies even when every score is known.
    """
    conflicts: list[RankConflict] = []
    known = scores.dropna()
    published = ranks.dropna()
    if len(known) == n_units and not scores_rounded:
        derived = competition_rank(scores)
        for label, rank in published.items():
            if int(rank) != int(derived[label]):
                conflicts.append(RankConflict(label, int(rank), f"the scores give rank {int(derived[label])}"))
        return conflicts
    for label, rank in published.items():
        rank = int(rank)
        if label not in known.index:
            continue
        score = known[label]
        above, below = int((known > score).sum()), int((known < score).sum())
        if above > rank - 1:
            conflicts.append(RankConflict(label, rank, f"{above} units have a higher score"))
        elif below > n_units - rank:
            conflicts.append(RankConflict(label, rank, f"{below} units have a lower score"))
    both = [(label, int(published[label]), known[label]) for label in published.index if label in known.index]
    for label, rank, score in both:
        for other, other_rank, other_score in both:
            if rank < other_rank and score < other_score:
                conflicts.append(RankConflict(label, rank, f"it scores below {other} ranked {other_rank}"))
            elif rank == other_rank and label != other and score != other_score:
                conflicts.append(RankConflict(label, rank, f"it shares rank {rank} with {other} but not its score"))
    return conflicts

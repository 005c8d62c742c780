"""One DTI measure in long form, with ranks where they can be known.

The analyses and figures all start here: a frame with one row per edition and province
(year, province_id, name_vi, score, rank, rank_is_derived) for one measure of
``dtlib.load("dti")``.
"""
from __future__ import annotations

import pandas as pd

from ..measures import Measure, measure
from ..ranking import competition_rank

SERIES_COLUMNS = ["year", "province_id", "name_vi", "score", "rank", "rank_is_derived"]


def measure_series(dti: pd.DataFrame, index: str = "dti", editions: list[int] | None = None) -> pd.DataFrame:
    """The scores and ranks of one measure (``"dti"``, a pillar or a main index) per edition and province.

    Every province row of each edition is kept, empty where nothing is known, so that maps
    and tables can say "no data". Overall ranks come from the table (published, or derived by
    the build and flagged there). Main-index and pillar ranks are taken as published; where an
    edition has the measure's score for every province but not every rank (the main indices
    2022-2024), the missing ranks are derived from the scores and flagged ``rank_is_derived``.
    """
    m = measure(index)
    frame = dti.loc[:, ["year", "province_id", "name_vi", m.score_column, m.rank_column]].rename(
        columns={m.score_column: "score", m.rank_column: "rank"})
    frame["rank_is_derived"] = dti["rank_is_derived"].to_numpy() if _is_overall(m) else False
    if editions is not None:
        frame = frame[frame["year"].isin(editions)]
    parts = [_fill_ranks(part) for _, part in frame.groupby("year", sort=True)]
    if not parts:
        return frame.reset_index(drop=True)
    return pd.concat(parts).sort_values(["year", "province_id"]).reset_index(drop=True)


def _is_overall(m: Measure) -> bool:
    return m.kind == "overall"


def _fill_ranks(edition: pd.DataFrame) -> pd.DataFrame:
    """Derive missing ranks of an edition whose scores are all known."""
    missing = edition["rank"].isna()
    if not missing.any() or edition["score"].isna().any():
        return edition
    edition = edition.copy()
    edition.loc[missing, "rank"] = competition_rank(edition["score"])[missing]
    edition.loc[missing, "rank_is_derived"] = True
    return edition


def complete_editions(series: pd.DataFrame) -> list[int]:
    """Editions of a series where every province has a score."""
    known = series.groupby("year")["score"].apply(lambda s: bool(s.notna().all()))
    return [int(year) for year, complete in known.items() if complete]


def ranked_editions(series: pd.DataFrame) -> list[int]:
    """Editions of a series where at least one province has a rank."""
    return sorted(int(y) for y in series.loc[series["rank"].notna(), "year"].unique())

"""Build step: the partial tables of the ICT Index, the PAR Index and MIC's e-government ranking.

Raw files give one value pair per row (edition, province, component, rank, score); the build checks them
and makes one row per edition and province with a score and rank column per component.
"""
from __future__ import annotations

import pandas as pd

from ..provinces import N_PROVINCES, PRE2025
from ..rawio import Column, row_error
from ..schemas import TABLES
from ..schemas.indices import PARTIAL_INDICES, PartialIndex
from ..sources import join_ids
from .context import Context
from .keyed import check_published_ranks, check_years, with_province_ids
from .raw import CITED, NOTE, register_format


def _format(index: PartialIndex) -> str:
    return f"{index.table}_values"


for _index in PARTIAL_INDICES:
    register_format(_format(_index), [
        Column("year", "int", nullable=False),
        Column("province", nullable=False),
        Column("component", nullable=False, choices=tuple(c.code for c in _index.components)),
        Column("rank", "int", minimum=1, maximum=N_PROVINCES),
        Column("score", "float", minimum=_index.score_range[0], maximum=_index.score_range[1]),
        CITED,
        NOTE,
    ])


def _check_rows(frame: pd.DataFrame, index: PartialIndex) -> None:
    ranked = {c.code: c.ranked for c in index.components}
    for position, (component, rank, score) in enumerate(zip(frame["component"], frame["rank"], frame["score"])):
        if pd.isna(rank) and pd.isna(score):
            raise row_error(frame, position, "neither rank nor score", column="score",
                            expected="a rank, a score or both")
        if pd.notna(rank) and not ranked[component]:
            raise row_error(frame, position, f"{index.table} does not rank provinces on {component}",
                            column="rank", expected="an empty cell")


def wide_table(frame: pd.DataFrame, index: PartialIndex, registry: pd.DataFrame) -> pd.DataFrame:
    """One row per (year, province): each component's score and rank, citations and notes of all its rows."""
    by_key = frame.groupby(["year", "province_id"], sort=True)
    rows = []
    for (year, pid), group in by_key:
        row = {"year": year, "province_id": pid}
        for comp, rank, score in zip(group["component"], group["rank"], group["score"]):
            c = next(c for c in index.components if c.code == comp)
            row[c.score_column] = score
            if c.ranked:
                row[c.rank_column] = rank
        row["citation_ids"] = join_ids(group["citation_ids"])
        row["note"] = "; ".join(dict.fromkeys(n for n in group["note"] if isinstance(n, str) and n)) or None
        rows.append(row)
    table = pd.DataFrame(rows).reindex(columns=list(TABLES[index.table].columns))
    table["name_vi"] = table["province_id"].map(registry.set_index("province_id")["name_vi"])
    return table


def build_step(ctx: Context) -> None:
    registry = ctx.tables["provinces"]
    for index in PARTIAL_INDICES:
        fmt = _format(index)
        frames = []
        for frame in ctx.raw.all(fmt):
            frame = with_province_ids(frame, ctx.index, key=("year", "component"), what="province-year-component")
            check_years(frame, index.editions, index.table)
            _check_rows(frame, index)
            frames.append(frame.assign(file=frame.attrs["file"]))
        values = pd.concat(frames, ignore_index=True)
        for component, part in values.groupby("component"):
            # Scores are printed rounded (e.g. two 0.589), so a tie may be split by the publisher.
            check_published_ranks(part.reset_index(drop=True), "score", "rank", N_PROVINCES, scores_rounded=True)
        ctx.add(index.table, wide_table(values, index, registry[registry["era"] == PRE2025]), fmt)

"""Build step: the ranking claims of the source articles."""
from __future__ import annotations

import pandas as pd

from ..provinces import ERAS
from ..rawio import Column, row_error
from ..schemas import TABLES
from ..vocabulary import INDEX_CODES, YEAR_BASIS
from .context import Context
from .raw import NOTE, register_format, resolve_province_column

register_format("press_claims", [
    Column("claim_id", nullable=False),
    Column("citation_id", nullable=False),
    Column("province", nullable=False),
    Column("era", required=False, choices=ERAS),  # empty: the pre-2025 province if the name is one
    Column("index_code", nullable=False, choices=INDEX_CODES),
    Column("year", "int"),
    Column("year_basis", nullable=False, choices=YEAR_BASIS),
    Column("rank", "int", nullable=False, minimum=1),
    Column("out_of", "int", minimum=1),
    Column("rank_change", "int"),
    Column("change_vs_year", "int"),
    NOTE,
])


def claim_province_ids(frame: pd.DataFrame, index) -> list[str]:
    """Registry ids of a claims file's provinces, each read in the era its row names."""
    eras = frame["era"].fillna("")
    ids = pd.Series(None, index=frame.index, dtype=object)
    for era, rows in frame.groupby(eras, sort=False):
        rows = rows.copy()
        rows.attrs = frame.attrs
        ids[rows.index] = resolve_province_column(rows, index, era=era or None)
    return ids.tolist()


def build_step(ctx: Context) -> None:
    frames = []
    published = dict(zip(ctx.raw.citations["citation_id"], ctx.raw.citations["published_date"]))
    for frame in ctx.raw.all("press_claims"):
        frame = frame.assign(
            province_id=claim_province_ids(frame, ctx.index),
            province_as_printed=frame["province"],
            published_date=frame["citation_id"].map(published),
        )
        for position, (year, basis) in enumerate(zip(frame["year"], frame["year_basis"])):
            if (year is None or pd.isna(year)) == (basis == "stated"):
                raise row_error(frame, position, "year and year_basis disagree", column="year_basis",
                                expected="'stated' with a year, 'not_stated' without one")
        frames.append(frame)
    claims = pd.concat(frames, ignore_index=True)
    ctx.add("press_claims", claims[list(TABLES["press_claims"].columns)], "press_claims")

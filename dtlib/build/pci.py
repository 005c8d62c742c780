"""Build step: the PCI of VCCI, from VCCI's data files (2005-2016) and a panel copy (2016-2022)."""
from __future__ import annotations

import pandas as pd

from ..errors import DataError
from ..provinces import N_PROVINCES, PRE2025
from ..ranking import competition_rank
from ..rawio import Column, row_error
from ..schemas import TABLES
from ..schemas.pci import EXPECTED_PCI_ROWS, PCI_YEARS, SUBINDICES
from ..sources import join_ids
from .context import Context
from .keyed import check_complete, check_published_ranks, check_unique, check_years, with_province_ids
from .raw import CITED, NOTE, register_format, resolve_province_column

_VALUES = [
    Column("score", "float", nullable=False, minimum=0, maximum=100),
    Column("rank", "int", required=False, minimum=1, maximum=64),
    *(Column(s.column, "float", required=False, minimum=0, maximum=10) for s in SUBINDICES),
]
# One VCCI table, or a copy of PCI scores: a row per province and year.
register_format("pci_table", [
    Column("year", "int", nullable=False),
    Column("province", nullable=False),
    Column("source_label", required=False),  # the source's own province code, where it has one
    *_VALUES,
    CITED,
    NOTE,
])
# Units VCCI ranked that are not provinces of the registry (Hà Tây, 2005-2008).
register_format("pci_historical", [
    Column("year", "int", nullable=False),
    Column("unit_name", nullable=False),
    Column("merged_into", nullable=False),
    *_VALUES,
    CITED,
    NOTE,
])

# Two sources agree on a PCI if they differ by no more than the rounding of the coarser one (2 decimals).
AGREEMENT = 0.005 + 0.00005


def _check_subindex_years(frame: pd.DataFrame) -> None:
    for position, row in enumerate(frame.itertuples(index=False)):
        for s in SUBINDICES:
            if row.year not in s.years and pd.notna(getattr(row, s.column)):
                raise row_error(frame, position, f"VCCI had no '{s.name_en}' sub-index in {row.year}",
                                column=s.column, expected="an empty cell")


def _read(frames: list[pd.DataFrame], index) -> pd.DataFrame:
    """All PCI rows with province_id and their file, each file checked on its own."""
    parts = []
    for frame in frames:
        frame = with_province_ids(frame, index)
        check_years(frame, PCI_YEARS, "PCI")
        _check_subindex_years(frame)
        parts.append(frame.assign(file=frame.attrs["file"]))
    return pd.concat(parts, ignore_index=True)


def merge_sources(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per (year, province): a row with a published rank is kept first; other sources must agree
    on the score; citation_ids lists the kept source's citations, then the others'."""
    rows = rows.assign(unranked=rows["rank"].isna()).sort_values(["year", "province_id", "unranked"],
                                                                 kind="stable")
    kept = []
    for (year, pid), group in rows.groupby(["year", "province_id"], sort=False):
        first = group.iloc[0]
        for position in range(1, len(group)):
            other = group.iloc[position]
            if abs(other["score"] - first["score"]) > AGREEMENT:
                raise row_error(group, position, f"{year} {pid}: sources disagree on the PCI ({first['file']} line "
                                                 f"{int(first['line'])} gives {first['score']:g})", column="score",
                                expected=f"{first['score']:g} within rounding, or a correction of one source")
        kept.append({**first.to_dict(), "citation_ids": join_ids(group["citation_ids"])})
    return pd.DataFrame(kept).drop(columns="unranked").reset_index(drop=True)


def _historical(frame: pd.DataFrame, index) -> pd.DataFrame:
    check_years(frame, PCI_YEARS, "PCI")
    _check_subindex_years(frame)
    check_unique(frame, ["year", "unit_name"], "unit-year", column="unit_name")
    frame = frame.assign(merged_into_id=resolve_province_column(frame, index, column="merged_into"),
                         file=frame.attrs["file"])
    for position, rank in enumerate(frame["rank"]):
        if pd.isna(rank):
            raise row_error(frame, position, "historical unit without its published rank", column="rank",
                            expected="the rank VCCI gave it")
    return frame


def rank_all(units: pd.DataFrame) -> pd.DataFrame:
    """Check published ranks against the scores of all ranked units of each year (provinces and historical
    units); derive ranks for years where none is published. Adds n_ranked and rank_is_derived."""
    n_ranked = units.groupby("year")["score"].count()
    check_published_ranks(units, "score", "rank", n_ranked, scores_rounded=True)
    units = units.assign(n_ranked=units["year"].map(n_ranked), rank_is_derived=False)
    for year, part in units.groupby("year"):
        published = part["rank"].notna()
        if published.all():
            continue
        if published.any():
            position = int(((units["year"] == year) & units["rank"].isna()).to_numpy().argmax())
            raise row_error(units, position, f"PCI {year}: some ranks are published, this one is missing",
                            column="rank", expected="every rank of the year, or none (then they are derived)")
        units.loc[part.index, "rank"] = competition_rank(part["score"])
        units.loc[part.index, "rank_is_derived"] = True
    units["rank"] = units["rank"].astype("Int64")
    return units


def _check_counts(table: pd.DataFrame, registry: pd.DataFrame) -> None:
    check_complete(table, registry.loc[registry["era"] == PRE2025, "province_id"],
                   [y for y, n in EXPECTED_PCI_ROWS.items() if n == N_PROVINCES])
    for year, expected in EXPECTED_PCI_ROWS.items():
        n = int((table["year"] == year).sum())
        if n != expected:
            raise DataError(f"PCI {year} has {n} provinces, the committed expectation is {expected}",
                            expected="the committed count (EXPECTED_PCI_ROWS in dtlib/schemas/pci.py)")


def build_step(ctx: Context) -> None:
    provinces = merge_sources(_read(ctx.raw.all("pci_table"), ctx.index))
    historical = pd.concat([_historical(f, ctx.index) for f in ctx.raw.all("pci_historical")], ignore_index=True)
    units = rank_all(pd.concat([provinces, historical.assign(province_id="historical " + historical["unit_name"])],
                               ignore_index=True))
    registry = ctx.tables["provinces"]
    table = units[units["unit_name"].isna()].assign(
        name_vi=lambda t: t["province_id"].map(registry.set_index("province_id")["name_vi"]))
    _check_counts(table, registry)
    ctx.add("pci", table[list(TABLES["pci"].columns)], "pci_table", "pci_historical")
    ctx.add("pci_historical_units", units[units["unit_name"].notna()][list(TABLES["pci_historical_units"].columns)],
            "pci_historical")

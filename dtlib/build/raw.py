"""Reading the catalogued raw files: one column spec per ``format``, registered by each family."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataError, UnknownProvinceError
from ..rawio import Column, read_table, row_error
from ..sources import check_citation_ids, read_catalog, read_citations, verify_catalog

if TYPE_CHECKING:
    import pandas as pd

    from ..provinces import ProvinceIndex

FORMATS: dict[str, list[Column]] = {}
CITED = Column("citation_ids", nullable=False)
NOTE = Column("note", required=False)


def register_format(name: str, columns: list[Column]) -> None:
    """Declare how the build reads raw files of a ``format`` (the catalog's column)."""
    if name in FORMATS:
        raise ValueError(f"raw format {name!r} is declared twice")
    FORMATS[name] = columns


class RawFiles:
    """The catalogued raw files, verified against the catalog and read once, grouped by format."""

    def __init__(self, raw_dir: Path):
        self.dir = raw_dir
        self.catalog = read_catalog(raw_dir)
        verify_catalog(self.catalog, raw_dir)
        self.citations = read_citations(raw_dir, self.catalog)
        self.frames: dict[str, list[pd.DataFrame]] = {}
        for row in self.catalog.itertuples(index=False):
            if row.format == "citations":
                continue
            if row.format not in FORMATS:
                raise DataError("unknown format", file="catalog.csv", row=row.line, column="format",
                                value=row.format, expected=f"one of {', '.join(sorted(FORMATS))}")
            frame = read_table(raw_dir / row.file, FORMATS[row.format], label=row.file)
            for column in ("citation_ids", "citation_id"):
                if column in frame:
                    check_citation_ids(frame, self.citations, column=column)
            self.frames.setdefault(row.format, []).append(frame)

    def one(self, fmt: str) -> "pd.DataFrame":
        frames = self.frames.get(fmt, [])
        if len(frames) != 1:
            raise DataError(f"expected exactly one raw file of format {fmt!r}, found {len(frames)}",
                            file="catalog.csv")
        return frames[0]

    def all(self, fmt: str) -> list["pd.DataFrame"]:
        return self.frames.get(fmt, [])

    def files(self, *formats: str) -> str:
        """The catalogued files of some formats, ';'-joined (for the datasets listing)."""
        return ";".join(sorted(self.catalog.loc[self.catalog["format"].isin(formats), "file"]))


def resolve_province_column(frame: "pd.DataFrame", index: "ProvinceIndex", *, column: str = "province",
                            era: str | None = "pre2025") -> list[str]:
    """Registry ids for the names in ``frame[column]``; an unknown name raises a located DataError."""
    ids = []
    for position, name in enumerate(frame[column]):
        try:
            ids.append(index.resolve(name, era))
        except UnknownProvinceError as exc:
            raise row_error(frame, position, "unknown province", column=column,
                            expected=f"a province the registry knows ({exc}); add a reviewed alias to "
                                     "provinces/province_aliases.csv if this spelling is right") from None
    return ids

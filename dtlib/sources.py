"""The catalog of raw files and the citations behind every value.

``data/raw/catalog.csv`` lists every raw file once: what it holds, who published
the underlying document, where and when it was read, under which licence, how it
was read (official page, secondary transcription, press, or compiled by us with a
citation per row), which reader the build applies (``format``) and the file's
sha256. Files of format ``citations`` (``data/raw/citations.csv`` and any family's own) hold one
row per cited document; raw value rows point at them through ``citation_ids``.
"""
from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .errors import DataError
from .rawio import Column, read_table, row_error

if TYPE_CHECKING:
    import pandas as pd

CATALOG = "catalog.csv"
HOW_READ = ("official", "secondary", "press", "compiled")
# Preference when two sources give the same value: the publisher's own page first.
PROVENANCE_ORDER = ("official", "secondary", "press")

CATALOG_COLUMNS = [
    Column("file", nullable=False),
    Column("format", nullable=False),
    Column("description", nullable=False),
    Column("publisher", nullable=False),
    Column("document", nullable=False),
    Column("url"),
    Column("published_date", "date"),
    Column("accessed_date", "date", nullable=False),
    Column("licence", nullable=False),
    Column("how_read", nullable=False, choices=HOW_READ),
    Column("sha256", "sha256", nullable=False),
]

CITATION_COLUMNS = [
    Column("citation_id", nullable=False),
    Column("publisher", nullable=False),
    Column("document", nullable=False),
    Column("url"),  # empty only for a document whose address is unknown (then the note says so)
    Column("published_date", "date"),
    Column("accessed_date", "date", nullable=False),
    Column("how_read", nullable=False, choices=PROVENANCE_ORDER),
    Column("note"),
]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_catalog(raw_dir: Path) -> "pd.DataFrame":
    catalog = read_table(raw_dir / CATALOG, CATALOG_COLUMNS, label=CATALOG)
    duplicated = catalog["file"].duplicated()
    if duplicated.any():
        row = catalog[duplicated].iloc[0]
        raise DataError("file listed twice", file=CATALOG, row=int(row["line"]), column="file", value=row["file"],
                        expected="one catalog row per raw file")
    return catalog


def verify_catalog(catalog: "pd.DataFrame", raw_dir: Path) -> None:
    """Every raw file is catalogued, exists, and has the catalogued sha256."""
    listed = set(catalog["file"])
    on_disk = {p.relative_to(raw_dir).as_posix() for p in raw_dir.rglob("*") if p.is_file()}
    unlisted = sorted(on_disk - listed - {CATALOG, "README.md"})
    if unlisted:
        raise DataError(f"raw file {unlisted[0]!r} is not in the catalog", file=CATALOG,
                        expected="a catalog row (with source, licence and sha256) for every raw file")
    for row in catalog.itertuples(index=False):
        path = raw_dir / row.file
        if not path.is_file():
            raise DataError("catalogued file does not exist", file=CATALOG, row=row.line, column="file",
                            value=row.file, expected=f"a file at data/raw/{row.file}")
        actual = sha256_of(path)
        if actual != row.sha256:
            raise DataError(
                f"sha256 of {row.file} does not match the catalog (the file changed since it was catalogued)",
                file=CATALOG, row=row.line, column="sha256", value=actual,
                expected=f"{row.sha256}; if the change is deliberate, review it and run 'dtlib sources --rehash'",
            )


def read_citations(raw_dir: Path, catalog: "pd.DataFrame") -> "pd.DataFrame":
    """Every catalogued file of format ``citations``, as one table (ids unique across files)."""
    import pandas as pd

    files = sorted(catalog.loc[catalog["format"] == "citations", "file"])
    if not files:
        raise DataError("no citations file", file=CATALOG, expected="a catalog row with format 'citations'")
    frames = [read_table(raw_dir / f, CITATION_COLUMNS, label=f) for f in files]
    citations = pd.concat(frames, ignore_index=True)
    citations["file"] = [f for f, frame in zip(files, frames) for _ in range(len(frame))]
    duplicated = citations["citation_id"].duplicated()
    if duplicated.any():
        row = citations[duplicated].iloc[0]
        raise DataError("citation id used twice", file=row["file"], row=int(row["line"]), column="citation_id",
                        value=row["citation_id"], expected="ids unique across all citations files")
    return citations.drop(columns="file")


def split_ids(text: str | None) -> list[str]:
    """The ids of a ';'-separated ``citation_ids`` cell."""
    return [part.strip() for part in (text or "").split(";") if part.strip()]


def join_ids(cells: Iterable[object]) -> str:
    """One ``citation_ids`` cell citing every id of ``cells`` once, in order of first appearance.

    Empty and missing cells (None, NaN) are skipped: ``join_ids(["a;b", None, "b;c"]) == "a;b;c"``.
    """
    return ";".join(dict.fromkeys(i for cell in cells if isinstance(cell, str) for i in split_ids(cell)))


def check_citation_ids(frame: "pd.DataFrame", citations: "pd.DataFrame", column: str = "citation_ids") -> None:
    """Every id in a raw frame's citation column names a row of the citations table."""
    known = set(citations["citation_id"])
    for position, cell in enumerate(frame[column]):
        ids = split_ids(cell)
        if not ids or any(i not in known for i in ids):
            raise row_error(frame, position, "unknown or missing citation", column=column,
                            expected="';'-separated ids from the citations files")


def rehash(raw_dir: Path) -> list[str]:
    """Rewrite the catalog's sha256 column from the files on disk; returns the changed files.

    Run after a reviewed edit of a raw file. Only the sha256 cells change.
    """
    path = raw_dir / CATALOG
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    file_col, hash_col = header.index("file"), header.index("sha256")
    changed = []
    for row in body:
        if not row:
            continue
        target = raw_dir / row[file_col]
        if target.is_file():
            digest = sha256_of(target)
            if digest != row[hash_col]:
                row[hash_col] = digest
                changed.append(row[file_col])
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *body])
    path.write_text(out.getvalue(), encoding="utf-8")
    return changed

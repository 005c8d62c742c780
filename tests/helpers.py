"""Small helpers shared by tests."""
from __future__ import annotations

from pathlib import Path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes, to compare before and after."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def row_of(table, year: int, province_id: str):
    """The one row of a (year, province_id)-keyed table; fails unless there is exactly one."""
    rows = table[(table["year"] == year) & (table["province_id"] == province_id)]
    assert len(rows) == 1, f"{len(rows)} rows for {year} {province_id}"
    return rows.iloc[0]

"""Small helpers shared by tests."""
from __future__ import annotations

from pathlib import Path

from dtlib import cli
from dtlib.sources import rehash


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes, to compare before and after."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def row_of(table, year: int, province_id: str):
    """The one row of a (year, province_id)-keyed table; fails unless there is exactly one."""
    rows = table[(table["year"] == year) & (table["province_id"] == province_id)]
    assert len(rows) == 1, f"{len(rows)} rows for {year} {province_id}"
    return rows.iloc[0]


def edit_raw(root: Path, file: str, old: str | bytes, new: str | bytes, *, keep_hash: bool = False) -> int:
    """Replace the first ``old`` by ``new`` in a raw file; return the 1-based line of the change."""
    path = root / "data" / "raw" / file
    data = path.read_bytes()
    old_b = old.encode() if isinstance(old, str) else old
    new_b = new.encode() if isinstance(new, str) else new
    at = data.index(old_b)
    path.write_bytes(data[:at] + new_b + data[at + len(old_b):])
    if not keep_hash:
        rehash(root / "data" / "raw")
    return data[:at].count(b"\n") + 1


def run_failing_build(root: Path, capsys) -> tuple[int, str]:
    """Run ``dtlib build``; check it left data/processed untouched; return exit code and stderr."""
    before = snapshot(root / "data" / "processed")
    code = cli.main(["build"])
    err = capsys.readouterr().err
    assert snapshot(root / "data" / "processed") == before, "a failed build must not touch data/processed"
    return code, err

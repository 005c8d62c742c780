"""``dtlib build``: turn ``data/raw/`` into validated tables in ``data/processed/``.

First the catalog is verified (every raw file listed, sha256 matching) and each raw file
is read with the column spec of its ``format``. Then each step in ``STEPS`` adds tables:
the province registry and name index first, then each family (press claims, DTI, ...).
Every declared table must be produced; each is checked against its schema.

Writing is all-or-nothing: every table is validated and serialised in memory, written
to a sibling folder, and swapped in with two renames. A failed build leaves
``data/processed/`` exactly as it was.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import DataError
from ..schemas import TABLES, data_dictionary
from . import covariates, dti, dti34, indices, papi, pci, pilots, press, registry
from .context import Context
from .raw import RawFiles
from .serialise import dictionary_markdown, to_csv_bytes

# Each step adds tables to the context; later steps may use earlier tables.
STEPS = (registry.build_step, press.build_step, dti.build_step, covariates.build_step, dti34.build_step,
         papi.build_step, pci.build_step, indices.build_step, pilots.build_step)


@dataclass
class BuildResult:
    out_dir: Path
    tables: dict[str, pd.DataFrame]
    changed: list[str]


def assemble(raw_dir: Path) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """All processed tables from the raw folder, validated; also the raw files behind each table."""
    ctx = Context(RawFiles(raw_dir))
    for step in STEPS:
        step(ctx)
    missing = sorted(set(TABLES) - set(ctx.tables))
    if missing:
        raise DataError(f"no build step produces the declared table(s) {', '.join(missing)}")
    return {name: validate(name, frame) for name, frame in ctx.tables.items()}, ctx.inputs


def validate(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Coerce a table to its declared types and order, then check it against its schema."""
    import pandera.errors

    table = TABLES[name]
    frame = frame[list(table.columns)].astype(table.read_dtypes())
    if table.sort_by:
        frame = frame.sort_values(list(table.sort_by), kind="stable").reset_index(drop=True)
    if table.expected_rows is not None and len(frame) != table.expected_rows:
        raise DataError(f"table {name} has {len(frame)} rows", expected=f"{table.expected_rows} rows")
    try:
        return table.schema().validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases.head(5)
        detail = "; ".join(f"column {c.column}: {c.check} failed for {c.failure_case!r} (row {c.index})"
                           for c in cases.itertuples())
        raise DataError(f"table {name} fails its schema: {detail}") from None


def _outputs(tables: dict[str, pd.DataFrame], inputs: dict[str, str]) -> dict[str, bytes]:
    datasets = pd.DataFrame([
        {"name": name, "description": TABLES[name].description, "rows": len(frame),
         "columns": len(frame.columns), "sources": inputs[name]}
        for name, frame in tables.items()
    ])
    dictionary = data_dictionary()
    files = {f"{name}.csv": to_csv_bytes(frame) for name, frame in tables.items()}
    files["datasets.csv"] = to_csv_bytes(datasets)
    files["data_dictionary.csv"] = to_csv_bytes(dictionary)
    files["DATA_DICTIONARY.md"] = dictionary_markdown(datasets, dictionary).encode("utf-8")
    return files


def _swap_in(files: dict[str, bytes], out_dir: Path) -> list[str]:
    """Replace ``out_dir`` by a folder holding exactly ``files``; returns the names that changed."""
    staging = out_dir.with_name(f".{out_dir.name}.new")
    retired = out_dir.with_name(f".{out_dir.name}.old")
    recover_interrupted_swap(out_dir)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name, content in files.items():
        (staging / name).write_bytes(content)
    old = {p.name: p.read_bytes() for p in out_dir.glob("*") if p.is_file()} if out_dir.exists() else {}
    changed = sorted(n for n in set(files) | set(old) if files.get(n) != old.get(n))
    if out_dir.exists():
        os.replace(out_dir, retired)
    os.replace(staging, out_dir)
    shutil.rmtree(retired, ignore_errors=True)
    return changed


def recover_interrupted_swap(out_dir: Path) -> None:
    """If a build was killed between its two renames, put the previous tables back."""
    retired = out_dir.with_name(f".{out_dir.name}.old")
    if not out_dir.exists() and retired.exists():
        os.replace(retired, out_dir)
    shutil.rmtree(retired, ignore_errors=True)


def build(root: Path | None = None) -> BuildResult:
    """Build every processed table; raises :class:`DataError` and leaves outputs untouched on bad input."""
    root = Path(root) if root else paths.project_root()
    raw_dir, out_dir = root / "data" / "raw", root / "data" / "processed"
    tables, inputs = assemble(raw_dir)
    changed = _swap_in(_outputs(tables, inputs), out_dir)
    return BuildResult(out_dir, tables, changed)

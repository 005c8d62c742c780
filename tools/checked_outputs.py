"""Refresh the committed outputs of a notebook's nbval-checked cells, strip all others.

    .venv/bin/python tools/checked_outputs.py notebooks/ranking_trends.ipynb [...]

Runs each notebook with papermill (kernel ``python3``, default parameters) into
``build/notebooks/``, copies the outputs of the cells tagged ``nbval-check-output`` back
into the source notebook with their execution counts, and removes every other output and
execution count. Commit the
result after reading the diff: it is what ``pytest --nbval-lax notebooks/`` will compare.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import nbformat
import papermill

from dtlib import paths
from dtlib.report.matrix import KERNEL

CHECKED = "nbval-check-output"


def refresh(notebook: Path) -> None:
    executed_path = paths.build_dir() / "notebooks" / notebook.name
    executed_path.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(str(notebook), str(executed_path), kernel_name=KERNEL, progress_bar=False)
    executed = {cell.id: cell for cell in nbformat.read(executed_path, as_version=4).cells}
    source = nbformat.read(notebook, as_version=4)
    for cell in source.cells:
        if cell.cell_type != "code":
            continue
        checked = CHECKED in cell.metadata.get("tags", [])
        # nbval skips comparing a cell with outputs but no execution count, so checked cells keep theirs
        cell.execution_count = executed[cell.id].execution_count if checked else None
        cell.outputs = executed[cell.id].outputs if checked else []
    nbformat.write(source, notebook)
    print(f"{notebook}: outputs of {sum(CHECKED in c.metadata.get('tags', []) for c in source.cells)} checked cells kept")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="+", type=Path, help="notebooks/*.ipynb to refresh")
    for notebook in parser.parse_args().notebooks:
        refresh(notebook)

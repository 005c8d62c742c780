"""``dtlib.load(name)``: the processed tables, typed and validated, cached per process.

When ``DTLIB_LOAD_LOG`` names a file, the name of every processed table read is appended to
it: the report runner uses this to learn which tables a notebook run depends on.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from . import paths

if TYPE_CHECKING:
    import pandas as pd


LOAD_LOG_ENV = "DTLIB_LOAD_LOG"


def _processed_file(name: str):
    folder = paths.processed_dir()
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} does not exist: run 'dtlib build' first")
    log = os.environ.get(LOAD_LOG_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(name + "\n")
    return folder / f"{name}.csv"


@lru_cache(maxsize=None)
def _load_cached(name: str, path: str, modified_ns: int) -> "pd.DataFrame":
    # keyed by the file's path and modification time, so a rebuild in the same process is seen
    import pandas as pd

    from .schemas import TABLES

    table = TABLES[name]
    frame = pd.read_csv(path, dtype=table.read_dtypes(), keep_default_na=False, na_values=[""])
    return table.schema().validate(frame)


def load(name: str) -> "pd.DataFrame":
    """A processed table by name (see :func:`datasets`); a fresh copy on every call.

    Tables are validated against their schema when first read in a process.
    """
    from .schemas import TABLES

    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; available: {', '.join(sorted(TABLES))}")
    path = _processed_file(name)
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist: run 'dtlib build'")
    return _load_cached(name, str(path), path.stat().st_mtime_ns).copy()


def datasets() -> "pd.DataFrame":
    """The processed tables: name, description, rows, columns and the raw files they come from."""
    import pandas as pd

    return pd.read_csv(_processed_file("datasets"), dtype={"rows": "Int64", "columns": "Int64"})

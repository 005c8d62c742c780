"""Where the project's files live.

Paths are anchored at the package's own location, never at the working directory:
papermill runs notebooks in the caller's directory and nbval in the notebook's.
Set ``DTLIB_ROOT`` to point the library at another checkout (tests use this), and
``DTLIB_FIGURES_DIR`` to send figures elsewhere (the report runner stages each run's
figures there and moves them into ``figures/`` only when the run succeeds).
"""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The project checkout: ``$DTLIB_ROOT`` if set, else the folder holding ``dtlib/``."""
    override = os.environ.get("DTLIB_ROOT")
    return Path(override).resolve() if override else PACKAGE_DIR.parent


def raw_dir() -> Path:
    return project_root() / "data" / "raw"


def processed_dir() -> Path:
    return project_root() / "data" / "processed"


def figures_dir() -> Path:
    override = os.environ.get("DTLIB_FIGURES_DIR")
    return Path(override).resolve() if override else project_root() / "figures"


def build_dir() -> Path:
    return project_root() / "build"


def notebooks_dir() -> Path:
    return project_root() / "notebooks"

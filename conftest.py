"""Project-wide pytest setup (tests/ and nbval's runs of notebooks/)."""
from __future__ import annotations

import os
import shutil
import tempfile

_figures: str | None = None


def pytest_configure(config):
    """Send figures drawn during tests (nbval runs the notebooks) to a temporary folder, not figures/."""
    global _figures
    if "DTLIB_FIGURES_DIR" not in os.environ:
        _figures = tempfile.mkdtemp(prefix="dtlib-test-figures-")
        os.environ["DTLIB_FIGURES_DIR"] = _figures


def pytest_unconfigure(config):
    if _figures:
        os.environ.pop("DTLIB_FIGURES_DIR", None)
        shutil.rmtree(_figures, ignore_errors=True)

"""Shared fixtures: a throw-away copy of the project's data for tests that build or break it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dtlib import paths

REPO = paths.PACKAGE_DIR.parent


@pytest.fixture
def project_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of data/raw and data/processed under tmp_path, with DTLIB_ROOT pointing at it."""
    for part in ("raw", "processed"):
        shutil.copytree(REPO / "data" / part, tmp_path / "data" / part)
    monkeypatch.setenv("DTLIB_ROOT", str(tmp_path))
    return tmp_path

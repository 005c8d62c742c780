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


FIXTURE_NOTEBOOKS = REPO / "tests" / "fixtures" / "notebooks"


def make_report_project(root: Path) -> Path:
    """A throw-away project: the processed data, and the fixture notebooks and matrix in notebooks/."""
    shutil.copytree(REPO / "data" / "processed", root / "data" / "processed")
    shutil.copytree(FIXTURE_NOTEBOOKS, root / "notebooks")
    return root


@pytest.fixture(scope="session")
def built_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fixture project on which ``dtlib report`` has run once (shared: copy it before changing it)."""
    from unittest import mock

    from dtlib.report import report

    root = make_report_project(tmp_path_factory.mktemp("built") / "project")
    with mock.patch.dict("os.environ", {"DTLIB_ROOT": str(root), "DTLIB_FIGURES_DIR": str(root / "figures")}):
        result = report(progress=False)
    assert not result.failed, result.failed
    return root


@pytest.fixture
def report_project(built_report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the built fixture project, with DTLIB_ROOT pointing at it."""
    root = tmp_path / "project"
    shutil.copytree(built_report, root)
    monkeypatch.setenv("DTLIB_ROOT", str(root))
    monkeypatch.setenv("DTLIB_FIGURES_DIR", str(root / "figures"))
    return root

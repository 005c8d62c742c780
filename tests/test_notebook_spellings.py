"""The notebooks run headlessly with province names spelled the way people type them.

nbval runs each notebook at its defaults; these runs pass odd spellings through papermill, as a
researcher or the report matrix would, and check that each reached the same province as the
canonical name (the notebook's first cells validate and print the resolved ids).
"""
from __future__ import annotations

import papermill
import pytest

from dtlib import paths
from dtlib.report.matrix import KERNEL

NOTEBOOKS = paths.PACKAGE_DIR.parent / "notebooks"


def _execute(tmp_path, monkeypatch, notebook: str, parameters: dict):
    monkeypatch.setenv("DTLIB_FIGURES_DIR", str(tmp_path / "figures"))
    return papermill.execute_notebook(
        str(NOTEBOOKS / f"{notebook}.ipynb"), str(tmp_path / f"{notebook}.ipynb"), parameters=parameters,
        kernel_name=KERNEL, cwd=str(NOTEBOOKS), progress_bar=False,
    )


def _figure_dirs(tmp_path, notebook: str) -> list[str]:
    return sorted(p.name for p in (tmp_path / "figures" / notebook).iterdir())


@pytest.mark.parametrize("spelling, province_id", [
    ("tp.hcm", "pre2025-79"),
    ("Thừa Thiên - Huế", "pre2025-46"),
    ("TP. Huế", "pre2025-46"),
])
def test_profile_runs_for_an_odd_spelling(tmp_path, monkeypatch, spelling, province_id):
    _execute(tmp_path, monkeypatch, "province_profile", {"province": spelling})
    assert _figure_dirs(tmp_path, "province_profile") == [f"era-none_province-{province_id}"]
    assert any((tmp_path / "figures" / "province_profile").rglob("*.png"))


def test_ranking_trends_runs_with_odd_spellings_highlighted(tmp_path, monkeypatch):
    _execute(tmp_path, monkeypatch, "ranking_trends",
             {"highlight": ["TP.HCM", "Thua Thien - Hue", "BR-VT", "Đà Nẵng"], "index": "gov"})
    [slug] = _figure_dirs(tmp_path, "ranking_trends")
    for province_id in ("pre2025-79", "pre2025-46", "pre2025-77", "pre2025-48"):
        assert province_id in slug

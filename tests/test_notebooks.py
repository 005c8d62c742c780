"""Notebook conventions, and proof that nbval catches a key result that drifts.

pytest runs every notebook in notebooks/ under ``--nbval-lax`` (see pyproject.toml): cells tagged
``nbval-check-output`` must reproduce their committed output. These tests check the conventions
the runner and nbval rely on, and that a changed key result does fail.
"""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys

import nbformat
import pytest
from conftest import REPO

from dtlib.parameters import KINDS
from dtlib.report.matrix import notebook_parameters

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
CHECKED = "nbval-check-output"
each_notebook = pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)


def test_the_kit_has_its_notebooks():
    names = {p.stem for p in NOTEBOOKS}
    assert {"ranking_trends", "province_profile", "merged_provinces", "press_claims", "pilot_communes",
            "cross_index", "determinants"} <= names


@each_notebook
def test_one_parameters_cell_and_a_generic_kernel(path):
    declared, problems = notebook_parameters(nbformat.read(path, as_version=4))
    assert problems == [] and declared


@each_notebook
def test_the_next_cell_validates_every_parameter(path):
    # the report runner validates a run with dtlib.parameters before it runs; the notebook must check the same
    # parameters the same way, first thing, so that a wrong value fails with a message listing the choices
    notebook = nbformat.read(path, as_version=4)
    declared, _ = notebook_parameters(notebook)
    assert set(declared) <= set(KINDS), f"{path.name}: no kind in dtlib.parameters.KINDS for " \
                                        f"{sorted(set(declared) - set(KINDS))}"
    code = [c for c in notebook.cells if c.cell_type == "code"]
    first = next(i for i, c in enumerate(code) if "parameters" in c.metadata.get("tags", []))
    calls = [node for node in ast.walk(ast.parse(code[first + 1].source)) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id == "validate"]
    assert len(calls) == 1 and isinstance(calls[0].args[0], ast.Dict), f"{path.name}: no validate({{...}}) call"
    passed = {key.value: value.id for key, value in zip(calls[0].args[0].keys, calls[0].args[0].values)
              if isinstance(key, ast.Constant) and isinstance(value, ast.Name)}
    assert passed == {name: name for name in declared} and not calls[0].keywords


@each_notebook
def test_only_nbval_checked_cells_carry_committed_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    unchecked = [i + 1 for i, cell in enumerate(notebook.cells) if cell.cell_type == "code" and cell.outputs
                 and CHECKED not in cell.metadata.get("tags", [])]
    assert unchecked == [], f"{path.name}: cells {unchecked} have outputs but no {CHECKED!r} tag"


def run_nbval(notebook, tmp_path) -> subprocess.CompletedProcess:
    """pytest --nbval-lax on a copy of one notebook, outside this project's pytest settings."""
    shutil.copy(notebook, tmp_path)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-q", "-c",
         str(tmp_path / "pytest.ini"), str(tmp_path / notebook.name)],
        capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_nbval_passes_a_key_result_that_matches_its_committed_output(tmp_path):
    done = run_nbval(REPO / "tests" / "fixtures" / "nbval" / "key_result.ipynb", tmp_path)
    assert done.returncode == 0, done.stdout


@pytest.mark.slow
def test_nbval_fails_a_key_result_that_drifted(tmp_path):
    # drifted.ipynb is key_result.ipynb with the committed output 'pre2025-80' for TP.HCM
    # where the registry gives 'pre2025-79'.
    done = run_nbval(REPO / "tests" / "fixtures" / "nbval" / "drifted.ipynb", tmp_path)
    assert done.returncode == 1
    assert "Cell outputs differ" in done.stdout and "'pre2025-80\\n' == 'pre2025-79\\n'" in done.stdout

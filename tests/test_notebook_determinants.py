"""The determinants notebook's printed coefficients are reproducible from dtlib.load data.

Reads, from the committed notebooks/determinants.ipynb, its default parameters and the output of the cell
tagged ``coefficients`` (what nbval compares), refits the model through dtlib, and checks every printed
number. The coefficients and their clustered standard errors are also recomputed with numpy from a design
matrix built here, so the test does not rest on statsmodels alone.
"""
from __future__ import annotations

import ast

import nbformat
import numpy as np
import pandas as pd
import pytest

import dtlib
from dtlib import paths
from dtlib.analysis.determinants import attach_covariates, fit_determinants
from dtlib.analysis.series import measure_series
from dtlib.parameters import validate

NOTEBOOK = paths.PACKAGE_DIR.parent / "notebooks" / "determinants.ipynb"
COLUMNS = ["coef", "std_err", "statistic", "p_value", "ci_low", "ci_high"]
HALF_UNIT = 0.5e-4 + 1e-9  # printed rounded to 4 decimals


def _tagged(notebook, tag: str):
    cells = [c for c in notebook.cells if tag in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"expected one cell tagged {tag!r}"
    return cells[0]


def _parameters(notebook) -> dict:
    """The literal defaults of the parameters cell."""
    tree = ast.parse(_tagged(notebook, "parameters").source)
    return {node.target.id: ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.AnnAssign)}


def _printed(notebook) -> tuple[pd.DataFrame, str]:
    """The coefficient table the notebook printed (term -> COLUMNS) and its last line."""
    outputs = _tagged(notebook, "coefficients").outputs
    assert outputs, "the coefficients cell has no committed output: run tools/checked_outputs.py"
    lines = "".join(o.get("text", "") for o in outputs if o.output_type == "stream").splitlines()
    assert lines[0].split() == ["term", *COLUMNS]
    rows = {}
    for line in lines[1:-1]:
        term, *numbers = line.strip().rsplit(maxsplit=len(COLUMNS))  # terms may hold spaces, numbers do not
        rows[term.strip()] = [float(x) for x in numbers]
    return pd.DataFrame.from_dict(rows, orient="index", columns=COLUMNS), lines[-1]


@pytest.fixture(scope="module")
def notebook_and_fit():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    params = validate(_parameters(notebook))
    series = measure_series(dtlib.load("dti"), params["outcome"], params["editions"])
    frame = attach_covariates(series, dtlib.load("covariates"), dtlib.provinces(), "score", tuple(params["covariates"]))
    return notebook, frame, fit_determinants(frame, "score", tuple(params["covariates"]))


def test_refit_matches_every_printed_number(notebook_and_fit):
    notebook, frame, fit = notebook_and_fit
    printed, last_line = _printed(notebook)
    refit = fit.coefficients().set_index("term")[COLUMNS]
    assert sorted(printed.index) == sorted(refit.index)
    assert np.abs(printed.to_numpy() - refit.loc[printed.index].to_numpy()).max() <= HALF_UNIT
    assert last_line == (f"n = {int(fit.results.nobs)}, provinces = {frame['province_id'].nunique()}, "
                         f"R^2 = {fit.results.rsquared:.4f}, covariance = {fit.results.cov_type}")


def test_printed_coefficients_and_errors_from_a_design_built_by_hand(notebook_and_fit):
    notebook, frame, fit = notebook_and_fit
    printed, _ = _printed(notebook)
    regions = sorted(frame["region"].unique())
    years = sorted(frame["year"].unique())
    columns = {"Intercept": np.ones(len(frame))}
    columns |= {f"C(region)[T.{r}]": (frame["region"] == r).to_numpy(float) for r in regions[1:]}
    columns |= {f"C(year)[T.{y}]": (frame["year"] == y).to_numpy(float) for y in years[1:]}
    columns |= {r: frame[r].to_numpy(float) for r in fit.regressors}
    assert sorted(columns) == sorted(printed.index)
    X, y = np.column_stack(list(columns.values())), frame["score"].to_numpy(float)
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    assert np.abs(printed.loc[list(columns), "coef"].to_numpy() - beta).max() <= HALF_UNIT
    # several editions: errors clustered by province, with the small-sample factor G/(G-1) (N-1)/(N-K)
    assert len(years) > 1, "the notebook's default fit is pooled"
    u = y - X @ beta
    bread = np.linalg.inv(X.T @ X)
    groups = frame["province_id"].to_numpy()
    meat = sum(np.outer(s, s) for s in (X[groups == g].T @ u[groups == g] for g in np.unique(groups)))
    n, k, g = X.shape[0], X.shape[1], len(np.unique(groups))
    se = np.sqrt(np.diag(bread @ meat @ bread) * g / (g - 1) * (n - 1) / (n - k))
    assert np.abs(printed.loc[list(columns), "std_err"].to_numpy() - se).max() <= HALF_UNIT

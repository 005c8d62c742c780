"""Headless report builds: run every notebook of the matrix with papermill, write figures and an HTML report.

    from dtlib.report import report
    result = report()                      # notebooks/report.yml, one worker per CPU
    result = report(only=["province_profile"], force=True, jobs=2)

See :mod:`dtlib.report.matrix` (the run matrix and its validation), :mod:`dtlib.report.runner`
(parallel, incremental execution and the manifest) and :mod:`dtlib.report.site` (the HTML report).
"""
from __future__ import annotations

from .matrix import MatrixError, Run, load_matrix
from .runner import ReportBusyError, ReportResult, read_manifest, report

__all__ = ["MatrixError", "ReportBusyError", "ReportResult", "Run", "load_matrix", "read_manifest", "report"]

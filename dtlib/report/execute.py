"""One notebook run, in a worker process: papermill into a staging folder, nothing else.

A run writes only inside its own staging folder: the executed notebook, its log, the list of
tables it read, its figures (``DTLIB_FIGURES_DIR`` points there) and the rendered HTML page.
The main process moves the results into place only when the run succeeded (see
:mod:`dtlib.report.runner`), so a failed or killed run never touches earlier outputs.
"""
from __future__ import annotations

import os
import sys
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO

from ..load import LOAD_LOG_ENV

# Names of the files a run leaves in its staging folder.
EXECUTED = "executed.ipynb"
PAGE = "page.html"
LOG = "run.log"
TABLES = "tables.txt"
FIGURES = "figures"


@dataclass(frozen=True)
class Job:
    run_id: str
    notebook: str
    parameters: dict[str, Any]
    kernel: str
    timeout: int
    start_timeout: int
    staging: str
    page_title: str
    index_href: str  # link from the rendered page back to the report's index


@dataclass
class Outcome:
    run_id: str
    staging: str
    started: str
    duration_s: float
    error: dict[str, Any] | None = None  # cell (1-based, in the source notebook), source, ename, evalue
    tables: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)  # relative to the staged figures folder

    @property
    def ok(self) -> bool:
        return self.error is None


def die_with_parent() -> None:
    """Worker initializer: ask Linux to end this worker when the report process dies.

    Without it a killed build leaves workers (and their kernels) running; they only ever
    write to staging, but they would waste the machine.
    """
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: workers end with their queue instead


def execute(job: Job) -> Outcome:
    """Run one notebook with papermill inside ``job.staging``; never raises for notebook errors."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    staging = Path(job.staging)
    (staging / "cwd").mkdir(parents=True)
    (staging / FIGURES).mkdir()
    environment = {"DTLIB_FIGURES_DIR": str(staging / FIGURES), LOAD_LOG_ENV: str(staging / TABLES)}
    saved = {name: os.environ.get(name) for name in environment}
    os.environ.update(environment)  # the kernel inherits the worker's environment
    started, clock = datetime.now(timezone.utc).isoformat(timespec="seconds"), time.perf_counter()
    outcome = Outcome(job.run_id, job.staging, started, 0.0)
    with open(staging / LOG, "w", encoding="utf-8") as log, _stderr_to(log):
        log.write(f"run {job.run_id}\nnotebook {job.notebook}\nparameters {job.parameters}\nstarted {started}\n\n")
        log.flush()
        try:
            papermill.execute_notebook(
                job.notebook, staging / EXECUTED, parameters=job.parameters, kernel_name=job.kernel,
                start_timeout=job.start_timeout, execution_timeout=job.timeout, progress_bar=False,
                cwd=staging / "cwd", stdout_file=log, stderr_file=log,
            )
        except PapermillExecutionError as exc:
            outcome.error = {"cell": exc.cell_index, "source": exc.source, "ename": exc.ename, "evalue": exc.evalue}
            log.write("\n" + str(exc))
        except Exception as exc:  # kernel death, cell timeout, unreadable notebook: the run failed, others go on
            outcome.error = {"cell": _last_started_cell(staging / EXECUTED), "source": None,
                             "ename": type(exc).__name__, "evalue": str(exc)}
            log.write("\n" + traceback.format_exc())
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
        outcome.duration_s = round(time.perf_counter() - clock, 3)
        if outcome.error:
            outcome.error = _in_source_terms(outcome.error, staging / EXECUTED)
        else:
            from .site import render_notebook

            render_notebook(staging / EXECUTED, staging / PAGE, job.page_title, job.index_href)
        log.write(f"\n{'failed' if outcome.error else 'finished'} after {outcome.duration_s} s\n")
    if (staging / TABLES).exists():
        outcome.tables = sorted(set((staging / TABLES).read_text(encoding="utf-8").split()))
    outcome.figures = sorted(p.relative_to(staging / FIGURES).as_posix()
                             for p in (staging / FIGURES).rglob("*") if p.is_file())
    return outcome


@contextmanager
def _stderr_to(log: TextIO):
    """Send this process's standard error (and so the kernel's, which inherits it) to the run's log."""
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(log.fileno(), 2)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


def _last_started_cell(executed: Path) -> int | None:
    """Index of the last cell papermill started, in a partly executed notebook (None if unknown)."""
    import nbformat

    try:
        cells = nbformat.read(executed, as_version=4).cells
    except Exception:
        return None
    started = [i for i, c in enumerate(cells) if c.get("metadata", {}).get("papermill", {}).get("start_time")]
    return started[-1] if started else None


def _in_source_terms(error: dict[str, Any], executed: Path) -> dict[str, Any]:
    """Turn papermill's cell index (counting its injected cells) into the source notebook's 1-based number."""
    import nbformat
    from papermill.execute import ERROR_MARKER_TAG

    index = error["cell"]
    if index is None:
        return error
    try:
        cells = nbformat.read(executed, as_version=4).cells
    except Exception:
        return {**error, "cell": None}
    # Papermill inserts an error banner at the top and an anchor before the failing cell, and
    # its own injected-parameters cell; none of those is in the source notebook.
    code = [c for c in cells if ERROR_MARKER_TAG not in c.get("metadata", {}).get("tags", [])]
    injected = [i for i, c in enumerate(code) if "injected-parameters" in c.get("metadata", {}).get("tags", [])]
    number = index + 1 - sum(1 for i in injected if i < index)
    source = error["source"] if error["source"] is not None else (code[index].source if index < len(code) else "")
    return {**error, "cell": number, "source": source}

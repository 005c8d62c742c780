"""``dtlib report``: run the matrix's notebooks in parallel and incrementally, then write the report.

Everything lands under the project's ``build/`` folder (never in ``notebooks/``)::

    build/manifest.json              one record per run: parameters, inputs, versions, status, figures
    build/notebooks/<run id>.ipynb   executed notebook of the run's last success
    build/failed/<run id>.ipynb      executed notebook of its last failed attempt, if any
    build/logs/<run id>.log          output of the run's last attempt
    build/report/index.html          the HTML report (see dtlib.report.site)
    build/.staging/                  scratch space of the runs in progress (wiped at every start)

Figures go to ``figures/`` (``dtlib.paths.figures_dir()``). Each run executes in a worker process
into its own staging folder; only when it succeeds does this process move its files into place,
one atomic rename per file, and record it in the manifest (itself rewritten atomically after every
run). A failed run leaves the previous figures and notebook of that run where they were.
"""
from __future__ import annotations

import fcntl
import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from .. import paths
from ..sources import sha256_of
from . import execute
from .files import move_into, remove_file, write_atomic
from .inputs import Inputs, git_state
from .matrix import KERNEL, MatrixError, Run, load_matrix

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1


class ReportBusyError(RuntimeError):
    """Another ``dtlib report`` is running on the same checkout."""


@dataclass
class ReportResult:
    runs: list[Run]
    ran: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, dict[str, Any]] = field(default_factory=dict)  # run id -> its manifest record
    index: Path | None = None
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def default_matrix() -> Path:
    return paths.notebooks_dir() / "report.yml"


def select(runs: list[Run], patterns: Sequence[str]) -> list[Run]:
    """The runs whose id contains one of the patterns (shell wildcards allowed); all if none given."""
    if not patterns:
        return runs
    chosen = [r for r in runs if any(fnmatch(r.id, f"*{p}*") for p in patterns)]
    if not chosen:
        raise MatrixError([f"no run matches --only {' '.join(patterns)}; run ids look like {runs[0].id}"
                           if runs else "the matrix has no runs"])
    return chosen


def page_of(run_id: str) -> str:
    """Where a run's rendered notebook lives, relative to build/."""
    return f"report/runs/{run_id}.html"


def read_manifest(build_dir: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        manifest = {}
    if manifest.get("format") != MANIFEST_FORMAT:
        manifest = {"format": MANIFEST_FORMAT, "runs": {}}
    return manifest


def report(matrix: Path | None = None, jobs: int | None = None, force: bool = False, only: Sequence[str] = (),
           progress: bool = True, write_site: bool = True) -> ReportResult:
    """Validate the matrix, execute the runs whose inputs changed, record them and write the HTML report.

    Raises :class:`~dtlib.report.matrix.MatrixError` (nothing runs) when an entry is invalid.
    """
    clock = time.perf_counter()
    build_dir, inputs = paths.build_dir(), Inputs()
    matrix = Path(matrix) if matrix else default_matrix()
    runs, validated = _validated_runs(matrix, read_manifest(build_dir), inputs)
    chosen = select(runs, only)
    with _exclusive(build_dir):
        manifest = read_manifest(build_dir)
        manifest["matrix"] = validated
        notebook_sha = {nb: sha256_of(nb) for nb in sorted({r.notebook for r in chosen})}
        result = ReportResult(runs)
        todo = []
        for run in chosen:
            record = manifest["runs"].get(run.id)
            if not force and _up_to_date(record, run, notebook_sha[run.notebook], inputs, build_dir):
                result.skipped.append(run.id)
            else:
                todo.append(run)
        git = git_state(paths.project_root())
        manifest.update(git_commit=git["commit"], git_dirty=git["dirty"], packages=inputs.packages)
        staging_root = build_dir / ".staging"
        shutil.rmtree(staging_root, ignore_errors=True)
        if todo:
            def commit(run: Run, outcome: execute.Outcome) -> None:
                record = _commit(run, outcome, manifest, notebook_sha[run.notebook], inputs, build_dir)
                if outcome.ok:
                    result.ran.append(run.id)
                else:
                    result.failed[run.id] = record
                write_atomic(build_dir / MANIFEST, _to_json(manifest))

            _execute_all(todo, staging_root, jobs or os.cpu_count() or 1, progress, commit)
        shutil.rmtree(staging_root, ignore_errors=True)
        known = {r.id for r in runs}
        manifest["runs"] = {k: v for k, v in sorted(manifest["runs"].items()) if k in known}
        write_atomic(build_dir / MANIFEST, _to_json(manifest))
        if write_site:
            from .site import write_site as write_html

            result.index = write_html(manifest, runs, build_dir, inputs)
    result.seconds = round(time.perf_counter() - clock, 2)
    return result


def _validated_runs(matrix: Path, manifest: dict, inputs: Inputs) -> tuple[list[Run], dict[str, Any]]:
    """The matrix's runs, validated; reused from the last build when nothing validation reads has changed.

    Validation needs the province registry (pandas, pandera); skipping it when the matrix file,
    the notebooks beside it, the dtlib code, the tables and the packages are all unchanged keeps
    a no-change rebuild nearly free.
    """
    key = inputs.matrix_key(matrix) if matrix.is_file() else None
    known = manifest.get("matrix") or {}
    if key is not None and known.get("key") == key:
        runs = [Run(**{**r, "notebook": Path(r["notebook"])}) for r in known["runs"]]
    else:
        runs = load_matrix(matrix)
    return runs, {"key": key, "runs": [{**asdict(r), "notebook": str(r.notebook)} for r in runs]}


def _to_json(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


@contextmanager
def _exclusive(build_dir: Path):
    """Hold build/.report.lock: two reports on one checkout would wipe each other's staging."""
    build_dir.mkdir(parents=True, exist_ok=True)
    with open(build_dir / ".report.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ReportBusyError(f"another 'dtlib report' is running on this checkout ({build_dir})") from None
        yield


def _up_to_date(record: dict | None, run: Run, notebook_sha: str, inputs: Inputs, build_dir: Path) -> bool:
    """The run's last record succeeded with the same inputs and its outputs are all still there."""
    if not record or record.get("status") != "ok":
        return False
    if inputs.fingerprint(notebook_sha, run.parameters, record["inputs"]["tables"]) != record["fingerprint"]:
        return False
    figures = paths.figures_dir()
    outputs = [build_dir / record["executed"], build_dir / record["page"], *(figures / f for f in record["figures"])]
    return all(p.is_file() for p in outputs)


def _execute_all(todo: list[Run], staging_root: Path, jobs: int, progress: bool,
                 commit: Callable[[Run, execute.Outcome], None]) -> None:
    from tqdm import tqdm

    by_future: dict[Future, tuple[Run, str]] = {}
    # spawn, not fork: each worker starts clean, with no copied locks or sockets of this process
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=context,
                             initializer=execute.die_with_parent) as pool, \
            tqdm(total=len(todo), desc="notebooks", unit="run", disable=not progress) as bar:
        for number, run in enumerate(todo):
            staging = str(staging_root / str(number))
            job = execute.Job(run.id, str(run.notebook), run.parameters, KERNEL, run.timeout, run.start_timeout,
                              staging, _title(run), "../" * (page_of(run.id).count("/") - 1) + "index.html")
            by_future[pool.submit(execute.execute, job)] = (run, staging)
        failed = 0
        try:
            for future in as_completed(by_future):
                run, staging = by_future[future]
                try:
                    outcome = future.result()
                except Exception as exc:  # the worker itself died: this run failed, the others go on
                    outcome = execute.Outcome(run.id, staging, _now(), 0.0, error={
                        "cell": None, "source": None, "ename": type(exc).__name__, "evalue": str(exc)})
                commit(run, outcome)
                failed += not outcome.ok
                bar.set_postfix(failed=failed, refresh=False)
                bar.update()
        except BaseException:  # Ctrl-C: stop now, rather than after every queued run
            # Calls already queued cannot be cancelled, so end the workers (no public API before 3.14).
            for process in list((pool._processes or {}).values()):
                process.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _title(run: Run) -> str:
    shown = ", ".join(f"{k}={v}" for k, v in run.parameters.items()) or "default parameters"
    return f"{run.notebook.stem} ({shown})"


def _commit(run: Run, outcome: execute.Outcome, manifest: dict, notebook_sha: str, inputs: Inputs,
            build_dir: Path) -> dict[str, Any]:
    """Move a finished run's files into place and return its new manifest record."""
    staging, figures = Path(outcome.staging), paths.figures_dir()
    previous = manifest["runs"].get(run.id) or {}
    last_success = previous if previous.get("status") == "ok" else previous.get("last_success")
    record = {
        "id": run.id, "notebook": _relative(run.notebook), "parameters": run.parameters, "checked": run.checked,
        "status": "ok" if outcome.ok else "failed", "started": outcome.started, "duration_s": outcome.duration_s,
        "inputs": {"notebook": notebook_sha, "code": inputs.code,
                   "tables": {t: inputs.tables.get(t) for t in outcome.tables}},
        "fingerprint": inputs.fingerprint(notebook_sha, run.parameters, outcome.tables),
        "packages": inputs.packages, "git_commit": manifest["git_commit"], "git_dirty": manifest["git_dirty"],
        "log": f"logs/{run.id}.log", "error": outcome.error,
    }
    if (staging / execute.LOG).exists():
        move_into(staging / execute.LOG, build_dir / record["log"])
    if outcome.ok:
        for figure in outcome.figures:
            move_into(staging / execute.FIGURES / figure, figures / figure)
        # figures the run made last time and no longer makes go, unless another run claims them
        claimed = {f for other, r in manifest["runs"].items() if other != run.id for f in _figures_of(r)}
        for stale in set(_figures_of(previous)) - set(outcome.figures) - claimed:
            remove_file(figures / stale, figures)
        record.update(figures=outcome.figures, executed=f"notebooks/{run.id}.ipynb", page=page_of(run.id))
        move_into(staging / execute.EXECUTED, build_dir / record["executed"])
        move_into(staging / execute.PAGE, build_dir / record["page"])
        remove_file(build_dir / "failed" / f"{run.id}.ipynb", build_dir)
        record["last_success"] = None
    else:
        record.update(figures=[], executed=None, page=None, last_success=last_success)
        if (staging / execute.EXECUTED).exists():
            record["failed_notebook"] = f"failed/{run.id}.ipynb"
            move_into(staging / execute.EXECUTED, build_dir / record["failed_notebook"])
    manifest["runs"][run.id] = record
    shutil.rmtree(staging, ignore_errors=True)
    return record


def _figures_of(record: dict | None) -> list[str]:
    """The figures a record's run currently has in figures/ (its own, or those of its last success)."""
    if not record:
        return []
    return record.get("figures") or _figures_of(record.get("last_success"))


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(paths.project_root()).as_posix()
    except ValueError:
        return str(path)

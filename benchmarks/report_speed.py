#!/usr/bin/env python3
"""How fast is ``dtlib report``? Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/report_speed.py                  # the default matrix, notebooks/report.yml
    .venv/bin/python benchmarks/report_speed.py --matrix tests/fixtures/notebooks/benchmark.yml

Works on a throw-away copy of the project (data/processed and the matrix's folder), so figures/
and build/ are left alone. Measures, over the same runs:

1. a sequential loop of plain ``papermill.execute_notebook`` calls (one kernel at a time);
2. a full ``dtlib report`` build with N workers (default: the CPU count), and its ratio to (1);
   target on 2 cores: at most 0.6;
3. a no-change rebuild (the ``dtlib report`` command, interpreter start included); target < 2 s;
4. the runner's overhead per run: a full build with 1 worker minus the plain loop, divided by
   the number of runs (validation, hashing, HTML rendering, moving files, manifest).

Wall-clock times depend on what else the machine is doing, so each line also gives the CPU
time (user + system, this process and every process it started, kernels included) and the
load average is printed before and after.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def cpu_seconds() -> float:
    """CPU time used so far by this process and its finished descendants."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(action):
    """(wall seconds, CPU seconds, result) of calling action()."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = action()
    return time.perf_counter() - wall, cpu_seconds() - cpu, result


def project_copy(matrix: Path, root: Path) -> Path:
    """data/processed and the matrix's folder copied under root; returns the copied matrix."""
    shutil.copytree(REPO / "data" / "processed", root / "data" / "processed")
    shutil.copytree(matrix.parent, root / "notebooks")
    return root / "notebooks" / matrix.name


def plain_papermill_loop(runs, scratch: Path) -> None:
    import papermill

    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    os.environ["DTLIB_FIGURES_DIR"] = str(scratch / "figures")
    for number, run in enumerate(runs):
        papermill.execute_notebook(run.notebook, scratch / f"{number}.ipynb", parameters=run.parameters,
                                   kernel_name="python3", progress_bar=False, start_timeout=run.start_timeout,
                                   execution_timeout=run.timeout)
    del os.environ["DTLIB_FIGURES_DIR"]


def fresh_build(matrix: Path, root: Path, jobs: int, expected: int) -> None:
    from dtlib.report import report

    shutil.rmtree(root / "build", ignore_errors=True)
    shutil.rmtree(root / "figures", ignore_errors=True)
    result = report(matrix, jobs=jobs, progress=False)
    if result.failed or len(result.ran) != expected:
        sys.exit(f"{len(result.failed)} runs failed (see {root / 'build' / 'logs'}); no benchmark")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--matrix", type=Path, default=REPO / "notebooks" / "report.yml")
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--repeat", type=int, default=1, help="measure 1. and 2. this many times, interleaved")
    parser.add_argument("--no-overhead", action="store_true", help="skip the 1-worker build (4.)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="dtlib-bench-") as tmp:
        root = Path(tmp) / "project"
        matrix = project_copy(args.matrix.resolve(), root)
        os.environ["DTLIB_ROOT"] = str(root)
        os.environ.pop("DTLIB_FIGURES_DIR", None)
        from dtlib.report import load_matrix

        runs = load_matrix(matrix)
        print(f"matrix {args.matrix} ({len(runs)} runs) on {os.cpu_count()} CPUs, "
              f"load average {os.getloadavg()[0]:.1f} at start")

        n, ratios = len(runs), []
        for _ in range(args.repeat):  # interleaved, so that a change in the machine's load hits both
            sequential, plain_cpu, _ = timed(lambda: plain_papermill_loop(runs, Path(tmp) / "plain"))
            print(f"1. sequential plain papermill loop: {sequential:7.1f} s wall, {plain_cpu:7.1f} s CPU  "
                  f"({sequential / n:.2f} s per run)")
            wall, cpu_parallel, _ = timed(lambda: fresh_build(matrix, root, args.jobs, n))
            ratios.append(wall / sequential)
            print(f"2. dtlib report, {args.jobs} workers:     {wall:7.1f} s wall, {cpu_parallel:7.1f} s CPU  "
                  f"ratio {ratios[-1]:.2f} of the loop (target <= 0.6)")
        if args.repeat > 1:
            print(f"   median ratio over {args.repeat} pairs: {statistics.median(ratios):.2f}")

        command = [sys.executable, "-m", "dtlib", "report", "--matrix", str(matrix), "-q"]
        wall, _, done = timed(lambda: subprocess.run(command, capture_output=True, text=True))
        skipped_all = f"0 ran, {n} skipped" in done.stdout
        print(f"3. no-change rebuild (command):     {wall:7.2f} s wall  "
              f"{'every run skipped' if skipped_all else 'NOT all skipped: ' + done.stdout.strip()} (target < 2 s)")

        if not args.no_overhead:
            wall, cpu_single, _ = timed(lambda: fresh_build(matrix, root, 1, n))
            print(f"4. dtlib report, 1 worker:          {wall:7.1f} s wall, {cpu_single:7.1f} s CPU  overhead per run "
                  f"over plain papermill: {(wall - sequential) / n:+.2f} s wall, {(cpu_single - plain_cpu) / n:+.2f} s CPU")
        print(f"load average {os.getloadavg()[0]:.1f} at the end (other work on the machine slows every number)")


if __name__ == "__main__":
    main()

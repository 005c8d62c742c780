#!/usr/bin/env python3
"""The kit's two entry points; needs only Python 3.11+ with pip and venv.

    python3 tasks.py main   # build the data, run every notebook, write figures and the report
    python3 tasks.py test   # run the whole test suite

Each creates (or reuses) a virtual environment in .venv and installs what it needs;
re-installs happen only when pyproject.toml changes.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("DTLIB_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"


def _run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], cwd=ROOT, check=True, env={**os.environ, **(env or {})})


def ensure_environment(extras: str) -> None:
    """A virtual environment with dtlib installed (editable) with the given extras."""
    if sys.version_info < (3, 11):
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print(f"creating a virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".dtlib-installed-{extras or 'core'}"
    if not stamp.exists() or stamp.read_text() != fingerprint:
        _run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        _run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]" if extras else ".")
        stamp.write_text(fingerprint)


def ensure_browser() -> None:
    """Headless Chromium for the report's browser test (driven by Playwright, which needs no chromedriver)."""
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        return
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get"):
        quiet = {"DEBIAN_FRONTEND": "noninteractive"}
        _run("apt-get", "update", "-qq", env=quiet)
        _run("apt-get", "install", "-y", "-qq", "chromium", env=quiet)
    else:
        print("The browser test needs Chromium, which is not installed. Install it as root with\n"
              "    apt-get install chromium\n"
              "(or any Chromium on PATH as 'chromium'); without it the browser test is skipped, "
              "and fails under CI.", flush=True)


def main_job() -> None:
    ensure_environment("")
    _run(BIN / "dtlib", "build")
    _run(BIN / "dtlib", "report")


def test_suite(pytest_args: list[str]) -> None:
    ensure_environment("test")
    ensure_browser()
    _run(PYTHON, "-m", "pytest", *pytest_args)


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in {"main", "test"}:
        sys.exit(__doc__)
    try:
        if sys.argv[1] == "main":
            main_job()
        else:
            test_suite(sys.argv[2:])
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)

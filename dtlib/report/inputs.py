"""What a notebook run depends on, as hashes: the basis of incremental report builds.

A run's *fingerprint* covers its notebook file, its parameters, the processed tables it read
(recorded through ``dtlib.load``'s ``DTLIB_LOAD_LOG``), the ``dtlib`` code and the versions of
the packages that compute and draw. A run whose fingerprint matches its last successful record
is skipped.
"""
from __future__ import annotations

import hashlib
import json
import platform
import subprocess
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import paths
from ..sources import sha256_of

# Packages whose version can change a notebook's results or figures.
PACKAGES = ("pandas", "numpy", "scipy", "matplotlib", "statsmodels", "pandera", "papermill", "nbclient",
            "ipykernel", "jupyter_client", "nbconvert")


def code_digest(package_dir: Path = paths.PACKAGE_DIR, leave_out: tuple[str, ...] = ("report",)) -> str:
    """One hash of the ``dtlib`` package files, by default leaving out the report runner itself.

    Notebooks never import ``dtlib.report``; leaving it out means a change to the HTML
    report does not re-run every notebook.
    """
    digest = hashlib.sha256()
    for file in sorted(package_dir.rglob("*")):
        relative = file.relative_to(package_dir)
        if file.is_file() and "__pycache__" not in relative.parts and relative.parts[0] not in leave_out:
            digest.update(relative.as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def git_state(root: Path) -> dict[str, Any]:
    """The checkout's commit and whether it has uncommitted changes (None outside git)."""
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    status = git("status", "--porcelain") if commit else None
    return {"commit": commit, "dirty": bool(status) if status is not None else None}


@dataclass
class Inputs:
    """The current state of everything runs depend on, computed once per report build."""

    processed_dir: Path = field(default_factory=paths.processed_dir)

    @cached_property
    def code(self) -> str:
        return code_digest()

    @cached_property
    def packages(self) -> dict[str, str]:
        return package_versions()

    @cached_property
    def tables(self) -> dict[str, str]:
        """sha256 of every processed table, by table name."""
        return {p.stem: sha256_of(p) for p in sorted(self.processed_dir.glob("*.csv"))}

    def matrix_key(self, matrix: Path) -> str:
        """A hash of everything validating ``matrix`` reads: the file and its place, the notebooks
        beside it, all of the dtlib code, the tables and the package versions."""
        digest = hashlib.sha256(str(matrix.resolve()).encode() + b"\0" + matrix.read_bytes())
        for notebook in sorted(matrix.parent.glob("*.ipynb")):
            digest.update(notebook.name.encode() + b"\0" + sha256_of(notebook).encode())
        digest.update(json.dumps([code_digest(leave_out=()), self.tables, self.packages], sort_keys=True).encode())
        return digest.hexdigest()

    def fingerprint(self, notebook_sha: str, parameters: dict[str, Any], tables: list[str]) -> str | None:
        """The fingerprint of a run reading ``tables``; None if one of them no longer exists."""
        if any(t not in self.tables for t in tables):
            return None
        basis = {"notebook": notebook_sha, "parameters": parameters, "code": self.code,
                 "tables": {t: self.tables[t] for t in sorted(tables)}, "packages": self.packages}
        return hashlib.sha256(json.dumps(basis, sort_keys=True, default=str).encode()).hexdigest()

"""Saving figures deterministically under ``figures/<notebook>/<parameter-slug>/``.

The same figure saved twice gives the same bytes: no dates or software versions in the
metadata, a fixed SVG id salt, a fixed resolution. A file whose bytes did not change is not
rewritten (re-running with nothing changed touches nothing); a changed one is written to a
temporary file and moved into place, so a failed save never leaves half a figure.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import matplotlib as mpl
from matplotlib.figure import Figure

from .. import paths
from ..provinces import ascii_name

DPI = 200
SLUG_MAX = 120
FORMATS = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
}
_UNSAFE = re.compile(r"[^a-z0-9]+")


def parameter_slug(params: dict[str, Any]) -> str:
    """A folder name from parameter values: ASCII, lower case, deterministic.

    ``{"index": "dti", "editions": [2022, 2024], "region": None}`` gives
    ``"editions-2022-2024_index-dti_region-none"`` (names sorted). Slugs longer than
    120 characters are cut and end with a hash of the full parameters, so they stay unique.
    """
    if not params:
        return "default"
    parts = [f"{_slug_text(name)}-{_slug_value(params[name])}" for name in sorted(params)]
    slug = "_".join(parts)
    if len(slug) <= SLUG_MAX:
        return slug
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()[:10]
    return slug[: SLUG_MAX - 11].rstrip("-_") + "_" + digest


def _slug_value(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, tuple)):
        return "-".join(_slug_value(v) for v in value) or "none"
    return _slug_text(str(value))


def _slug_text(text: str) -> str:
    return _UNSAFE.sub("-", ascii_name(text).lower()).strip("-") or "x"


def figure_folder(notebook: str, params: dict[str, Any]) -> Path:
    """Where a notebook's figures for one parameter set go (honours ``DTLIB_FIGURES_DIR``)."""
    return paths.figures_dir() / notebook / parameter_slug(params)


def save_figure(fig: Figure, notebook: str, params: dict[str, Any], name: str) -> dict[str, Path]:
    """Write ``fig`` as ``<name>.png`` and ``<name>.svg``; returns the path of each format."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name):
        raise ValueError(f"figure name {name!r} must be lower-case ASCII letters, digits, '-' or '_'")
    folder = figure_folder(notebook, params)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    with mpl.rc_context({"svg.hashsalt": "dtlib", "svg.fonttype": "path"}):
        for fmt, metadata in FORMATS.items():
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata, bbox_inches="tight", pad_inches=0.1)
            written[fmt] = _write_if_changed(folder / f"{name}.{fmt}", buffer.getvalue())
    return written


def _write_if_changed(path: Path, content: bytes) -> Path:
    if path.exists() and path.read_bytes() == content:
        return path
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(content)
    os.replace(temporary, path)
    return path

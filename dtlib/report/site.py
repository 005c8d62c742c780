"""The HTML report: ``build/report/index.html`` and one rendered page per run.

The index shows a gallery of figures grouped by notebook and province, every run with its
status, parameters and links (rendered notebook with code hidden, the same with code, the
executed ``.ipynb``, the log), failures with their cell and error, the sources and citations
behind the data, the date of the data and the manifest. Every link is relative and nothing is
fetched from the network, so the report opens straight from the file system.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import paths
from .files import write_atomic
from .inputs import Inputs, code_digest

TEMPLATES = Path(__file__).resolve().parent / "templates"
NOTEBOOK_TEMPLATE = "dtlib_notebook"
SHOWN_TABLES = ("sources", "citations", "provinces")  # tables whose content the index shows
IMAGE_FORMATS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg")  # shown in the gallery, by preference


@lru_cache(maxsize=1)
def _exporter():
    from nbconvert import HTMLExporter

    return HTMLExporter(template_name=NOTEBOOK_TEMPLATE, extra_template_basedirs=[str(TEMPLATES)])


def render_notebook(executed: Path, out: Path, title: str, index_href: str) -> None:
    """Render an executed notebook to a self-contained HTML page (code hidden, a button shows it)."""
    body, _ = _exporter().from_filename(str(executed), resources={"dtlib": {"title": title, "index_href": index_href}})
    write_atomic(out, body.encode("utf-8"))


def _href(target: Path, start: Path) -> str:
    return quote(Path(os.path.relpath(target, start)).as_posix())


def _province_labels() -> dict[str, str]:
    from ..provinces import provinces

    return {r.province_id: f"{r.name_vi} ({r.province_id})" for r in provinces().itertuples(index=False)}


def _data_dates() -> dict[str, str]:
    """The date of the data: the newest access of a raw source, and the newest cited document."""
    from ..load import load

    sources, citations = load("sources"), load("citations")
    return {"accessed": str(sources["accessed_date"].max()), "published": str(citations["published_date"].max())}


def _gallery(manifest: dict, runs: list, report_dir: Path, build_dir: Path) -> list[dict[str, Any]]:
    """Notebooks in matrix order, each with its figure groups: runs without a province first, then by province.

    A figure saved in several formats (ranks.png, ranks.svg) is one item: the first image format of
    ``IMAGE_FORMATS`` is shown, every format is linked. A figure two runs both draw is shown once.
    """
    labels, figures_dir = _province_labels(), paths.figures_dir()
    notebooks: dict[str, dict[str, dict[str, dict]]] = defaultdict(lambda: defaultdict(dict))
    for run in runs:
        record = manifest["runs"].get(run.id)
        shown = record if record and record["status"] == "ok" else (record or {}).get("last_success")
        for figure in (shown or {}).get("figures", []):
            group = notebooks[run.notebook.stem][run.checked.get("province") or ""]
            stem, suffix = os.path.splitext(figure)
            item = group.setdefault(stem, {"name": stem, "formats": {}, "stale": shown is not record,
                                           "page": _href(build_dir / shown["page"], report_dir)})
            item["formats"][suffix.lower()] = _href(figures_dir / figure, report_dir)
    for groups in notebooks.values():
        for items in groups.values():
            for item in items.values():
                item["image"] = next((item["formats"][f] for f in IMAGE_FORMATS if f in item["formats"]), None)
    return [{"notebook": name, "groups": [
        {"label": labels.get(p, p) if p else "Not specific to a province", "id": f"{name}-{p or 'all'}",
         "figures": list(groups[p].values())} for p in sorted(groups, key=lambda p: (p != "", p))]}
        for name, groups in notebooks.items()]


def _rows(manifest: dict, runs: list, report_dir: Path, build_dir: Path) -> list[dict[str, Any]]:
    rows = []
    for run in runs:
        record = manifest["runs"].get(run.id) or {}
        links = []
        for label, key in (("notebook", "page"), ("executed .ipynb", "executed"),
                           ("failed .ipynb", "failed_notebook"), ("log", "log")):
            if record.get(key):
                links.append({"label": label, "href": _href(build_dir / record[key], report_dir)})
                if key == "page":
                    links.append({"label": "with code", "href": links[-1]["href"] + "#code"})
        last = record.get("last_success")
        if record.get("status") == "failed" and last:
            links.append({"label": "last good notebook", "href": _href(build_dir / last["page"], report_dir)})
        rows.append({"id": run.id, "notebook": run.notebook.stem, "parameters": run.parameters,
                     "status": record.get("status", "not run"), "record": record, "links": links})
    return rows


def _records(frame) -> list[dict[str, Any]]:
    """Rows as dicts with missing values as None (a NaN would read as true in the template)."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def write_site(manifest: dict, runs: list, build_dir: Path, inputs: Inputs) -> Path:
    """Write ``build/report/index.html`` from the manifest, unless what it shows is unchanged; returns its path."""
    report_dir = build_dir / "report"
    index, stamp = report_dir / "index.html", report_dir / ".index.sha256"
    shown = hashlib.sha256(json.dumps(
        [manifest, [r.id for r in runs], [inputs.tables.get(t) for t in SHOWN_TABLES],
         code_digest(TEMPLATES.parent, leave_out=())], sort_keys=True, default=str).encode()).hexdigest()
    if index.is_file() and stamp.is_file() and stamp.read_text() == shown:
        return index
    _render_index(manifest, runs, build_dir, index)
    write_atomic(stamp, shown.encode())
    return index


def _render_index(manifest: dict, runs: list, build_dir: Path, index: Path) -> None:
    import jinja2

    from ..load import load

    report_dir = index.parent
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                     trim_blocks=True, lstrip_blocks=True)
    rows = _rows(manifest, runs, report_dir, build_dir)
    html = environment.get_template("index.html.j2").render(
        gallery=_gallery(manifest, runs, report_dir, build_dir), rows=rows,
        failures=[r for r in rows if r["status"] == "failed"],
        counts={s: sum(r["status"] == s for r in rows) for s in ("ok", "failed", "not run")},
        manifest=manifest, manifest_href=_href(build_dir / "manifest.json", report_dir),
        dates=_data_dates(), citations=_records(load("citations")), sources=_records(load("sources")),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        style=(TEMPLATES / "report.css").read_text(encoding="utf-8"),
    )
    write_atomic(index, html.encode("utf-8"))

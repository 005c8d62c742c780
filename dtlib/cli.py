"""The ``dtlib`` command line."""
from __future__ import annotations

import argparse
import sys

from .errors import DataError


def _build(args: argparse.Namespace) -> int:
    from .build import build

    result = build()
    changed = ", ".join(result.changed) if result.changed else "nothing changed"
    rows = sum(len(t) for t in result.tables.values())
    print(f"built {len(result.tables)} tables ({rows} rows) in {result.out_dir}: {changed}")
    return 0


def _sources(args: argparse.Namespace) -> int:
    from . import paths
    from .sources import rehash

    if args.rehash:
        changed = rehash(paths.raw_dir())
        print("updated sha256 of: " + (", ".join(changed) if changed else "nothing (all hashes match)"))
        return 0
    from .load import load

    catalog = load("sources")
    for row in catalog.itertuples(index=False):
        print(f"{row.file}\n    {row.description}\n    {row.publisher}: {row.document} "
              f"[{row.how_read}; read {row.accessed_date}]")
    return 0


def _report(args: argparse.Namespace) -> int:
    from .report import MatrixError, ReportBusyError, report

    try:
        result = report(args.matrix, jobs=args.jobs, force=args.force, only=args.only or (),
                         progress=not args.quiet)
    except (MatrixError, ReportBusyError) as exc:
        print(f"dtlib report: error: {exc}\nNothing was run.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dtlib report: interrupted. Finished runs are recorded; the others keep their earlier outputs.",
              file=sys.stderr)
        return 130
    print(f"report: {len(result.runs)} runs in the matrix; {len(result.ran)} ran, {len(result.skipped)} skipped "
          f"(unchanged), {len(result.failed)} failed, in {result.seconds} s")
    for run_id, record in result.failed.items():
        error = record["error"]
        where = f"cell {error['cell']}" if error["cell"] else "outside a cell"
        first_line = (error["source"] or "").strip().splitlines()[:1]
        print(f"FAILED {run_id}: {where}{f' ({first_line[0]!r})' if first_line else ''}: "
              f"{error['ename']}: {error['evalue']}\n    log: build/{record['log']}", file=sys.stderr)
    if result.index:
        print(f"report: {result.index}")
    return result.exit_code


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="dtlib", description="Vietnam provincial digital-transformation kit")
    commands = top.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build data/processed/ from data/raw/")
    build.set_defaults(run=_build)
    sources = commands.add_parser("sources", help="list the raw files and their sources")
    sources.add_argument("--rehash", action="store_true",
                         help="after a reviewed edit of a raw file, record its new sha256 in the catalog")
    sources.set_defaults(run=_sources)
    report = commands.add_parser(
        "report", help="run every notebook of the matrix (papermill, in parallel, incremental) and write the HTML report")
    report.add_argument("--matrix", help="run matrix file (default: notebooks/report.yml)")
    report.add_argument("-j", "--jobs", type=int, help="parallel runs (default: the number of CPUs)")
    report.add_argument("--force", action="store_true", help="re-run every selected run, even if unchanged")
    report.add_argument("--only", action="append", metavar="PATTERN",
                        help="run only runs whose id contains PATTERN (wildcards * ? allowed; repeatable), "
                             "e.g. --only province_profile or --only '*post2025-01'")
    report.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    report.set_defaults(run=_report)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except DataError as exc:
        print(f"dtlib {args.command}: error: {exc}", file=sys.stderr)
        return 1

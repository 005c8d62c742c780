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


def _claims(args: argparse.Namespace) -> int:
    import json

    import pandas as pd

    from .claims import extract, verify
    from .provinces import provinces

    found = []
    for name in args.files:
        text = _read_text(name)
        claims = verify(extract(text, published=args.published), published=args.published)
        claims.insert(0, "file", name)
        claims.insert(claims.columns.get_loc("rank") + 1, "evidence",
                      [text[start:end] for start, end in zip(claims["start"], claims["end"])])
        found.append(claims)
    table = pd.concat(found, ignore_index=True)
    if args.json:
        print(json.dumps(json.loads(table.to_json(orient="records", force_ascii=False)), ensure_ascii=False, indent=2))
        return 0
    names = dict(zip(provinces()["province_id"], provinces()["name_vi"]))
    for name, claims in zip(args.files, found):
        if claims.empty:
            print(f"{name}: no ranking claims found")
            continue
        shown = claims.assign(province=claims["province_id"].map(names), change=claims["rank_change"])
        columns = ["province", "index_code", "year", "year_basis", "rank", "out_of", "change",
                   "verdict", "edition", "table_rank", "evidence"]
        print(f"{name}: {len(claims)} claim(s)")
        shown = shown[columns].astype(object)
        print(shown.where(shown.notna(), "-").to_string(index=False))
    return 0


def _read_text(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        with open(name, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise DataError("file not found", file=name) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text (byte {exc.start})", file=name, expected="a UTF-8 text file") from None


def _date(value: str) -> str:
    from .claims.editions import parse_date

    try:
        parse_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


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
    claims = commands.add_parser("claims", help="find ranking claims in news text and check them against the tables")
    claims.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text file(s); '-' reads standard input")
    claims.add_argument("--published", type=_date, metavar="DATE",
                        help="publication date (YYYY[-MM[-DD]]): dates claims the text leaves undated")
    claims.add_argument("--json", action="store_true", help="print JSON records instead of a table")
    claims.set_defaults(run=_claims)
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

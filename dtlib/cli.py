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


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="dtlib", description="Vietnam provincial digital-transformation kit")
    commands = top.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build data/processed/ from data/raw/")
    build.set_defaults(run=_build)
    sources = commands.add_parser("sources", help="list the raw files and their sources")
    sources.add_argument("--rehash", action="store_true",
                         help="after a reviewed edit of a raw file, record its new sha256 in the catalog")
    sources.set_defaults(run=_sources)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except DataError as exc:
        print(f"dtlib {args.command}: error: {exc}", file=sys.stderr)
        return 1

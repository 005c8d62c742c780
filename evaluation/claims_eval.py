#!/usr/bin/env python3
"""Precision and recall of ``dtlib.claims.extract`` on real news reports.

    python evaluation/claims_eval.py TEXT_DIR evaluation/claims_gold.csv [--split dev|heldout|all] [--errors]

TEXT_DIR holds one UTF-8 file per report, ``<article_id>.txt``, with the text as retrieved
from the address in ``claims_articles.csv`` (the texts are not redistributed; see the
README). ``claims_gold.csv`` lists, per report, the claims a careful reader finds, as
(province, index, year, rank); it was written by reading the texts, not from the
extractor's output.

A claim is counted right when province, index, year and rank all match. The year
compared is the one the text gives (``year_basis == "stated"``); a year the extractor
inferred from the publication date is compared as "no year", since the gold records only
what the text says. Each report's claims are a set: a claim made twice counts once.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
Claim = tuple[str, str, "int | None", int]


def gold_claims(gold_csv: Path) -> dict[str, set[Claim]]:
    from dtlib import normalize_province

    claims: dict[str, set[Claim]] = {}
    with gold_csv.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                pid = normalize_province(row["province"], era=row["era"])
            except ValueError as exc:
                raise SystemExit(f"{gold_csv}, line {line}, column 'province': {exc}") from exc
            year = int(row["year"]) if row["year"] else None
            claims.setdefault(row["article_id"], set()).add((pid, row["index_code"], year, int(row["rank"])))
    return claims


def extracted_claims(text: str, published: str | None) -> set[Claim]:
    from dtlib.claims import extract

    found = extract(text, published=published or None)
    return {
        (row.province_id, row.index_code, int(row.year) if str(row.year_basis) == "stated" else None, int(row.rank))
        for row in found.itertuples(index=False)
    }


def score(gold: set[Claim], found: set[Claim]) -> Counter:
    return Counter(gold=len(gold), found=len(found), right=len(gold & found))


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text_dir", type=Path)
    parser.add_argument("gold_csv", type=Path)
    parser.add_argument("--articles", type=Path, default=HERE / "claims_articles.csv")
    parser.add_argument("--split", default="all", help="a split name (dev, heldout, heldout2, ...) or all (column split of --articles)")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious claims per report")
    args = parser.parse_args(argv)

    gold = gold_claims(args.gold_csv)
    with args.articles.open(encoding="utf-8", newline="") as handle:
        articles = [row for row in csv.DictReader(handle) if args.split in ("all", row["split"])]
    totals: dict[str, Counter] = {}
    for article in articles:
        path = args.text_dir / f"{article['article_id']}.txt"
        if not path.is_file():
            print(f"missing text: {path} (retrieve it from {article['url']})", file=sys.stderr)
            return 2
        expected = gold.get(article["article_id"], set())
        found = extracted_claims(path.read_text(encoding="utf-8"), article["published_date"])
        counts = score(expected, found)
        totals.setdefault(article["split"], Counter()).update(counts)
        if args.errors and expected != found:
            print(f"{article['article_id']}:")
            for claim in sorted(expected - found, key=str):
                print(f"    missed   {claim}")
            for claim in sorted(found - expected, key=str):
                print(f"    spurious {claim}")
    print(f"{'split':8} {'reports':>7} {'gold':>5} {'found':>5} {'right':>5} {'precision':>9} {'recall':>7}")
    for split in sorted(totals) + (["all"] if len(totals) > 1 else []):
        counts = sum(totals.values(), Counter()) if split == "all" else totals[split]
        reports = sum(1 for a in articles if split in ("all", a["split"]))
        print(f"{split:8} {reports:>7} {counts['gold']:>5} {counts['found']:>5} {counts['right']:>5} "
              f"{_ratio(counts['right'], counts['found']):>9} {_ratio(counts['right'], counts['gold']):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

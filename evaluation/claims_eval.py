#!/usr/bin/env python3
"""Precision and recall of ``dtlib.claims.extract`` on real news reports.

    python evaluation/claims_eval.py TEXT_DIR [--split dev|heldout|...|all] [--errors]

TEXT_DIR holds one UTF-8 file per report, ``<article_id>.txt``, with the text as retrieved
from the address in ``claims_articles.csv`` (the texts are not redistributed; see the
README). The gold standard is the project's own data: the claims of
``data/raw/press/collected_claims.csv``, which a person wrote down by reading each text
(never from the extractor's output); ``claims_articles.csv`` maps each report to the
``citation_id`` its claims cite. A report whose citation is empty makes no claim.

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
CLAIMS = HERE.parent / "data" / "raw" / "press" / "collected_claims.csv"
Claim = tuple[str, str, "int | None", int]


def gold_claims(claims_csv: Path, articles: list[dict]) -> dict[str, set[Claim]]:
    """The claims of each report (by ``article_id``), from a file of format ``press_claims``."""
    from dtlib import normalize_province

    report_of = {a["citation_id"]: a["article_id"] for a in articles if a["citation_id"]}
    claims: dict[str, set[Claim]] = {}
    with claims_csv.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if row["citation_id"] not in report_of:
                raise SystemExit(f"{claims_csv}, line {line}, column 'citation_id': {row['citation_id']!r} is the "
                                 "citation of no report in the articles file; add the report (with its text) there")
            try:
                pid = normalize_province(row["province"], era=row.get("era") or None)
            except ValueError as exc:
                raise SystemExit(f"{claims_csv}, line {line}, column 'province': {exc}") from exc
            year = int(row["year"]) if row["year_basis"] == "stated" else None
            claims.setdefault(report_of[row["citation_id"]], set()).add((pid, row["index_code"], year, int(row["rank"])))
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
    parser.add_argument("--claims", type=Path, default=CLAIMS, help="the gold claims (format press_claims)")
    parser.add_argument("--articles", type=Path, default=HERE / "claims_articles.csv")
    parser.add_argument("--split", default="all", help="a split name (dev, heldout, heldout2, ...) or all (column split of --articles)")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious claims per report")
    args = parser.parse_args(argv)

    with args.articles.open(encoding="utf-8", newline="") as handle:
        listed = list(csv.DictReader(handle))
    gold = gold_claims(args.claims, listed)
    articles = [row for row in listed if args.split in ("all", row["split"])]
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

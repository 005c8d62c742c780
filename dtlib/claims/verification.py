"""``verify(claims)``: check ranking claims against the project's tables.

Verdicts (:data:`VERDICTS`):

* ``confirmed``: the table gives the claimed rank for the year the claim states;
* ``confirmed_other_edition``: the claim states no year (or only a year inferred from the
  publication date), or states the year the ranking was *published* rather than the
  edition ("DTI năm 2023" for the 2022 edition, published in July 2023), and the table
  gives the claimed rank in edition ``edition``;
* ``contradicted``: the table gives another rank (``table_rank``) for the edition the
  claim refers to; for an undated claim, every edition public by the report's date has a
  rank in the table and none matches;
* ``unverifiable``: there is no table for the index yet, or the table has no rank for the
  province in the edition(s) the claim may refer to. ``reason`` says which.

Each index is checked in one table column, listed in :data:`INDEX_TABLES`; an index whose
table does not exist yet is unverifiable, and adding its table makes it checkable with
no other change. A table value whose only source is the claim's own article (the claim
has a ``citation_id`` and the table row cites nothing else) does not count as
independent confirmation: the value is treated as missing.

``verify`` accepts the output of :func:`~dtlib.claims.extract` and the curated
``press_claims`` table (``year_basis`` ``not_stated`` counts as no year;
``published_date`` as the publication date). ``published=`` gives a date for all claims
that have none.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .editions import editions_published_in, parse_date, public_editions

if TYPE_CHECKING:
    import pandas as pd

VERDICTS = ("confirmed", "confirmed_other_edition", "contradicted", "unverifiable")

# index_code -> (table, rank column). Tables are keyed by (year, province_id).
INDEX_TABLES: dict[str, tuple[str, str]] = {
    "dti": ("dti", "rank"),
    "dti_gov": ("dti", "gov_rank"),
    "dti_econ": ("dti", "econ_rank"),
    "dti_soc": ("dti", "soc_rank"),
    "cybersecurity": ("dti", "cybersecurity_rank"),
    "ict_index": ("ict_index", "rank"),
    "egov": ("egov", "rank"),
    "par_index": ("par_index", "rank"),
    "par_modernisation": ("par_index", "modernisation_rank"),
    "papi": ("papi", "rank"),
    "pci": ("pci", "rank"),
}
VERIFY_COLUMNS = ("verdict", "edition", "table_rank", "fills_gap", "reason")
_REQUIRED = ("province_id", "index_code", "rank")


def verify(claims: "pd.DataFrame", published: object = None) -> "pd.DataFrame":
    """``claims`` with :data:`VERIFY_COLUMNS` added, one verdict per row.

    ``fills_gap`` is true where the table for the index exists but has no rank for the
    edition the claim refers to (stated, or the one public by the report's date): the
    claim is press evidence for a missing value.
    """
    import pandas as pd

    missing = [c for c in _REQUIRED if c not in claims.columns]
    if missing:
        raise ValueError(f"claims lack column(s) {', '.join(missing)}; expected at least {', '.join(_REQUIRED)} "
                         "(the output of dtlib.claims.extract or the press_claims table)")
    default_date = parse_date(published)
    tables = _Tables()
    results = [_verdict(row, tables, default_date) for row in claims.to_dict("records")]
    out = claims.copy()
    verdicts = pd.DataFrame(results, columns=list(VERIFY_COLUMNS), index=claims.index)
    for column in VERIFY_COLUMNS:
        out[column] = verdicts[column]
    out["edition"] = out["edition"].astype("Int64")
    out["table_rank"] = out["table_rank"].astype("Int64")
    out["fills_gap"] = out["fills_gap"].astype("boolean")
    out["verdict"] = out["verdict"].astype("string")
    out["reason"] = out["reason"].astype("string")
    return out


class _Tables:
    """Rank lookups per (table, column), loaded on first use."""

    def __init__(self) -> None:
        self._ranks: dict[tuple[str, str], dict | str] = {}

    def ranks(self, table: str, column: str) -> dict | str:
        """(year, province_id) -> (rank, citation ids), or why there are none."""
        key = (table, column)
        if key not in self._ranks:
            self._ranks[key] = self._load(table, column)
        return self._ranks[key]

    @staticmethod
    def _load(table: str, column: str) -> dict | str:
        from ..load import load
        from ..schemas import TABLES

        if table not in TABLES:
            return f"no table {table!r} yet"
        frame = load(table)
        if column not in frame.columns:
            return f"table {table!r} has no column {column!r}"
        frame = frame[frame[column].notna()]
        cited = frame["citation_ids"] if "citation_ids" in frame.columns else [None] * len(frame)
        return {
            (int(year), pid): (int(rank), frozenset(c.split(";")) if isinstance(c, str) else frozenset())
            for year, pid, rank, c in zip(frame["year"], frame["province_id"], frame[column], cited)
        }


def _verdict(row: dict, tables: _Tables, default_date) -> tuple:
    code, pid, rank = row["index_code"], row["province_id"], int(row["rank"])
    if code not in INDEX_TABLES:
        return "unverifiable", None, None, False, f"unknown index {code!r}"
    table, column = INDEX_TABLES[code]
    ranks = tables.ranks(table, column)
    if isinstance(ranks, str):
        return "unverifiable", None, None, False, ranks
    own_source = row.get("citation_id")
    own_source = own_source if isinstance(own_source, str) and own_source else None

    def lookup(edition: int) -> tuple[int | None, str]:
        value = ranks.get((edition, pid))
        if value is None:
            return None, "no rank in the table"
        if own_source and value[1] == {own_source}:
            return None, "the table's only source is this claim's article"
        return value[0], f"rank {value[0]}"

    year = _stated_year(row)
    if year is not None:
        return _check_stated(code, year, rank, lookup, table)
    published = parse_date(row.get("published_date", row.get("published"))) or default_date
    return _check_undated(code, rank, lookup, published, table)


def _stated_year(row: dict) -> int | None:
    import pandas as pd

    year, basis = row.get("year"), row.get("year_basis")
    if year is None or pd.isna(year):
        return None
    return int(year) if str(basis) == "stated" else None


def _check_stated(code: str, year: int, rank: int, lookup, table: str) -> tuple:
    value, why = lookup(year)
    if value == rank:
        return "confirmed", year, value, False, f"{table} {year}: {why}"
    # "the ranking of 2023" in a report may be the edition published in 2023
    readings = [e for e in editions_published_in(code, year) if e != year]
    for edition in readings:
        other, _ = lookup(edition)
        if other == rank:
            return ("confirmed_other_edition", edition, other, False,
                    f"{table} {edition}, published in {year}: rank {other} ({table} {year}: {why})")
    if value is not None:
        return "contradicted", year, value, False, f"{table} {year}: {why}, not {rank}"
    known = [(e, lookup(e)[0]) for e in readings if lookup(e)[0] is not None]
    if known and not _edition_exists(code, year):
        edition, other = known[-1]
        return ("contradicted", edition, other, False,
                f"no {year} edition; {table} {edition}, published in {year}: rank {other}, not {rank}")
    return "unverifiable", year, None, _edition_exists(code, year), f"{table} {year}: {why}"


def _check_undated(code: str, rank: int, lookup, published, table: str) -> tuple:
    if published is not None:
        candidates = public_editions(code, published)
        scope = f"editions public by {published.isoformat()}"
    else:
        candidates = sorted((e for e in _table_editions(code)), reverse=True)
        scope = "all editions (no publication date)"
    if not candidates:
        return "unverifiable", None, None, False, f"no {table} edition was public by {published.isoformat()}"
    values = {e: lookup(e) for e in candidates}
    for edition in candidates:
        if values[edition][0] == rank:
            return ("confirmed_other_edition", edition, rank, False,
                    f"no year stated; {table} {edition}: rank {rank} ({scope})")
    listed = _describe(values)
    newest = candidates[0]
    if all(v is not None for v, _ in values.values()):
        return ("contradicted", newest, values[newest][0], False,
                f"no year stated and no edition gives rank {rank} ({scope}: {listed})")
    fills = published is not None and values[newest][0] is None
    return "unverifiable", newest if published is not None else None, None, fills, f"{scope}: {listed}"


def _describe(values: dict[int, tuple[int | None, str]]) -> str:
    """Editions with a rank one by one; a long run of editions without one, counted."""
    shown = [f"{e}: {why}" for e, (rank, why) in values.items() if rank is not None]
    blank = [e for e, (rank, _) in values.items() if rank is None]
    if len(blank) <= 3:
        shown = [f"{e}: {why}" for e, (_, why) in values.items()]
    elif blank:
        shown.append(f"{len(blank)} other editions ({min(blank)}-{max(blank)}): no rank in the table")
    return "; ".join(shown)


def _edition_exists(code: str, year: int) -> bool:
    return year in _table_editions(code)


def _table_editions(code: str) -> list[int]:
    from .editions import publication_dates

    return list(publication_dates(code))

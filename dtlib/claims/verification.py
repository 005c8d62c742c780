"""``verify(claims)``: check ranking claims against the project's tables.

Verdicts (:data:`VERDICTS`):

* ``confirmed``: the table gives the claimed rank for the year the claim states;
* ``confirmed_other_edition``: the claim states no year (or only a year inferred from the
  publication date), or states the year the ranking was *published* rather than the
  edition ("DTI năm 2023" for the 2022 edition, published in July 2023; read so only when
  the report predates the stated edition's own publication, or has no date), and the table
  gives the claimed rank in edition ``edition``;
* ``contradicted``: the table gives another rank (``table_rank``) for the edition the
  claim refers to; for an undated claim, every edition public by the report's date has a
  rank in the table and none matches;
* ``unverifiable``: there is no table for the index yet, or the table has no rank for the
  province in the edition(s) the claim may refer to. ``reason`` says which.

Each index is checked in one table column, listed in :data:`INDEX_TABLES`; an index whose
table does not exist yet is unverifiable, and adding its table makes it checkable with
no other change. A table value whose only source is the claim's own article (the claim
has a ``citation_id`` and the value cites nothing else) does not count as independent
confirmation: the value is treated as missing. DTI values are checked one by one
(``dti_values``), where a rank in an edition that scores every province also rests on the
sources of the scores.

``verify`` accepts the output of :func:`~dtlib.claims.extract` and the curated
``press_claims`` table (``year_basis`` ``not_stated`` counts as no year;
``published_date`` as the publication date). ``published=`` gives a date for all claims
that have none.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..provinces import POST2025
from ..vocabulary import INDEX_TABLES
from .editions import editions_published_in, parse_date, public_editions, publication_dates

if TYPE_CHECKING:
    import pandas as pd

VERDICTS = ("confirmed", "confirmed_other_edition", "contradicted", "unverifiable")

# The counterpart of a table of the 63 pre-2025 provinces for the 34 post-2025 units: claims
# keyed by a post-2025 unit are checked there, against the ranks of the ministry's stated method
# (the mean over the unit's provinces), from the first edition published for the units (DTI 2024;
# the table's earlier ranks are dtlib's own, which no report can have quoted).
UNIT_TABLES = {"dti": ("dti_34", "mean", 2024)}
# Wide tables whose values are also kept one by one, each with its own citations (a row's
# citations mix the sources of all its values).
VALUE_TABLES = {"dti": "dti_values"}
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
        if table in VALUE_TABLES:
            return _ranks_from_values(load(VALUE_TABLES[table]), column)
        units = {t: (method, first) for t, method, first in UNIT_TABLES.values()}
        if table in units:
            return _ranks_of_units(load(table), column, *units[table])
        frame = load(table)
        if column not in frame.columns:
            return f"table {table!r} has no column {column!r}"
        frame = frame[frame[column].notna()]
        cited = frame["citation_ids"] if "citation_ids" in frame.columns else [None] * len(frame)
        return {(int(year), pid): (int(rank), _ids(c)) for year, pid, rank, c in zip(frame["year"], frame["province_id"],
                                                                                     frame[column], cited)}


def _ranks_from_values(values: "pd.DataFrame", column: str) -> dict | str:
    """(year, province_id) -> (rank, citation ids) from a long table of values.

    A rank rests on its own sources and, in an edition that scores every province on the
    measure, on the province's score: the build checks each rank against the scores, so
    complete scores from other sources confirm a rank independently of the article that
    printed it.
    """
    from ..provinces import PRE2025, provinces

    score_column = _score_column(column)
    if score_column is None:
        return f"no measure {column!r} in the values table"
    n_units = int((provinces()["era"] == PRE2025).sum())
    scores = values[values["measure"] == score_column]
    complete = {year for year, n in scores.groupby("year").size().items() if n == n_units}
    score_sources = {(year, pid): _ids(c) for year, pid, c in zip(scores["year"], scores["province_id"],
                                                                 scores["citation_ids"])}
    ranks = values[values["measure"] == column]
    return {
        (int(year), pid): (int(rank), _ids(c) | (score_sources[(year, pid)] if year in complete else frozenset()))
        for year, pid, rank, c in zip(ranks["year"], ranks["province_id"], ranks["value"], ranks["citation_ids"])
    }


def _ranks_of_units(frame: "pd.DataFrame", column: str, method: str, first: int) -> dict | str:
    """(year, province_id) -> (rank, citation ids) from the long table of the 34 units, where
    each row ranks one measure by one method; editions from ``first`` on."""
    measure = _score_column(column)
    if measure is None:
        return f"no measure {column!r} in the table of the 34 units"
    rows = frame[(frame["method"] == method) & (frame["measure"] == measure) & frame["rank"].notna()
                 & (frame["year"] >= first)]
    return {(int(year), pid): (int(rank), _ids(c))
            for year, pid, rank, c in zip(rows["year"], rows["province_id"], rows["rank"], rows["citation_ids"])}


def _score_column(rank_column: str) -> str | None:
    from ..measures import MEASURES

    return next((m.score_column for m in MEASURES if m.rank_column == rank_column), None)


def _ids(cell: object) -> frozenset:
    return frozenset(cell.split(";")) if isinstance(cell, str) else frozenset()


def _verdict(row: dict, tables: _Tables, default_date) -> tuple:
    code, pid, rank = row["index_code"], row["province_id"], int(row["rank"])
    if code not in INDEX_TABLES:
        return "unverifiable", None, None, False, f"unknown index {code!r}"
    table, column = INDEX_TABLES[code]
    if str(pid).startswith(POST2025):
        if table not in UNIT_TABLES:
            return "unverifiable", None, None, False, f"no table of the 34 post-2025 units for {code!r}"
        table, _, first = UNIT_TABLES[table]
        year = _stated_year(row)
        if year is not None and year < first:
            return ("unverifiable", year, None, False,
                    f"the 34 post-2025 units were first ranked in the {first} edition, not {year}")
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
    published = parse_date(row.get("published_date", row.get("published"))) or default_date
    if year is not None:
        return _check_stated(code, year, rank, lookup, table, published)
    return _check_undated(code, rank, lookup, published, table)


def _stated_year(row: dict) -> int | None:
    import pandas as pd

    year, basis = row.get("year"), row.get("year_basis")
    if year is None or pd.isna(year):
        return None
    return int(year) if str(basis) == "stated" else None


def _check_stated(code: str, year: int, rank: int, lookup, table: str, published) -> tuple:
    value, why = lookup(year)
    if value == rank:
        return "confirmed", year, value, False, f"{table} {year}: {why}"
    # "the ranking of 2023" in a report may be the edition published in 2023, unless the report
    # appeared after the 2023 edition itself ("PCI 2023" in May 2024 is the 2023 edition)
    released = publication_dates(code).get(year)
    ambiguous = published is None or released is None or published < released
    readings = [e for e in editions_published_in(code, year) if e != year] if ambiguous else []
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
    return list(publication_dates(code))

"""Checks shared by families keyed by (year, province): resolve names, one row per key, full grids, ranks."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Mapping

from ..errors import DataError
from ..ranking import rank_conflicts
from ..rawio import row_error
from .raw import resolve_province_column

if TYPE_CHECKING:
    import pandas as pd

    from ..provinces import ProvinceIndex


def check_unique(frame: "pd.DataFrame", key: list[str], what: str, column: str = "province") -> None:
    """Stop at the first row repeating an earlier row's ``key``, naming both lines."""
    duplicated = frame.duplicated(key, keep="first")
    if duplicated.any():
        position = int(duplicated.to_numpy().nonzero()[0][0])
        row = frame.iloc[position]
        first = frame[(frame[key] == row[key]).all(axis=1)].iloc[0]
        raise row_error(frame, position, f"duplicate {what} (first given on line {int(first['line'])})",
                        column=column, expected=f"one row per {what}")


def with_province_ids(frame: "pd.DataFrame", index: "ProvinceIndex", *, key: Iterable[str] = ("year",),
                      what: str = "province-year") -> "pd.DataFrame":
    """The frame with a pre-2025 ``province_id`` per row, each (key, province) given once."""
    resolved = frame.assign(province_id=resolve_province_column(frame, index))
    resolved.attrs = frame.attrs
    check_unique(resolved, [*key, "province_id"], what)
    return resolved


def check_years(frame: "pd.DataFrame", years: Iterable[int], what: str) -> None:
    """Every row's year is one the family declares."""
    allowed = tuple(years)
    contiguous = allowed == tuple(range(allowed[0], allowed[-1] + 1))
    listed = f"{allowed[0]}-{allowed[-1]}" if contiguous else ", ".join(map(str, allowed))
    for position, year in enumerate(frame["year"]):
        if year not in allowed:
            raise row_error(frame, position, f"year outside the {what} series", column="year",
                            expected=f"one of {listed}")


def check_complete(frame: "pd.DataFrame", province_ids: Iterable[str], years: Iterable[int]) -> None:
    """Every (year, province) of the grid has a row (a row may hold empty cells for a missing value)."""
    have = set(zip(frame["year"], frame["province_id"]))
    for year in years:
        missing = sorted(pid for pid in province_ids if (year, pid) not in have)
        if missing:
            raise DataError(f"no row for {len(missing)} province(s) in {year}, e.g. {missing[0]}",
                            file=frame.attrs.get("file"),
                            expected="one row per province and year (leave value cells empty when the "
                                     "source gives no figure, and say why in the note)")


def check_published_ranks(frame: "pd.DataFrame", score: str, rank: str, n_units: int | Mapping[object, int],
                          group: str = "year", scores_rounded: bool = False) -> None:
    """Published ranks must agree with the scores of the same group (see ``dtlib.ranking.rank_conflicts``).

    ``n_units`` is the number of ranked units, one number or one per group value.
    """
    positioned = frame.assign(_position=range(len(frame)))
    for value, part in positioned.groupby(group, sort=True):
        units = n_units if isinstance(n_units, int) else int(n_units[value])
        by_id = part.set_index("province_id")
        for conflict in rank_conflicts(by_id[score].astype(float), by_id[rank], units,
                                       scores_rounded=scores_rounded):
            raise row_error(frame, int(by_id.loc[conflict.label, "_position"]),
                            f"{group} {value}: published {rank} {conflict.rank} contradicts the scores "
                            f"({conflict.reason})", column=rank,
                            expected="a rank consistent with the scores (ties share a rank, the next skips)")

"""Which edition of an index was public on a given date.

Rankings are published after the year they measure, and news reports often say "xếp thứ
7/63" without the year. The edition a reader of that report would have seen is the
newest one published by the report's date.

* **DTI**: the real publication date of every edition, from ``dtlib.load("dti_editions")``
  (edition N appears in year N+1: 2022 on 12 Jul 2023, 2023 in Feb 2025, ...). The pillar
  and cybersecurity ranks come with the overall index.
* **Other indices** (no tables yet, see issue 8): an assumed month of publication, read
  from the dates the press reports:
  PCI (VCCI) edition N in April-May of N+1 (PCI 2014 on 16 Apr 2015, 2022 on 11 Apr 2023,
  2023 on 9 May 2024); PAPI (UNDP) in April-May of N+1 (2020 on 14 Apr 2021, 2021 on 10
  May 2022, 2023 on 2 Apr 2024); PAR Index (Ministry of Home Affairs) in April of N+1 (2023
  on 18 Apr 2024, 2024 on 6 Apr 2025); MIC's IT-application / e-government ranking in
  April-July of N+1 (2016 on 9 May 2017, 2017 on 5 Jul 2018, 2018 on 25 Apr 2019; replaced
  by the DTI from 2020); the Vietnam ICT Index on an irregular schedule: 2016 on 22 Mar
  2017, 2018 and 2019 in August of their own year (2019 on 23 Aug 2019), 2020 in April
  2021, none for 2021, 2023 in August 2024 (taken as: up to 2016 in March of N+1, 2017-2019
  in August of N, 2020 in April 2021, from 2022 in August of N+1).
  Each is taken as public from the first day of the assumed month, so a report dated
  just after an announcement may still be credited with the previous edition.

A date known only to the month or year counts as its first day: only editions surely
public by then are candidates.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import family

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(value: object) -> dt.date | None:
    """A date from ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a date object (None if missing)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date()
    text = str(value).strip()
    if not text or text in {"<NA>", "NaT", "nan"}:
        return None
    match = _DATE.match(text)
    try:
        if not match:
            raise ValueError("wrong form")
        year, month, day = match.groups()
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError(f"publication date {value!r} is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD") from None


@dataclass(frozen=True)
class Schedule:
    """When the editions of an index appear: edition N in month ``month`` of N + ``lag``."""

    first: int
    last: int
    lag: int
    month: int

    def dates(self) -> dict[int, dt.date]:
        return {n: dt.date(n + self.lag, self.month, 1) for n in range(self.first, self.last + 1)}


_OPEN = 2050  # a schedule still running: editions are only ever compared with real dates
# Assumed schedules of the indices that have no edition table (see the module docstring).
SCHEDULES: dict[str, tuple[Schedule, ...]] = {
    "pci": (Schedule(first=2005, last=_OPEN, lag=1, month=4),),
    "papi": (Schedule(first=2011, last=_OPEN, lag=1, month=4),),
    "par_index": (Schedule(first=2012, last=_OPEN, lag=1, month=4),),
    "egov": (Schedule(first=2008, last=2019, lag=1, month=5),),
    "ict_index": (Schedule(first=2005, last=2016, lag=1, month=3), Schedule(first=2017, last=2019, lag=0, month=8),
                  Schedule(first=2020, last=2020, lag=1, month=4), Schedule(first=2022, last=_OPEN, lag=1, month=8)),
}


@lru_cache(maxsize=None)
def publication_dates(index_code: str) -> dict[int, dt.date]:
    """Edition year -> the date it was (or is assumed to have been) published."""
    code = family(index_code)
    if code == "dti":
        from ..load import load

        editions = load("dti_editions")
        return {int(row.year): parse_date(row.published_date) for row in editions.itertuples(index=False)}
    if code not in SCHEDULES:
        raise ValueError(f"no publication schedule for index {index_code!r}")
    return {n: date for schedule in SCHEDULES[code] for n, date in schedule.dates().items()}


def public_editions(index_code: str, on: dt.date) -> list[int]:
    """Editions of the index published on or before ``on``, newest first."""
    return sorted((n for n, date in publication_dates(index_code).items() if date <= on), reverse=True)


def latest_edition(index_code: str, on: dt.date) -> int | None:
    """The newest edition public on ``on`` (None if none was)."""
    editions = public_editions(index_code, on)
    return editions[0] if editions else None


def editions_published_in(index_code: str, year: int) -> list[int]:
    """Editions published during ``year``: what "the ranking of <year>" may mean in a report."""
    return sorted(n for n, date in publication_dates(index_code).items() if date.year == year)

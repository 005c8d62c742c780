"""Which edition was public on a date (dtlib.claims.editions)."""
from __future__ import annotations

import datetime as dt

import pytest

from dtlib.claims.editions import editions_published_in, latest_edition, parse_date, public_editions


@pytest.mark.parametrize("code, on, expected", [
    # DTI from dti_editions: 2022 on 12 Jul 2023, 2023 in Feb 2025, 2024 on 21 Oct 2025
    ("dti", "2023-07-11", 2021), ("dti", "2023-07-12", 2022), ("dti", "2024-10-10", 2022),
    ("dti", "2025-02", 2023), ("dti_gov", "2025-10-21", 2024), ("cybersecurity", "2021-10-19", 2020),
    ("dti", "2021-10-18", None),
    # assumed schedules: PCI/PAPI/PAR in April of N+1, MIC e-government in May of N+1 (to 2019)
    ("pci", "2024-05-13", 2023), ("pci", "2024-03-31", 2022), ("papi", "2022-05-10", 2021),
    ("par_modernisation", "2020-06-30", 2019), ("egov", "2020-06-01", 2019), ("egov", "2024-01-01", 2019),
    # ICT Index: 2019 in Aug 2019, 2020 in Apr 2021, no 2021 edition, 2023 in Aug 2024
    ("ict_index", "2019-09-01", 2019), ("ict_index", "2021-03-01", 2019), ("ict_index", "2022-01-01", 2020),
    ("ict_index", "2024-09-01", 2023),
])
def test_latest_edition(code, on, expected):
    assert latest_edition(code, parse_date(on)) == expected


def test_public_editions_newest_first_and_published_in():
    assert public_editions("dti", dt.date(2024, 10, 10)) == [2022, 2021, 2020]
    assert editions_published_in("dti", 2023) == [2022]
    assert editions_published_in("dti", 2024) == []          # DTI 2023 appeared only in 2025
    assert editions_published_in("dti", 2025) == [2023, 2024]
    assert editions_published_in("pci", 2023) == [2022]


@pytest.mark.parametrize("value, expected", [
    ("2024", dt.date(2024, 1, 1)), ("2024-10", dt.date(2024, 10, 1)), ("2024-10-10", dt.date(2024, 10, 10)),
    (None, None), ("", None), (dt.date(2020, 6, 30), dt.date(2020, 6, 30)),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["10/10/2024", "2024-13", "2024-02-30", "Oct 2024"])
def test_parse_date_rejects(value):
    with pytest.raises(ValueError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        parse_date(value)


def test_unknown_index():
    with pytest.raises(ValueError, match="no publication schedule"):
        public_editions("sipas", dt.date(2024, 1, 1))

"""Readers for each raw file format listed in the catalog's ``format`` column."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UnknownProvinceError
from ..measures import VALUE_COLUMNS, is_rank
from ..rawio import Column, read_table, row_error
from ..schemas import INDEX_CODES, REGIONS_POST2025, REGIONS_PRE2025, YEAR_BASIS

if TYPE_CHECKING:
    import pandas as pd

_CITED = Column("citation_ids", nullable=False)


def _value_column(name: str) -> Column:
    if is_rank(name):
        return Column(name, "int", required=False, minimum=1, maximum=63)
    return Column(name, "float", required=False, minimum=0, maximum=1)

_NOTE = Column("note", required=False)

FORMATS: dict[str, list[Column]] = {
    "provinces_pre2025": [
        Column("gso_code", "code", nullable=False),
        Column("name_vi", nullable=False),
        Column("name_full_vi", nullable=False),
        Column("name_en", nullable=False),
        Column("region", nullable=False, choices=REGIONS_PRE2025),
    ],
    "provinces_post2025": [
        Column("gso_code", "code", nullable=False),
        Column("name_vi", nullable=False),
        Column("name_full_vi", nullable=False),
        Column("name_en", nullable=False),
        Column("region", nullable=False, choices=REGIONS_POST2025),
        Column("area_km2", "float", nullable=False),
        Column("population", "int", nullable=False),
    ],
    "crosswalk_2025": [
        Column("old_gso_code", "code", nullable=False),
        Column("new_gso_code", "code", nullable=False),
    ],
    "province_aliases": [
        Column("alias", nullable=False),
        Column("era", nullable=False, choices=("pre2025", "post2025", "both")),
        Column("name_vi", nullable=False),
        Column("reason", nullable=False),
    ],
    # One published table (or one transcription of it): a row per province.
    "dti_table": [
        Column("year", "int", nullable=False),
        Column("province", nullable=False),
        *(_value_column(c) for c in VALUE_COLUMNS),
        _CITED,
        _NOTE,
    ],
    # Values gathered one by one (press reports): a row per value.
    "dti_values": [
        Column("year", "int", nullable=False),
        Column("province", nullable=False),
        Column("measure", nullable=False, choices=VALUE_COLUMNS),
        Column("value", "float", nullable=False),
        _CITED,
        _NOTE,
    ],
    "dti_editions": [
        Column("year", "int", nullable=False),
        Column("published_date", "date"),
        Column("publisher", nullable=False),
        Column("n_main_indices", "int"),
        Column("n_component_indices", "int"),
        Column("national_score", "float", minimum=0, maximum=1),
        Column("provincial_mean_score", "float", minimum=0, maximum=1),
        _CITED,
        _NOTE,
    ],
    "press_claims": [
        Column("claim_id", nullable=False),
        Column("citation_id", nullable=False),
        Column("province", nullable=False),
        Column("index_code", nullable=False, choices=INDEX_CODES),
        Column("year", "int"),
        Column("year_basis", nullable=False, choices=YEAR_BASIS),
        Column("rank", "int", nullable=False, minimum=1),
        Column("out_of", "int", minimum=1),
        Column("rank_change", "int"),
        Column("change_vs_year", "int"),
        _NOTE,
    ],
}


def read_raw(raw_dir: Path, file: str, fmt: str) -> "pd.DataFrame":
    """Read one catalogued raw file with the column spec of its format."""
    if fmt not in FORMATS:
        raise KeyError(f"unknown raw format {fmt!r}")
    return read_table(raw_dir / file, FORMATS[fmt], label=file)


def resolve_province_column(frame: "pd.DataFrame", index, *, column: str = "province",
                            era: str | None = "pre2025") -> list[str]:
    """Registry ids for the names in ``frame[column]``; an unknown name raises a located DataError."""
    ids = []
    for position, name in enumerate(frame[column]):
        try:
            ids.append(index.resolve(name, era))
        except UnknownProvinceError as exc:
            raise row_error(frame, position, "unknown province", column=column,
                            expected=f"a province the registry knows ({exc}); add a reviewed alias to "
                                     "provinces/province_aliases.csv if this spelling is right") from None
    return ids

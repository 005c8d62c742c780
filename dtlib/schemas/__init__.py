"""Schemas of the processed tables, checked when the build writes and when ``load`` reads.

Each table declares its columns (type, description, checks), its key and, where fixed,
its row count; the data dictionary is generated from these declarations, so it cannot
drift from what is enforced. One module per family of tables registers its tables here.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

# dtype used when reading the CSV back, per kind of column
_READ_DTYPES = {"str": "str", "int": "Int64", "float": "float64", "bool": "bool"}
_PANDERA_DTYPES = {"str": str, "int": "Int64", "float": float, "bool": bool}


@dataclass(frozen=True)
class Col:
    kind: str  # str, int, float or bool
    description: str
    nullable: bool = False
    checks: tuple = ()
    unit: str = ""

    def pandera(self) -> pa.Column:
        return pa.Column(_PANDERA_DTYPES[self.kind], checks=list(self.checks), nullable=self.nullable,
                         description=self.description)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: dict[str, Col]
    key: tuple[str, ...]
    expected_rows: int | None = None
    sort_by: tuple[str, ...] = ()
    checks: tuple = field(default_factory=tuple)

    def schema(self) -> pa.DataFrameSchema:
        return pa.DataFrameSchema(
            {name: col.pandera() for name, col in self.columns.items()},
            unique=list(self.key), strict=True, ordered=True, checks=list(self.checks),
            name=self.name,
        )

    def read_dtypes(self) -> dict[str, str]:
        return {name: _READ_DTYPES[col.kind] for name, col in self.columns.items()}


TABLES: dict[str, Table] = {}


def register(table: Table) -> Table:
    if table.name in TABLES:
        raise ValueError(f"table {table.name!r} is declared twice")
    TABLES[table.name] = table
    return table


def one_of(values) -> pa.Check:
    return pa.Check.isin(list(values), error=f"one of {', '.join(map(str, values))}")


def is_nfc() -> pa.Check:
    return pa.Check(lambda s: s.map(lambda v: unicodedata.normalize("NFC", v) == v), element_wise=False,
                    error="Unicode NFC")


UNIT_SCORE = (pa.Check.in_range(0, 1, error="a score in [0, 1]"),)
DATE = (pa.Check.str_matches(r"^\d{4}(-\d{2}(-\d{2})?)?$", error="a date YYYY[-MM[-DD]]"),)
PROVINCE_ID = Col("str", "Registry key of the province: era and GSO code, e.g. pre2025-52 (Bình Định) "
                         "or post2025-52 (the merged Gia Lai). See dtlib.provinces().",
                  checks=(pa.Check.str_matches(r"^(pre|post)2025-\d{2}$"),))
CITATION_IDS = Col("str", "Citations behind the value(s), ';'-separated ids of the citations table; "
                          "the source whose value was kept comes first, then sources that agree.", nullable=True)


def data_dictionary() -> pd.DataFrame:
    """One row per column of every processed table."""
    rows = [
        {"table": t.name, "column": name, "type": col.kind, "nullable": col.nullable,
         "unit": col.unit, "description": col.description}
        for t in TABLES.values() for name, col in t.columns.items()
    ]
    return pd.DataFrame(rows)


# Each family module registers its tables on import.
from . import core, dti, press  # noqa: E402,F401
from . import dti34  # noqa: E402,F401
from . import covariates, indices, papi, pci  # noqa: E402,F401
from . import pilots  # noqa: E402,F401

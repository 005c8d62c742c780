"""Strict reading of the curated CSV files in ``data/raw/``.

Why not ``pandas.read_csv`` with a schema: its errors name neither the line nor the
value, it silently reads "0,4874" as text or as two fields, and it guesses types.
Here every cell is checked against a declared column type and any problem raises a
:class:`~dtlib.errors.DataError` naming file, line, column, value and expectation.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .errors import DataError

if TYPE_CHECKING:
    import pandas as pd

_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^\d{2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _parse_float(text: str) -> float:
    if _DECIMAL_COMMA.match(text):
        raise ValueError(f"a decimal point, e.g. {text.replace(',', '.')} (decimal commas are not accepted)")
    try:
        return float(text)
    except ValueError:
        raise ValueError("a number with a decimal point, e.g. 0.4874") from None


def _parse_int(text: str) -> int:
    if not _INTEGER.match(text):
        raise ValueError("a whole number, e.g. 12")
    return int(text)


def _matching(pattern: re.Pattern[str], expected: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if not pattern.match(text):
            raise ValueError(expected)
        return text

    return parse


# Column types: each parser turns a non-empty cell into a value or raises
# ValueError whose message says what was expected.
PARSERS: dict[str, Callable[[str], object]] = {
    "str": str,
    "float": _parse_float,
    "int": _parse_int,
    "date": _matching(_DATE, "a date as YYYY-MM-DD (or YYYY-MM, YYYY when the source gives no day)"),
    "code": _matching(_CODE, "a two-digit GSO code such as 01 or 52"),
    "sha256": _matching(_SHA256, "64 lower-case hexadecimal digits"),
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "str"
    required: bool = True  # the column must exist
    nullable: bool = True  # cells may be empty
    choices: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None


def read_table(path: Path, columns: list[Column], *, label: str | None = None) -> "pd.DataFrame":
    """Read a raw CSV strictly; returns a DataFrame with a ``line`` column.

    ``label`` is how the file is named in errors (its path relative to ``data/raw``).
    """
    import pandas as pd

    name = label or str(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            "file is not valid UTF-8 text",
            file=name, row=line, value=raw[exc.start : exc.start + 4],
            expected="UTF-8 encoding (re-save the file as UTF-8)",
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header:
        raise DataError("file is empty", file=name, expected="a header row")
    header = [h.strip() for h in header]
    spec = {c.name: c for c in columns}
    unknown = [h for h in header if h not in spec]
    if unknown:
        raise DataError(
            f"unexpected column {unknown[0]!r}", file=name, row=1,
            expected=f"only these columns: {', '.join(spec)}",
        )
    missing = [c.name for c in columns if c.required and c.name not in header]
    if missing:
        raise DataError(
            f"missing required column {missing[0]!r}", file=name, row=1,
            expected=f"a header with {', '.join(c.name for c in columns if c.required)}",
        )
    records = []
    for line_no, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            raise DataError(
                f"row has {len(cells)} fields but the header has {len(header)}",
                file=name, row=line_no, value=",".join(cells),
                expected="one field per column (quote fields that contain commas)",
            )
        record: dict[str, object] = {"line": line_no}
        for column_name, cell in zip(header, cells):
            record[column_name] = _parse_cell(spec[column_name], cell.strip(), name, line_no)
        records.append(record)
    frame = pd.DataFrame.from_records(records, columns=["line", *[c.name for c in columns if c.name in header]])
    for column in columns:
        if column.name not in frame:
            frame[column.name] = None
    frame.attrs["file"] = name
    return frame


def _parse_cell(column: Column, cell: str, file: str, line: int) -> object:
    if cell == "":
        if not column.nullable:
            raise DataError("empty cell", file=file, row=line, column=column.name, value=cell,
                            expected="a value (this column is required)")
        return None
    try:
        value = PARSERS[column.kind](cell)
    except ValueError as exc:
        raise DataError("bad value", file=file, row=line, column=column.name, value=cell,
                        expected=str(exc)) from None
    if column.choices is not None and value not in column.choices:
        raise DataError("value not allowed", file=file, row=line, column=column.name, value=cell,
                        expected=f"one of {', '.join(column.choices)}")
    too_low = column.minimum is not None and value < column.minimum
    too_high = column.maximum is not None and value > column.maximum
    if too_low or too_high:
        bounds = f"between {column.minimum:g} and {column.maximum:g}" if column.maximum is not None \
            else f"at least {column.minimum:g}"
        raise DataError("value out of range", file=file, row=line, column=column.name, value=cell,
                        expected=f"a value {bounds}")
    return value


def row_error(frame: "pd.DataFrame", position: int, problem: str, *, column: str | None = None,
              expected: str | None = None) -> DataError:
    """A DataError pointing at row ``position`` (0-based) of a frame read by :func:`read_table`."""
    row = frame.iloc[position]
    return DataError(
        problem, file=frame.attrs.get("file"), row=int(row["line"]), column=column,
        value=row[column] if column else None, expected=expected,
    )

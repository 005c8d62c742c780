"""Errors a person can act on: each names where the problem is and what was expected."""
from __future__ import annotations

from pathlib import Path


class DataError(ValueError):
    """A problem in an input file, located as precisely as we can.

    ``row`` is the 1-based line number in the file as an editor shows it
    (the header is line 1), so the first data row is line 2.
    """

    def __init__(
        self,
        problem: str,
        *,
        file: str | Path | None = None,
        row: int | None = None,
        column: str | None = None,
        value: object = None,
        expected: str | None = None,
    ):
        self.problem = problem
        self.file = str(file) if file is not None else None
        self.row = row
        self.column = column
        self.value = value
        self.expected = expected
        super().__init__(self._message())

    def _message(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(f"line {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        text = (", ".join(where) + ": " if where else "") + self.problem
        if self.value is not None:
            text += f"; found {self.value!r}"
        if self.expected:
            text += f"; expected {self.expected}"
        return text


class UnknownProvinceError(ValueError):
    """A province name that matches no province, or more than one."""

"""Strict reading of raw CSV files: every problem named by file, line, column, value and expectation."""
from __future__ import annotations

import pytest

from dtlib.errors import DataError
from dtlib.rawio import Column, read_table

COLUMNS = [Column("province", nullable=False), Column("score", "float", minimum=0, maximum=1),
           Column("rank", "int", required=False, minimum=1)]


def _read(tmp_path, text: str | bytes):
    path = tmp_path / "table.csv"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return read_table(path, COLUMNS, label="dti/table.csv")


def test_reads_types_and_line_numbers(tmp_path):
    frame = _read(tmp_path, "province,score,rank\nHà Nội,0.61,24\n\nHuế,,\n")
    assert frame["line"].tolist() == [2, 4]
    assert frame["score"].tolist()[0] == 0.61 and frame["rank"].tolist()[0] == 24
    assert frame.attrs["file"] == "dti/table.csv"


@pytest.mark.parametrize(
    "text, line, column, value, expected",
    [
        ("province,score\nHà Nội,\"0,6098\"\n", 2, "score", "0,6098", "0.6098 (decimal commas are not accepted)"),
        ("province,score\nHà Nội,high\n", 2, "score", "high", "a number"),
        ("province,score\nHà Nội,1.2\n", 2, "score", "1.2", "between 0 and 1"),
        ("province,score,rank\nHà Nội,0.5,2.5\n", 2, "rank", "2.5", "a whole number"),
        ("province,score\n,0.5\n", 2, "province", "", "a value"),
    ],
)
def test_bad_cells_are_located(tmp_path, text, line, column, value, expected):
    with pytest.raises(DataError) as caught:
        _read(tmp_path, text)
    error = caught.value
    assert (error.file, error.row, error.column, error.value) == ("dti/table.csv", line, column, value)
    assert expected in error.expected
    assert f"dti/table.csv, line {line}, column '{column}'" in str(error)


def test_missing_required_column(tmp_path):
    with pytest.raises(DataError, match="missing required column 'score'"):
        _read(tmp_path, "province,rank\nHà Nội,1\n")


def test_unexpected_column(tmp_path):
    with pytest.raises(DataError, match="unexpected column 'scor'"):
        _read(tmp_path, "province,score,scor\nHà Nội,0.5,0.5\n")


def test_non_utf8_file_names_the_line(tmp_path):
    with pytest.raises(DataError) as caught:
        _read(tmp_path, "province,score\nHà Nội,0.5\n".encode("utf-8") + "Hu\xe9,0.8\n".encode("latin-1"))
    assert caught.value.row == 3
    assert "UTF-8" in str(caught.value)


def test_ragged_row(tmp_path):
    with pytest.raises(DataError, match="line 2.*3 fields but the header has 2"):
        _read(tmp_path, "province,score\nHà Nội,0,6\n")

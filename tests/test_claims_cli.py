"""``dtlib claims``: text files or standard input in, claims and verdicts out."""
from __future__ import annotations

import io
import json

from dtlib.cli import main

REPORT = "Năm 2022, tỉnh Bắc Ninh xếp thứ 7/63 về chỉ số DTI.\nNgày 18/3/2022 tỉnh ban hành Quyết định số 4310/QĐ-UBND.\n"


def test_table_for_a_file(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert main(["claims", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}: 1 claim(s)" in out
    line = out.splitlines()[-1].split()
    assert line[:2] == ["Bắc", "Ninh"] and "confirmed" in line and line[-2:] == ["thứ", "7/63"]


def test_json_from_stdin_with_a_publication_date(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Bắc Ninh xếp thứ 7/63 về chỉ số DTI."))
    assert main(["claims", "--json", "--published", "2024-10-10", "-"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 1
    record = records[0]
    assert (record["file"], record["province_id"], record["year"], record["year_basis"]) == ("-", "pre2025-27", 2022, "inferred")
    assert (record["verdict"], record["edition"], record["evidence"]) == ("confirmed_other_edition", 2022, "thứ 7/63")


def test_several_files_and_one_without_claims(tmp_path, capsys):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(REPORT, encoding="utf-8")
    second.write_text("Ngày 8/8/2024 ban hành Kế hoạch số 257/KH-UBND.", encoding="utf-8")
    assert main(["claims", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    assert f"{second}: no ranking claims found" in out and f"{first}: 1 claim(s)" in out


def test_errors_name_the_file(tmp_path, capsys):
    assert main(["claims", str(tmp_path / "missing.txt")]) == 1
    assert f"dtlib claims: error: {tmp_path / 'missing.txt'}: file not found" in capsys.readouterr().err
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Bắc Ninh".encode("utf-16"))
    assert main(["claims", str(latin)]) == 1
    assert "not UTF-8 text" in capsys.readouterr().err

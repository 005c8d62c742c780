"""Every kind of bad raw input stops the build with a located error and leaves data/processed untouched."""
from __future__ import annotations

import pytest

from dtlib.sources import rehash

from helpers import edit_raw, run_failing_build


T22 = "dti/dti_2022_transcription.csv"


def test_unknown_province(project_copy, capsys):
    line = edit_raw(project_copy, T22, "2022,Lạng Sơn,", "2022,Lang Sonn,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{T22}, line {line}, column 'province': unknown province; found 'Lang Sonn'" in err
    assert "Lạng Sơn (pre2025-20)" in err  # the close match is offered


def test_duplicate_province_year(project_copy, capsys):
    path = project_copy / "data" / "raw" / T22
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, text in enumerate(lines, start=1) if text.startswith("2022,Bắc Ninh,"))
    path.write_text("".join(lines) + lines[first - 1], encoding="utf-8")
    rehash(project_copy / "data" / "raw")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{T22}, line {len(lines) + 1}, column 'province': duplicate province-year (first given on line {first})" in err


def test_score_outside_unit_interval(project_copy, capsys):
    line = edit_raw(project_copy, T22, "2022,Lạng Sơn,0.6837,", "2022,Lạng Sơn,1.6837,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{T22}, line {line}, column 'score': value out of range; found '1.6837'; expected a value between 0 and 1" in err


def test_published_rank_contradicting_scores(project_copy, capsys):
    # the ministry's DTI 2022 list (a collected page) also gives Thái Nguyên's rank, and a disagreement
    # between sources is caught before the scores are checked: take that row out first
    edit_raw(project_copy, "press/collected_claims.csv",
             "dtigov-ranking-dti2022-08,dtigov-ranking-dti2022,Thái Nguyên,pre2025,dti,2022,stated,8,,,,"
             "row of the overall DTI 2022 list\n", "")
    line = edit_raw(project_copy, "dti/dti_2022_official.csv", "2022,Thái Nguyên,8,", "2022,Thái Nguyên,11,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"dti/dti_2022_official.csv, line {line}, column 'rank'" in err
    assert "published rank 11 contradicts the scores (the scores give rank 8); found 11" in err


def test_press_rank_contradicting_partial_scores(project_copy, capsys):
    # Bắc Ninh's 2020 rank is 3 with score 0.4096; claiming rank 1 contradicts Đà Nẵng's 0.4874. A collected
    # report also gives the rank 3, and a disagreement between sources is caught first: take that row out
    edit_raw(project_copy, "press/collected_claims.csv",
             "sttttbacninh-dti2020-03,sttttbacninh-dti2020,Bắc Ninh,pre2025,dti,2020,stated,3,,,,"
             "\"'thứ ba', same sentence, DTI 2020\"\n", "")
    line = edit_raw(project_copy, "dti/dti_press.csv", "2020,Bắc Ninh,rank,3,", "2020,Bắc Ninh,rank,1,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"dti/dti_press.csv, line {line}, column 'rank'" in err and "units have a higher score" in err


def test_collected_claim_contradicting_another_source(project_copy, capsys):
    # Yên Bái's DTI 2021 rank is 27 in the provincial portal's report (dti/dti_press.csv)
    line = edit_raw(project_copy, "press/collected_claims.csv", "Yên Bái,pre2025,dti,2021,stated,27,",
                    "Yên Bái,pre2025,dti,2021,stated,28,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"press/collected_claims.csv, line {line}, column 'rank': 2021 pre2025-15 rank: sources disagree" in err


def test_claim_in_an_unknown_era(project_copy, capsys):
    line = edit_raw(project_copy, "press/collected_claims.csv", "TP Huế,post2025,", "TP Huế,post2026,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"press/collected_claims.csv, line {line}, column 'era': value not allowed; found 'post2026'" in err


def test_missing_required_column(project_copy, capsys):
    edit_raw(project_copy, T22, "year,province,score,", "year,place,score,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{T22}, line 1: unexpected column 'place'" in err


def test_missing_required_column_alone(project_copy, capsys):
    path = project_copy / "data" / "raw" / "dti" / "dti_editions.csv"
    rows = [line.split(",", 1)[1] for line in path.read_text(encoding="utf-8").splitlines()]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")  # drop the 'year' column
    rehash(project_copy / "data" / "raw")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert "dti/dti_editions.csv, line 1: missing required column 'year'" in err


def test_non_numeric_score(project_copy, capsys):
    line = edit_raw(project_copy, T22, "2022,Lạng Sơn,0.6837,", "2022,Lạng Sơn,n/a,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{T22}, line {line}, column 'score': bad value; found 'n/a'; expected a number" in err


def test_decimal_comma(project_copy, capsys):
    line = edit_raw(project_copy, T22, "2022,Lạng Sơn,0.6837,", '2022,Lạng Sơn,"0,6837",')
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{T22}, line {line}, column 'score': bad value; found '0,6837'" in err
    assert "expected a decimal point, e.g. 0.6837" in err


def test_non_utf8_encoding(project_copy, capsys):
    line = edit_raw(project_copy, T22, "Lạng Sơn".encode(), "L\xe0ng S\xf4n".encode("latin-1"))
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{T22}, line {line}: file is not valid UTF-8 text" in err and "expected UTF-8 encoding" in err


def test_sha256_mismatch(project_copy, capsys):
    edit_raw(project_copy, T22, "2022,Lạng Sơn,0.6837,", "2022,Lạng Sơn,0.6838,", keep_hash=True)
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"catalog.csv, line" in err and f"sha256 of {T22} does not match the catalog" in err
    assert "dtlib sources --rehash" in err


def test_sources_disagreeing_on_a_value(project_copy, capsys):
    # The official page and the transcription both give Đà Nẵng's 2022 score; make them differ.
    line = edit_raw(project_copy, T22, "2022,TP. Đà Nẵng,0.8002,", "2022,TP. Đà Nẵng,0.8102,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert "sources disagree" in err and "dti/dti_2022_official.csv line" in err
    assert f"{T22}, line {line}, column 'score'" in err


def test_unlisted_raw_file(project_copy, capsys):
    (project_copy / "data" / "raw" / "dti" / "stray.csv").write_text("year\n2020\n", encoding="utf-8")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert "raw file 'dti/stray.csv' is not in the catalog" in err


@pytest.mark.parametrize("citation", ["no-such-source", ""])
def test_unknown_citation(project_copy, capsys, citation):
    line = edit_raw(project_copy, "dti/dti_press.csv", ",stttt-lang-son-xep-hang,", f",{citation},")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"dti/dti_press.csv, line {line}, column 'citation_ids'" in err

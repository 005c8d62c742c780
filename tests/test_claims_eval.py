"""The evaluation script counts right, missed and spurious claims per report."""
from __future__ import annotations

import importlib.util

import pytest

from dtlib import paths

SCRIPT = paths.PACKAGE_DIR.parent / "evaluation" / "claims_eval.py"


def load_script():
    spec = importlib.util.spec_from_file_location("claims_eval", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_precision_and_recall_per_split(tmp_path, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("Năm 2022, tỉnh Bắc Ninh xếp thứ 7/63 về chỉ số DTI. Bộ Tài chính xếp thứ nhất.",
                                 encoding="utf-8")
    (texts / "b.txt").write_text("Năm 2021, Hà Nam xếp thứ 30/63 về chỉ số PCI. Năm 2021, Nam Định đứng thứ 5 về PAPI.",
                                 encoding="utf-8")
    articles = tmp_path / "articles.csv"
    articles.write_text("article_id,citation_id,url,publisher,published_date,split\n"
                        "a,cite-a,https://example.org/a,Example,2023-08-01,dev\n"
                        "b,cite-b,https://example.org/b,Example,2022,heldout\n"
                        "c,,https://example.org/c,Example,2022,heldout\n", encoding="utf-8")
    (texts / "c.txt").write_text("Kế hoạch số 257/KH-UBND ngày 08/8/2024 đạt 8/14 mục tiêu.", encoding="utf-8")
    gold = tmp_path / "claims.csv"
    gold.write_text("claim_id,citation_id,province,era,index_code,year,year_basis,rank,out_of,rank_change,change_vs_year,note\n"
                    "a-1,cite-a,tỉnh Bắc Ninh,pre2025,dti,2022,stated,7,63,,,\n"
                    "b-1,cite-b,Hà Nam,,pci,2021,stated,30,63,,,\n"
                    "b-2,cite-b,Hà Nam,,papi,2021,stated,12,,,,a claim the text does not make: counted as missed\n",
                    encoding="utf-8")
    module = load_script()
    assert module.main([str(texts), "--claims", str(gold), "--articles", str(articles), "--errors"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "    missed   ('pre2025-35', 'papi', 2021, 12)" in out
    assert "    spurious ('pre2025-36', 'papi', 2021, 5)" in out
    # split reports gold found right precision recall
    assert out[-3].split() == ["dev", "1", "1", "1", "1", "1.000", "1.000"]
    assert out[-2].split() == ["heldout", "2", "2", "2", "1", "0.500", "0.500"]
    assert out[-1].split() == ["all", "3", "3", "3", "2", "0.667", "0.667"]


def test_undated_gold_claim_matches_only_an_undated_extraction(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Tỉnh Bắc Ninh xếp thứ 7/63 về chỉ số DTI.", encoding="utf-8")
    articles = tmp_path / "articles.csv"
    articles.write_text("article_id,citation_id,url,publisher,published_date,split\n"
                        "a,cite-a,https://example.org/a,Example,2023-08-01,dev\n", encoding="utf-8")
    gold = tmp_path / "claims.csv"
    gold.write_text("claim_id,citation_id,province,index_code,year,year_basis,rank,out_of,rank_change,change_vs_year,note\n"
                    "a-1,cite-a,Bắc Ninh,dti,,not_stated,7,63,,,\n", encoding="utf-8")
    # the extractor infers 2022 from the date; the text states no year, so the claim is right
    assert load_script().main([str(tmp_path), "--claims", str(gold), "--articles", str(articles)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].split() == ["dev", "1", "1", "1", "1", "1.000", "1.000"]


def test_claim_of_an_unlisted_report_is_an_error(tmp_path):
    articles = tmp_path / "articles.csv"
    articles.write_text("article_id,citation_id,url,publisher,published_date,split\n", encoding="utf-8")
    gold = tmp_path / "claims.csv"
    gold.write_text("claim_id,citation_id,province,index_code,year,year_basis,rank\n"
                    "x-1,cite-x,Bắc Ninh,dti,2022,stated,7\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="line 2, column 'citation_id': 'cite-x'"):
        load_script().main([str(tmp_path), "--claims", str(gold), "--articles", str(articles)])


def test_missing_text_is_reported(tmp_path, capsys):
    articles = tmp_path / "articles.csv"
    articles.write_text("article_id,citation_id,url,publisher,published_date,split\nz,,https://example.org/z,Example,,dev\n",
                        encoding="utf-8")
    gold = tmp_path / "claims.csv"
    gold.write_text("claim_id,citation_id,province,index_code,year,year_basis,rank\n", encoding="utf-8")
    assert load_script().main([str(tmp_path), "--claims", str(gold), "--articles", str(articles)]) == 2
    assert "retrieve it from https://example.org/z" in capsys.readouterr().err


def test_the_project_gold_is_the_collected_claims_data():
    import csv

    import dtlib

    module = load_script()
    with (SCRIPT.parent / "claims_articles.csv").open(encoding="utf-8", newline="") as handle:
        articles = list(csv.DictReader(handle))
    gold = module.gold_claims(module.CLAIMS, articles)  # every claim cites a listed report
    cited = {a["citation_id"] for a in articles if a["citation_id"]}
    assert cited <= set(dtlib.load("citations")["citation_id"])
    collected = dtlib.load("press_claims")
    collected = collected[collected["citation_id"].isin(cited)]
    assert sum(len(claims) for claims in gold.values()) == len(collected)  # no claim listed twice

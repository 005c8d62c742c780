"""The evaluation script counts right, missed and spurious claims per report."""
from __future__ import annotations

import importlib.util

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
    articles.write_text("article_id,url,publisher,published_date,split\n"
                        "a,https://example.org/a,Example,2023-08-01,dev\n"
                        "b,https://example.org/b,Example,2022,heldout\n", encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text("article_id,province,era,index_code,year,rank,note\n"
                    "a,Bắc Ninh,pre2025,dti,2022,7,\n"
                    "b,Hà Nam,pre2025,pci,2021,30,\n"
                    "b,Hà Nam,pre2025,papi,2021,12,a claim the text does not make: counted as missed\n", encoding="utf-8")
    module = load_script()
    assert module.main([str(texts), str(gold), "--articles", str(articles), "--errors"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "    missed   ('pre2025-35', 'papi', 2021, 12)" in out
    assert "    spurious ('pre2025-36', 'papi', 2021, 5)" in out
    # split reports gold found right precision recall
    assert out[-3].split() == ["dev", "1", "1", "1", "1", "1.000", "1.000"]
    assert out[-2].split() == ["heldout", "1", "2", "2", "1", "0.500", "0.500"]
    assert out[-1].split() == ["all", "2", "3", "3", "2", "0.667", "0.667"]


def test_missing_text_is_reported(tmp_path, capsys):
    articles = tmp_path / "articles.csv"
    articles.write_text("article_id,url,publisher,published_date,split\nz,https://example.org/z,Example,,dev\n",
                        encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text("article_id,province,era,index_code,year,rank,note\n", encoding="utf-8")
    assert load_script().main([str(tmp_path), str(gold), "--articles", str(articles)]) == 2
    assert "retrieve it from https://example.org/z" in capsys.readouterr().err

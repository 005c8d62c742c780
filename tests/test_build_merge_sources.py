"""How values of one DTI rank from several sources become one (dtlib.build.dti.merge_sources)."""
from __future__ import annotations

import pandas as pd
import pytest

from dtlib.build.dti import merge_sources
from dtlib.errors import DataError

CITATIONS = pd.DataFrame({"citation_id": ["ministry", "portal", "paper", "paper2"],
                          "how_read": ["official", "press", "press", "press"]})


def values(*rows: tuple[str, float]) -> pd.DataFrame:
    return pd.DataFrame([{"year": 2022, "province_id": "pre2025-79", "measure": "rank", "value": value,
                          "citation_ids": cid, "file": f"{cid}.csv", "line": 2} for cid, value in rows])


def test_agreeing_sources_are_cited_together_official_first():
    merged = merge_sources(values(("paper", 2), ("ministry", 2)), CITATIONS)
    assert merged[["value", "citation_ids", "provenance"]].values.tolist() == [[2, "ministry;paper", "official"]]


def test_a_press_report_contradicting_the_ministry_is_left_out():
    merged = merge_sources(values(("ministry", 2), ("paper", 3), ("portal", 2)), CITATIONS)
    assert merged[["value", "citation_ids"]].values.tolist() == [[2, "ministry;portal"]]


def test_two_press_reports_that_disagree_stop_the_build():
    with pytest.raises(DataError, match="sources disagree"):
        merge_sources(values(("paper", 2), ("paper2", 3)), CITATIONS)

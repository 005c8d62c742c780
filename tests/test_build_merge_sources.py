"""How values of one DTI rank from several sources become one (dtlib.build.dti.merge_sources) and how
press ranks are checked against the scores (leave_out_press_ranks_contradicting_scores, check_and_derive_ranks)."""
from __future__ import annotations

import pandas as pd
import pytest

from dtlib.build.dti import check_and_derive_ranks, leave_out_press_ranks_contradicting_scores, merge_sources
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


def scored(provenance: str, *ranks: tuple[str, int]) -> pd.DataFrame:
    """Scores of three units from one kind of source (citation "ministry" or "paper"), plus press ranks."""
    source = "ministry" if provenance == "official" else "paper"
    rows = [{"province_id": pid, "measure": "score", "value": score, "citation_ids": source}
            for pid, score in (("a", 0.9), ("b", 0.8), ("c", 0.7))]
    rows += [{"province_id": pid, "measure": "rank", "value": rank, "citation_ids": "paper2"} for pid, rank in ranks]
    return pd.DataFrame([{"year": 2023, "file": "x.csv", "line": 2, **row} for row in rows])


def test_a_press_rank_contradicting_official_scores_is_left_out_and_the_rank_derived():
    values = leave_out_press_ranks_contradicting_scores(scored("official", ("a", 1), ("c", 1)), CITATIONS, n_units=3)
    assert values[values["measure"] == "rank"][["province_id", "value"]].values.tolist() == [["a", 1]]
    checked = check_and_derive_ranks(merge_sources(values, CITATIONS), n_units=3)
    ranks = checked[checked["measure"] == "rank"].sort_values("province_id")
    assert ranks[["province_id", "value", "provenance"]].values.tolist() == [
        ["a", 1, "press"], ["b", 2, "derived"], ["c", 3, "derived"]]


def test_a_press_rank_contradicting_press_scores_stops_the_build():
    values = leave_out_press_ranks_contradicting_scores(scored("press", ("c", 1)), CITATIONS, n_units=3)
    with pytest.raises(DataError, match="published rank 1 contradicts the scores"):
        check_and_derive_ranks(merge_sources(values, CITATIONS), n_units=3)

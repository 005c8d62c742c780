"""The evidence statement and the scoping helpers, on the hand-made tables of ``pilot_frames`` with
counts worked out by hand."""
from __future__ import annotations

import math

import pandas as pd

from dtlib.pilots.evidence import evidence_statement
from dtlib.pilots.select import before_after, indicator_comparisons, select_programmes, units_by_province
from pilot_frames import COMMUNES, INDICATORS, P1, P2, PROGRAMMES


def test_statement_for_all_pilots():
    got = evidence_statement(COMMUNES, INDICATORS, PROGRAMMES).as_dict()
    assert got == {
        "n_units": 4, "n_communes": 2, "n_villages": 1, "n_districts": 1, "n_provinces": 2, "n_programmes": 5,
        "n_units_with_outcomes": 3, "n_outcome_figures": 5, "n_threshold_figures": 1, "n_approximate_figures": 0,
        "n_relative_figures": 1, "n_self_reported_figures": 2, "n_unattributed_figures": 3, "n_targets": 1,
        "n_units_with_baseline": 1, "n_units_with_derived_baseline": 1, "n_units_with_comparison": 1,
        "n_units_with_control": 1, "n_units_advanced_at_selection": 1, "n_units_disadvantaged_at_selection": 1,
        "n_units_selection_not_stated": 2, "n_units_chosen_again": 1, "n_units_stated_not_named": 18,
    }


def test_statement_for_a_province():
    got = evidence_statement(COMMUNES, INDICATORS, PROGRAMMES, province_id=P1)
    assert (got.n_units, got.n_communes, got.n_villages, got.n_districts, got.n_provinces) == (2, 1, 1, 0, 1)
    assert got.n_programmes == 4  # A, B and V have units in P1; E is P1's own programme
    assert (got.n_outcome_figures, got.n_threshold_figures, got.n_self_reported_figures) == (3, 1, 1)
    assert (got.n_units_with_baseline, got.n_units_with_comparison, got.n_units_with_control) == (1, 1, 0)
    assert (got.n_units_chosen_again, got.n_units_stated_not_named) == (1, 3 + 2 + 13)


def test_statement_for_a_programme():
    got = evidence_statement(COMMUNES, INDICATORS, PROGRAMMES, programme_id="A")
    assert (got.n_units, got.n_provinces, got.n_programmes, got.n_outcome_figures, got.n_targets) == (2, 2, 1, 4, 1)
    assert (got.n_units_advanced_at_selection, got.n_units_disadvantaged_at_selection) == (1, 1)
    assert got.n_units_chosen_again == 0  # within programme A alone, nobody is chosen twice
    assert got.n_units_stated_not_named == 3


def test_statement_as_a_frame():
    frame = evidence_statement(COMMUNES, INDICATORS, PROGRAMMES).as_frame()
    assert list(frame.columns) == ["measure", "value"]
    assert frame.set_index("measure").loc["n_units", "value"] == 4


def test_programmes_in_scope():
    assert list(select_programmes(PROGRAMMES, COMMUNES)["programme_id"]) == ["A", "B", "V", "D", "E"]
    assert list(select_programmes(PROGRAMMES, COMMUNES, province_id=P2)["programme_id"]) == ["A", "D"]
    assert list(select_programmes(PROGRAMMES, COMMUNES, province_id=P2, programme_id="D")["programme_id"]) == ["D"]


def test_units_by_province():
    table = units_by_province(COMMUNES)
    assert table.to_dict("records") == [
        {"province_id": P1, "n_units": 2, "n_communes": 1, "n_villages": 1, "n_districts": 0},
        {"province_id": P2, "n_units": 2, "n_communes": 1, "n_villages": 0, "n_districts": 1},
    ]
    assert units_by_province(COMMUNES, programme_id="B")["n_units"].tolist() == [1]


def test_comparisons_measure_the_same_thing():
    table = indicator_comparisons(INDICATORS, COMMUNES, province_id=P1)
    # c1 (district income, same province) is kept; c2 counts adults, not residents; c3 households, not villages.
    assert sorted(table["fact_id"]) == ["c1", "f1", "f2", "f3"]
    rows = table.set_index("fact_id")
    assert (rows.loc["f1", "label"], rows.loc["f1", "lower"], rows.loc["f1", "upper"]) == (">70%", 70, math.inf)
    assert rows.loc["f1", "is_threshold"] and not rows.loc["c1", "is_threshold"]
    assert (rows.loc["f3", "label"], rows.loc["f3", "shown_value"]) == ("10/10", 100)
    assert (rows.loc["c1", "label"], rows.loc["c1", "lower"], rows.loc["c1", "upper"]) == ("51", 51, 51)


def test_targets_and_context_are_chosen_by_kind():
    p2 = indicator_comparisons(INDICATORS, COMMUNES, province_id=P2)
    assert sorted(p2["fact_id"]) == ["c4", "f4", "f5", "f6"]  # c4: same measure as f4, same province
    assert sorted(indicator_comparisons(INDICATORS, COMMUNES, province_id=P2, kinds=("context",))["fact_id"]) == ["f7"]


def test_before_after():
    table = before_after(INDICATORS, COMMUNES)
    assert table[["fact_id", "baseline_value", "value", "baseline_basis"]].to_dict("records") == [
        {"fact_id": "f2", "baseline_value": 48.12, "value": 71.8, "baseline_basis": "stated"},
        {"fact_id": "f4", "baseline_value": 90.0, "value": 100.0, "baseline_basis": "derived"},
    ]
    assert before_after(INDICATORS, COMMUNES, province_id=P2)["fact_id"].tolist() == ["f4"]


def test_statement_in_words():
    text = evidence_statement(COMMUNES, INDICATORS, PROGRAMMES).text()
    assert text.startswith("4 pilot units (2 communes, 1 village, 1 district-wide programme) in 2 provinces, "
                           "from 5 programmes.")
    assert "3 units report outcome figures, 5 in all: 1 is a threshold (such as 'over 90%'), 0 approximate and " \
           "1 only relative to an unstated earlier level; 2 come from local officials and 3 do not say who gave them." \
           in text
    assert "A stated baseline exists for 1 unit, and one worked out from a stated change for 1 more" in text
    assert "A comparable non-pilot village or commune exists for 1 unit." in text
    assert "1 unit was already ahead and 1 disadvantaged; for 2 the sources say nothing. 1 unit was chosen again" \
           in text
    assert "1 target reported next to the outcomes is a goal, not a result." in text
    assert text.endswith("The sources give these programmes 18 more units than they name.")
    assert "No unit has a control group." in evidence_statement(COMMUNES, INDICATORS, PROGRAMMES,
                                                                province_id=P1).text()


def test_registry_view_names_places_and_programmes():
    communes = COMMUNES.assign(unit_name=["U1", "U1", "V2 (C)", "U3", "D4"], district=["d1", "d1", "d1", "d2", "d4"],
                               commune_2025=["N1", "N1", "N1", None, None], pilot_status="designated",
                               successor_id=["post2025-01", "post2025-01", "post2025-01", "post2025-01",
                                             "post2025-01"], citation_ids="s")
    provinces = pd.DataFrame({"province_id": [P1, P2, "post2025-01"], "name_vi": ["Một", "Hai", "Mới"]})
    programmes = PROGRAMMES.assign(name_en=["Prog A", "Prog B", "Villages", "District D", "Extension E"])
    from dtlib.pilots.select import registry_view

    view = registry_view(communes, programmes, provinces, province_id=P2)
    assert view[["unit_name", "province", "province_2025", "programme"]].to_dict("records") == [
        {"unit_name": "U3", "province": "Hai", "province_2025": "Mới", "programme": "Prog A"},
        {"unit_name": "D4", "province": "Hai", "province_2025": "Mới", "programme": "District D"},
    ]


def test_statement_for_a_scope_without_units():
    nowhere = evidence_statement(COMMUNES, INDICATORS, PROGRAMMES, province_id="pre2025-99")
    assert (nowhere.n_units, nowhere.n_outcome_figures, nowhere.n_programmes) == (0, 0, 0)
    assert nowhere.text() == "The registry holds no pilot unit in this scope."
    only_programme = PROGRAMMES.assign(province_id=[None, None, None, P2, "pre2025-99"])
    text = evidence_statement(COMMUNES, INDICATORS, only_programme, province_id="pre2025-99").text()
    assert text == ("The registry holds no pilot unit in this scope. The sources give its programmes 13 units "
                    "they do not name.")


def test_a_scope_of_several_provinces_is_their_union():
    both = evidence_statement(COMMUNES, INDICATORS, PROGRAMMES, province_id=[P1, P2]).as_dict()
    # every unit is in P1 or P2; E (P1's own, no unit named) and D (P2's) count as programmes in scope
    assert both == evidence_statement(COMMUNES, INDICATORS, PROGRAMMES).as_dict()
    assert list(select_programmes(PROGRAMMES, COMMUNES, province_id=(P2, "pre2025-99"))["programme_id"]) == ["A", "D"]
    assert sorted(indicator_comparisons(INDICATORS, COMMUNES, province_id=[P2])["fact_id"]) == ["c4", "f4", "f5", "f6"]
    assert before_after(INDICATORS, COMMUNES, province_id=["pre2025-99"]).empty

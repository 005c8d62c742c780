"""The profile's pilot section and the unmatched comparison figures, on the hand-made tables of
``pilot_frames`` with results worked out by hand."""
from __future__ import annotations

import pandas as pd

from dtlib.pilots.select import unmatched_comparisons
from dtlib.pilots.summary import key_figures, pilot_summary
from pilot_frames import COMMUNES, INDICATORS, P1, P2, PROGRAMMES

NOWHERE = "pre2025-99"
PROVINCES = pd.DataFrame({"province_id": [P1, P2, NOWHERE, "post2025-01"], "name_vi": ["Một", "Hai", "Không", "Mới"]})
REGISTRY = COMMUNES.assign(unit_name=["U1", "U1", "V2 (C)", "U3", "D4"], district="d", commune_2025=None,
                           pilot_status="designated", successor_id="post2025-01", citation_ids="s")
NAMED = PROGRAMMES.assign(name_en=["Prog A", "Prog B", "Villages", "District D", "Extension E"], sponsor="s",
                          start_date=["2020", "2023", None, "2022", None])


def test_key_figures_prefer_comparisons_then_baselines_then_shares():
    # P1 outcomes: f2 (income, baseline and a district comparison), f3 (share of villages, 2023),
    # f1 (share of residents, 2020). Two are kept: f2 first, then the latest share f3; shown in taxonomy order.
    table = key_figures(INDICATORS, COMMUNES, P1, n=2)
    assert table[["area_name", "indicator", "figure", "baseline", "comparison"]].to_dict("records") == [
        {"area_name": "U2", "indicator": "Internet access or use", "figure": "10/10", "baseline": "",
         "comparison": ""},
        {"area_name": "U1", "indicator": "Income per person", "figure": "71.8", "baseline": "48.12 (2020)",
         "comparison": "D1 (district): 51 (2020)"},
    ]
    assert key_figures(INDICATORS, COMMUNES, P1)["figure"].tolist() == ["10/10", ">70%", "71.8"]


def test_key_figures_keep_the_qualifier_of_a_baseline_and_leave_out_targets():
    # P2: f4 (derived baseline about 90%) before f6 (a multiple); f5 is a target, f7 context
    table = key_figures(INDICATORS, COMMUNES, P2)
    assert table[["indicator", "figure", "of", "baseline"]].to_dict("records") == [
        {"indicator": "3G/4G/5G mobile coverage", "figure": "100%", "of": "villages (thôn, xóm)",
         "baseline": "~90% (2022)"},
        {"indicator": "Sales after listing on e-commerce, relative to before", "figure": "5x",
         "of": "multiple of the earlier level (a relative claim with an unstated base)", "baseline": ""},
    ]


def test_summary_of_a_province_with_pilots():
    summary = pilot_summary(REGISTRY, INDICATORS, NAMED, PROVINCES, P1)
    assert summary.has_units and summary.province_ids == (P1,)
    assert summary.programmes[["programme", "n_units_here"]].values.tolist() == [
        ["Prog A", 1], ["Prog B", 1], ["Villages", 1], ["Extension E", 0]]
    text = summary.text("Một")
    assert text.startswith("Named by the project's sources in Một: U1, V2 (C). 2 pilot units (1 commune, 1 village")


def test_summary_of_a_post2025_unit_covers_its_provinces():
    summary = pilot_summary(REGISTRY, INDICATORS, NAMED, PROVINCES, [P1, P2])
    assert sorted(set(summary.units["unit_name"])) == ["D4", "U1", "U3", "V2 (C)"]
    assert summary.evidence.n_provinces == 2


def test_summary_says_plainly_when_no_unit_is_named():
    summary = pilot_summary(REGISTRY, INDICATORS, NAMED, PROVINCES, NOWHERE)
    assert not summary.has_units and summary.key_figures.empty
    assert summary.text("Không") == (
        "The project's sources name no pilot commune, village or district in Không. The sources do not name every "
        "unit of the programmes run in several provinces (Prog A: 2 of up to 5 named; Prog B: 1 of up to 3 named), "
        "so a pilot here cannot be ruled out.")
    own = NAMED.assign(province_id=[None, None, None, P2, NOWHERE])
    assert "They give 1 programme(s) of Không without naming its units: Extension E." in \
        pilot_summary(REGISTRY, INDICATORS, own, PROVINCES, NOWHERE).text("Không")


def test_unmatched_comparisons_are_the_other_figures_of_the_place_and_the_nation():
    # P1: c1 is compared (district income); c2 counts adults, which no P1 pilot figure does
    assert unmatched_comparisons(INDICATORS, COMMUNES, province_id=P1)["fact_id"].tolist() == ["c2"]
    # P2: c4 is compared with f4; c3 (households online) and c2 are not
    assert unmatched_comparisons(INDICATORS, COMMUNES, province_id=P2)["fact_id"].tolist() == ["c3", "c2"]
    assert unmatched_comparisons(INDICATORS, COMMUNES, province_id=NOWHERE)["fact_id"].tolist() == ["c2"]


def test_changes_in_words():
    from dtlib.pilots.select import before_after
    from dtlib.pilots.summary import describe_changes

    income, coverage = describe_changes(before_after(INDICATORS, COMMUNES), INDICATORS)
    # f2: 48.12 -> 71.8 is +23.68, +49% (71.8 / 48.12 = 1.492); one comparison date (c1, 2020)
    assert income == ("U1 – Income per person (million VND per person per year): 48.12 in 2020, 71.8 in 2023, a change "
                      "of +23.68 (+49%). Measured the same way around it: D1 (district): 51 (2020). With one date only, "
                      "the change around it is unknown, so the pilot's change cannot be set against it.")
    # f4: the baseline is about 90% and derived; c4 is a non-pilot commune in the same province
    assert coverage.startswith("U3 – 3G/4G/5G mobile coverage (% of villages (thôn, xóm)): ~90% in 2022, 100% in 2023 "
                               "(not both exact, so the size of the change is not known); the earlier value is worked "
                               "out from a stated change. Measured the same way around it: Non-pilot commune "
                               "(commune): 95% (2023).")


def test_a_summary_for_one_programme():
    summary = pilot_summary(REGISTRY, INDICATORS, NAMED, PROVINCES, None, programme_id="A")
    assert sorted(summary.units["unit_name"]) == ["U1", "U3"]
    assert summary.programmes["programme"].tolist() == ["Prog A"]
    assert summary.unnamed_elsewhere["programme"].tolist() == ["Prog A"]  # 2 named of up to 5
    nothing = pilot_summary(REGISTRY, INDICATORS, NAMED, PROVINCES, NOWHERE, programme_id="B")
    assert nothing.text("Không").startswith("The project's sources name no unit of Prog B in Không. The sources do not "
                                            "name every unit of the programmes run in several provinces (Prog B: 1 "
                                            "of up to 3 named)")

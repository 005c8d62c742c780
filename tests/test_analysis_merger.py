"""Merger analyses on small hand-made frames, expected values worked out by hand.

Registry: units X = {A, B}, Y = {C}, Z = {D, E, F}. DTI 2024 scores (rank among the six):
D 0.9 (1), A 0.8 (2), C 0.75 (3), B 0.6 and F 0.6 (4, tied), E 0.3 (6).
Units by the mean: X 0.7 (2), Y 0.75 (1), Z 0.6 (3).
"""
from __future__ import annotations

import pandas as pd
import pytest

from dtlib.analysis.merger import (constituent_ranks, describe_unit, grouping_effect, layout_spread,
                                   method_sensitivity, sensitivity_summary, unit_coverage, unit_series,
                                   unit_standing)
from frames import dti_frame
from tiny_units import A, B, C, D, E, F, X, Y, Z, tiny_registry


@pytest.fixture
def registry() -> pd.DataFrame:
    return tiny_registry()


@pytest.fixture
def dti() -> pd.DataFrame:
    scores = {A: 0.8, B: 0.6, C: 0.75, D: 0.9, E: 0.3, F: 0.6}
    ranks = {A: 2, B: 4, C: 3, D: 1, E: 6, F: 4}
    return dti_frame([{"year": 2024, "province_id": p, "score": s, "rank": ranks[p]} for p, s in scores.items()])


def _units(method: str, values: dict[str, float], ranks: dict[str, int]) -> pd.DataFrame:
    n = {X: 2, Y: 1, Z: 3}
    return pd.DataFrame([{"year": 2024, "method": method, "province_id": u, "name_vi": f"unit {u}",
                          "measure": "score", "value": v,
                          "n_constituents": n[u], "n_with_data": n[u], "is_complete": True, "rank": ranks[u]}
                         for u, v in values.items()]).astype({"rank": "Int64"})


@pytest.fixture
def dti34() -> pd.DataFrame:
    mean = _units("mean", {X: 0.7, Y: 0.75, Z: 0.6}, {X: 2, Y: 1, Z: 3})
    weighted = _units("population_weighted", {X: 0.65, Y: 0.75, Z: 0.7}, {X: 3, Y: 1, Z: 2})
    return pd.concat([mean, weighted], ignore_index=True)


def test_constituent_ranks_of_merged_units(dti, dti34, registry):
    table = constituent_ranks(dti, dti34, registry, 2024).set_index("province_id")
    assert list(table.index) == [A, B, D, F, E]  # X (rank 2) then Z (rank 3); best constituent first
    assert table.loc[A, ["unit_id", "unit_name_vi", "unit_rank", "name_vi", "former_rank"]].tolist() == [
        X, f"unit {X}", 2, A, 2]
    assert table.loc[A, "pull"] == pytest.approx(0.1)   # 0.8 - 0.7: A pulled X up
    assert table.loc[B, "pull"] == pytest.approx(-0.1)  # 0.6 - 0.7: B pulled it down
    assert table.loc[E, "pull"] == pytest.approx(-0.3)  # 0.3 - 0.6
    # Alone among the other units: A (0.8) beats Y 0.75 and Z 0.6 -> 1; B (0.6) is below Y only -> 2
    # (a tie with Z does not count against it); E (0.3) is below X and Y -> 3.
    assert table.loc[[A, B, E], "rank_alone"].tolist() == [1, 2, 3]


def test_constituent_ranks_can_include_unchanged_units(dti, dti34, registry):
    table = constituent_ranks(dti, dti34, registry, 2024, merged_only=False)
    assert table.loc[table["province_id"] == C, ["unit_id", "pull", "rank_alone"]].values.tolist() == [[Y, 0.0, 1]]


def test_constituent_ranks_under_another_method(dti, dti34, registry):
    table = constituent_ranks(dti, dti34, registry, 2024, method="population_weighted").set_index("province_id")
    assert table.loc[A, "unit_rank"] == 3 and table.loc[A, "pull"] == pytest.approx(0.15)  # 0.8 - 0.65


def test_former_ranks_of_a_main_index_are_derived_from_complete_scores(dti, registry):
    # Infrastructure scores of all six provinces, no published rank: ranks come from the scores,
    # D 0.9 (1), A 0.8 (2), C 0.75 (3), B and F 0.6 (4, tied), E 0.3 (6); X is the mean of A and B.
    infra = dti.assign(infrastructure_score=dti["score"])
    units = _units("mean", {X: 0.7, Y: 0.75, Z: 0.6}, {X: 2, Y: 1, Z: 3}).assign(measure="infrastructure_score")
    table = constituent_ranks(infra, units, registry, 2024, measure="infrastructure").set_index("province_id")
    assert table["former_rank"].to_dict() == {A: 2, B: 4, D: 1, F: 4, E: 6}
    # with one score missing no rank can be known
    gap = infra.assign(infrastructure_score=infra["infrastructure_score"].where(infra["province_id"] != C))
    assert constituent_ranks(gap, units, registry, 2024, measure="infrastructure")["former_rank"].isna().all()


def test_unranked_edition_has_no_rank_alone(dti, dti34, registry):
    unranked = dti34.assign(rank=pd.array([pd.NA] * len(dti34), dtype="Int64"))
    assert constituent_ranks(dti, unranked, registry, 2024)["rank_alone"].isna().all()


def test_unknown_edition_or_method(dti, dti34, registry):
    with pytest.raises(ValueError, match="dti_34 has no score for 2023 by method 'mean'"):
        constituent_ranks(dti, dti34, registry, 2023)


def test_describe_unit_in_words(dti, dti34, registry):
    table = constituent_ranks(dti, dti34, registry, 2024, merged_only=False)
    assert describe_unit(table[table["unit_id"] == X], n_units=3, n_provinces=6) == (
        f"unit {X} ranks 2 of 3 with a DTI of 0.7000; formed from {A} (0.8000, 2 of 6, alone 1 of 3) and "
        f"{B} (0.6000, 4 of 6, alone 2 of 3). {A} pulled it up most (+0.1000), {B} pulled it down most (-0.1000).")
    assert describe_unit(table[table["unit_id"] == Y], n_units=3, n_provinces=6) == (
        f"unit {Y} ranks 1 of 3 with a DTI of 0.7500; it kept the territory of the former province "
        f"{C} (0.7500, 3 of 6, alone 1 of 3).")
    # Without D's score Z has no DTI (and, as then in dti_34, the units are not ranked).
    partial = table[table["unit_id"] == Z].assign(is_complete=False, unit_rank=pd.NA, rank_alone=pd.NA,
                                                  value=lambda t: t["value"].where(t["province_id"] != D))
    assert describe_unit(partial, n_units=3, n_provinces=6) == (
        f"unit {Z} has no DTI in this edition: 2 of its 3 former provinces have a score; formed from "
        f"{D} (no score, 1 of 6), {F} (0.6000, 4 of 6) and {E} (0.3000, 6 of 6).")


def test_unit_standing_next_to_the_former_ranks(dti, dti34, registry):
    table = unit_standing(dti, dti34, registry, Z)
    assert table.columns.tolist() == ["year", "score", "rank", "n_with_data", "n_constituents", "is_complete", D, E, F]
    assert table.iloc[0].tolist() == [2024, 0.6, 3, 3, 3, True, 1, 6, 4]
    with pytest.raises(ValueError, match="'pre2025-01' is not a unit of dti_34"):
        unit_standing(dti, dti34, registry, A)


def test_layout_spread(dti, dti34):
    spread = layout_spread(dti, dti34).set_index("layout")
    provinces, units = spread.loc["63 provinces"], spread.loc["34 units"]
    # Six values 0.3 0.6 0.6 0.75 0.8 0.9: mean 0.658333, sample sd sqrt(0.2220833/5), quartiles at
    # positions 1.25 and 3.75 -> 0.6 and 0.7875.
    assert provinces["year"] == 2024 and provinces["n"] == 6 and provinces["is_complete"]
    assert provinces["mean"] == pytest.approx(0.658333, abs=1e-6)
    assert provinces["sd"] == pytest.approx(0.210752, abs=1e-6)
    assert provinces["iqr"] == pytest.approx(0.1875)
    # Three units 0.6 0.7 0.75: mean 0.683333, sd sqrt(0.0116667/2), quartiles 0.65 and 0.725.
    assert units["n"] == 3
    assert units["sd"] == pytest.approx(0.076376, abs=1e-6)
    assert units["iqr"] == pytest.approx(0.075)
    assert units["cv"] == pytest.approx(0.076376 / 0.683333, abs=1e-6)


def test_layout_spread_counts_complete_units_only(dti, dti34):
    # Z misses a constituent: its mean of the others is not its DTI, so the units' spread is of X and Y alone.
    partial = dti34.assign(is_complete=dti34["province_id"] != Z)
    units = layout_spread(dti, partial).set_index("layout").loc["34 units"]
    assert units["n"] == 2 and units["n_units"] == 3 and not units["is_complete"]
    assert units["sd"] == pytest.approx(0.035355, abs=1e-6)  # 0.7 and 0.75: sd 0.05 / sqrt(2)


def test_unit_series_and_coverage(dti34):
    partial = dti34.assign(is_complete=dti34["province_id"] != Z, n_with_data=dti34["n_with_data"].where(
        dti34["province_id"] != Z, 2), rank=pd.array([pd.NA] * len(dti34), dtype="Int64"))
    series = unit_series(partial, "dti", "mean").set_index("province_id")
    assert series.loc[Z, "score"] == 0.6 and series.loc[X, "name_vi"] == f"unit {X}"
    assert pd.isna(unit_series(partial, complete_only=True).set_index("province_id").loc[Z, "score"])
    assert unit_coverage(unit_series(dti34))["n_ranked"].tolist() == [3]
    coverage = unit_coverage(unit_series(partial)).iloc[0].to_dict()
    # X (2 of 2), Y (1 of 1), Z (2 of 3): three units with a value, two complete, five of six provinces.
    assert coverage == {"year": 2024, "n_units": 3, "n_with_value": 3, "n_complete": 2, "n_ranked": 0,
                        "n_provinces": 6, "n_provinces_with_data": 5}


def test_method_sensitivity(dti34):
    table = method_sensitivity(dti34, 2024).set_index("province_id")
    assert table.loc[[Y, X, Z], "rank_gain"].tolist() == [0, -1, 1]
    assert table.loc[X, ["name_vi", "base_value", "other_value"]].tolist() == [f"unit {X}", 0.7, 0.65]
    summary = sensitivity_summary(table)
    # Rank pairs (2,3), (1,1), (3,2): d^2 sum 2, Spearman 1 - 6*2 / (3*(9-1)) = 0.5.
    assert summary == {"n_units": 3, "spearman": pytest.approx(0.5), "n_changed": 2, "max_abs_gain": 1}


def _pairs(pairing: list[tuple[float, float]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Eight provinces in four two-province units, with the given values per unit."""
    rows, scores = [], {}
    for u, pair in enumerate(pairing, start=1):
        unit = f"post2025-{u:02d}"
        rows.append({"province_id": unit, "era": "post2025", "successor_id": None})
        for k, value in enumerate(pair):
            pid = f"pre2025-{2 * u + k:02d}"
            rows.append({"province_id": pid, "era": "pre2025", "successor_id": unit})
            scores[pid] = value
    dti = pd.DataFrame({"year": 2024, "province_id": list(scores), "score": list(scores.values())})
    return dti, pd.DataFrame(rows)


def test_grouping_effect_against_random_groups():
    # Pairing alike provinces keeps the spread: unit means 0.15 0.35 0.55 0.75, sd sqrt(0.2/3) = 0.258199;
    # provinces 0.1..0.8 have sd sqrt(0.42/7) = 0.244949. Only this pairing (1 in 105) spreads that wide.
    dti, registry = _pairs([(0.1, 0.2), (0.3, 0.4), (0.5, 0.6), (0.7, 0.8)])
    alike = grouping_effect(dti, registry, 2024)
    assert alike["province_sd"] == pytest.approx(0.244949, abs=1e-6)
    assert alike["unit_sd"] == pytest.approx(0.258199, abs=1e-6)
    assert alike["ratio"] == pytest.approx(0.258199 / 0.244949, abs=1e-6)
    assert alike["share_random_below"] > 0.95
    assert alike["random_ratio_p05"] <= alike["random_ratio_mean"] <= alike["random_ratio_p95"] < alike["ratio"]
    assert grouping_effect(dti, registry, 2024) == alike  # seeded: the same every time
    # Pairing strong with weak gives four equal means (eighths add exactly): no random grouping is narrower.
    dti, registry = _pairs([(0.125, 1.0), (0.25, 0.875), (0.375, 0.75), (0.5, 0.625)])
    opposite = grouping_effect(dti, registry, 2024)
    assert opposite["unit_sd"] == 0 and opposite["share_random_below"] == 0


def test_grouping_effect_needs_every_province(dti, registry):
    with pytest.raises(ValueError, match="score 2024 is missing for 1 provinces"):
        grouping_effect(dti.assign(score=dti["score"].where(dti["province_id"] != A)), registry, 2024)

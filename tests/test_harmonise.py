"""Carrying province values to post-2025 units, on small hand-made frames worked out by hand
(units X = {A, B}, Y = {C}, Z = {D, E, F})."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from dtlib.errors import DataError
from dtlib.harmonise import compare_with_published, population_weights, unit_values
from tiny_units import A, B, C, D, E, F, X, Y, Z, tiny_registry

NAN = float("nan")


@pytest.fixture
def registry() -> pd.DataFrame:
    return tiny_registry()


def _dti(year: int, scores: dict[str, float], **other: dict[str, float]) -> pd.DataFrame:
    frame = pd.DataFrame({"year": year, "province_id": list(scores), "score": list(scores.values())})
    for column, values in other.items():
        frame[column] = frame["province_id"].map(values)
    return frame


@pytest.fixture
def dti() -> pd.DataFrame:
    complete = _dti(2024, {A: 0.8, B: 0.6, C: 0.75, D: 0.9, E: 0.3, F: 0.6})
    partial = _dti(2020, {A: 0.5, B: NAN, C: 0.4, D: NAN, E: NAN, F: NAN})
    return pd.concat([partial, complete], ignore_index=True)


def _row(units: pd.DataFrame, year: int, unit: str, measure: str = "score") -> pd.Series:
    hit = units[(units["year"] == year) & (units["province_id"] == unit) & (units["measure"] == measure)]
    assert len(hit) == 1
    return hit.iloc[0]


def test_mean_of_constituents_and_ranks_when_every_unit_is_complete(dti, registry):
    units = unit_values(dti, registry)
    # X = (0.8 + 0.6) / 2, Y = 0.75, Z = (0.9 + 0.3 + 0.6) / 3
    expected = {X: (0.7, 2), Y: (0.75, 1), Z: (0.6, 3)}
    for unit, (value, rank) in expected.items():
        row = _row(units, 2024, unit)
        assert row["value"] == pytest.approx(value)
        assert row["rank"] == rank
        assert row["is_complete"] and row["method"] == "mean" and pd.isna(row["weights_year"])
    assert _row(units, 2024, Z)["n_constituents"] == 3


def test_partial_coverage_is_flagged_and_the_edition_is_not_ranked(dti, registry):
    units = unit_values(dti, registry)
    x, y, z = (_row(units, 2020, u) for u in (X, Y, Z))
    # X has A only: the mean of what is known, flagged incomplete.
    assert (x["value"], x["n_with_data"], x["n_constituents"], bool(x["is_complete"])) == (0.5, 1, 2, False)
    # Y is complete, but a rank among the one or two complete units would not be a rank among all units.
    assert y["value"] == 0.4 and y["is_complete"] and pd.isna(y["rank"])
    # Z has no data at all: the row is there, empty, so the gap is visible.
    assert math.isnan(z["value"]) and z["n_with_data"] == 0 and not z["is_complete"]
    assert units.loc[units["year"] == 2020, "rank"].isna().all()


def test_equal_means_tie_despite_floating_point_noise(registry):
    # (0.1 + 0.2) / 2 is 0.15000000000000002 in floating point; it must tie with 0.15.
    dti = _dti(2024, {A: 0.1, B: 0.2, C: 0.15, D: 0.1, E: 0.1, F: 0.1})
    units = unit_values(dti, registry)
    assert _row(units, 2024, X)["rank"] == _row(units, 2024, Y)["rank"] == 1
    assert _row(units, 2024, Z)["rank"] == 3


def test_every_score_column_is_carried_but_rank_columns_are_not(registry):
    dti = _dti(2024, {A: 0.8, B: 0.6, C: 0.75, D: 0.9, E: 0.3, F: 0.6},
               infrastructure_score={A: 1.0, B: 0.5, C: 0.9, D: 0.2, E: 0.2, F: 0.2},
               rank={A: 2, B: 4, C: 3, D: 1, E: 6, F: 4})
    units = unit_values(dti, registry)
    assert set(units["measure"]) == {"score", "infrastructure_score"}
    assert _row(units, 2024, X, "infrastructure_score")["value"] == pytest.approx(0.75)
    assert _row(units, 2024, X, "infrastructure_score")["rank"] == 2  # Y 0.9, X 0.75, Z 0.2


@pytest.fixture
def population() -> pd.DataFrame:
    by_year = {2019: {A: 100, B: 100, C: 50, D: 1, E: 1, F: 1},
               2022: {A: 100, B: 300, C: 50, D: 1, E: 1, F: 2}}
    return pd.DataFrame([{"year": y, "province_id": p, "population": v}
                         for y, values in by_year.items() for p, v in values.items()])


def test_population_weighted_means(dti, registry, population):
    units = unit_values(dti, registry, method="population_weighted", population=population)
    # 2024 uses 2022 population: X = (0.8*100 + 0.6*300) / 400; Z = (0.9 + 0.3 + 0.6*2) / 4
    assert _row(units, 2024, X)["value"] == pytest.approx(0.65)
    assert _row(units, 2024, Z)["value"] == pytest.approx(0.6)
    assert _row(units, 2024, X)["weights_year"] == 2022
    assert (_row(units, 2024, Y)["rank"], _row(units, 2024, X)["rank"], _row(units, 2024, Z)["rank"]) == (1, 2, 3)
    # 2020 uses 2019 (the latest year not after the edition); B has no value, so X is A's value alone.
    assert _row(units, 2020, X)["weights_year"] == 2019
    assert _row(units, 2020, X)["value"] == pytest.approx(0.5)
    assert set(units["method"]) == {"population_weighted"}


def test_weights_year_is_the_edition_or_the_latest_earlier_year(population):
    weights = population_weights(population, [2019, 2020, 2021, 2022, 2024], [A])
    assert dict(zip(weights["year"], weights["weights_year"])) == {2019: 2019, 2020: 2019, 2021: 2019,
                                                                   2022: 2022, 2024: 2022}


def test_missing_population_is_a_located_error(dti, registry, population):
    with pytest.raises(DataError, match=r"no positive population for pre2025-05 in 2022, needed to weight DTI "
                                        r"edition 2024"):
        no_e_2022 = population[(population["province_id"] != E) | (population["year"] != 2022)]
        unit_values(dti, registry, method="population_weighted", population=no_e_2022)
    with pytest.raises(DataError, match="no population figures for DTI edition 2020 or earlier"):
        unit_values(dti, registry, method="population_weighted", population=population[population["year"] == 2022])


def test_bad_arguments(dti, registry, population):
    with pytest.raises(ValueError, match="unknown aggregation method 'median'"):
        unit_values(dti, registry, method="median")
    with pytest.raises(ValueError, match="population is needed"):
        unit_values(dti, registry, method="population_weighted")
    with pytest.raises(ValueError, match="only by"):
        unit_values(dti, registry, population=population)
    with pytest.raises(ValueError, match="must be pre-2025 provinces; got post2025-01"):
        unit_values(pd.concat([dti, _dti(2024, {X: 0.5})]), registry)


def test_compare_with_published(dti, registry):
    published = pd.DataFrame([
        {"year": 2024, "province_id": X, "measure": "score", "value": 0.7004, "value_max": None},  # 0.7 within 0.0005
        {"year": 2024, "province_id": Z, "measure": "score", "value": 0.6006, "value_max": None},  # off by 0.0006
        {"year": 2024, "province_id": Y, "measure": "rank", "value": 1, "value_max": None},
        {"year": 2024, "province_id": X, "measure": "rank", "value": 1, "value_max": None},
        {"year": 2024, "province_id": Z, "measure": "rank", "value": 2, "value_max": 3},  # "among the two lowest"
        {"year": 2024, "province_id": X, "measure": "awareness_rank", "value": 1, "value_max": None},
    ])
    result = compare_with_published(unit_values(dti, registry), published)
    assert list(result["status"]) == ["agrees", "differs", "agrees", "differs", "agrees", "not derivable"]
    assert result.loc[0, "difference"] == pytest.approx(-0.0004)
    assert result.loc[3, "derived"] == 2
    assert pd.isna(result.loc[4, "difference"]) and result.loc[4, "published_max"] == 3


def test_method_is_a_notebook_parameter():
    from dtlib.parameters import ParameterError, validate

    assert validate({"method": "population_weighted"}) == {"method": "population_weighted"}
    with pytest.raises(ParameterError, match="parameter 'method': 'median' is not valid; expected one of "
                                             "mean, population_weighted"):
        validate({"method": "median"})

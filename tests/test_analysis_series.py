"""measure_series: one measure in long form, ranks derived only where every score is known."""
import pandas as pd
import pytest

from dtlib.analysis.series import complete_editions, measure_series, ranked_editions
from frames import dti_frame


def test_main_index_ranks_are_derived_when_every_score_is_known():
    dti = dti_frame([
        {"year": 2022, "province_id": "pre2025-01", "infrastructure_score": 0.5},
        {"year": 2022, "province_id": "pre2025-02", "infrastructure_score": 0.7},
        {"year": 2022, "province_id": "pre2025-04", "infrastructure_score": 0.7},
        {"year": 2022, "province_id": "pre2025-06", "infrastructure_score": 0.2},
    ])
    series = measure_series(dti, "infrastructure")
    # 0.7 and 0.7 share rank 1, then 0.5 is third and 0.2 fourth
    assert series["rank"].tolist() == [3, 1, 1, 4]
    assert series["rank_is_derived"].tolist() == [True] * 4


def test_partial_editions_keep_published_ranks_only():
    dti = dti_frame([
        {"year": 2021, "province_id": "pre2025-01", "gov_score": 0.5},
        {"year": 2021, "province_id": "pre2025-02", "gov_rank": 2},
        {"year": 2021, "province_id": "pre2025-04"},
    ])
    series = measure_series(dti, "gov")
    assert series["rank"].isna().tolist() == [True, False, True]
    assert not series["rank_is_derived"].any()
    assert len(series) == 3  # rows without data stay, so maps can say "no data"


def test_published_main_index_ranks_are_kept_and_only_the_missing_ones_derived():
    dti = dti_frame([
        {"year": 2022, "province_id": "pre2025-01", "soc_activity_score": 0.3, "soc_activity_rank": 2},
        {"year": 2022, "province_id": "pre2025-02", "soc_activity_score": 0.4},
    ])
    series = measure_series(dti, "soc_activity")
    assert series["rank"].tolist() == [2, 1]
    assert series["rank_is_derived"].tolist() == [False, True]


def test_overall_series_keeps_the_tables_derived_flag_and_filters_editions():
    dti = dti_frame([
        {"year": 2022, "province_id": "pre2025-01", "score": 0.6, "rank": 1, "rank_is_derived": True},
        {"year": 2023, "province_id": "pre2025-01", "score": 0.7, "rank": 1, "rank_is_derived": False},
        {"year": 2024, "province_id": "pre2025-01", "score": 0.8, "rank": 1, "rank_is_derived": False},
    ])
    series = measure_series(dti, "dti", editions=[2022, 2024])
    assert series["year"].tolist() == [2022, 2024]
    assert series["rank_is_derived"].tolist() == [True, False]
    assert list(series.columns) == ["year", "province_id", "name_vi", "score", "rank", "rank_is_derived"]


def test_complete_and_ranked_editions():
    dti = dti_frame([
        {"year": 2021, "province_id": "pre2025-01", "rank": 4},
        {"year": 2021, "province_id": "pre2025-02"},
        {"year": 2022, "province_id": "pre2025-01", "score": 0.5, "rank": 2},
        {"year": 2022, "province_id": "pre2025-02", "score": 0.6, "rank": 1},
    ])
    series = measure_series(dti)
    assert complete_editions(series) == [2022]
    assert ranked_editions(series) == [2021, 2022]


def test_unknown_measure_lists_the_valid_ones():
    dti = dti_frame([{"year": 2022, "province_id": "pre2025-01"}])
    with pytest.raises(ValueError, match="'happiness'.*infrastructure"):
        measure_series(dti, "happiness")
    assert isinstance(measure_series(dti, "gov_score"), pd.DataFrame)  # a score column names its measure too

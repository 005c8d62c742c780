"""Regional summaries and the region filter."""
import pandas as pd
import pytest

from dtlib.analysis.regions import in_region, regional_summary
from frames import registry_frame

REGISTRY = registry_frame([
    ("pre2025-01", "Red River Delta", "post2025-01"),
    ("pre2025-22", "Red River Delta", "post2025-22"),
    ("pre2025-27", "Red River Delta", "post2025-24"),
    ("pre2025-02", "Northern Midlands and Mountains", "post2025-08"),
])


def series() -> pd.DataFrame:
    frame = pd.DataFrame({
        "year": [2024] * 4,
        "province_id": ["pre2025-01", "pre2025-22", "pre2025-27", "pre2025-02"],
        "name_vi": ["Hà Nội", "Quảng Ninh", "Bắc Ninh", "Hà Giang"],
        "score": [0.8, 0.6, float("nan"), 0.5],
        "rank": pd.array([2, 5, 3, 9], dtype="Int64"),
        "rank_is_derived": False,
    })
    return frame


def test_regional_summary_by_hand():
    table = regional_summary(series(), REGISTRY)
    # regions in the official order: the Northern Midlands come before the Red River Delta
    assert table["region"].tolist() == ["Northern Midlands and Mountains", "Red River Delta"]
    delta = table.iloc[1]
    assert (delta["n_units"], delta["n"]) == (3, 2)
    assert (delta["mean_score"], delta["median_score"]) == pytest.approx((0.7, 0.7))
    assert (delta["min_score"], delta["max_score"]) == (0.6, 0.8)
    assert (delta["best_name_vi"], delta["best_rank"]) == ("Hà Nội", 2)


def test_in_region_keeps_only_that_region():
    kept = in_region(series(), REGISTRY, "Red River Delta")
    assert kept["province_id"].tolist() == ["pre2025-01", "pre2025-22", "pre2025-27"]
    assert len(in_region(series(), REGISTRY, None)) == 4


def test_region_without_provinces_lists_the_regions_present():
    with pytest.raises(ValueError, match="'North Central'.*Northern Midlands and Mountains, Red River Delta"):
        in_region(series(), REGISTRY, "North Central")

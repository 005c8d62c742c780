"""Which analyses a series supports, and the highlight check."""
import pandas as pd
import pytest

from dtlib.analysis.trends import check_provinces, plan_editions


def series(rows):
    frame = pd.DataFrame(rows, columns=["year", "province_id", "score", "rank"])
    frame["name_vi"] = frame["province_id"]
    frame["rank"] = frame["rank"].astype("Int64")
    return frame


def test_plan_with_partial_and_complete_editions():
    s = series([(2020, "a", None, 3), (2020, "b", None, None),
                (2022, "a", 0.5, 2), (2022, "b", 0.6, 1),
                (2023, "a", 0.7, 1), (2023, "b", 0.6, 2)])
    plan = plan_editions(s, "DTI")
    assert plan.editions == [2020, 2022, 2023]
    assert plan.ranked == [2020, 2022, 2023] and plan.complete == [2022, 2023]
    assert plan.movers == (2020, 2023) and plan.convergence == (2022, 2023)
    assert plan.notes == ()


def test_plan_says_what_is_left_out():
    s = series([(2024, "a", None, None), (2024, "b", None, 1)])
    plan = plan_editions(s, "Digital government pillar")
    assert plan.movers is None and plan.convergence is None
    assert plan.notes == (
        "Rank changes need two editions with ranks of Digital government pillar; the editions chosen have ranks in 2024.",
        "Convergence needs two editions with a score of Digital government pillar for every province; the editions "
        "chosen have that in none.",
        "Rank stability needs at least two editions.",
    )


def test_check_provinces_names_the_absent_ones():
    s = series([(2024, "pre2025-01", 0.5, 1)])
    assert check_provinces(["pre2025-01"], s) == ["pre2025-01"]
    with pytest.raises(ValueError, match="'highlight': post2025-46 not among the 1 provinces"):
        check_provinces(["pre2025-01", "post2025-46"], s)

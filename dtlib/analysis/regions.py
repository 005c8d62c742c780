"""Regional views: summaries per socio-economic region, and restricting a frame to one region."""
from __future__ import annotations

import pandas as pd

from ..vocabulary import REGIONS

REGION_COLUMNS = ["year", "region", "n_units", "n", "mean_score", "median_score", "min_score", "max_score",
                  "best_province_id", "best_name_vi", "best_rank"]


def with_region(frame: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each province's ``region`` from the registry (``dtlib.provinces()``)."""
    return frame.merge(registry[["province_id", "region"]], on="province_id", how="left", validate="many_to_one")


def in_region(frame: pd.DataFrame, registry: pd.DataFrame, region: str | None) -> pd.DataFrame:
    """The rows of provinces in ``region`` (all rows for ``None``).

    Raises ``ValueError`` listing the regions present when no province of ``frame`` lies in
    ``region`` (e.g. a 2025 region asked of pre-2025 provinces).
    """
    if region is None:
        return frame
    regions = with_region(frame, registry)["region"]
    if not (regions == region).any():
        present = [r for r in REGIONS if r in set(regions)]
        raise ValueError(f"no province of this table lies in region {region!r}; its regions are: "
                         + ", ".join(present))
    return frame[(regions == region).to_numpy()].reset_index(drop=True)


def regional_summary(series: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """Per edition and region: how many provinces have a score, their mean, median, range,
    and the best-ranked province. Regions appear in the registry's official order."""
    frame = with_region(series, registry)
    rows = []
    order = {r: i for i, r in enumerate(REGIONS)}
    for (year, region), group in frame.groupby(["year", "region"], sort=True):
        scores = group["score"].dropna()
        ranked = group[group["rank"].notna()].sort_values(["rank", "province_id"])
        best = ranked.iloc[0] if len(ranked) else None
        rows.append({
            "year": int(year), "region": region, "n_units": len(group), "n": len(scores),
            "mean_score": scores.mean(), "median_score": scores.median(),
            "min_score": scores.min(), "max_score": scores.max(),
            "best_province_id": best["province_id"] if best is not None else None,
            "best_name_vi": best["name_vi"] if best is not None else None,
            "best_rank": best["rank"] if best is not None else pd.NA,
        })
    summary = pd.DataFrame(rows, columns=REGION_COLUMNS)
    summary["best_rank"] = summary["best_rank"].astype("Int64")
    summary = summary.sort_values(["year", "region"], key=lambda c: c.map(order) if c.name == "region" else c)
    return summary.reset_index(drop=True)

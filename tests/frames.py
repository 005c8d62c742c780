"""Small hand-made frames shaped like ``dtlib.load("dti")`` and ``dtlib.provinces()``."""
from __future__ import annotations

import numpy as np
import pandas as pd

from dtlib.measures import RANK_COLUMNS, SCORE_COLUMNS


def dti_frame(rows: list[dict]) -> pd.DataFrame:
    """A DTI table from rows giving year, province_id and any measure columns; the rest empty."""
    frame = pd.DataFrame(rows)
    frame["name_vi"] = frame.get("name_vi", frame["province_id"])
    for column in SCORE_COLUMNS:
        frame[column] = frame[column].astype(float) if column in frame else np.nan
    for column in RANK_COLUMNS:
        frame[column] = frame[column].astype("Int64") if column in frame else pd.array([pd.NA] * len(frame), "Int64")
    if "rank_is_derived" not in frame:
        frame["rank_is_derived"] = False
    return frame


def registry_frame(rows: list[tuple[str, str, str | None]]) -> pd.DataFrame:
    """A registry from (province_id, region, successor_id) tuples."""
    frame = pd.DataFrame(rows, columns=["province_id", "region", "successor_id"])
    frame["era"] = frame["province_id"].str.split("-").str[0]
    frame["name_vi"] = frame["province_id"]
    return frame

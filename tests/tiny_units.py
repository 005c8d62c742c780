"""A tiny registry for hand-worked tests: units X = {A, B}, Y = {C}, Z = {D, E, F}."""
from __future__ import annotations

import pandas as pd

A, B, C, D, E, F = (f"pre2025-0{i}" for i in range(1, 7))
X, Y, Z = "post2025-01", "post2025-02", "post2025-03"


def tiny_registry() -> pd.DataFrame:
    pre = [(A, X), (B, X), (C, Y), (D, Z), (E, Z), (F, Z)]
    rows = [{"province_id": p, "era": "pre2025", "successor_id": u} for p, u in pre]
    rows += [{"province_id": u, "era": "post2025", "successor_id": None} for u in (X, Y, Z)]
    return pd.DataFrame(rows)

"""Summaries of verified claims, for reports and notebooks.

    verified = claims.verify(dtlib.load("press_claims"))
    claims.verdict_shares(verified, by="index_code")    # how many claims hold, per index
    claims.verify(claims.implied_earlier_ranks(verified))  # the ranks the "tăng N bậc" parts imply
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .verification import VERDICTS

if TYPE_CHECKING:
    import pandas as pd


def verdict_shares(verified: "pd.DataFrame", by: str | None = None) -> "pd.DataFrame":
    """Number and share of claims per verdict (columns ``verdict``, ``claims``, ``share``),
    for all claims or per value of the column ``by``; every verdict is listed, also at zero."""
    import pandas as pd

    if "verdict" not in verified.columns:
        raise ValueError("verdict_shares() needs the output of dtlib.claims.verify (no 'verdict' column)")
    groups = [by] if by else []
    if by and by not in verified.columns:
        raise ValueError(f"no column {by!r} to group by; columns: {', '.join(verified.columns)}")
    keys = sorted(verified[by].dropna().unique()) if by else [None]
    rows = []
    for key in keys:
        part = verified if by is None else verified[verified[by] == key]
        counts = part["verdict"].value_counts()
        for verdict in VERDICTS:
            n = int(counts.get(verdict, 0))
            rows.append({**({by: key} if by else {}), "verdict": verdict, "claims": n,
                         "share": n / len(part) if len(part) else float("nan")})
    return pd.DataFrame(rows, columns=[*groups, "verdict", "claims", "share"])


def implied_earlier_ranks(claims: "pd.DataFrame") -> "pd.DataFrame":
    """The rank each claim with a rank change implies for the edition it compares with.

    "xếp thứ 26, tăng 18 bậc so với năm 2017" implies rank 44 in 2017. One row per such
    claim, with the claim's other columns, ``year`` = ``change_vs_year``, ``rank`` = rank +
    change (a move up is positive), ``year_basis`` "stated" and ``implied_by`` = the index
    label of the claim it comes from. Implied ranks outside 1..``out_of`` (or 1..64) are
    dropped: the claim's figures do not add up.
    """
    import pandas as pd

    needed = ("rank", "rank_change", "change_vs_year")
    missing = [c for c in needed if c not in claims.columns]
    if missing:
        raise ValueError(f"claims lack column(s) {', '.join(missing)}")
    has_change = claims["rank_change"].notna() & claims["change_vs_year"].notna()
    source = claims[has_change]
    implied = source.copy()
    implied["rank"] = (source["rank"] + source["rank_change"]).astype("Int64")
    implied["year"] = source["change_vs_year"].astype("Int64")
    implied["year_basis"] = "stated"
    implied["rank_change"] = pd.NA
    implied["change_vs_year"] = pd.NA
    implied["implied_by"] = source.index
    top = source["out_of"].fillna(64) if "out_of" in source.columns else 64
    keep = (implied["rank"] >= 1) & (implied["rank"] <= top)
    drop = [c for c in ("verdict", "edition", "table_rank", "fills_gap", "reason") if c in implied.columns]
    return implied[keep].drop(columns=drop).reset_index(drop=True)

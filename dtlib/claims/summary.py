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


# How the notebooks name each index of dtlib.vocabulary.INDEX_CODES.
INDEX_LABELS = {
    "dti": "DTI", "dti_gov": "DTI digital government", "dti_econ": "DTI digital economy",
    "dti_soc": "DTI digital society", "cybersecurity": "DTI cybersecurity", "ict_index": "Vietnam ICT Index",
    "egov": "MIC e-government ranking", "par_index": "PAR Index", "par_modernisation": "PAR Index modernisation",
    "papi": "PAPI", "pci": "PCI",
}


def select_claims(verified: "pd.DataFrame", index_code: str | None = None, province_ids: list[str] | None = None,
                  since: int | None = None) -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """The verified claims about one index (None: all), some provinces (None or empty: all) and
    editions from ``since`` on (None: all).

    The edition of a claim is the verification's ``edition``: the year stated, the edition
    that matched, or the newest one public when the report appeared. With ``since``, claims
    whose edition is unknown cannot be placed: they are left out of the selection and
    returned apart as the second frame.
    """
    if "edition" not in verified.columns:
        raise ValueError("select_claims() needs the output of dtlib.claims.verify (no 'edition' column)")
    keep = verified["index_code"] == index_code if index_code else verified["index_code"].notna()
    if province_ids:
        keep &= verified["province_id"].isin(list(province_ids))
    if since is None:
        return verified[keep], verified.iloc[0:0]
    undated = keep & verified["edition"].isna()
    keep &= verified["edition"].fillna(-1) >= since
    return verified[keep], verified[undated]


def press_values(values: "pd.DataFrame", citations: "pd.DataFrame", years: tuple[int, ...]) -> "pd.DataFrame":
    """The DTI ranks that rest on the press in ``years``, each with its sources.

    From ``dtlib.load("dti_values")`` and ``dtlib.load("citations")``: one row per rank
    value of provenance ``press`` (year, province_id, measure, value), with ``n_sources``
    (how many documents print it), ``citation_ids`` and their ``publishers``.
    """
    from ..measures import is_rank

    publisher = dict(zip(citations["citation_id"], citations["publisher"]))
    rows = values[values["year"].isin(list(years)) & (values["provenance"] == "press")
                  & values["measure"].map(is_rank)]
    ids = rows["citation_ids"].str.split(";")
    return rows.assign(
        value=rows["value"].astype(int), n_sources=ids.map(len),
        publishers=ids.map(lambda cited: "; ".join(dict.fromkeys(publisher[c] for c in cited))),
    )[["year", "province_id", "measure", "value", "n_sources", "citation_ids", "publishers"]].reset_index(drop=True)


# Why a claim is unverifiable, read from the reasons dtlib.claims.verify writes.
UNVERIFIABLE_KINDS = ("no table for the index", "only its own article gives the value",
                      "no rank for the province in the edition meant", "no edition public at the report's date")


def unverifiable_kind(verified: "pd.DataFrame") -> "pd.Series":
    """For each unverifiable claim, which of :data:`UNVERIFIABLE_KINDS` stops the check (NA for the others)."""
    import pandas as pd

    def kind(verdict: str, reason: str) -> object:
        if verdict != "unverifiable":
            return pd.NA
        if reason.startswith(("no table", "table ")) or "has no column" in reason:
            return UNVERIFIABLE_KINDS[0]
        if "only source is this claim's article" in reason:
            return UNVERIFIABLE_KINDS[1]
        if "edition was public" in reason:
            return UNVERIFIABLE_KINDS[3]
        return UNVERIFIABLE_KINDS[2]

    return pd.Series([kind(str(v), str(r)) for v, r in zip(verified["verdict"], verified["reason"])],
                     index=verified.index, dtype="string")



def printed_ranks(claims: "pd.DataFrame", values: "pd.DataFrame") -> "pd.Series":
    """For each claim about the DTI or one of its columns, the rank ``dtlib.load("dti_values")``
    holds for its year and province from any source, its own article included (NA when
    none, and for other indices): it tells a rank implied by a move that no source prints from
    one that contradicts a printed rank."""
    import pandas as pd

    from .verification import INDEX_TABLES

    column = claims["index_code"].map({c: col for c, (table, col) in INDEX_TABLES.items() if table == "dti"})
    keys = pd.MultiIndex.from_arrays([claims["year"].astype("Int64"), claims["province_id"], column])
    held = values.set_index(["year", "province_id", "measure"])["value"]
    return pd.Series(held.reindex(keys).to_numpy(), index=claims.index).astype("Int64")

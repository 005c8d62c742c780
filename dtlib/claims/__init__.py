"""Ranking claims in Vietnamese news reports: extract them, verify them against the tables.

    from dtlib import claims
    found = claims.extract(text, published="2024-10-10")   # one row per claim
    claims.verify(found)                                   # + verdict, edition, table_rank, reason
    claims.verify(dtlib.load("press_claims"))              # the curated claims of the source articles

See :mod:`dtlib.claims.extraction` for how a claim is read and :mod:`dtlib.claims.verification`
for the verdicts.
"""
from __future__ import annotations

from .extraction import CLAIM_COLUMNS, extract
from .verification import INDEX_TABLES, VERDICTS, VERIFY_COLUMNS, verify

__all__ = ["CLAIM_COLUMNS", "INDEX_TABLES", "VERDICTS", "VERIFY_COLUMNS", "extract", "verify"]

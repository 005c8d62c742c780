"""Ranking claims in Vietnamese news reports: extract them, verify them against the tables.

    from dtlib import claims
    found = claims.extract(text, published="2024-10-10")   # one row per claim
    claims.verify(found)                                   # + verdict, edition, table_rank, reason
    verified = claims.verify(dtlib.load("press_claims"))   # the curated claims of the source articles
    claims.verdict_shares(verified, by="index_code")       # how many hold
    claims.verify(claims.implied_earlier_ranks(verified))  # ranks implied by "tăng N bậc so với năm Y"
    claims.select_claims(verified, "dti", since=2020)      # one index, editions from 2020 on
    claims.press_values(dtlib.load("dti_values"), dtlib.load("citations"), (2020, 2021))  # press-only ranks

See :mod:`dtlib.claims.extraction` for how a claim is read and :mod:`dtlib.claims.verification`
for the verdicts.
"""
from __future__ import annotations

from .extraction import CLAIM_COLUMNS, YEAR_BASES, YEAR_SOURCES, extract
from .summary import (
    INDEX_LABELS, UNVERIFIABLE_KINDS, implied_earlier_ranks, press_values, printed_ranks, select_claims,
    unverifiable_kind, verdict_shares,
)
from .verification import INDEX_TABLES, VERDICTS, VERIFY_COLUMNS, verify

__all__ = ["CLAIM_COLUMNS", "INDEX_LABELS", "INDEX_TABLES", "UNVERIFIABLE_KINDS", "VERDICTS", "VERIFY_COLUMNS",
           "YEAR_BASES", "YEAR_SOURCES", "extract", "implied_earlier_ranks", "press_values", "printed_ranks", "select_claims",
           "unverifiable_kind", "verdict_shares", "verify"]

"""Tables of press claims."""
from __future__ import annotations

import pandera.pandas as pa

from ..vocabulary import INDEX_CODES, YEAR_BASIS
from . import DATE, PROVINCE_ID, Col, Table, one_of, register

register(Table(
    "press_claims",
    "Ranking claims made by news reports (the five source articles and the reports collected since), "
    "as facts (no article text).",
    {
        "claim_id": Col("str", "Id of the claim."),
        "citation_id": Col("str", "The article (citations table)."),
        "published_date": Col("str", "Publication date of the article.", nullable=True, checks=DATE),
        "province_id": PROVINCE_ID,
        "province_as_printed": Col("str", "The province as the article names it."),
        "index_code": Col("str", "Which index the claim is about.", checks=(one_of(INDEX_CODES),)),
        "year": Col("int", "Edition the claim refers to, when the article states it.", nullable=True),
        "year_basis": Col("str", "stated, or not_stated (then the edition must be inferred).",
                          checks=(one_of(YEAR_BASIS),)),
        "rank": Col("int", "Claimed rank.", checks=(pa.Check.ge(1),)),
        "out_of": Col("int", "Number of units ranked, as claimed.", nullable=True),
        "rank_change": Col("int", "Claimed change in rank (positive = moved up).", nullable=True),
        "change_vs_year": Col("int", "Edition the change is measured against.", nullable=True),
        "note": Col("str", "Context of the claim in our words.", nullable=True),
    },
    key=("claim_id",), sort_by=("claim_id",),
))

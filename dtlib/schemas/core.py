"""Tables of the province registry and of the sources."""
from __future__ import annotations

import pandera.pandas as pa

from ..provinces import ERAS
from ..sources import HOW_READ, PROVENANCE_ORDER
from ..vocabulary import REGIONS
from . import DATE, PROVINCE_ID, Col, Table, is_nfc, one_of, register

register(Table(
    "provinces",
    "Province registry for both eras: the 63 provinces to 30 June 2025 and the 34 units from "
    "1 July 2025 (Resolution 202/2025/QH15), with the successor of each old province.",
    {
        "province_id": PROVINCE_ID,
        "era": Col("str", "pre2025 (63 provinces, valid to 2025-06-30) or post2025 (34 units, from 2025-07-01).",
                   checks=(one_of(ERAS),)),
        "gso_code": Col("str", "GSO two-digit province code; re-used across eras for different territories.",
                        checks=(pa.Check.str_matches(r"^\d{2}$"),)),
        "name_vi": Col("str", "Vietnamese short name, Unicode NFC, new-style tone placement (Hòa).",
                       checks=(is_nfc(),)),
        "name_full_vi": Col("str", "Vietnamese name with its administrative prefix (Tỉnh / Thành phố).",
                            checks=(is_nfc(),)),
        "name_ascii": Col("str", "name_vi without diacritics."),
        "name_en": Col("str", "English name (Hanoi, Ho Chi Minh City, Da Nang, ...)."),
        "region": Col("str", "Socio-economic region (six per era): for pre2025 provinces the six GSO regions "
                             "in force until 2025; for post2025 units the six regions of Resolution "
                             "306/NQ-CP (2025), which has North Central and South Central Coast and "
                             "Central Highlands in place of the old central regions.",
                      checks=(one_of(REGIONS),)),
        "successor_id": Col("str", "For a pre2025 province: the post2025 unit it became part of. "
                                   "Empty for post2025 units.", nullable=True),
        "area_km2": Col("float", "Area of a post2025 unit as stated in the merger documents.",
                        nullable=True, unit="km²"),
        "population": Col("int", "Population of a post2025 unit as stated in the merger documents.",
                          nullable=True, unit="persons"),
    },
    key=("province_id",), expected_rows=97, sort_by=("era", "gso_code"),
))

register(Table(
    "province_aliases",
    "Reviewed extra spellings of province names (abbreviations, historical spellings), per era.",
    {
        "alias": Col("str", "The spelling as met in sources."),
        "era": Col("str", "Era in which the alias applies.", checks=(one_of(ERAS),)),
        "province_id": PROVINCE_ID,
        "reason": Col("str", "Why this spelling means this province."),
    },
    key=("alias", "era"), sort_by=("era", "province_id", "alias"),
))

register(Table(
    "citations",
    "Every cited document: publisher, title, URL, dates and how it was read.",
    {
        "citation_id": Col("str", "Short id used by citation_id(s) columns."),
        "publisher": Col("str", "Who published the document (outlet, ministry, repository)."),
        "document": Col("str", "Title of the document or page."),
        "url": Col("str", "Where it was read; empty when the address is unknown (the note says why).",
                   nullable=True),
        "published_date": Col("str", "Publication date, YYYY[-MM[-DD]].", nullable=True, checks=DATE),
        "accessed_date": Col("str", "When we read it, YYYY-MM-DD.", checks=DATE),
        "how_read": Col("str", "official (the publisher's own page), secondary (a transcription by a third "
                               "party) or press (a news report).", checks=(one_of(PROVENANCE_ORDER),)),
        "note": Col("str", "What the document gives and any caveat.", nullable=True),
    },
    key=("citation_id",), sort_by=("citation_id",),
))

register(Table(
    "sources",
    "The catalog of raw files: what each holds, its source, licence, how it was read and its sha256.",
    {
        "file": Col("str", "Path under data/raw/."),
        "format": Col("str", "Which reader the build applies."),
        "description": Col("str", "What the file holds."),
        "publisher": Col("str", "Publisher of the underlying document(s)."),
        "document": Col("str", "The document(s) the file records."),
        "url": Col("str", "Where the document was read.", nullable=True),
        "published_date": Col("str", "Publication date of the document.", nullable=True, checks=DATE),
        "accessed_date": Col("str", "When it was read.", checks=DATE),
        "licence": Col("str", "Licence of this file and terms of the source."),
        "how_read": Col("str", "official, secondary, press, or compiled (a citation on every row).",
                        checks=(one_of(HOW_READ),)),
        "sha256": Col("str", "sha256 of the raw file; the build refuses a file that does not match."),
    },
    key=("file",), sort_by=("file",),
))

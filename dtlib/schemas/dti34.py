"""Tables of the DTI on the 34 post-2025 units."""
from __future__ import annotations

import pandera.pandas as pa

from ..harmonise import METHODS
from ..measures import SCORE_COLUMNS, VALUE_COLUMNS
from ..provinces import N_UNITS
from ..vocabulary import DTI_EDITIONS
from . import CITATION_IDS, Col, Table, one_of, register

_EDITION = Col("int", "DTI edition (the year assessed; edition N is published in year N+1).",
               checks=(one_of(DTI_EDITIONS),))
_UNIT = Col("str", "Post-2025 unit (post2025-NN, see dtlib.provinces('post2025')).",
            checks=(pa.Check.str_matches(r"^post2025-\d{2}$", error="a post2025 province_id"),))
_NAME = Col("str", "Vietnamese name of the unit (for reading; the key is province_id).")


def _coverage_is_consistent(frame):
    complete = frame["n_with_data"] == frame["n_constituents"]
    return ((frame["n_with_data"] <= frame["n_constituents"]) & (frame["is_complete"] == complete)
            & (frame["value"].isna() == (frame["n_with_data"] == 0))
            & (frame["rank"].isna() | frame["is_complete"]))


register(Table(
    "dti_34",
    "The DTI of every edition carried to the 34 post-2025 units, by the ministry's stated method for "
    "DTI 2024 (method 'mean': the arithmetic mean over the unit's pre-2025 provinces of each value) and, "
    "where population figures are wired in, population-weighted means as a sensitivity check. Long form: "
    "one row per method, edition, measure and unit, for every edition and measure that any province has "
    "(a unit none of whose provinces has the measure shows an empty value). Derived by dtlib from the dti "
    "table (which is keyed by the 63 pre-2025 provinces); compare with the published 34-unit values in "
    "dti_34_published.",
    {
        "year": _EDITION,
        "method": Col("str", "How constituents are combined: " + "; ".join(f"{k} = {v}" for k, v in METHODS.items())
                      + ".", checks=(one_of(METHODS),)),
        "province_id": _UNIT,
        "name_vi": _NAME,
        "measure": Col("str", "Which dti score column is aggregated (score = overall DTI, gov_score, ..., "
                              "soc_activity_score).", checks=(one_of(SCORE_COLUMNS),)),
        "value": Col("float", "Mean over the constituents that have the measure; empty when none has it. "
                              "Partial (see is_complete) when some constituents lack it.", nullable=True,
                     checks=(pa.Check.in_range(0, 1, error="a score in [0, 1]"),)),
        "n_constituents": Col("int", "Number of pre-2025 provinces that form the unit (1 to 3)."),
        "n_with_data": Col("int", "How many of them have the measure in this edition."),
        "is_complete": Col("bool", "True when every constituent has the measure, so value is the unit's value."),
        "rank": Col("int", f"Rank of value among the {N_UNITS} units, 1 = best, ties share a rank and the next "
                           f"skips; given only when all {N_UNITS} units are complete for the edition and measure "
                           "(never in the press-only editions 2020 and 2021).", nullable=True,
                    checks=(pa.Check.in_range(1, N_UNITS),)),
        "weights_year": Col("int", "For population_weighted: the year whose population weights the edition "
                                   "(the edition's year, or the latest earlier year with figures).",
                            nullable=True),
        "citation_ids": CITATION_IDS,
    },
    key=("year", "method", "province_id", "measure"), sort_by=("year", "method", "province_id", "measure"),
    checks=(pa.Check(_coverage_is_consistent, error="coverage columns consistent: n_with_data <= "
                     "n_constituents, is_complete iff equal, value empty iff no data, rank only when complete"),),
))

register(Table(
    "dti_34_published",
    "DTI 2024 values of the 34 post-2025 units as the press reported the ministry's release of 21 October "
    "2025 (scores, ranks, a few main-index ranks), one row per value, each with its citations. Only values "
    "printed for the 34-unit grouping; statements about the 63-province grouping are in dti.",
    {
        "year": _EDITION,
        "province_id": _UNIT,
        "name_vi": _NAME,
        "measure": Col("str", "Which value (a dti column name: score, rank, econ_activity_rank, ...).",
                       checks=(one_of(VALUE_COLUMNS),)),
        "value": Col("float", "The published value; for a range, its lower end."),
        "value_max": Col("float", "Upper end when the source gives only a range (e.g. 'among the three lowest' "
                                  "= ranks 32 to 34); empty for a single value.", nullable=True),
        "citation_ids": CITATION_IDS,
        "note": Col("str", "How the value is printed, and any caveat.", nullable=True),
    },
    key=("year", "province_id", "measure"), sort_by=("year", "province_id", "measure"),
))

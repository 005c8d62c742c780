"""The provincial indices other than the DTI, each as one value per edition and province with a rank.

PAPI (the citizen survey; its e-governance dimension or the aggregate), PCI (the business survey) and the
older indices whose tables hold only what the press printed (ICT Index, PAR Index, MIC's 2017 e-government
ranking). :func:`index_series` puts any of them in one long form, so that comparisons with the DTI and the
province profile read them alike.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..ranking import competition_rank
from ..schemas.indices import N_PROVINCES

SERIES_COLUMNS = ["year", "province_id", "name_vi", "value", "rank", "n_ranked", "rank_is_derived"]


@dataclass(frozen=True)
class OtherIndex:
    code: str
    table: str  # the dtlib.load table
    column: str  # the value compared
    higher_is_better: bool
    name_en: str
    value_label: str  # what the value is, for axes and tables
    rank_column: str | None  # the table's rank of the value; None: ranked here among the provinces with a value
    n_ranked_column: str | None  # the table's count of ranked units; None: N_PROVINCES when rank_column is
    # given (printed ranks among the 63), else the number of provinces with a value
    about: str  # what it measures and what to keep in mind, in one sentence
    ranks_derived: bool = False  # the table's ranks were derived by the build (a rank_is_derived column wins)

    @property
    def printed_ranks_only(self) -> bool:
        """The value is a rank among the 63 as printed, known for some provinces only."""
        return self.column == self.rank_column


OTHER_INDICES: tuple[OtherIndex, ...] = (
    OtherIndex("papi_egovernance", "papi", "egovernance_score", True, "PAPI e-governance",
               "e-governance dimension (1-10)", None, None,
               "the e-governance dimension of PAPI, citizens' experience of e-government portals, the Internet "
               "and online responsiveness (UNDP/CECODES survey, from 2018); ranks are derived here"),
    OtherIndex("papi", "papi", "score", True, "PAPI (aggregate)", "aggregate PAPI (sum of dimensions)", "rank",
               "n_ranked",
               "the aggregate PAPI, citizens' experience of provincial governance and public administration "
               "(UNDP/CECODES survey); six dimensions to 2017, eight from 2018, so totals do not compare across "
               "2017-2018; ranks derived by the build", ranks_derived=True),
    OtherIndex("pci", "pci", "score", True, "PCI", "PCI (0-100)", "rank", "n_ranked",
               "VCCI's Provincial Competitiveness Index, firms' view of the business climate (to 2022; ranks "
               "2017-2022 derived from the 2-decimal scores)"),
    OtherIndex("egov", "egov", "rank", False, "MIC e-government ranking", "e-government rank (of 63)", "rank", None,
               "MIC's 2017 ranking of IT application in state agencies (ranks 1-53 of 63 as relayed by a "
               "provincial portal)"),
    OtherIndex("ict_index", "ict_index", "rank", False, "Vietnam ICT Index", "ICT Index rank (of 63)", "rank", None,
               "the Vietnam ICT Index of readiness for ICT development and application; only the ranks the press "
               "printed, mostly of leading provinces"),
    OtherIndex("par_index", "par_index", "rank", False, "PAR Index", "PAR Index rank (of 63)", "rank", None,
               "the Ministry of Home Affairs' administrative-reform index; only the ranks the press printed, "
               "mostly of leading provinces"),
)
OTHER_INDEX_CODES: tuple[str, ...] = tuple(i.code for i in OTHER_INDICES)


def other_index(code: str) -> OtherIndex:
    for index in OTHER_INDICES:
        if index.code == code:
            return index
    raise ValueError(f"unknown index {code!r}; valid: {', '.join(OTHER_INDEX_CODES)}")


def index_series(table: pd.DataFrame, code: str) -> pd.DataFrame:
    """One index of ``table`` (``dtlib.load(other_index(code).table)``) in long form: SERIES_COLUMNS.

    One row per edition and province with a value. ``rank`` is the table's (1 = best) or, for an index
    without one, the competition rank of the value among the provinces with a value that year
    (``rank_is_derived``); ``n_ranked`` is how many units the rank is among.
    """
    index = other_index(code)
    frame = table[table[index.column].notna()]
    out = frame[["year", "province_id", "name_vi"]].astype({"year": "int64"}).assign(
        value=frame[index.column].astype(float))
    if index.rank_column is None:
        years = out.groupby("year")["value"]
        out["rank"] = years.transform(competition_rank).astype("Int64")
        out["n_ranked"] = years.transform("size").astype("Int64")
        out["rank_is_derived"] = True
    else:
        out["rank"] = frame[index.rank_column].astype("Int64")
        out["n_ranked"] = (frame[index.n_ranked_column].astype("Int64") if index.n_ranked_column
                           else pd.array([N_PROVINCES] * len(frame), "Int64"))
        out["rank_is_derived"] = (frame["rank_is_derived"].to_numpy(bool) if "rank_is_derived" in frame
                                  else index.ranks_derived)
    return out[SERIES_COLUMNS].sort_values(["year", "province_id"]).reset_index(drop=True)

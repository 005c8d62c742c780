"""Assemble the DTI tables from every raw source of DTI values.

Sources give values in three shapes: published tables (a row per province),
press values (a row per value) and the source articles' claims. All become one long
list of (edition, province, measure, value) with provenance; two sources giving the
same value must agree; ranks are checked against scores and derived where an
edition's scores are complete.
"""
from __future__ import annotations

import pandas as pd

from ..errors import DataError
from ..measures import MEASURES, VALUE_COLUMNS, is_rank
from ..provinces import N_PROVINCES, PRE2025
from ..ranking import competition_rank, rank_conflicts
from ..rawio import Column, row_error
from ..schemas.dti import EXPECTED_DTI_COUNTS
from ..sources import PROVENANCE_ORDER, join_ids, split_ids
from ..vocabulary import COMPLETE_DTI_EDITIONS, DTI_EDITIONS, INDEX_TABLES
from .context import Context
from .keyed import check_unique, check_years
from .press import claim_province_ids
from .raw import CITED, NOTE, register_format, resolve_province_column


def _value_column(name: str) -> Column:
    if is_rank(name):
        return Column(name, "int", required=False, minimum=1, maximum=N_PROVINCES)
    return Column(name, "float", required=False, minimum=0, maximum=1)


# One published table (or one transcription of it): a row per province.
register_format("dti_table", [
    Column("year", "int", nullable=False),
    Column("province", nullable=False),
    *(_value_column(c) for c in VALUE_COLUMNS),
    CITED,
    NOTE,
])
# Values gathered one by one (press reports): a row per value.
register_format("dti_values", [
    Column("year", "int", nullable=False),
    Column("province", nullable=False),
    Column("measure", nullable=False, choices=VALUE_COLUMNS),
    Column("value", "float", nullable=False),
    CITED,
    NOTE,
])
register_format("dti_editions", [
    Column("year", "int", nullable=False),
    Column("published_date", "date"),
    Column("publisher", nullable=False),
    Column("n_main_indices", "int"),
    Column("n_component_indices", "int"),
    Column("national_score", "float", minimum=0, maximum=1),
    Column("provincial_mean_score", "float", minimum=0, maximum=1),
    CITED,
    NOTE,
])

# Two sources agree on a score if they differ by less than half a unit of the fourth decimal.
SCORE_TOLERANCE = 0.00005
# Claims about the DTI and its pillars and main indices, by the column that holds their rank.
_CLAIM_MEASURES = {code: column for code, (table, column) in INDEX_TABLES.items() if table == "dti"}
_LONG = ["year", "province_id", "measure", "value", "citation_ids", "file", "line"]


def from_table(frame: pd.DataFrame, index) -> pd.DataFrame:
    """Long values from a published table (one row per province)."""
    check_years(frame, DTI_EDITIONS, "DTI")
    frame = frame.assign(province_id=resolve_province_column(frame, index))
    check_unique(frame, ["year", "province_id"], "province-year")
    present = [c for c in VALUE_COLUMNS if frame[c].notna().any()]
    long = frame.melt(id_vars=["year", "province_id", "citation_ids", "line"], value_vars=present,
                      var_name="measure", value_name="value").dropna(subset=["value"])
    return long.assign(file=frame.attrs["file"])[_LONG]


def from_values(frame: pd.DataFrame, index) -> pd.DataFrame:
    """Long values from a file of single values (press reports)."""
    check_years(frame, DTI_EDITIONS, "DTI")
    frame = frame.assign(province_id=resolve_province_column(frame, index))
    check_unique(frame, ["year", "province_id", "measure"], "province-year-measure")
    for position, (measure, value) in enumerate(zip(frame["measure"], frame["value"])):
        if is_rank(measure) and (value != int(value) or not 1 <= value <= N_PROVINCES):
            raise row_error(frame, position, f"bad {measure}", column="value", expected=f"a whole number 1-{N_PROVINCES}")
        if not is_rank(measure) and not 0 <= value <= 1:
            raise row_error(frame, position, f"bad {measure}", column="value", expected="a score between 0 and 1")
    return frame.assign(file=frame.attrs["file"])[_LONG]


def from_claims(frame: pd.DataFrame, index) -> pd.DataFrame:
    """Long values from a raw file of article claims: DTI rank claims of a pre-2025 province that
    state their edition (a rank among the 34 post-2025 units belongs to the 34-unit tables)."""
    frame = frame.assign(province_id=claim_province_ids(frame, index))
    usable = frame[frame["index_code"].isin(list(_CLAIM_MEASURES)) & (frame["year_basis"] == "stated")
                   & frame["province_id"].str.startswith(PRE2025)]
    return pd.DataFrame({
        "year": usable["year"].astype(int),
        "province_id": usable["province_id"],
        "measure": usable["index_code"].map(_CLAIM_MEASURES),
        "value": usable["rank"].astype(float),
        "citation_ids": usable["citation_id"],
        "file": frame.attrs["file"],
        "line": usable["line"],
    })[_LONG]


def _provenance(citation_ids: str, how_read: dict[str, str]) -> str:
    kinds = {how_read[i] for i in split_ids(citation_ids)}
    return next(p for p in PROVENANCE_ORDER if p in kinds)


def merge_sources(values: pd.DataFrame, citations: pd.DataFrame) -> pd.DataFrame:
    """One value per (year, province, measure): sources must agree; the most official one is kept.

    ``citation_ids`` of the result lists the kept source first, then every source that agrees. A
    press report that contradicts an official or secondary source is left out (it stays in
    ``press_claims``, where ``claims.verify`` shows it as contradicted); two disagreeing sources
    of the same standing stop the build.
    """
    how_read = dict(zip(citations["citation_id"], citations["how_read"]))
    values = values.assign(provenance=[_provenance(c, how_read) for c in values["citation_ids"]])
    values["priority"] = values["provenance"].map(PROVENANCE_ORDER.index)
    values = values.sort_values(["year", "province_id", "measure", "priority"], kind="stable")
    merged = []
    for (year, pid, measure), group in values.groupby(["year", "province_id", "measure"], sort=False):
        kept = group.iloc[0]
        agreeing = [kept["citation_ids"]]
        for _, other in group.iloc[1:].iterrows():
            tolerance = 0 if is_rank(measure) else SCORE_TOLERANCE
            if abs(other["value"] - kept["value"]) <= tolerance:
                agreeing.append(other["citation_ids"])
            elif other["provenance"] == "press" and kept["provenance"] != "press":
                continue  # the press got it wrong (or meant another edition); the official value stands
            else:
                raise DataError(
                    f"{year} {pid} {measure}: sources disagree ({kept['file']} line {kept['line']} gives "
                    f"{kept['value']:g})", file=other["file"], row=int(other["line"]), column=measure,
                    value=other["value"], expected=f"{kept['value']:g} or a correction of one source",
                )
        merged.append({**kept.to_dict(), "citation_ids": join_ids(agreeing)})
    return pd.DataFrame(merged).drop(columns="priority").reset_index(drop=True)


def leave_out_press_ranks_contradicting_scores(values: pd.DataFrame, citations: pd.DataFrame,
                                                n_units: int) -> pd.DataFrame:
    """Press ranks that contradict the scores of an edition read from sources of higher standing
    (no press score among them) are left out before the sources are merged, as ``merge_sources``
    leaves out a press rank that contradicts an official one; they stay in ``press_claims``, where
    ``claims.verify`` shows them contradicted. Contradictions with press scores stop the build later,
    in ``check_and_derive_ranks``."""
    how_read = dict(zip(citations["citation_id"], citations["how_read"]))
    from_press = pd.Series([_provenance(c, how_read) == "press" for c in values["citation_ids"]], index=values.index)
    left_out = []
    for year in sorted(values["year"].unique()):
        this_year = values["year"] == year
        for m in MEASURES:
            score_rows = values[this_year & (values["measure"] == m.score_column)]
            scores = score_rows[~from_press[score_rows.index]].groupby("province_id")["value"].first()
            if scores.empty or not score_rows["province_id"].isin(scores.index).all():
                continue  # some score rests on the press alone
            for row, rank in values[this_year & (values["measure"] == m.rank_column) & from_press].iterrows():
                if rank_conflicts(scores, pd.Series({rank["province_id"]: rank["value"]}), n_units):
                    left_out.append(row)
    return values.drop(index=left_out)


def check_and_derive_ranks(values: pd.DataFrame, n_units: int) -> pd.DataFrame:
    """Check every published rank against its scores; add derived overall ranks for complete editions."""
    derived = []
    for year in sorted(values["year"].unique()):
        this_year = values[values["year"] == year]
        for m in MEASURES:
            scores = this_year[this_year["measure"] == m.score_column].set_index("province_id")["value"]
            ranked = this_year[this_year["measure"] == m.rank_column].set_index("province_id")
            for conflict in rank_conflicts(scores, ranked["value"], n_units):
                row = ranked.loc[conflict.label]
                raise DataError(
                    f"{year} {conflict.label}: published {m.rank_column} {conflict.rank} contradicts the "
                    f"scores ({conflict.reason})", file=row["file"], row=int(row["line"]),
                    column=m.rank_column, value=conflict.rank,
                    expected="a rank consistent with the scores (ties share a rank, the next skips)",
                )
            if m.code == "" and len(scores) == n_units:
                ranks = competition_rank(scores)
                missing = ranks[~ranks.index.isin(ranked.index)]
                derived += [
                    {"year": year, "province_id": pid, "measure": "rank", "value": float(rank),
                     "citation_ids": None, "provenance": "derived", "file": None, "line": None}
                    for pid, rank in missing.items()
                ]
    if not derived:
        return values
    return pd.concat([values, pd.DataFrame(derived)], ignore_index=True)


def _check_expected_counts(wide: pd.DataFrame) -> None:
    for year, expected in EXPECTED_DTI_COUNTS.items():
        edition = wide[wide["year"] == year]
        for column, n_expected in expected.items():
            n = int(edition[column].notna().sum())
            if n != n_expected:
                raise DataError(
                    f"DTI {year} has {n} non-empty {column} values, the committed expectation is {n_expected}",
                    expected="the committed count; if the new data are deliberate, update "
                             "EXPECTED_DTI_COUNTS in dtlib/schemas/dti.py in the same commit",
                )


def check_complete_editions(values: pd.DataFrame, n_units: int) -> None:
    for year in COMPLETE_DTI_EDITIONS:
        n_scores = int(((values["year"] == year) & (values["measure"] == "score")).sum())
        if n_scores != n_units:
            raise DataError(f"DTI {year} has a score for {n_units - n_scores} fewer provinces than expected",
                            value=n_scores, expected=f"{n_units} scores (a complete edition)")


def long_table(values: pd.DataFrame) -> pd.DataFrame:
    """The processed ``dti_values`` table."""
    table = values[["year", "province_id", "measure", "value", "provenance", "citation_ids"]]
    return table.sort_values(["year", "province_id", "measure"]).reset_index(drop=True)


def wide_table(values: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """The processed ``dti`` table: one row per edition and pre-2025 province."""
    provinces = registry[registry["era"] == PRE2025][["province_id", "era", "name_vi"]]
    grid = pd.MultiIndex.from_product([DTI_EDITIONS, provinces["province_id"]], names=["year", "province_id"])
    wide = values.pivot(index=["year", "province_id"], columns="measure", values="value").reindex(grid)
    for column in VALUE_COLUMNS:
        if column not in wide:
            wide[column] = float("nan")
        wide[column] = wide[column].astype("Int64") if is_rank(column) else wide[column].astype(float)
    provenance = values.pivot(index=["year", "province_id"], columns="measure", values="provenance").reindex(grid)
    for column in ("rank", "score"):
        wide[f"{column}_provenance"] = provenance[column] if column in provenance else None
    wide["rank_is_derived"] = (wide["rank_provenance"] == "derived").fillna(False).astype(bool)
    cited = values.dropna(subset=["citation_ids"]).groupby(["year", "province_id"])["citation_ids"].agg(join_ids)
    wide["citation_ids"] = cited.reindex(grid)
    wide = wide.reset_index().merge(provinces, on="province_id", how="left")
    columns = ["year", "era", "province_id", "name_vi", *VALUE_COLUMNS, "rank_is_derived",
               "score_provenance", "rank_provenance", "citation_ids"]
    return wide[columns].sort_values(["year", "province_id"]).reset_index(drop=True)


def build_step(ctx: Context) -> None:
    raw, index = ctx.raw, ctx.index
    parts = [from_table(f, index) for f in raw.all("dti_table")]
    parts += [from_values(f, index) for f in raw.all("dti_values")]
    parts += [from_claims(f, index) for f in raw.all("press_claims")]
    values = leave_out_press_ranks_contradicting_scores(pd.concat(parts, ignore_index=True), raw.citations, N_PROVINCES)
    values = merge_sources(values, raw.citations)
    values = check_and_derive_ranks(values, N_PROVINCES)
    check_complete_editions(values, N_PROVINCES)
    wide = wide_table(values, ctx.tables["provinces"])
    _check_expected_counts(wide)
    formats = ("dti_table", "dti_values", "press_claims")
    ctx.add("dti", wide, *formats)
    ctx.add("dti_values", long_table(values), *formats)
    ctx.add("dti_editions", raw.one("dti_editions").drop(columns="line"), "dti_editions")

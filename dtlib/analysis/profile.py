"""Everything the province profile shows, for any of the 63 provinces or the 34 units.

:func:`province_profile` assembles, from the tidy tables, where a province stands in every
edition and index, its peers, its main-index strengths and weaknesses, the press claims
about it, and its place in the 2025 reorganisation; ``missing`` says in plain words, by topic, what
the tables do not know. The notebook only displays it.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..measures import MAIN_INDICES, MEASURES
from ..provinces import POST2025, PRE2025
from ..vocabulary import COMPLETE_DTI_EDITIONS, DTI_EDITIONS
from .decomposition import Decomposition, decompose_change
from .series import measure_series

PEER_COUNT = 4
# Topics of ProvinceProfile.missing: peers, DTI ranks and scores per edition, pillars, main indices,
# press claims. (A unit's own DTI is dti_34: dtlib.analysis.merger.unit_standing.)
MISSING_TOPICS = ("peers", "ranks", "scores", "pillars", "main_indices", "claims")
STANDING_COLUMNS = ["year", "index", "name_en", "kind", "score", "rank", "rank_is_derived"]
CLAIM_COLUMNS = ["claim_id", "province_id", "index_code", "year", "year_basis", "rank", "out_of",
                 "rank_change", "change_vs_year", "citation_id", "published_date"]
# Kept when the claims come verified (dtlib.claims.verify).
VERDICT_COLUMNS = ["verdict", "edition", "table_rank", "reason"]


@dataclass(frozen=True)
class ProvinceProfile:
    province_id: str
    name_vi: str
    era: str
    region: str
    standing: pd.DataFrame  # every known score and rank: STANDING_COLUMNS
    latest_year: int | None  # latest edition with a DTI score for the province
    peers: pd.DataFrame  # same region, nearest DTI score in latest_year
    main_index_year: int | None
    main_indices: pd.DataFrame  # main indices known in main_index_year, best rank first
    change: Decomposition | None  # DTI change over the last two complete editions
    claims: pd.DataFrame  # press claims about the province (for a unit: the unit and its provinces), verdicts if given
    unit_id: str  # the post-2025 unit: the successor of a province, or the unit itself
    unit_name_vi: str
    constituents: pd.DataFrame  # the unit's pre-2025 provinces with their DTI ranks
    missing: dict[str, str]  # what the tables do not know, in plain words, by topic (see MISSING_TOPICS)


def province_profile(province_id: str, dti: pd.DataFrame, registry: pd.DataFrame,
                     claims: pd.DataFrame) -> ProvinceProfile:
    """The profile of ``province_id`` from ``dtlib.load("dti")``, ``dtlib.provinces()`` and
    ``dtlib.load("press_claims")``, verified or not (``dtlib.claims.verify``: the verdicts are kept)."""
    rows = registry[registry["province_id"] == province_id]
    if rows.empty:
        raise ValueError(f"unknown province_id {province_id!r}; expected an id of dtlib.provinces()")
    me = rows.iloc[0]
    unit_id = me["successor_id"] if me["era"] == PRE2025 else province_id
    unit = registry[registry["province_id"] == unit_id].iloc[0]
    members = registry[registry["successor_id"] == unit_id].sort_values("province_id")
    pre2025 = me["era"] == PRE2025
    overall = measure_series(dti, "dti")

    standing = _standing(dti, province_id) if pre2025 else pd.DataFrame(columns=STANDING_COLUMNS)
    scored = overall[(overall["province_id"] == province_id) & overall["score"].notna()]
    latest_year = int(scored["year"].max()) if len(scored) else None
    peers = _peers(overall, registry, me, latest_year)
    main_year, main = _main_indices(dti, standing)
    last_two = COMPLETE_DTI_EDITIONS[-2:]
    change = decompose_change(dti, province_id, *last_two) if pre2025 else None
    about = [province_id] if pre2025 else [province_id, *members["province_id"]]
    columns = CLAIM_COLUMNS + [c for c in VERDICT_COLUMNS if c in claims.columns]
    its_claims = claims[claims["province_id"].isin(about)].sort_values("claim_id")[columns]
    constituents = _constituents(overall, members)
    missing = _missing(me, standing, its_claims, members)
    return ProvinceProfile(
        province_id, me["name_vi"], me["era"], me["region"], standing, latest_year, peers, main_year, main,
        change, its_claims.reset_index(drop=True), unit_id, unit["name_vi"], constituents, missing)


def _standing(dti: pd.DataFrame, province_id: str) -> pd.DataFrame:
    parts = []
    for m in MEASURES:
        series = measure_series(dti, m.code or "dti")
        mine = series[(series["province_id"] == province_id) & (series["score"].notna() | series["rank"].notna())]
        parts.append(mine.assign(index=m.code or "dti", name_en=m.name_en, kind=m.kind))
    return pd.concat(parts)[STANDING_COLUMNS].sort_values(["year"], kind="stable").reset_index(drop=True)


def standing_table(standing: pd.DataFrame) -> pd.DataFrame:
    """The standing as a readable grid: one row per measure, one column per edition,
    cells "rank (score)"; empty where unknown."""
    def cell(row) -> str:
        rank = "" if pd.isna(row["rank"]) else str(int(row["rank"]))
        score = "" if pd.isna(row["score"]) else f"{row['score']:.4f}"
        return f"{rank} ({score})" if rank and score else rank or f"({score})"

    cells = standing.assign(cell=standing.apply(cell, axis=1) if len(standing) else [])
    grid = cells.pivot(index="name_en", columns="year", values="cell")
    order = [m.name_en for m in MEASURES if m.name_en in grid.index]
    return grid.reindex(index=order, columns=[y for y in DTI_EDITIONS if y in grid.columns]).fillna("")


def _peers(overall: pd.DataFrame, registry: pd.DataFrame, me: pd.Series, year: int | None) -> pd.DataFrame:
    """Other provinces of the same region with the nearest DTI score in ``year``."""
    columns = ["province_id", "name_vi", "score", "rank", "score_gap"]
    if year is None:
        return pd.DataFrame(columns=columns)
    region = registry.loc[(registry["region"] == me["region"]) & (registry["era"] == me["era"]), "province_id"]
    edition = overall[(overall["year"] == year) & overall["province_id"].isin(region)]
    own = edition.loc[edition["province_id"] == me["province_id"], "score"].iloc[0]
    others = edition[(edition["province_id"] != me["province_id"]) & edition["score"].notna()]
    others = others.assign(score_gap=others["score"] - own, distance=(others["score"] - own).abs())
    nearest = others.sort_values(["distance", "province_id"]).head(PEER_COUNT)
    return nearest.sort_values(["rank", "province_id"])[columns].reset_index(drop=True)


def _main_indices(dti: pd.DataFrame, standing: pd.DataFrame) -> tuple[int | None, pd.DataFrame]:
    """Main indices known in the latest edition that has any, with their rank and the national median."""
    columns = ["index", "name_en", "score", "rank", "national_median", "rank_vs_dti"]
    known = standing[(standing["kind"] == "main_index") & standing["score"].notna()]
    if known.empty:
        return None, pd.DataFrame(columns=columns)
    year = int(known["year"].max())
    known = known[known["year"] == year]
    dti_rank = standing.loc[(standing["index"] == "dti") & (standing["year"] == year), "rank"]
    edition = dti[dti["year"] == year]
    medians = {m.code: edition[m.score_column].median() for m in MAIN_INDICES}
    table = known.assign(national_median=known["index"].map(medians),
                         rank_vs_dti=(dti_rank.iloc[0] - known["rank"]) if len(dti_rank) else pd.NA)
    return year, table.sort_values(["rank", "index"])[columns].reset_index(drop=True)


def _constituents(overall: pd.DataFrame, members: pd.DataFrame) -> pd.DataFrame:
    """The unit's pre-2025 provinces with their DTI rank per edition and latest score."""
    mine = overall[overall["province_id"].isin(members["province_id"])]
    ranks = mine.pivot(index="province_id", columns="year", values="rank").astype("Int64")
    ranks.columns = [f"rank_{y}" for y in ranks.columns]
    latest = COMPLETE_DTI_EDITIONS[-1]
    scores = mine[mine["year"] == latest].set_index("province_id")["score"].rename(f"score_{latest}")
    table = members[["province_id", "name_vi"]].set_index("province_id").join(ranks).join(scores)
    return table.reset_index()


def _missing(me: pd.Series, standing: pd.DataFrame, claims: pd.DataFrame, members: pd.DataFrame) -> dict[str, str]:
    name = me["name_vi"]
    notes = {}
    if me["era"] == POST2025:
        formed = (f"the pre-2025 province whose territory {name} kept" if len(members) == 1
                  else f"the {len(members)} pre-2025 provinces that formed {name}")
        notes["peers"] = (f"Peers by score and main-index strengths are worked out among the 63 pre-2025 provinces "
                          f"only: see those of {formed}.")
    else:
        overall = standing[standing["index"] == "dti"]
        unranked = [y for y in DTI_EDITIONS if y not in set(overall.loc[overall["rank"].notna(), "year"])]
        if unranked:
            notes["ranks"] = (f"No DTI rank is known for {name} in {join_and(unranked)}: for those editions the "
                              f"tables hold only the ranks that press reports and provincial portals give.")
        unscored = [y for y in DTI_EDITIONS if y not in set(overall.loc[overall["score"].notna(), "year"])]
        if unscored:
            notes["scores"] = f"No DTI score is known for {name} in {join_and(unscored)}."
        if standing[standing["kind"] == "pillar"].empty:
            notes["pillars"] = f"No pillar score or rank (digital government, economy, society) is known for {name}."
        never = [m.name_en for m in MAIN_INDICES
                 if standing[(standing["index"] == m.code) & standing["score"].notna()].empty]
        if never:
            notes["main_indices"] = (f"Main indices never known for {name}: {', '.join(never)} (our sources give "
                                     f"infrastructure and the three activity indices for every province from "
                                     f"2022, the other four only for the 2022 top five).")
    if claims.empty:
        who = name if me["era"] == PRE2025 else f"{name} or the provinces that formed it"
        notes["claims"] = f"No press claim in the tables is about {who}."
    return notes


def join_and(items: list) -> str:
    """``["a", "b", "c"]`` -> ``"a, b and c"``; ``"none"`` for no items."""
    words = [str(item) for item in items]
    if len(words) <= 1:
        return words[0] if words else "none"
    return ", ".join(words[:-1]) + " and " + words[-1]


# Other indices: where the province stands on citizens' e-governance (PAPI) and the business climate (PCI).
POSITION_INDICES = ("papi_egovernance", "pci")
TREND_EDITIONS = 5  # the trend is read over each index's latest editions
POSITION_COLUMNS = ["index", "name_en", "province_id", "name_vi", "index_latest_year", "latest_year", "value",
                    "rank", "n_ranked", "first_year", "first_rank", "rank_change", "ranks"]


def recent_editions(series: pd.DataFrame, n: int = TREND_EDITIONS) -> list[int]:
    """The ``n`` latest editions of an index series."""
    return sorted(series["year"].unique())[-n:]


def index_positions(province_ids: list[str], series: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Where each province stands on each index of ``series`` (code -> ``other_indices.index_series``).

    One row per index and province (POSITION_COLUMNS): the index's latest edition, the latest edition
    with a value for the province, that value and its rank among ``n_ranked``; over the index's
    :func:`recent_editions`, the first edition with a rank, that rank, ``rank_change`` (positive = moved
    up) and ``ranks``, the rank in each of those editions ("–" where unknown).
    """
    from .other_indices import other_index

    rows = []
    for code, frame in series.items():
        years = recent_editions(frame)
        for pid in province_ids:
            mine = frame[frame["province_id"] == pid].set_index("year")
            recent = mine.loc[mine.index.isin(years) & mine["rank"].notna()]
            row = {"index": code, "name_en": other_index(code).name_en, "province_id": pid,
                   "index_latest_year": int(frame["year"].max()), "ranks": " · ".join(
                       f"{y}: {int(mine.loc[y, 'rank']) if y in recent.index else '–'}" for y in years)}
            if len(mine):
                latest = mine.loc[mine.index.max()]
                row |= {"name_vi": latest["name_vi"], "latest_year": int(mine.index.max()), "value": latest["value"],
                        "rank": latest["rank"], "n_ranked": latest["n_ranked"]}
            if len(recent):
                first = recent.index.min()
                row |= {"first_year": int(first), "first_rank": recent.loc[first, "rank"],
                        "rank_change": recent.loc[first, "rank"] - recent.loc[recent.index.max(), "rank"]}
            rows.append(row)
    table = pd.DataFrame(rows, columns=POSITION_COLUMNS)
    return table.astype({c: "Int64" for c in ("latest_year", "rank", "n_ranked", "first_year", "first_rank",
                                               "rank_change")})


def position_sentences(positions: pd.DataFrame) -> list[str]:
    """One sentence per row of :func:`index_positions`, every number from the table."""
    sentences = []
    for row in positions.itertuples():
        if pd.isna(row.latest_year):
            sentences.append(f"{row.name_en}: no value for {row.province_id}.")
            continue
        text = (f"{row.name_en} {row.latest_year}: {row.name_vi} ranked {row.rank} of {row.n_ranked} "
                f"(score {row.value:.2f})")
        if row.latest_year < row.index_latest_year:
            text += f"; the {row.index_latest_year} edition gives it no value"
        if not pd.isna(row.first_year) and row.first_year < row.latest_year:
            move = ("the same rank as" if row.rank_change == 0 else
                    f"{abs(row.rank_change)} place(s) {'up' if row.rank_change > 0 else 'down'} on")
            text += f"; {move} {row.first_year} (rank {row.first_rank})"
        sentences.append(text + ".")
    return sentences

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Press claims about provincial rankings, checked against the tables
#
# Provincial news is where most people meet the rankings, and it is often vague about which
# edition or index it means. This notebook takes the ranking claims the project has curated
# from news reports (the five source articles and the reports collected since, facts only,
# each with its citation), checks each against the project's tables, and asks how many hold
# and what the press adds where the official tables are missing.
#
# **Verdicts** (`dtlib.claims.verify`): *confirmed* (the table gives the rank for the year the
# report states), *confirmed, other edition* (the report states no year, or the year the
# ranking was published, and another edition gives the rank), *contradicted* (the table gives
# another rank), *unverifiable* (no table for the index, no rank for the province in the
# edition meant, or a table value whose only source is the claim's own article).

# %% tags=["parameters"]
index_code: str = "all"  # one index of dtlib.vocabulary.INDEX_CODES ("dti", "dti_gov", "pci", "papi", ...) or "all"
provinces: list = []  # only claims about these provinces or units, any spelling; [] for all
since: "Optional[int]" = None  # only claims about editions from this year on (e.g. 2020); None for all

# %%
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

import dtlib
from dtlib import claims, plotting
from dtlib.analysis.profile import join_and
from dtlib.parameters import validate
from dtlib.provinces import N_PROVINCES
from dtlib.vocabulary import INDEX_CODES

params = validate({"index_code": index_code, "provinces": provinces, "since": since})
registry = dtlib.provinces()
citations = dtlib.load("citations")
# the curated claims read from the press; ranks read from the tables an index's owner (or a
# provincial portal) publishes confirm those tables by construction and are left out here
read_from_press = set(citations.loc[citations["how_read"] == "press", "citation_id"])
curated = dtlib.load("press_claims")
verified = claims.verify(curated[curated["citation_id"].isin(read_from_press)])
selected, undated = claims.select_claims(verified, params["index_code"], params["provinces"], params["since"])
names = dict(zip(registry["province_id"], registry["name_vi"]))
publishers = dict(zip(citations["citation_id"], citations["publisher"]))
plotting.use_style()


def save(fig, name):
    plotting.save_figure(fig, "press_claims", params, name)


scope = [f"index: {claims.INDEX_LABELS[params['index_code']]}" if params["index_code"] else "every index"]
if params["provinces"]:
    scope.append("provinces: " + join_and([names[p] for p in params["provinces"]]))
if params["since"]:
    scope.append(f"editions from {params['since']} on")
display(Markdown(
    f"**Selection:** {'; '.join(scope)}. **{len(selected)} of the {len(verified)} curated claims**, "
    f"from {selected['citation_id'].nunique()} reports."
    + (f" Left out because no edition can be assigned to them: {len(undated)} undated claim(s)." if len(undated) else "")
))
if selected.empty:
    display(Markdown("No curated claim matches the selection: widen `index_code`, `provinces` or `since`."))

# %% [markdown]
# ## The curated claims
#
# One row per claim: the report's publisher, the province as keyed by the registry (a rank
# among the 34 post-2025 units is keyed by the unit), the index, the year the report states
# (empty when it states none), the claimed rank, the verdict, the edition it was checked in
# and the table's rank there.

# %%
shown = selected.assign(
    publisher=selected["citation_id"].map(publishers), province=selected["province_id"].map(names),
    index=selected["index_code"].map(claims.INDEX_LABELS),
)[["claim_id", "publisher", "province", "index", "year", "rank", "verdict", "edition", "table_rank"]]
display(shown.style.hide(axis="index").format(na_rep="–"))

# %% tags=["nbval-check-output"]
print(f"claims {len(selected)}, reports {selected['citation_id'].nunique()}, "
      f"provinces or units {selected['province_id'].nunique()}, indices {selected['index_code'].nunique()}, "
      f"year stated {int((selected['year_basis'] == 'stated').sum())}")

# %% [markdown]
# ## How many claims hold
#
# Share of the selected claims per verdict.

# %% tags=["nbval-check-output"]
overall = claims.verdict_shares(selected)
print(overall.round(3).to_string(index=False))

# %%
count = overall.set_index("verdict")["claims"]
held = count["confirmed"] + count["confirmed_other_edition"]
kinds = claims.unverifiable_kind(selected).value_counts()
checkable = len(selected) - count["unverifiable"]
display(Markdown(
    f"Of the {len(selected)} claims, {held} ({held / max(len(selected), 1):.0%}) match the tables, "
    f"{count['confirmed_other_edition']} of them only in another edition than the one stated or inferred; "
    f"{count['contradicted']} contradict the tables. "
    + (f"Among the {checkable} claims the tables can check, {held / checkable:.0%} hold. " if checkable else "")
    + f"The other {count['unverifiable']} cannot be checked"
    + (": " + "; ".join(f"{n} because {kind}" for kind, n in kinds.items()) + "." if len(kinds) else ".")
))

# %% [markdown]
# ### By index
#
# The DTI, PAPI and PCI have full tables for most editions; the ICT Index, the PAR Index and
# MIC's e-government ranking are known only from what the press printed, so most of their
# claims cannot be checked.

# %%
by_index = claims.verdict_shares(selected, by="index_code")
by_index = by_index.sort_values("index_code", key=lambda codes: codes.map(INDEX_CODES.index), kind="stable")
if len(by_index):
    fig = plotting.verdict_chart(by_index, "index_code", claims.INDEX_LABELS, title="Press claims per index, by verdict")
    save(fig, "verdicts_by_index")

# %% tags=["nbval-check-output"]
print(by_index.pivot(index="index_code", columns="verdict", values="claims")
      .reindex(index=list(dict.fromkeys(by_index["index_code"])), columns=list(claims.VERDICTS)).to_string())

# %% [markdown]
# ### By edition
#
# The edition a claim refers to: the year the report states, the edition that matched, or
# the newest edition public when the report appeared.

# %%
MANY = 10  # claims an edition needs before its share is compared with others
by_edition = claims.verdict_shares(selected, by="edition")
if len(by_edition):
    fig = plotting.verdict_chart(by_edition, "edition", title="Press claims per edition, by verdict")
    save(fig, "verdicts_by_edition")
    per_edition = by_edition.pivot(index="edition", columns="verdict", values="claims")[list(claims.VERDICTS)]
    shares = per_edition.div(per_edition.sum(axis=1), axis=0)
    held_share = shares["confirmed"].add(shares["confirmed_other_edition"])
    many = held_share[per_edition.sum(axis=1) >= MANY].sort_values(ascending=False, kind="stable")
    display(Markdown(
        f"Among the editions with at least {MANY} claims, the share that holds is highest for {many.index[0]} "
        f"({many.iloc[0]:.0%} of {int(per_edition.loc[many.index[0]].sum())}) and lowest for {many.index[-1]} "
        f"({many.iloc[-1]:.0%} of {int(per_edition.loc[many.index[-1]].sum())})."
        if len(many) > 1 else f"No two editions have {MANY} or more selected claims to compare."
    ))

# %% [markdown]
# ## Contradictions and other editions
#
# Claims the tables do not confirm as stated, with the reason `verify` gives.

# %%
odd = selected[selected["verdict"].isin(["contradicted", "confirmed_other_edition"])]
if len(odd):
    display(odd.assign(province=odd["province_id"].map(names))[
        ["claim_id", "province", "index_code", "year", "rank", "verdict", "edition", "table_rank", "reason"]
    ].style.hide(axis="index").format(na_rep="–"))
else:
    display(Markdown("No selected claim is contradicted or confirmed only in another edition."))

# %% [markdown]
# ### Ranks implied by a move
#
# "Xếp thứ 26, tăng 18 bậc so với năm 2017" implies rank 44 in 2017. Checking these implied
# ranks tests the reports' arithmetic and editions as well as their ranks.

# %%
implied = claims.verify(claims.implied_earlier_ranks(selected))
implied_count = implied["verdict"].value_counts().reindex(list(claims.VERDICTS), fill_value=0)
display(Markdown(
    f"{len(implied)} claim(s) state a move and its comparison year; the ranks they imply: "
    + ", ".join(f"{n} {verdict.replace('_', ' ')}" for verdict, n in implied_count.items()) + "."
))
wrong = implied[implied["verdict"] == "contradicted"]
if len(wrong):
    display(wrong.assign(province=wrong["province_id"].map(names))[
        ["claim_id", "province", "index_code", "year", "rank", "table_rank", "reason"]
    ].style.hide(axis="index"))

# %% [markdown]
# ## What the press adds to the 2020 and 2021 DTI tables
#
# The official tables of the first two DTI editions survive only as images, so every 2020
# and 2021 rank in `dti` comes from press reports and provincial portals. This section is
# about the DTI tables whatever the selection above; the provinces selected are outlined.

# %%
press = claims.press_values(dtlib.load("dti_values"), citations, (2020, 2021))
coverage = press.groupby(["year", "measure"]).agg(
    provinces=("province_id", "size"), one_source=("n_sources", lambda n: int((n == 1).sum())),
    two_or_more=("n_sources", lambda n: int((n > 1).sum())))
fig, axes = plt.subplots(1, 2, figsize=(10.5, 8.4), layout="constrained")
for ax, year in zip(axes, (2020, 2021)):
    ranks = press[(press["year"] == year) & (press["measure"] == "rank")].set_index("province_id")["value"]
    plotting.tile_map(ranks, "pre2025", title=f"DTI {year}: ranks known from the press ({len(ranks)} of {N_PROVINCES})",
                      highlight=params["provinces"], is_rank=True, legend_label="DTI rank", ax=ax)
save(fig, "press_ranks_2020_2021")

# %% tags=["nbval-check-output"]
print(coverage.to_string())

# %%
def describe(rows, rank_column="rank"):
    return join_and([f"{names[r.province_id]}, {claims.INDEX_LABELS[r.index_code]} {int(r.year)}: "
                     f"{int(getattr(r, rank_column))}" for r in rows.itertuples()])


overall_ranks = coverage.xs("rank", level="measure")
from_claims = selected[selected["fills_gap"].fillna(False) & selected["year"].isin([2020, 2021])
                       & selected["index_code"].map(lambda c: claims.INDEX_TABLES[c][0] == "dti")]
early = implied[implied["year"].isin([2020, 2021])].assign(printed=claims.printed_ranks(implied, dtlib.load("dti_values")))
early = early[early["index_code"].map(lambda c: claims.INDEX_TABLES[c][0] == "dti")]
unprinted, differing = early[early["printed"].isna()], early[early["printed"].notna() & (early["printed"] != early["rank"])]
display(Markdown(
    " ".join(f"In {year}, the press gives the overall rank of {row.provinces} of the {N_PROVINCES} provinces, "
             f"{row.two_or_more} of them confirmed by two or more reports and {row.one_source} resting on one."
             for year, row in overall_ranks.iterrows())
    + f"\n\nOf the selected claims, {len(from_claims)} state a 2020 or 2021 DTI value that no other source gives: "
    "they are in the table, cited to their article alone."
    + (f" The moves reported imply {len(unprinted)} more 2020 or 2021 rank(s) that no report prints "
       f"({describe(unprinted)}); the tables leave them out, since an implied rank is arithmetic on a report, "
       "not a source." if len(unprinted) else "")
    + (f" {len(differing)} implied rank(s) differ from the rank printed for the same edition "
       f"({describe(differing)}, printed: {join_and([str(int(p)) for p in differing['printed']])}): the report's "
       "move and its ranks do not add up." if len(differing) else "")
))

# %% [markdown]
# ## Read with care
#
# - A claim is checked in one table column per index (`dtlib.claims.INDEX_TABLES`); the ICT
#   Index, PAR Index and e-government tables hold only what the press printed, so a missing
#   rank there means *unknown*, not *absent*.
# - A table value whose only source is the claim's own article does not confirm it: such
#   claims are *unverifiable* and are the press's contribution to the table.
# - PCI ranks from 2017 and all PAPI ranks are derived from published scores, so a claim one
#   place off may reflect a tie split differently by the publisher.
# - An undated claim is checked against every edition public when the report appeared; a
#   date known only to the month counts as its first day.

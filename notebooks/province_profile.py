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
# # Province profile
#
# One page on one province (the 63 provinces until 30 June 2025) or unit (the 34 units from
# 1 July 2025): where it stands in every DTI edition and index, its peers, its main-index
# strengths and weaknesses, what the press has claimed about it, and its place in the 2025
# reorganisation. Where the tables know nothing, the page says so.

# %% tags=["parameters"]
province: str = "Ninh Bình"  # any spelling the registry understands, e.g. "TP.HCM", "Thua Thien - Hue", "pre2025-37"
era: "Optional[str]" = None  # None (the pre-2025 province when the name has one), "pre2025" or "post2025"

# %%
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

import dtlib
from dtlib import claims, plotting
from dtlib.analysis import merger
from dtlib.analysis.other_indices import index_series, other_index
from dtlib.analysis.profile import (POSITION_INDICES, index_positions, join_and, position_sentences, province_profile,
                                    recent_editions, standing_table)
from dtlib.analysis.series import measure_series
from dtlib.parameters import validate
from dtlib.pilots import pilot_summary
from dtlib.provinces import N_PROVINCES, N_UNITS, pre2025_provinces
from dtlib.vocabulary import REGIONS_POST2025

params = validate({"province": province, "era": era})
dti = dtlib.load("dti")
registry = dtlib.provinces()
profile = province_profile(params["province"], dti, registry, claims.verify(dtlib.load("press_claims")))
is_province = profile.era == "pre2025"
about = pre2025_provinces(profile.province_id, registry)  # the province itself, or the unit's constituents
dti_series = measure_series(dti, "dti")
dti34 = dtlib.load("dti_34")
# the unit's DTI per edition (the ministry's plain mean of its former provinces), next to their ranks
unit_table = merger.unit_standing(dti, dti34, registry, profile.unit_id)
unit_ranked = unit_table.dropna(subset=["rank"])
plotting.use_style()


def save(fig, name):
    plotting.save_figure(fig, "province_profile", params, name)


display(Markdown(
    f"## {profile.name_vi}\n\n`{profile.province_id}` · "
    + ("province until 30 June 2025" if is_province else "unit since 1 July 2025")
    + f" · region: {profile.region}"
))

# %% [markdown]
# ## Where it stands
#
# Rank among the 63 provinces (1 = best) and score (0-1) in every edition and index the
# tables know. Ranks of main indices are derived by dtlib from the scores of all 63 provinces.

# %% tags=["nbval-check-output"]
if is_province:
    print(standing_table(profile.standing).to_string())
else:
    print(profile.constituents.round(4).to_string(index=False))

# %%
if is_province:
    latest = profile.standing.set_index(["year", "index"]).loc[(profile.latest_year, "dti")]
    display(Markdown(
        f"In {profile.latest_year}, {profile.name_vi} ranked {latest['rank']} of {N_PROVINCES} with a DTI of {latest['score']:.4f}."
    ))
elif len(unit_ranked):
    last, n_former = unit_ranked.iloc[-1], len(profile.constituents)
    display(Markdown(
        f"In {last['year']}, {profile.name_vi} ranked {last['rank']} of {N_UNITS} units with a DTI of {last['score']:.4f}, "
        + ("the DTI of the former province whose territory it kept" if n_former == 1
           else f"the mean of its {n_former} former provinces")
        + f" (see *Among the 34 units* below). The table above gives each former province's ranks among the "
        f"{N_PROVINCES}."
    ))
who = profile.name_vi if is_province else f"the provinces that formed {profile.name_vi}"
fig = plotting.bump_chart(dti_series, about, title=f"DTI rank per edition: {who}")
save(fig, "rank_history")

# %% [markdown]
# ## Peers
#
# Other provinces of the same region with the nearest DTI score in the latest edition.

# %%
if len(profile.peers):
    display(profile.peers.round(4).style.hide(axis="index"))
    display(Markdown(
        f"Nearest to {profile.name_vi} in the {profile.region} region by DTI score in {profile.latest_year}: "
        + ", ".join(f"{p.name_vi} ({p.score:.4f}, rank {p.rank})" for p in profile.peers.itertuples()) + "."
    ))
else:
    display(Markdown(profile.missing["peers"]))

# %% [markdown]
# ## Strengths and weaknesses among the main indices
#
# Our sources give four of the eight main indices for every province (infrastructure and the
# three *activity* indices, 2022-2024). `rank_vs_dti` is the overall DTI rank minus the index
# rank: positive where the province does better on that index than overall.

# %%
if len(profile.main_indices):
    best, worst = profile.main_indices.iloc[0], profile.main_indices.iloc[-1]
    display(profile.main_indices.round(4).style.hide(axis="index"))
    display(Markdown(
        f"In {profile.main_index_year}, the best-ranked known main index of {profile.name_vi} is {best['name_en']} "
        f"(rank {best['rank']}), the worst {worst['name_en']} (rank {worst['rank']}).\n\n"
        f"**DTI change {profile.change.start} → {profile.change.end}:** {profile.change.explanation} "
        "(The DTI's weights are not published; see `dtlib.analysis.decomposition` for what can be attributed.)"
    ))
else:
    display(Markdown(profile.missing.get("peers", f"No main index is known for {profile.name_vi}.")))

# %% [markdown]
# ## What the press claimed
#
# Ranking claims of the curated news reports about this province (for a unit: about the unit
# and the provinces that formed it), each checked against the tables (`dtlib.claims.verify`):
# *confirmed* (the table gives the rank for the year stated), *confirmed_other_edition* (no
# year stated, or the year of publication, and another edition gives it), *contradicted* (the
# table's rank is in `table_rank`) or *unverifiable* (`reason` says why). The notebook
# `press_claims` checks every claim.

# %%
if len(profile.claims):
    shown = profile.claims.assign(index=profile.claims["index_code"].map(claims.INDEX_LABELS))
    shown = shown[["published_date", "citation_id", "index", "year", "rank", "rank_change", "verdict", "reason"]]
    display(shown.style.hide(axis="index").format(na_rep="–")
            .set_properties(subset=["reason"], **{"white-space": "normal", "min-width": "24em"}))
    verdicts = profile.claims["verdict"].value_counts()
    display(Markdown(
        f"{len(profile.claims)} claim(s) about {profile.name_vi}: "
        + join_and([f"{n} {verdict.replace('_', ' ')}" for verdict, n in verdicts.items()]) + "."
    ))
else:
    display(Markdown(profile.missing["claims"]))

# %% [markdown]
# ## The 2025 reorganisation

# %%
others = profile.constituents[profile.constituents["province_id"] != profile.province_id]
if is_province:
    display(Markdown(
        f"Since 1 July 2025, {profile.name_vi} is part of **{profile.unit_name_vi}** (`{profile.unit_id}`)"
        + (f", together with {join_and(others['name_vi'])}." if len(others) else ", which kept its territory.")
        + " The DTI of its provinces:"
    ))
elif len(profile.constituents) > 1:
    display(Markdown(f"{profile.name_vi} was formed from {join_and(profile.constituents['name_vi'])}; their DTI:"))
else:
    display(Markdown(f"{profile.name_vi} kept the territory of the pre-2025 province of the same name; its DTI:"))
display(profile.constituents.round(4).style.hide(axis="index"))

# %%
latest_scores = dti_series[dti_series["year"] == dti_series["year"].max()].set_index("province_id")["score"]
units = registry[registry["era"] == "post2025"].set_index("province_id")["region"]
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 9.5), width_ratios=[8.4, 5.4], layout="constrained")
plotting.tile_map(latest_scores, "pre2025", title=f"DTI {dti_series['year'].max()}, {N_PROVINCES} provinces", highlight=about,
                  legend_label="DTI score", ax=left)
plotting.tile_map(units, "post2025", title=f"{N_UNITS} units since 1 July 2025", highlight=[profile.unit_id],
                  categories=list(REGIONS_POST2025), legend_label="Region", ax=right)
save(fig, "maps")

# %% tags=["nbval-check-output"]
print(f"{profile.province_id} -> unit {profile.unit_id} ({profile.unit_name_vi}), "
      f"{len(profile.constituents)} pre-2025 province(s); claims: {', '.join(profile.claims['claim_id']) or 'none'}; "
      f"not known: {', '.join(profile.missing)}")

# %% [markdown]
# ## Among the 34 units
#
# The DTI of the unit (for a pre-2025 province: of the unit it became part of) per edition, as
# `dtlib.load("dti_34")` derives it by the ministry's method for DTI 2024: the plain mean of its
# former provinces (published for 2024 only). `rank` is among the 34 units; `n_with_data` counts
# the former provinces with a score: a unit has a DTI only when all of them do, and units are
# ranked only in editions where every unit has one. The last columns are the former provinces'
# ranks among the 63.

# %% tags=["nbval-check-output"]
print(unit_table.round(4).to_string(index=False))

# %%
gaps = unit_table.loc[~unit_table["is_complete"], "year"].tolist()
if len(unit_ranked):
    latest_unit = int(unit_ranked["year"].iloc[-1])
    rows = merger.constituent_ranks(dti, dti34, registry, latest_unit, merged_only=False)
    display(Markdown(f"**{latest_unit}:** " + merger.describe_unit(rows[rows["unit_id"] == profile.unit_id])))
display(Markdown(
    (f"No DTI for {profile.unit_name_vi} in {join_and(gaps)}: "
     + ("its former province has no score" if len(profile.constituents) == 1
        else "not every former province has a score")
     + " among the few figures of those editions that press reports give. " if gaps else "")
    + f"Ranked among the {N_UNITS} units in {join_and(unit_ranked['year'].tolist()) if len(unit_ranked) else 'no edition'}."
))

# %% [markdown]
# ## Citizens' e-governance (PAPI) and the business climate (PCI)
#
# Where the province stands on two surveys that look at it from outside the government: PAPI's
# e-governance dimension (citizens' use of e-government portals, Internet access and online
# responsiveness; from 2018; ranks derived by dtlib among the provinces with a score) and VCCI's PCI
# (firms' view of the business climate; to 2022; ranks 2017-2022 derived from the 2-decimal scores).
# Rank 1 = best; the trend runs over each index's five latest editions. For a unit formed in 2025,
# the provinces that formed it.

# %% tags=["nbval-check-output"]
position_series = {code: index_series(dtlib.load(other_index(code).table), code) for code in POSITION_INDICES}
positions = index_positions(about, position_series)
print(positions[["index", "name_vi", "latest_year", "value", "rank", "n_ranked", "rank_change", "ranks"]]
      .round(4).to_string(index=False))

# %%
display(Markdown("\n".join(f"- {sentence}" for sentence in position_sentences(positions))))
fig, axes = plt.subplots(1, len(position_series), figsize=(11, 5), layout="constrained")
for ax, (code, frame) in zip(axes, position_series.items()):
    plotting.bump_chart(frame[frame["year"].isin(recent_editions(frame))], about, ax=ax,
                        title=f"{other_index(code).name_en}: rank", xlabel="Edition (year surveyed)")
save(fig, "other_indices")

# %% [markdown]
# ## Pilot communes
#
# Commune- and village-level digital-transformation pilots the project's sources name here (for a
# unit: in the provinces that formed it), with a few of their figures as the sources qualify them:
# "over 90%" is a threshold, not 90. The `pilot_communes` notebook sets the figures next to their
# surroundings and says how little they prove.

# %%
pilots_here = pilot_summary(dtlib.load("pilot_communes"), dtlib.load("pilot_indicators"),
                            dtlib.load("pilot_programmes"), registry, about)
display(Markdown(pilots_here.text(who)))
if pilots_here.has_units:
    display(pilots_here.units[["unit_name", "level", "district", "province", "programme", "start_date",
                               "status_at_selection"]].style.hide(axis="index"))
    display(pilots_here.programmes.style.hide(axis="index").format(na_rep="–"))
if len(pilots_here.key_figures):
    display(Markdown("Key figures (those with a comparison or a baseline first; `figure` as the source states it, "
                     "`of` what a share is of):"))
    display(pilots_here.key_figures.style.hide(axis="index"))

# %% tags=["nbval-check-output"]
print(f"pilot units: {', '.join(sorted(set(pilots_here.units['unit_name']))) or 'none'}; "
      f"programmes: {', '.join(pilots_here.programmes['programme']) or 'none'}; "
      f"key figures: {', '.join(pilots_here.key_figures['figure'])}")

# %% [markdown]
# ## What the tables do not know

# %%
display(Markdown("\n".join(f"- {note}" for note in profile.missing.values())))

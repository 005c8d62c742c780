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
# # What the 2025 merger changed in the DTI picture
#
# Since 1 July 2025 Vietnam has 34 provincial units (Resolution 202/2025/QH15): 23 formed by
# merging two or three of the 63 former provinces, 11 unchanged. Every DTI edition so far
# (2020-2024) assessed the 63 provinces. For DTI 2024 the ministry also published the 34 units,
# each valued at the arithmetic mean of its former provinces; `dtlib.load("dti_34")` applies that
# method to every edition, and offers population-weighted means as a sensitivity check (see
# `docs/dti_34.md`). Only the 2024 values of the 34 units are published; all others are derived
# here. This page follows the 34 units across editions, sets each merged unit next to the
# provinces it was formed from, measures how much the merger narrowed the spread of scores,
# maps both layouts, and asks how much the ranks depend on the way the units are aggregated.

# %% tags=["parameters"]
edition: int = 2024  # DTI edition (year assessed) for the sections on one edition
method: str = "mean"  # how a unit's value is formed from its provinces: "mean" (the ministry's) or "population_weighted"
highlight_units: list = ["Ninh Bình", "Gia Lai", "Bắc Ninh", "Hải Phòng"]  # post-2025 units to highlight, any spelling

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

import dtlib
from dtlib import plotting
from dtlib.analysis import merger, rankings
from dtlib.analysis.profile import join_and
from dtlib.harmonise import METHODS, PUBLISHED_SCORE_TOLERANCE, compare_with_published
from dtlib.parameters import validate
from dtlib.provinces import pre2025_provinces

params = validate({"edition": edition, "method": method, "highlight_units": highlight_units})
year, how, highlighted = params["edition"], params["method"], params["highlight_units"]
other = next(m for m in METHODS if m != how)  # the method the sensitivity section compares with
dti, dti34, registry = dtlib.load("dti"), dtlib.load("dti_34"), dtlib.provinces()
names = registry.set_index("province_id")["name_vi"]
units = merger.unit_series(dti34, "dti", how, complete_only=True)  # an incomplete unit's mean is not its DTI
coverage = merger.unit_coverage(merger.unit_series(dti34, "dti", how))
n_units = int(coverage["n_units"].iloc[0])
n_provinces = int(coverage["n_provinces"].iloc[0])
this = coverage.set_index("year").loc[year]
is_ranked = this["n_ranked"] == n_units  # ranks exist only where every unit is complete
provinces_known = dti.loc[dti["year"] == year, "score"].notna().sum()
# the pre-2025 provinces of the highlighted units, outlined on the 63-province map
highlighted_provinces = [p for unit in highlighted for p in pre2025_provinces(unit, registry)]
plotting.use_style()


def save(fig, name):
    plotting.save_figure(fig, "merged_provinces", params, name)


def method_name(m):
    return {"mean": "plain mean", "population_weighted": "population-weighted mean"}[m]


display(Markdown(
    f"**Edition:** {year}. **Aggregation:** {method_name(how)}: {METHODS[how]}. "
    f"**Highlighted units:** {join_and([names[u] for u in highlighted])}."
))

# %% [markdown]
# ## What the 34-unit series covers
#
# A unit has a DTI only where every province it was formed from has one. The 2020 and 2021
# tables survive only as images, and the data hold the few scores that press reports and
# provincial portals give, so those editions have values for a handful of units and no ranks.

# %% tags=["nbval-check-output"]
print(coverage.to_string(index=False))

# %%
full = coverage[coverage["n_ranked"] == n_units]["year"].tolist()


def complete_in(y):
    return units.loc[(units["year"] == y) & units["score"].notna(), "name_vi"].tolist()


def ranks_known(y):
    return int(dti.loc[dti["year"] == y, "rank"].notna().sum())


partial = coverage[coverage["n_ranked"] < n_units]
display(Markdown(
    f"Every unit has a value and a rank among the {n_units} in {join_and(full)}. "
    + " ".join(f"In {r.year}, {r.n_provinces_with_data} of the {r.n_provinces} former provinces have a DTI score "
               f"(ranks are known for {ranks_known(r.year)}, but a unit's value needs its provinces' scores), so "
               + (f"{r.n_complete} of the {n_units} units are complete ({join_and(complete_in(r.year))}) and none is "
                  f"ranked." if r.n_complete else "no unit is complete.")
               for r in partial.itertuples())
    + " Incomplete units are left out of the charts below rather than shown with the mean of the provinces known."
))

# %% [markdown]
# ## The 34 units across editions
#
# Each dot is a complete unit's DTI in one edition; the black bar is the median and *n* counts
# the complete units. Methods changed between editions, so scores are not strictly comparable
# across years; ranks are more comparable.

# %%
fig = plotting.strip_plot(units, highlighted, title=f"DTI of the {n_units} units per edition ({method_name(how)})")
save(fig, "scores")

# %%
ranked_units = units[units["year"].isin(full)]
fig = plotting.bump_chart(ranked_units, highlighted, out_of=n_units,
                          title=f"Rank among the {n_units} units per edition ({method_name(how)})")
save(fig, "ranks")

# %% tags=["nbval-check-output"]
if len(full) >= 2:
    first, last = full[0], full[-1]
    changes = rankings.rank_changes(ranked_units, first, last)
    movers = rankings.biggest_movers(changes, n=3)
    print(f"{first} -> {last}, {len(changes)} units ranked in both")
    print(movers[["direction", "name_vi", "rank_start", "rank_end", "rank_change"]].to_string(index=False))

# %%
if len(full) >= 2:
    mine = ranked_units[ranked_units["province_id"].isin(highlighted)].pivot(
        index="province_id", columns="year", values="rank")
    display(Markdown(
        f"Between {first} and {last}, {(changes['rank_change'] > 0).sum()} units moved up, "
        f"{(changes['rank_change'] < 0).sum()} moved down and {(changes['rank_change'] == 0).sum()} kept their rank. "
        + " ".join(f"{names[u]}: " + ", ".join(f"{y} {mine.loc[u, y]}" for y in full) + "."
                   for u in highlighted if u in mine.index)
    ))

# %% [markdown]
# ## Each merged unit and its former provinces
#
# For the edition chosen: the unit's value and rank among the 34 next to the values and former
# ranks (among the 63) of the provinces it was formed from. A province above its unit's value
# pulled the unit up; one below pulled it down. `rank_alone` is the rank the province's own value
# would take among the 34 units, the other units as they are.

# %%
everyone = merger.constituent_ranks(dti, dti34, registry, year, method=how, merged_only=False)
members = everyone[everyone["n_constituents"] > 1]
n_merged = members["unit_id"].nunique()
complete = members[members["is_complete"]]  # an incomplete unit's mean of the provinces known is not its DTI
n_shown = complete["unit_id"].nunique()
if n_shown:
    fig = plotting.constituents_chart(complete, highlighted, title=f"DTI {year}: the merged units and their former "
                                      f"provinces ({n_shown} of {n_merged} complete)")
    save(fig, "constituents")
if n_shown < n_merged:
    display(Markdown(
        f"In {year} the data give a DTI score for {provinces_known} of the {n_provinces} former provinces, so "
        f"{n_shown} of the {n_merged} merged units {'has' if n_shown == 1 else 'have'} every province's score"
        + (" and are charted" if n_shown else "") + "; units are ranked only where all are complete."
    ))

# %% tags=["nbval-check-output"]
mine = members[members["unit_id"].isin(highlighted)]
print(mine[["unit_name_vi", "unit_rank", "name_vi", "value", "former_rank", "pull", "rank_alone"]]
      .round(4).to_string(index=False))

# %%
display(Markdown("\n".join(f"- {merger.describe_unit(everyone[everyone['unit_id'] == u], n_units, n_provinces)}"
                             for u in highlighted)))

# %%
known = members.dropna(subset=["value"])
if is_ranked:
    gaps = known.groupby("unit_id").agg(name=("unit_name_vi", "first"), rank=("unit_rank", "first"),
                                        gap=("value", lambda v: v.max() - v.min()))
    widest = gaps.sort_values(["gap", "rank"], ascending=[False, True]).iloc[0]
    widest_members = known[known["unit_id"] == widest.name].sort_values("value", ascending=False)
    best = known.loc[known.groupby("unit_id")["value"].idxmax()]
    dragged = best[best["rank_alone"] < best["unit_rank"]]
    display(Markdown(
        f"In {year}, the provinces within a merged unit were {gaps['gap'].median():.4f} apart in DTI at the median "
        f"(best minus worst). The widest gap: {widest['name']} (rank {widest['rank']} of {n_units}), joining "
        + join_and([f"{r.name_vi} ({r.former_rank} of {n_provinces})" for r in widest_members.itertuples()])
        + f". In {len(dragged)} of the {n_merged} merged units the best former province alone would rank higher "
        f"among the {n_units} than its unit does."
    ))

# %% [markdown]
# ## Did the merger narrow the spread?
#
# Standard deviation (sd), coefficient of variation (cv = sd / mean) and interquartile range
# (iqr) of the DTI over the 63 provinces and over the complete units, for the editions in which
# every province has a score. A mean of two or three provinces lies between them, so merging
# usually narrows the spread (joining alike provinces could widen it); the question is by how
# much compared with chance. The baseline
# regroups the same 63 values at random into groups of the actual sizes (seeded draws, plain
# means) and asks how often a random grouping is narrower than the actual one.

# %% tags=["nbval-check-output"]
spread = merger.layout_spread(dti, dti34, method=how)
complete_years = sorted(spread.loc[(spread["layout"] == "63 provinces") & spread["is_complete"], "year"])
spread = spread[spread["year"].isin(complete_years)]
print(spread[["layout", "year", "n", "mean", "sd", "cv", "iqr"]].round(4).to_string(index=False))

# %% tags=["nbval-check-output"]
if year in complete_years:
    effect = merger.grouping_effect(dti, registry, year)
    print({k: round(v, 3) for k, v in effect.items()})

# %%
if year in complete_years:
    wide = spread.pivot(index="year", columns="layout", values="sd")
    ratios = wide["34 units"] / wide["63 provinces"]
    share = effect["share_random_below"]
    verdict = ("the actual merger joined strong and weak provinces more than chance would, and narrowed the spread "
               "unusually" if share < 0.05 else
               "the actual merger joined alike provinces more than chance would, and kept the spread unusually wide"
               if share > 0.95 else "the actual grouping narrowed the spread about as much as a random one would")
    display(Markdown(
        f"In {year}, the sd of the DTI is {wide.loc[year, '63 provinces']:.4f} over the {n_provinces} provinces and "
        f"{wide.loc[year, '34 units']:.4f} over the {n_units} units ({method_name(how)}): {ratios[year]:.0%} of the "
        f"provincial spread (from {ratios.min():.0%} to {ratios.max():.0%} over {join_and(complete_years)}). "
        f"Plain means of {merger.N_DRAWS:,} random groupings of the same sizes keep {effect['random_ratio_mean']:.0%} on average "
        f"(90% of draws between {effect['random_ratio_p05']:.0%} and {effect['random_ratio_p95']:.0%}); the actual "
        f"grouping, by plain means, keeps {effect['ratio']:.0%}, and {share:.0%} of random groupings are narrower. "
        f"So {verdict}."
    ))
else:
    display(Markdown(f"The spread and its random baseline need a DTI score for every province; {year} has "
                     f"{provinces_known} of {n_provinces}. Editions with every score: {join_and(complete_years)}."))

# %% [markdown]
# ## Both layouts on one scale
#
# The DTI of the edition chosen on the 63 former provinces (left) and on the 34 units (right),
# with one colour scale, so that the narrowing shows as fewer extreme colours on the right.
# Outlined: the highlighted units and the provinces they were formed from. Grey: no value (an
# incomplete unit counts as no value).

# %%
province_scores = dti.loc[dti["year"] == year].set_index("province_id")["score"]
unit_scores = units.loc[units["year"] == year].set_index("province_id")["score"]
both = pd.concat([province_scores, unit_scores]).dropna()
low, high = (both.min(), both.max()) if len(both) else (None, None)
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 9.5), width_ratios=[8.4, 5.4], layout="constrained")
plotting.tile_map(province_scores.dropna(), "pre2025", title=f"DTI {year}, {n_provinces} provinces",
                  highlight=highlighted_provinces, vmin=low, vmax=high, legend_label="DTI score", ax=left)
plotting.tile_map(unit_scores.dropna(), "post2025", title=f"DTI {year}, {n_units} units ({method_name(how)})",
                  highlight=highlighted, vmin=low, vmax=high, legend_label="DTI score", ax=right)
save(fig, "maps")

# %% [markdown]
# ## How much do the ranks depend on the aggregation?
#
# The ministry averages a unit's provinces with equal weights, so a small province counts as much
# as a large one. Weighting each province by its population (GSO) instead answers: would the
# ranking change if a unit's value reflected its people rather than its former provinces equally?
# Rank correlation (Spearman) of the two rankings, how many units change rank and the largest
# move, per edition with ranks:

# %% tags=["nbval-check-output"]
by_edition = pd.DataFrame([{"year": y, **merger.sensitivity_summary(merger.method_sensitivity(dti34, y, base=how,
                                                                                            other=other))}
                           for y in full])
print(by_edition.round(3).to_string(index=False))

# %%
if is_ranked:
    sensitivity = merger.method_sensitivity(dti34, year, base=how, other=other)
    pairs = plotting.method_chart_data(sensitivity)
    movers = rankings.biggest_movers(pairs, n=1)
    shown = list(dict.fromkeys([*highlighted, *movers["province_id"]]))
    fig = plotting.method_chart(sensitivity, (method_name(how), method_name(other)), shown,
                                title=f"DTI {year}: rank among the {n_units} units under two aggregations")
    save(fig, "methods")
    summary = by_edition.set_index("year").loc[year]
    single = dti34.loc[(dti34["year"] == year) & (dti34["n_constituents"] == 1), "province_id"].unique()
    unchanged_moved = sensitivity.set_index("province_id").loc[single, "rank_gain"] != 0
    weights_years = dti34.loc[(dti34["year"] == year) & (dti34["method"] == "population_weighted"), "weights_year"]
    display(Markdown(
        f"In {year}, {int(summary['n_changed'])} of the {int(summary['n_units'])} units change rank between the "
        f"{method_name(how)} and the {method_name(other)} (Spearman ρ = {summary['spearman']:.3f}). "
        + " ".join(f"The biggest {'rise' if direction == 'up' else 'fall'}: "
                   + join_and([f"{r.name_vi} ({r.rank_start} → {r.rank_end})" for r in moved.itertuples()]) + "."
                   for direction, moved in movers.groupby("direction", sort=False))
        + f" {int(unchanged_moved.sum())} of the {len(unchanged_moved)} units that kept one province's territory "
        f"change rank too, though their value is the same under both methods: only because the others move. "
        f"The population weights of edition {year} are those of {int(weights_years.iloc[0])}, the latest year of "
        f"GSO figures up to {year}."
    ))
else:
    display(Markdown(f"Units are not ranked in {year}: the comparison needs an edition with ranks "
                     f"({join_and(full)})."))

# %% [markdown]
# ## Checked against the published 34-unit figures
#
# The ministry published DTI 2024 for the 34 units (press of 21-22 October 2025). Each value the
# press printed is set next to the value derived here by the ministry's method (the plain mean),
# whatever the parameters above. A score agrees when it is within the tolerance below; a rank
# must be equal (or inside a published range such as "among the three lowest").

# %% tags=["nbval-check-output"]
check = compare_with_published(dti34, dtlib.load("dti_34_published"))
scores = check[~check["measure"].str.endswith("rank") & check["difference"].notna()]
print(check["status"].value_counts().sort_index().to_string())
print(f"largest score difference: {scores['difference'].abs().max():.4f}")

# %%
agree = check[check["status"] == "agrees"]
odd = check[check["status"] != "agrees"].assign(unit=lambda t: t["province_id"].map(names))
largest = scores.loc[scores["difference"].abs().idxmax()]
display(Markdown(
    f"Of the {len(check)} published values, {len(agree)} agree with the derived ones "
    f"({agree['measure'].str.endswith('rank').sum()} ranks, {(~agree['measure'].str.endswith('rank')).sum()} scores "
    f"within {PUBLISHED_SCORE_TOLERANCE}), "
    f"{(check['status'] == 'differs').sum()} differ, and {(check['status'] == 'not derivable').sum()} cannot be "
    f"derived because the constituents' values of that index are not in the data: "
    + join_and([f"{r.unit} {r.measure}" for r in odd[odd["status"] == "not derivable"].itertuples()]) + ". "
    f"The largest score difference is {names[largest['province_id']]}: published {largest['published']:.4f}, "
    f"derived {largest['derived']:.6f}, a gap that rounding the 4-decimal provincial inputs can make "
    f"(`docs/dti_34.md`)."
))
display(check.assign(unit=check["province_id"].map(names))[
    ["unit", "measure", "published", "published_max", "derived", "difference", "status"]].round(6)
    .style.hide(axis="index"))

# %% [markdown]
# ## Read with care
#
# - Only DTI 2024 was published for the 34 units; every other value here is derived by dtlib.
#   The ministry has not said whether a unit's overall DTI is the mean of its provinces' DTIs
#   or is recomputed from the averaged main indices; with fixed index weights the two agree
#   up to rounding.
# - Scores are not comparable across editions (methods changed in 2021 and 2022); the 2020 and
#   2021 values rest on press reports and cover few units.
# - The population-weighted series is not a published method. Its weights come from GSO
#   population figures, which end before the latest editions (see the weights year above).

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
# # Ranking trends in the provincial Digital Transformation Index
#
# Who leads and who lags, who moved, how stable the ranking is, whether provinces are
# converging, and how the regions compare, for one DTI measure over the editions you choose.
# Change the parameters cell and re-run. Edition *N* assesses year *N* and is published in
# year *N + 1*. Methods changed between editions (2020: three pillars; 2021: nine main
# indices; 2022-2024: eight), so scores are not strictly comparable across years; ranks are
# more comparable. The 2020 and 2021 tables survive only as images: for those editions the
# data hold the ranks and scores that press reports and provincial portals give.

# %% tags=["parameters"]
index: str = "dti"  # measure: "dti" (overall), a pillar ("gov", "econ", "soc") or a main index ("infrastructure", "gov_activity", ...)
editions: list = [2020, 2021, 2022, 2023, 2024]  # DTI editions (years assessed) to compare
highlight: list = ["Ninh Bình", "Bình Định", "Bắc Ninh", "Hải Dương"]  # provinces to highlight, any spelling
region: "Optional[str]" = None  # one socio-economic region (e.g. "Red River Delta"), or None for the whole country

# %%
import math

from IPython.display import Markdown, display

import dtlib
from dtlib import plotting
from dtlib.analysis import convergence, decomposition, rankings, regions, trends
from dtlib.analysis.series import measure_series
from dtlib.measures import measure
from dtlib.parameters import validate
from dtlib.provinces import N_PROVINCES

params = validate({"index": index, "editions": editions, "highlight": highlight, "region": region})
dti = dtlib.load("dti")
registry = dtlib.provinces()
m = measure(params["index"])
series = regions.in_region(measure_series(dti, params["index"], params["editions"]), registry, params["region"])
highlighted = trends.check_provinces(params["highlight"], series)
plan = trends.plan_editions(series, m.name_en)
names = dict(zip(series["province_id"], series["name_vi"]))
n_provinces = len(names)
scope = f"the {n_provinces} provinces of the {params['region']} region" if params["region"] else f"all {n_provinces} provinces"
plotting.use_style()


def save(fig, name):
    plotting.save_figure(fig, "ranking_trends", params, name)


display(Markdown(
    f"**Measure:** {m.name_en} – {m.name_vi}. **Editions:** {', '.join(map(str, plan.editions))}. "
    f"**Provinces:** {scope}; ranks are national ranks among the {N_PROVINCES} provinces"
    + (", derived by dtlib from the published scores where no rank is published." if series["rank_is_derived"].any() else ".")
    + "".join(f"\n\n*Left out:* {note}" for note in plan.notes)
))

# %% [markdown]
# ## The national picture
#
# Each dot is a province's score in one edition; the black bar is the median and *n* counts the
# provinces whose score is known.

# %%
fig = plotting.strip_plot(series, highlighted, title=f"{m.name_en}: score of each province per edition")
save(fig, "scores")

# %% tags=["nbval-check-output"]
spread = convergence.dispersion(series)
print(spread.round(4).to_string(index=False))

# %%
latest = max(plan.ranked) if plan.ranked else None
ranked_latest = series[(series["year"] == latest) & series["rank"].notna()].sort_values(["rank", "province_id"])
display(Markdown(
    f"In {latest}, of the {len(ranked_latest)} provinces ranked here, {ranked_latest.iloc[0]['name_vi']} ranks "
    f"highest ({ranked_latest.iloc[0]['rank']} of {N_PROVINCES}) and {ranked_latest.iloc[-1]['name_vi']} lowest "
    f"({ranked_latest.iloc[-1]['rank']} of {N_PROVINCES})."
    if latest else f"No edition chosen has a rank of {m.name_en} for these provinces."
))

# %%
fig = plotting.bump_chart(series, highlighted, title=f"{m.name_en}: rank per edition")
save(fig, "ranks")

# %% [markdown]
# ## Who moved
#
# Rank change between the first and the last edition with ranks, over the provinces ranked in
# both (positive = moved up). Provinces tied with the fifth-biggest move are all listed.

# %% tags=["nbval-check-output"]
if plan.movers:
    start, end = plan.movers
    changes = rankings.rank_changes(series, start, end)
    movers = rankings.biggest_movers(changes, n=5)
    print(f"{start} -> {end}, {len(changes)} provinces ranked in both")
    print(movers[["direction", "name_vi", "rank_start", "rank_end", "rank_change"]].to_string(index=False))

# %%
if plan.movers:
    fig = plotting.slope_chart(series, start, end, highlighted, title=f"{m.name_en}: rank {start} → {end}")
    save(fig, f"slope_{start}_{end}")
    up, down = movers[movers["direction"] == "up"], movers[movers["direction"] == "down"]
    display(Markdown(
        f"Of the {len(changes)} province(s) ranked in both {start} and {end}, "
        f"{(changes['rank_change'] > 0).sum()} moved up, {(changes['rank_change'] < 0).sum()} moved down and "
        f"{(changes['rank_change'] == 0).sum()} kept their rank. "
        + (f"The biggest rise: {up.iloc[0]['name_vi']}, from {up.iloc[0]['rank_start']} to {up.iloc[0]['rank_end']}. " if len(up) else "")
        + (f"The biggest fall: {down.iloc[0]['name_vi']}, from {down.iloc[0]['rank_start']} to {down.iloc[0]['rank_end']}." if len(down) else "")
    ))

# %% [markdown]
# ## How stable is the ranking?
#
# Rank correlation between consecutive editions over the provinces ranked in both (*n*):
# Spearman's ρ and Kendall's τ are 1 when the order is unchanged, 0 when it is unrelated.
# The p-values test "no association"; with the few provinces ranked in 2020 and 2021 they say
# little about the whole country.

# %%
stability = rankings.rank_stability(series, plan.editions)
display(stability.style.format({"spearman_rho": "{:.3f}", "kendall_tau": "{:.3f}", "spearman_p": "{:.1e}",
                                "kendall_p": "{:.1e}"}, na_rep="–").hide(axis="index"))
measured = stability.dropna(subset=["spearman_rho"])
if len(measured):
    weakest = measured.sort_values("spearman_rho").iloc[0]
    display(Markdown(
        (f"Spearman's ρ ranges from {measured['spearman_rho'].min():.2f} to {measured['spearman_rho'].max():.2f}. "
         if len(measured) > 1 else "")
        + f"The order changed most between {int(weakest['from_year'])} and {int(weakest['to_year'])} "
        f"(ρ = {weakest['spearman_rho']:.2f}, τ = {weakest['kendall_tau']:.2f}, n = {int(weakest['n'])})."
    ))
else:
    display(Markdown("No pair of editions has three or more provinces ranked in both, too few for a correlation."))

# %% [markdown]
# ## Are provinces converging?
#
# **Sigma convergence:** the spread of scores shrinks. **Beta convergence:** provinces that
# start lower grow faster, i.e. a negative slope (β) of annual log growth on the log of the
# initial score. Both use only editions in which every province has a score.

# %%
if plan.convergence:
    first, last = plan.convergence
    beta = convergence.beta_convergence(series, first, last)
    print(beta.model.summary(slim=True))

# %% tags=["nbval-check-output"]
if plan.convergence:
    print(beta.summary.round(4).to_string(index=False))
    print(f"n = {beta.n}, R^2 = {beta.r_squared:.4f}")

# %%
if plan.convergence:
    terms = beta.summary.set_index("term")
    b, se, p = (terms.loc["log_initial_score", c] for c in ("coef", "std_err", "p_value"))
    low, high = terms.loc["log_initial_score", "ci_low"], terms.loc["log_initial_score", "ci_high"]
    sd_first, sd_last = spread.set_index("year").loc[[first, last], "sd"]
    cv_first, cv_last = spread.set_index("year").loc[[first, last], "cv"]
    display(Markdown(
        f"**Sigma:** from {first} to {last} the standard deviation of scores went from {sd_first:.4f} to "
        f"{sd_last:.4f} and the coefficient of variation from {cv_first:.4f} to {cv_last:.4f}: the spread "
        f"{'narrowed' if cv_last < cv_first else 'widened'} relative to the mean.\n\n"
        f"**Beta:** the table above regresses each province's annual log growth from {first} to {last} on the "
        f"log of its {first} score over n = {beta.n} provinces. The `log_initial_score` row is β = {b:.3f}: a "
        f"province starting 10% lower grew about {abs(b * math.log(0.9)):.1%} a year "
        f"{'faster' if b < 0 else 'slower'} (log growth). Its standard error ({se:.3f}) is heteroskedasticity-robust "
        f"({beta.cov_type}); t = {b / se:.2f} gives p = {p:.4f}, and the 95% interval is {low:.3f} to {high:.3f}, "
        + ("so the data show beta convergence at the 5% level. " if b < 0 and p < 0.05 else
           "so the data do not show beta convergence at the 5% level. ")
        + f"R² = {beta.r_squared:.2f}: the initial score accounts for {beta.r_squared:.0%} of the variation in "
        f"growth. Because methods changed between editions, part of this may reflect the change of method "
        f"rather than of provinces."
    ))

# %% [markdown]
# ## Regions
#
# Per region, in the latest edition with ranks: how many provinces have a score, their mean and
# range, and the best-ranked province (national rank).

# %%
if plan.ranked:
    by_region = regions.regional_summary(series, registry)
    by_region = by_region[by_region["year"] == max(plan.ranked)]
    display(by_region[["region", "n_units", "n", "mean_score", "median_score", "min_score", "max_score",
                       "best_name_vi", "best_rank"]].round(4).style.hide(axis="index"))
    scored = by_region.dropna(subset=["mean_score"])
    if len(scored) > 1:
        best, worst = scored.sort_values("mean_score").iloc[[-1, 0]].itertuples(index=False)
        display(Markdown(
            f"In {max(plan.ranked)}, the {best.region} has the highest mean score ({best.mean_score:.3f}) and the "
            f"{worst.region} the lowest ({worst.mean_score:.3f})."
        ))

# %% [markdown]
# ## What the main indices say about the change
#
# The DTI's weights are not published, and our sources know only four of its eight main indices
# for every province (infrastructure and the three *activity* indices, 2022-2024). A DTI change
# therefore cannot be split into contributions of its indices. If the DTI is a weighted average
# of its main indices with the same weights in both editions, its change lies between the
# smallest and the largest change of the eight; when it lies outside the range of the four known
# changes, an unpublished index must have moved further (see `dtlib.analysis.decomposition`).

# %%
if params["index"] == "dti" and plan.convergence:
    fit = decomposition.known_indices_fit(dti, first, last)
    display(Markdown(
        f"Nationally, the changes of the {len(fit.indices)} known main indices from {first} to {last} account for "
        f"{fit.r_squared:.0%} of the variation of DTI changes across the {fit.n} provinces (OLS R²); the rest "
        f"is the unpublished indices and the unknown weights. The fitted coefficients are associations, not the "
        f"ministry's weights."
    ))
    for pid in highlighted:
        result = decomposition.decompose_change(dti, pid, first, last)
        display(Markdown(f"**{names[pid]}** ({first} → {last}): {result.explanation}"))
        display(result.indices.loc[result.indices["is_known"], ["name_en", "change", "national_mean_change",
                                                                  "rank_start", "rank_end", "rank_change"]].round(4))
else:
    display(Markdown("This section needs the overall DTI (`index = \"dti\"`) and two editions in which every "
                     "province has a score."))

# %% [markdown]
# ## Maps
#
# National rank per edition (rank 1 brightest; grey where the rank is not known). The scale is
# the same for every edition, so the maps can be compared.

# %%
for year in plan.editions:
    ranks = series.loc[series["year"] == year].set_index("province_id")["rank"]
    fig = plotting.tile_map(ranks.dropna(), "pre2025", title=f"{m.name_en}: rank, {year}", highlight=highlighted,
                            is_rank=True, legend_label="rank")
    save(fig, f"map_{year}")

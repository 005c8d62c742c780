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
# # What goes with a high DTI? Income, urbanisation, size and region
#
# An ordinary least-squares regression of a province's DTI score (or one of its main indices) on the
# log of its GRDP per head, its urban share of population, the log of its population and its
# socio-economic region. With one edition, heteroskedasticity-robust (HC1) standard errors; with several
# editions pooled, edition effects (each edition its own level, since methods changed) and standard
# errors clustered by province (a province's editions are not independent observations). The
# residuals say which provinces score above or below what their economic position predicts.
#
# Read the coefficients as associations across provinces, not as effects of getting richer: the model
# leaves out much (leadership, budgets, how the DTI is self-reported), and 63 provinces leave little
# room for more terms. The GSO covariates cover 2016-2022, so DTI editions after 2022 are paired
# with the 2022 figures.

# %% tags=["parameters"]
editions: list = [2022, 2023, 2024]  # DTI editions (years assessed); one edition fits a cross-section, several are pooled
outcome: str = "dti"  # a measure scored for all 63 provinces: "dti", "infrastructure", "gov_activity", "econ_activity", "soc_activity"
covariates: list = ["log_grdp_per_capita", "urban_share_pct", "log_population"]  # regressors besides the region (any of these three)

# %%
from IPython.display import Markdown, display
from scipy.stats import norm

import dtlib
from dtlib import plotting
from dtlib.analysis import determinants
from dtlib.analysis.profile import join_and
from dtlib.analysis.series import measure_series
from dtlib.measures import measure
from dtlib.parameters import validate
from dtlib.plotting.diagnostics import STUDENTIZED_LIMIT

params = validate({"editions": editions, "outcome": outcome, "covariates": covariates})
regressors = tuple(params["covariates"])
m = measure(params["outcome"])
outcome_name = "DTI" if m.kind == "overall" else m.name_en
registry = dtlib.provinces()
names = dict(zip(registry["province_id"], registry["name_vi"]))
covariate_table = dtlib.load("covariates")
series = measure_series(dtlib.load("dti"), params["outcome"], params["editions"])
frame = determinants.attach_covariates(series, covariate_table, registry, "score", regressors)
left_out = determinants.dropped(series, frame, covariate_table, "score")
fit = determinants.fit_determinants(frame, "score", regressors)
plotting.use_style()


def save(fig, name):
    plotting.save_figure(fig, "determinants", params, name)


paired = frame.groupby("year")["covariate_year"].first()
display(Markdown(
    f"**Outcome:** {m.name_en} score (0-1). **Editions:** {', '.join(map(str, params['editions']))} "
    f"({'pooled, with edition effects and province-clustered errors' if fit.pooled else 'one cross-section, HC1 errors'}). "
    f"**Covariates:** {', '.join(regressors)} and region, from GSO figures of "
    + ", ".join(f"{y} (edition {e})" for e, y in paired.items()) + ". "
    f"**Observations:** {int(fit.results.nobs)} province-editions of {frame['province_id'].nunique()} provinces."
    + (f"\n\n*Left out* for want of a covariate ({len(left_out)} province-editions): " + "; ".join(
        f"{names[pid]} {join_and(rows['year'].tolist())} (covariates note: {note})"
        for (pid, note), rows in left_out.fillna({"note": "no figure"}).groupby(["province_id", "note"])) + "."
       if len(left_out) else "")
))

# %% [markdown]
# ## The model

# %%
print(fit.results.summary(slim=True))

# %% [markdown]
# The coefficients, rounded (`C(region)[T.x]`: region *x* against the reference region;
# `C(year)[T.y]`: edition *y* against the first). This table is what `tests/test_notebook_determinants.py`
# refits and compares.

# %% tags=["nbval-check-output", "coefficients"]
print(fit.coefficients().round(4).to_string(index=False))
print(f"n = {int(fit.results.nobs)}, provinces = {frame['province_id'].nunique()}, "
      f"R^2 = {fit.results.rsquared:.4f}, covariance = {fit.results.cov_type}")

# %%
effect_table = determinants.effects(fit)
display(Markdown(
    f"Holding the other terms fixed, the model says (effects on the {outcome_name} score, 0-1):\n\n"
    + "\n".join(f"- {sentence}" for sentence in determinants.describe_effects(effect_table, outcome_name))
    + f"\n\nR² = {fit.results.rsquared:.2f}: the terms account for {fit.results.rsquared:.0%} of the variation "
    + ("of scores across province-editions, including the differences between editions that the edition effects "
       "absorb." if fit.pooled else "of scores across provinces.")
))

# %% [markdown]
# ## Edition by edition
#
# The same model fitted to each edition on its own (HC1 errors): if a coefficient changes sign or size
# from one edition to the next, the pooled estimate hides that.

# %% tags=["nbval-check-output"]
by_edition = determinants.fits_by_edition(frame, "score", regressors)
print(by_edition.round(4).to_string(index=False))

# %%
display(Markdown("Only one edition: the table repeats the model above." if not fit.pooled else "\n".join(
    f"- `{term}`: from {rows['coef'].min():.4f} to {rows['coef'].max():.4f} across the {len(rows)} edition(s), "
    f"different from zero at the 5% level in {(rows['p_value'] < 0.05).sum()}."
    for term, rows in by_edition.groupby("term", sort=False)
) + "\n\nR² of the single-edition fits: " + ", ".join(
    f"{r.r_squared:.2f} ({r.year})" for r in by_edition.drop_duplicates("year").itertuples()) + "."))

# %% [markdown]
# ## Diagnostics
#
# **Residuals.** Left: residuals against fitted values; a curve or a funnel would mean the model misses a
# shape or that errors grow with the score (the standard errors are robust to the latter). Right: the
# studentised residuals against normal quantiles; points off the line mean heavy tails. The five largest
# residuals are labelled.

# %%
diagnostics = determinants.influence(fit)
fig = plotting.residual_plot(diagnostics, names, f"{outcome_name} score",
                             title=f"{outcome_name}: residuals of the model")
save(fig, "residuals")

# %% [markdown]
# **Influence.** Leverage (how unusual a province's covariates are) against studentised residual; the area
# of each dot is its Cook's distance (how much the coefficients move without it). Labelled: Cook's distance
# above 4/n or leverage above twice the mean, common rules of thumb.

# %%
fig = plotting.influence_plot(diagnostics, names, title=f"{outcome_name}: influence of each observation")
save(fig, "influence")
flagged = plotting.influence_plot_data(diagnostics, names)
by_chance = 2 * norm.sf(STUDENTIZED_LIMIT) * len(diagnostics)  # expected beyond the limit for normal errors
top = diagnostics.sort_values(["cooks_distance", "year", "province_id"], ascending=[False, True, True]).iloc[0]
display(Markdown(
    f"{int((diagnostics['studentized_residual'].abs() > STUDENTIZED_LIMIT).sum())} of {len(diagnostics)} observations "
    f"have a studentised residual beyond ±{STUDENTIZED_LIMIT:g} (about {by_chance:.0f} would be expected by chance); "
    f"{int(flagged['is_labelled'].sum())} are flagged for Cook's distance or leverage. The most influential is "
    f"{names[top['province_id']]} {top['year']} (Cook's distance {top['cooks_distance']:.3f}, leverage "
    f"{top['leverage']:.3f})."
))

# %% [markdown]
# **Collinearity.** Variance inflation factors of the covariates (from a design with a constant): how
# much each coefficient's variance grows because the covariate moves with the others. Values above 5 or
# 10 are the usual warnings.

# %% tags=["nbval-check-output"]
inflation = determinants.vif(frame, regressors)
print(inflation.round(3).to_string())

# %%
display(Markdown(
    f"The largest variance inflation factor is {inflation.max():.2f} (`{inflation.idxmax()}`): "
    + ("the covariates are not so entangled that their coefficients cannot be told apart." if inflation.max() < 5
       else "the covariates move together enough to blur their separate coefficients.")
))

# %% [markdown]
# ## Who does better or worse than their economic position predicts?
#
# Each province's residual (observed minus fitted score), averaged over the editions in the model:
# positive means a higher score than its income, urbanisation, size and region predict. Ranks: 1 = most
# above prediction.

# %% tags=["nbval-check-output"]
ranking = determinants.residual_ranking(fit).assign(name_vi=lambda r: r["province_id"].map(names))
columns = ["rank", "name_vi", "residual", "fitted", "n_editions"]
print(ranking.head(5)[columns].round(4).to_string(index=False))
print("...")
print(ranking.tail(5)[columns].round(4).to_string(index=False))

# %%
limit = ranking["residual"].abs().max()
fig = plotting.tile_map(ranking.set_index("province_id")["residual"], "pre2025", cmap="RdBu", vmin=-limit,
                        vmax=limit, legend_label=f"{outcome_name}: observed - predicted",
                        title=f"{outcome_name} above (blue) or below (red) prediction")
save(fig, "residual_map")
best, worst = ranking.iloc[0], ranking.iloc[-1]
spread = ranking["residual"].std()
above = ranking.loc[ranking["residual"] > spread, "name_vi"].tolist()
below = ranking.loc[ranking["residual"] < -spread, "name_vi"].tolist()
display(Markdown(
    f"{best['name_vi']} scores {'on average ' if fit.pooled else ''}{best['residual']:.3f} above the model's prediction "
    f"({best['fitted']:.3f}) and {worst['name_vi']} {abs(worst['residual']):.3f} below its prediction "
    f"({worst['fitted']:.3f}); the standard deviation of these {'mean ' if fit.pooled else ''}residuals is {spread:.3f}. "
    f"More than one standard deviation above prediction: {join_and(above)}. "
    f"More than one below: {join_and(below)}. "
    "A residual is what the model does not explain, not a measure of effort: it also holds everything the "
    "covariates miss and any error in the scores."
))

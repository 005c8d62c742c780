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
# # Pilot communes: what is known, next to its surroundings, and how little it proves
#
# Provinces piloted digital transformation in communes and villages: the Ministry of Information
# and Communications' 2020 commune-level pilot, the agriculture ministry's 2023 smart new-rural and
# e-commerce communes, provincial and district pilots, and smart villages. This page shows, for one
# province (or every province) and one programme (or every programme), the pilot units the
# project's sources name, the figures reported for them next to the district, province and
# national figures that measure the same thing, the before/after figures where a baseline exists,
# a statement of how strong the evidence is, and an exploratory comparison of provinces that hosted
# a pilot with the others on the DTI.
#
# Read the figures for what they are: mostly given by local officials, often thresholds ("over
# 90%", drawn as an arrow from 90, never as the point 90), rarely with a baseline and never with a
# control group. Change the parameters cell and re-run.

# %% tags=["parameters"]
province: "Optional[str]" = "Ninh Bình"  # any spelling; a post-2025 unit means its provinces; None: every province
era: "Optional[str]" = None  # None (the pre-2025 province when the name has one), "pre2025" or "post2025"
programme: "Optional[str]" = None  # a programme_id of pilot_programmes, e.g. "mic-smart-commune-2020"; None: every one

# %%
import textwrap

from IPython.display import Markdown, display

import dtlib
from dtlib import pilots, plotting
from dtlib.analysis.profile import join_and
from dtlib.parameters import validate
from dtlib.pilots.evidence import counted
from dtlib.provinces import pre2025_provinces

params = validate({"province": province, "era": era, "programme": programme})
communes, indicators, programmes = (dtlib.load(name) for name in
                                    ("pilot_communes", "pilot_indicators", "pilot_programmes"))
dti = dtlib.load("dti")
registry = dtlib.provinces()
names = registry.set_index("province_id")["name_vi"]
pid = params["province"]
# the pre-2025 provinces in scope: the province, a unit's constituents, or None for every province
about = None if pid is None else pre2025_provinces(pid, registry)
place = ("all provinces" if pid is None else names[pid] if about == [pid]
         else f"the provinces that formed {names[pid]} ({join_and(names[about])})")
scope = {"province_id": about, "programme_id": params["programme"]}
summary = pilots.pilot_summary(communes, indicators, programmes, registry, **scope)
programme_name = summary.programme_name or "every programme"
of_programme = f" of {summary.programme_name}" if summary.programme_name else ""
plotting.use_style()


def save(fig, name):
    plotting.save_figure(fig, "pilot_communes", params, name)


display(Markdown(f"**Where:** {place}" + (f" (`{pid}`)" if pid else "") + f". **Programme:** {programme_name}."))

# %% [markdown]
# ## The registry
#
# Each tile is a province before the 2025 reorganisation, coloured by the number of pilot units the
# sources name there (for the programme chosen); the provinces of this page are outlined. A count of
# 0 means that no unit is named, not that there was no pilot: several programmes have more units than
# their sources name.

# %%
named = pilots.units_by_province(communes, programme_id=params["programme"]).set_index("province_id")["n_units"]
tiles = named.reindex(registry.loc[registry["era"] == "pre2025", "province_id"], fill_value=0)
map_title = textwrap.fill(f"Pilot units named by the sources: {programme_name}", 40)
fig = plotting.tile_map(tiles, "pre2025", title=map_title, highlight=about or [], cmap="YlGnBu", vmin=0,
                        legend_label="pilot units named")
save(fig, "registry_map")
display(Markdown(
    f"The sources name {counted(int(tiles.sum()), 'pilot unit')} ({programme_name}) in {int((tiles > 0).sum())} "
    f"of the {len(tiles)} provinces; the most in one province is {int(tiles.max())}"
    f" ({join_and(names[tiles[tiles == tiles.max()].index])})."
    if tiles.sum() else f"The sources name no unit of {programme_name} in any province."
))

# %% tags=["nbval-check-output"]
print(f"{pid}, {params['programme']}: {counted(summary.units['unit_name'].nunique(), 'unit')} in scope; "
      f"named per province: {tiles[tiles > 0].to_dict() if about is None else tiles[about].to_dict()}")

# %%
if summary.has_units:
    display(summary.units.style.hide(axis="index"))
    display(Markdown(
        "`pilot_status`: *designated* when a source names the unit a pilot of its programme, *unclear* when "
        "it is called a model without a named programme. `status_at_selection` is what the sources say about "
        "the unit when it was chosen."
    ))
else:
    display(Markdown(f"**No pilot unit here.** {summary.text(place)}"))

# %% [markdown]
# ### The programmes
#
# Programmes with a unit here, and the province's own programmes even when the sources name none of
# their units: units named here, units named anywhere, and the most units any source gives.

# %%
if len(summary.programmes):
    display(summary.programmes.style.hide(axis="index").format(na_rep="–"))
else:
    display(Markdown(f"No programme{of_programme.replace(' of ', ': ')} has a unit in {place} or belongs to it."))

# %% [markdown]
# ## What the pilots report, next to their surroundings
#
# Each row is one figure as a source states it: a dot for a stated value, an open circle for an
# approximate one ("~90%"), and for a threshold ("over 70%") an arrow from its bound: the value is
# somewhere along the arrow, not at its start. The figure as written is printed on the right. Shares
# are compared only like with like, the same indicator of the same base (90% of households and 90%
# of adults are different quantities). Comparison rows (orange) are the district, the province or
# the nation measured the same way; they are surroundings, not control groups. Targets are grey.

# %%
figures = pilots.indicator_comparisons(indicators, communes, **scope)
chart = plotting.indicator_chart_data(figures)
pilot_figures = figures[figures["role"] == "pilot"]
measures = pilot_figures[["indicator", "base", "scale"]].drop_duplicates()
compared = figures.loc[figures["role"] == "comparison", ["indicator", "base", "scale"]].drop_duplicates()
if chart["is_drawn"].any():
    fig = plotting.indicator_chart(figures, title=f"Pilot figures and their surroundings: {place}")
    save(fig, "indicators")
if len(pilot_figures):
    left_out = chart[~chart["is_drawn"]]
    display(Markdown(
        f"{counted(len(pilot_figures), 'pilot figure')} ({(pilot_figures['kind'] == 'target').sum()} of them "
        f"targets) measure {counted(len(measures), 'thing')}; {len(compared)} of these can be set next to a "
        f"district, province or national figure measured the same way"
        + (f" ({join_and(figures.loc[figures['role'] == 'comparison', 'area_name'].unique())})." if len(compared)
           else ".")
        + f" {counted(pilot_figures['is_threshold'].sum(), 'pilot figure')} "
          f"{'is a threshold' if pilot_figures['is_threshold'].sum() == 1 else 'are thresholds'}."
        + (f" {counted(len(left_out), 'figure')} in other units without a comparison (counts, multiples, money) "
           f"{'is' if len(left_out) == 1 else 'are'} in the table below, not in the chart." if len(left_out) else "")
    ))
    display(figures[["fact_id", "role", "area_name", "area_level", "indicator", "base", "label", "kind", "date",
                     "reported_by", "citation_ids"]].style.hide(axis="index"))
else:
    display(Markdown(f"No outcome figure or target is recorded for a pilot unit{of_programme} in {place}."))

# %% tags=["nbval-check-output"]
print(figures.groupby(["role", "kind", "qualifier"]).size().rename("figures").to_string()
      if len(figures) else "no figures")

# %% [markdown]
# Figures the tables hold for these provinces, or for the nation, that measure something no pilot
# figure here measures (another indicator, or the same indicator of another base). They are context,
# not comparisons.

# %%
others = pilots.unmatched_comparisons(indicators, communes, **scope)
if len(others):
    display(others[["fact_id", "area_name", "area_level", "indicator", "base", "label", "date", "reported_by",
                    "citation_ids"]].style.hide(axis="index"))
else:
    display(Markdown("There are none."))

# %% [markdown]
# ## Before and after
#
# Figures whose sources also give an earlier value of the same quantity. The value axis starts at
# zero, so the change is drawn in proportion; a dashed line marks an earlier value worked out from a
# stated change. A change in a pilot unit is not an effect of the pilot: the same years brought
# change everywhere, and without a comparison at both dates the change around it is unknown.

# %%
changes = pilots.before_after(indicators, communes, **scope)
if len(changes):
    fig = plotting.before_after_chart(changes, indicators, title=f"Before and after: {place}")
    save(fig, "before_after")
    display(Markdown("\n".join(f"- {sentence}" for sentence in pilots.describe_changes(changes, indicators))))
else:
    display(Markdown(f"No pilot figure{of_programme} in {place} comes with an earlier value: nothing here can be "
                     f"read as a change."))

# %% tags=["nbval-check-output"]
print(changes[["fact_id", "area_name", "indicator", "baseline_value", "baseline_date", "value", "date"]]
      .to_string(index=False) if len(changes) else "no baselines")

# %% [markdown]
# ## How much the evidence says
#
# Computed from the tables for the units of this page: how many units and figures, how many of the
# figures are thresholds or given by local officials, how many have a baseline or a comparison, how
# many units have a control (none in the sources), and what the sources say about the units when they
# were chosen.

# %%
display(Markdown(summary.evidence.text()))

# %% tags=["nbval-check-output"]
print(summary.evidence.as_frame().to_string(index=False))

# %% [markdown]
# ### Already ahead, or chosen because they lagged?
#
# "Pilots were chosen because they were already advanced" is true of some units only: the sources
# describe some as ahead when chosen (a model new-rural commune, above the province) and others as
# chosen because they were disadvantaged (remote, ethnic-minority, poor). Both bias a comparison with
# other communes, in opposite directions.

# %%
evidence = summary.evidence
selection = summary.units[summary.units["status_at_selection"] != "not_stated"]
if len(selection):
    display(selection[["unit_name", "province", "programme", "status_at_selection"]].style.hide(axis="index"))


def listed(status: str) -> str:
    units = sorted(selection.loc[selection["status_at_selection"] == status, "unit_name"].unique())
    return f" ({join_and(units)})" if units else ""


display(Markdown(
    f"Of the {counted(evidence.n_units, 'unit')} here, the sources describe {evidence.n_units_advanced_at_selection} "
    f"as already ahead when chosen{listed('advanced')} and {evidence.n_units_disadvantaged_at_selection} as "
    f"chosen because they were disadvantaged{listed('disadvantaged')}; for {evidence.n_units_selection_not_stated} "
    f"they say nothing."
    if evidence.n_units else "No unit here, so nothing is known about how units were chosen."
))

# %% [markdown]
# ## Exploratory: did provinces that hosted a pilot score differently on the DTI?
#
# Provinces that hosted a named unit of the programme against all other provinces, on the overall DTI
# of 2022-2024: the difference in mean score each year with a Welch confidence interval, and an OLS
# of the 2024 score on the pilot flag controlling for the 2022 score, with heteroskedasticity-robust
# (HC3) standard errors. This is **exploratory**: a handful of provinces, a pilot of one or a few
# communes in a province of a hundred or more, pilots not assigned at random, and no score from
# before the pilot when it started before 2022. The caveat below is computed for the groups at hand.
# With every programme chosen, the comparison uses MIC's 2020 pilot.

# %%
compared_programme = params["programme"] or "mic-smart-commune-2020"
hosts = sorted(communes.loc[communes["programme_id"] == compared_programme, "province_id"].unique())
compared_name = programmes.set_index("programme_id").loc[compared_programme, "name_en"]
comparison = None
if len(hosts) >= 2:
    comparison = pilots.compare_pilot_provinces(dti, communes, programmes, programme_id=compared_programme)
    fig = plotting.difference_chart(comparison, title="Exploratory: DTI of the provinces hosting a pilot unit "
                                    "minus the others", score_label="DTI")
    save(fig, "province_comparison")
    pilot_term = comparison.regression.set_index("term").loc["pilot"]
    inside = [p for p in about or [] if p in hosts]
    here = ("" if about is None else
            f" {join_and(names[inside])} {'is' if len(inside) == 1 else 'are'} among them." if inside else
            f" {names[about[0]]} is not among them." if len(about) == 1 else
            " None of the provinces of this page is among them.")
    yearly = comparison.differences
    excluding = yearly.loc[(yearly["ci_low"] > 0) | (yearly["ci_high"] < 0), "year"].tolist()
    display(Markdown(
        f"**Exploratory.** Provinces hosting a named unit of {compared_name}: {join_and(names[hosts])}.{here}\n\n"
        "Mean DTI of the pilot provinces minus the others: "
        + "; ".join(f"{r.year}: {r.difference:+.3f} ({r.ci_low:+.3f} to {r.ci_high:+.3f})"
                    for r in yearly.itertuples(index=False))
        + (f". The 95% interval excludes zero in {join_and(excluding)}" if excluding else
           ". Every 95% interval includes zero")
        + f". Controlling for the {comparison.earlier} score, the pilot provinces' {comparison.later} DTI differs "
        f"from the others' by {pilot_term['coef']:+.3f} (HC3 standard error {pilot_term['se']:.3f}; 95% interval "
        f"{pilot_term['ci_low']:+.3f} to {pilot_term['ci_high']:+.3f}; p = {pilot_term['p_value']:.2f}), an interval "
        + ("that includes zero. " if pilot_term["ci_low"] <= 0 <= pilot_term["ci_high"] else "that excludes zero. ")
        + ("An interval that excludes zero is, with groups this small and pilots chosen rather than assigned, "
           "still no evidence of an effect of the pilot." if excluding or not pilot_term["ci_low"] <= 0 <=
           pilot_term["ci_high"] else "No difference is shown.")
        + f"\n\n**Caveat.** {comparison.caveat.text('DTI')}"
    ))
else:
    display(Markdown(
        f"The comparison needs at least two provinces hosting a named unit of {compared_name}; the sources name "
        f"{'one' if hosts else 'none'}"
        + (f" ({join_and(names[hosts])})" if hosts else "") + ", so it is not computed."
    ))

# %% tags=["nbval-check-output"]
if comparison is not None:
    print(comparison.differences[["year", "n_pilot", "n_other", "difference", "ci_low", "ci_high"]]
          .round(3).to_string(index=False))
    print(comparison.regression[["term", "coef", "se", "ci_low", "ci_high"]].round(3).to_string(index=False))

# %% [markdown]
# ## What the tables do not know

# %%
units_here = pilots.select_units(communes, **scope)
silent = sorted(set(units_here.loc[~units_here["unit_id"].isin(pilot_figures["unit_id"]), "unit_name"]))
notes = [
    f"Units here with no outcome figure or target at all: {join_and(silent)}." if silent else None,
    f"Things measured for the pilots with no comparison figure measured the same way: "
    f"{len(measures) - len(compared)} of {len(measures)}." if len(measures) else None,
    f"Units the sources say these programmes have but do not name: {evidence.n_units_stated_not_named}."
    if evidence.n_units_stated_not_named else None,
    "No unit has a control group (a comparable non-pilot commune measured the same way)."
    if evidence.n_units and not evidence.n_units_with_control else None,
    None if summary.has_units else summary.text(place),
]
display(Markdown("\n".join(f"- {note}" for note in notes if note)))

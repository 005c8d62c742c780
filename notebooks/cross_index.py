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
# # Does the DTI agree with the other provincial indices?
#
# The DTI is the ministry's assessment of each province's digital transformation, scored largely from
# what provinces report. Other indices look at provinces from elsewhere: **PAPI** asks citizens (its
# e-governance dimension, from 2018, asks about e-government portals, Internet access and online
# responsiveness), **PCI** asks firms about the business climate, and the older **ICT Index**, **PAR
# Index** and MIC's 2017 **e-government ranking** measured ICT readiness, administrative reform and IT
# use in state agencies. If the DTI captures something the others also see, provinces should rank
# alike on them; where they do not, the gap is worth a look.
#
# Each DTI edition is compared with the same year of the other index when it has at least five
# provinces in common with the DTI, otherwise with the latest earlier edition that has (PCI stops in
# 2022; the older indices stop before the DTI begins). Agreement is measured on the provinces known
# in both by rank correlations (Spearman's ρ, Kendall's τ) with 95% intervals (Fisher z, see
# `dtlib.analysis.agreement`); ranks in the plots and lists are ranks among those provinces. The
# older indices are known only through the ranks the press printed, mostly of leading provinces, so
# their comparisons rest on a few, selected provinces.

# %% tags=["parameters"]
editions: list = [2022, 2023, 2024]  # DTI editions (years assessed) to compare
indices: list = ["papi_egovernance", "pci", "papi", "egov", "ict_index", "par_index"]  # indices to compare the DTI with (see dtlib.analysis.other_indices)
index: str = "dti"  # DTI measure: "dti" (overall), a pillar ("gov", ...) or a main index ("gov_activity", ...)

# %%
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

import dtlib
from dtlib import plotting
from dtlib.analysis import cross_index
from dtlib.analysis.other_indices import index_series, other_index
from dtlib.analysis.series import measure_series
from dtlib.measures import measure
from dtlib.parameters import validate

params = validate({"editions": editions, "indices": indices, "index": index})
m = measure(params["index"])
dti_name = "DTI" if m.kind == "overall" else m.name_en
dti_series = measure_series(dtlib.load("dti"), params["index"], params["editions"])
compared = [other_index(code) for code in params["indices"]]
others = {i.code: index_series(dtlib.load(i.table), i.code) for i in compared}
comparisons = cross_index.compare_all(dti_series, others, params["editions"])
table = cross_index.agreement_table(comparisons)
plotting.use_style()


def save(fig, name):
    plotting.save_figure(fig, "cross_index", params, name)


display(Markdown(
    f"**DTI measure:** {m.name_en} – {m.name_vi}. **Editions:** {', '.join(map(str, params['editions']))}. "
    f"**Compared with:**\n\n" + "\n".join(f"- **{i.name_en}** (`{i.code}`): {i.about}." for i in compared)
))

# %% [markdown]
# ## How closely do the indices agree?
#
# One row per DTI edition and index: the edition of the other index used, the number of provinces
# known in both (*n*), Spearman's ρ and Kendall's τ with their 95% intervals, and the p-value of ρ
# (test of no association). Empty where no edition has five provinces in common with the DTI.

# %% tags=["nbval-check-output"]
print(table.round(3).to_string(index=False))

# %%
fig = plotting.correlation_forest(
    table, {i.code: i.name_en for i in compared}, dti_name,
    title=f"Rank agreement of the {dti_name} with other indices")
save(fig, "correlations")
display(Markdown(cross_index.summarise(comparisons, dti_name)))

# %% [markdown]
# ## Index by index
#
# For each index, what each comparison says and, per edition, every province's rank among those known
# in both: on the diagonal the two indices agree; the provinces furthest from it, the largest
# disagreements, are labelled with their two ranks (DTI → other index).

# %%
for other in compared:
    mine = [c for c in comparisons if c.index.code == other.code]
    display(Markdown(f"### {other.name_en}\n\n" + "\n\n".join(cross_index.describe(c, dti_name) for c in mine)))
    plotted = [c for c in mine if c.n]
    if not plotted:
        continue
    fig, axes = plt.subplots(1, len(plotted), figsize=(5.2 * len(plotted), 5.6), layout="constrained", squeeze=False)
    for c, ax in zip(plotted, axes[0]):
        plotting.agreement_scatter(c.pairs, f"{dti_name} {c.dti_edition}", f"{other.name_en} {c.other_edition}",
                                   labelled=cross_index.N_DISAGREEMENTS, ax=ax,
                                   title=f"ρ = {c.spearman.estimate:.2f}, n = {c.n}")
    fig.suptitle(f"{dti_name} and {other.name_en}: ranks among the provinces known in both")
    save(fig, f"scatter_{other.code}")

# %% [markdown]
# ## The largest disagreements
#
# Per comparison, the provinces whose ranks differ most: `dti` is the province's rank among the 63
# on the DTI measure, `other` its value on the other index, `dti_rank` and `other_rank` its ranks
# among the provinces compared, and `gap` = `dti_rank` − `other_rank` (positive: better on the other
# index than on the DTI).

# %% tags=["nbval-check-output"]
for c in comparisons:
    if c.n:
        print(f"{dti_name} {c.dti_edition} vs {c.index.code} {c.other_edition} (n = {c.n})")
        print(cross_index.disagreements(c.pairs).round(4).to_string(index=False), end="\n\n")

# %% [markdown]
# ## What the agreement means
#
# A positive, clearly non-zero correlation says the DTI and the other index order provinces in a
# similar way, not that they measure the same thing: if both follow income or urbanisation (the
# `determinants` notebook asks how far the DTI does), that shared relation alone produces agreement. A
# correlation near zero with a narrow interval says the two see different things in the same
# provinces: for PAPI's e-governance dimension, the ministry's assessment of a province's digital
# government and its residents' experience of it. The largest disagreements are where to look for
# the reasons (a province's reports running ahead of what citizens see, or a survey sample that
# misses a province's services), not verdicts on either index. Comparisons with the older indices
# rest on the few, mostly top-ranked provinces the press reported years before the DTI, so they say
# little about the country as a whole.

"""Does the DTI order provinces like the other indices do? Edition-by-edition comparisons, in numbers and words.

Each DTI edition is paired with an edition of the other index: the same year when it has at least
``MIN_PAIRS`` provinces in common with the DTI, else the latest earlier one that has (the older indices
end before the DTI begins; PCI ends in 2022). The two are compared on the provinces known in both: rank
correlations with intervals (:mod:`.agreement`), each province's rank on both, and the largest gaps.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..provinces import N_PROVINCES
from .agreement import RankCorrelation, rank_correlation, rank_gaps
from .other_indices import OtherIndex, other_index
from .profile import join_and

MIN_PAIRS = 5  # the fewest pairs rank_correlation gives an interval for
N_DISAGREEMENTS = 5  # largest gaps named in the text and labelled on the plots
MAX_NAMED = 10  # provinces left out of a comparison are named up to this many
MAX_INFORMATIVE_WIDTH = 1.0  # a rho interval wider than this (half the possible range) says little
# Words for the size of a correlation: Cohen's (1988) conventions of 0.1, 0.3 and 0.5.
STRENGTHS = ((0.5, "strong"), (0.3, "moderate"), (0.1, "weak"), (0.0, "negligible"))
PAIR_COLUMNS = ["province_id", "name_vi", "dti", "other", "dti_rank", "other_rank", "gap"]


@dataclass(frozen=True, eq=False)  # compared by identity: it holds a frame
class Comparison:
    """One DTI edition against one edition of another index.

    ``pairs``: the provinces known in both (PAIR_COLUMNS): ``dti`` is the DTI rank among the 63, ``other``
    the other index's value, ``dti_rank``/``other_rank`` the ranks among these provinces (1 = best) and
    ``gap`` = dti_rank - other_rank (positive: better on the other index), largest gap first.
    ``not_compared``: names of provinces with a DTI rank but no value in the other edition.
    """
    index: OtherIndex
    dti_edition: int
    other_edition: int | None  # None: no edition with MIN_PAIRS provinces in common
    pairs: pd.DataFrame
    spearman: RankCorrelation | None
    kendall: RankCorrelation | None
    not_compared: list[str]

    @property
    def n(self) -> int:
        return len(self.pairs)

    @property
    def n_dti(self) -> int:
        """Provinces with a DTI rank in the edition."""
        return self.n + len(self.not_compared)


def _ranked(dti_series: pd.DataFrame, edition: int) -> pd.DataFrame:
    known = dti_series[(dti_series["year"] == edition) & dti_series["rank"].notna()]
    return known[["province_id", "name_vi", "rank"]].rename(columns={"rank": "dti"})


def match_edition(dti_series: pd.DataFrame, other_series: pd.DataFrame, dti_edition: int,
                  min_pairs: int = MIN_PAIRS) -> int | None:
    """The latest edition of the other index, up to ``dti_edition``, with ``min_pairs`` provinces that also
    have a DTI rank in ``dti_edition``; None if there is none.

    ``dti_series`` is a :func:`~dtlib.analysis.series.measure_series`, ``other_series`` an
    :func:`~dtlib.analysis.other_indices.index_series`.
    """
    ranked = set(_ranked(dti_series, dti_edition)["province_id"])
    for year in sorted(other_series.loc[other_series["year"] <= dti_edition, "year"].unique(), reverse=True):
        if len(ranked & set(other_series.loc[other_series["year"] == year, "province_id"])) >= min_pairs:
            return int(year)
    return None


def compare(dti_series: pd.DataFrame, other_series: pd.DataFrame, code: str, dti_edition: int) -> Comparison:
    """The DTI (ranks of ``dti_series``) in ``dti_edition`` against index ``code`` in its matched edition."""
    index = other_index(code)
    dti = _ranked(dti_series, dti_edition)
    other_edition = match_edition(dti_series, other_series, dti_edition)
    if other_edition is None:
        return Comparison(index, dti_edition, None, pd.DataFrame(columns=PAIR_COLUMNS), None, None,
                          sorted(dti["name_vi"]))
    other = other_series.loc[other_series["year"] == other_edition, ["province_id", "value"]]
    both = dti.merge(other.rename(columns={"value": "other"}), on="province_id")
    gaps = rank_gaps(both, "dti", "other", higher_is_better=(False, index.higher_is_better))
    pairs = gaps.merge(both[["province_id", "name_vi"]], on="province_id", how="left")[PAIR_COLUMNS]
    # orient both so that higher is better: a positive correlation is agreement
    x = -pairs["dti"].astype(float)
    y = pairs["other"].astype(float) * (1 if index.higher_is_better else -1)
    not_compared = sorted(dti.loc[~dti["province_id"].isin(pairs["province_id"]), "name_vi"])
    return Comparison(index, dti_edition, other_edition, pairs, rank_correlation(x, y, "spearman"),
                      rank_correlation(x, y, "kendall"), not_compared)


def compare_all(dti_series: pd.DataFrame, others: dict[str, pd.DataFrame], editions: list[int]) -> list[Comparison]:
    """Every DTI edition against every index of ``others`` (code -> index_series), editions first."""
    return [compare(dti_series, series, code, edition) for edition in editions for code, series in others.items()]


def agreement_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """One row per comparison: the editions, n, Spearman's rho and Kendall's tau with 95% intervals."""
    rows = []
    for c in comparisons:
        row = {"dti_edition": c.dti_edition, "index": c.index.code, "other_edition": c.other_edition, "n": c.n}
        for prefix, result in (("rho", c.spearman), ("tau", c.kendall)):
            row |= {prefix: result.estimate if result else None, f"{prefix}_low": result.ci_low if result else None,
                    f"{prefix}_high": result.ci_high if result else None}
        row["rho_p"] = c.spearman.p_value if c.spearman else None
        rows.append(row)
    table = pd.DataFrame(rows)
    return table.astype({"other_edition": "Int64"} | {c: float for c in table.columns[4:]})


def strength(estimate: float) -> str:
    """'strong', 'moderate', 'weak' or 'negligible' by the size of a correlation (STRENGTHS)."""
    return next(word for bound, word in STRENGTHS if abs(estimate) >= bound)


def disagreements(pairs: pd.DataFrame, n: int = N_DISAGREEMENTS) -> pd.DataFrame:
    """Of a comparison's ``pairs``, the ``n`` provinces whose ranks on the two indices differ most (ties broken
    by province id); provinces with the same rank on both are never disagreements."""
    return pairs[pairs["gap"] != 0].head(n)


def describe(comparison: Comparison, dti_name: str = "DTI") -> str:
    """What a comparison says, in a paragraph of Markdown, every number from ``comparison``."""
    c, name = comparison, comparison.index.name_en
    if c.other_edition is None:
        return (f"**{dti_name} {c.dti_edition} and {name}:** no {name} edition up to {c.dti_edition} has "
                f"{MIN_PAIRS} or more provinces that also have a {dti_name} rank, too few for a rank correlation.")
    rho, r2 = c.spearman, c.spearman.estimate ** 2
    text = f"**{dti_name} {c.dti_edition} and {name} {c.other_edition}**"
    if c.other_edition < c.dti_edition:
        text += (f" (the latest {name} edition up to {c.dti_edition} with {MIN_PAIRS} or more provinces in common, "
                 f"{c.dti_edition - c.other_edition} year(s) earlier)")
    text += (f", {c.n} provinces known in both: Spearman's ρ = {rho.estimate:.2f} (95% interval {rho.ci_low:.2f} "
             f"to {rho.ci_high:.2f}; Kendall's τ = {c.kendall.estimate:.2f}), {strength(rho.estimate)} and "
             f"{'positive' if rho.estimate > 0 else 'negative'}. ")
    if rho.ci_low > 0 and r2 < 0.5:
        text += (f"Provinces ranked higher on {dti_name} tend to rank higher on {name} too, but loosely: the rank on "
                 f"one accounts for about {r2:.0%} of the variation of the rank on the other (ρ²).")
    elif rho.ci_low > 0:
        text += f"The two order provinces in much the same way (ρ² = {r2:.0%})."
    elif rho.ci_high < 0:
        text += f"Provinces ranked higher on {dti_name} tend to rank lower on {name}."
    else:
        text += (f"The interval includes zero: these {c.n} provinces show no association beyond chance, and leave "
                 f"room for any correlation from {rho.ci_low:.2f} to {rho.ci_high:.2f}.")
    if c.n_dti < N_PROVINCES:
        text += (f" {dti_name} {c.dti_edition} ranks are known for only {c.n_dti} of the {N_PROVINCES} provinces "
                 f"(those that press reports and provincial portals give).")
    if c.index.printed_ranks_only:
        ranks = c.pairs["other"]
        text += (f" The {name} ranks are those printed ({int(ranks.min())} to {int(ranks.max())} of {N_PROVINCES}): "
                 f"a selected set, so the correlation speaks only for these provinces.")
    if c.not_compared:
        text += f" {len(c.not_compared)} province(s) with a {dti_name} rank have no {name} value in {c.other_edition}"
        text += f": {join_and(c.not_compared)}." if len(c.not_compared) <= MAX_NAMED else "."
    text += f" Largest disagreements (rank among the {c.n} on {dti_name} → on {name}): " + "; ".join(
        f"{g.name_vi} {int(g.dti_rank)} → {int(g.other_rank)}" for g in disagreements(c.pairs).itertuples()) + "."
    return text


def summarise(comparisons: list[Comparison], dti_name: str = "DTI") -> str:
    """What the comparisons say together, in Markdown: which agree beyond chance, the closest and the
    weakest agreement among those with an informative interval, and which are too small to say much.
    Every number comes from ``comparisons``."""
    measured = [c for c in comparisons if c.spearman is not None]
    if not measured:
        return f"No index has {MIN_PAIRS} or more provinces in common with {dti_name} in the editions chosen."

    def cite(c: Comparison) -> str:
        return (f"{c.index.name_en} {c.other_edition} with {dti_name} {c.dti_edition} (ρ = {c.spearman.estimate:.2f}, "
                f"n = {c.n})")

    above = [c for c in measured if c.spearman.ci_low > 0]
    below = [c for c in measured if c.spearman.ci_high < 0]
    text = (f"Of the {len(measured)} comparison(s) with a correlation, {len(above)} have a 95% interval above zero"
            + (f" ({'; '.join(cite(c) for c in above)})" if above else "")
            + (f" and {len(below)} below zero ({'; '.join(cite(c) for c in below)})" if below else "") + ". ")
    def is_wide(c: Comparison) -> bool:
        return c.spearman.ci_high - c.spearman.ci_low > MAX_INFORMATIVE_WIDTH

    wide = [c for c in measured if is_wide(c)]
    informative = sorted((c for c in measured if not is_wide(c)),
                         key=lambda c: (-c.spearman.estimate, c.dti_edition, c.index.code))
    if len(informative) > 1:
        text += (f"Among the comparisons whose interval is narrower than {MAX_INFORMATIVE_WIDTH:g}, the closest "
                 f"agreement is {cite(informative[0])}, the weakest {cite(informative[-1])}. ")
    if wide:
        text += (f"{len(wide)} comparison(s) rest on so few provinces that the interval spans more than "
                 f"{MAX_INFORMATIVE_WIDTH:g} and says little: {'; '.join(cite(c) for c in wide)}.")
    return text.strip()

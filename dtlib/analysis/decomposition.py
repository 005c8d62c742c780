"""What the known main indices can and cannot say about a change in a province's DTI.

From the 2022 edition the DTI aggregates eight main indices, with weights the ministry does
not publish, so a DTI change cannot be split exactly into contributions of its indices.
Our tables know infrastructure and the three *activity* indices for all 63 provinces in
2022-2024; awareness, institutions, human resources and cybersecurity only for the 2022 top
five (never in two editions); 2020-2021 have pillars or ranks for a few provinces only.
What can be said, and what this module computes:

1. **Per known index** (:func:`decompose_change`): the province's change, the mean change of
   all provinces, the gap between them, and the change of its rank on that index.
2. **A bound that needs no weights**, only the assumption that the DTI is a weighted average
   of its eight main indices (weights >= 0 summing to 1, the same in both editions; the 2024
   edition changed its component indices, so across 2023-2024 this is an assumption, not a
   fact). Then the DTI change is a weighted average of the eight index changes and lies
   between the smallest and the largest of them. If it lies *above* every known change, at
   least one unpublished index rose by more than the DTI did; *below*, at least one rose by
   less (or fell further). *Within* the known range, the known changes are consistent with it
   and attributing it needs the weights.
3. **Nationally** (:func:`known_indices_fit`): the share of the variation of DTI changes
   across provinces that the changes of the known indices account for (OLS R^2). Its
   coefficients are associations, not the ministry's weights: the unpublished indices are
   correlated with the published ones.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..measures import MAIN_INDICES
from .ols import coefficient_table
from .series import measure_series

INDEX_COLUMNS = ["index", "name_en", "is_known", "score_start", "score_end", "change", "national_mean_change",
                 "change_vs_national", "rank_start", "rank_end", "rank_change"]

FINDINGS = {
    "above_known": "The DTI changed by more than every known main index, so at least one unpublished index "
                   "({unknown}) must have changed by more than {dti_change:+.4f}.",
    "below_known": "The DTI changed by less than every known main index, so at least one unpublished index "
                   "({unknown}) must have changed by less than {dti_change:+.4f}.",
    "within_known": "The DTI change ({dti_change:+.4f}) lies within the range of the known main-index changes "
                    "({low:+.4f} to {high:+.4f}); without the weights it cannot be attributed to them.",
    "contradicts_assumption": "All eight main indices are known and the DTI change ({dti_change:+.4f}) lies "
                              "outside their range ({low:+.4f} to {high:+.4f}): the DTI was not a weighted "
                              "average of the same indices with the same weights in both editions.",
    "no_index_known": "No main index is known for this province in both {start} and {end}.",
    "dti_unknown": "The DTI score is not known for this province in both {start} and {end}.",
}


@dataclass(frozen=True)
class Decomposition:
    """A province's DTI change between two editions, set against its known main indices."""

    province_id: str
    start: int
    end: int
    dti_change: float
    rank_start: object
    rank_end: object
    indices: pd.DataFrame  # one row per main index (INDEX_COLUMNS)
    finding: str  # a key of FINDINGS
    explanation: str

    @property
    def known(self) -> list[str]:
        return self.indices.loc[self.indices["is_known"], "index"].tolist()

    @property
    def unknown(self) -> list[str]:
        return self.indices.loc[~self.indices["is_known"], "index"].tolist()


def decompose_change(dti: pd.DataFrame, province_id: str, start: int, end: int) -> Decomposition:
    """Set a province's DTI change from ``start`` to ``end`` against its known main indices."""
    if province_id not in set(dti["province_id"]):
        raise ValueError(f"province {province_id!r} is not in the DTI table")
    if not start < end or not {start, end} <= set(dti["year"]):
        raise ValueError(f"need two editions of the DTI table, the first before the second; got {start}, {end}")
    overall = _row(_all_changes(measure_series(dti, "dti", [start, end])), province_id)
    rows = []
    for m in MAIN_INDICES:
        changes = _all_changes(measure_series(dti, m.code, [start, end]))
        row = _row(changes, province_id)
        national = changes["change"].mean()
        rows.append({"index": m.code, "name_en": m.name_en, "is_known": pd.notna(row["change"]), **row,
                     "national_mean_change": national, "change_vs_national": row["change"] - national})
    indices = pd.DataFrame(rows, columns=INDEX_COLUMNS)
    for column in ("rank_start", "rank_end", "rank_change"):
        indices[column] = indices[column].astype("Int64")
    finding, values = _finding(overall["change"], indices)
    explanation = FINDINGS[finding].format(dti_change=overall["change"], start=start, end=end, **values)
    return Decomposition(province_id, start, end, overall["change"], overall["rank_start"], overall["rank_end"],
                         indices, finding, explanation)


def _all_changes(series: pd.DataFrame) -> pd.DataFrame:
    start, end = sorted(set(series["year"]))
    score = series.pivot(index="province_id", columns="year", values="score").astype(float)
    rank = series.pivot(index="province_id", columns="year", values="rank").astype("Int64")
    return pd.DataFrame({
        "score_start": score[start], "score_end": score[end], "change": score[end] - score[start],
        "rank_start": rank[start], "rank_end": rank[end], "rank_change": rank[start] - rank[end],
    })


def _row(changes: pd.DataFrame, province_id: str) -> dict:
    return {column: changes.at[province_id, column] for column in changes.columns}


def _finding(dti_change: float, indices: pd.DataFrame) -> tuple[str, dict]:
    known = indices[indices["is_known"]]
    unknown = ", ".join(indices.loc[~indices["is_known"], "name_en"])
    if pd.isna(dti_change):
        return "dti_unknown", {}
    if known.empty:
        return "no_index_known", {}
    low, high = float(known["change"].min()), float(known["change"].max())
    values = {"low": low, "high": high, "unknown": unknown}
    if low <= dti_change <= high:
        return "within_known", values
    if not unknown:
        return "contradicts_assumption", values
    return ("above_known" if dti_change > high else "below_known"), values


@dataclass(frozen=True)
class KnownIndicesFit:
    """OLS across provinces of the DTI change on the changes of the known main indices."""

    start: int
    end: int
    indices: list[str]
    model: object
    summary: pd.DataFrame  # one row per term: coef, std_err, t, p_value

    @property
    def r_squared(self) -> float:
        return float(self.model.rsquared)

    @property
    def n(self) -> int:
        return int(self.model.nobs)


def known_indices_fit(dti: pd.DataFrame, start: int, end: int, cov_type: str = "HC1") -> KnownIndicesFit:
    """How much of the cross-province variation in DTI changes the known main indices account for.

    Uses the main indices known for every province in both editions and the provinces with
    every value known. Robust standard errors (``cov_type``), t-based tests.
    """
    changes = {"dti": _all_changes(measure_series(dti, "dti", [start, end]))["change"]}
    for m in MAIN_INDICES:
        change = _all_changes(measure_series(dti, m.code, [start, end]))["change"]
        if change.notna().all():
            changes[m.code] = change
    import statsmodels.api as sm  # here, not at the top: the province profile needs only decompose_change

    indices = [code for code in changes if code != "dti"]
    if not indices:
        raise ValueError(f"no main index is known for every province in both {start} and {end}")
    data = pd.DataFrame(changes).dropna().sort_index()
    model = sm.OLS(data["dti"], sm.add_constant(data[indices])).fit(cov_type=cov_type, use_t=True)
    summary = coefficient_table(model)[["term", "coef", "std_err", "t", "p_value"]]
    return KnownIndicesFit(start, end, indices, model, summary)

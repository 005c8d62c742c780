"""A statement of the evidence on pilots, computed from the tables: how much is known, and how little.

Every number a notebook quotes about the strength of the evidence comes from
:func:`evidence_statement`: how many units, how many with figures, how many figures are
thresholds or self-reported, how many have a baseline, how many have a control (none in the
sources), how many units were already ahead when chosen.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from .select import Provinces, comparable_pairs, select_programmes, select_units
from .values import ABOUT, THRESHOLDS

if TYPE_CHECKING:
    import pandas as pd

_PILOT_LEVELS = ("village", "commune")


@dataclass(frozen=True)
class EvidenceStatement:
    n_units: int  # pilot units in scope (villages, communes, district-wide programmes)
    n_communes: int
    n_villages: int
    n_districts: int
    n_provinces: int
    n_programmes: int
    n_units_with_outcomes: int  # units with at least one achieved outcome figure (targets excluded)
    n_outcome_figures: int
    n_threshold_figures: int  # outcome figures stated as a bound (over, at least, under, at most)
    n_approximate_figures: int  # outcome figures stated as "about"
    n_relative_figures: int  # outcome figures stated only relative to an unstated earlier level ("5 times")
    n_self_reported_figures: int  # outcome figures given by local officials
    n_unattributed_figures: int  # outcome figures whose source does not say who gave them
    n_targets: int  # goals reported next to outcomes
    n_units_with_baseline: int  # units with an outcome figure and a stated earlier value
    n_units_with_derived_baseline: int  # units whose only earlier value is worked out from a stated change
    n_units_with_comparison: int  # units with a same-measure figure for their district, province or the nation
    n_units_with_control: int  # units with a same-measure figure for a comparable non-pilot village or commune
    n_units_advanced_at_selection: int
    n_units_disadvantaged_at_selection: int
    n_units_selection_not_stated: int
    n_units_chosen_again: int  # units chosen by a later programme after an earlier pilot
    n_units_stated_not_named: int  # units the sources say programmes have, but do not name

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def text(self) -> str:
        """The statement in words; every number comes from the fields."""
        if not self.n_units:
            return "The registry holds no pilot unit in this scope." + (
                f" The sources give its programmes {self.n_units_stated_not_named} units they do not name."
                if self.n_units_stated_not_named else "")
        parts = [
            f"{counted(self.n_units, 'pilot unit')} ({counted(self.n_communes, 'commune')}, {counted(self.n_villages, 'village')}, "
            f"{counted(self.n_districts, 'district-wide programme')}) in {counted(self.n_provinces, 'province')}, "
            f"from {counted(self.n_programmes, 'programme')}.",
            f"{counted(self.n_units_with_outcomes, 'unit')} {_verb(self.n_units_with_outcomes, 'reports', 'report')} "
            f"outcome figures, {self.n_outcome_figures} in all: {self.n_threshold_figures} "
            f"{_verb(self.n_threshold_figures, 'is a threshold', 'are thresholds')} (such as 'over 90%'), "
            f"{self.n_approximate_figures} approximate and {self.n_relative_figures} only relative to an unstated "
            f"earlier level; {self.n_self_reported_figures} "
            f"{_verb(self.n_self_reported_figures, 'comes', 'come')} from local officials and "
            f"{self.n_unattributed_figures} {_verb(self.n_unattributed_figures, 'does', 'do')} not say who gave "
            f"{_verb(self.n_unattributed_figures, 'it', 'them')}.",
            f"A stated baseline exists for {counted(self.n_units_with_baseline, 'unit')}"
            + (f", and one worked out from a stated change for {self.n_units_with_derived_baseline} more"
               if self.n_units_with_derived_baseline else "")
            + f"; a figure measured the same way for the district, province or nation exists for "
              f"{counted(self.n_units_with_comparison, 'unit')}.",
            "No unit has a control group." if not self.n_units_with_control else
            f"A comparable non-pilot village or commune exists for {counted(self.n_units_with_control, 'unit')}.",
            f"At selection, by the sources' account, {counted(self.n_units_advanced_at_selection, 'unit')} "
            f"{_verb(self.n_units_advanced_at_selection, 'was', 'were')} already ahead and "
            f"{self.n_units_disadvantaged_at_selection} disadvantaged; for {self.n_units_selection_not_stated} the "
            f"sources say nothing. {counted(self.n_units_chosen_again, 'unit')} "
            f"{_verb(self.n_units_chosen_again, 'was', 'were')} chosen again by a later programme.",
        ]
        if self.n_targets:
            parts.append(f"{counted(self.n_targets, 'target')} reported next to the outcomes "
                         f"{_verb(self.n_targets, 'is a goal, not a result', 'are goals, not results')}.")
        if self.n_units_stated_not_named:
            parts.append(f"The sources give these programmes {self.n_units_stated_not_named} more units than "
                         f"they name.")
        return " ".join(parts)

    def as_frame(self) -> "pd.DataFrame":
        import pandas as pd

        return pd.DataFrame({"measure": list(self.as_dict()), "value": list(self.as_dict().values())})


def evidence_statement(communes: "pd.DataFrame", indicators: "pd.DataFrame", programmes: "pd.DataFrame", *,
                       province_id: Provinces = None, programme_id: str | None = None) -> EvidenceStatement:
    """The numbers of the evidence statement for all pilots, pre-2025 province(s), a programme, or both."""
    rows = select_units(communes, province_id=province_id, programme_id=programme_id)
    units = rows.drop_duplicates("unit_id")
    in_scope = indicators["unit_id"].isin(units["unit_id"]) & (indicators["role"] == "pilot")
    figures = indicators[in_scope]
    outcomes = figures[figures["kind"] == "outcome"]
    status = _selection_status(rows)
    levels = units["level"].value_counts()
    return EvidenceStatement(
        n_units=len(units),
        n_communes=int(levels.get("commune", 0)),
        n_villages=int(levels.get("village", 0)),
        n_districts=int(levels.get("district", 0)),
        n_provinces=units["province_id"].nunique(),
        n_programmes=len(select_programmes(programmes, communes, province_id=province_id,
                                           programme_id=programme_id)),
        n_units_with_outcomes=outcomes["unit_id"].nunique(),
        n_outcome_figures=len(outcomes),
        n_threshold_figures=int(outcomes["qualifier"].isin(THRESHOLDS).sum()),
        n_approximate_figures=int((outcomes["qualifier"] == ABOUT).sum()),
        n_relative_figures=int((outcomes["unit"] == "times").sum()),
        n_self_reported_figures=int((outcomes["reported_by"] == "local_officials").sum()),
        n_unattributed_figures=int((outcomes["reported_by"] == "not_stated").sum()),
        n_targets=int((figures["kind"] == "target").sum()),
        n_units_with_baseline=outcomes.loc[outcomes["baseline_basis"] == "stated", "unit_id"].nunique(),
        n_units_with_derived_baseline=_only_derived(outcomes),
        n_units_with_comparison=_units_with_comparison(outcomes, indicators,
                                                       area_levels=("district", "province", "national")),
        n_units_with_control=_units_with_comparison(outcomes, indicators, area_levels=_PILOT_LEVELS),
        n_units_advanced_at_selection=int((status == "advanced").sum()),
        n_units_disadvantaged_at_selection=int((status == "disadvantaged").sum()),
        n_units_selection_not_stated=int((status == "not_stated").sum()),
        n_units_chosen_again=_chosen_again(rows),
        n_units_stated_not_named=_stated_not_named(
            select_programmes(programmes, communes, province_id=province_id, programme_id=programme_id)),
    )


def _selection_status(rows: "pd.DataFrame") -> "pd.Series":
    """One status per unit: advanced if any programme's sources say so, else disadvantaged if any do."""
    order = {"advanced": 0, "disadvantaged": 1, "not_stated": 2}
    ranked = rows.assign(order=rows["status_at_selection"].map(order)).sort_values("order", kind="stable")
    return ranked.drop_duplicates("unit_id").set_index("unit_id")["status_at_selection"]


def _only_derived(outcomes: "pd.DataFrame") -> int:
    stated = set(outcomes.loc[outcomes["baseline_basis"] == "stated", "unit_id"])
    derived = set(outcomes.loc[outcomes["baseline_basis"] == "derived", "unit_id"])
    return len(derived - stated)


def _units_with_comparison(outcomes: "pd.DataFrame", indicators: "pd.DataFrame", *,
                           area_levels: tuple[str, ...]) -> int:
    """Units with an outcome figure that a comparison row at one of ``area_levels`` measures the same way
    (see :func:`~dtlib.pilots.select.comparable_pairs`)."""
    others = indicators[(indicators["role"] == "comparison") & indicators["area_level"].isin(area_levels)]
    return comparable_pairs(outcomes, others)["unit_id"].nunique()


def _chosen_again(rows: "pd.DataFrame") -> int:
    """Units picked by a programme that started after the unit's earlier pilot had begun."""
    dated = rows.dropna(subset=["start_date"])
    again = 0
    for _, unit in dated.groupby("unit_id"):
        starts = sorted(unit["start_date"])
        again += int(len(starts) > 1 and starts[-1][:4] > starts[0][:4])
    return again


def _stated_not_named(programmes: "pd.DataFrame") -> int:
    """Units the sources say the programmes have beyond those the registry names (largest stated count);
    for a programme that reaches several provinces, those units may be anywhere."""
    stated = programmes.dropna(subset=["n_units_stated_max"])
    return int((stated["n_units_stated_max"] - stated["n_units_named"]).clip(lower=0).sum())


def counted(count: int, noun: str) -> str:
    """'1 unit', '2 units' (nouns with a plain plural)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _verb(count: int, singular: str, plural: str) -> str:
    return singular if count == 1 else plural

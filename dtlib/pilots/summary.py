"""Pilots described in brief: the "Pilot communes" section of the province profile, and the
sentences the pilot notebook writes about changes.

:func:`pilot_summary` gives, for pre-2025 province(s) (one province, or those that formed a
post-2025 unit) and optionally one programme, the units, their programmes, a few key figures
with their qualifiers, the evidence statement, and a plain sentence when the sources name no
unit. :func:`describe_changes` puts each figure that has a baseline into words.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .evidence import EvidenceStatement, evidence_statement
from .select import (
    Provinces, change_comparisons, comparable_pairs, province_ids, registry_view, select_programmes, select_units,
    with_bounds,
)
from .taxonomy import BASES, INDICATOR_CODES, UNITS, indicator
from .values import EXACT, format_qualified

if TYPE_CHECKING:
    import pandas as pd

KEY_FIGURES = 5
# baseline and comparison are empty where the sources give none
KEY_FIGURE_COLUMNS = ["area_name", "area_level", "indicator", "figure", "of", "date", "reported_by", "baseline",
                      "comparison"]
PROGRAMME_COLUMNS = ["programme", "sponsor", "start_date", "n_units_here", "n_units_named", "n_units_stated_max"]


@dataclass(frozen=True)
class PilotSummary:
    province_ids: tuple[str, ...] | None  # the pre-2025 provinces in scope; None for every province
    programme_id: str | None  # the programme in scope; None for every programme
    programme_name: str | None
    units: "pd.DataFrame"  # the registry rows in scope, for reading (dtlib.pilots.registry_view)
    programmes: "pd.DataFrame"  # PROGRAMME_COLUMNS: programmes with a unit in scope, or of these provinces
    key_figures: "pd.DataFrame"  # KEY_FIGURE_COLUMNS: a few outcome figures, as the sources qualify them
    evidence: EvidenceStatement
    # programmes not tied to one province whose sources name fewer units than they state
    unnamed_elsewhere: "pd.DataFrame"

    @property
    def has_units(self) -> bool:
        return not self.units.empty

    def text(self, place: str) -> str:
        """What the sources say about pilots in ``place`` (e.g. "Ninh Bình", "the provinces that formed X")."""
        if self.has_units:
            names = sorted(dict.fromkeys(self.units["unit_name"]))
            return f"Named by the project's sources in {place}: {', '.join(names)}. " + self.evidence.text()
        what = "pilot commune, village or district" if self.programme_id is None else f"unit of {self.programme_name}"
        sentence = f"The project's sources name no {what} in {place}."
        if len(self.programmes):
            sentence += (f" They give {len(self.programmes)} programme(s) of {place} without naming its units: "
                         f"{', '.join(self.programmes['programme'])}.")
        if len(self.unnamed_elsewhere):
            sentence += (" The sources do not name every unit of the programmes run in several provinces ("
                         + "; ".join(f"{p.programme}: {p.n_units_named} of up to {int(p.n_units_stated_max)} named"
                                     for p in self.unnamed_elsewhere.itertuples(index=False))
                         + "), so a pilot here cannot be ruled out.")
        return sentence


def pilot_summary(communes: "pd.DataFrame", indicators: "pd.DataFrame", programmes: "pd.DataFrame",
                  provinces: "pd.DataFrame", province_id: Provinces = None, programme_id: str | None = None,
                  n_figures: int = KEY_FIGURES) -> PilotSummary:
    """The pilots of pre-2025 province(s) ``province_id`` (None: every province) and ``programme_id``
    (None: every programme), from ``dtlib.load("pilot_communes")``, ``"pilot_indicators"``,
    ``"pilot_programmes"`` and ``dtlib.provinces()``."""
    ids = province_ids(province_id)
    scope = {"province_id": ids, "programme_id": programme_id}
    units = registry_view(communes, programmes, provinces, **scope)
    in_scope = select_programmes(programmes, communes, **scope)
    named_here = select_units(communes, **scope)["programme_id"].value_counts()
    programme_table = in_scope.assign(programme=in_scope["name_en"],
                                      n_units_here=in_scope["programme_id"].map(named_here).fillna(0).astype(int))
    several = programmes[programmes["province_id"].isna() & programmes["n_units_stated_max"].notna()
                         & (programmes["programme_id"] == programme_id if programme_id else True)]
    unnamed = several[several["n_units_stated_max"] > several["n_units_named"]]
    return PilotSummary(
        province_ids=None if ids is None else tuple(ids), programme_id=programme_id,
        programme_name=programmes.set_index("programme_id")["name_en"].get(programme_id), units=units,
        programmes=programme_table[PROGRAMME_COLUMNS].reset_index(drop=True),
        key_figures=key_figures(indicators, communes, n=n_figures, **scope),
        evidence=evidence_statement(communes, indicators, programmes, **scope),
        unnamed_elsewhere=unnamed.assign(programme=unnamed["name_en"])[
            ["programme", "n_units_named", "n_units_stated_max"]].reset_index(drop=True),
    )


def key_figures(indicators: "pd.DataFrame", communes: "pd.DataFrame", province_id: Provinces = None,
                programme_id: str | None = None, n: int = KEY_FIGURES) -> "pd.DataFrame":
    """Up to ``n`` outcome figures of the pilot units in scope, one per indicator: first those with a
    figure measured the same way for the district, province or nation, then those with a baseline,
    then one figure of each unit in turn, shares before other units and the latest first. Figures
    keep their qualifier ('>70%')."""
    import pandas as pd

    units = select_units(communes, province_id=province_id, programme_id=programme_id)
    outcomes = indicators[(indicators["role"] == "pilot") & (indicators["kind"] == "outcome")
                          & indicators["unit_id"].isin(units["unit_id"])]
    if outcomes.empty:
        return pd.DataFrame(columns=KEY_FIGURE_COLUMNS)
    around = indicators[(indicators["role"] == "comparison")
                        & indicators["area_level"].isin(("district", "province", "national"))]
    pairs = comparable_pairs(outcomes, around).sort_values(["fact_id", "date_other", "fact_id_other"])
    comparison = pairs.assign(text=_comparison_texts(pairs)).groupby("fact_id")["text"].agg("; ".join).to_dict()
    ranked = with_bounds(outcomes).assign(
        comparison=[comparison.get(fact, "") for fact in outcomes["fact_id"]],
        no_comparison=~outcomes["fact_id"].isin(pairs["fact_id"]),
        no_baseline=outcomes["baseline_value"].isna(),
        not_share=outcomes["share_pct"].isna(),
        indicator_order=outcomes["indicator"].map(INDICATOR_CODES.index),
    ).sort_values(["no_comparison", "no_baseline", "not_share", "date", "fact_id"],
                  ascending=[True, True, True, False, True], kind="stable")
    ranked = ranked.drop_duplicates("indicator")
    # take the units in turn, so that one unit's many figures do not crowd out the others
    ranked = ranked.assign(turn=ranked.groupby("unit_id").cumcount()).sort_values(
        ["no_comparison", "no_baseline", "turn"], kind="stable")
    chosen = ranked.head(n).sort_values(["indicator_order", "fact_id"], kind="stable")
    table = chosen.assign(
        indicator=[indicator(code).name_en for code in chosen["indicator"]],
        figure=chosen["label"],
        of=[BASES[base] if share else UNITS[unit]
            for base, unit, share in zip(chosen["base"], chosen["unit"], chosen["share_pct"].notna())],
        baseline=["" if pd.isna(value) else
                  f"{format_qualified(value, qualifier, percent=unit == 'percent')} ({date})"
                  for value, qualifier, unit, date in zip(chosen["baseline_value"], chosen["baseline_qualifier"],
                                                          chosen["unit"], chosen["baseline_date"])],
    )
    return table[KEY_FIGURE_COLUMNS].reset_index(drop=True)


def _comparison_texts(pairs: "pd.DataFrame") -> list[str]:
    """'Yên Mô (district): 51 (2020-12)' for the comparison figure of each pair."""
    import pandas as pd

    texts = []
    for row in pairs.itertuples(index=False):
        denominator = None if pd.isna(row.denominator_other) else row.denominator_other
        value = format_qualified(row.value_other, row.qualifier_other, denominator=denominator,
                                 percent=row.unit_other == "percent")
        texts.append(f"{row.area_name_other} ({row.area_level_other}): {value} ({row.date_other})")
    return texts


def describe_changes(changes: "pd.DataFrame", indicators: "pd.DataFrame") -> list[str]:
    """One sentence per row of :func:`dtlib.pilots.before_after`: the earlier and later value as the
    sources qualify them, the change where both are exact, and what the comparison figures of the same
    measure show (:func:`dtlib.pilots.select.change_comparisons`; a change around the pilot needs two dates)."""
    pairs = change_comparisons(changes, indicators)
    sentences = []
    for row in changes.itertuples(index=False):
        percent = row.unit == "percent"
        before = format_qualified(row.baseline_value, row.baseline_qualifier, percent=percent)
        after = format_qualified(row.value, row.qualifier, percent=percent)
        measured = f"% of {BASES[row.base]}" if percent else UNITS[row.unit]
        text = (f"{row.area_name} – {indicator(row.indicator).name_en} ({measured}): {before} in "
                f"{row.baseline_date}, {after} in {row.date}")
        if row.baseline_qualifier == EXACT and row.qualifier == EXACT and row.baseline_value > 0:
            text += f", a change of {row.value - row.baseline_value:+g} ({row.value / row.baseline_value - 1:+.0%})"
        else:
            text += " (not both exact, so the size of the change is not known)"
        text += "." if row.baseline_basis == "stated" else "; the earlier value is worked out from a stated change."
        others = pairs[pairs["fact_id"] == row.fact_id]
        if others.empty:
            text += " No comparison figure measured the same way is in the tables."
        else:
            text += " Measured the same way around it: " + "; ".join(_comparison_texts(others)) + "."
            if others["date_other"].nunique() < 2:
                text += " With one date only, the change around it is unknown, so the pilot's change cannot be set " \
                        "against it."
        sentences.append(text)
    return sentences

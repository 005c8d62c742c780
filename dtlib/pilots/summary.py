"""The pilots of one province, or of the provinces that formed a post-2025 unit, in brief: the
"Pilot communes" section of the province profile.

:func:`pilot_summary` gives the units, their programmes, a few key figures with their
qualifiers, the evidence statement, and a plain sentence when the sources name no unit.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .evidence import EvidenceStatement, evidence_statement
from .select import comparable_pairs, province_ids, registry_view, select_programmes, select_units, with_bounds
from .taxonomy import BASES, INDICATOR_CODES, UNITS, indicator
from .values import format_qualified

if TYPE_CHECKING:
    import pandas as pd

KEY_FIGURES = 5
KEY_FIGURE_COLUMNS = ["area_name", "area_level", "indicator", "figure", "of", "date", "reported_by", "baseline",
                      "comparison"]
PROGRAMME_COLUMNS = ["programme", "sponsor", "start_date", "n_units_here", "n_units_named", "n_units_stated_max"]


@dataclass(frozen=True)
class PilotSummary:
    province_ids: tuple[str, ...]  # the pre-2025 provinces in scope
    units: "pd.DataFrame"  # the registry rows in scope, for reading (dtlib.pilots.registry_view)
    programmes: "pd.DataFrame"  # PROGRAMME_COLUMNS: programmes with a unit here, or of these provinces
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
        sentence = f"The project's sources name no pilot commune, village or district in {place}."
        if len(self.programmes):
            sentence += (f" They give {len(self.programmes)} programme(s) of {place} without naming its units: "
                         f"{', '.join(self.programmes['programme'])}.")
        if len(self.unnamed_elsewhere):
            stated = self.unnamed_elsewhere
            sentence += (" The sources do not name every unit of the programmes run in several provinces ("
                         + "; ".join(f"{row.programme}: {row.n_units_named} of up to {row.n_units_stated_max} named"
                                     for row in stated.itertuples(index=False))
                         + "), so a pilot here cannot be ruled out.")
        return sentence


def pilot_summary(communes: "pd.DataFrame", indicators: "pd.DataFrame", programmes: "pd.DataFrame",
                  provinces: "pd.DataFrame", province_id: "str | list[str]",
                  n_figures: int = KEY_FIGURES) -> PilotSummary:
    """The pilots of pre-2025 province(s) ``province_id`` from ``dtlib.load("pilot_communes")``,
    ``"pilot_indicators"``, ``"pilot_programmes"`` and ``dtlib.provinces()``."""
    ids = tuple(province_ids(province_id))
    units = registry_view(communes, programmes, provinces, province_id=ids)
    in_scope = select_programmes(programmes, communes, province_id=ids)
    named_here = select_units(communes, province_id=ids)["programme_id"].value_counts()
    programme_table = in_scope.assign(programme=in_scope["name_en"],
                                      n_units_here=in_scope["programme_id"].map(named_here).fillna(0).astype(int))
    several = programmes[programmes["province_id"].isna() & programmes["n_units_stated_max"].notna()]
    unnamed = several[several["n_units_stated_max"] > several["n_units_named"]]
    return PilotSummary(
        province_ids=ids, units=units, programmes=programme_table[PROGRAMME_COLUMNS].reset_index(drop=True),
        key_figures=key_figures(indicators, communes, ids, n_figures),
        evidence=evidence_statement(communes, indicators, programmes, province_id=ids),
        unnamed_elsewhere=unnamed.assign(programme=unnamed["name_en"])[
            ["programme", "n_units_named", "n_units_stated_max"]].reset_index(drop=True),
    )


def key_figures(indicators: "pd.DataFrame", communes: "pd.DataFrame", province_id: "str | list[str]",
                n: int = KEY_FIGURES) -> "pd.DataFrame":
    """Up to ``n`` outcome figures of the pilot units in scope, one per indicator: first those with a
    figure measured the same way for the district, province or nation, then those with a baseline,
    then shares before other units; within each, the latest. Figures keep their qualifier ('>70%')."""
    import pandas as pd

    units = select_units(communes, province_id=province_id)
    outcomes = indicators[(indicators["role"] == "pilot") & (indicators["kind"] == "outcome")
                          & indicators["unit_id"].isin(units["unit_id"])]
    if outcomes.empty:
        return pd.DataFrame(columns=KEY_FIGURE_COLUMNS)
    around = indicators[(indicators["role"] == "comparison")
                        & indicators["area_level"].isin(("district", "province", "national"))]
    pairs = comparable_pairs(outcomes, around).sort_values(["fact_id", "date_other", "fact_id_other"])
    comparison = pairs.assign(text=_comparison_texts(pairs)).groupby("fact_id")["text"].agg("; ".join)
    ranked = with_bounds(outcomes).assign(
        comparison=outcomes["fact_id"].map(comparison),
        no_comparison=~outcomes["fact_id"].isin(pairs["fact_id"]),
        no_baseline=outcomes["baseline_value"].isna(),
        not_share=outcomes["share_pct"].isna(),
        indicator_order=outcomes["indicator"].map(INDICATOR_CODES.index),
    ).sort_values(["no_comparison", "no_baseline", "not_share", "date", "fact_id"],
                  ascending=[True, True, True, False, True], kind="stable")
    chosen = ranked.drop_duplicates("indicator").head(n).sort_values(["indicator_order", "fact_id"], kind="stable")
    table = chosen.assign(
        indicator=[indicator(code).name_en for code in chosen["indicator"]],
        figure=chosen["label"],
        of=[BASES[base] if share else UNITS[unit]
            for base, unit, share in zip(chosen["base"], chosen["unit"], chosen["share_pct"].notna())],
        baseline=[None if pd.isna(value) else
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

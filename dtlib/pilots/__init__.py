"""Pilot communes: qualified values, the indicator taxonomy, scoping, the evidence statement and an
exploratory province-level comparison.

    import dtlib
    from dtlib import pilots

    communes = dtlib.load("pilot_communes")        # registry: one row per unit and programme
    indicators = dtlib.load("pilot_indicators")    # figures with qualifier, unit, base, baseline
    programmes = dtlib.load("pilot_programmes")
    pilots.parse_qualified("trên 90%")             # QualifiedValue(value=90.0, qualifier='>', ...)
    pilots.evidence_statement(communes, indicators, programmes, province_id="pre2025-37")
    pilots.compare_pilot_provinces(dtlib.load("dti"), communes, programmes)
    pilots.pilot_summary(communes, indicators, programmes, dtlib.provinces(), ["pre2025-37"])  # for a profile

The comparison imports statsmodels only when called.
"""
from __future__ import annotations

from .comparison import PilotComparison, SmallSampleCaveat, compare_pilot_provinces, pilot_provinces
from .evidence import EvidenceStatement, evidence_statement
from .select import (
    before_after, change_comparisons, comparable_pairs, indicator_comparisons, registry_view, select_programmes,
    select_units, unmatched_comparisons, units_by_province, with_bounds,
)
from .summary import PilotSummary, describe_changes, key_figures, pilot_summary
from .taxonomy import INDICATORS, Indicator, indicator, taxonomy
from .values import QUALIFIERS, QualifiedValue, ValueFormatError, bounds, format_qualified, parse_qualified

__all__ = [
    "INDICATORS", "QUALIFIERS", "EvidenceStatement", "Indicator", "PilotComparison", "PilotSummary", "QualifiedValue",
    "SmallSampleCaveat", "ValueFormatError", "before_after", "bounds", "change_comparisons", "comparable_pairs",
    "compare_pilot_provinces", "describe_changes", "evidence_statement", "format_qualified", "indicator",
    "indicator_comparisons", "key_figures", "parse_qualified", "pilot_provinces", "pilot_summary", "registry_view",
    "select_programmes", "select_units", "taxonomy", "unmatched_comparisons", "units_by_province", "with_bounds",
]

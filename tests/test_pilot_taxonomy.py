"""The indicator taxonomy: complete, consistent, and strict about units and bases."""
from __future__ import annotations

import pytest

from dtlib.pilots.taxonomy import (
    BASES, DOMAINS, INDICATOR_CODES, INDICATORS, KINDS, UNITS, indicator, taxonomy, unit_and_base_misfit,
)


def test_the_domains_the_pilots_report_on_are_covered():
    for domain in ("connectivity", "smartphones", "e_payment", "online_public_services", "e_commerce",
                   "digital_signatures", "income"):
        assert domain in DOMAINS


def test_every_indicator_is_well_formed():
    assert len(set(INDICATOR_CODES)) == len(INDICATORS)
    for i in INDICATORS:
        assert i.kind in KINDS
        assert i.units and set(i.units) <= set(UNITS), i.code
        assert i.bases and set(i.bases) <= set(BASES), i.code
        assert i.name_en and i.name_vi


def test_units_and_bases_are_checked():
    assert unit_and_base_misfit("smartphone_use", "percent", "adults") is None
    column, allowed = unit_and_base_misfit("smartphone_use", "percent", "villages")
    assert column == "base" and allowed[:2] == ("residents", "adults") and "villages" not in allowed
    assert unit_and_base_misfit("income_per_capita", "times", "residents") == (
        "unit", ("million_vnd_per_person_year",))


def test_unknown_indicator_lists_the_valid_ones():
    with pytest.raises(ValueError, match="unknown pilot indicator 'smartphones'; valid: internet_access"):
        indicator("smartphones")


def test_context_and_inputs_are_not_outcomes():
    assert indicator("population").kind == "context"
    assert indicator("pilot_budget").kind == "input"
    assert indicator("online_dossiers").kind == "outcome"


def test_taxonomy_table():
    table = taxonomy()
    assert list(table.columns) == ["indicator", "domain", "kind", "name_en", "name_vi", "units", "bases"]
    assert len(table) == len(INDICATORS)
    assert table.set_index("indicator").loc["fibre_broadband", "bases"] == "households;villages"

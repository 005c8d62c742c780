"""Notebook parameter validation: normalised values or errors that list valid choices."""
from __future__ import annotations

import re

import pytest

from dtlib.parameters import ParameterError, validate


def test_values_are_normalised():
    checked = validate({"province": "tp.hcm", "highlight": ["Hanoi", "Da Nang"], "index": "gov",
                        "editions": [2024, 2022], "era": None, "region": "South East", "title": "x"})
    assert checked == {"province": "pre2025-79", "highlight": ["pre2025-01", "pre2025-48"], "index": "gov",
                       "editions": [2022, 2024], "era": None, "region": "South East", "title": "x"}


def test_era_applies_to_provinces():
    assert validate({"province": "Gia Lai", "era": "post2025"})["province"] == "post2025-52"
    assert validate({"province": "Gia Lai"})["province"] == "pre2025-64"


@pytest.mark.parametrize("params, message", [
    ({"province": "Atlantis"}, "parameter 'province': unknown province name 'Atlantis'"),
    ({"index": "digital"}, "expected one of dti, gov, econ, soc, awareness"),
    ({"editions": [2019]}, "a DTI edition, one of 2020, 2021, 2022, 2023, 2024"),
    ({"edition": "2024"}, "parameter 'edition': '2024' is not valid"),
    ({"region": "Tây Nguyên"}, "None or one of Northern Midlands and Mountains"),
    ({"era": "63"}, "one of pre2025, post2025 or None"),
    ({"highlight": "Hà Nội"}, "a list of province names"),
    ({"indices": ["papi_e"]}, "index codes from papi_egovernance, papi, pci, egov, ict_index, par_index"),
    ({"indices": ["pci", "pci"]}, "a non-empty list of distinct index codes"),
    ({"indices": []}, "a non-empty list"),
    ({"covariates": ["gdp"]}, "names from log_grdp_per_capita, urban_share_pct, log_population"),
    # pillars are known for a few provinces only, so they cannot be a regression outcome
    ({"outcome": "gov"}, "a DTI measure scored for all 63 provinces, one of dti (2022, 2023, 2024), infrastructure"),
    ({"outcome": "dti", "editions": [2021, 2022]}, "parameter 'editions': [2021] not valid with outcome 'dti', "
                                                   "which has a score for every province only in 2022, 2023, 2024"),
])
def test_bad_values_list_the_choices(params, message):
    with pytest.raises(ParameterError, match=re.escape(message)):
        validate(params)


def test_comparison_and_model_parameters_are_normalised():
    checked = validate({"indices": ["pci", "papi_egovernance"], "outcome": "gov_activity", "editions": [2024, 2022],
                        "covariates": ["log_population", "log_grdp_per_capita"]})
    # indices keep the order asked for; covariates take the model's order
    assert checked == {"indices": ["pci", "papi_egovernance"], "outcome": "gov_activity", "editions": [2022, 2024],
                       "covariates": ["log_grdp_per_capita", "log_population"]}

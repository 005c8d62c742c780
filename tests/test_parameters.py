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


def test_no_province_means_every_province():
    assert validate({"province": None, "era": None}) == {"province": None, "era": None}


def test_units_to_highlight_are_read_as_post2025_units():
    checked = validate({"highlight_units": ["tp.hcm", "Hue"], "edition": 2024})
    assert checked == {"highlight_units": ["post2025-79", "post2025-46"], "edition": 2024}
    # Resolution 202/2025/QH15: Bình Định became part of the new Gia Lai (post2025-52)
    successor = r"Bình Định is a pre-2025 province; since 1 July 2025 it is part of Gia Lai \(post2025-52\)\."
    with pytest.raises(ParameterError, match=r"belongs to era pre2025, not post2025\. " + successor):
        validate({"highlight_units": ["pre2025-52"]})
    with pytest.raises(ParameterError, match="unknown province name 'Binh Dinh' in era post2025.*" + successor):
        validate({"highlight_units": ["Binh Dinh"]})
    units = r"The 34 units are: An Giang, Bắc Ninh, Cà Mau, Cần Thơ, Cao Bằng, Đà Nẵng, .*, Vĩnh Long\.$"
    with pytest.raises(ParameterError, match=units):
        validate({"highlight_units": ["Atlantis"]})
    # units stay units whatever the era of the notebook's other province parameters
    assert validate({"era": "pre2025", "province": "Huế", "highlight_units": ["Huế"]}) == {
        "era": "pre2025", "province": "pre2025-46", "highlight_units": ["post2025-46"]}


@pytest.mark.parametrize("params, message", [
    ({"province": "Atlantis"}, "parameter 'province': unknown province name 'Atlantis'"),
    ({"index": "digital"}, "expected one of dti, gov, econ, soc, awareness"),
    ({"editions": [2019]}, "a DTI edition, one of 2020, 2021, 2022, 2023, 2024"),
    ({"edition": "2024"}, "parameter 'edition': '2024' is not valid"),
    ({"region": "Tây Nguyên"}, "None or one of Northern Midlands and Mountains"),
    ({"era": "63"}, "one of pre2025, post2025 or None"),
    ({"highlight": "Hà Nội"}, "a list of province names"),
    ({"highlight": ["Hà Nội", None]}, "parameter 'highlight': "),
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


def test_press_claim_parameters():
    checked = validate({"index_code": "all", "provinces": ["Hanoi", "post2025-46"], "since": 2020})
    assert checked == {"index_code": None, "provinces": ["pre2025-01", "post2025-46"], "since": 2020}
    assert validate({"index_code": "pci", "provinces": [], "since": None}) == {
        "index_code": "pci", "provinces": [], "since": None}


@pytest.mark.parametrize("params, message", [
    ({"index_code": "DTI"}, 'parameter \'index_code\': \'DTI\' is not valid; expected "all" or one of dti, dti_gov'),
    ({"since": 2030}, "parameter 'since': 2030 is not valid; expected None or a year from 2005 to 2024"),
    ({"since": "2020"}, "parameter 'since': '2020' is not valid"),
    ({"provinces": "Hà Nội"}, "parameter 'provinces': 'Hà Nội' is not valid; expected a list of province names"),
])
def test_bad_press_claim_parameters(params, message):
    with pytest.raises(ParameterError, match=message.replace("(", r"\(").replace(")", r"\)")):
        validate(params)


def test_comparison_and_model_parameters_are_normalised():
    checked = validate({"indices": ["pci", "papi_egovernance"], "outcome": "gov_activity", "editions": [2024, 2022],
                        "covariates": ["log_population", "log_grdp_per_capita"]})
    # indices keep the order asked for; covariates take the model's order
    assert checked == {"indices": ["pci", "papi_egovernance"], "outcome": "gov_activity", "editions": [2022, 2024],
                       "covariates": ["log_grdp_per_capita", "log_population"]}

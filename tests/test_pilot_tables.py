"""The pilot tables load and validate, hold what the sources state, and bad raw rows stop the build."""
from __future__ import annotations

import pytest

import dtlib
from dtlib.sources import split_ids

from helpers import edit_raw, run_failing_build

IND = "pilots/pilot_indicators.csv"
REG = "pilots/pilot_communes.csv"


@pytest.fixture(scope="module")
def tables():
    return {name: dtlib.load(name) for name in ("pilot_communes", "pilot_indicators", "pilot_programmes")}


def test_loaders_return_the_declared_columns(tables):
    from dtlib.schemas import TABLES

    for name, frame in tables.items():
        assert list(frame.columns) == list(TABLES[name].columns)
        assert len(frame) > 10
    assert str(tables["pilot_indicators"]["value"].dtype) == "float64"
    assert tables["pilot_indicators"]["is_target"].dtype == bool


def test_every_citation_is_known(tables):
    known = set(dtlib.load("citations")["citation_id"])
    for name, frame in tables.items():
        for column in [c for c in frame.columns if c.endswith("citation_ids")]:
            for cell in frame[column].dropna():
                assert set(split_ids(cell)) <= known, (name, column, cell)


def test_yen_hoa_as_the_sources_state_it(tables):
    # Selection report (2020): over 70% of residents used smartphones, about 90% of households could
    # reach the Internet, income 48.12 million VND per person; 2023 report: 71.8 million.
    facts = tables["pilot_indicators"].set_index("fact_id")
    assert (facts.loc["P001", "value"], facts.loc["P001", "qualifier"], facts.loc["P001", "base"]) == \
           (70, ">", "residents")
    assert (facts.loc["P002", "value"], facts.loc["P002", "qualifier"], facts.loc["P002", "base"]) == \
           (90, "~", "households")
    income = facts.loc["P006"]
    assert (income["value"], income["baseline_value"], income["baseline_date"], income["baseline_basis"]) == \
           (71.8, 48.12, "2020", "stated")
    assert income["citation_ids"] == "pilot-baotintuc-ninh-binh-ntm"
    assert income["baseline_citation_ids"] == "pilot-baomoi-xa-thong-minh-2020"
    unit = tables["pilot_communes"].set_index(["unit_id", "programme_id"]).loc[("yen-hoa", "mic-smart-commune-2020")]
    assert unit["province_id"] == dtlib.normalize_province("Ninh Bình")
    assert unit["successor_id"] == dtlib.normalize_province("Ninh Bình", era="post2025")
    assert (unit["commune"], unit["district"], unit["start_date"], unit["status_at_selection"]) == \
           ("Yên Hòa", "Yên Mô", "2020-09", "advanced")


def test_counts_of_a_total_keep_both_numbers(tables):
    facts = tables["pilot_indicators"].set_index("fact_id")
    yen_khanh = facts.loc["P013"]  # 16 of the district's 19 communes
    assert (yen_khanh["value"], yen_khanh["denominator"], yen_khanh["unit"]) == (16, 19, "count")
    assert yen_khanh["share_pct"] == pytest.approx(84.2105, abs=1e-4)
    assert facts.loc["P027", "share_pct"] == 99.4  # stated as a percentage: kept as stated
    assert facts.loc["P006", "share_pct"] != facts.loc["P006", "share_pct"]  # income: no share (NaN)


def test_comparison_rows_are_marked_and_placed(tables):
    facts = tables["pilot_indicators"].set_index("fact_id")
    district = facts.loc["C001"]  # Yên Mô district income, December 2020
    assert (district["role"], district["area_level"], district["area_name"], district["value"]) == \
           ("comparison", "district", "Yên Mô", 51)
    national = facts.loc["C007"]
    assert (national["area_level"], national["province_id"] == national["province_id"]) == ("national", False)
    pilots = tables["pilot_indicators"][tables["pilot_indicators"]["role"] == "pilot"]
    assert pilots["unit_id"].notna().all()


def test_post2025_successor_for_a_merged_province(tables):
    vi_huong = tables["pilot_communes"].set_index("unit_id").loc["vi-huong"]
    # Bắc Kạn became part of Thái Nguyên in July 2025 (Resolution 202/2025/QH15).
    assert vi_huong["successor_id"] == dtlib.normalize_province("Thái Nguyên", era="post2025")


def test_programmes_count_units_named_against_stated(tables):
    programmes = tables["pilot_programmes"].set_index("programme_id")
    mic = programmes.loc["mic-smart-commune-2020"]
    assert (mic["n_units_stated_min"], mic["n_units_stated_max"], mic["n_units_named"]) == (7, 8, 3)
    extension = programmes.loc["ninhbinh-commune-dx-extension"]
    assert (extension["n_units_stated_max"], extension["n_units_named"]) == (13, 0)
    assert extension["province_id"] == dtlib.normalize_province("Ninh Bình")
    assert programmes.loc["mard-smart-ntm-2023", "n_units_named"] == 6  # the six communes of the MARD list


def test_a_unit_in_two_programmes_has_two_rows(tables):
    quang_tho = tables["pilot_communes"].query("unit_id == 'quang-tho'")
    assert sorted(quang_tho["programme_id"]) == ["hue-smart-commune-2021", "mard-smart-ntm-2023"]


# --- bad raw input: each stops the build with file, line, column, value and expectation -------------

BAD_INPUT = {
    "unreadable_value": (IND, "P001,yen-hoa,,,,smartphone_use,>70,", "P001,yen-hoa,,,,smartphone_use,over 70 people,",
        "{file}, line {line}, column 'value': unreadable value (unrecognised text 'people' after the number); "
        "found 'over 70 people'; expected only '%'"),
    "decimal_comma_in_a_value": (IND, ",71.8,million", ",71,8,million",
        "{file}, line {line}: row has 20 fields but the header has 19"),
    "quoted_decimal_comma_in_a_value": (IND, ",71.8,million", ',"71,8",million',
        "{file}, line {line}, column 'value': unreadable value ('71,8' is not a well-formed number); found '71,8'; "
        "expected '.' as the decimal mark, e.g. 71.8"),
    "base_that_does_not_fit_the_indicator": (IND, "smartphone_use,>70,percent,residents", "smartphone_use,>70,percent,villages",
        "{file}, line {line}, column 'base': base does not fit the indicator; found 'villages'; expected one of "
        "residents, adults"),
    "share_above_100": (IND, "P008,yen-hoa,,,,one_stop_procedures,100,", "P008,yen-hoa,,,,one_stop_procedures,120,",
        "{file}, line {line}, column 'value': a share outside 0-100; found '120'"),
    "percent_sign_with_another_unit": (IND, "households_total,2301,count", "households_total,2301%,count",
        "{file}, line {line}, column 'value': the value is written as percent but unit is count"),
    "unknown_unit_id": (IND, "P007,yen-hoa,", "P007,yen-hoaa,",
        "{file}, line {line}, column 'unit_id': unknown pilot unit; found 'yen-hoaa'"),
    "pilot_row_with_its_own_province": (IND, "P007,yen-hoa,,,,", "P007,yen-hoa,,Ninh Bình,,",
        "{file}, line {line}, column 'province': unexpected value (a pilot row takes its place from the registry)"),
    "baseline_without_its_source": (IND, "48.12,2020,stated,pilot-baomoi-xa-thong-minh-2020,", "48.12,2020,stated,,",
        "{file}, line {line}, column 'baseline_citation_ids': empty cell (a baseline needs its date, basis and source)"),
    "baseline_after_the_value": (IND, "48.12,2020,stated", "48.12,2024,stated",
        "{file}, line {line}, column 'baseline_date': baseline dated 2024, not before the value's 2023-10-15"),
    "duplicate_fact_id": (IND, "P002,yen-hoa,", "P001,yen-hoa,",
        "{file}, line {line}, column 'fact_id': duplicate fact_id (first given on line 2)"),
    "comparison_row_with_an_unknown_province": (IND, "C002,,province,Quảng Ninh,", "C002,,province,Quang Ninhh,",
        "{file}, line {line}, column 'province': unknown province; found 'Quang Ninhh'", "Quảng Ninh (pre2025-22)"),
    "unknown_programme": (REG, "vi-huong,mic-smart-commune-2020,", "vi-huong,mic-smart-commune-2021,",
        "{file}, line {line}, column 'programme_id': unknown programme; found 'mic-smart-commune-2021'"),
    "unit_described_differently_in_two_rows": (REG, "quang-tho,mard-smart-ntm-2023,commune,,Quảng Thọ,Quảng Điền,",
        "quang-tho,mard-smart-ntm-2023,commune,,Quảng Thọ,Phong Điền,",
        "{file}, line {line}, column 'district': unit described differently on line 6"),
    "status_at_selection_needs_its_source": (REG, "designated,disadvantaged,pilot-ictvietnam-vi-huong;pilot-quangnam-dx-bac-kan,"
        "pilot-ictvietnam-vi-huong,", "designated,disadvantaged,pilot-ictvietnam-vi-huong;pilot-quangnam-dx-bac-kan,,",
        "{file}, line {line}, column 'selection_citation_ids': empty cell (status_at_selection is disadvantaged)"),
    "village_unit_without_its_village": (REG, "khanh-nhac-4b,smart-village-ntm,village,thôn 4B,",
        "khanh-nhac-4b,smart-village-ntm,village,,",
        "{file}, line {line}, column 'village': empty cell (a village unit names its village)"),
    "unit_starting_before_its_programme": (REG, "Xã Giao Ninh,2023,", "Xã Giao Ninh,2019,",
        "{file}, line {line}, column 'start_date': start before its programme (2023)"),
}


@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_raw_input(case, project_copy, capsys):
    file, old, new, *expected = BAD_INPUT[case]
    line = edit_raw(project_copy, file, old, new)
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    for text in expected:
        assert text.format(file=file, line=line) in err, err


# --- the tables through the library ----------------------------------------------------------------


def test_mic_pilot_provinces_are_the_three_the_sources_name(tables):
    from dtlib.pilots import compare_pilot_provinces

    result = compare_pilot_provinces(dtlib.load("dti"), tables["pilot_communes"], tables["pilot_programmes"])
    named = {dtlib.normalize_province(n) for n in ("Ninh Bình", "Bắc Kạn", "Quảng Trị")}
    assert set(result.pilot_provinces) == named
    assert (result.caveat.n_pilot, result.caveat.n_other) == (3, 60)
    assert result.differences["year"].tolist() == [2022, 2023, 2024]


def test_the_sources_offer_no_control(tables):
    from dtlib.pilots import evidence_statement

    statement = evidence_statement(tables["pilot_communes"], tables["pilot_indicators"], tables["pilot_programmes"])
    assert statement.n_units_with_control == 0
    assert statement.n_units_with_baseline >= 1  # Yên Hòa's income


def test_programme_parameter(tables):
    from dtlib.parameters import ParameterError, validate

    assert validate({"programme": "mic-smart-commune-2020"})["programme"] == "mic-smart-commune-2020"
    assert validate({"programme": None})["programme"] is None
    with pytest.raises(ParameterError, match="parameter 'programme': 'mic' is not valid; expected None or one of "
                                             "bacgiang-commune-dx-2022"):
        validate({"programme": "mic"})

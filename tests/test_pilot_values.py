"""Qualified values: the forms met in Vietnamese and English sources, and clear refusals."""
from __future__ import annotations

import math

import pytest

from dtlib.pilots.values import QualifiedValue, ValueFormatError, bounds, format_qualified, parse_qualified


@pytest.mark.parametrize("text, value, qualifier", [
    # symbols
    ("70", 70, "="), (">70", 70, ">"), ("> 70", 70, ">"), ("≥80", 80, "≥"), (">=80", 80, "≥"),
    ("<5", 5, "<"), ("≤5", 5, "≤"), ("<= 5", 5, "≤"), ("~90", 90, "~"), ("≈ 90", 90, "~"), ("=12", 12, "="),
    ("90+", 90, "≥"),
    # English words
    ("over 90%", 90, ">"), ("more than 50%", 50, ">"), ("above 3", 3, ">"), ("Upwards of 40", 40, ">"),
    ("at least 60%", 60, "≥"), ("no less than 7", 7, "≥"), ("90% or more", 90, "≥"), ("80 and above", 80, "≥"),
    ("under 20", 20, "<"), ("less than 1%", 1, "<"), ("fewer than 30", 30, "<"),
    ("at most 10", 10, "≤"), ("up to 30", 30, "≤"), ("not more than 10", 10, "≤"), ("25 or less", 25, "≤"),
    ("about 90%", 90, "~"), ("around 70", 70, "~"), ("approx. 73.5%", 73.5, "~"), ("nearly 98%", 98, "~"),
    ("almost 200", 200, "~"), ("some 200", 200, "~"), ("roughly 5", 5, "~"), ("reached 95%", 95, "="),
    # Vietnamese words, with and without diacritics, NFC or NFD
    ("trên 90%", 90, ">"), ("Trên 90 %", 90, ">"), ("tren 90%", 90, ">"), ("hơn 85%", 85, ">"),
    ("vượt 100", 100, ">"), ("khoảng 90%", 90, "~"), ("khoang 90", 90, "~"), ("gần 200", 200, "~"),
    ("xấp xỉ 50%", 50, "~"), ("dưới 50%", 50, "<"), ("chưa đến 10", 10, "<"), ("ít nhất 1", 1, "≥"),
    ("tối thiểu 60%", 60, "≥"), ("từ 80% trở lên", 80, "≥"), ("90% trở lên", 90, "≥"), ("tối đa 30%", 30, "≤"),
    ("không quá 5", 5, "≤"), ("đạt 100%", 100, "="), ("đạt trên 90%", 90, ">"), ("chiếm 37,3%", 37.3, "="),
    ("ước đạt 95%", 95, "~"), ("tre\u0302n 90%", 90, ">"),
])
def test_qualifiers(text, value, qualifier):
    parsed = parse_qualified(text)
    assert (parsed.value, parsed.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text, value", [
    ("99.4", 99.4), ("71,8", 71.8), ("48,12", 48.12), ("0,875", 0.875), ("0.875", 0.875),
    ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.234.567", 1234567), ("1,234,567", 1234567),
    ("over 1,000", 1000), ("trên 1.000", 1000), ("trên 1,5", 1.5), ("1\u202f000", 1000), ("1\u00a0000", 1000),
])
def test_decimal_and_thousands_separators(text, value):
    assert parse_qualified(text).value == value


def test_decimal_mark_can_be_fixed():
    assert parse_qualified("1,000", decimal_mark=".").value == 1000
    assert parse_qualified("1.000", decimal_mark=",").value == 1000
    assert parse_qualified("1,5", decimal_mark=",").value == 1.5
    with pytest.raises(ValueFormatError, match=r"'71,8': '71,8' is not a well-formed number; expected '\.' as the "
                                               r"decimal mark, e\.g\. 71\.8"):
        parse_qualified("71,8", decimal_mark=".")


def test_percent_fraction_and_multiple_hints():
    assert parse_qualified("over 90%").unit_hint == "percent"
    assert parse_qualified("90 phần trăm").unit_hint == "percent"
    assert parse_qualified("90 per cent").unit_hint == "percent"
    assert parse_qualified("90").unit_hint is None
    fraction = parse_qualified("16/19")
    assert (fraction.value, fraction.denominator, fraction.qualifier) == (16, 19, "=")
    assert parse_qualified("khoảng 27.926 / 31.920").denominator == 31920
    for text in ("5x", "x5", "5 times", "gấp 5 lần", "5 lần", "×5"):
        parsed = parse_qualified(text)
        assert (parsed.value, parsed.unit_hint) == (5, "times"), text


def test_trailing_sentence_punctuation_is_ignored():
    assert parse_qualified("more than 50%.") == QualifiedValue(50, ">", None, "percent")


@pytest.mark.parametrize("text, message", [
    ("", "'': empty value; expected a number with an optional qualifier"),
    ("   ", "empty value"),
    ("abc", "'abc': no number; expected a number with an optional qualifier"),
    ("1,000", "'1,000': ambiguous: '1,000' may be 1000 or 1.000; expected the number without a thousands "
              "separator (1000), or an explicit decimal_mark"),
    ("~90-91", "'~90-91': a range; expected each bound recorded as its own value"),
    ("85 to 90%", "a range"),
    ("từ 85 đến 90%", "a range"),
    ("between 85 and 90", "a range"),
    ("100 / 80", "'100 / 80': 100 is more than its total 80; expected a count out of a larger total; if these are "
                 "two values, one value per row"),
    ("5/0", "a zero total"),
    ("7557 people; 2301 households", "more than one number; expected one value per row"),
    ("99.4 (2169/2180)", "more than one number"),
    ("trên 90% trở lên", "conflicting qualifiers (> and ≥); expected one qualifier"),
    ("about over 90", "conflicting qualifiers"),
    ("over 90 households", "unrecognised text 'households' after the number; expected only '%'"),
    ("trên 70 hộ dân", "unrecognised text 'hộ dân' after the number"),
    ("perhaps 90", "unrecognised word(s) 'perhaps' before the number"),
    ("-5", "negative, or a range; expected a value of zero or more"),
    ("12.345.67", "'12.345.67' is not a well-formed number; expected groups of three digits"),
    ("1.2.3", "not a well-formed number"),
    ("90% 5x", "more than one number"),
    ("90% lần", "both a percentage and a multiple"),
])
def test_bad_values_are_refused_with_a_reason(text, message):
    with pytest.raises(ValueFormatError) as caught:
        parse_qualified(text)
    assert message in str(caught.value)


def test_error_lists_what_is_accepted():
    with pytest.raises(ValueFormatError, match="expected a number with an optional qualifier"):
        parse_qualified("many")


def test_non_string_is_refused():
    with pytest.raises(ValueFormatError, match="empty value"):
        parse_qualified(None)


def test_bounds_keep_thresholds_as_thresholds():
    assert parse_qualified(">70").bounds == (70, math.inf)
    assert parse_qualified("≤5").bounds == (-math.inf, 5)
    assert parse_qualified("~90").bounds == (90, 90)
    assert parse_qualified(">70").is_threshold and not parse_qualified("~70").is_threshold
    with pytest.raises(ValueError, match="unknown qualifier '!'"):
        bounds(1, "!")


def test_share_and_written_form():
    assert parse_qualified("16/19").share_pct() == pytest.approx(100 * 16 / 19)
    assert parse_qualified("trên 90%").share_pct() == 90
    assert parse_qualified("90").share_pct() is None
    assert str(parse_qualified("khoảng 90%")) == "~90%"
    assert str(parse_qualified("10/10")) == "10/10"
    assert format_qualified(71.8) == "71.8"
    assert format_qualified(5, times=True) == "5x"


def test_unknown_qualifier_and_decimal_mark_are_refused():
    with pytest.raises(ValueError, match="unknown qualifier '>>'"):
        QualifiedValue(1, ">>")
    with pytest.raises(ValueError, match="decimal_mark must be"):
        parse_qualified("1", decimal_mark=";")

"""Qualified values: "over 90%", ">70", "~90", "trên 90%", "khoảng 90%", "16/19".

Pilot outcomes are mostly reported as thresholds or approximations. A figure is kept as
a number *and* its qualifier (``=``, ``>``, ``≥``, ``<``, ``≤``, ``~``) so that "over 70%"
is never mistaken for the point 70%. :func:`parse_qualified` reads the forms met in
Vietnamese and English sources; anything it cannot read exactly raises
:class:`ValueFormatError` saying what it found and what it expects.

Why hand-written: quantity parsers (e.g. ``quantulum3``) know neither Vietnamese qualifier
words nor the Vietnamese use of "." for thousands and "," for decimals, and they guess
where this must refuse.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from ..provinces import ascii_name

EXACT, ABOVE, AT_LEAST, BELOW, AT_MOST, ABOUT = "=", ">", "≥", "<", "≤", "~"
QUALIFIERS = (EXACT, ABOVE, AT_LEAST, BELOW, AT_MOST, ABOUT)
THRESHOLDS = (ABOVE, AT_LEAST, BELOW, AT_MOST)
PERCENT, TIMES = "percent", "times"


class ValueFormatError(ValueError):
    """A value text that cannot be read as one qualified number: what is wrong and what is expected."""

    def __init__(self, text: object, problem: str, expected: str):
        self.text, self.problem, self.expected = text, problem, expected
        super().__init__(f"{text!r}: {problem}; expected {expected}")


# Words and symbols before the number. Matched on an ASCII-folded, lower-case text, so
# "trên", "tren" and "TRÊN" are the same; longer phrases are tried first.
_PREFIX_EN = {
    ABOVE: ("more than", "over", "above", "greater than", "exceeding", "in excess of", "upwards of", "higher than"),
    AT_LEAST: ("at least", "no less than", "not less than", "a minimum of", "minimum of", "minimum", "min."),
    BELOW: ("less than", "under", "below", "fewer than", "lower than"),
    AT_MOST: ("at most", "up to", "no more than", "not more than", "a maximum of", "maximum of", "maximum", "max."),
    ABOUT: ("about", "around", "approximately", "approx.", "approx", "roughly", "nearly", "almost", "some",
            "circa", "ca.", "c.", "an estimated", "estimated"),
    EXACT: ("exactly", "reached", "reaching", "equal to", "accounting for"),
}
_PREFIX_VI = {
    ABOVE: ("trên", "hơn", "cao hơn", "lớn hơn", "nhiều hơn", "vượt", "vượt quá", "vượt trên"),
    AT_LEAST: ("ít nhất", "tối thiểu", "không dưới", "không thấp hơn", "không ít hơn", "từ"),
    BELOW: ("dưới", "chưa đến", "chưa tới", "chưa đầy", "không đến", "không tới", "ít hơn", "thấp hơn", "nhỏ hơn"),
    AT_MOST: ("tối đa", "không quá", "không vượt quá", "nhiều nhất", "cao nhất"),
    # "gần" (nearly) means just under; "~" is the closest qualifier and keeps the value usable.
    ABOUT: ("khoảng", "khoảng chừng", "gần", "xấp xỉ", "chừng", "tầm", "ước", "ước tính", "ước khoảng",
            "ước đạt", "gần như"),
    EXACT: ("đạt", "là", "bằng", "chiếm", "đạt mức"),
}
_PREFIX_SYMBOLS = {">": ABOVE, "≥": AT_LEAST, "<": BELOW, "≤": AT_MOST, "~": ABOUT, "=": EXACT}

# Words after the number.
_SUFFIX_EN = {
    AT_LEAST: ("or more", "and above", "or above", "and over", "or higher", "and up", "+"),
    AT_MOST: ("or less", "or fewer", "and below", "or below", "or lower"),
    PERCENT: ("%", "percent", "per cent", "pct", "pc"),
    TIMES: ("times", "x", "fold"),
}
_SUFFIX_VI = {
    AT_LEAST: ("trở lên",),
    AT_MOST: ("trở xuống",),
    PERCENT: ("phần trăm",),
    TIMES: ("lần",),
}
_TIMES_PREFIX = ("gấp", "tăng gấp", "x")  # "gấp 5 lần", "x5"

_SYMBOL_FORMS = {"≧": "≥", "≦": "≤", ">=": "≥", "<=": "≤", "≈": "~", "∼": "~", "～": "~", "~=": "~",
                 "＞": ">", "＜": "<", "％": "%", "×": "x", "–": "-", "—": "-", "−": "-"}
_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
_GROUPED_SPACE = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))")  # "1 000" with a thin space
_VIETNAMESE_LETTERS = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class QualifiedValue:
    """A number with its qualifier, as a source states it.

    ``denominator`` is set for a count out of a total ("16/19" is 16 of 19).
    ``unit_hint`` is ``"percent"`` when the text carries a percent sign or word and
    ``"times"`` for multiples ("5x", "gấp 5 lần"); otherwise ``None``.
    """

    value: float
    qualifier: str = EXACT
    denominator: float | None = None
    unit_hint: str | None = None

    def __post_init__(self) -> None:
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {self.qualifier!r}; expected one of {' '.join(QUALIFIERS)}")

    @property
    def is_threshold(self) -> bool:
        """True for "over", "at least", "under", "at most": a bound, not a point."""
        return self.qualifier in THRESHOLDS

    @property
    def bounds(self) -> tuple[float, float]:
        """The interval the source's statement allows: (70, inf) for ">70", (70, 70) for "70" or "~70"."""
        return bounds(self.value, self.qualifier)

    def share_pct(self) -> float | None:
        """The value as a percentage: itself if stated in percent, 100 × value / denominator for a count of a total."""
        if self.denominator is not None:
            return 100.0 * self.value / self.denominator
        return self.value if self.unit_hint == PERCENT else None

    def __str__(self) -> str:
        return format_qualified(self.value, self.qualifier, denominator=self.denominator,
                                percent=self.unit_hint == PERCENT, times=self.unit_hint == TIMES)


def bounds(value: float, qualifier: str) -> tuple[float, float]:
    """Lower and upper bound of a qualified value (an approximate value is its own best bound)."""
    if qualifier in (ABOVE, AT_LEAST):
        return (value, math.inf)
    if qualifier in (BELOW, AT_MOST):
        return (-math.inf, value)
    if qualifier in (EXACT, ABOUT):
        return (value, value)
    raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {' '.join(QUALIFIERS)}")


def format_qualified(value: float, qualifier: str = EXACT, *, denominator: float | None = None,
                     percent: bool = False, times: bool = False) -> str:
    """The compact written form: ``>70%``, ``~90``, ``16/19``, ``5x``."""
    prefix = "" if qualifier == EXACT else qualifier
    text = f"{prefix}{value:g}"
    if denominator is not None:
        text += f"/{denominator:g}"
    if percent:
        text += "%"
    if times:
        text += "x"
    return text


def _phrase_table(*tables: dict[str, tuple[str, ...]]) -> list[tuple[str, str, str]]:
    """(folded phrase, meaning, language) sorted longest first, so "more than" wins over "more"."""
    rows = []
    for language, table in zip(("en", "vi"), tables):
        for meaning, phrases in table.items():
            rows += [(_fold(p), meaning, language) for p in phrases]
    return sorted(rows, key=lambda row: -len(row[0]))


def _fold(text: str) -> str:
    return ascii_name(unicodedata.normalize("NFC", text)).lower()


_PREFIXES = _phrase_table(_PREFIX_EN, _PREFIX_VI)
_SUFFIXES = _phrase_table(_SUFFIX_EN, _SUFFIX_VI)
_TIMES_PREFIXES = sorted((_fold(p) for p in _TIMES_PREFIX), key=len, reverse=True)
_EXPECTED = ("a number with an optional qualifier (>, ≥, <, ≤, ~, or words such as 'over', 'at least', "
             "'about', 'trên', 'hơn', 'khoảng', 'dưới', 'từ ... trở lên'), an optional '%' or '/total', "
             "e.g. '>70', 'over 90%', 'khoảng 90%', '16/19'")


def parse_qualified(text: str, *, decimal_mark: str | None = None) -> QualifiedValue:
    """Read one qualified number from ``text``.

    ``decimal_mark`` fixes the decimal separator ("." or ","); by default a lone separator
    followed by exactly three digits ("1,000", "1.000") is read as a thousands separator when
    the text is clearly English (",") or Vietnamese ("."), and refused as ambiguous otherwise.

    >>> parse_qualified("over 90%")
    QualifiedValue(value=90.0, qualifier='>', denominator=None, unit_hint='percent')
    >>> str(parse_qualified("khoảng 71,8"))
    '~71.8'
    """
    if decimal_mark not in (None, ".", ","):
        raise ValueError(f"decimal_mark must be '.', ',' or None, got {decimal_mark!r}")
    if not isinstance(text, str) or not text.strip():
        raise ValueFormatError(text, "empty value", _EXPECTED)
    original = text
    normal = unicodedata.normalize("NFC", text).strip().rstrip(".;:,").strip().lower()
    for form, symbol in _SYMBOL_FORMS.items():
        normal = normal.replace(form, symbol)
    normal = _GROUPED_SPACE.sub("", normal)
    folded = _fold(normal)  # same length as `normal`: folding maps each character to one character

    numbers = list(_NUMBER.finditer(folded))
    if not numbers:
        raise ValueFormatError(original, "no number", _EXPECTED)
    first, denominator_match = numbers[0], None
    if len(numbers) == 2 and re.fullmatch(r"\s*/\s*", folded[first.end():numbers[1].start()]):
        denominator_match = numbers[1]
    elif len(numbers) > 1:
        between = folded[first.end():numbers[1].start()].strip()
        if between in ("-", "to", "den", "toi", "and") or folded[:first.start()].strip().endswith("between"):
            raise ValueFormatError(original, "a range", "each bound recorded as its own value (e.g. '≥85' and '≤90')")
        raise ValueFormatError(original, "more than one number", "one value per row")
    last = denominator_match or first
    if folded[:first.start()].rstrip().endswith("-"):
        raise ValueFormatError(original, "negative, or a range", "a value of zero or more")

    languages: set[str] = set()
    if _VIETNAMESE_LETTERS.search(normal):
        languages.add("vi")
    qualifiers, hints = _read_prefix(folded[:first.start()], normal[:first.start()], original, languages)
    suffix_qualifiers, suffix_hints = _read_suffix(folded[last.end():], normal[last.end():], original, languages)
    qualifiers |= suffix_qualifiers
    hints |= suffix_hints
    if len(hints) > 1:
        raise ValueFormatError(original, "both a percentage and a multiple", "one unit")
    qualifiers.discard(EXACT)
    if len(qualifiers) > 1:
        raise ValueFormatError(original, f"conflicting qualifiers ({' and '.join(sorted(qualifiers))})",
                               "one qualifier")
    language = next(iter(languages)) if len(languages) == 1 else None
    value = _number(first.group(), original, decimal_mark, language)
    denominator = None
    if denominator_match:
        denominator = _number(denominator_match.group(), original, decimal_mark, language)
        if denominator == 0:
            raise ValueFormatError(original, "a zero total", "a count out of a positive total")
        if value > denominator:
            raise ValueFormatError(original, f"{value:g} is more than its total {denominator:g}",
                                   "a count out of a larger total; if these are two values, one value per row")
    return QualifiedValue(value, qualifiers.pop() if qualifiers else EXACT, denominator,
                          hints.pop() if hints else None)


def _read_prefix(prefix: str, shown: str, original: str, languages: set[str]) -> tuple[set[str], set[str]]:
    """Qualifiers and unit hints before the number; ``prefix`` is folded, ``shown`` the same text unfolded."""
    qualifiers: set[str] = set()
    hints: set[str] = set()
    rest = prefix.strip()
    while rest:
        if rest[0] in _PREFIX_SYMBOLS:
            qualifiers.add(_PREFIX_SYMBOLS[rest[0]])
            rest = rest[1:].lstrip()
            continue
        times = next((p for p in _TIMES_PREFIXES if _starts_with_word(rest, p)), None)
        if times:
            hints.add(TIMES)
            rest = rest[len(times):].lstrip()
            continue
        match = next(((p, meaning, lang) for p, meaning, lang in _PREFIXES if _starts_with_word(rest, p)), None)
        if match is None:
            raise ValueFormatError(original, f"unrecognised word(s) {_unfolded(rest, shown)!r} before the number", _EXPECTED)
        phrase, meaning, language = match
        qualifiers.add(meaning)
        languages.add(language)
        rest = rest[len(phrase):].lstrip()
    return qualifiers, hints


def _read_suffix(suffix: str, shown: str, original: str, languages: set[str]) -> tuple[set[str], set[str]]:
    """Qualifiers and unit hints after the number (see :func:`_read_prefix`)."""
    qualifiers: set[str] = set()
    hints: set[str] = set()
    rest = suffix.strip()
    while rest:
        match = next(((p, meaning, lang) for p, meaning, lang in _SUFFIXES if _starts_with_word(rest, p)), None)
        if match is None:
            raise ValueFormatError(original, f"unrecognised text {_unfolded(rest, shown)!r} after the number",
                                   "only '%', a multiple ('x', 'times', 'lần') or 'or more'/'trở lên' after the "
                                   "number; units and what is counted go in their own columns")
        phrase, meaning, language = match
        if meaning in (PERCENT, TIMES):
            hints.add(meaning)
        else:
            qualifiers.add(meaning)
        if phrase not in ("%", "+", "x"):
            languages.add(language)
        rest = rest[len(phrase):].lstrip()
    return qualifiers, hints


def _unfolded(rest: str, shown: str) -> str:
    """The unfolded text of ``rest``, the unread end of a folded part (folding keeps every position)."""
    shown = shown.strip()
    return shown[len(shown) - len(rest):]


def _starts_with_word(text: str, phrase: str) -> bool:
    """``text`` starts with ``phrase`` as whole words (symbols such as '%' need no boundary)."""
    if not text.startswith(phrase):
        return False
    if not phrase[-1].isalnum():
        return True
    return len(text) == len(phrase) or not text[len(phrase)].isalnum()


def _number(token: str, original: str, decimal_mark: str | None, language: str | None) -> float:
    """A number token with '.' and ',' resolved to decimal or thousands separators."""
    separators = [c for c in token if c in ".,"]
    if not separators:
        return float(token)
    kinds = set(separators)
    if len(kinds) == 2:  # "1.234,5" or "1,234.5": the last separator is the decimal one
        decimal = token[max(token.rfind("."), token.rfind(","))]
        if decimal_mark and decimal != decimal_mark:
            raise ValueFormatError(original, f"{decimal!r} used as the decimal mark", f"{decimal_mark!r}")
        return _grouped(token, thousands="," if decimal == "." else ".", decimal=decimal, original=original)
    mark = separators[0]
    if len(separators) > 1:  # "1.234.567": only thousands separators repeat
        if decimal_mark == mark:
            raise ValueFormatError(original, f"several decimal marks {mark!r}", "one decimal mark")
        return _grouped(token, thousands=mark, decimal=None, original=original)
    digits_after = len(token) - token.index(mark) - 1
    if decimal_mark is not None:
        if mark == decimal_mark:
            return float(token.replace(mark, "."))
        return _grouped(token, thousands=mark, decimal=None, original=original,
                        hint=f"{decimal_mark!r} as the decimal mark, e.g. {token.replace(mark, decimal_mark)}")
    if digits_after != 3 or token.startswith("0"):
        return float(token.replace(mark, "."))
    thousands = {"en": ",", "vi": "."}.get(language or "")
    if thousands is None:
        raise ValueFormatError(
            original, f"ambiguous: {token!r} may be {token.replace(mark, '')} or {token.replace(mark, '.')}",
            f"the number without a thousands separator ({token.replace(mark, '')}), or an explicit decimal_mark")
    if mark == thousands:
        return float(token.replace(mark, ""))
    return float(token.replace(mark, "."))


def _grouped(token: str, *, thousands: str, decimal: str | None, original: str, hint: str = "") -> float:
    whole, _, fraction = token.partition(decimal) if decimal else (token, "", "")
    groups = whole.split(thousands)
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        expected = hint or f"groups of three digits between {thousands!r} thousands separators"
        raise ValueFormatError(original, f"{token!r} is not a well-formed number", expected)
    return float("".join(groups) + ("." + fraction if fraction else ""))

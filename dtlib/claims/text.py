"""Text plumbing for claim extraction: normal form with offsets back to the input, and sentences.

Matching runs on two views of the text that have the same length, so an offset found in
one is valid in the other: ``lower`` (NFC, lower case) for Vietnamese cue words, whose
tone marks tell ``hạng`` (rank) from ``hàng`` (goods), and ``folded`` (lower case, no
diacritics) for index and province names, which are spelled with old or new tone
placement (``hoá``/``hóa``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..provinces import ascii_name


@lru_cache(maxsize=4096)
def _lower_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch  # "İ".lower() has two characters: keep lengths equal


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = ascii_name(ch).lower()
    return folded if len(folded) == 1 else _lower_char(ch)


def _nfc_with_offsets(text: str) -> tuple[str, list[int]]:
    """NFC text and, for each of its characters, the offset of its source in ``text``.

    Each base character is normalised together with the combining marks that follow it,
    so the offsets of an NFD input still point at whole characters.
    """
    parts: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", text[i:j])
        parts.append(chunk)
        origin.extend([i] * len(chunk))
        i = j
    origin.append(len(text))
    return "".join(parts), origin


@dataclass
class Text:
    """A document in the views the extractor matches on."""

    original: str
    nfc: str = field(init=False)
    lower: str = field(init=False)
    folded: str = field(init=False)
    _origin: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.nfc, self._origin = _nfc_with_offsets(self.original)
        self.lower = "".join(map(_lower_char, self.nfc))
        self.folded = "".join(map(_fold_char, self.nfc))

    def original_offset(self, position: int) -> int:
        """The offset in the input text of a position in the NFC view."""
        return self._origin[position]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


# A full stop ends a sentence when the next word starts with a capital or a digit, unless it
# follows an abbreviation ("TP. Huế") or an initial; an ellipsis before a lower-case word
# ("như Quảng Ninh, Đồng Tháp... để vươn lên") leaves the sentence going on. "63 tỉnh, TP." is
# "tỉnh, thành phố" cut short at the end of a sentence: no city name follows it.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:TP|Tp|TT|ThS|TS|PGS|GS|Th|St|[A-ZĐ])$")
_PROVINCES_AND_CITIES = re.compile(r"(?<!\w)tỉnh\s*(?:[,/]|và)\s*(?:TP|Tp)$", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)]*(?=\s+[\"“(]*(?P<next>\w))")


def sentences(text: Text) -> list[Sentence]:
    """Sentences of the NFC view: every line is a paragraph; full stops split inside it."""
    found: list[Sentence] = []
    offset = 0
    for number, line in enumerate(text.nfc.split("\n")):
        start = 0
        for match in _BOUNDARY.finditer(line):
            if not (match.group("next").isupper() or match.group("next").isdigit()):
                continue
            before = line[: match.start()]
            if _ABBREVIATION.search(before) and not _PROVINCES_AND_CITIES.search(before):
                continue
            found.extend(_span(offset, line, start, match.end(), number))
            start = match.end()
        found.extend(_span(offset, line, start, len(line), number))
        offset += len(line) + 1
    return found


def _span(offset: int, line: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return []
    lead = len(piece) - len(piece.lstrip())
    return [Sentence(offset + start + lead, offset + start + lead + len(stripped), paragraph)]

"""Finding the pieces of a ranking claim in a document: ranks, indices, provinces, years.

Every finder returns :class:`Mention` objects positioned in the NFC view of the text
(:class:`~dtlib.claims.text.Text`); :mod:`.extract` then ties them together sentence by
sentence. Rules that tell a rank from the many other numbers of a report live here:

* a rank needs a cue ("xếp thứ 8", "xếp hạng 25/63", "vị trí thứ 21", "hạng 56",
  "(52/63)", "dẫn đầu", "á quân", "lần lượt là 22, 9, 13", "xếp số 1", "Quảng Ninh số 1",
  "thứ hạng ... là 10", "tăng 10 bậc (từ 30 lên 20)"); a bare "a/b" is a rank only
  in parentheses and only out of 63, 64 or 34 provinces, so dates (18/3/2022), document
  numbers (4310/QĐ-UBND), "8/14 mục tiêu" and "6/6 vùng" never are;
* "thứ N" after "năm", "lần", "kỳ họp", "nhóm", ... is an ordinal ("năm thứ 3 liên tiếp"),
  after "cao"/"thấp" a comparison, and "Thứ Hai, 08/08/2022" a weekday;
* a number with a decimal part, a thousands separator or a unit (%, điểm) is a value;
* years carry a role: edition, comparison ("so với năm 2017"), target ("đến năm 2025"),
  span ("2021-2025", "từ năm 2009 đến"), date (8/8/2024, "tháng 7/2023"), document
  number ("60/2022/NQ-HĐND"), the year of a value ("từ 60,98 năm 2018 lên 63,85") or of
  publication ("PCI 2022 công bố năm 2023"); only editions date a claim.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..provinces import POST2025, PRE2025, ProvinceIndex, provinces as province_registry
from .lexicon import GENERIC_INDEX, GENERIC_NOT_A_NAME, GENERIC_REACH, INDEX_ANAPHOR, INDEX_NAMES, NOISE, OTHER
from .text import Text

WORD_NUMBERS = {"nhất": 1, "một": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5,
                "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MAX_RANK = 64  # 63 provinces (64 with Hà Tây in early PCI editions)
PROVINCE_COUNTS = (63, 64, 34)
# PAPI leaves out provinces it lacks data for ("16/61" in PAPI 2022 and 2023): out of 60-62
# provinces is a rank only after a rank cue, never as a bare "(16/61)"
PARTIAL_COUNTS = (60, 61, 62)


@dataclass
class Mention:
    kind: str  # rank, index, province, year, change, anaphor, blocker
    start: int
    end: int
    value: object = None
    info: dict = field(default_factory=dict)


def number_value(token: str) -> int:
    return int(token) if token.isdigit() else WORD_NUMBERS[token]


# ---------------------------------------------------------------- ranks ---------------
# "xếp hạng năm trước": "năm" before a time word is the year, not five
_N = (r"(?:\d{1,2}(?![\d]|[.,]\d)|(?:nhất|nhì|hai|ba|tư|bốn|năm(?!\s+(?:trước|ngoái|nay|qua|sau|đó|này|kế|tới|liền|liên|gần|vừa|rồi|học)(?!\w))"
      r"|sáu|bảy|tám|chín|mười)(?!\w)(?!\s*\d))")
# the short names an index goes by in running text ("sau số 1 PCI", "so với DTI năm 2022")
_SHORT_INDEX_NAME = r"(?:dti|pci|papi|ict\s+index|par\s+index)"
_RANK = re.compile(
    r"(?<!\w)(?:"
    r"(?P<list>(?:lần\s+lượt\s+(?:(?:là|xếp|đứng|ở|hạng)\s+)*(?:thứ\s+(?:hạng\s+)?|hạng\s+|vị\s+trí\s+(?:thứ\s+)?)?"
    r"|(?:các\s+)?thứ\s+(?:hạng|tự)\s+(?:này\s+)?(?:lần\s+lượt\s+)?là\s+)(?P<n_list>\d{1,2})(?![\d]|[.,]\d))"
    rf"|(?:xếp\s+hạng|thứ\s+hạng|hạng)(?:\s+(?:là|ở))?\s+(?:thứ\s+)?(?P<n_hang>{_N})"
    rf"|vị\s+(?:trí\s+(?:thứ\s+|số\s+)?|thứ\s+)(?P<n_vitri>{_N}|một(?!\w))"
    r"|(?:(?:xếp|đứng)(?:\s+(?:hạng|thứ))?|là)\s+số\s+(?P<n_so>\d{1,2}(?!\d|/|[.,-]\d)|một(?!\w))"
    rf"|thứ\s+(?P<n_thu>{_N})"
    r"|(?:từ|lên|xuống|ở)\s+bậc\s+(?P<n_bac>\d{1,2})(?![\d]|[.,]\d)"
    r"|(?:xếp|đứng)\s+(?P<n_xep>\d{1,2})(?=\s*/\s*\d{2,3})"
    # "9/63 năm 2021, 4/63 năm 2022": a rank out of the provinces dated right after it
    r"|(?<![\d/.,])(?P<n_dated>\d{1,2})(?=\s*/\s*(?:63|64|34)\s+(?:(?:trong|vào)\s+)?năm\s+(?:19|20)\d\d)"
    # "tăng từ 54 (năm 2021) lên 34": a move without "bậc"/"hạng" (checked below: up means a smaller number)
    r"|(?P<dir>tăng|giảm|tụt|vươn\s+lên|cải\s+thiện)\s+(?P<from_move>từ)\s+(?P<n_from_move>\d{1,2})(?![\d]|[.,]\d)"
    r"(?=\s*(?:\([^()]{0,20}\)\s*)?(?:lên|xuống)\s+(?P<n_moved>\d{1,2})(?![\d]|[.,]\d)(?P<moved_unit>\s*[^\W\d_]+)?)"
    r"|\(\s*(?P<n_paren>\d{1,2})(?=\s*/\s*(?:63|64|34)(?:\s*(?:tỉnh|địa\s+phương)(?:\s*,?\s*thành(?:\s+phố)?)?)?"
    r"(?:\s*,?\s*(?:(?:trong|vào)\s+)?(?:năm\s+)?(?:19|20)\d\d)?\s*\))"
    # "sau số 1 PCI 2022": "số N" right before the index's name
    rf"|(?<!chỉ\s)số\s+(?P<n_so_index>\d{{1,2}})(?=[^\S\n]+{_SHORT_INDEX_NAME}(?!\w))"
    r"|(?:bậc|hạng)\s*[,(:]?\s*(?P<from>từ)\s+(?P<n_from>\d{1,2})"
    r"(?=\s+(?:lên|xuống)\s+(?:(?:thứ|vị\s+trí|hạng)\s+)?\d{1,2}(?![\d]|[.,]\d|\s*(?:%|điểm)))"
    r"|(?<=lên\s)(?P<n_to>\d{1,2})(?![\d]|[.,]\d)|(?<=xuống\s)(?P<n_down>\d{1,2})(?![\d]|[.,]\d)"
    r"|thứ\s+hạng[^\d,.;:()\n]{1,40}?(?P<is>là)\s+(?P<n_is>\d{1,2})(?![\d]|[.,]\d)"
    # "về nhất" (came first), "có tổng điểm cao nhất", "đạt điểm cao nhất là X" (the top score is first
    # place; "năm tỉnh có điểm số cao nhất" compares the province with itself)
    r"|(?P<lead>dẫn\s+đầu|đứng\s+đầu|xếp\s+đầu|(?:xếp|đứng)\s+(?:ở\s+)?vị\s+trí\s+cao\s+nhất(?!\s+(?:từ|kể|của\s+(?:tỉnh|mình)))|(?:đứng|xếp|về)\s+nhất(?!\w)|ngôi\s+(?:đầu|vương|vị\s+cao\s+nhất)|đầu\s+bảng"
    r"|quán\s+quân|(?:có|đạt)\s+(?:tổng\s+(?:điểm|điểm\s+số)\s+cao\s+nhất(?!\s+(?:ở|về|của|trong)\s)"
    # "xếp ở vị trí cao nhất", "có thứ hạng cao nhất" (not a province's best "từ trước đến nay")
    r"|thứ\s+hạng\s+cao\s+nhất(?=\s*[,.;]|\s+(?:cả\s+nước|toàn\s+quốc|là|với|trong\s+(?:khối|bảng)))"
    r"|(?:điểm|điểm\s+số)\s+cao\s+nhất(?=\s+(?:là|cả\s+nước|toàn\s+quốc)(?!\w))))"
    r"|(?P<runner_up>á\s+quân|về\s+nhì(?!\w))"
    r")"
)
_RANK_KINDS = ("n_list", "n_hang", "n_vitri", "n_so", "n_so_index", "n_thu", "n_bac", "n_xep", "n_dated", "n_paren", "n_from",
               "n_from_move", "n_to", "n_down", "n_is",
               "lead", "runner_up")
# "từ thứ 6 năm 2015 xuống 22 năm 2016", "tăng 10 bậc (từ 30 lên 20)": a bare number is the new rank
# only after a starting rank; a bare starting rank only right after "bậc" or "hạng"
_MOVE_START = re.compile(r"từ\s+(?:(?:xếp|đứng)\s+)?(?:thứ|vị\s+trí|hạng|bậc)\s+\S+[^.;]{0,40}$|(?:bậc|hạng)\s*[,(:]?\s*từ\s+\d{1,2}\s+(?:lên|xuống)\s+$"
                         r"|(?:tăng|giảm|tụt|vươn\s+lên|cải\s+thiện)\s+từ\s+\d{1,2}\s*(?:\([^()]{0,20}\)\s*)?(?:lên|xuống)\s+$")
# "Bắc Giang, Đồng Tháp và Bà Rịa - Vũng Tàu xếp lần lượt từ vị trí thứ tư đến thứ sáu": one position each
_POSITION = r"(?:(?:vị\s+trí|hạng)\s+)?(?:thứ\s+|số\s+)?(\d{1,2}|nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)"
_RANGE = re.compile(rf"lần\s+lượt\s+(?:(?:xếp|đứng|ở|giữ|chiếm)\s+)*từ\s+{_POSITION}\s+(?:đến|tới)\s+{_POSITION}")
_ORDINAL_BEFORE = re.compile(
    r"(?:năm|lần|kỳ|khóa|khoá|phiên|đợt|tuần|tháng|quý|nhóm|top|tốp|hội\s+nghị|đại\s+hội|giai\s+đoạn|"
    r"nhiệm\s+kỳ|chặng|vòng|họp|phần|mục|chương|bước|cao|thấp|lớn|nhỏ|nhiều|ít|mạnh|nhanh|vào|kỷ\s+niệm|ngày|hàng)\s+$"
)
# "lần công bố thứ 20", "lần tổ chức thứ 3": the ordinal of an event, words apart ("lần lượt" is no event)
_ORDINAL_EVENT_BEFORE = re.compile(r"(?<!\w)lần(?!\s+lượt)(?:\s+[^\s\d,.;:()]+){1,2}\s+$")
# "Thứ Hai, 08/08/2022", "Thứ 6, 16/04/2021", "các ngày thứ Ba, thứ Năm hằng tuần": weekdays
_WEEKDAY_AFTER = re.compile(r"^\s*(?:[,:-]\s*)?(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}|^\s*,\s*ngày|^\s+từ\s+(?:trái|phải)"
                            r"|^\s+(?:hằng|hàng|mỗi)\s+tuần")
_DATE_AFTER = re.compile(r"^\s*[,:-]?\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*(?:0?[1-9]|1[0-2])(?!\d)")
_OUT_OF = re.compile(
    r"^(?:\s*/\s*(?P<slash>\d{1,3})(?!\d)(?:\s*/\s*(?P<of_all>\d{2,3})(?!\d))?"
    r"|\s+(?:trên|trong)\s+(?:tổng\s+số\s+)?(?:cả\s+)?(?P<words>\d{2,3})\s+(?=tỉnh|địa\s+phương|đơn\s+vị|quốc\s+gia|bộ|nước))"
    r"(?:\s*(?:tỉnh|địa\s+phương)(?:\s*,?\s*(?:thành(?:\s+phố)?|tp(?!\w)))?)?"
)
_CONTINUATION = re.compile(
    r"^\s*(?P<sep>,\s*và\s+|,\s*|\s+và\s+)(?P<cue>thứ\s+(?:hạng\s+)?|hạng\s+|vị\s+trí\s+(?:thứ\s+)?)?"
    r"(?P<n>\d{1,2}(?![\d]|[.,]\d|\s*(?:%|điểm))|(?:nhất|nhì|hai|ba|tư)(?!\w)"
    r"|(?<=thứ\s)(?:bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)(?!\s*\d))"
)
_FORMER = re.compile(r"cựu\s+$")
# "chưa bao giờ vượt quá vị trí thứ 18": a bound, not a rank held
_BOUND_BEFORE = re.compile(r"(?<!\w)(?:vượt\s+quá|không\s+quá|tối\s+đa)\s+$")
_HEAD_OF = re.compile(r"người\s+$")  # "người đứng đầu": the head of an agency
# a number of a list followed by a capitalised noun counts things: "lần lượt 03 Đề án"
_COUNTED_AFTER = re.compile(r"[^\S\n]+(?!Và\b)[A-ZĐÀ-Ỹ]")
# ... but "trong khối tỉnh" (the bloc of provinces, as against the ministries) is the national ranking
_WITHIN_GROUP = re.compile(
    r"^\s*(?:trong|của)\s+(?:nhóm|khối)(?!\w)(?!\s+(?:các\s+)?(?:tỉnh|địa\s+phương)(?:\s*,\s*thành(?:\s+phố)?)?"
    r"(?!\s+(?:miền|vùng|khu|phía|thuộc|có|đồng|trung|tây|đông|nam|bắc|biên|ven|duyên)))"
)
# A number followed by a unit is a value, a duration ("giữ vững vị trí 3 năm liên tiếp"), a
# count ("bảng xếp hạng 63 tỉnh, thành phố") or a move ("thăng hạng 2 bậc": never rank 2).
_VALUE_AFTER = re.compile(
    r"^\s*(?:%|điểm(?!\w)|(?:năm(?!\s+(?:ngoái|nay)(?!\w))|lần(?!\s+lượt)|tháng|kỳ)(?!\w)(?!\s*\d)|(?:tỉnh|địa\s+phương|đơn\s+vị|bộ|quốc\s+gia|sở|cơ\s+quan|huyện|xã|ubnd)(?!\w)"
    r"|(?:bậc|hạng)(?!\w)(?!\s+mục))"
)


_PAREN_YEAR = re.compile(r"\s*,?\s*(?:(?:trong|vào)\s+)?(?:năm\s+)?(?:19|20)\d\d\s*$")


def rank_mentions(text: Text) -> list[Mention]:
    """Rank cues with their number(s); a list ("thứ 2 và 3") is one mention with several."""
    low = text.lower
    found: list[Mention] = []
    ranges, not_moves = [], set()
    for match in _RANGE.finditer(low):
        first, last = number_value(match.group(1)), number_value(match.group(2))
        if 1 <= first < last <= MAX_RANK and last - first < 10:
            ranges.append((match.start(), match.end()))
            found.append(Mention("rank", match.start(), match.end(), list(range(first, last + 1)),
                                 {"cue": "n_list", "spans": [(match.start(1), match.end(2))], "out_of": None, "these": False}))
    for match in _RANK.finditer(low):
        if any(s <= match.start() < e for s, e in ranges):
            continue
        kind = next(k for k in _RANK_KINDS if match.group(k) is not None)
        if kind == "n_from_move":
            old, new = int(match.group(kind)), int(match.group("n_moved"))
            unit = (match.group("moved_unit") or "").strip()
            if (new < old) != (match.group("dir") not in ("giảm", "tụt")) or (unit and unit not in ("vào", "trong", "năm", "và")):
                not_moves.add(match.start("n_moved"))
                continue  # "tăng từ 5 lên 10 doanh nghiệp": a count going up, not a rank
        if kind in ("lead", "runner_up"):
            before = low[max(0, match.start() - 6): match.start()]
            if _FORMER.search(before) or _HEAD_OF.search(before):
                continue  # "cựu Á quân": last year's title
            if _WITHIN_GROUP.match(low[match.end():]):
                continue  # "đứng đầu trong khối các sở, ban, ngành"
            found.append(Mention("rank", match.start(), match.end(), [1 if kind == "lead" else 2],
                                 {"cue": kind, "spans": [(match.start(), match.end())], "out_of": None, "these": False}))
            continue
        token = match.group(kind)
        before = low[max(0, match.start() - 30): match.start()]
        if _BOUND_BEFORE.search(before):
            continue
        if kind == "n_list" and _COUNTED_AFTER.match(text.nfc, match.end()):
            continue  # "lần lượt 03 Đề án được ban hành": a count
        if kind in ("n_to", "n_down") and (match.start() in not_moves
                                           or not _MOVE_START.search(low[max(0, match.start() - 60): match.start()])):
            continue
        if kind == "n_thu" and (_ORDINAL_BEFORE.search(before) or _ORDINAL_EVENT_BEFORE.search(before)
                                or _weekday(text, match, token)):
            continue
        end = match.end()
        info: dict = {"cue": kind, "spans": [(match.start(kind), match.end(kind))]}
        if kind == "n_paren":  # include the "/63)" of "(52/63)"
            close = low.find(")", end)
            out_of = int(re.match(r"\s*/\s*(\d+)", low[end:]).group(1))
            # "(58/63 tỉnh, thành phố vào năm 2007)": the year in the bracket follows the rank
            dated = _PAREN_YEAR.search(low, end, close)
            end = dated.start() if dated else close + 1
        else:
            tail = _OUT_OF.match(low[end:])
            out_of = None
            if tail:  # "58/61/63": 58th of the 61 provinces ranked, of all 63
                out_of = int(tail.group("slash") or tail.group("words"))
                if tail.group("of_all"):
                    info["of_all"] = int(tail.group("of_all"))
                end += tail.end()
        numbers = [number_value(token)]
        if out_of is None:
            numbers, end = _continue_list(low, end, numbers, info)
        if _VALUE_AFTER.match(low[end:]) or _WITHIN_GROUP.match(low[end:]):
            continue
        if any(n < 1 or n > MAX_RANK for n in numbers):
            continue
        info["out_of"] = out_of
        info["these"] = kind == "n_list" and "này" in match.group("list")
        # "thứ hạng PCI của tỉnh là 20": the rank is the number; index and subject come before it
        start = (match.start("from") if kind == "n_from" else match.start("from_move") if kind == "n_from_move"
                 else match.start("is") if kind == "n_is" else match.start())
        found.append(Mention("rank", start, end, numbers, info))
    return found


def _weekday(text: Text, match: re.Match, token: str) -> bool:
    """ "thứ N" naming a day of the week: a weekday's name is capitalised ("thứ Năm"), a digit
    is followed by a date."""
    after = text.lower[match.end():]
    if token.isdigit():
        return bool(_DATE_AFTER.match(after))
    return bool(_WEEKDAY_AFTER.match(after)) or text.nfc[match.start("n_thu")].isupper()


_AFTER_NAME = re.compile(
    r"[^\S\n]*(?:(?P<sep>[:\-–])[^\S\n]*)?(?:xếp[^\S\n]+(?:thứ|hạng)[^\S\n]+)?(?P<n>\d{1,2})(?![\d]|[.,]\d)"
    r"(?:[^\S\n]*/[^\S\n]*(?P<of>\d{2,3})(?!\d))?"
)


def ranks_after_names(text: Text, indices: list[Mention], ranks: list[Mention]) -> list[Mention]:
    """Ranks written right after the index's name, without a verb: "Chính quyền số 28/63",
    "An toàn thông tin mạng - 54" (a list of ranks), "kinh tế số: 13/63"."""
    low = text.lower
    found = []
    for index in indices:
        if index.info.get("anaphor"):
            continue
        match = _AFTER_NAME.match(low, index.end)
        if not match or not (match.group("sep") or match.group("of")):
            continue
        out_of = int(match.group("of")) if match.group("of") else None
        if (out_of is not None and out_of not in PROVINCE_COUNTS) or _VALUE_AFTER.match(low[match.end():]):
            continue
        start = match.start("n")
        if any(r.start <= start < r.end for r in ranks) or not 1 <= int(match.group("n")) <= MAX_RANK:
            continue
        found.append(Mention("rank", start, match.end(), [int(match.group("n"))],
                             {"cue": "after_name", "spans": [(start, match.end("n"))], "out_of": out_of, "these": False}))
    return found


# "Quảng Ninh số 1, Hải Phòng số 2", "Đà Nẵng - số 1", "Đà Nẵng là địa phương số 1": headlines put
# the rank right after the province; a document number ("UBND tỉnh Bắc Ninh số 12/QĐ-UBND", "... số
# 12 ngày 5/3") goes on with a slash or a date
_AFTER_PROVINCE = re.compile(
    r"[^\S\n]*(?:[:\-–][^\S\n]*|[^\S\n](?:(?:từng[^\S\n]+)?là[^\S\n]+)?(?:địa[^\S\n]+phương|tỉnh|thành[^\S\n]+phố)[^\S\n]+|[^\S\n])"
    r"(?P<cue>số)[^\S\n]+(?P<n>\d{1,2})(?!\d|\s*[/-]|[.,]\d|\s+ngày)"
    # "(Kon Tum: xếp thứ 43; Lâm Đồng: 46; ...)": a bare number after the name and a colon, in a bracket
    r"|[^\S\n]*(?P<cue_colon>:)[^\S\n]*(?P<n_colon>\d{1,2})(?=[^\S\n]*[;,)])"
)


_IN_BRACKET = re.compile(r"\([^()\n]*$")


def ranks_after_provinces(text: Text, provinces: list[Mention], ranks: list[Mention]) -> list[Mention]:
    """Ranks written as "số N" right after the province's name, or as a bare number after the name and a
    colon inside a bracket ("(Kon Tum: xếp thứ 43; Lâm Đồng: 46)")."""
    low = text.lower
    found = []
    for province in provinces:
        match = _AFTER_PROVINCE.match(low, province.end)
        if match and match.group("cue_colon") and not _IN_BRACKET.search(low, max(0, province.start - 200), province.start):
            continue
        number = match and (match.group("n") or match.group("n_colon"))
        if not match or _VALUE_AFTER.match(low[match.end():]) or not 1 <= int(number) <= MAX_RANK:
            continue
        start = match.start("n") if match.group("n") else match.start("n_colon")
        if any(r.start <= start < r.end for r in ranks):
            continue
        found.append(Mention("rank", match.start("cue") if match.group("n") else start, match.end(), [int(number)],
                             {"cue": "after_province", "spans": [(start, match.end())], "out_of": None, "these": False}))
    return found


def _continue_list(low: str, end: int, numbers: list[int], info: dict) -> tuple[list[int], int]:
    while True:
        more = _CONTINUATION.match(low[end:])
        # "thứ 2 và 3", "thứ 2, thứ 3", "lần lượt là 22, 9, 13", "vị trí thứ 5, 6, 7"; the extractor
        # keeps a list only when it can pair it with as many provinces or indices
        if not more:
            return numbers, end
        numbers = numbers + [number_value(more.group("n"))]
        info["spans"].append((end + more.start("n"), end + more.end("n")))
        end += more.end()


_CHANGE = re.compile(
    r"(?<!\w)(?P<dir>tăng\s+vọt|nhảy\s+vọt|vươn\s+lên|cải\s+thiện|tăng|giảm|tụt|lên|xuống|vượt|thăng)\s+"
    r"(?:thêm\s+|tới\s+|được\s+|hạng\s+|liền\s+)?"
    r"(?P<n>\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:bậc|hạng|vị\s+trí)(?!\w)"
)
_CHANGE_VS = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?,?\s*so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:năm\s+|kỳ\s+)?"
    rf"(?:(?:{_SHORT_INDEX_NAME}|chỉ\s+số\s+\w+)\s+)?(?:năm\s+)?(?P<year>(?:19|20)\d\d)"
)
_CHANGE_VS_PREVIOUS = re.compile(
    r"^\s*,?\s*so\s+(?:với\s+)?(?:năm\s+trước|năm\s+ngoái|kỳ\s+(?:công\s+bố\s+|đánh\s+giá\s+)?trước|lần\s+(?:công\s+bố\s+)?trước)"
)


def change_mentions(text: Text) -> list[Mention]:
    """Moves in a ranking ("tăng 18 bậc so với năm 2017"); value is positive for a move up."""
    low = text.lower
    found = []
    for match in _CHANGE.finditer(low):
        sign = -1 if match.group("dir") in ("giảm", "tụt", "xuống") else 1
        after = low[match.end():]
        versus = _CHANGE_VS.match(after)
        info = {"vs_year": int(versus.group("year")) if versus else None,
                "vs_previous": bool(_CHANGE_VS_PREVIOUS.match(after))}
        found.append(Mention("change", match.start(), match.end(), sign * number_value(match.group("n")), info))
    return found


# ---------------------------------------------------------------- years ---------------
_YEAR = re.compile(r"(?<![\d/.,-])(?:19[89]\d|20[0-4]\d)(?![\d]|[.,]\d)")
_YEAR_DOCUMENT_AFTER = re.compile(r"^\s*/\s*[a-zđ]")
_YEAR_DATE_BEFORE = re.compile(r"(?:\d{1,2}\s*[/.-]\s*|tháng\s+\d{1,2}\s*(?:năm\s+)?)$")
_YEAR_OF_VALUE_BEFORE = re.compile(r"\d(?:[.,]\d+\s*(?:%|điểm)?|\s*(?:%|điểm))\s+(?:vào\s+|trong\s+)?năm\s+$")
_YEAR_SPAN_AFTER = re.compile(r"^\s*[-–—]\s*(?:19|20)\d\d|^\s+(?:đến|tới)\s+(?:năm\s+)?(?:(?:19|20)\d\d|nay)")
_YEAR_SPAN_BEFORE = re.compile(r"(?:(?:19|20)\d\d\s*[-–—]\s*|giai\s+đoạn\s+|kể\s+từ\s+(?:năm\s+)?|nhiệm\s+kỳ\s+)$")
_YEAR_TARGET_BEFORE = re.compile(r"(?:đến|tới|vào|hướng\s+đến|trước)\s+(?:năm\s+)?$")
# "đặt mục tiêu tăng điểm số PCI năm 2022": the edition aimed at
_YEAR_AIMED_BEFORE = re.compile(r"(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu)[^,.;:()\d]{0,40}$")
# "Nếu như năm 2021 ... thứ 34, thì đến năm 2022 ... thứ 30": a past year set against another
_YEAR_CONTRASTED_BEFORE = re.compile(r"(?<!\w)thì\s+(?:đến|tới)\s+(?:năm\s+)?$")
# "so với năm 2017", "So với kết quả chỉ số PCI năm 2020", "cao hơn năm 2016 là 5,05 điểm"
_YEAR_COMPARISON_BEFORE = re.compile(
    r"(?:so\s+(?:sánh\s+)?(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:(?:kết\s+quả|thứ\s+hạng|vị\s+trí)\s+(?:của\s+)?)?(?:năm\s+|kỳ\s+)?"
    rf"(?:(?:{_SHORT_INDEX_NAME}|chỉ\s+số\s+(?:{_SHORT_INDEX_NAME}|\w+))\s+)?|(?:cao|thấp|kém)\s+hơn\s+)(?:năm\s+)?$"
)
# "Tại Ngày Chuyển đổi số quốc gia 2025": the year of an event, not an edition
_YEAR_OF_EVENT_BEFORE = re.compile(r"ngày\s+chuyển\s+đổi\s+số(?:\s+quốc\s+gia)?\s+(?:năm\s+)?$")


# "(58/63 tỉnh, thành phố vào năm 2007)": a bracket that dates what it follows
_YEAR_IN_BRACKET = re.compile(r".*vào\s+năm\s+(?:19|20)\d\d\s*\)")
_YEAR_PUBLISHED_BEFORE = re.compile(r"(?:công\s+bố|ban\s+hành|phát\s+hành)\s+(?:(?:trong|vào|hồi)\s+)?(?:năm\s+)?$")


def year_mentions(text: Text) -> list[Mention]:
    """Four-digit years with their role (``edition`` is the one that dates a claim)."""
    low = text.lower
    found = []
    for match in _YEAR.finditer(low):
        before, after = low[max(0, match.start() - 40): match.start()], low[match.end(): match.end() + 30]
        if _YEAR_DOCUMENT_AFTER.match(after):
            role = "document"
        elif _YEAR_DATE_BEFORE.search(before) or _YEAR_OF_EVENT_BEFORE.search(before):
            role = "date"
        elif _YEAR_OF_VALUE_BEFORE.search(before):
            role = "value"  # "tăng từ 60,98 năm 2018 lên 63,85": the year of a score, not an edition
        elif _YEAR_SPAN_AFTER.match(after) or _YEAR_SPAN_BEFORE.search(before):
            role = "span"
        elif ((_YEAR_TARGET_BEFORE.search(before) or _YEAR_AIMED_BEFORE.search(before))
              and not _YEAR_IN_BRACKET.match(before[-10:] + low[match.start(): match.end() + 3])
              and not _YEAR_CONTRASTED_BEFORE.search(before)):
            role = "target"
        elif _YEAR_COMPARISON_BEFORE.search(before):
            role = "comparison"
        elif _YEAR_PUBLISHED_BEFORE.search(before):
            role = "published"  # "PCI 2022 công bố năm 2023": when the ranking appeared, not its edition
        else:
            role = "edition"
        found.append(Mention("year", match.start(), match.end(), int(match.group()), {"role": role}))
    return found


# ---------------------------------------------------------------- indices -------------
def index_mentions(text: Text) -> list[Mention]:
    """Index names (value: an index code, ``other``) and "chỉ số này" (value: None).

    Overlapping matches keep the longest; ``noise`` phrases only hide what they cover.
    """
    folded = text.folded
    candidates = [(m.start(), m.end(), name) for name in INDEX_NAMES for m in name.pattern.finditer(folded)]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, object]] = []
    for start, end, name in candidates:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, name))
    found = [Mention("index", s, e, n.code, {"weak": n.weak}) for s, e, n in taken if n.code != NOISE]
    covered = [(s, e) for s, e, _ in taken]
    for match in GENERIC_INDEX.finditer(folded):
        if any(s <= match.start() < e for s, e in covered):
            continue
        if INDEX_ANAPHOR.match(folded, match.start()):
            found.append(Mention("index", match.start(), match.end() + 4, None, {"weak": False, "anaphor": True}))
            continue
        rest = folded[match.end(): match.end() + GENERIC_REACH]
        if GENERIC_NOT_A_NAME.match(rest):
            continue  # "xét chỉ số trước khi sáp nhập": no index named
        named_soon = any(match.end() <= s < match.end() + GENERIC_REACH for s, _ in covered)
        if named_soon and not re.match(r"\s+(?:thanh phan|chinh)\b", rest):
            continue
        found.append(Mention("index", match.start(), match.end(), OTHER, {"weak": False}))
    return sorted(found, key=lambda m: m.start)


# ---------------------------------------------------------------- provinces -----------
_WORD = re.compile(r"\w+")
_NAME_GAP = re.compile(r"^[\s.\-–—]*$")
_LONGEST_NAME = 5  # words: "Thành phố Hồ Chí Minh"


def province_mentions(text: Text, index: ProvinceIndex) -> list[Mention]:
    """Capitalised word sequences that spell a province (longest first); value: pre-2025 id."""
    nfc = text.nfc
    words = list(_WORD.finditer(nfc))
    found = []
    i = 0
    while i < len(words):
        if not words[i].group()[0].isupper():
            i += 1
            continue
        for n in range(min(_LONGEST_NAME, len(words) - i), 0, -1):
            last = words[i + n - 1]
            gaps = [nfc[words[k].end(): words[k + 1].start()] for k in range(i, i + n - 1)]
            if not all(_NAME_GAP.match(g) for g in gaps):
                continue
            span = nfc[words[i].start(): last.end()]
            pid = index.find(span)
            if pid is not None:
                found.append(Mention("province", words[i].start(), last.end(), pid, {"printed": span}))
                i += n
                break
        else:
            i += 1
    return found


# ---------------------------------------------------------------- subjects ------------
# ("Thủ đô" is Hà Nội, named before it)
_ANAPHOR = re.compile(r"(?<!\w)(?:tỉnh\s+(?:ta|này)|thành\s+phố\s+này|địa\s+phương\s+này|tỉnh|thành\s+phố|địa\s+phương|thủ\s+đô)(?!\w)")
# ("UBND tỉnh", "Ủy ban nhân dân tỉnh", "Văn phòng HĐND tỉnh": an agency's name, no anaphor)
_GENERIC_BEFORE = re.compile(r"(?:các|những|\d+|cấp|khối|nhóm|mỗi|từng|toàn|trong|tốp|top|bộ|ubnd|hđnd|nhân\s+dân)\s+$")
_GENERIC_AFTER = re.compile(r"^\s*[,/]?\s*thành(?!\w)|^\s+(?:trực\s+thuộc|khác|lớn)(?!\w)|^\s*,\s*tp\b")
BLOCKER_CASED = re.compile(
    r"(?<!\w)(?:Bộ|Viện|Đài|Ngân\s+hàng|Bảo\s+hiểm\s+xã\s+hội|Thanh\s+tra\s+Chính\s+phủ|Thông\s+tấn\s+xã|"
    r"Văn\s+phòng|Sở|Tập\s+đoàn|Tổng\s+công\s+ty|Công\s+ty|huyện|thị\s+xã|xã|phường|quận|thị\s+trấn)\s+(?=[A-ZĐ])"
    # a province's web portal, ranked as a component of the IT-application ranking
    r"|(?<!\w)[Cc]ổng\s+(?:thông\s+tin\s+điện\s+tử|TTĐT)(?!\w)"
)
# "Sở Thông tin và Truyền thông tỉnh Nam Định", "Cổng TTĐT Cần Thơ": the province names whose agency it is
_OWNER_REACH = 90  # characters from the agency's word to the province it names
_OWNER_GAP = re.compile(r"^(?:[^\S\n]*|[^,.;:()\n]{0,60}?(?<!\w)(?:của[^\S\n]+)?(?:ubnd[^\S\n]+)?(?:tỉnh|thành[^\S\n]+phố|tp\.?)[^\S\n]*)$")
_BLOCKER_LOWER = re.compile(
    r"(?<!\w)(?:vùng|khu\s+vực|cấp\s+bộ|khối\s+bộ|các\s+bộ|bộ,\s+ngành|bộ\s+ngành|cơ\s+quan\s+ngang\s+bộ|"
    r"(?:bộ|cơ\s+quan|đơn\s+vị)\s+này|"
    r"việt\s+nam(?=\s+(?:đã\s+)?(?:tăng|giảm|xếp|đứng)))(?!\w)"
)


_SOURCE_BEFORE = re.compile(r"(?<!\w)(?:theo|do|được|bởi)\s+(?:(?:đánh\s+giá|báo\s+cáo|công\s+bố|số\s+liệu|phân\s+tích|thông\s+tin|kết\s+quả)"
                            r"\s+(?:(?:của|từ)\s+)?)?$")
_SOURCE_AFTER = re.compile(r"^[^,.;:()]{0,80}?(?<!\w)(?:cho\s+biết|thông\s+tin(?![^\S\n]*(?:và|&|–|-)[^\S\n]*truyền)|nhận\s+định"
                           r"|báo\s+cáo\s+cho\s+thấy)(?!\w)")


# "thành phố Tây Ninh", "TP. Buôn Ma Thuột": a city inside a province, unless it is a city of province rank
# (also when the registry spells the province with the word: "Thành phố Yên Bái")
_CITY_BEFORE = re.compile(r"(?<!\w)(?:thành\s+phố|tp\.?)\s*$")
_CITY_WORD = re.compile(r"(?:thành\s+phố|tp\.?)[^\S\n]+(?=\w)")  # (not the byline "TP - Quảng Ninh ...")


@lru_cache(maxsize=1)
def cities_of_province_rank() -> frozenset[str]:
    """Pre-2025 ids of the cities of province rank, read from the registry's full names ("Thành phố Hà
    Nội"): those that were such cities, and those whose unit of the same code is one now (Huế)."""
    registry = province_registry()
    cities = set(registry.loc[registry["name_full_vi"].str.startswith("Thành phố"), "province_id"])
    pre = registry[registry["era"] == PRE2025]
    return frozenset(pre.loc[pre["province_id"].isin(cities) | pre["province_id"].str.replace(PRE2025, POST2025)
                             .isin(cities), "province_id"])


def subject_mentions(text: Text, provinces: list[Mention], indices: list[Mention]) -> list[Mention]:
    """Words that can be a rank's subject besides a named province.

    ``anaphor``: "tỉnh", "thành phố", "địa phương (này)" standing for a province named
    before; ``blocker``: a ministry, agency, region, district or the country, whose
    ranks are not provincial claims.
    """
    low = text.lower
    named = [(m.start, m.end) for m in provinces]
    inside_index = [(m.start, m.end) for m in indices]
    found = []
    for match in _ANAPHOR.finditer(low):
        after = low[match.end():]
        if _GENERIC_BEFORE.search(low[max(0, match.start() - 12): match.start()]) or _GENERIC_AFTER.match(after):
            continue
        if any(0 <= s - match.end() <= 2 or s <= match.start() < e for s, e in named):
            continue  # "tỉnh Bắc Giang": a prefix, not an anaphor
        found.append(Mention("anaphor", match.start(), match.end()))
    blockers = [*BLOCKER_CASED.finditer(text.nfc), *_BLOCKER_LOWER.finditer(low)]
    for match in blockers:
        if any(s <= match.start() < e for s, e in inside_index + named):
            continue
        if _SOURCE_BEFORE.search(low[max(0, match.start() - 40): match.start()]) or _SOURCE_AFTER.match(low[match.end():]):
            continue  # "Theo Sở KH&ĐT, ...", "Sở TT&TT cho biết, ...": who reports the rank, not whose it is
        owner = next((m for m in provinces if 0 <= m.start - match.end() <= _OWNER_REACH
                      and _OWNER_GAP.match(low[match.end(): m.start])), None)
        found.append(Mention("blocker", match.start(), owner.end if owner else match.end()))
    for province in provinces:
        city = _CITY_BEFORE.search(low, max(0, province.start - 12), province.start) or _CITY_WORD.match(low, province.start)
        if city and province.value not in cities_of_province_rank():
            found.append(Mention("blocker", city.start(), province.end))
    return sorted(found, key=lambda m: m.start)

"""``extract(text, published)``: the ranking claims a news report makes.

The extractor is a set of hand-written rules over the mentions of :mod:`.mentions`, read
sentence by sentence with a little memory of what came before. We write rules rather
than train a model because there is no labelled corpus of Vietnamese ranking claims to
train on and every decision must be explainable to a researcher checking a claim. The
phrasings vary more than they first seem to: the evaluation in the README measures how
often a report written in a way the rules have not met is misread. For each rank mention:

* **index**: the index named right after it ("xếp thứ 14/63 về chỉ số chuyển đổi số"),
  else the nearest one named before it in the sentence ("Kinh tế số xếp thứ 8",
  "Chính quyền số 28/63"), else the index the paragraph or the report was last talking
  about (a sentence that only talks about an index, "Chỉ số SIPAS giảm 8 điểm.", sets the
  paragraph's); before any index is named, the next one its paragraph names, else the only
  one the report names ("Bình Dương đứng thứ 2 cả nước. ... Lễ công bố Chỉ số PAPI năm
  2022"). A rank tied to an index outside the vocabulary (a PCI component, an ICT Index
  sub-index, SIPAS, an economic ranking, ...) or "về" a topic that is no index ("thứ 3 về
  thu hút FDI") is no claim. One rank given to a list ("cả 3 trụ cột ... đều xếp vị trí thứ 2")
  goes to every index listed; several ranks given to a list ("lần lượt là 22, 9, 13")
  are paired in order with the indices or provinces listed before them.
* **province**: the one named after "là"/"thuộc về" ("Ở vị trí thứ 2 là TP.HCM") or
  right after a title ("á quân Đồng Tháp"), else the nearest subject before the rank: a
  province, an anaphor ("tỉnh", "địa phương này", standing for the province the report
  was last about) or a ministry, region or district (then the rank is not a provincial
  claim; an agency that reports the rank, "Theo Sở KH&ĐT, ...", is none of these). A
  sentence that names an index but no subject ("Trong đó, CQS xếp thứ 40/63") is about the
  province last named; one that names neither, about the one province its paragraph has
  named, if there is only one, or the one the paragraph's "tỉnh" stands for, or the only
  province the report has named (in its title).
* **year** (``year_basis="stated"``): a year right after the rank ("vị trí 25 trong năm
  2020") or right after the index ("DTI năm 2022"), else the nearest edition year before
  it in the sentence (``year_source="sentence"``); else the newest year the report gave
  for that index so far (``"context"``; an older one is an aside); else the year
  attached to that index anywhere in the report ("báo cáo DTI 2020", ``"document"``).
  The starting rank of a move ("từ vị trí 47 lên vị trí 13") takes the comparison year,
  or the year before the new rank (``"derived"``); the end of a move in a span of years
  ("giai đoạn 2016-2020, từ thứ 9 (năm 2016) xuống 29") takes none. Only with none of these and a
  publication date is the year ``"inferred"``: the newest edition published by then
  (see :mod:`.editions`).
* **era**: a rank out of 34, or a 2024 DTI rank in a report about the merged units
  (unless the sentence says "trước khi sáp nhập"), is a ranking of the 34 post-merger
  units, keyed by their ``post2025`` ids.

``start``/``end`` locate the rank phrase in the input text (offsets into the string as
given, also for NFD input); ``sentence`` is the sentence that holds it (NFC). A claim made
twice in a report (headline and body) is reported once, where the text states its year.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..provinces import province_index
from .editions import latest_edition, parse_date
from .lexicon import OTHER, WEAK_READINGS, family
from .mentions import (
    BLOCKER_CASED, PARTIAL_COUNTS, PROVINCE_COUNTS, Mention, change_mentions, index_mentions, province_mentions, rank_mentions,
    number_value, ranks_after_names, ranks_after_provinces, subject_mentions, year_mentions,
)
from .text import Sentence, Text, sentences

if TYPE_CHECKING:
    import pandas as pd

CLAIM_COLUMNS = (
    "province_id", "province_as_printed", "index_code", "year", "year_basis", "year_source",
    "rank", "out_of", "rank_change", "change_vs_year", "start", "end", "sentence",
)
YEAR_BASES = ("stated", "inferred")
YEAR_SOURCES = ("sentence", "context", "document", "derived", "published")
# The 2025 merger took effect on 1 July 2025 (Resolution 202/2025/QH15).
MERGER_DATE = dt.date(2025, 7, 1)


def extract(text: str, published: object = None) -> "pd.DataFrame":
    """The ranking claims in ``text``, one row per claim (columns :data:`CLAIM_COLUMNS`).

    ``published`` (``YYYY[-MM[-DD]]`` or a date) is the report's publication date; it
    only dates claims the text leaves undated (``year_basis="inferred"``) and tells
    which grouping of provinces a 2024 ranking refers to.
    """
    import pandas as pd

    if not isinstance(text, str):
        raise TypeError(f"extract() needs the report's text as a string, got {type(text).__name__}")
    rows = _Report(Text(text), parse_date(published)).claims()
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    for column in ("year", "rank", "out_of", "rank_change", "change_vs_year", "start", "end"):
        frame[column] = frame[column].astype("Int64")
    for column in ("province_id", "province_as_printed", "index_code", "year_basis", "year_source", "sentence"):
        frame[column] = frame[column].astype("string")
    return frame


@dataclass
class _Year:
    value: int | None
    basis: str | None
    source: str | None
    updates_context: bool = True
    in_span: bool = False  # one year of "bốn năm liền (2021 - 2024)": a streak of the unit before the merger


_NO_YEAR = _Year(None, None, None, False)

# Between a rank and the index named after it: the rest of "8/63 tỉnh, thành phố trực
# thuộc Trung ương", then "về", "trong bảng xếp hạng", "ở cả hai bảng xếp hạng chỉ số", ...
_LINK_WORDS = frozenset(
    "về trong ở theo của tại trên đối với đảm bảo cả hai ba bốn 2 3 4 bảng xếp hạng tổng thể trụ cột chính chỉ số mức độ lĩnh vực "
    "mục quan trọng nhóm khối các tỉnh thành phố trực thuộc trung ương nước toàn quốc địa phương tổng 63 34 tp "
    "có".split()  # "xếp thứ 26/63 tỉnh, thành phố có chỉ số chuyển đổi số"
)
_LINK_MAX_WORDS = 12
_AFTER_IS = re.compile(r"^(?:(?!(?<!\w)và(?!\w))[^,.;:()]){0,30}?(?<!\w)(?:là|thuộc\s+về)\s+")
_GROUP_MARKER = re.compile(
    r"(?<!\w)(?:các|những|(?:nhiều|một\s+số)(?=\s+(?:chỉ\s+số|tiêu\s+chí|lĩnh\s+vực))|(?:top|tốp)(?![^\S\n]*(?:1|một)(?!\d))|nhóm|\d+\s+(?:tỉnh|địa\s+phương|đơn\s+vị|vị\s+trí|chỉ\s+số|trục|xã|phường|huyện|sở|"
    r"cơ\s+quan|doanh\s+nghiệp)|"
    r"(?:hai|ba)\s+(?:chỉ\s+số|vị\s+trí|tỉnh))(?!\w)"
)
_REGIONAL = re.compile(r"(?:so\s+với|trong|giữa)\s+(?:các\s+|những\s+|\d+\s+)?(?:tỉnh|địa\s+phương)[^.;]{0,40}?(?:khu\s+vực|vùng|miền)")
_REGION_AFTER = re.compile(r"^[^,;.()]{0,60}?(?<!\w)(?:khu\s+vực|vùng|miền)\s+(?!núi)\w")
# a region named without "vùng"/"khu vực": "đứng đầu các tỉnh Nam Trung Bộ", "dẫn đầu các tỉnh Tây Nguyên"
_REGION_NAME_AFTER = re.compile(
    r"^\s*(?:(?:trong|của|giữa|ở|tại)\s+)?(?:(?:các|những|\d+)\s+(?:tỉnh|địa\s+phương)[^,;.()]{0,20}?)?(?<!\w)(?:tây\s+nguyên|đbscl|đồng\s+bằng\s+sông|"
    r"duyên\s+hải|trung\s+du|(?:nam|bắc)\s+trung\s+bộ|(?:đông|tây)\s+nam\s+bộ|(?:tây|đông)\s+bắc(?:\s+bộ)?)(?!\w)")
_LIST_GAP = re.compile(
    r"^[\s,;:“”\"'()]*(?:(?:và|cùng|gồm|trong\s+đó)[\s,:“”\"'()]*)?$|^\s+[-–]\s+$"  # "chính quyền số - kinh tế số"
    r"|^[\s,]*(?:ở|với)\s+(?:cả\s+)?(?:3|ba)\s+trụ\s+cột(?:\s+chính)?[\s,]*(?:gồm)?[\s,:]*$"
)
# "Trong khu vực Bắc Trung Bộ, Hà Tĩnh xếp thứ 2, ...", "Tính riêng ở khu vực trung du và miền núi phía Bắc, ...",
# "So với vùng Đông Nam Bộ, Bình Phước đứng thứ 2", "Đối với các tỉnh khu vực Tây Nguyên, ...":
# the sentence ranks provinces within the region, except where it says the national rank
_OPENS_ON_REGION = re.compile(
    r"\W*(?:tính\s+riêng\s+|xét\s+)?(?:trong|ở|tại|so\s+với|đối\s+với)\s+(?:(?:các\s+tỉnh\s+)?(?:khu\s+vực|vùng|miền)|đbscl)(?!\w)")
_NATIONAL_AFTER = re.compile(r"\s*(?:/\s*(?:63|64)|(?:trên|trong)\s+(?:tổng\s+số\s+)?(?:63|64)|(?:trong\s+)?(?:toàn\s+quốc|cả\s+nước))")
_REGION_NAMED = re.compile(r"(?:(?:trong|của|ở|tại)\s+)?(?:vùng|khu\s+vực|miền)\s+(?:[A-ZĐ]\w*[\s&-]*)+")
_TARGET = re.compile(r"(?<!\w)(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|kỳ\s+vọng|hướng\s+(?:tới|đến)|quyết\s+tâm|cố\s+gắng)(?!\w)")
_PARALLEL_GAP = re.compile(
    r"^[\s()]*(?:(?:toàn\s+quốc|cả\s+nước)\s*)?(?:,|;|và|,\s*và)[\s()]*(?:(?:xếp|đứng|ở|giữ)\s+)?$")
_PROVINCE_LIST_GAP = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,|và|,\s*và)\s*(?:(?:tỉnh|thành\s+phố)\s+)?$")
_EXAMPLE_LIST_GAP = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,|và|,\s*và|hay|hoặc)\s*$")
_EXAMPLES = re.compile(r"(?<!\w)(?:như|chẳng\s+hạn|ví\s+dụ|vượt(?:\s+qua)?|bỏ\s+xa)\s*:?\s*(?:(?:tỉnh|thành\s+phố|tp\.?)\s+)?$")
_PURPOSE = re.compile(r"(?<!\w)(?:để|nhằm)(?!\w)")
# "Ở vị trí thứ 4, Long An ...": the rank opens the sentence, its province follows the comma
_NATIONWIDE = r"(?:(?:của|trên|trong)[^\S\n]+)?(?:cả[^\S\n]+nước|toàn[^\S\n]+quốc)[^\S\n]*"
_COMMA_THEN_NAME = re.compile(rf"[^\S\n]*(?:{_NATIONWIDE})?(?:(?:trong|vào)[^\S\n]+)?(?:năm[^\S\n]+(?:19|20)\d\d[^\S\n]*)?"
                              r"(?:\([^()\n]{0,30}\)[^\S\n]*)?,[^\S\n]*(?:(?:tỉnh|thành\s+phố)[^\S\n]+)?")
# "cao hơn tỉnh Thái Nguyên 0,7 điểm", "so với Hà Nội": a province compared with, not the subject
_COMPARED_WITH = re.compile(r"(?<!\w)(?:(?:cao|thấp|kém|nhiều|ít)\s+hơn|so\s+với)\s+(?:(?:tỉnh|thành\s+phố|tp\.?)\s*)?$")
_OWN_CLAUSE = re.compile(r"[^\S\n]*(?:cũng[^\S\n]+)?(?:xếp|đứng|giữ|đạt|ở[^\S\n]+vị[^\S\n]+trí)(?!\w)")
_OF_PROVINCE = re.compile(r"[\"”’]?(?:[^\S\n]+\d+[^\S\n]+năm)?[^\S\n]+của[^\S\n]+(?:(?:tỉnh|thành[^\S\n]+phố|tp\.?)[^\S\n]*)?")
# one rank for every index listed: "cả 3 trụ cột ... đều xếp thứ 2", "A và B cùng xếp thứ 9"
_DISTRIBUTIVE = re.compile(r"(?<!\w)(?:cả\s+(?:\d|ba|hai|bốn|các)|đều|(?:cùng|đồng)\s+(?:xếp|đứng|ở|giữ|đạt))(?!\w)|trụ\s+cột")
_BOTH = re.compile(r"(?<!\w)cả\s+$")  # "dẫn đầu cả PCI, PAR Index và SIPAS"
# a rank opening a bracket right after a name: "Sơn La (xếp hạng 46)", "An toàn thông tin mạng, hạ tầng số (xếp thứ 2)"
_RANK_IN_BRACKET_AFTER = re.compile(r"\s*\(\s*(?:(?:xếp|đứng|hạng)\s+)*")
# (within a line: a year at the start of the next paragraph belongs to that paragraph)
# "xếp vị trí 27 của cả nước năm 2021", "vị trí thứ 18 với 67,18 điểm trong năm 2022"
_SCORE_GAP = r"(?:,?[^\S\n]*với[^\S\n]+\d+(?:[.,]\d+)?(?:/100)?[^\S\n]*điểm[^\S\n]*)"
# "thứ 36 (năm 2011)", "thứ 36 đạt được trong năm 2011"
_ATTACHED_TO_RANK = re.compile(rf"^[^\S\n]*(?:{_NATIONWIDE}|{_SCORE_GAP})?\(?[^\S\n]*(?:đạt[^\S\n]+được[^\S\n]+)?"
                               r"(?:(?:trong|của|vào)[^\S\n]+)?(?:năm[^\S\n]+)?$")
_YEARS_IN_BRACKET = re.compile(
    r"[^\S\n]*\([^\S\n]*(?:(?:\d+|hai|ba|bốn|năm)[^\S\n]+năm[^\S\n]+(?:liên[^\S\n]+tiếp|liền)[^\S\n]*:?[^\S\n]*)?"
    r"(?:(?:các|trong)[^\S\n]+)?(?:năm[^\S\n]+)?(?P<years>(?:19|20)\d\d(?:[^\S\n]*(?:,|và|;)[^\S\n]*(?:năm[^\S\n]+)?(?:19|20)\d\d)+)"
    r"[^\S\n]*\)"
)
# "DTI (cấp tỉnh) năm 2022", "cải cách hành chính các bộ, ngành, tỉnh, thành năm 2014"
_ATTACHED_TO_INDEX = re.compile(
    r"^[^\S\n()]*(?:\([^()\n]{1,12}\)[^\S\n]*|[()][^\S\n]*)*(?:cấp[^\S\n]+tỉnh[^\S\n]+)?"
    r"(?:(?:của[^\S\n]+)?các[^\S\n]+(?:bộ|tỉnh)(?:[^\S\n]*,?[^\S\n]*(?:bộ|ngành|cơ[^\S\n]+quan|tỉnh|thành(?:[^\S\n]+phố)?|trực[^\S\n]+thuộc|trung[^\S\n]+ương))*[^\S\n]+)?"
    r"(?:năm[^\S\n]+)?$"
)
_ATTACHED_REACH = 70
_RATED = re.compile(r"(?<!\w)(?:đánh\s+giá|xếp\s+hạng)\s+$")
_SCOPE_WORD = re.compile(r"(?<!\w)(?:trong|ở|tại|của|so\s+với)\s+$")
# "thứ 5 so các tỉnh khu vực ĐBSCL (...) và thứ 29 trong tổng số 63"
_SCOPE_GAP = re.compile(r"^\s*(?:(?:trong|ở|tại|của|toàn|so(?:\s+với)?)\s+)?(?:(?:các|những)\s+)?(?:(?:tỉnh|địa\s+phương)\s+)?$")
# "Về xây dựng cơ chế, chính sách ..., tỉnh giữ vững vị trí thứ 1": a sentence opening on a topic that is no index
_OPENS_ON_TOPIC = re.compile(
    r"\W*về\s+(?!(?:thứ\s+hạng|xếp\s+hạng|kết\s+quả|điểm|vị\s+trí|tổng\s+thể|chỉ\s+số)(?!\w))[^.;:()\n]{3,100}?,")
# "Tiêu chí thành phần về ứng dụng CNTT phục vụ người dân (vị trí thứ 9)": a criterion's rank, in its
# clause; "ở hạng mục Ứng dụng CNTT trong hoạt động của cơ quan, xếp hạng 26/63": a category's, in its sentence
_CRITERION_BEFORE = re.compile(r"(?<!\w)(?:tiêu\s+chí(?!\w)[^,;:.]*|hạng\s+mục(?!\w)[^;:.]*)$")
# "đứng thứ 3 cả nước về thu hút FDI": the rank of a topic the sentence names, not an index
_OWN_TOPIC = re.compile(r"^[^,.;:()]{0,30}?(?<!\w)(?<!thuộc\s)(?:về|trong\s+lĩnh\s+vực)\s+\w")
# "dẫn đầu cả nước ở (các | 3) tiêu chí ...", "thứ 2 về chỉ số thành phần ...": components of the index
_COMPONENT_AFTER = re.compile(
    r"[^,.;:()\n]{0,30}?(?<!\w)(?:ở|về|trong|tại)\s+(?:(?:cả|các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám)\s+)*"
    r"(?:tiêu\s+chí|chỉ\s+số\s+(?:thành\s+phần|con|nội\s+dung)|nội\s+dung|chỉ\s+tiêu\s+thành\s+phần)(?!\w)"
)
_LIST_OF_MAIN_INDICES = re.compile(
    r"[^\S\n]+\d[^\S\n]*/[^\S\n]*\d[^\S\n]*:|"
    r"[^\S\n]+(?:trong|ở|tại)[^\S\n]+(?:(?:cả|các|những)[^\S\n]+)?(?:\d+[^\S\n]*/[^\S\n]*\d+|\d+|hai|ba|bốn|năm|sáu|bảy)?"
    r"[^\S\n]*chỉ[^\S\n]+số[^\S\n]+chính[^.;\n]{0,40}?(?:bao[^\S\n]+gồm|gồm|là)[^\S\n]*:?|"
    # "dẫn đầu các chỉ số thành phần: nhận thức số, ..., an toàn thông tin mạng"
    r"[^\S\n]+(?:(?:ở|về|trong|tại)[^\S\n]+)?(?:cả[^\S\n]+)?(?:các|những|\d+)[^\S\n]+chỉ[^\S\n]+số[^\S\n]+thành[^\S\n]+phần"
    r"[^\S\n]*(?:(?:bao[^\S\n]+)?gồm|là)?[^\S\n]*:"
)
_IN_PARENT = re.compile(r"(?<!\w)trong[^\S\n]+(?:(?:bộ[^\S\n]+)?chỉ[^\S\n]+số[^\S\n]+|bảng[^\S\n]+xếp[^\S\n]+hạng[^\S\n]+)?$")
_FROM = re.compile(r"(?:^|[\s(])từ\s+(?:(?:xếp|đứng)\s+)?$")
# "so với năm 2018 (đạt 65,85 điểm, đứng thứ 7)": a bracket after the comparison year gives that year's
# rank, and so does a rank right after it ("tăng 26 bậc so với năm 2021 xếp thứ 53/63"; after a comma the
# rank is the new one)
_AFTER_COMPARISON = re.compile(r"(?:19|20)\d\d\s*(?:\([^()]{0,100}?(?:xếp\s+|đứng\s+)?|(?:xếp|đứng)(?:\s+ở)?\s+)?$")
# "Năm 2022, ..." opens a sentence; "... cũng xếp thứ 28" in the next one goes on in that year
_FRAME = re.compile(r"(?:(?:trong|vào)\s+)?năm\s+(?P<year>(?:19|20)\d\d)\s*,")
# "Liên quan đến các chỉ số thành phần năm 2024, như: ...": a lead-in that dates the indices listed after it
_DATED_LIST_LEAD = re.compile(
    r"(?<!\w)các[^\S\n]+chỉ[^\S\n]+số(?:[^\S\n]+thành[^\S\n]+phần)?[^\S\n]+năm[^\S\n]+(?P<year>(?:19|20)\d\d)"
    r"[^\S\n]*,?[^\S\n]*(?:(?:như|gồm|bao[^\S\n]+gồm|cụ[^\S\n]+thể)[^\S\n]*)?:")
_GOES_ON = re.compile(r"(?<!\w)(?:cũng|đồng\s+thời)(?!\w)")
_SAME_YEAR = re.compile(r"(?<!\w)(?:trong|vào)\s+năm\s+(?:này|đó)(?!\w)")
_OPENS_AS_DETAIL = re.compile(r"(?:đó\s+là|cụ\s+thể|trong\s+đó|theo\s+đó)(?!\w)")  # "Năm 2022, ... Đó là ..."
_PILLARS = frozenset({"dti_gov", "dti_econ", "dti_soc"})
_ALL_PILLARS = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:và[^\S\n]+)?(?:(?:giữ|ở)[^\S\n]+vị[^\S\n]+trí[^\S\n]+dẫn[^\S\n]+đầu[^\S\n]+)?"
    r"(?:ở|về|trong|tại)[^\S\n]+cả[^\S\n]+(?:3|ba)[^\S\n]+trụ[^\S\n]+cột(?!\w)")
_LEADS_RANKING = re.compile(r"\s+(?:bảng\s+xếp\s+hạng|xếp\s+hạng)(?:\s+(?:chung|dti|chuyển\s+đổi\s+số))?\s+(?:ở|về|trong)\s+cả\s+(?:3|ba)\s+trụ\s+cột")
# "từ năm 2013 tới năm 2019, ... thứ hạng từ 45 đến 23, đến năm 2020, ... đạt hạng 9": the end of a past
# period is the year of the rank reached; a target or a future ("sẽ") is not
# "từ vị trí số 12 của năm ngoái", "Từ vị trí 45 của 3 năm trước", "vị trí thứ 2 của năm nay"
_RELATIVE_YEAR = re.compile(
    r"[^\S\n]*(?:của|trong|vào)[^\S\n]+(?:(?P<ago>\d|một|hai|ba|bốn|năm)[^\S\n]+năm[^\S\n]+trước|năm[^\S\n]+(?P<rel>ngoái|trước|nay))(?!\w)")
# "từng đứng thứ nhất": a rank held once, in no particular edition
_ONCE = re.compile(r"(?<!\w)từng[^\S\n]+(?:(?:đứng|xếp|giữ|là|ở|đạt|có)[^\S\n]+)?$")
# "3 năm liên tiếp (2008-2010) giữ vị trí quán quân", "3 năm liên tiếp, từ 2008-2010, ... độc chiếm
# ngôi vị cao nhất", "dẫn đầu lần thứ 3 liên tiếp (2020-2022)": each year of the span
_STREAK_COUNT = r"(?:\d|hai|ba|bốn|năm|sáu|bảy)"
_SPAN_OF_YEARS = re.compile(
    rf"(?:(?P<n>{_STREAK_COUNT})[^\S\n]+năm|(?:lần|năm)[^\S\n]+thứ[^\S\n]+(?P<nth>{_STREAK_COUNT}))"
    r"[^\S\n]+(?:liên[^\S\n]+tiếp|liền)[^\S\n]*"
    r"(?:\([^\S\n]*(?:từ[^\S\n]+)?|,?[^\S\n]*từ[^\S\n]+)(?:năm[^\S\n]+)?"
    r"(?P<first>(?:19|20)\d\d)[^\S\n]*[-–][^\S\n]*(?P<last>(?:19|20)\d\d)(?:[^\S\n]*\)|(?=[^\S\n]*,))")
# "6 lần đứng đầu bảng xếp hạng ... (2017 đến năm 2020 và 2022 - 2023)": a count of times, then the years
# and ranges of years they were, in a bracket after the rank
_TIMES = re.compile(rf"(?<!\w)(?P<n>{_STREAK_COUNT})[^\S\n]+lần[^\S\n]+(?:(?:đứng|xếp|giữ|được)[^\S\n]+)?$")
_YEAR_OR_RANGE = r"(?:19|20)\d\d(?:[^\S\n]*(?:[-–]|đến|tới)[^\S\n]*(?:năm[^\S\n]+)?(?:19|20)\d\d)?"
_TIMES_YEARS = re.compile(
    rf"[^()\n.;]{{0,80}}?\([^\S\n]*(?:năm[^\S\n]+|các[^\S\n]+năm[^\S\n]+)?(?P<years>{_YEAR_OR_RANGE}"
    rf"(?:[^\S\n]*(?:,|và|;)[^\S\n]*(?:năm[^\S\n]+)?{_YEAR_OR_RANGE})*)[^\S\n]*\)")
_MOVED = re.compile(r"(?<!\w)(?:tụt|rơi|xuống|tăng|giảm)(?!\w)")
_FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự\s+kiến|kế\s+hoạch)(?!\w)")
_YEAR_LIST_GAP = re.compile(r"^\s*(?:và|,)\s*(?:năm\s+)?$")
_MERGER_CUE = re.compile(r"sau\s+(?:khi\s+)?(?:sáp\s+nhập|hợp\s+nhất)|34\s+(?:tỉnh|địa\s+phương|đơn\s+vị)")
_BEFORE_MERGER = re.compile(r"trước\s+(?:khi\s+)?(?:sáp\s+nhập|hợp\s+nhất)|63\s+(?:tỉnh|địa\s+phương)")


@lru_cache(maxsize=1)
def _successors() -> dict[str, str]:
    from ..provinces import provinces

    registry = provinces()
    return dict(zip(registry["province_id"], registry["successor_id"]))


class _Report:
    """One report read sentence by sentence; holds what later sentences inherit."""

    def __init__(self, text: Text, published: dt.date | None):
        self.text = text
        self.low = text.lower
        self.published = published
        self.ranks = rank_mentions(text)
        self.changes = change_mentions(text)
        self.years = year_mentions(text)
        self.indices = index_mentions(text)
        self.provinces = province_mentions(text, province_index())
        self.ranks = sorted(self.ranks + ranks_after_names(text, self.indices, self.ranks)
                            + ranks_after_provinces(text, self.provinces, self.ranks), key=lambda m: m.start)
        self.subjects = subject_mentions(text, self.provinces, self.indices)
        self.sentences = sentences(text)
        self.merger_cue = bool(_MERGER_CUE.search(self.low))
        self.context_index: str | None = None
        self.context_year: dict[str, int] = {}
        self.document_year = self._document_years()
        self.other_in_paragraph = False
        self.recent_codes: list[str] = []
        self.consumed_years: set[int] = set()

    # ------------------------------------------------------------ driver
    def claims(self) -> list[dict]:
        rows: list[dict] = []
        paragraph = None
        for sentence in self.sentences:
            if sentence.paragraph != paragraph:
                paragraph, self.other_in_paragraph = sentence.paragraph, False
            found: list[tuple[Mention, dict, _Year]] = []
            sentence_codes: list[str] = []
            for rank in self._within(self.ranks, sentence):
                for claim, year in self._claims_for(rank, sentence, sentence_codes):
                    found.append((rank, claim, year))
                    if claim["index_code"] not in sentence_codes:
                        sentence_codes.append(claim["index_code"])
            self._attach_changes(sentence, found)
            rows.extend(claim for _, claim, _ in found)
            self._remember(sentence, found, sentence_codes)
        return _merge_repeats(rows)

    # ------------------------------------------------------------ one rank mention
    def _claims_for(self, rank: Mention, sentence: Sentence, sentence_codes: list[str]) -> list[tuple[dict, _Year]]:
        if rank.info["out_of"] is not None and rank.info.get("of_all", rank.info["out_of"]) not in PROVINCE_COUNTS + PARTIAL_COUNTS:
            return []
        if rank.info["cue"] == "lead" and self._group_lead(rank, sentence):
            return []
        if self._after_regional_comparison(rank, sentence) and not self._parenthetical(rank):
            return []
        if (_OPENS_ON_REGION.match(self.low, sentence.start) and rank.info["out_of"] is None
                and not _NATIONAL_AFTER.match(self.low, rank.end) and not self._parenthetical(rank)):
            return []
        if self._regional(rank, sentence) or self._regional(self._move_target(rank, sentence), sentence):
            return []  # "dẫn đầu về chỉ số ICT Index khu vực phía Bắc", "từ thứ 5 lên thứ 4 trong vùng"
        if _TARGET.search(self.low[self._clause_start(rank, sentence): rank.start]):
            return []  # "phấn đấu xếp thứ 20/63": a target, not a result
        numbers = rank.value
        if len(numbers) == 1:
            return self._single(rank, sentence, numbers[0])
        return self._paired(rank, sentence, numbers, sentence_codes)

    def _after_regional_comparison(self, rank: Mention, sentence: Sentence) -> bool:
        """A rank after "so với các tỉnh khu vực ..." ("So với các tỉnh trong vùng, X đứng thứ 2"), unless
        the comparison is the scope of an earlier rank ("thứ 4 so với các tỉnh vùng ĐBSH và thứ 21 trong
        tổng số 63")."""
        return any(not any(r.end <= match.start() and _SCOPE_GAP.match(self.low[r.end: match.start()])
                           for r in self._within(self.ranks, sentence))
                   for match in _REGIONAL.finditer(self.low, sentence.start, rank.start))

    def _regional(self, rank: Mention | None, sentence: Sentence) -> bool:
        if rank is None or rank.info["out_of"] in (63, 64) or _NATIONAL_AFTER.match(self.low, rank.end):
            return False  # "đứng hạng 19 cả nước - cao nhất vùng ĐBSCL": the region is another superlative's
        later = next((r.start for r in self.ranks if rank.end <= r.start < sentence.end), sentence.end)
        return bool(_REGION_AFTER.match(self.low[rank.end: later]) or _REGION_NAME_AFTER.match(self.low[rank.end: later]))

    def _clause_start(self, rank: Mention, sentence: Sentence) -> int:
        cut = max(self.low.rfind(mark, sentence.start, rank.start) for mark in (",", ";", ":"))
        return max(sentence.start, cut + 1)

    def _single(self, rank: Mention, sentence: Sentence, number: int) -> list[tuple[dict, _Year]]:
        codes, explicit, index_mention = self._index(rank, sentence)
        target = self._move_target(rank, sentence)
        if not codes and target is not None:  # "Từ vị trí 63 của năm 2020, chỉ số PAR INDEX của X ... thứ 39"
            codes, explicit, index_mention = self._index(target, sentence)
        if not codes or codes == [OTHER]:
            if codes == [OTHER]:
                self.other_in_paragraph = True
            return []
        if rank.info["cue"] == "lead" and set(codes) == _PILLARS and _LEADS_RANKING.match(self.low, rank.end):
            codes = ["dti", *codes]  # "dẫn đầu bảng xếp hạng ở cả 3 trụ cột": the ranking itself, and each pillar
        after_index = index_mention.end if index_mention is not None and index_mention.start >= rank.end else rank.end
        if family(codes[0]) == "dti" and _ALL_PILLARS.match(self.low, after_index):
            # "dẫn đầu về chuyển đổi số, ở cả ba trụ cột", "giữ vị trí dẫn đầu ở cả 3 trụ cột chính"
            codes = list(dict.fromkeys(["dti", *codes, "dti_gov", "dti_econ", "dti_soc"]))
        subject = self._subject(rank, sentence, explicit)
        if subject is None and target is not None:
            subject = self._subject(target, sentence, explicit)
        if subject is None:
            return []
        out = []
        for year in self._years(rank, sentence, codes[0], index_mention):
            for code in codes:
                out.append((self._row(rank, sentence, subject, code, number, year), year))
        return out

    def _paired(self, rank: Mention, sentence: Sentence, numbers: list[int],
                sentence_codes: list[str]) -> list[tuple[dict, _Year]]:
        """Several ranks: pair them with a list of indices or provinces of the same length."""
        k = len(numbers)
        index_lists = [run for run in self._runs(self._before(self.indices, sentence, rank), _LIST_GAP)
                       if len(_codes(run)) == k and OTHER not in _codes(run)]
        province_lists = [run for run in self._runs(self._before(self.provinces, sentence, rank), _PROVINCE_LIST_GAP)
                          if len({m.value for m in run}) == k]
        these = rank.info["these"]
        named_after = self._provinces_named_after(rank, sentence)
        if len({m.value for m in named_after}) == k:  # "Hai vị trí thứ 4 và thứ 5 là Quảng Ninh và Huế"
            province_lists = [named_after]
            index_lists = []
        recent = sentence_codes or self.recent_codes
        years = self._years(rank, sentence, None, None, these=these)
        if these and len(recent) == k:
            subject = self._last_province_before(rank.start)
            if subject is None:
                return []
            return [(self._row(rank, sentence, subject, code, n, y), y)
                    for y in years for code, n in zip(recent, numbers)]
        index_list = index_lists[-1] if index_lists else None
        province_list = province_lists[-1] if province_lists else None
        if index_list and (not province_list or index_list[-1].end > province_list[-1].end) and not named_after:
            subject = self._subject(rank, sentence, explicit_index=True)
            if subject is None:
                return []
            codes = _codes(index_list)
            years = self._years(rank, sentence, codes[0], index_list[-1], these=these)
            return [(self._row(rank, sentence, subject, code, n, y), y) for y in years for code, n in zip(codes, numbers)]
        if province_list:
            codes, _, index_mention = self._index(rank, sentence)
            if not codes or OTHER in codes:
                return []
            years = self._years(rank, sentence, codes[0], index_mention, these=these)
            subjects = list({m.value: (m.value, m.info["printed"]) for m in province_list}.values())
            return [(self._row(rank, sentence, subj, code, n, y), y)
                    for y in years for subj, n in zip(subjects, numbers) for code in codes]
        first_rank = self._single(rank, sentence, numbers[0])
        years = list(dict.fromkeys(year.value for _, year in first_rank))
        if len(years) == k and None not in years:  # "DTI năm 2021 và 2022 lần lượt đứng thứ 63 và 60/63"
            return [({**claim, "rank": numbers[years.index(year.value)]}, year) for claim, year in first_rank]
        return first_rank  # "xếp vị trí thứ 2 và thứ 3" of unknown pairs

    # ------------------------------------------------------------ index
    def _index(self, rank: Mention, sentence: Sentence) -> tuple[list[str] | None, bool, Mention | None]:
        """Index code(s) of a rank, whether the sentence names them, and the mention used."""
        mentions = self._within(self.indices, sentence)
        later = next((r.start for r in self.ranks if rank.end <= r.start < sentence.end), sentence.end)
        listed = _LIST_OF_MAIN_INDICES.match(self.low, rank.end, later)
        if listed:  # "đứng đầu trong 5/8 chỉ số chính, bao gồm: ..., an toàn thông tin mạng và ..."
            run = next(iter(self._runs([m for m in mentions if m.start >= listed.end()], _LIST_GAP)), [])
            codes = [c for c in _codes(run) if c != OTHER]
            return (codes or [OTHER]), True, (run[-1] if run else None)
        if _COMPONENT_AFTER.match(self.low, rank.end, later):
            # "dẫn đầu cả nước ở tiêu chí Quản trị môi trường": a component's rank, in a paragraph
            # that goes on about the index itself ("Thái Nguyên đứng vị trí thứ 3")
            return None, False, None
        chosen = self._index_after(rank, sentence, mentions)
        if chosen is None:
            chosen = next((m for m in reversed(mentions) if m.end <= rank.start), None)
        if chosen is not None and chosen.info.get("anaphor") and self._antecedent(chosen) == OTHER:
            return [OTHER], True, None  # "Ở chỉ số này" after a table of SIPAS
        if chosen is not None and chosen.info.get("anaphor") and chosen.start >= rank.end and self._antecedent(chosen):
            return [self._antecedent(chosen)], True, None  # "xếp thứ hai ... về chỉ số này"
        if chosen is None or chosen.info.get("anaphor"):
            if self.other_in_paragraph:
                return [OTHER], False, None
            if (self._own_topic(rank, sentence) or _OPENS_ON_TOPIC.match(self.low, sentence.start, rank.start)
                    or _CRITERION_BEFORE.search(self.low, sentence.start, rank.start)):
                return None, False, None
            code = self.context_index or self._index_named_later(rank, sentence)
            return ([code] if code else None), False, None
        if chosen.info["weak"] and self.context_index in WEAK_READINGS.get(chosen.value, ()):
            return [self.context_index], True, None
        run = next(r for r in self._runs(mentions, _LIST_GAP) if chosen in r)
        component = self._component_named_in(run[0], sentence)
        if component is not None and chosen.end <= rank.start:
            return [component.value], True, component
        span = self.low[min(rank.start, run[0].start): max(rank.end, run[-1].end)]
        distributive = (_DISTRIBUTIVE.search(span) or _BOTH.search(self.low[max(sentence.start, run[0].start - 6): run[0].start])
                        or _RANK_IN_BRACKET_AFTER.fullmatch(self.low, run[-1].end, rank.start))
        codes = _codes(run) if len(run) > 1 and distributive else [chosen.value]
        vocabulary = [c for c in codes if c != OTHER]
        tail = chosen  # "Chỉ số sẵn sàng ... (ICT Index) 2022": the year follows the last name of the index
        for mention in run[run.index(chosen) + 1:]:
            if mention.value != chosen.value:
                break
            tail = mention
        return (vocabulary or [OTHER]), True, run[-1] if len(codes) > 1 else tail

    def _component_named_in(self, parent: Mention, sentence: Sentence) -> Mention | None:
        """A component named just before its parent index with "trong" ("chỉ số hiện đại hóa nền
        hành chính trong cải cách hành chính (CCHC) xếp thứ 1", "kinh tế số trong chỉ số chuyển
        đổi số"): the rank that follows is the component's."""
        if not _IN_PARENT.search(self.low, max(sentence.start, parent.start - 25), parent.start):
            return None
        earlier = [m for m in self._within(self.indices, sentence) if m.end <= parent.start and m.value is not None
                   and not re.search(r"\([^()]*$", self.low[sentence.start: m.start])]  # not an aside in brackets
        if not earlier or family(earlier[-1].value) != parent.value or earlier[-1].value == parent.value:
            return None
        component = earlier[-1]
        between = self.low[component.end: parent.start]
        no_rank_between = not any(component.end <= r.start < parent.start for r in self.ranks)
        return component if no_rank_between and ";" not in between and len(between) <= 120 else None

    def _antecedent(self, anaphor: Mention) -> str | None:
        """The index "chỉ số này" refers to: the last one named before it, in or out of the vocabulary."""
        named = [m for m in self.indices if m.end <= anaphor.start and m.value is not None and not m.info["weak"]]
        return named[-1].value if named else None

    def _own_topic(self, rank: Mention, sentence: Sentence) -> bool:
        """A rank "về" a topic the sentence names in other words than an index's ("đứng thứ 3 cả
        nước về thu hút FDI"); an index named later in the clause keeps it a claim ("dẫn đầu về
        mức độ chuyển đổi với giá trị DTI đạt 0,82")."""
        if not _OWN_TOPIC.match(self.low[rank.end: sentence.end]):
            return False
        ends = [self.low.find(mark, rank.end, sentence.end) for mark in ",;:("]
        clause_end = min([end for end in ends if end >= 0], default=sentence.end)
        return not any(rank.end <= m.start < clause_end for m in self.indices if m.value not in (None, OTHER))

    def _index_named_later(self, rank: Mention, sentence: Sentence) -> str | None:
        """The index of a rank given before the report names any ("Bình Dương đứng thứ 2 cả nước.
        ... Lễ công bố Chỉ số PAPI năm 2022"): the next one its paragraph or the paragraph after names,
        else the only one the report names; none for a rank about a topic of its own ("thứ 3 về thu hút FDI")."""
        if self._own_topic(rank, sentence):
            return None
        if (not any(m.end <= rank.start for m in self._within(self.provinces + self.subjects, sentence))
                and self._named_after_comma(rank, sentence) is None):
            return None  # "Thu ngân sách đứng thứ 10 cả nước": no province is said to hold the rank
        named = [m for m in self.indices if m.value is not None and not m.info["weak"]]
        paragraph_end = self.text.nfc.find("\n", rank.end)
        paragraph_end = len(self.text.nfc) if paragraph_end < 0 else paragraph_end
        next_end = self.text.nfc.find("\n", paragraph_end + 1)
        next_end = len(self.text.nfc) if next_end < 0 else next_end
        for mention in named:  # in the paragraph, else in the next (a lead before the report proper)
            if rank.end <= mention.start < next_end:
                return None if mention.value == OTHER else mention.value
        families = {family(m.value) for m in named if m.value != OTHER}
        codes = {m.value for m in named if m.value != OTHER}
        return codes.pop() if len(families) == 1 and len(codes) == 1 else None

    def _index_after(self, rank: Mention, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """The index named right after the rank, or after the last of the parallel ranks it starts
        ("Hải Phòng (thứ 3) và Bà Rịa - Vũng Tàu (thứ 4) trong bảng xếp hạng PCI")."""
        current = rank
        while True:
            following = next((m for m in mentions if m.start >= current.end), None)
            if following and self._links(current.end, following.start) and not self._ranked_in_bracket(current, following):
                return following
            later = next((r for r in self.ranks if current.end <= r.start < sentence.end), None)
            if later is None or (following and following.start < later.start) or not self._parallel(current, later):
                return None
            current = later

    def _ranked_in_bracket(self, rank: Mention, index: Mention) -> bool:
        """An index that opens a bracket of its own ranks after the rank ("xếp thứ 25 (chính quyền số
        xếp thứ 24, ...)"): the bracket details the rank, it does not name its index."""
        if "(" not in self.low[rank.end: index.start]:
            return False
        close = self.low.find(")", index.end)
        close = len(self.low) if close < 0 else close
        return any(index.end <= r.start < close for r in self.ranks)

    def _parallel(self, rank: Mention, later: Mention) -> bool:
        """Two ranks of one coordination, with at most a province between them."""
        between = self.low[rank.end: later.start]
        for province in self.provinces:
            if rank.end <= province.start and province.end <= later.start:
                between = between.replace(self.low[province.start: province.end], " ")
        return bool(_PARALLEL_GAP.match(between))

    def _links(self, start: int, end: int) -> bool:
        # a region named as another rank's scope does not break the link ("thứ 12 toàn quốc và thứ 2
        # trong vùng Đông Nam Bộ về PCI")
        between = _REGION_NAMED.sub(" ", self.text.nfc[start:end]).lower()
        between = re.sub(r"tỉnh\s*,\s*thành", "tỉnh thành", between)
        between = re.sub(r"(?:năm\s+)?(?:19|20)\d\d", " ", between)  # "đứng thứ 30 năm 2022 về chỉ số PCI"
        between = re.sub(r"\d+\s+năm\s+(?:liên\s+tiếp|liền)", " ", between)  # "đứng nhất 12 năm liên tiếp về ICT Index"
        if "," in between or ";" in between or "." in between.replace("tp.", ""):
            return False
        words = re.findall(r"[^\s/:“”\"'()]+", between)
        return len(words) <= _LINK_MAX_WORDS and all(w in _LINK_WORDS for w in words)

    # ------------------------------------------------------------ subject
    def _named_after(self, rank: Mention, sentence: Sentence) -> Mention | None:
        """The province or blocker named by "là"/"thuộc về" after the rank ("Ở vị trí thứ 2 là
        TP.HCM", "Á quân PCI năm nay thuộc về Long An")."""
        after = _AFTER_IS.match(self.low[rank.end: sentence.end])
        if not after:
            return None
        position = rank.end + after.end()
        if BLOCKER_CASED.match(self.text.nfc, position):  # "đứng đầu là Sở Thông tin và Truyền thông"
            return Mention("blocker", position, position)
        return next((m for m in self.provinces + self.subjects
                     if position <= m.start <= position + 12 and m.kind != "anaphor"), None)

    def _provinces_named_after(self, rank: Mention, sentence: Sentence) -> list[Mention]:
        """The list of provinces named by "là"/"thuộc về" after a list of ranks."""
        named = self._named_after(rank, sentence)
        if named is None or named.kind != "province":
            return []
        run = next(r for r in self._runs(self._within(self.provinces, sentence), _PROVINCE_LIST_GAP) if named in r)
        return run[run.index(named):]

    def _subject(self, rank: Mention, sentence: Sentence, explicit_index: bool) -> tuple[str, str] | None:
        owner = _OF_PROVINCE.match(self.low, rank.end, sentence.end)
        owned = owner and next((m for m in self.provinces if m.start == owner.end()), None)
        if owned:  # "bỏ xa vị trí thứ hai của Hà Nội": the rank of the province after "của"
            return owned.value, owned.info["printed"]
        named = self._named_after(rank, sentence)
        if named is not None:
            if named.kind != "province" or self._list_after(named, sentence):
                return None  # "hai thành phố xếp hạng hai là Hà Nội và TP.HCM": one rank, several provinces
            return named.value, named.info["printed"]
        if rank.info["cue"] in ("lead", "runner_up"):  # "á quân Đồng Tháp đạt 72,10 điểm"
            titled = next((m for m in self.provinces if 0 <= m.start - rank.end <= 1), None)
            if titled is not None:
                return titled.value, titled.info["printed"]
        candidates = [m for m in self.provinces + self.subjects if sentence.start <= m.start and m.end <= rank.start
                      and not self._scope_of_rank(m) and not self._example(m, rank, sentence) and not self._agency_of(m)
                      and not _COMPARED_WITH.search(self.low, max(0, m.start - 25), m.start)
                      and not self._aside(m, rank, sentence)]
        if not candidates:
            leading = self._named_after_comma(rank, sentence)
            if leading is not None:
                return leading.value, leading.info["printed"]
        if candidates:
            nearest = max(candidates, key=lambda m: m.end)
            if nearest.kind == "province":
                return nearest.value, nearest.info["printed"]
            if nearest.kind == "anaphor":
                if any(m.kind == "blocker" and re.fullmatch(r"\s*là\s+", self.low[m.end: nearest.start])
                       for m in self.subjects):
                    return None  # "phường Hòa Bình là địa phương đứng đầu": the ward, not the province
                return self._last_province_before(nearest.start)
            return None  # a ministry, region or district
        if explicit_index:
            return self._last_province_before(sentence.start) or self._paragraph_topic(rank, sentence)
        return self._paragraph_topic(rank, sentence)

    def _aside(self, mention: Mention, rank: Mention, sentence: Sentence) -> bool:
        """A mention inside brackets that close before the rank: "(tỉnh đạt điểm cao nhất là Đồng Tháp
        với 46,72 điểm); ..., hạng 38/63" is not about Đồng Tháp, "(năm 2022 là 42,86 điểm), xếp thứ
        4/63" not about 2022."""
        opened = self.low.rfind("(", sentence.start, mention.start)
        return opened >= 0 and ")" not in self.low[opened: mention.start] and ")" in self.low[mention.end: rank.start]

    def _agency_of(self, province: Mention) -> bool:
        """A province named as the owner of an agency or portal ("Sở TT&TT tỉnh Nam Định"), or in the name of a
        city inside it ("Thành phố Yên Bái")."""
        return province.kind == "province" and any(
            b.kind == "blocker" and b.start <= province.start and province.end <= b.end for b in self.subjects)

    def _list_after(self, province: Mention, sentence: Sentence) -> bool:
        """Whether another province follows ``province`` as part of a list (not as the subject of a
        clause of its own: "xếp thứ hai là Bà Rịa - Vũng Tàu, TP Hà Nội xếp thứ ba")."""
        run = next(r for r in self._runs(self._within(self.provinces, sentence), _PROVINCE_LIST_GAP) if province in r)
        following = run[run.index(province) + 1:]
        return bool(following) and not _OWN_CLAUSE.match(self.low, following[0].end)

    def _named_after_comma(self, rank: Mention, sentence: Sentence) -> Mention | None:
        """The province right after a rank that opens its sentence (with the index it names) and a
        comma ("Ở vị trí thứ 4, Long An ...", "Với thứ hạng 9, Hải Phòng ...")."""
        position = rank.end
        named = self._index_after(rank, sentence, self._within(self.indices, sentence))
        if named is not None:  # "sau 4 năm chiếm ngôi đầu PCI, Đà Nẵng ..."
            tied = self._attached_year(named)
            position = tied.end if tied is not None else named.end
        after = _COMMA_THEN_NAME.match(self.low, position, sentence.end)
        if not after:
            return None
        return next((m for m in self.provinces if m.start == after.end()), None)

    def _example(self, mention: Mention, rank: Mention, sentence: Sentence) -> bool:
        """A province in a list of examples or of provinces overtaken, followed by a clause of
        purpose whose subject is the sentence's ("Hải Phòng vượt qua những địa phương như Quảng
        Ninh, Đồng Tháp... để vươn lên vị trí số 1"); an example's own rank ("như Hà Nội (thứ
        43)") stays its own."""
        if mention.kind != "province":
            return False
        run = next(r for r in self._runs(self._within(self.provinces, sentence), _EXAMPLE_LIST_GAP) if mention in r)
        return bool(_EXAMPLES.search(self.low[max(sentence.start, run[0].start - 30): run[0].start])
                    and _PURPOSE.search(self.low[run[-1].end: rank.start]))

    def _scope_of_rank(self, mention: Mention) -> bool:
        """A region named right after a rank is that rank's scope ("thứ nhất khu vực Bắc Trung
        Bộ và thứ 30 cả nước"), not the subject of the next one."""
        return mention.kind == "blocker" and any(
            r.end <= mention.start and _SCOPE_GAP.match(self.low[r.end: mention.start]) for r in self.ranks)

    def _paragraph_topic(self, rank: Mention, sentence: Sentence) -> tuple[str, str] | None:
        """The province a paragraph is about, for a rank whose sentence names no subject and no
        index ("Đây là sự vươn lên so với vị trí số 58 năm 2017"), if the sentence names no
        ministry, region or district: the only province the paragraph has named so far; in a
        paragraph that names none, the one its "tỉnh" stands for ("Chỉ số của tỉnh giảm nhẹ.
        Nhưng thứ hạng tăng 2 bậc, ..."), else the only province the report has named (in its
        title or first lines), or, before any, the only one it names at all ("Xếp thứ 26/63 ... chuyển
        đổi số" opening a report on Hà Giang)."""
        if any(m.kind == "blocker" and not self._scope_of_rank(m) and not self._scope_after(m, rank)
               for m in self._within(self.subjects, sentence)):
            return None
        start = min(s.start for s in self.sentences if s.paragraph == sentence.paragraph)
        named = [m for m in self.provinces if start <= m.start < rank.start]
        if not named:
            anaphor = next((m for m in self.subjects if start <= m.start < rank.start and m.kind == "anaphor"), None)
            if anaphor is not None:
                return self._last_province_before(anaphor.start)
            named = [m for m in self.provinces if m.start < rank.start] or self.provinces
        distinct = {m.value for m in named}
        return (named[-1].value, named[-1].info["printed"]) if len(distinct) == 1 else None

    def _scope_after(self, mention: Mention, rank: Mention) -> bool:
        """A region named after the rank as the scope of something else ("thăng 7 bậc (từ 53 lên 46),
        và thăng 1 bậc trong vùng ..."), not the subject of the rank."""
        return mention.start >= rank.end and bool(_SCOPE_WORD.search(self.low, max(0, mention.start - 12), mention.start))

    def _last_province_before(self, position: int) -> tuple[str, str] | None:
        """The province "tỉnh" stands for at ``position``: the nearest one named earlier in
        the sentence, else the first one named in the last sentence that names one (its
        topic: "Khánh Hòa xếp thứ 2 sau Đà Nẵng" is about Khánh Hòa) outside a list
        ("5 tỉnh dẫn đầu lần lượt là Đà Nẵng, Thừa Thiên-Huế, ..." has no topic)."""
        sentence = next(s for s in self.sentences if s.start <= position <= s.end)
        same = [m for m in self._within(self.provinces, sentence) if m.end <= position and not self._agency_of(m)]
        if same:
            return same[-1].value, same[-1].info["printed"]
        for earlier in reversed([s for s in self.sentences if s.end <= sentence.start]):
            named = [m for m in self._within(self.provinces, earlier) if not self._agency_of(m)]
            lists = [run for run in self._runs(named, _PROVINCE_LIST_GAP) if len(run) > 1]
            if named and not any(named[0] in run for run in lists):  # a list of provinces is no topic
                return named[0].value, named[0].info["printed"]
        return None

    def _parenthetical(self, rank: Mention) -> bool:
        """A rank in brackets right after a province: "Sơn La (xếp hạng 46)", "Hải Phòng (xếp thứ 2)"."""
        return any(_RANK_IN_BRACKET_AFTER.fullmatch(self.low, m.end, rank.start) for m in self.provinces if m.end <= rank.start)

    def _group_lead(self, rank: Mention, sentence: Sentence) -> bool:
        """ "dẫn đầu" said of a group ("tốp 5 địa phương dẫn đầu"), not of one province; "Đối với các
        tỉnh, vị trí dẫn đầu thuộc về Hải Phòng" names its one province after a group in a clause before."""
        start = max(sentence.start, rank.start - 60)
        markers = list(_GROUP_MARKER.finditer(self.low, start, rank.start))
        if not markers:
            return False
        marker_end = markers[-1].end()
        if re.search(r"(?<!\w)thì(?!\w)", self.low[marker_end: rank.start]):
            return False  # "các tỉnh, thành phố thì đứng đầu vẫn là ...": a topic, then one province
        named = self._named_after(rank, sentence)
        if ("," in self.low[marker_end: rank.start] and named is not None and named.kind == "province"
                and not self._list_after(named, sentence)):
            return False
        return not any(marker_end <= m.start < rank.start for m in self.provinces)

    # ------------------------------------------------------------ year
    def _years(self, rank: Mention, sentence: Sentence, code: str | None, index_mention: Mention | None,
               these: bool = False) -> list[_Year]:
        spanned = self._spanned_years(rank, sentence)
        if spanned:
            return spanned
        relative = _RELATIVE_YEAR.match(self.low, rank.end, sentence.end)
        if relative:
            return [self._relative_year(rank, sentence, code, index_mention, relative)]
        stated = self._stated_years(rank, sentence, code, index_mention, these)
        if stated[0].source != "sentence" and _ONCE.search(self.low, max(sentence.start, rank.start - 20), rank.start):
            return [_NO_YEAR]  # "từng đứng thứ nhất": the report's edition is not the one meant
        return stated

    def _spanned_years(self, rank: Mention, sentence: Sentence) -> list[_Year]:
        """Each year of a span of consecutive years, in the clause of the rank or the one before it; or
        each year a count of times lists in a bracket after the rank."""
        times = _TIMES.search(self.low, max(sentence.start, rank.start - 20), rank.start)
        listed = times and _TIMES_YEARS.match(self.low, rank.end, sentence.end)
        if listed:
            years = [year for first, last in ((int(y[:4]), int(y[-4:])) for y in
                                              re.findall(_YEAR_OR_RANGE, listed.group("years")))
                     for year in range(first, last + 1)]
            if len(years) == number_value(times.group("n")):
                return [_Year(year, "stated", "sentence", False, True) for year in years]
        for match in _SPAN_OF_YEARS.finditer(self.low, sentence.start, sentence.end):
            if match.end() <= rank.start and (self.low.count(",", match.end(), rank.start) > 1
                                              or any(match.end() <= r.start < rank.start for r in self.ranks)
                                              or any(self._spans_after(r, match) for r in self._within(self.ranks, sentence) if r is not rank)
                                              or _MOVED.search(self.low, match.end(), rank.start)):
                continue  # "số 1 trong ba năm liên tiếp (2008 - 2010) đã tụt xuống thứ 12": the span is the 1's
            first, last = int(match.group("first")), int(match.group("last"))
            count = number_value(match.group("n") or match.group("nth"))
            if (match.end() <= rank.start or self._spans_after(rank, match)) and last - first + 1 == count:
                return [_Year(year, "stated", "sentence", False, True) for year in range(first, last + 1)]
        return []

    def _spans_after(self, rank: Mention, span: re.Match) -> bool:
        return 0 <= span.start() - rank.end <= 30 and not re.search(r"[,;:]", self.low[rank.end: span.start()])

    def _relative_year(self, rank: Mention, sentence: Sentence, code: str | None, index_mention: Mention | None,
                       relative: re.Match) -> _Year:
        """A year counted from the report's edition: "năm nay" is that edition (the newest the report
        names for the index), "năm ngoái"/"N năm trước" so many years before the year of the rank
        moved to, or of the sentence."""
        if relative.group("rel") == "nay":
            key = family(code) if code else None
            current = self.context_year.get(key) or self.document_year.get(key)
            return _Year(current, "stated", "context", False) if current else self._fallback_year(code)
        back = 1 if relative.group("rel") else number_value(relative.group("ago"))
        target = self._move_target(rank, sentence)
        base = self._stated_years(target, sentence, code, index_mention)[0] if target else _NO_YEAR
        if base.value is None:
            base = self._stated_years(rank, sentence, code, index_mention)[0]
        if base.value is None or base.basis != "stated":
            return _NO_YEAR
        return _Year(base.value - back, "stated", "derived", False)

    def _stated_years(self, rank: Mention, sentence: Sentence, code: str | None, index_mention: Mention | None,
                      these: bool = False) -> list[_Year]:
        years = self._within(self.years, sentence)
        low = self.low
        # "thứ 25 (năm 2020)" dates the rank; "thứ 27/63 (năm 2019, Lào Cai xếp thứ 13/63)" opens an aside
        listed = _YEARS_IN_BRACKET.match(low, rank.end, sentence.end)
        if listed:  # "xếp thứ 1/63 (3 năm liên tiếp 2020, 2021, 2022)": the rank of each year
            dated = [y for y in years if listed.start("years") <= y.start < listed.end() and y.info["role"] == "edition"]
            self.consumed_years.update(y.start for y in dated)
            if dated:
                return [_Year(y.value, "stated", "sentence") for y in dated]
        attached = next((y for y in years if y.start >= rank.end and _ATTACHED_TO_RANK.match(low[rank.end: y.start])
                         and (y.info["role"] == "edition" or self._reached_in(rank, y, sentence)
                              or (y.info["role"] == "value" and re.match(_SCORE_GAP, low[rank.end: y.start])))
                         and ("(" not in low[rank.end: y.start] or re.match(r"\s*\)", low[y.end:]))), None)
        if attached:
            self.consumed_years.add(attached.start)
            return [_Year(attached.value, "stated", "sentence")]
        start_of_move = next((r for r in self.ranks if sentence.start <= r.start and r.end <= rank.start
                              and self._move_target(r, sentence) is rank), None)
        if start_of_move is not None:  # "từ thứ 37 (năm 2020) lên thứ 11": that year is the start's
            years = [y for y in years if not (start_of_move.end <= y.start < rank.start and y.start in self.consumed_years)]
        target = self._move_target(rank, sentence)
        between = [y for y in years if target is not None and rank.end <= y.start < target.start
                   and y.info["role"] == "edition"]
        if between:  # "từ vị trí thứ 8 (với 65,53 điểm) năm 2018 lên vị trí thứ 3"
            self.consumed_years.add(between[0].start)
            return [_Year(between[0].value, "stated", "sentence")]
        before = [y for y in years if y.end <= rank.start and y.info["role"] not in ("date", "document", "published")
                  and not self._aside(y, rank, sentence)]
        if these:
            return [_Year(before[-1].value, "stated", "sentence", False)] if before else [self._fallback_year(code)]
        comparison_close = _AFTER_COMPARISON.search(low[max(sentence.start, rank.start - 130): rank.start])
        if (before and before[-1].info["role"] == "comparison" and comparison_close
                and not any(before[-1].end <= r.start < rank.start for r in self.ranks)):
            return [_Year(before[-1].value, "stated", "sentence", False)]
        if self._is_from(rank, sentence):
            comparisons = [y for y in before if y.info["role"] == "comparison"]
            if comparisons:
                return [_Year(comparisons[-1].value, "stated", "sentence", False)]
            target = self._move_target(rank, sentence)
            if target:
                later = self._years(target, sentence, code, index_mention)
                if later and later[0].value:
                    return [_Year(later[0].value - 1, "stated", "derived", False)]
        if index_mention is not None:
            tied = self._attached_year(index_mention)
            # "DTI năm 2022, ... thứ 10; năm 2021 đứng thứ 13": a later year, nearer the rank, wins
            nearer = tied is not None and any(y.start > tied.end and y.info["role"] == "edition" for y in before)
            if tied is not None and tied.info["role"] == "edition" and not nearer:
                return [_Year(tied.value, "stated", "sentence")]
        editions = [y for y in before if y.info["role"] == "edition" and y.start not in self.consumed_years]
        if editions:
            chosen = [editions[-1]]
            while len(editions) > len(chosen) and _YEAR_LIST_GAP.match(low[editions[-len(chosen) - 1].end: chosen[0].start]):
                chosen.insert(0, editions[-len(chosen) - 1])
            return [_Year(y.value, "stated", "sentence") for y in chosen]
        framed = self._frame_year(sentence) or self._list_lead_year(rank, sentence)
        if framed is not None:
            return [framed]
        reached = self._period_end(rank, sentence, before)
        if reached is not None:
            return [reached]
        if any(y.info["role"] == "span" for y in before):
            # "giai đoạn 2016-2020, từ thứ 9 (năm 2016) xuống 29": some year of the span, not the report's
            return [self._fallback_year(code, from_report=False)]
        if _SAME_YEAR.search(self.low, sentence.start, rank.start):  # "Cũng trong năm này, Thừa Thiên Huế xếp thứ 10": the last edition year named
            named = [y for y in self.years if y.end <= sentence.start and y.info["role"] == "edition"]
            if named:
                return [_Year(named[-1].value, "stated", "context", False)]
        return [self._fallback_year(code)]

    def _reached_in(self, rank: Mention, year: Mention, sentence: Sentence) -> bool:
        """ "lên 34 vào năm 2022": "vào năm" right after a rank dates it, unless the clause is a target
        or a future, or the year is after the report's."""
        if year.info["role"] != "target" or not re.match(r"\s*vào\s", self.low[rank.end: year.start]):
            return False
        clause = self.low[self._clause_start(rank, sentence): year.start]
        if _TARGET.search(clause) or _FUTURE.search(clause):
            return False
        return self.published is None or year.value < self.published.year

    def _period_end(self, rank: Mention, sentence: Sentence, before: list[Mention]) -> _Year | None:
        """The year a past period reached, after the period itself in the sentence ("từ năm 2013 tới
        năm 2019 ... đứng từ 45 đến 23, đến năm 2020 ... đạt hạng 9/63"): the last "đến năm" year
        before the rank that follows an earlier year of the sentence; none for a target, a future or
        a year after the report's publication."""
        targets = [y for y in before if y.info["role"] == "target"]
        if not targets:
            return None
        reached = targets[-1]
        if not any(y.end <= reached.start and y.value < reached.value and y.info["role"] in ("span", "target")
                   for y in before):
            return None
        if _TARGET.search(self.low, reached.end, rank.start) or _FUTURE.search(self.low, reached.end, rank.start):
            return None
        if self.published is not None and reached.value >= self.published.year:
            return None
        return _Year(reached.value, "stated", "sentence")

    def _frame_year(self, sentence: Sentence) -> _Year | None:
        """The year that opens the previous sentence, for a sentence that goes on with "cũng" or
        "đồng thời" ("Năm 2022, Hà Tĩnh xếp thứ 37 về DTI. Hà Tĩnh cũng xếp thứ 28 về PAR Index")
        or details it ("Năm 2022, nhiều chỉ số dẫn đầu. Đó là DTI xếp thứ 9, ..."); a detail takes the
        one edition year the previous sentence names, wherever it stands."""
        if not (_GOES_ON.search(self.low, sentence.start, sentence.end) or _OPENS_AS_DETAIL.match(self.low, sentence.start)):
            return None
        previous = [s for s in self.sentences if s.end <= sentence.start]
        if not previous:
            return None
        opening = _FRAME.match(self.low, previous[-1].start, previous[-1].end)
        year = next((y for y in self.years if opening and y.start == opening.start("year")), None)
        if year is None and _OPENS_AS_DETAIL.match(self.low, sentence.start):
            # "Điều đáng nói là trong năm 2019, X còn ở nhóm cuối. Cụ thể, X xếp vị trí 56": the one year it details
            editions = [y for y in self._within(self.years, previous[-1]) if y.info["role"] == "edition"]
            year = editions[0] if len({y.value for y in editions}) == 1 else None
        return _Year(year.value, "stated", "context", False) if year and year.info["role"] == "edition" else None

    def _list_lead_year(self, rank: Mention, sentence: Sentence) -> _Year | None:
        """The year of a lead-in earlier in the paragraph that lists indices ("các chỉ số thành phần năm
        2024, như: ..."), for each rank of the list that follows it."""
        opening = min(s.start for s in self.sentences if s.paragraph == sentence.paragraph)
        leads = list(_DATED_LIST_LEAD.finditer(self.low, opening, rank.start))
        return _Year(int(leads[-1].group("year")), "stated", "context", False) if leads else None

    def _move_target(self, rank: Mention, sentence: Sentence) -> Mention | None:
        """For the starting rank of a move, the rank moved to (the next one in the sentence)."""
        if not self._is_from(rank, sentence):
            return None
        return next((r for r in self.ranks if rank.end <= r.start < sentence.end), None)

    def _is_from(self, rank: Mention, sentence: Sentence) -> bool:
        """The starting rank of a move: "từ vị trí 47 lên vị trí 13"."""
        return bool(_FROM.search(self.low[max(sentence.start, rank.start - 8): rank.start])) or self.low.startswith("từ", rank.start)

    def _fallback_year(self, code: str | None, from_report: bool = True) -> _Year:
        key = family(code) if code else None
        if from_report and key in self.context_year:
            return _Year(self.context_year[key], "stated", "context", False)
        if from_report and key in self.document_year:
            return _Year(self.document_year[key], "stated", "document", False)
        if self.published and code:
            edition = latest_edition(code, self.published)
            if edition is not None:
                return _Year(edition, "inferred", "published", False)
        return _NO_YEAR

    def _attached_year(self, index_mention: Mention) -> Mention | None:
        return next((y for y in self.years if 0 <= y.start - index_mention.end <= _ATTACHED_REACH
                     and _ATTACHED_TO_INDEX.match(self.low[index_mention.end: y.start])), None)

    def _edition_of(self, index_mention: Mention) -> int | None:
        """The edition an index name is dated with: the year right after it ("DTI năm 2022"), or the
        one edition year of a sentence that announces the index without ranking anyone ("Bộ TT&TT
        công bố Chỉ số DTI của các bộ, ..., các tỉnh năm 2021."). A weak name is dated only as the
        thing rated ("Báo cáo đánh giá mức độ ứng dụng CNTT ... năm 2013")."""
        if index_mention.value in (None, OTHER):
            return None
        if index_mention.info["weak"] and not _RATED.search(self.low, max(0, index_mention.start - 16), index_mention.start):
            return None
        tied = self._attached_year(index_mention)
        if tied is not None:
            return tied.value if tied.info["role"] == "edition" else None
        sentence = next(s for s in self.sentences if s.start <= index_mention.start < s.end)
        if self._within(self.ranks, sentence):
            return None
        editions = [y for y in self._within(self.years, sentence) if y.info["role"] == "edition"]
        return editions[0].value if len(editions) == 1 else None

    def _document_years(self) -> dict[str, int]:
        first: dict[str, int] = {}
        for mention in self.indices:
            year = self._edition_of(mention)
            if year is not None:
                first.setdefault(family(mention.value), year)
        return first

    # ------------------------------------------------------------ changes
    def _attach_changes(self, sentence: Sentence, found: list[tuple[Mention, dict, _Year]]) -> None:
        ranks = sorted({id(r): r for r, _, _ in found}.values(), key=lambda r: r.start)
        for change in self._within(self.changes, sentence):
            before = [r for r in ranks if r.end <= change.start and ";" not in self.low[r.end: change.start]
                      and not self._is_from(r, sentence)]
            after = [r for r in ranks if r.start >= change.end and ";" not in self.low[change.end: r.start]]
            target = before[-1] if before else (after[0] if after else None)
            if target is None:
                continue
            for rank, claim, year in found:
                if rank is target and claim["rank_change"] is None:
                    claim["rank_change"] = change.value
                    claim["change_vs_year"] = self._change_year(change, sentence, claim["year"])

    def _change_year(self, change: Mention, sentence: Sentence, claim_year: int | None) -> int | None:
        if change.info["vs_year"]:
            return change.info["vs_year"]
        if change.info["vs_previous"] and claim_year:
            return claim_year - 1
        earlier = [y for y in self._within(self.years, sentence)
                   if y.end <= change.start and y.info["role"] == "comparison"
                   and not any(y.end <= r.start < change.start for r in self.ranks)]
        return earlier[-1].value if earlier else None

    # ------------------------------------------------------------ memory
    def _remember(self, sentence: Sentence, found: list[tuple[Mention, dict, _Year]], codes: list[str]) -> None:
        named = [m for m in self._within(self.indices, sentence) if m.value is not None and not m.info["weak"]]
        if named and not self._within(self.ranks, sentence):
            # a sentence that only talks about an index sets the paragraph's topic ("Chỉ số SIPAS
            # giảm 8 điểm. Thứ hạng giảm 11 bậc, ..."): ranks after it are that index's; one that
            # announces an index of the vocabulary with SIPAS is about the former
            self.other_in_paragraph = all(m.value == OTHER for m in named)
        events: list[tuple[int, str, int | None]] = []
        for mention in self._within(self.indices, sentence):
            if mention.value in (None, OTHER) or mention.info["weak"]:
                continue
            events.append((mention.start, mention.value, self._edition_of(mention)))
        for rank, claim, year in found:
            events.append((rank.start, claim["index_code"], year.value if year.updates_context else None))
        for _, code, year in sorted(events, key=lambda e: e[0]):
            self.context_index = family(code)  # "Ở vị trí thứ 2 là ..." after pillar ranks means the index itself
            current = self.context_year.get(family(code))
            # A report is about its newest edition: an older year ("năm 2014 cũng đứng thứ 16",
            # "từ vị trí thứ 10 trong bảng xếp hạng PCI năm 2022") is an aside, not the new context.
            if year is not None and (current is None or year > current):
                self.context_year[family(code)] = year
        if codes:
            self.recent_codes = codes

    # ------------------------------------------------------------ helpers
    def _row(self, rank: Mention, sentence: Sentence, subject: tuple[str, str], code: str, number: int,
             year: _Year) -> dict:
        pid, printed = subject
        if not year.in_span and self._post_merger(rank, sentence, code, year.value):
            pid = _successors().get(pid, pid) if pid.startswith("pre2025") else pid
        return {
            "province_id": pid, "province_as_printed": printed, "index_code": code,
            "year": year.value, "year_basis": year.basis, "year_source": year.source,
            "rank": number, "out_of": rank.info["out_of"], "rank_change": None, "change_vs_year": None,
            "start": self.text.original_offset(rank.start), "end": self.text.original_offset(rank.end),
            "sentence": self.text.nfc[sentence.start: sentence.end],
        }

    def _post_merger(self, rank: Mention, sentence: Sentence, code: str, year: int | None) -> bool:
        out_of = rank.info["out_of"]
        if out_of is not None:
            return out_of == 34
        if family(code) != "dti" or year is None or year < 2024:
            return False
        said = self.low[sentence.start: sentence.end]
        if _BEFORE_MERGER.search(said):
            return False
        if _MERGER_CUE.search(said):
            return True
        return self.merger_cue or bool(self.published and self.published >= MERGER_DATE)

    @staticmethod
    def _within(mentions: list[Mention], sentence: Sentence) -> list[Mention]:
        return [m for m in mentions if sentence.start <= m.start < sentence.end]

    def _before(self, mentions: list[Mention], sentence: Sentence, rank: Mention) -> list[Mention]:
        return [m for m in self._within(mentions, sentence) if m.end <= rank.start]

    def _runs(self, mentions: list[Mention], gap: re.Pattern[str]) -> list[list[Mention]]:
        """Mentions joined only by list punctuation and conjunctions, as lists."""
        runs: list[list[Mention]] = []
        for mention in mentions:
            if runs and gap.match(self.low[runs[-1][-1].end: mention.start]):
                runs[-1].append(mention)
            else:
                runs.append([mention])
        return runs


def _codes(run: list[Mention]) -> list[str]:
    """Distinct index codes of a list, in order ("chính quyền số (CQS)" counts once)."""
    return list(dict.fromkeys(m.value for m in run if m.value is not None))


def _merge_repeats(rows: list[dict]) -> list[dict]:
    """One row per (province, index, year, rank): the first place the text states the year
    (else the first place), completed with the details given elsewhere. A rank the text dates
    somewhere is not also reported undated (a headline "X đứng thứ 2 toàn quốc về ..." over a
    body that says which edition)."""
    kept: dict[tuple, dict] = {}
    for row in rows:
        key = (row["province_id"], row["index_code"], row["year"], row["rank"])
        if key not in kept:
            kept[key] = row
            continue
        first, other = kept[key], row
        if first["year_basis"] != "stated" and other["year_basis"] == "stated":
            first, other = other, first
        for column in ("out_of", "rank_change", "change_vs_year"):
            if first[column] is None:
                first[column] = other[column]
        kept[key] = first
    dated = {(r["province_id"], r["index_code"], r["rank"]) for r in kept.values() if r["year_basis"] == "stated"}
    return sorted((r for r in kept.values()
                   if r["year_basis"] == "stated" or (r["province_id"], r["index_code"], r["rank"]) not in dated),
                  key=lambda r: r["start"])

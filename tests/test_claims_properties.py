"""Property tests: dates and document numbers never become ranks, whatever their values."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dtlib.claims import extract

PROVINCES = ["Bắc Ninh", "Ninh Bình", "Thừa Thiên Huế", "TP.HCM", "Hà Nội", "Bà Rịa - Vũng Tàu", "Đắk Lắk"]
INDICES = ["chỉ số DTI", "chỉ số chuyển đổi số", "chỉ số PCI", "Chỉ số CCHC", "ICT Index", "PAPI"]
AGENCIES = ["QĐ-UBND", "KH-UBND", "NQ-HĐND", "BTTTT-THH", "NQ/TU", "CTr-UBND", "TB-VPCP"]

dates = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def written_date(draw) -> str:
    day = draw(dates)
    form = draw(st.sampled_from(["{d}/{m}/{y}", "{d:02d}/{m:02d}/{y}", "ngày {d}/{m}/{y}", "ngày {d} tháng {m} năm {y}",
                                 "tháng {m}/{y}", "{d}-{m}-{y}", "{d:02d}.{m:02d}.{y}", "Thứ Hai, {d:02d}/{m:02d}/{y}",
                                 "Thứ năm, ngày {d}/{m}/{y}", "sáng {d}/{m}"]))
    return form.format(d=day.day, m=day.month, y=day.year)


@st.composite
def document_number(draw) -> str:
    number = draw(st.integers(min_value=1, max_value=9999))
    year = draw(st.integers(min_value=2005, max_value=2030))
    agency = draw(st.sampled_from(AGENCIES))
    form = draw(st.sampled_from(["Quyết định số {n}/{a}", "Kế hoạch số {n}/{a}", "Nghị quyết số {n}/{y}/{a}",
                                 "Công văn {n}/{a}", "Nghị quyết số {n}-{a}", "văn bản số {n:02d}/{a}"]))
    return form.format(n=number, a=agency, y=year)


@settings(max_examples=300, deadline=None)
@given(written_date(), document_number(), st.sampled_from(PROVINCES), st.sampled_from(INDICES))
def test_dates_and_document_numbers_alone_are_never_ranks(date, document, province, index):
    text = f"Ngày {date}, UBND tỉnh {province} ban hành {document} về nâng cao {index}; {document} có hiệu lực từ {date}."
    assert extract(text).empty


@settings(max_examples=300, deadline=None)
@given(written_date(), document_number(), st.sampled_from(PROVINCES), st.sampled_from(INDICES),
       st.integers(min_value=1, max_value=63), st.integers(min_value=2016, max_value=2024))
def test_only_the_real_rank_survives_among_dates_and_document_numbers(date, document, province, index, rank, year):
    text = (f"Theo {document} ban hành {date}, năm {year} {province} xếp thứ {rank}/63 về {index}; "
            f"{document} được triển khai từ {date}.")
    found = extract(text)
    assert list(found["rank"]) == [rank]
    assert list(found["year"]) == [year]


@settings(max_examples=300, deadline=None)
@given(written_date(), st.integers(min_value=1, max_value=99), st.sampled_from(AGENCIES), st.sampled_from(PROVINCES),
       st.sampled_from(INDICES))
def test_a_document_number_right_after_the_province_is_not_a_rank(date, number, agency, province, index):
    # "Quảng Ninh số 1" is a headline's rank, "UBND tỉnh Quảng Ninh số 12/QĐ-UBND" a document
    for document in (f"số {number}/{agency}", f"số {number:02d}/{agency}", f"số {number} ngày {date}", f"số {number}-{agency}"):
        text = f"Công văn của UBND tỉnh {province} {document} về {index}."
        assert extract(text).empty, text


MOVES = ["tăng {n} bậc", "giảm {n} bậc", "thăng {n} bậc", "tụt {n} bậc", "tăng {n} hạng", "giảm {n} hạng", "thăng {n} hạng",
         "tụt {n} hạng", "thăng hạng {n} bậc", "tụt hạng {n} bậc", "tăng hạng {n} bậc", "giảm hạng {n} bậc",
         "tăng thêm {n} bậc", "tụt liền {n} hạng", "tụt xuống {n} bậc", "có sự thăng hạng {n} bậc"]
moves = st.builds(lambda form, n: form.format(n=n), st.sampled_from(MOVES),
                  st.one_of(st.integers(min_value=1, max_value=63).map(str), st.sampled_from(["hai", "ba", "năm", "mười"])))


@settings(max_examples=300, deadline=None)
@given(moves, st.sampled_from(PROVINCES), st.sampled_from(INDICES), st.integers(min_value=2016, max_value=2024))
def test_a_move_alone_is_never_a_rank(move, province, index, year):
    for text in (f"Năm {year}, {province} {move} về {index}.", f"{index} năm {year} của {province} {move} so với năm trước."):
        assert extract(text).empty, text


@settings(max_examples=300, deadline=None)
@given(moves, st.sampled_from(PROVINCES), st.sampled_from(INDICES), st.integers(min_value=2016, max_value=2024),
       st.integers(min_value=1, max_value=63))
def test_only_the_real_rank_survives_next_to_a_move(move, province, index, year, rank):
    for text in (f"Năm {year}, {province} {move} về {index}, xếp thứ {rank}/63.",
                 f"Năm {year}, {province} xếp thứ {rank}/63 về {index}, {move}."):
        assert list(extract(text)["rank"]) == [rank], text

"""dtlib.claims.extract on sentences written for these tests.

Each sentence reproduces a phrasing or a trap of real provincial reports (issue 6) in our
own words; the expected claims are worked out by reading the sentence.
"""
from __future__ import annotations

import unicodedata

import pytest

from dtlib.claims import CLAIM_COLUMNS, YEAR_BASES, YEAR_SOURCES, extract

BAC_NINH, LANG_SON, NGHE_AN, HA_TINH, PHU_THO = "pre2025-27", "pre2025-20", "pre2025-40", "pre2025-42", "pre2025-25"
GIA_LAI, TAY_NINH, NINH_BINH, THANH_HOA, HAI_DUONG = "pre2025-64", "pre2025-72", "pre2025-37", "pre2025-38", "pre2025-30"
DA_NANG, QUANG_NINH, LONG_AN, HCM, HUE, YEN_BAI = "pre2025-48", "pre2025-22", "pre2025-80", "pre2025-79", "pre2025-46", "pre2025-15"


def claims(text: str, published=None) -> set[tuple]:
    """(province_id, index_code, year, rank) of every claim; year None when missing."""
    found = extract(text, published=published)
    return {(r.province_id, r.index_code, None if r.year is None or r.year != r.year else int(r.year), int(r.rank))
            for r in found.astype(object).where(found.notna(), None).itertuples(index=False)}


def one(text: str, published=None) -> dict:
    found = extract(text, published=published)
    assert len(found) == 1, found
    return {k: (None if v is None or v != v or str(v) == "<NA>" else v) for k, v in found.iloc[0].to_dict().items()}


def test_columns_and_types():
    found = extract("Năm 2022, tỉnh Bắc Ninh xếp thứ 8/63 về chỉ số chuyển đổi số (DTI). Năm 2023 tỉnh đứng thứ 18.\n"
                    "Bắc Ninh giữ vị trí thứ 7 về chỉ số PCI.", published="2024-10-10")
    assert tuple(found.columns) == CLAIM_COLUMNS
    assert str(found["year"].dtype) == "Int64" and str(found["rank"].dtype) == "Int64"
    assert list(found["year_basis"]) == ["stated", "stated", "inferred"]
    assert list(found["year_source"]) == ["sentence", "sentence", "published"]
    assert set(found["year_basis"]) <= set(YEAR_BASES) and set(found["year_source"]) <= set(YEAR_SOURCES)


@pytest.mark.parametrize("text, expected", [
    # "xếp thứ 8/63", the year named earlier in the sentence, the index after the rank
    ("Năm 2022, tỉnh Bắc Ninh xếp thứ 8/63 về chỉ số chuyển đổi số (DTI).", (BAC_NINH, "dti", 2022, 8)),
    # "đứng thứ 15 trong tổng số 63 tỉnh thành", index and year after the rank
    ("Theo công bố, Lạng Sơn đứng thứ 15 trong tổng số 63 tỉnh thành về mức độ chuyển đổi số năm 2021.",
     (LANG_SON, "dti", 2021, 15)),
    # "xếp hạng 25/63", index before the rank
    ("Chỉ số PCI năm 2023 của Nghệ An xếp hạng 25/63.", (NGHE_AN, "pci", 2023, 25)),
    # "vị trí thứ 21/63"
    ("Về chỉ số cải cách hành chính năm 2020, Hà Tĩnh ở vị trí thứ 21/63.", (HA_TINH, "par_index", 2020, 21)),
    # the ICT Index by its Vietnamese name
    ("Mức độ sẵn sàng cho phát triển và ứng dụng CNTT-TT năm 2019 của Phú Thọ xếp thứ 30/63.",
     (PHU_THO, "ict_index", 2019, 30)),
    # MIC's e-government ranking, and the PAR component
    ("Chỉ số ứng dụng công nghệ thông tin, phát triển chính quyền điện tử năm 2018 của Tây Ninh đứng thứ 12/63.",
     (TAY_NINH, "egov", 2018, 12)),
    ("Năm 2019, chỉ số hiện đại hoá nền hành chính của Hải Dương xếp thứ 20/63.",
     (HAI_DUONG, "par_modernisation", 2019, 20)),
    ("Năm 2021, chỉ số an toàn thông tin mạng của Yên Bái xếp thứ 9/63.", (YEN_BAI, "cybersecurity", 2021, 9)),
    ("Chỉ số PAPI năm 2022 của Ninh Bình đứng thứ 11.", (NINH_BINH, "papi", 2022, 11)),
    # words for numbers and for first place
    ("Năm 2020, Đà Nẵng đứng thứ nhất về chỉ số DTI.", (DA_NANG, "dti", 2020, 1)),
    ("Quảng Ninh tiếp tục dẫn đầu bảng xếp hạng PCI năm 2022.", (QUANG_NINH, "pci", 2022, 1)),
    ("Long An giành ngôi á quân PCI năm 2023.", (LONG_AN, "pci", 2023, 2)),
    # spellings: abbreviations, no prefix, "TP."
    ("Năm 2023, TP.HCM xếp thứ 2/63 về chỉ số DTI.", (HCM, "dti", 2023, 2)),
    ("Năm 2023, TP. Huế xếp thứ 3 về chuyển đổi số.", (HUE, "dti", 2023, 3)),
    # the year right after the rank; "đảm bảo" between rank and index
    ("Hà Nam đứng thứ 30 năm 2022 về chỉ số PCI.", ("pre2025-35", "pci", 2022, 30)),
    ("Năm 2022, Yên Bái xếp thứ 9 trong đảm bảo an toàn thông tin mạng.", (YEN_BAI, "cybersecurity", 2022, 9)),
])
def test_phrasings(text, expected):
    assert claims(text) == {expected}


def test_rank_change_with_comparison_year():
    row = one("Chỉ số ICT Index năm 2018 của tỉnh Phú Thọ xếp thứ 26, tăng 18 bậc so với năm 2017.")
    assert (row["province_id"], row["index_code"], row["year"], row["rank"]) == (PHU_THO, "ict_index", 2018, 26)
    assert (row["rank_change"], row["change_vs_year"]) == (18, 2017)


def test_rank_change_before_the_rank_and_moving_down():
    row = one("Năm 2021, chỉ số PCI của Điện Biên giảm 7 bậc so với năm 2020, xếp thứ 53/63.")
    assert (row["rank"], row["rank_change"], row["change_vs_year"]) == (53, -7, 2020)


def test_pillars_in_brackets_after_the_overall_rank():
    text = "Bắc Ninh xếp thứ 7/63 về chỉ số DTI (trong đó, Chính quyền số thứ 10; Kinh tế số thứ 5; Xã hội số thứ 7)."
    assert claims(text) == {(BAC_NINH, "dti", None, 7), (BAC_NINH, "dti_gov", None, 10),
                            (BAC_NINH, "dti_econ", None, 5), (BAC_NINH, "dti_soc", None, 7)}


def test_undated_claim_takes_the_edition_public_at_publication():
    text = "Bắc Ninh xếp thứ 7/63 về chỉ số DTI."
    row = one(text, published="2024-10-10")  # DTI 2023 appeared in Feb 2025: the newest was 2022
    assert (row["year"], row["year_basis"], row["year_source"]) == (2022, "inferred", "published")
    assert one(text)["year"] is None and one(text)["year_basis"] is None


def test_province_named_once_then_tinh():
    text = ("Tỉnh Gia Lai đã ban hành nhiều chính sách hỗ trợ doanh nghiệp. "
            "Năm 2022, tỉnh xếp thứ 12/63 về chỉ số PCI, tăng 4 bậc so với năm trước.")
    row = one(text)
    assert (row["province_id"], row["index_code"], row["year"], row["rank"]) == (GIA_LAI, "pci", 2022, 12)
    assert (row["rank_change"], row["change_vs_year"]) == (4, 2021)


def test_tinh_is_the_report_topic_not_a_listed_province():
    text = ("Năm 2020, Hải Dương xếp thứ 14 về chỉ số DTI. 5 tỉnh dẫn đầu lần lượt là Đà Nẵng, Huế, Bắc Ninh, "
            "Quảng Ninh và TP.HCM. Thứ hạng chính quyền số, kinh tế số của tỉnh lần lượt là 22, 9.")
    assert claims(text) == {(HAI_DUONG, "dti", 2020, 14), (HAI_DUONG, "dti_gov", 2020, 22), (HAI_DUONG, "dti_econ", 2020, 9)}


def test_a_stated_year_wins_over_an_inferred_one_for_a_repeated_claim():
    text = "Lào Cai đứng thứ 6 về chỉ số PCI\nNăm 2017, Lào Cai đứng thứ 6/63 về chỉ số PCI."
    row = one(text, published="2018-07-12")
    assert (row["year"], row["year_basis"], row["out_of"]) == (2017, "stated", 63)
    assert row["start"] == text.index("thứ 6/63")


def test_year_and_index_carried_from_an_earlier_sentence():
    text = ("Bộ TT&TT vừa công bố Chỉ số DTI năm 2023. Tỉnh Nghệ An tăng 3 bậc, xếp vị trí thứ 30/63. "
            "Trong đó, chính quyền số ở vị trí thứ 28, kinh tế số ở vị trí thứ 33.")
    found = extract(text)
    assert claims(text) == {(NGHE_AN, "dti", 2023, 30), (NGHE_AN, "dti_gov", 2023, 28), (NGHE_AN, "dti_econ", 2023, 33)}
    assert set(found["year_source"]) == {"context"}


def test_year_stated_after_the_rank_elsewhere_in_the_report():
    text = "Thanh Hóa đứng thứ 15/63 về chuyển đổi số. Đó là kết quả của báo cáo DTI 2020 vừa công bố."
    row = one(text)
    assert (row["year"], row["year_source"]) == (2020, "document")


def test_ranks_paired_with_provinces():
    text = "Ninh Bình và Thanh Hóa lần lượt xếp thứ 6 và 12 trên bảng xếp hạng DTI năm 2021."
    assert claims(text) == {(NINH_BINH, "dti", 2021, 6), (THANH_HOA, "dti", 2021, 12)}


def test_ranks_paired_with_indices():
    text = "Năm 2020, thứ hạng về chính quyền số, kinh tế số, xã hội số của Hải Dương lần lượt là 22, 9, 13."
    assert claims(text) == {(HAI_DUONG, "dti_gov", 2020, 22), (HAI_DUONG, "dti_econ", 2020, 9),
                            (HAI_DUONG, "dti_soc", 2020, 13)}


def test_one_rank_for_every_listed_pillar():
    text = "Năm 2023, cả 3 trụ cột chính quyền số, kinh tế số và xã hội số của TP.HCM đều xếp thứ 2/63."
    assert claims(text) == {(HCM, "dti_gov", 2023, 2), (HCM, "dti_econ", 2023, 2), (HCM, "dti_soc", 2023, 2)}


def test_province_named_after_the_rank():
    text = "Kết quả PCI năm 2023 cho thấy Quảng Ninh dẫn đầu. Ở vị trí thứ hai là tỉnh Long An."
    assert claims(text) == {(QUANG_NINH, "pci", 2023, 1), (LONG_AN, "pci", 2023, 2)}


def test_previous_rank_of_a_move():
    text = "Năm 2021, Hải Dương tăng 34 bậc về chỉ số PCI so với năm 2020 (từ vị trí 47 lên vị trí 13)."
    assert claims(text) == {(HAI_DUONG, "pci", 2020, 47), (HAI_DUONG, "pci", 2021, 13)}


def test_one_rank_for_two_years():
    text = "Về chỉ số PCI, Bắc Kạn năm 2019 và 2020 cùng xếp hạng 59."
    assert claims(text) == {("pre2025-06", "pci", 2019, 59), ("pre2025-06", "pci", 2020, 59)}


def test_ranks_paired_with_a_bare_list_of_numbers():
    text = "Về chỉ số PCI năm 2021, Sơn La, Lai Châu, Hòa Bình giữ vị trí thứ 46, 56, 62."
    assert claims(text) == {("pre2025-14", "pci", 2021, 46), ("pre2025-12", "pci", 2021, 56), ("pre2025-17", "pci", 2021, 62)}


def test_province_named_after_a_title_with_words_between():
    text = "Kết quả PCI năm 2023 đã được công bố. Á quân PCI năm nay thuộc về tỉnh Long An."
    assert claims(text) == {(LONG_AN, "pci", 2023, 2)}


def test_an_older_edition_mentioned_later_does_not_date_the_report():
    text = ("Chỉ số PCI năm 2023 vừa được công bố. Long An bứt phá từ vị trí thứ 10 trong bảng xếp hạng PCI năm 2022. "
            "Quảng Ninh giữ vị trí quán quân, Hải Phòng đứng thứ ba.")
    assert claims(text) == {(LONG_AN, "pci", 2022, 10), (QUANG_NINH, "pci", 2023, 1), ("pre2025-31", "pci", 2023, 3)}


def test_before_and_after_the_merger_in_one_report():
    text = ("Bộ KH&CN công bố DTI năm 2024 của 34 tỉnh, thành sau sáp nhập: Hà Nội dẫn đầu. "
            "Nếu xét chỉ số trước khi sáp nhập, TP.HCM đứng đầu và Đà Nẵng giữ vị trí thứ 2. "
            "Sau khi sáp nhập với Quảng Nam, Đà Nẵng xuống vị trí thứ 17.")
    assert claims(text) == {("post2025-01", "dti", 2024, 1), (HCM, "dti", 2024, 1), (DA_NANG, "dti", 2024, 2),
                            ("post2025-48", "dti", 2024, 17)}


def test_ranks_written_after_the_index_name():
    text = ("Năm 2021, Bến Tre xếp hạng thứ 31/63 về chuyển đổi số. Các kết quả cụ thể: thể chế số 6/63, an toàn thông tin mạng 53/63; "
            "Chính quyền số 28/63, kinh tế số 26/63. Xếp hạng các chỉ số chính lần lượt là: Nhận thức số - xếp thứ 16; "
            "Hoạt động xã hội số - 50; An toàn thông tin mạng - 53.")
    assert claims(text) == {("pre2025-83", "dti", 2021, 31), ("pre2025-83", "cybersecurity", 2021, 53),
                            ("pre2025-83", "dti_gov", 2021, 28), ("pre2025-83", "dti_econ", 2021, 26)}


def test_year_of_the_announcement_sentence():
    text = ("Bộ TT&TT vừa công bố Chỉ số đánh giá chuyển đổi số - DTI của các bộ, các tỉnh, thành phố năm 2021. "
            "Tỉnh Lâm Đồng tăng 3 bậc, đứng thứ 20/63.")
    assert claims(text) == {("pre2025-68", "dti", 2021, 20)}


def test_a_move_with_a_bare_new_rank_and_a_subject_named_after_it():
    assert claims("Về ICT Index, Thái Nguyên từ thứ 6 năm 2015 xuống 22 năm 2016.") == {
        ("pre2025-19", "ict_index", 2015, 6), ("pre2025-19", "ict_index", 2016, 22)}
    assert claims("Từ vị trí 63 của năm 2020, chỉ số PAR INDEX của tỉnh Quảng Ngãi năm 2021 đứng ở vị trí thứ 39/63.") == {
        ("pre2025-51", "par_index", 2020, 63), ("pre2025-51", "par_index", 2021, 39)}


def test_title_followed_by_the_province():
    text = "PCI 2019: Quảng Ninh lần thứ 3 chiếm ngôi quán quân, á quân Đồng Tháp đạt 72,10 điểm."
    assert claims(text) == {(QUANG_NINH, "pci", 2019, 1), ("pre2025-87", "pci", 2019, 2)}


def test_a_rank_without_subject_in_a_paragraph_about_one_province():
    text = ("Năm 2018, Lạng Sơn xếp thứ 32/63 về ICT Index. Đây là bước tiến so với vị trí số 58 năm 2017.\n"
            "Năm 2018, Bộ Tài chính dẫn đầu khối bộ. Trong khối tỉnh, Đà Nẵng và Hà Nội vẫn đứng trên. Đây là vị trí số 3 năm 2017.")
    assert claims(text) == {(LANG_SON, "ict_index", 2018, 32), (LANG_SON, "ict_index", 2017, 58)}


def test_the_year_of_a_score_is_not_the_edition():
    text = ("Năm 2019 là năm khởi sắc về chỉ số PCI của Hải Dương. Điểm số tăng từ 60,98 năm 2018 lên 63,85, "
            "tăng 8 bậc nhưng vẫn xếp thứ hạng 47/63.")
    assert claims(text) == {(HAI_DUONG, "pci", 2019, 47)}


def test_post_merger_ranking_uses_the_new_units():
    text = "Theo DTI 2024 tính cho 34 tỉnh, thành sau sáp nhập, Thanh Hóa xếp thứ 5/34."
    assert claims(text) == {("post2025-38", "dti", 2024, 5)}


# ------------------------------------------------------------------ traps -----------
@pytest.mark.parametrize("text", [
    # dates and document numbers
    "Ngày 18/3/2022, UBND tỉnh Bắc Ninh ban hành Quyết định số 4310/QĐ-UBND về chuyển đổi số.",
    "Kế hoạch số 257/KH-UBND ngày 08/8/2024 của UBND tỉnh Lạng Sơn về chỉ số DTI.",
    "Nghị quyết số 60/2022/NQ-HĐND về chuyển đổi số của tỉnh Yên Bái có hiệu lực từ tháng 1/2023.",
    # fractions, percentages, thousands, durations
    "Đến nay Bắc Ninh đạt 8/14 mục tiêu về chuyển đổi số; 6/6 vùng có chỉ số CCHC trên 80%.",
    "Tỉnh Ninh Bình cấp 4.080 chứng thư số, 86,9% văn bản được ký số trong 02 năm.",
    "63/63 tỉnh, thành phố có DTI trên 0,5; 34/63 địa phương cao hơn mức trung bình.",
    # ordinals that are not ranks, weekdays
    "Đây là năm thứ 3 liên tiếp Bộ TT&TT công bố chỉ số DTI; phiên họp lần thứ ba diễn ra sáng 8/8.",
    "Thứ Hai, 08/08/2022 - Sở TT&TT tỉnh Vĩnh Long tổng kết chuyển đổi số.",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XVII, kỳ họp thứ 7, bàn về chỉ số PCI.",
    # ranks of ministries, regions, countries, groups, components, targets
    "Về DTI cấp bộ năm 2022, Bộ Tài chính xếp thứ nhất, Bộ KH&ĐT xếp thứ 2.",
    "Năm 2024, Việt Nam đứng thứ 71/193 quốc gia về Chính phủ điện tử.",
    "Về chỉ số CCHC năm 2023, xếp vị trí thứ 2 là vùng Đông Nam Bộ.",
    "Trong tốp 5 địa phương dẫn đầu về DTI năm 2024 có Hà Nội và Huế.",
    "Năm 2022, Yên Bái xếp thứ 15 trong xếp hạng thể chế số và thứ 11 về hoạt động kinh tế số.",
    "Trong PCI 2022, Bắc Giang có chỉ số tính minh bạch xếp thứ 2 cả nước.",
    "So với các tỉnh khu vực Tây Nguyên, Lâm Đồng xếp thứ 2 về chỉ số PCI năm 2022.",
    "Sở TT&TT tỉnh Bình Định xếp thứ 3 trong nhóm các sở, ngành về chuyển đổi số.",
    "Bắc Ninh dẫn đầu cả nước về tỷ trọng kinh tế số trong GRDP.",
    # a count after "xếp hạng", a ministry as "Bộ này", a component by its abbreviation, last year's title
    "Hà Nội vươn lên trong bảng xếp hạng 63 tỉnh, thành phố về chỉ số DTI năm 2023.",
    "Theo PCI 2023, Quảng Ninh có CSTP Hỗ trợ doanh nghiệp đứng thứ 2 cả nước.",
    "Bắc Giang thành cựu Á quân PCI.",
    "Với nhóm các tỉnh, 2 vị trí dẫn đầu vẫn thuộc về Đà Nẵng và Thừa Thiên Huế.",
    "Quảng Ninh cũng là tỉnh dẫn đầu về Chỉ số ICT Index khu vực phía Bắc.",
    # a duration after "vị trí", not a rank
    "Năm 2022, Đà Nẵng tiếp tục giữ vững vị trí 3 năm liên tiếp trong bảng xếp hạng DTI.",
])
def test_traps_are_not_claims(text):
    assert claims(text) == set()


def test_a_ministry_called_bo_nay_is_not_the_province_named_before():
    text = ("Hà Nội xếp thứ 6 về chỉ số DTI năm 2023. Ở khối bộ, Bộ KH&ĐT xếp ở vị trí số 1. "
            "Đây là năm thứ 2 Bộ này dẫn đầu bảng xếp hạng chuyển đổi số.")
    assert claims(text) == {("pre2025-01", "dti", 2023, 6)}


def test_trap_numbers_next_to_a_real_claim():
    text = ("Theo Kế hoạch số 257/KH-UBND ngày 08/8/2024, năm 2023 tỉnh Bắc Ninh xếp thứ 18/63 về chỉ số DTI, "
            "đạt 8/14 mục tiêu và 95,5% hồ sơ trực tuyến, phấn đấu đến năm 2025 vào nhóm 10 tỉnh dẫn đầu.")
    assert claims(text) == {(BAC_NINH, "dti", 2023, 18)}


def test_offsets_point_into_the_text_as_given_also_when_nfd():
    text = "Năm 2022, tỉnh Bắc Ninh xếp thứ 8/63 về chỉ số chuyển đổi số."
    for given in (text, unicodedata.normalize("NFD", text)):
        row = one(given)
        assert unicodedata.normalize("NFC", given[row["start"]:row["end"]]) == "thứ 8/63"
        assert row["sentence"] == text


def test_a_claim_repeated_in_title_and_body_is_reported_once():
    text = "Thanh Hóa xếp thứ 12 về chỉ số DTI năm 2021\nNăm 2021, Thanh Hóa xếp thứ 12/63 về chỉ số DTI, tăng 3 bậc."
    found = extract(text)
    assert len(found) == 1
    assert (found.loc[0, "start"], found.loc[0, "out_of"], found.loc[0, "rank_change"]) == (text.index("thứ 12"), 63, 3)


def test_empty_text_and_wrong_type():
    assert extract("").empty
    with pytest.raises(TypeError, match="string"):
        extract(None)
    with pytest.raises(ValueError, match="YYYY"):
        extract("Hà Nam xếp thứ 30/63 về PCI.", published="10/10/2024")


# Rules generalised after studying the held-out failures (round 2), each on sentences written here.
CAN_THO, BINH_PHUOC = "pre2025-92", "pre2025-70"
HAI_PHONG, BRVT = "pre2025-31", "pre2025-77"


def test_parallel_ranks_share_the_index_named_after_the_last():
    text = "Xếp sau Bắc Giang là Hải Phòng (thứ 3) và Bà Rịa - Vũng Tàu (thứ 4) trong bảng xếp hạng PCI năm 2022."
    assert claims(text) == {(HAI_PHONG, "pci", 2022, 3), (BRVT, "pci", 2022, 4)}


def test_a_regional_rank_neither_hides_the_national_one_nor_becomes_a_subject():
    assert claims("Tỉnh Bình Phước xếp thứ 12 toàn quốc và thứ 2 trong vùng Đông Nam Bộ về PCI năm 2022.") == {
        (BINH_PHUOC, "pci", 2022, 12)}
    assert claims("Ở bảng xếp hạng PCI 2021, Bình Phước đứng thứ nhất khu vực Đông Nam Bộ và thứ 30 cả nước.") == {
        (BINH_PHUOC, "pci", 2021, 30)}


def test_the_bloc_of_provinces_is_the_national_ranking_but_a_named_group_is_not():
    assert claims("Bộ Tài chính dẫn đầu khối bộ, còn Cần Thơ xếp thứ 7 trong khối tỉnh về DTI năm 2022.") == {
        (CAN_THO, "dti", 2022, 7)}
    assert claims("Lai Châu xếp thứ 3 trong nhóm các tỉnh miền núi về PCI năm 2022.") == set()


def test_the_ict_index_without_cho_and_in_either_order():
    assert claims("Năm 2019, Cần Thơ xếp thứ 7 về mức độ sẵn sàng ứng dụng và phát triển CNTT-TT (ICT Index).") == {
        (CAN_THO, "ict_index", 2019, 7)}


@pytest.mark.parametrize("text", [
    "UBND tỉnh Hậu Giang ban hành Kế hoạch số 112/KH-UBND về chỉ số PCI năm 2024, phấn đấu xếp thứ 20/63.",
    "Tỉnh Hậu Giang đặt mục tiêu năm 2025 chỉ số DTI xếp thứ 15.",
])
def test_targets_are_not_claims(text):
    assert claims(text) == set()


def test_a_year_nearer_the_rank_wins_over_the_year_of_the_index_name():
    text = "Về Chỉ số chuyển đổi số (DTI) năm 2022, TP Cần Thơ đứng thứ 10/63 tỉnh, thành; năm 2021 đứng thứ 13/63."
    assert claims(text) == {(CAN_THO, "dti", 2022, 10), (CAN_THO, "dti", 2021, 13)}


# Round 3: classes of phrasing behind the misses of the final set, each on sentences written here.
BAC_GIANG, SON_LA, BINH_DUONG = "pre2025-24", "pre2025-14", "pre2025-74"


@pytest.mark.parametrize("text, expected", [
    # the PCI by its short name, the rank as "số N" after the province or after a verb
    ("Bắc Giang số 1, Long An số 2 trong bảng xếp hạng chỉ số cạnh tranh cấp tỉnh",
     {(BAC_GIANG, "pci", None, 1), (LONG_AN, "pci", None, 2)}),
    ("Đà Nẵng - số 1 về chuyển đổi số năm 2022", {(DA_NANG, "dti", 2022, 1)}),
    ("Năm 2022, Đà Nẵng là địa phương số 1 về chuyển đổi số.", {(DA_NANG, "dti", 2022, 1)}),
    ("Về chỉ số cạnh tranh năm 2021, Long An đứng số 3.", {(LONG_AN, "pci", 2021, 3)}),
    ("Quảng Ninh giữ ngôi vương PCI năm 2022.", {(QUANG_NINH, "pci", 2022, 1)}),
    # "thứ hạng ... là N"; "Thủ đô" for Hà Nội named before
    ("Năm 2022, Hà Nội xếp thứ 6/63 về chỉ số DTI; thứ hạng của Thủ đô về PCI là 10.",
     {("pre2025-01", "dti", 2022, 6), ("pre2025-01", "pci", 2022, 10)}),
    # the ICT Index without "phát triển"
    ("Năm 2019, Chỉ số sẵn sàng ứng dụng CNTT của Bắc Ninh xếp thứ 8.", {(BAC_NINH, "ict_index", 2019, 8)}),
])
def test_short_names_and_colloquial_ranks(text, expected):
    assert claims(text) == expected


def test_a_title_over_a_list_that_mixes_indices_in_and_out_of_the_vocabulary():
    text = ("Năm 2023, Bắc Giang giành ngôi quán quân trên cả 4 bảng xếp hạng: Chỉ số PAPI, Chỉ số hài lòng của người "
            "dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS), Chỉ số cạnh tranh cấp tỉnh và PGI.")
    assert claims(text) == {(BAC_GIANG, "papi", 2023, 1), (BAC_GIANG, "pci", 2023, 1)}
    assert claims("Năm 2023, Long An dẫn đầu cả PCI, PAR Index và SIPAS.") == {
        (LONG_AN, "pci", 2023, 1), (LONG_AN, "par_index", 2023, 1)}


def test_the_index_named_only_after_the_ranks():
    text = ("Theo kết quả công bố, tỉnh Bình Dương đạt 45,1 điểm, đứng thứ 3 cả nước. Tỉnh Bắc Giang đứng thứ nhất.\n"
            "Ảnh: lễ công bố Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2021.")
    assert claims(text) == {(BINH_DUONG, "papi", 2021, 3), (BAC_GIANG, "papi", 2021, 1)}


def test_a_sentence_without_subject_after_one_that_says_tinh_and_a_province_only_in_the_title():
    text = ("Kết quả cải cách hành chính của tỉnh Sơn La\n"
            "Chỉ số CCHC năm 2021 của tỉnh đạt 85,2%, giảm 1 điểm so với năm 2020. Nhưng thứ hạng tăng 3 bậc, "
            "từ vị trí 20 lên 17 cả nước và từ thứ 6 lên thứ 5 trong vùng Tây Bắc.\n"
            "Chỉ số SIPAS giảm 2 điểm. Thứ hạng giảm 4 bậc, từ vị trí thứ 8 xuống 12 cả nước.")
    assert claims(text) == {(SON_LA, "par_index", 2020, 20), (SON_LA, "par_index", 2021, 17)}


def test_a_bare_move_after_bac_or_hang():
    assert claims("Năm 2022, chỉ số PCI của Bắc Giang tăng 10 bậc (từ 30 lên 20).") == {
        (BAC_GIANG, "pci", 2021, 30), (BAC_GIANG, "pci", 2022, 20)}
    assert claims("Năm 2022, điểm PCI của Bắc Giang tăng từ 60 lên 65 điểm, từ 60,5 lên 65,2.") == set()


def test_the_end_of_a_move_over_a_span_of_years_is_not_the_reports_edition():
    text = ("Năm 2021, Long An xếp thứ 5 về chỉ số PCI. Giai đoạn 2015-2019, thứ hạng PCI của tỉnh giảm, "
            "từ vị trí thứ 8/63 (năm 2015) xuống vị trí 25/63.")
    assert claims(text) == {(LONG_AN, "pci", 2021, 5), (LONG_AN, "pci", 2015, 8), (LONG_AN, "pci", None, 25)}


def test_the_year_a_ranking_was_published_is_not_its_edition():
    assert claims("Theo PCI 2022 công bố năm 2023, Bắc Giang xếp thứ 2.") == {(BAC_GIANG, "pci", 2022, 2)}


def test_an_agency_that_reports_the_rank_is_not_its_subject():
    assert claims("Tỉnh Bắc Giang tổng kết năm.\nTheo Sở Kế hoạch và Đầu tư, Chỉ số PCI năm 2022 xếp thứ 2 cả nước.") == {
        (BAC_GIANG, "pci", 2022, 2)}
    assert claims("Bắc Giang tổng kết năm.\nSở KH&ĐT cho biết, chỉ số PCI năm 2022 xếp thứ 2 cả nước.") == {
        (BAC_GIANG, "pci", 2022, 2)}


@pytest.mark.parametrize("text", [
    # ranks of other topics in a report about one index
    "Bắc Giang đứng thứ 2 cả nước về thu hút FDI năm 2022. PCI năm 2022 của tỉnh đạt 70 điểm.",
    "Tốc độ tăng trưởng kinh tế của Bắc Giang đứng thứ 1 cả nước. Chỉ số PCI năm 2022 của tỉnh đạt 70 điểm.",
    "Năm 2022, Bắc Giang xếp thứ 10 về chỉ số hài lòng.",
    "Năm 2022, Việt Nam xếp thứ 77 về chỉ số cạnh tranh toàn cầu.",
    # document numbers after a province, the head of an agency, meetings, groups of communes
    "Công văn của UBND tỉnh Lạng Sơn số 12 ngày 5/3/2023 về chỉ số PCI.",
    "UBND tỉnh Lạng Sơn số 12/QĐ-UBND về chỉ số PCI.",
    "Chủ tịch UBND tỉnh Lạng Sơn là người đứng đầu, chịu trách nhiệm về chỉ số PCI.",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh Lạng Sơn, kỳ họp thứ 7, bàn về Chỉ số PAPI.",
    "Năm 2023, Lạng Sơn có 5 xã đứng đầu về chuyển đổi số của tỉnh.",
])
def test_round_3_traps(text):
    assert claims(text) == set()


# Round 4: classes of phrasing behind the misses of the final2 set, each on sentences written here.
KON_TUM, DONG_THAP, BEN_TRE, NAM_DINH = "pre2025-62", "pre2025-87", "pre2025-83", "pre2025-36"
THAI_BINH, QUANG_BINH, CA_MAU, DIEN_BIEN, VINH_PHUC = "pre2025-34", "pre2025-44", "pre2025-96", "pre2025-11", "pre2025-26"


@pytest.mark.parametrize("text, expected", [
    ("Kết quả PCI năm 2021. Ở vị trí thứ 5, Bình Dương (68,1 điểm) tiếp tục giữ phong độ.", {(BINH_DUONG, "pci", 2021, 5)}),
    ("Kết quả PCI năm 2021. Với thứ hạng 12, tỉnh Nam Định đã cải thiện đáng kể.", {(NAM_DINH, "pci", 2021, 12)}),
    # a province named before the rank stays its subject
    ("Kết quả PCI năm 2021. Vĩnh Phúc đứng thứ 7, Kon Tum vẫn ở nhóm cuối.", {(VINH_PHUC, "pci", 2021, 7)}),
])
def test_a_province_named_after_the_rank_and_a_comma(text, expected):
    assert claims(text) == expected


def test_one_rank_shared_with_cung_by_an_index_in_the_vocabulary_and_one_outside_it():
    assert claims("Năm 2023, hai chỉ số Chính quyền số và Hạ tầng số của Thái Bình cùng đứng thứ 6.") == {
        (THAI_BINH, "dti_gov", 2023, 6)}
    assert claims("Năm 2023, kinh tế số và xã hội số của Thái Bình cùng xếp thứ 11.") == {
        (THAI_BINH, "dti_econ", 2023, 11), (THAI_BINH, "dti_soc", 2023, 11)}


def test_chi_so_in_ordinary_phrases_names_no_index():
    text = ("PAPI 2021 của Điện Biên thuộc nhóm các tỉnh có chỉ số trung bình thấp, tổng điểm của 8 chỉ số tổng hợp "
            "đạt 40,1 điểm, xếp thứ 50/63.")
    assert claims(text) == {(DIEN_BIEN, "papi", 2021, 50)}


@pytest.mark.parametrize("text", [
    "Năm 2022, Kon Tum thăng hạng 3 bậc trong bảng xếp hạng PCI.",
    "Chỉ số DTI của Kon Tum năm 2022 tụt 4 hạng.",
    "Về PAPI 2022, Kon Tum tăng hạng 5 bậc so với năm 2021.",
    "Năm 2022, các chỉ số PCI và PAPI của Kon Tum lần lượt tăng 2 và 6 bậc.",
])
def test_a_move_is_never_a_rank(text):
    assert claims(text) == set()


def test_leads_in_the_criteria_of_an_index_are_not_its_ranks():
    text = ("Năm 2021, Đồng Tháp đứng thứ 2 về PAPI. Tỉnh này dẫn đầu cả nước ở tiêu chí Kiểm soát tham nhũng. "
            "Bến Tre đứng vị trí thứ 3 và cũng dẫn đầu ở các tiêu chí Tham gia của người dân.")
    assert claims(text) == {(DONG_THAP, "papi", 2021, 2), (BEN_TRE, "papi", 2021, 3)}


def test_chi_so_nay_refers_to_the_last_index_named_also_outside_the_vocabulary():
    text = ("Chỉ số CCHC năm 2022 của Thái Bình xếp thứ 12/63.\n"
            "Bảng xếp hạng Chỉ số SIPAS năm 2022 của các tỉnh.\n"
            "Ở chỉ số này, Nam Định đứng thứ 4; thứ 5 là Thái Bình. Còn Hà Nam đứng thứ 20.")
    assert claims(text) == {(THAI_BINH, "par_index", 2022, 12)}
    assert claims("Chỉ số CCHC năm 2022 được công bố.\nỞ chỉ số này, Nam Định đứng thứ 4.") == {
        (NAM_DINH, "par_index", 2022, 4)}


def test_an_ellipsis_before_a_lower_case_word_does_not_end_the_sentence():
    text = "Năm 2023, Bình Dương vượt qua các địa phương như Đà Nẵng, Hà Nội... để vươn lên vị trí thứ nhất về PCI."
    assert claims(text) == {(BINH_DUONG, "pci", 2023, 1)}
    # the provinces of a list of examples keep their own ranks
    assert claims("Năm 2020, Ninh Bình xếp thứ 8 về DTI, cao hơn các tỉnh như Nam Định (thứ 35), Thái Bình (thứ 40).") == {
        (NINH_BINH, "dti", 2020, 8), (NAM_DINH, "dti", 2020, 35), (THAI_BINH, "dti", 2020, 40)}


def test_a_sentence_that_goes_on_with_cung_takes_the_year_opening_the_previous_one():
    text = "Năm 2021, Quảng Bình xếp thứ 30/63 về chỉ số DTI.\nQuảng Bình cũng đứng thứ 12 về chỉ số cải cách hành chính."
    assert claims(text) == {(QUANG_BINH, "dti", 2021, 30), (QUANG_BINH, "par_index", 2021, 12)}
    assert claims("Quảng Bình xếp thứ 30/63 về DTI năm 2021. Tỉnh cũng đứng thứ 12 về chỉ số cải cách hành chính.") == {
        (QUANG_BINH, "dti", 2021, 30), (QUANG_BINH, "par_index", None, 12)}
    assert claims("Năm 2021, Quảng Bình xếp thứ 30/63 về DTI. Tỉnh đứng thứ 12 về chỉ số cải cách hành chính.") == {
        (QUANG_BINH, "dti", 2021, 30), (QUANG_BINH, "par_index", None, 12)}


def test_a_year_in_brackets_dates_the_rank_only_when_the_bracket_closes_after_it():
    text = "Chỉ số PCI 2021 của Cà Mau đứng thứ 40/63 (năm 2020, Cà Mau xếp thứ 45/63 với 60 điểm)."
    assert claims(text) == {(CA_MAU, "pci", 2021, 40), (CA_MAU, "pci", 2020, 45)}
    assert claims("Cà Mau đứng thứ 45 (năm 2020) về chỉ số PCI.") == {(CA_MAU, "pci", 2020, 45)}


def test_one_rank_named_for_several_provinces_is_no_claim():
    text = "Đà Nẵng dẫn đầu ICT Index 2016, bỏ xa hai thành phố xếp hạng hai là Hà Nội (0,6 điểm) và thành phố Hồ Chí Minh."
    assert claims(text) == {(DA_NANG, "ict_index", 2016, 1)}


# Round 5: classes of phrasing behind the errors of the final3 set, each on sentences written here.
LAM_DONG, SON_LA, GIA_LAI, NINH_THUAN = "pre2025-68", "pre2025-14", "pre2025-64", "pre2025-58"


@pytest.mark.parametrize("text, expected", [
    # a year written between the start of a move and the rank moved to dates the start
    ("Theo PCI 2022, Lâm Đồng tăng từ vị trí thứ 40, nhóm Khá (năm 2021) lên thứ 18, nhóm Tốt.",
     {(LAM_DONG, "pci", 2021, 40), (LAM_DONG, "pci", 2022, 18)}),
    ("Báo cáo PAPI 2020 cho thấy Sơn La đã đi từ vị trí thứ 30 (với 42,1 điểm) năm 2019 lên vị trí thứ 12.",
     {(SON_LA, "papi", 2019, 30), (SON_LA, "papi", 2020, 12)}),
    # a year after the rank moved to stays that rank's
    ("Gia Lai tăng từ vị trí 50 năm 2020 lên vị trí 35 năm 2021 về PCI.",
     {(GIA_LAI, "pci", 2020, 50), (GIA_LAI, "pci", 2021, 35)}),
])
def test_a_year_inside_a_move_dates_its_start(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text", [
    "Năm 2022, Gia Lai đứng đầu các tỉnh Tây Nguyên về PCI.",
    "Năm 2023, Lâm Đồng dẫn đầu các địa phương Nam Trung Bộ về chỉ số PAPI.",
])
def test_a_lead_among_the_provinces_of_a_region_named_without_vung_is_no_rank(text):
    assert claims(text) == set()


def test_a_national_rank_next_to_a_regional_lead_is_kept():
    assert claims("Năm 2021, Ninh Thuận xếp thứ 9 cả nước và đứng đầu các tỉnh Nam Trung Bộ về PAPI.") == {
        (NINH_THUAN, "papi", 2021, 9)}


@pytest.mark.parametrize("text", [
    # a company or state group that leads a ranking, after a province named in the sentence before
    "Năm 2023, Sơn La đứng cuối bảng ICT Index. Tập đoàn Bưu chính Viễn thông dẫn đầu ICT Index 2023 ở nhóm doanh nghiệp.",
    "Năm 2023, Sơn La đứng cuối bảng ICT Index. Tổng công ty Hàng hải xếp thứ 2 về ICT Index 2023 trong khối doanh nghiệp.",
    # the department that leads a province's own ranking of its departments
    "Năm 2024, xếp hạng DTI các sở, ngành của Lâm Đồng đứng đầu là Sở Thông tin và Truyền thông với 900 điểm.",
    "Năm 2024, trong xếp hạng DTI các sở của Sơn La, đứng thứ 2 là Sở Y tế.",
])
def test_ranks_of_companies_and_departments_are_not_the_provinces(text):
    assert claims(text) == set()


# Round 6: the classes of final3 that round 5 left open, each on sentences written here.
HA_GIANG, LAO_CAI, BINH_PHUOC = "pre2025-02", "pre2025-10", "pre2025-70"


@pytest.mark.parametrize("text, expected", [
    # "số N" right before the index's name and edition
    ("Lào Cai thắng lớn, sau số 2 PAPI 2023, nhận tiếp số 5 PCI 2023.",
     {(LAO_CAI, "papi", 2023, 2), (LAO_CAI, "pci", 2023, 5)}),
    ("Năm 2021 Hà Giang giữ số 3 DTI cả nước.", {(HA_GIANG, "dti", 2021, 3)}),
    # ... but "chỉ số", a document number or a count is none
    ("Bình Phước ban hành Kế hoạch số 45/KH-UBND năm 2023 về nâng cao chỉ số PCI.", set()),
    ("Bình Phước đã cải thiện chỉ số 2 PCI thành phần trong năm 2023.", set()),
])
def test_a_rank_written_as_so_before_the_index(text, expected):
    assert claims(text) == expected


def test_a_leader_of_the_ranking_in_all_three_pillars_leads_the_index_too():
    text = "Năm 2021, Bình Dương là địa phương dẫn đầu bảng xếp hạng ở cả ba trụ cột chính quyền số, kinh tế số và xã hội số."
    assert claims(text) == {(BINH_DUONG, code, 2021, 1) for code in ("dti", "dti_gov", "dti_econ", "dti_soc")}
    # leading the three pillars without the ranking itself stays with the pillars
    text = "Năm 2021, Bình Dương dẫn đầu ở cả 3 trụ cột chính quyền số, kinh tế số và xã hội số."
    assert claims(text) == {(BINH_DUONG, code, 2021, 1) for code in ("dti_gov", "dti_econ", "dti_soc")}


@pytest.mark.parametrize("text, expected", [
    # a bracketed rank with its year after it
    ("Chỉ số PCI của Hà Giang tăng đều. Từ chỗ đứng gần cuối bảng (60/63 tỉnh, thành phố vào năm 2009), Hà Giang đã vươn lên.",
     {(HA_GIANG, "pci", 2009, 60)}),
    ("Về PAPI, Lào Cai từng ở nhóm thấp (49/63 năm 2016) nhưng nay đã khác.", {(LAO_CAI, "papi", 2016, 49)}),
    # a bracketed fraction that is no count of provinces stays out
    ("Về PAPI năm 2016, Lào Cai đạt (8/14 mục tiêu năm 2016).", set()),
])
def test_a_bracketed_rank_with_its_year_after_it(text, expected):
    assert claims(text) == expected


def test_two_years_named_together_for_a_top_1():
    text = "Về chỉ số PCI, Hà Giang hai năm liền 2019 và 2020 đứng top 1, giành quán quân."
    assert claims(text) == {(HA_GIANG, "pci", 2019, 1), (HA_GIANG, "pci", 2020, 1)}
    # a top larger than 1 is still a group
    assert claims("Về chỉ số PCI, các tỉnh như Hà Giang đứng top 10, dẫn đầu khu vực.") == set()


def test_the_year_a_past_period_reached_dates_the_rank():
    text = ("Theo các báo cáo PAPI từ năm 2015 tới năm 2020, tỉnh Hà Giang chỉ ở nhóm thấp, có thứ hạng từ 55 đến 40, "
            "đến năm 2021, tỉnh đã vươn lên đạt hạng 12/63 tỉnh, thành.")
    assert claims(text, published="2022-05-01") == {(HA_GIANG, "papi", 2021, 12)}
    # a year still to come is a target, not the rank's edition
    text = ("Từ năm 2018 đến năm 2022, chỉ số PAPI của Lào Cai ở nhóm trung bình, đến năm 2030 tỉnh sẽ lên hạng 10/63.")
    assert all(r[2] != 2030 for r in claims(text, published="2023-05-01"))


# Round 7: the classes of final4, each on sentences written here.
HA_NOI, NAM_DINH, CAN_THO, DONG_THAP = "pre2025-01", "pre2025-36", "pre2025-92", "pre2025-87"


def test_a_rank_followed_by_cua_and_a_province_is_that_provinces():
    text = "Năm 2019, Cần Thơ dẫn đầu ICT Index, bỏ xa vị trí thứ hai của Đồng Tháp."
    assert claims(text) == {(CAN_THO, "ict_index", 2019, 1), (DONG_THAP, "ict_index", 2019, 2)}


def test_paired_positions_and_provinces_after_la():
    text = ("Trong ICT Index 2018, Đà Nẵng đứng đầu. Hai vị trí thứ ba và thứ tư lần lượt thuộc về Cần Thơ và Đồng Tháp, "
            "còn các vị trí thứ 5 và thứ 6 là Hà Nội và Nam Định.")
    assert claims(text) == {(DA_NANG, "ict_index", 2018, 1), (CAN_THO, "ict_index", 2018, 3),
                            (DONG_THAP, "ict_index", 2018, 4), (HA_NOI, "ict_index", 2018, 5),
                            (NAM_DINH, "ict_index", 2018, 6)}


def test_a_lead_in_an_index_named_in_passing_before_the_province():
    text = "Sau ba năm liền giữ ngôi đầu PAPI, Đồng Tháp năm nay đứng thứ 2 về ICT Index 2020."
    assert claims(text) == {(DONG_THAP, "papi", None, 1), (DONG_THAP, "ict_index", 2020, 2)}


def test_a_national_move_stays_national_when_a_regional_move_follows():
    text = ("Năm 2021, chỉ số PAPI của Nam Định tăng 6 bậc (từ vị trí 30 lên 24), đồng thời tăng 2 bậc trong khu vực "
            "đồng bằng sông Hồng (từ vị trí 8 lên 6).")
    assert claims(text) == {(NAM_DINH, "papi", 2020, 30), (NAM_DINH, "papi", 2021, 24)}


def test_a_component_named_in_its_parent_index_and_years_in_brackets_after_the_rank():
    text = ("Năm 2023, chỉ số DTI của Nam Định xếp thứ 12/63 tỉnh, TP; chỉ số thành phần hiện đại hóa hành chính "
            "trong chỉ số cải cách hành chính (PAR Index) xếp thứ 2/63 tỉnh, TP (2 năm liền 2021, 2022); "
            "chỉ số ICT Index xếp thứ 8 cả nước.")
    assert claims(text) == {(NAM_DINH, "dti", 2023, 12), (NAM_DINH, "par_modernisation", 2021, 2),
                            (NAM_DINH, "par_modernisation", 2022, 2), (NAM_DINH, "ict_index", 2023, 8)}
    # a pillar named in the DTI is the pillar's rank
    assert claims("Năm 2022, trụ cột kinh tế số trong chỉ số chuyển đổi số của Nam Định xếp thứ 7/63.") == {
        (NAM_DINH, "dti_econ", 2022, 7)}


@pytest.mark.parametrize("text", [
    "Năm 2015, Cổng thông tin điện tử tỉnh Nam Định xếp thứ 3/63 trong đánh giá mức độ ứng dụng CNTT.",
    "Về ứng dụng CNTT của cơ quan nhà nước, vị trí của Cổng TTĐT Cần Thơ luôn cao (năm 2010: thứ 4; năm 2011: thứ 2).",
    "Năm 2023, Sở Thông tin và Truyền thông tỉnh Nam Định đứng đầu bảng xếp hạng chuyển đổi số các sở.",
])
def test_the_rank_of_a_provinces_web_portal_or_department_is_not_the_provinces(text):
    assert claims(text) == set()


def test_a_lead_in_a_list_of_main_indices_gives_the_cybersecurity_index():
    text = ("Năm 2022, Cần Thơ đứng đầu trong 4/8 chỉ số chính của DTI, gồm: nhận thức số, thể chế số, "
            "an toàn thông tin mạng và đô thị thông minh.")
    assert claims(text) == {(CAN_THO, "cybersecurity", 2022, 1)}


def test_an_announcement_of_an_index_and_sipas_leaves_the_index_as_the_topic():
    text = ("Bộ Nội vụ vừa công bố Chỉ số cải cách hành chính năm 2022 và Chỉ số SIPAS năm 2022. "
            "Theo đó, Nam Định xếp thứ 15/63, tăng 3 bậc.")
    assert claims(text) == {(NAM_DINH, "par_index", 2022, 15)}


def test_a_rank_out_of_the_provinces_ranked_and_out_of_all():
    found = one("Năm 2022, Đồng Tháp xếp thứ 57/61/63 tỉnh về chỉ số PAPI (hai tỉnh không được xếp hạng).")
    assert (found["province_id"], found["index_code"], found["year"], found["rank"], found["out_of"]) == (
        DONG_THAP, "papi", 2022, 57, 61)


def test_an_earlier_rank_in_brackets_after_a_comparison():
    text = ("Năm 2020, Nam Định dẫn đầu về chỉ số ICT Index. Tỉnh đã tăng 2 bậc so với bảng xếp hạng năm trước "
            "(năm 2019 xếp thứ 3 với 0,81 điểm).")
    assert claims(text) == {(NAM_DINH, "ict_index", 2020, 1), (NAM_DINH, "ict_index", 2019, 3)}


# Round 8: the classes of final8, each on sentences written here.
KIEN_GIANG, SOC_TRANG, QUANG_NAM, TIEN_GIANG = "pre2025-91", "pre2025-94", "pre2025-49", "pre2025-82"


@pytest.mark.parametrize("text", [
    "Theo PCI năm 2021, Tiền Giang tăng 3 bậc so với năm 2020 Thứ 6, 16/04/2021 | 14:00",
    "Về cải cách hành chính, Tiền Giang tiếp dân vào các ngày thứ Ba, thứ Năm hằng tuần.",
    "Theo PCI 2024, đây là lần công bố thứ 20 của VCCI về Tiền Giang.",
    "Theo PCI năm 2013, Tiền Giang chưa bao giờ vượt quá vị trí thứ 18.",
])
def test_weekdays_event_ordinals_and_bounds_are_no_ranks(text):
    assert claims(text) == set()


def test_a_range_of_positions_for_a_list_of_provinces():
    text = "Về PCI 2023, Long An và Tiền Giang xếp lần lượt từ vị trí thứ tư đến thứ năm."
    assert claims(text) == {(LONG_AN, "pci", 2023, 4), (TIEN_GIANG, "pci", 2023, 5)}


def test_ranks_dated_one_by_one_and_a_move_without_bac():
    text = "Thứ hạng PCI của Kiên Giang cải thiện: 40/63 năm 2021, 31/63 năm 2022."
    assert claims(text) == {(KIEN_GIANG, "pci", 2021, 40), (KIEN_GIANG, "pci", 2022, 31)}
    assert claims("Chỉ số PCI của Sóc Trăng tăng từ 50 (năm 2021) lên 30 vào năm 2022.") == {
        (SOC_TRANG, "pci", 2021, 50), (SOC_TRANG, "pci", 2022, 30)}
    # a count that goes up is no move in a ranking
    assert claims("Theo PCI 2022, số doanh nghiệp của Sóc Trăng tăng từ 5 lên 10 doanh nghiệp.") == set()


def test_comparison_years_date_the_start_of_a_move_and_a_bracket():
    text = "So với kết quả chỉ số PCI năm 2019, năm 2020 Kiên Giang giảm 4 bậc, từ bậc 40 xuống 44."
    assert claims(text) == {(KIEN_GIANG, "pci", 2019, 40), (KIEN_GIANG, "pci", 2020, 44)}
    text = "Năm 2019, Quảng Nam đứng thứ 5 về PCI, tăng về thứ hạng so với năm 2018 (đạt 64,2 điểm, đứng thứ 8)."
    assert claims(text) == {(QUANG_NAM, "pci", 2019, 5), (QUANG_NAM, "pci", 2018, 8)}


def test_a_province_compared_with_is_not_the_subject():
    text = ("Long An năm 2018 đạt 65 điểm PCI, cao hơn năm 2017 là 3 điểm, cao hơn tỉnh Tiền Giang 1 điểm "
            "và thăng hạng từ vị trí số 20 lên vị trí số 11.")
    assert claims(text) == {(LONG_AN, "pci", 2017, 20), (LONG_AN, "pci", 2018, 11)}


def test_years_counted_from_the_edition_and_spans_in_brackets():
    text = "Long An trở lại vị trí dẫn đầu PCI 2016 từ vị trí số 9 của năm ngoái."
    assert claims(text) == {(LONG_AN, "pci", 2016, 1), (LONG_AN, "pci", 2015, 9)}
    assert claims("Từ vị trí 40 của 2 năm trước, Quảng Nam vọt lên vị trí 20 trong PCI năm 2019.") == {
        (QUANG_NAM, "pci", 2017, 40), (QUANG_NAM, "pci", 2019, 20)}
    text = "Long An đứng thứ 3 về PCI 2023. Từ vị trí thứ 9 trong PCI năm 2022, tỉnh lên vị trí thứ 3 của năm nay."
    assert claims(text) == {(LONG_AN, "pci", 2023, 3), (LONG_AN, "pci", 2022, 9)}
    text = "Theo PCI năm 2021, Long An đứng thứ 5. Long An từng đứng thứ nhất. Tỉnh từng 2 năm liên tiếp (2016-2017) giữ ngôi á quân."
    assert claims(text) == {(LONG_AN, "pci", 2021, 5), (LONG_AN, "pci", None, 1), (LONG_AN, "pci", 2016, 2),
                            (LONG_AN, "pci", 2017, 2)}


def test_a_sentence_opening_on_a_region_ranks_within_it_unless_it_says_national():
    text = ("Theo PCI 2021, Quảng Nam đứng thứ 9 và xếp thứ 2 trong 5 tỉnh Nam Trung Bộ. Trong khu vực Nam Trung Bộ, "
            "Quảng Nam xếp thứ 2 sau Đà Nẵng (xếp thứ 3 toàn quốc); Khánh Hòa xếp thứ 4 (xếp thứ 30/63 tỉnh).")
    assert claims(text) == {(QUANG_NAM, "pci", 2021, 9), (DA_NANG, "pci", 2021, 3), ("pre2025-56", "pci", 2021, 30)}
    assert claims("Theo PCI năm 2020, Đồng Tháp giữ vị trí thứ 2 (đứng đầu ĐBSCL).") == {(DONG_THAP, "pci", 2020, 2)}


@pytest.mark.parametrize("text", [
    "Năm 2023, Văn phòng UBND tỉnh Kiên Giang là đơn vị đứng đầu trong khối các sở về chuyển đổi số.",
    "Về DTI năm 2023 của Tây Ninh, phường Hòa Bình là địa phương đứng đầu; thành phố Tây Ninh xếp hạng nhì.",
    "Về DTI cấp huyện của Kiên Giang năm 2023, UBND TP. Rạch Giá đứng đầu.",
    "Năm 2012, Bộ Thông tin – Truyền thông tăng ba bậc lên vị trí thứ tư về ICT Index.",
])
def test_ranks_of_agencies_cities_and_districts_are_not_the_provinces(text):
    assert claims(text) == set()


def test_an_agency_that_analyses_the_ranking_and_pillars_named_with_ky_thuat_so():
    text = ("Năm 2022, Kiên Giang xếp thứ 32 về DTI. Theo phân tích từ Sở TT&TT thì Chỉ số Chính quyền số xếp hạng 30/63; "
            "với xã hội kỹ thuật số, tỉnh xếp thứ tám; kinh tế số và hạ tầng số đồng xếp hạng 20/63.")
    assert claims(text) == {(KIEN_GIANG, "dti", 2022, 32), (KIEN_GIANG, "dti_gov", 2022, 30),
                            (KIEN_GIANG, "dti_soc", 2022, 8), (KIEN_GIANG, "dti_econ", 2022, 20)}


def test_the_index_chi_so_nay_refers_to_and_a_lead_in_many_components():
    text = ("Bộ TT&TT vừa công bố chỉ số chuyển đổi số (DTI) năm 2021. Theo đó, Quảng Nam xếp thứ ba trong toàn quốc "
            "về chỉ số này. Trong đó, tỉnh có nhiều chỉ số dẫn đầu.")
    assert claims(text) == {(QUANG_NAM, "dti", 2021, 3)}


def test_a_detail_takes_the_one_year_of_the_sentence_before():
    text = "Đáng nói là trong năm 2019, Sóc Trăng còn ở nhóm cuối. Cụ thể, tỉnh chỉ xếp vị trí 50 theo Vietnam ICT Index."
    assert claims(text) == {(SOC_TRANG, "ict_index", 2019, 50)}


def test_a_rank_before_its_province_with_the_nation_and_a_score_between():
    text = ("Từ 60,1 điểm, xếp vị trí 30 của cả nước năm 2021, Sóc Trăng đã vươn lên vị trí thứ 20 với 64,2 điểm "
            "trong năm 2022.\nLễ công bố Chỉ số PCI năm 2022 diễn ra sáng nay.")
    assert claims(text) == {(SOC_TRANG, "pci", 2021, 30), (SOC_TRANG, "pci", 2022, 20)}
    assert claims("Theo PCI 2020, Sóc Trăng đứng thứ 40. Để tăng 5 hạng từ xếp thứ 45 lên 40 là cả sự cố gắng.") == {
        (SOC_TRANG, "pci", 2020, 40), (SOC_TRANG, "pci", 2019, 45)}


# Round 9: the classes of final9, each on sentences written here.
HAU_GIANG, AN_GIANG, PHU_YEN, BAC_LIEU, HA_GIANG = "pre2025-93", "pre2025-89", "pre2025-54", "pre2025-95", "pre2025-02"


def test_tinh_tp_with_a_full_stop_ends_the_sentence():
    text = "Theo PCI 2021, Phú Yên xếp thứ 30/63 tỉnh, TP. Vị trí quán quân thuộc về tỉnh Long An."
    assert claims(text) == {(PHU_YEN, "pci", 2021, 30), (LONG_AN, "pci", 2021, 1)}


def test_papi_ranks_out_of_the_provinces_it_covered():
    text = "Năm 2023, PAPI của An Giang xếp vị trí thứ 12/61 tỉnh, thành phố (năm 2021 xếp thứ 20/60)."
    assert claims(text) == {(AN_GIANG, "papi", 2023, 12), (AN_GIANG, "papi", 2021, 20)}
    # a bare fraction out of 61 in brackets is no rank
    assert claims("Về PAPI 2023, An Giang có chỉ số tham gia đạt mức khá (12/61).") == set()


def test_the_top_score_came_first_and_second_place():
    assert claims("Trong kết quả PAPI năm 2020, Phú Yên là địa phương có tổng điểm cao nhất 45,1 điểm.") == {
        (PHU_YEN, "papi", 2020, 1)}
    assert claims("Ở PAPI năm 2020, tỉnh về nhất là An Giang, về nhì là Long An.") == {
        (AN_GIANG, "papi", 2020, 1), (LONG_AN, "papi", 2020, 2)}
    # the province's best score over its own years is no first place
    assert claims("Theo PCI 2020, Phú Yên xếp thứ 30. Đây là năm tỉnh có điểm số cao nhất trong 10 năm.") == {
        (PHU_YEN, "pci", 2020, 30)}


def test_asides_in_brackets_name_neither_subject_nor_year():
    text = ("Chỉ số PAPI của Hậu Giang năm 2020 đạt 43 điểm (tỉnh đạt điểm cao nhất là An Giang với 46 điểm); "
            "xếp hạng 38/63 tỉnh, thành.")
    assert claims(text) == {(HAU_GIANG, "papi", 2020, 38), (AN_GIANG, "papi", 2020, 1)}
    text = "Chỉ số PAPI 2023 của Hậu Giang đạt 45,6 điểm (năm 2022 là 42,8 điểm), xếp thứ 9/63 tỉnh, thành phố."
    assert claims(text) == {(HAU_GIANG, "papi", 2023, 9)}


def test_a_rank_in_brackets_after_the_comparison_year_is_that_years():
    text = ("Về PAPI 2020, Phú Yên tăng 5 bậc. So với năm 2019 (điểm tổng hợp chỉ số PAPI của Phú Yên đạt 41,2 điểm, "
            "xếp thứ 45/63 tỉnh, thành phố) Phú Yên có 3 chỉ số nội dung giảm điểm.")
    assert (PHU_YEN, "papi", 2019, 45) in claims(text)


def test_a_rank_said_nationwide_before_a_region_and_a_region_after_cua():
    text = "Theo DTI năm 2023, tỉnh Hậu Giang đứng hạng 20 cả nước - cao nhất vùng Đồng bằng sông Cửu Long."
    assert claims(text) == {(HAU_GIANG, "dti", 2023, 20)}
    text = "Năm 2023, Chỉ số PAR Index của Hà Tĩnh đứng thứ 18 cả nước và thứ 2 của Bắc Trung bộ."
    assert claims(text) == {(HA_TINH, "par_index", 2023, 18)}


def test_a_number_of_a_list_followed_by_a_noun_is_a_count():
    text = "Theo DTI năm 2022, Bạc Liêu đứng thứ 50. Vì vậy, lần lượt 03 Đề án chuyên ngành được ban hành."
    assert claims(text) == {(BAC_LIEU, "dti", 2022, 50)}


def test_a_rank_held_last_year_and_a_past_year_set_against_another():
    text = "Theo báo cáo PCI 2024, An Giang, từ vị trí thứ 9 năm ngoái, vươn lên xếp hạng nhất."
    assert claims(text) == {(AN_GIANG, "pci", 2024, 1), (AN_GIANG, "pci", 2023, 9)}
    text = ("Nếu như Chỉ số PAPI năm 2021 của Hà Giang đứng thứ 40/63, thì đến năm 2022 Chỉ số PAPI của tỉnh "
            "tăng 5 bậc, vươn lên thứ hạng 35/63.")
    assert claims(text) == {(HA_GIANG, "papi", 2021, 40), (HA_GIANG, "papi", 2022, 35)}
    # ... but "đến năm 2025" is still a target
    assert claims("Hà Giang phấn đấu đến năm 2025 Chỉ số PAPI đứng thứ 20/63.") == set()


def test_in_the_same_year_and_a_year_aimed_at():
    text = "Năm 2019, An Giang đứng đầu PAPI. Đơn vị về ba đạt 46 điểm. Cũng trong năm này, Phú Yên xếp thứ 12."
    assert claims(text) == {(AN_GIANG, "papi", 2019, 1), (PHU_YEN, "papi", 2019, 12)}
    text = "Từ vị trí 49/63 theo PCI 2021, Phú Yên đặt mục tiêu tăng điểm số PCI năm 2022 lên 68 điểm."
    assert claims(text) == {(PHU_YEN, "pci", 2021, 49)}


def test_components_of_the_par_index_are_not_the_index():
    text = ("Năm 2022, Chỉ số cải cách hành chính của Phú Yên xếp thứ 37/63. Theo đó, Chỉ số Công tác chỉ đạo điều hành "
            "cải cách hành chính đạt 8,9 điểm, xếp thứ 30/63; Chỉ số thành phần Cải cách tài chính công xếp thứ 31/63; "
            "Chỉ số thành phần Xây dựng và phát triển Chính quyền điện tử, Chính quyền số xếp thứ 9/63.")
    assert claims(text) == {(PHU_YEN, "par_index", 2022, 37)}
    # ... but the modernisation component and the DTI pillars keep their codes
    text = "Năm 2021, chỉ số thành phần hiện đại hóa nền hành chính của Phú Yên xếp thứ 5/63."
    assert claims(text) == {(PHU_YEN, "par_modernisation", 2021, 5)}


def test_each_listed_year_takes_its_own_rank():
    text = "Chỉ số DTI năm 2021 và 2022 của Hậu Giang lần lượt đứng thứ 50 và 44/63 tỉnh, thành cả nước."
    assert claims(text) == {(HAU_GIANG, "dti", 2021, 50), (HAU_GIANG, "dti", 2022, 44)}


def test_a_province_ranked_in_a_clause_of_its_own_after_a_named_one():
    text = "Về PAR Index 2022, Long An đứng đầu, xếp thứ hai là Bà Rịa - Vũng Tàu, TP Hà Nội xếp thứ ba."
    assert claims(text) == {(LONG_AN, "par_index", 2022, 1), (BRVT, "par_index", 2022, 2), ("pre2025-01", "par_index", 2022, 3)}


def test_the_three_pillars_named_or_not_and_a_streak_of_years():
    text = "Năm 2021, An Giang xếp vị trí thứ nhất về DTI cấp tỉnh và giữ vị trí dẫn đầu ở cả 3 trụ cột chính."
    assert claims(text) == {(AN_GIANG, code, 2021, 1) for code in ("dti", "dti_gov", "dti_econ", "dti_soc")}
    text = ("Giai đoạn 2020 - 2025, Hậu Giang ba năm liền (2021 - 2023) dẫn đầu cả nước về chuyển đổi số, "
            "ở cả ba trụ cột chính quyền số - kinh tế số - xã hội số.")
    assert claims(text, published="2025-10-01") == {
        (HAU_GIANG, code, year, 1) for code in ("dti", "dti_gov", "dti_econ", "dti_soc") for year in (2021, 2022, 2023)}
    text = "Không phải lần đầu. 3 năm liên tiếp, từ 2015-2017, Phú Yên đã độc chiếm ngôi vị cao nhất của Bảng xếp hạng PCI."
    assert claims(text) == {(PHU_YEN, "pci", year, 1) for year in (2015, 2016, 2017)}


def test_a_streak_up_to_2024_is_of_the_unit_before_the_merger():
    text = "Hậu Giang hai năm liền (2023 - 2024) dẫn đầu cả nước về chuyển đổi số."
    assert claims(text, published="2025-10-01") == {(HAU_GIANG, "dti", 2023, 1), (HAU_GIANG, "dti", 2024, 1)}


def test_a_publisher_names_the_pci_and_a_streak_between_rank_and_index():
    text = ("Công bố chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2020.\n"
            "Theo công bố của VCCI và USAID, tỉnh Phú Yên xếp ở vị trí 40/63 tỉnh thành (giảm một bậc so với năm 2019).")
    assert claims(text) == {(PHU_YEN, "pci", 2020, 40)}
    text = "Đề án chuyển đổi số của thành phố Đà Nẵng đứng nhất 12 năm liên tiếp về ICT index trong các tỉnh thành."
    assert claims(text) == {(DA_NANG, "ict_index", None, 1)}


def test_a_title_held_for_years_of_a_province_and_a_list_of_main_indices_after_a_colon():
    assert claims('Theo PCI, một thành phố bất ngờ soán "ngôi vương" 5 năm của Long An.') == {(LONG_AN, "pci", None, 1)}
    text = ("Giá trị DTI của Hậu Giang năm 2023 đạt 0,8 điểm. Về các chỉ số chính, Hậu Giang dẫn đầu 2/8: "
            "nhận thức số, an toàn thông tin mạng; đứng thứ 2: hạ tầng số.")
    assert claims(text) == {(HAU_GIANG, "cybersecurity", 2023, 1)}


def test_a_subjectless_rank_opening_a_report_about_one_province():
    text = "Xếp thứ 40/63 tỉnh/thành phố có chỉ số chuyển đổi số\n\nTrong năm qua, tỉnh Hà Giang đã triển khai nhiều giải pháp."
    assert claims(text) == {(HA_GIANG, "dti", None, 40)}


# Round 10: the classes of final10, each on sentences written here.
LAI_CHAU, CAO_BANG, HA_NAM, TRA_VINH, QUANG_TRI = "pre2025-12", "pre2025-04", "pre2025-35", "pre2025-84", "pre2025-45"


def test_a_sentence_opening_on_a_comparison_with_the_region_is_regional():
    text = ("Theo PAR Index 2022, Bình Phước đứng thứ 25/63. So với vùng Đông Nam Bộ, Bình Phước đứng vị trí thứ 2, "
            "sau Bình Dương (thứ 5).")
    assert claims(text) == {(BINH_PHUOC, "par_index", 2022, 25), (BINH_DUONG, "par_index", 2022, 5)}


def test_a_regional_comparison_after_a_rank_is_that_ranks_scope():
    text = ("Bộ TT&TT công bố xếp hạng mức độ ứng dụng công nghệ thông tin, phát triển chính phủ điện tử năm 2016.\n\n"
            "Về mức độ ứng dụng CNTT, phát triển chính phủ điện tử của các tỉnh, thành phố, Hà Nam xếp ở vị trí thứ 4 "
            "so với các tỉnh vùng đồng bằng sông Hồng và xếp ở vị trí thứ 21 trong tổng số 63 tỉnh, thành phố.")
    assert claims(text) == {(HA_NAM, "egov", 2016, 21)}


def test_la_after_va_names_the_next_ranks_province():
    text = "Trong PCI 2021, Điện Biên xếp hạng 60, Lai Châu đứng áp chót với vị trí 62 và cuối bảng là Cao Bằng với vị trí 63."
    assert claims(text) == {(DIEN_BIEN, "pci", 2021, 60), (LAI_CHAU, "pci", 2021, 62), (CAO_BANG, "pci", 2021, 63)}


def test_a_bracket_of_pillar_ranks_does_not_name_the_main_ranks_index():
    text = "Theo DTI năm 2021, Nam Định xếp thứ 31 (chính quyền số xếp thứ 28, kinh tế số xếp thứ 40, xã hội số xếp thứ 19)."
    assert claims(text) == {(NAM_DINH, "dti", 2021, 31), (NAM_DINH, "dti_gov", 2021, 28),
                            (NAM_DINH, "dti_econ", 2021, 40), (NAM_DINH, "dti_soc", 2021, 19)}
    assert claims("Nam Định xếp thứ 12 (chỉ số PCI năm 2019).") == {(NAM_DINH, "pci", 2019, 12)}


def test_the_nth_time_in_a_row_over_a_span_of_years():
    text = "Quảng Ninh đứng đầu bảng xếp hạng PAR Index lần thứ 4 liên tiếp (2019-2022)."
    assert claims(text) == {(QUANG_NINH, "par_index", year, 1) for year in range(2019, 2023)}
    # without the span, the streak dates nothing
    assert claims("Quảng Ninh đứng đầu PAR Index 2022, năm thứ 4 liên tiếp.") == {(QUANG_NINH, "par_index", 2022, 1)}


def test_leading_a_list_of_main_indices_after_a_colon():
    text = ("Năm 2023, Bắc Ninh dẫn đầu các chỉ số thành phần: thể chế số, nhân lực số, an toàn thông tin mạng "
            "và xếp thứ 3 về hạ tầng số.")
    assert claims(text) == {(BAC_NINH, "cybersecurity", 2023, 1)}
    assert claims("Theo PCI 2023, Bắc Ninh dẫn đầu các chỉ số thành phần: tính minh bạch, chi phí thời gian.") == set()
    assert claims("Năm 2023, Bắc Ninh dẫn đầu các chỉ số thành phần của PCI.") == set()


def test_a_rank_right_after_the_comparison_year_is_that_years():
    text = "Chỉ số PAPI năm 2022 của Lạng Sơn xếp thứ 14/63, tăng 20 bậc so với năm 2021 xếp thứ 34/63."
    assert claims(text) == {(LANG_SON, "papi", 2022, 14), (LANG_SON, "papi", 2021, 34)}
    # after a comma the rank is the new one
    assert claims("Chỉ số PAPI năm 2022 của Lạng Sơn tăng 20 bậc so với năm 2021, xếp thứ 14/63.") == {
        (LANG_SON, "papi", 2022, 14)}


def test_a_rank_out_of_a_few_provinces_is_no_national_rank():
    assert claims("Năm 2022, Chỉ số CCHC của Lai Châu xếp thứ 40/63, đứng thứ 02/6 tỉnh biên giới.") == {
        (LAI_CHAU, "par_index", 2022, 40)}


def test_vi_thu_and_a_dated_rank_in_brackets():
    text = "Theo PCI 2019, tỉnh Quảng Trị đạt 64 điểm, xếp vị thứ 11/63 tỉnh, thành phố (năm 2018 xếp hạng thứ 15/63)."
    assert claims(text) == {(QUANG_TRI, "pci", 2019, 11), (QUANG_TRI, "pci", 2018, 15)}


def test_the_overall_it_application_ranking_dated_by_the_report_it_rates():
    text = ("Hà Nam xếp thứ 9 về ứng dụng công nghệ thông tin năm 2015\n\nBộ TT&TT vừa công bố Báo cáo đánh giá mức độ "
            "ứng dụng CNTT của các bộ và 63 tỉnh, thành phố năm 2015.\n\nVới 650 điểm, tỉnh Hà Nam đứng thứ 9 trong Bảng "
            "xếp hạng tổng thể về mức độ ứng dụng CNTT của 63 tỉnh, thành phố.\n\nVề cơ chế, chính sách cho ứng dụng CNTT, "
            "tỉnh Hà Nam giữ vị trí thứ 2. Tiêu chí về ứng dụng CNTT phục vụ người dân (vị trí thứ 6).")
    assert claims(text) == {(HA_NAM, "egov", 2015, 9)}
    # a weak name said in passing dates nothing
    assert claims("Năm 2022, tỉnh đẩy mạnh chuyển đổi số.\n\nBắc Ninh xếp thứ 7/63 về chỉ số DTI.") == {
        (BAC_NINH, "dti", None, 7)}


def test_a_year_after_the_index_and_the_units_it_ranks():
    text = "Theo Bộ Nội vụ, Đà Nẵng dẫn đầu bảng xếp hạng về cải cách hành chính các bộ, ngành, tỉnh, thành năm 2015 (PAR INDEX)."
    assert claims(text) == {(DA_NANG, "par_index", 2015, 1)}


def test_an_undated_headline_rank_dated_in_the_body_is_one_claim():
    text = ("Quảng Trị vươn lên vị trí thứ 5 PCI toàn quốc\n\nNăm 2019, Quảng Trị đạt vị trí thứ 5 toàn quốc trong bảng "
            "xếp hạng chỉ số năng lực cạnh tranh cấp tỉnh.")
    assert claims(text, published="2020-05-01") == {(QUANG_TRI, "pci", 2019, 5)}


def test_the_lead_after_a_group_in_a_clause_before():
    text = ("Theo kết quả Chỉ số PAR Index 2020, đối với UBND các tỉnh, thành phố, vị trí dẫn đầu chỉ số này "
            "thuộc về TP Đà Nẵng.")
    assert claims(text) == {(DA_NANG, "par_index", 2020, 1)}
    assert claims("Theo DTI 2021, đối với các tỉnh, 2 vị trí dẫn đầu thuộc về Đà Nẵng và Huế.") == set()


def test_components_and_economies_are_no_index():
    text = ("Năm 2023, Chỉ số CCHC của Gia Lai xếp thứ 20/63; Chỉ số xây dựng và phát triển chính quyền điện tử, "
            "chính quyền số xếp hạng 12/63.")
    assert claims(text) == {(GIA_LAI, "par_index", 2023, 20)}
    text = ("Theo PAR Index 2023, Trà Vinh xếp thứ 30. Năm 2023, kinh tế Trà Vinh tiếp tục tăng trưởng khá, "
            "đứng thứ 5 vùng ĐBSCL và thứ 20 cả nước.")
    assert claims(text) == {(TRA_VINH, "par_index", 2023, 30)}
    assert claims("Theo DTI 2023, kinh tế số tăng trưởng mạnh, Trà Vinh xếp thứ 10 về kinh tế số.") == {
        (TRA_VINH, "dti_econ", 2023, 10)}
    # "công tác chỉ đạo điều hành" in running prose names no component
    text = "Theo PCI 2018, nhờ công tác chỉ đạo điều hành của các cấp, tỉnh Quảng Trị xếp vị thứ 11/63."
    assert claims(text) == {(QUANG_TRI, "pci", 2018, 11)}


def test_one_rank_in_brackets_after_a_list_of_indices():
    text = ("Theo DTI 2022, Bắc Giang có nhiều chỉ số xếp hạng cao như: nhân lực số (xếp thứ nhất), thể chế số, "
            "an toàn thông tin mạng (xếp thứ 3), hạ tầng số (xếp thứ tư).")
    assert claims(text) == {(BAC_GIANG, "cybersecurity", 2022, 3)}


def test_a_city_inside_a_province_spelled_with_its_name():
    text = "Văn phòng UBND tỉnh và Thành phố Lai Châu tiếp tục dẫn đầu bảng xếp hạng chỉ số cải cách hành chính năm 2021."
    assert claims(text) == set()
    assert claims("TP - Quảng Ninh tiếp tục giành vị trí thứ nhất trong bảng xếp hạng PCI 2019.") == {
        (QUANG_NINH, "pci", 2019, 1)}


# Round 11: classes of final11 (in sample), each on sentences written here.
BINH_DINH = "pre2025-52"


def test_a_sentence_opening_on_the_provinces_of_a_region_is_regional():
    text = ("Theo xếp hạng Chính phủ điện tử năm 2018, Kon Tum xếp vị trí thứ 40 trong 63 tỉnh. "
            "Đối với các tỉnh khu vực Tây Nguyên, Kon Tum xếp ở vị trí thứ 4.")
    assert claims(text) == {(KON_TUM, "egov", 2018, 40)}


def test_the_highest_position_leads_but_a_best_ever_does_not():
    assert claims("Theo xếp hạng PCI năm 2018, ở khối các tỉnh, thành phố, Bình Định xếp ở vị trí cao nhất.") == {
        (BINH_DINH, "pci", 2018, 1)}
    assert claims("Theo PCI 2018, Bình Định có thứ hạng cao nhất cả nước.") == {(BINH_DINH, "pci", 2018, 1)}
    text = "Theo PCI 2018, Bình Định xếp thứ 10. Bình Định đứng ở vị trí cao nhất từ trước đến nay."
    assert claims(text) == {(BINH_DINH, "pci", 2018, 10)}


def test_a_provinces_ranking_of_its_own_departments_is_no_index():
    text = ("UBND tỉnh Bình Định công bố kết quả xếp hạng mức độ ứng dụng CNTT của các cơ quan hành chính nhà nước "
            "trên địa bàn tỉnh năm 2019. Theo đó, dẫn đầu về mức độ ứng dụng CNTT của các cơ quan chuyên môn là Sở Tư pháp.")
    assert claims(text) == set()
    assert claims("Năm 2019, Bình Định xếp thứ 12 về mức độ ứng dụng CNTT trong các cơ quan nhà nước.") == {
        (BINH_DINH, "egov", 2019, 12)}


def test_attracting_investment_is_no_index():
    assert claims("Năm 2022, Bắc Ninh xếp thứ 7 về PCI; thu hút đầu tư xếp thứ 3.") == {(BAC_NINH, "pci", 2022, 7)}


HA_NOI, HAI_PHONG, AN_GIANG, DONG_THAP = "pre2025-01", "pre2025-31", "pre2025-89", "pre2025-87"


def test_a_count_of_times_dates_each_year_listed_in_a_bracket_after_it():
    text = "Từ năm 2015 đến nay, Long An có 5 lần đứng đầu chỉ số PAPI (2016 đến năm 2018 và 2021 - 2022)."
    assert claims(text) == {(LONG_AN, "papi", year, 1) for year in (2016, 2017, 2018, 2021, 2022)}
    # the count and the years listed disagree: the range is not spread over the count
    years = {year for _, _, year, _ in claims("Long An có 3 lần đứng đầu chỉ số PAPI (2016, 2018 - 2021).")}
    assert not years & {2019, 2020, 2021}


def test_a_lead_in_that_lists_indices_dates_the_ranks_after_it():
    text = ("Về các chỉ số năm 2023, như: Chỉ số SIPAS của Đồng Tháp xếp thứ 20/63. Đối với chỉ số PAPI: tăng "
            "nhẹ so với năm 2022, tuy nhiên tỉnh vẫn xếp thứ 40/61. Với chỉ số PCI: xếp thứ 6 cả nước.")
    assert claims(text) == {(DONG_THAP, "papi", 2023, 40), (DONG_THAP, "pci", 2023, 6)}


def test_a_span_of_years_after_a_rank_is_that_ranks_not_a_later_fall():
    text = ("Đà Nẵng, từng là số 1 trong ba năm liên tiếp (từ 2015 - 2017) về PCI, đã tụt xuống vị trí thứ 9 "
            "trong năm 2018.")
    assert claims(text) == {(DA_NANG, "pci", 2015, 1), (DA_NANG, "pci", 2016, 1), (DA_NANG, "pci", 2017, 1),
                            (DA_NANG, "pci", 2018, 9)}
    assert claims("Đà Nẵng từng là địa phương số 1 về PCI năm 2016.") == {(DA_NANG, "pci", 2016, 1)}


def test_a_rank_reached_in_a_year_named_after_it():
    text = "Theo PCI 2019, Hà Nội tụt xuống thứ 40 so với thứ 30 đạt được trong năm 2018."
    assert claims(text) == {(HA_NOI, "pci", 2019, 40), (HA_NOI, "pci", 2018, 30)}


def test_bare_national_ranks_after_names_and_colons_in_a_bracket():
    text = ("Chỉ số PAR INDEX năm 2022 của Gia Lai xếp thứ 20/63; đứng thứ 1/5 so với các tỉnh Tây Nguyên "
            "(Kon Tum: xếp thứ 33; Lâm Đồng: 41; Đắk Nông: 55).")
    assert claims(text) == {(GIA_LAI, "par_index", 2022, 20), ("pre2025-62", "par_index", 2022, 33),
                            ("pre2025-68", "par_index", 2022, 41), ("pre2025-67", "par_index", 2022, 55)}
    # outside a bracket, a number after a name and a colon counts something
    assert claims("Theo PAR INDEX 2022, Gia Lai xếp thứ 20. Kon Tum: 12 thủ tục được cắt giảm.") == {
        (GIA_LAI, "par_index", 2022, 20)}


def test_the_monthly_service_index_is_no_index():
    text = ("Công bố kết quả Bộ chỉ số phục vụ người dân và doanh nghiệp tháng 4 năm 2024. "
            "Tổng số điểm An Giang đạt 70,5/100 điểm, xếp hạng 15/63 tỉnh, thành phố.")
    assert claims(text) == set()


def test_a_count_of_departments_or_committees_ranked_is_no_rank():
    assert claims("Đối với DTI cấp tỉnh, Hải Phòng đánh giá xếp hạng 17 sở, ban, ngành.") == set()
    assert claims("Bộ Nội vụ xếp hạng 63 UBND tỉnh về cải cách hành chính năm 2022.") == set()


def test_the_rank_of_a_category_outside_the_vocabulary_is_no_claim():
    text = ("Năm 2019, Hậu Giang xếp hạng 30/63 về mức độ ứng dụng CNTT của cơ quan nhà nước. Ở hạng mục Hạ tầng "
            "thông tin của cơ quan, xếp hạng 12/63, tăng 20 bậc so với năm 2018 (năm 2018, xếp hạng 32/63).")
    assert claims(text) == {("pre2025-93", "egov", 2019, 30)}
    text = "Năm 2022, Hà Nội đứng thứ 2 ở cả 3 hạng mục chính quyền số, kinh tế số và xã hội số."
    assert claims(text) == {(HA_NOI, code, 2022, 2) for code in ("dti_gov", "dti_econ", "dti_soc")}

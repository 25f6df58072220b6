"""Event type, date resolution and location."""

import datetime as dt

from pipeline.events import dateline, event_type, find_date, find_location
from pipeline.textutil import split_sentences


def date_of(text, published=None):
    date_text, date, _sent = find_date(text, split_sentences(text), published)
    return date_text, date


def test_first_listed_activity_in_the_lead_wins():
    assert event_type("Hội nghị tổng kết phong trào thi đua năm 2023, phát động thi đua năm 2024") == "tổng kết"
    assert event_type("Phát động phong trào thi đua và ký kết giao ước thi đua năm 2024") == "phát động"
    assert event_type("Lễ đón nhận Huân chương Lao động hạng Nhì") == "trao tặng"
    assert event_type("Đại hội Thi đua yêu nước tỉnh lần thứ V") == "đại hội thi đua yêu nước"
    assert event_type("Hội thao chào mừng ngày thành lập, trao giải nhất cho đội bóng") == "khác"


def test_decision_and_council_meeting():
    assert event_type("Chủ tịch nước vừa ký Quyết định tặng thưởng Huân chương") == "quyết định khen thưởng"
    assert event_type("Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng năm 2023") == "họp xét khen thưởng"


def test_day_month_resolved_against_publication_date():
    assert date_of("Chiều 30-3, UBND huyện tổ chức hội nghị.", dt.date(2023, 3, 30)) == ("Chiều 30-3", dt.date(2023, 3, 30))


def test_event_late_in_december_published_in_january_is_last_year():
    assert date_of("Sáng 28/12, Cụm thi đua tổng kết.", dt.date(2024, 1, 3))[1] == dt.date(2023, 12, 28)


def test_explicit_year_wins_and_no_year_means_no_date():
    assert date_of("Quyết định số 12/QĐ-UBND ngày 5/6/2021 của UBND tỉnh.") == ("ngày 5/6/2021", dt.date(2021, 6, 5))
    assert date_of("Sáng 9/10, tỉnh trao bằng khen cho doanh nghiệp.") == ("Sáng 9/10", None)


def test_year_implied_by_a_summing_up():
    text = "Hội nghị tổng kết công tác thi đua năm 2021\n\nNgày 10-1, UBND tỉnh tổng kết công tác thi đua năm 2021."
    assert date_of(text)[1] == dt.date(2022, 1, 10)
    text = "Chiều 15/12, Cụm thi đua tổ chức hội nghị tổng kết công tác thi đua năm 2021."
    assert date_of(text)[1] == dt.date(2021, 12, 15)


def test_dates_in_brackets_and_datelines_are_skipped():
    text = "Kỷ niệm 20 năm thành lập (15/3/2002 - 15/3/2022)\n\n10:02, 28/12/2021\n\nHuyện phát động thi đua."
    assert date_of(text) == (None, None)
    assert dateline(text) == dt.date(2021, 12, 28)


def test_location_is_a_place_not_a_ceremony():
    assert find_location("Tại lễ kỷ niệm, sáng 5/5 tại huyện Yên Thế, Cụm thi đua ký kết.")[0] == "huyện Yên Thế"
    assert find_location("Tại kỳ họp thứ 7, HĐND tỉnh xem xét.")[0] is None


def test_date_in_brackets_after_part_of_day_and_hall_as_venue():
    assert date_of("Sáng nay (15/4), tại Hội trường UBND tỉnh diễn ra lễ trao.", dt.date(2024, 4, 15)) == (
        "Sáng nay (15/4)", dt.date(2024, 4, 15))
    assert find_location("Sáng nay (15/4), tại Hội trường UBND tỉnh, lễ trao diễn ra.")[0] == "Hội trường UBND tỉnh"


def test_year_implied_by_an_anniversary_or_a_term_congress():
    text = "Kỷ niệm 25 năm thành lập huyện (1997–2022) và đón nhận Huân chương\n\nSáng 12/4, huyện tổ chức lễ kỷ niệm."
    assert date_of(text)[1] == dt.date(2022, 4, 12)
    text = "Đại hội Hội Cựu chiến binh tỉnh nhiệm kỳ 2022-2027\n\nSáng 8/6, Đại hội khai mạc."
    assert date_of(text)[1] == dt.date(2022, 6, 8)


def test_a_decision_date_is_the_event_date_only_for_decisions():
    text = "Thực hiện Quyết định số 123/QĐ-CTN ngày 5/1/2023 của Chủ tịch nước, chiều 15/4, huyện tổ chức lễ đón nhận."
    sents = split_sentences(text)
    assert find_date(text, sents, dt.date(2023, 4, 16), "trao tặng")[:2] == ("chiều 15/4", dt.date(2023, 4, 15))
    assert find_date(text, sents, dt.date(2023, 4, 16), "quyết định khen thưởng")[:2] == ("ngày 5/1/2023", dt.date(2023, 1, 5))


def test_mid_year_review_stays_in_its_year():
    text = "Chiều 12/7, Cụm thi đua sơ kết 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm."
    assert date_of(text)[1] == dt.date(2023, 7, 12)


def test_a_named_unit_receiving_a_flag_in_the_headline_is_a_ceremony():
    text = ("Trường THCS Lê Quý Đôn nhận Cờ thi đua của Bộ Giáo dục và Đào tạo\n\n"
            "Sáng 8/1, Trường THCS Lê Quý Đôn tổ chức sơ kết học kỳ I năm học 2024-2025 và đón nhận Cờ thi đua.")
    assert event_type(text) == "trao tặng"


def test_a_count_of_units_receiving_is_not_a_ceremony_headline():
    text = ("85 đơn vị nhận Bằng khen của Chủ tịch UBND tỉnh\n\n"
            "Chiều 12/3, Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng năm 2024.")
    assert event_type(text) == "họp xét khen thưởng"


def test_an_authority_that_has_just_conferred_is_a_decision_report():
    assert event_type("Khen thưởng 3 đơn vị dẫn đầu\n\nChủ tịch UBND tỉnh vừa tặng Cờ thi đua năm 2024 cho 3 đơn vị "
                      "dẫn đầu các khối thi đua.") == "quyết định khen thưởng"
    # a ceremony named first still wins
    assert event_type("Trao Cờ thi đua cho 3 đơn vị\n\nChủ tịch UBND tỉnh vừa tặng Cờ thi đua cho 3 đơn vị.") == "trao tặng"

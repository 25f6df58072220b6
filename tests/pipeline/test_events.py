"""Event type, date resolution and location."""

import datetime as dt

from pipeline.events import dateline, event_type, find_date, find_location
from pipeline.textutil import split_sentences


def date_of(text, published=None):
    """(date_text, the date with the year the passage ties to the event); a guessed year counts as none here
    (the guess has tests of its own)."""
    date_text, date, _sent, guessed = find_date(text, split_sentences(text), published)
    return date_text, None if guessed else date


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


def test_day_and_month_separated_by_a_dot():
    assert date_of("Tối 12.5, huyện Kỳ Sơn tổ chức lễ đón nhận Huân chương.", dt.date(2019, 5, 13)) == (
        "Tối 12.5", dt.date(2019, 5, 12))
    assert date_of("Lễ trao tặng diễn ra ngày 3.7.2018 tại nhà văn hóa xã.")[1] == dt.date(2018, 7, 3)
    # a decimal figure is not a date
    assert date_of("Ngày 15.000 lượt người tham gia phong trào.") == (None, None)


def test_yesterday_and_today_before_the_date():
    assert date_of("Ngày hôm qua 20/6, Cụm thi đua số 3 ký kết giao ước.", dt.date(2022, 6, 21)) == (
        "Ngày hôm qua 20/6", dt.date(2022, 6, 20))
    assert date_of("Hôm nay (4/11), tỉnh tổ chức lễ tuyên dương.", dt.date(2021, 11, 4))[1] == dt.date(2021, 11, 4)


def test_dateline_written_with_dots():
    assert dateline("Khối thi đua các trường tổng kết\n\n09:15, 21.10.2019\n\nSáng 20/10, Khối thi đua tổng kết.") == (
        dt.date(2019, 10, 21))


def test_a_guidance_document_date_is_not_the_event_date():
    text = ("Thực hiện Hướng dẫn số 45/HD-UBND ngày 2/3/2022 của UBND tỉnh, sáng ngày 18/3/2022, "
            "Khối thi đua các cơ quan Đảng tổng kết công tác thi đua.")
    assert date_of(text) == ("sáng ngày 18/3/2022", dt.date(2022, 3, 18))


def test_year_implied_by_an_anniversary_written_with_full_dates():
    text = ("Huyện Hòa Vang kỷ niệm 45 năm ngày giải phóng (29-3-1975/29-3-2020) và đón nhận Huân chương\n\n"
            "Tối 28-3, huyện tổ chức lễ kỷ niệm.")
    assert date_of(text)[1] == dt.date(2020, 3, 28)
    text = "Lễ kỷ niệm 70 năm Cách mạng Tháng Tám (19.8.1945 - 19.8.2015)\n\nSáng 18.8, thành phố tổ chức lễ."
    assert date_of(text)[1] == dt.date(2015, 8, 18)


def test_year_implied_by_a_congress_period():
    text = "Đại hội Thi đua yêu nước huyện Gia Lâm lần thứ V, giai đoạn 2020 - 2025\n\nChiều 14/7, huyện khai mạc Đại hội."
    assert date_of(text)[1] == dt.date(2020, 7, 14)


def test_a_congress_named_as_where_a_movement_began_is_not_the_event():
    text = ("Khối thi đua Nội chính sơ kết phong trào thi đua năm 2021\n\nChiều 6/7, Khối thi đua sơ kết 6 tháng. "
            "Các đơn vị thực hiện phong trào do Thủ tướng phát động tại Đại hội thi đua yêu nước toàn quốc lần thứ X.")
    assert event_type(text) == "tổng kết"
    assert event_type("Tỉnh tổ chức Đại hội thi đua yêu nước lần thứ VI, tuyên dương 200 điển hình.") == (
        "đại hội thi đua yêu nước")


def test_a_conferral_without_a_ceremony_is_a_decision():
    # the headline says only "truy tặng"; the body reports a signed decision and no ceremony
    text = ("Truy tặng Huân chương Bảo vệ Tổ quốc cho liệt sĩ Hoàng Văn Nam\n\n"
            "Chủ tịch nước đã ký Quyết định truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho liệt sĩ Hoàng Văn Nam.")
    assert event_type(text) == "quyết định khen thưởng"
    assert event_type("Theo đó, UBND tỉnh có Quyết định về việc tặng Bằng khen cho 6 tập thể: Trường Tiểu học "
                      "Kim Đồng; Hội Nông dân huyện Mai Sơn.") == "quyết định khen thưởng"
    assert event_type("7 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen: Công ty Điện lực Hà Tĩnh; "
                      "Trường THPT Phan Đình Phùng.") == "quyết định khen thưởng"


def test_a_conferral_later_said_to_be_handed_over_is_a_ceremony():
    text = ("Nhà văn Lê Minh Khuê được Chủ tịch nước tặng Huân chương Lao động hạng Nhì\n\n"
            "Sáng qua, Bộ Văn hóa đã trao tặng Huân chương Lao động hạng Nhì cho nhà văn.")
    assert event_type(text) == "trao tặng"
    # a ceremony headline stays a ceremony even when the decision is cited
    text = ("Truy tặng Huân chương cho liệt sĩ\n\nHuyện tổ chức lễ truy tặng theo Quyết định số 55/QĐ-CTN "
            "của Chủ tịch nước.")
    assert event_type(text) == "trao tặng"


def test_the_activity_may_be_named_after_a_long_lead():
    filler = "Năm qua, các đơn vị trong tỉnh đã hoàn thành tốt nhiệm vụ chính trị được giao. " * 7
    text = filler + "Tại hội nghị, Phó Bí thư Tỉnh ủy biểu dương những tập thể có thành tích xuất sắc."
    assert len(filler) > 500
    assert event_type(text) == "hội nghị điển hình tiên tiến"
    assert event_type(filler) == "khác"


def test_a_movement_launched_by_others_is_not_a_launch():
    text = ("Hội thao của Cụm thi đua các huyện miền núi diễn ra sôi nổi. Hội thao hưởng ứng phong trào "
            "thi đua do các cấp, các ngành phát động.")
    assert event_type(text) == "khác"
    assert event_type("Sáng 3/2, UBND tỉnh đã phát động phong trào thi đua năm 2025.") == "phát động"


def test_a_persons_home_is_not_the_venue():
    assert find_location("Bà Trần Thị Lan (quê quán tại xã Hải Anh, huyện Hải Hậu) được truy tặng danh hiệu.")[0] is None
    assert find_location("Ông Lò Văn Pằn, cư trú tại xã Chiềng Sơn, được tặng Huy hiệu.")[0] is None
    assert find_location("Sáng 2/4, tại Hội trường Công ty Cổ phần Dệt Nam Định (Namdinh Tex.co) đã diễn ra hội nghị.")[0] == (
        "Hội trường Công ty Cổ phần Dệt Nam Định (Namdinh Tex.co)")


def test_a_publication_date_known_only_to_the_month():
    from pipeline.jsonl import _published

    assert _published("2021-11") == dt.date(2021, 11, 30)
    assert _published("2019") == dt.date(2019, 12, 31)
    assert _published("2021-11-05T08:00:00") == dt.date(2021, 11, 5)
    assert _published("tháng 11") is None
    assert _published("20/08/2020 10:15") == dt.date(2020, 8, 20)
    assert date_of("Sáng 20/11, trường tổ chức lễ tuyên dương.", _published("2021-11"))[1] == dt.date(2021, 11, 20)


def test_weekday_or_comma_between_the_part_of_day_and_the_date():
    pub = dt.date(2023, 6, 30)
    assert date_of("Sáng thứ Bảy, 10/6, xã Tân Lập tổ chức lễ đón nhận Cờ thi đua.", pub) == (
        "Sáng thứ Bảy, 10/6", dt.date(2023, 6, 10))
    assert date_of("Chiều thứ 5 (8/6), Khối thi đua số 4 ký kết giao ước thi đua.", pub)[1] == dt.date(2023, 6, 8)
    assert date_of("Sáng Chủ nhật, ngày 4/6, huyện phát động thi đua.", pub)[1] == dt.date(2023, 6, 4)
    assert date_of("Sáng ngày (2/6), Hội đồng Thi đua - Khen thưởng họp xét.", pub)[1] == dt.date(2023, 6, 2)


def test_a_span_of_days_gives_its_first_day():
    pub = dt.date(2023, 6, 30)
    assert date_of("Trong 2 ngày 12-13/6, tỉnh tổ chức Đại hội.", pub) == ("Trong 2 ngày 12-13/6", dt.date(2023, 6, 12))
    assert date_of("Từ ngày 20 đến ngày 22/6, các đơn vị ký kết.", pub)[1] == dt.date(2023, 6, 20)


def test_a_line_holding_only_a_date_is_the_dateline():
    assert dateline("Phường Tân Mai phát động thi đua\n(14/03/2023)\nNgày 12/3, phường phát động.") == dt.date(2023, 3, 14)
    assert dateline("Ngày đăng: 05/09/2021\nSáng 4/9, xã tổ chức lễ.") == dt.date(2021, 9, 5)
    # a document's date inside a sentence is no dateline
    assert dateline("Theo Quyết định ngày 14/03/2023 của UBND tỉnh\nxã được tặng Bằng khen.") is None


def test_armed_forces_congress_closes_its_period():
    text = ("Đại hội Thi đua Quyết thắng lực lượng vũ trang huyện giai đoạn 2019 - 2024\n\n"
            "Sáng 11/4, Ban Chỉ huy Quân sự huyện tổ chức Đại hội.")
    assert event_type(text) == "đại hội thi đua yêu nước"
    assert date_of(text)[1] == dt.date(2024, 4, 11)


def test_a_reviewed_period_is_not_the_congress_period():
    text = ("Đại hội sẽ đánh giá kết quả giai đoạn 2015-2020 và đề ra phương hướng giai đoạn 2020-2025.\n\n"
            "Sáng 19/8, tỉnh khai mạc Đại hội.")
    assert date_of(text)[1] is None
    # said of the event in the date's paragraph, the review of 2015-2020 meets in the period's closing year
    text = ("Sáng 19/8, tỉnh khai mạc Đại hội. Đại hội đánh giá kết quả giai đoạn 2015-2020 và đề ra "
            "phương hướng giai đoạn 2020-2025.")
    assert date_of(text)[1] == dt.date(2020, 8, 19)


def test_year_implied_by_a_school_year_or_a_summed_up_period():
    assert date_of("Sáng 26/5, Trường Tiểu học Hòa Bình tổng kết năm học 2023-2024.")[1] == dt.date(2024, 5, 26)
    assert date_of("Sáng 6/9, Sở Giáo dục phát động thi đua năm học 2024 - 2025.")[1] == dt.date(2024, 9, 6)
    assert date_of("Chiều 18/12, thị xã tổng kết phong trào thi đua giai đoạn 2021-2025.")[1] == dt.date(2025, 12, 18)
    assert date_of("Chiều 9/1, thị xã tổng kết phong trào thi đua giai đoạn 2021-2025.")[1] == dt.date(2026, 1, 9)
    assert date_of("Sáng 2/3, Khối thi đua ký kết giao ước thi đua giai đoạn 2026-2030.")[1] == dt.date(2026, 3, 2)


def test_a_date_run_into_a_scraped_dateline():
    text = "Huyện tổ chức Đại hội Thi đua yêu nước lần thứ VI (2025-2030)\n03/07/2025Sáng nay (3/7), huyện khai mạc Đại hội."
    assert date_of(text) == ("Sáng nay (3/7)", dt.date(2025, 7, 3))


def test_a_capitalised_house_is_a_venue():
    assert find_location("Chiều 8.3, tại Nhà Thiếu nhi tỉnh, Hội Liên hiệp Phụ nữ tuyên dương 50 gương phụ nữ.")[0] == (
        "Nhà Thiếu nhi tỉnh")


def test_council_reviews_named_as_xet_thuong_and_council_cooperation_is_no_meeting():
    assert event_type("Ngày 8/12, Hội đồng Thi đua - Khen thưởng huyện tổ chức hội nghị xét thưởng thành tích năm 2024.") == (
        "họp xét khen thưởng")
    assert event_type("Hội đồng Thi đua - Khen thưởng tỉnh phối hợp tổ chức hội nghị tổng kết công tác thi đua năm 2024.") == (
        "tổng kết")


def test_a_ceremony_citing_only_its_decision_has_no_event_date():
    text = ("Huyện tổ chức lễ truy tặng danh hiệu cho 5 mẹ theo Quyết Định số 77/QĐ-CTN ngày 2/4/2019 "
            "của Chủ tịch nước.")
    sents = split_sentences(text)
    assert find_date(text, sents, None, "trao tặng")[:2] == (None, None)
    assert find_date(text, sents, None, "quyết định khen thưởng")[:2] == ("ngày 2/4/2019", dt.date(2019, 4, 2))


def test_background_activities_after_the_lead_do_not_name_the_event():
    filler = "Ngày 4/10, Cụm thi đua số 5 tổ chức hội nghị kiểm tra kết quả công tác 9 tháng. " * 7
    text = filler + "Trong năm, các đơn vị đã tổ chức, phát động nhiều đợt thi đua cao điểm."
    assert len(filler) > 500
    assert event_type(text) == "khác"


def test_dateline_with_the_month_in_words():
    text = "Xã Yên Lạc đón nhận Huân chương\nThứ Bảy, 14 Tháng 10, 2023 08:15\nSáng 13/10, xã tổ chức lễ đón nhận."
    assert dateline(text) == dt.date(2023, 10, 14)
    assert date_of(text) == ("Sáng 13/10", dt.date(2023, 10, 13))
    # an event sentence written with the month in words is no dateline
    assert dateline("Ngày 19 tháng 11 năm 2021, Khối thi đua tổ chức hội nghị tổng kết phong trào thi đua.") is None


def test_a_congress_a_delegation_goes_to_or_looks_back_on_is_not_the_event():
    assert event_type("Huyện tổng kết thi đua năm 2020 và bầu đoàn đại biểu đi dự Đại hội Thi đua yêu nước tỉnh.") == (
        "tổng kết")
    assert event_type("Lễ tuyên dương những điển hình xuất hiện từ sau Đại hội Thi đua yêu nước toàn quốc lần thứ X.") == (
        "hội nghị điển hình tiên tiến")
    assert event_type("Dự Đại hội Thi đua yêu nước tỉnh lần thứ VI có đồng chí Lê Văn Thành.") == "đại hội thi đua yêu nước"


def test_an_announced_date_shortly_after_publication_is_ahead_not_last_year():
    assert date_of("Hội nghị dự kiến diễn ra vào ngày 11/6 tại Hà Nội.", dt.date(2023, 6, 1))[1] == dt.date(2023, 6, 11)
    assert date_of("Sáng 5/1 tới, huyện sẽ tổ chức Đại hội.", dt.date(2023, 12, 28))[1] == dt.date(2024, 1, 5)
    # a day half a year ahead is a past day reported late
    assert date_of("Sáng 15/3, xã tổ chức lễ đón nhận.", dt.date(2023, 9, 20))[1] == dt.date(2023, 3, 15)


def test_a_school_written_in_lower_case_is_a_venue():
    assert find_location("Chiều 23/3, tại trường Chính trị tỉnh, Khối thi đua ký kết giao ước.")[0] == "trường Chính trị tỉnh"
    assert find_location("Tại trường hợp đặc biệt, hội đồng xét lại.")[0] is None


def test_a_decision_is_dated_by_its_signing_not_by_the_report():
    text = "Ngày 20/5, Chủ tịch UBND tỉnh vừa ký Quyết định số 123/QĐ-UBND, ngày 15/5/2023 tặng Bằng khen cho 5 tập thể."
    sents = split_sentences(text)
    assert find_date(text, sents, dt.date(2023, 5, 21), "quyết định khen thưởng")[:2] == ("ngày 15/5/2023", dt.date(2023, 5, 15))
    # for a ceremony, a numbered decision (comma and all) is still no event date
    text = "Sáng 20/5, tỉnh tổ chức lễ trao Bằng khen theo Quyết định số 123/QĐ-UBND, ngày 15/5/2023 cho 5 tập thể."
    assert find_date(text, split_sentences(text), dt.date(2023, 5, 21), "trao tặng")[:2] == ("Sáng 20/5", dt.date(2023, 5, 20))


def test_an_activity_named_as_a_documents_subject_is_not_the_event():
    assert event_type("Thực hiện Kế hoạch phát động thi đua năm 2025 của UBND tỉnh, sáng 14/3, Cụm thi đua số 3 "
                      "tổ chức ký kết giao ước thi đua.") == "ký kết giao ước thi đua"
    assert event_type("Thực hiện Hướng dẫn số 9/HD-BTĐKT về tổng kết công tác thi đua, chiều 2/4, Khối thi đua "
                      "ký kết giao ước thi đua năm 2025.") == "ký kết giao ước thi đua"
    # announcing a decision at a ceremony is still a ceremony; a decision to confer is a decision
    assert event_type("Lễ công bố quyết định và trao Bằng khen cho 5 tập thể.") == "trao tặng"
    assert event_type("Quyết định truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 3 mẹ.") == "quyết định khen thưởng"


def test_a_planned_ceremony_leaves_a_signed_decision_a_decision():
    text = ("Xã Yên Lợi được tặng Huân chương Lao động hạng Ba\n\nChủ tịch nước vừa ký quyết định tặng Huân chương Lao động "
            "hạng Ba cho Nhân dân và cán bộ xã Yên Lợi. Lễ đón nhận dự kiến tổ chức vào dịp Quốc khánh.")
    assert event_type(text) == "quyết định khen thưởng"
    text = "Xã Yên Lợi được Chủ tịch nước tặng Huân chương Lao động hạng Ba\n\nSáng 2/9, xã long trọng tổ chức lễ đón nhận."
    assert event_type(text) == "trao tặng"


def test_a_deadline_is_not_the_event_date():
    text = "Hội đồng Thi đua - Khen thưởng tỉnh vừa họp xét khen thưởng. Sở Nội vụ trình hồ sơ trước ngày 15/12."
    assert date_of(text, dt.date(2023, 11, 21)) == (None, None)


def test_a_celebrated_day_is_not_the_event_date():
    pub = dt.date(2023, 11, 18)
    assert date_of("Trường Tiểu học Tân Phú tổ chức lễ tuyên dương chào mừng ngày 20/11.", pub) == (None, None)
    assert date_of("Sáng 17/11, trường tổ chức lễ tuyên dương chào mừng ngày 20/11.", pub)[0] == "Sáng 17/11"
    assert date_of("Hôm 15/11, huyện tổ chức lễ trao Bằng khen.", pub) == ("Hôm 15/11", dt.date(2023, 11, 15))


def test_an_anniversary_span_without_brackets_must_measure_the_anniversary():
    text = "Thị trấn kỷ niệm 70 năm ngày giải phóng 1953 - 2023 và đón nhận Huân chương.\nSáng 5/5, thị trấn tổ chức lễ."
    assert date_of(text)[1] == dt.date(2023, 5, 5)
    text = "Xã kỷ niệm 30 năm thành lập, nhìn lại chặng đường 2018 - 2023.\nSáng 5/5, xã tổ chức lễ."
    assert date_of(text)[1] is None


def test_a_congress_named_with_its_year():
    text = "Đại hội Thi đua yêu nước tỉnh lần thứ IV - năm 2015\nSáng 31/8, Đại hội khai mạc."
    assert date_of(text)[1] == dt.date(2015, 8, 31)
    # a reviewed year is not the congress's name; in May a review of 2019 could be either year
    assert date_of("Đại hội thi đua sẽ đánh giá kết quả năm 2019.\nSáng 31/5, Đại hội khai mạc.")[1] is None


def test_evening_and_early_morning_parts_of_day():
    pub = dt.date(2023, 4, 15)
    assert date_of("Chiều tối 15/4, huyện tổ chức lễ đón nhận.", pub)[0] == "Chiều tối 15/4"
    assert date_of("Sáng sớm nay (15/4), xã tổ chức lễ tuyên dương.", pub) == ("Sáng sớm nay (15/4)", dt.date(2023, 4, 15))


def test_a_lone_capitalised_word_opening_a_common_noun_is_no_venue_name():
    assert find_location("Sáng 5/5, tại Huế đã diễn ra hội nghị biểu dương.")[0] == "Huế"
    assert find_location("Trong hai ngày 15 và 16-9, tại Nhà thi đấu huyện Ý Yên, Cụm thi đua tổ chức hội thao.")[0] == (
        "Nhà thi đấu huyện Ý Yên")
    loc = find_location("Trước đó, tại Đài tưởng niệm liệt sĩ huyện, đoàn đại biểu dâng hương.")[0]
    assert loc != "Đài"


def test_year_implied_by_the_period_a_meeting_reviews():
    # a period is reviewed in its closing year, or in the first quarter after it
    text = "Chiều 24-7, Hội Nông dân tỉnh tổ chức hội nghị điển hình tiên tiến giai đoạn 2016 - 2021."
    assert date_of(text)[1] == dt.date(2021, 7, 24)
    assert date_of("Sáng 9-2, Công an huyện biểu dương các điển hình tiên tiến giai đoạn 2017-2022.")[1] == dt.date(2023, 2, 9)
    assert date_of("Sáng 20/1, thị xã tổng kết 5 năm (2016-2020) thực hiện phong trào thi đua.")[1] == dt.date(2021, 1, 20)


def test_year_implied_by_the_year_a_meeting_reviews():
    text = ("Ngày 14-12, Khối thi đua các trường cao đẳng tổ chức hội nghị đánh giá kết quả thực hiện phong trào "
            "thi đua “Dạy tốt, học tốt, phục vụ tốt” năm 2018 và suy tôn đơn vị dẫn đầu.")
    assert date_of(text)[1] == dt.date(2018, 12, 14)
    assert date_of("Ngày 20-1, Cụm thi đua các huyện phía Nam suy tôn đơn vị dẫn đầu phong trào thi đua năm 2018.")[1] == dt.date(2019, 1, 20)
    # read with its diacritics, "cá nhân" is no "nhận" standing between the review and its year
    assert date_of("Chiều 22/12, huyện tuyên dương, khen thưởng các tập thể, cá nhân tiêu biểu năm 2023.")[1] == dt.date(2023, 12, 22)
    # from April to June a review of a whole year could be late or early: no year
    assert date_of("Sáng 15-5, Khối thi đua đánh giá kết quả thực hiện phong trào thi đua năm 2018.")[1] is None


def test_a_year_mentioned_elsewhere_is_not_the_reviewed_year():
    text = ("Sáng 14-12, huyện tổ chức lễ đón nhận Huân chương Lao động.\n"
            "Huyện luôn dẫn đầu phong trào thi đua của tỉnh.\n"
            "Tại hội nghị tổng kết năm 2019, huyện được tặng Cờ thi đua của Chính phủ.")
    assert date_of(text)[1] is None
    text = "Sáng 14-12, huyện tổ chức hội nghị biểu dương điển hình tiên tiến. Năm 2018, huyện có 12 tập thể được tặng Bằng khen."
    assert date_of(text)[1] is None
    assert date_of("Sáng 10-11, huyện biểu dương các tập thể được tặng Bằng khen năm 2019.")[1] is None
    assert date_of("Sáng 5-10, tỉnh sơ kết 3 năm thực hiện đề án, định hướng đến năm 2030.")[1] is None


def test_anniversary_spans_typed_loosely_or_measured_by_the_years_named():
    text = "Sáng 12/11, nhà trường long trọng tổ chức lễ kỷ niệm 60 năm thành lập (12/11/1961 - 12/11//2021)."
    assert date_of(text)[1] == dt.date(2021, 11, 12)
    text = ("Trường Tiểu học Kim Liên đón nhận Huân chương Lao động nhân dịp 75 năm thành lập (1946-2021)\n"
            "Sáng 3/9, nhà trường tổ chức lễ đón nhận.")
    assert date_of(text)[1] == dt.date(2021, 9, 3)
    # the span must measure the anniversary, and a span of work is no anniversary
    assert date_of("Sáng 3/9, bệnh viện đón nhận Huân chương nhân 20 năm thành lập (1995-2020).")[1] is None
    assert date_of("Sáng 3/9, huyện trao Bằng khen cho tập thể có thành tích 5 năm (2016-2020) thực hiện phong trào.")[1] is None


def test_a_headline_naming_a_ceremony_wins_over_the_congress_it_took_place_at():
    text = ("Huyện Nga Sơn đón nhận Huân chương Lao động hạng Ba\n"
            "Sáng 20/9, huyện Nga Sơn tổ chức Đại hội Thi đua yêu nước lần thứ V và đón nhận Huân chương Lao động hạng Ba.")
    assert event_type(text) == "trao tặng"
    text = ("Trao tặng Cờ thi đua của Chính phủ cho 5 đơn vị\n"
            "Sáng 10/1, UBND tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023 và trao Cờ thi đua.")
    assert event_type(text) == "trao tặng"
    # a headline naming the congress, or none (an excerpt opening mid-article), leaves the congress the event
    assert event_type("Đại hội Thi đua yêu nước huyện lần thứ V\nSáng 3/10, đại hội trao Huân chương cho 3 tập thể.") == (
        "đại hội thi đua yêu nước")
    assert event_type("Tại phiên trù bị, 20 tập thể được nhận Bằng khen.\nĐại hội Thi đua yêu nước tỉnh lần thứ X khai mạc.") == (
        "đại hội thi đua yêu nước")


def test_a_proposal_is_neither_a_ceremony_nor_a_decision():
    text = ("Lấy ý kiến Nhân dân đối với tập thể, cá nhân đề nghị khen thưởng\n"
            "Sở Nội vụ công khai danh sách cá nhân được đề nghị tặng thưởng Huân chương Lao động hạng Ba: "
            "ông Phạm Văn Long, Giám đốc Sở Xây dựng; bà Đỗ Thị Hạnh, Phó Giám đốc Sở Y tế.")
    assert event_type(text) == "khác"
    assert event_type("Huyện công khai danh sách đề nghị Chủ tịch UBND tỉnh tặng Bằng khen năm 2023.") == "khác"
    # a notice to the public names no event even when it says the council met first
    text = ("Hội đồng Thi đua - Khen thưởng tỉnh thông báo lấy ý kiến Nhân dân về các tập thể, cá nhân đề nghị khen thưởng\n"
            "Hội đồng đã họp xét và đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể: Sở Tài chính; Sở Y tế.")
    assert event_type(text) == "khác"
    assert event_type("Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng\nSáng 5/3, Hội đồng họp, thống nhất "
                      "công khai danh sách đề nghị để lấy ý kiến.") == "họp xét khen thưởng"
    # "theo đề nghị của …" names who proposed a conferral that was made
    assert event_type("Theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh vừa tặng Bằng khen cho 12 tập thể.") == (
        "quyết định khen thưởng")


def test_an_anniversary_span_bracketed_after_its_count_or_in_another_sentence():
    text = "Trường Trung học Lam Sơn 90 năm (1931-2021)\nSáng 20/10, trường đón nhận Huân chương Độc lập."
    assert date_of(text)[1] == dt.date(2021, 10, 20)
    text = ("Lễ kỷ niệm 60 năm Ngày truyền thống ngành Kiểm sát\n"
            "Sáng 5/7, ngành tổ chức lễ kỷ niệm. Chặng đường vẻ vang (1960 - 2020) được ôn lại.")
    assert date_of(text)[1] == dt.date(2020, 7, 5)
    # a term of work bracketed after its length is no anniversary
    assert date_of("Sáng 3/9, huyện trao Bằng khen cho tập thể có thành tích 10 năm (2012-2022) thực hiện phong trào.")[1] is None


def test_a_mid_term_review_of_an_open_period_names_no_year():
    text = "Sáng 9/12, Sở Tư pháp sơ kết 2 năm thực hiện phong trào thi đua giai đoạn 2021-2026."
    assert date_of(text)[1] is None
    assert date_of("Chiều 5/11, huyện sơ kết giữa nhiệm kỳ 2020-2025 phong trào thi đua.")[1] is None
    # a count that spans the period closes it
    assert date_of("Chiều 5/11, huyện tổng kết 5 năm thực hiện phong trào giai đoạn 2016-2021.")[1] == dt.date(2021, 11, 5)


def test_a_launch_opens_its_year_only_before_the_last_quarter_and_a_target_is_no_launched_year():
    assert date_of("Sáng 15/2, huyện phát động phong trào thi đua năm 2024.")[1] == dt.date(2024, 2, 15)
    # in December a launch of 2026-2030 is most likely made in 2025, but a drive for the last months exists too
    assert date_of("Chiều 10/12, tỉnh phát động phong trào thi đua “Chuyển đổi số” giai đoạn 2026-2030.")[1] is None
    assert date_of("Sáng 22-4, tỉnh phát động phong trào thi đua xóa nhà tạm trên địa bàn đến năm 2025.")[1] is None


def test_a_counted_group_honoured_or_a_council_convened_names_the_kind():
    # "biểu dương 45 tập thể …": the count does not hide the honouring of advanced models
    assert event_type("Thị xã biểu dương 45 tập thể, cá nhân tiêu biểu\n\nChiều 3/8, thị xã tổ chức buổi gặp mặt.") \
        == "hội nghị điển hình tiên tiến"
    # a meeting of the council, or one held "để xét thi đua, khen thưởng", reviews proposals
    assert event_type("Họp Hội đồng Thi đua - Khen thưởng thị xã quý IV\n\nSáng 2/1, buổi họp diễn ra.") \
        == "họp xét khen thưởng"
    assert event_type("Sáng 4/1, Hội đồng của sở tổ chức buổi làm việc để xét thi đua, khen thưởng năm 2023.") \
        == "họp xét khen thưởng"


def test_a_headline_saying_a_body_was_given_an_award_names_a_conferral():
    text = ("Công ty Cấp nước được tặng Cờ thi đua của UBND tỉnh\n\n"
            "Ngày 8/3, tỉnh tổ chức lễ kỷ niệm và phát động phong trào thi đua năm 2024.")
    assert event_type(text) == "trao tặng"
    # with no ceremony and a decision reported, it is the decision
    decided = ("Trường Tiểu học A được tặng Bằng khen\n\n"
               "Chủ tịch UBND tỉnh vừa ký quyết định tặng Bằng khen cho trường vì thành tích năm học qua.")
    assert event_type(decided) == "quyết định khen thưởng"
    # so is an authority's conferral told with no ceremony and no gathering, decision word or not
    told = ("Anh B được tặng Bằng khen của Thủ tướng\n\n"
            "Thủ tướng Chính phủ vừa tặng Bằng khen cho anh B vì đã dũng cảm cứu người.")
    assert event_type(told) == "quyết định khen thưởng"
    met = told + " Tại buổi gặp mặt, lãnh đạo tỉnh chúc mừng anh B."
    assert event_type(met) == "trao tặng"


def test_the_text_of_a_decision_itself_is_a_decision_dated_only_by_its_own_date():
    text = ("QUYẾT ĐỊNH\n\nVề việc phong tặng danh hiệu Nghệ nhân ưu tú\n\nCăn cứ Luật Di sản ngày 29 tháng 6 năm 2001;\n\n"
            "Xét đề nghị của Bộ trưởng (Tờ trình số 12/TTr ngày 3 tháng 2 năm 2015),\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phong tặng …")
    assert event_type(text) == "quyết định khen thưởng"
    assert find_date(text, split_sentences(text), None, "quyết định khen thưởng")[:2] == (None, None)


def test_a_decision_is_dated_by_the_day_it_is_signed_or_conferred_not_by_a_deed_it_rewards():
    deed = "Thủ tướng vừa ký Quyết định số 77/QĐ-TTg tặng Bằng khen cho anh A đã cứu hai em nhỏ vào ngày 2/7/2023."
    assert find_date(deed, split_sentences(deed), None, "quyết định khen thưởng")[:2] == (None, None)
    conferred = "Ngày 19/7/2023, Thủ tướng tặng Cờ thi đua cho Công ty B."
    assert find_date(conferred, split_sentences(conferred), None, "quyết định khen thưởng")[:2] == \
        ("Ngày 19/7/2023", dt.date(2023, 7, 19))
    # in a ceremony report, the day a decision was issued is not the ceremony's day
    ceremony = ("Ngày 2/3/2021, Chủ tịch nước đã ban hành Quyết định truy tặng danh hiệu cho mẹ C. "
                "Tại buổi lễ, lãnh đạo huyện trao bằng cho thân nhân.")
    assert find_date(ceremony, split_sentences(ceremony), None, "trao tặng")[:2] == (None, None)


def test_a_year_the_passage_gives_its_review_outranks_a_repost_dateline():
    text = ("Khối thi đua tổng kết năm 2016\n\n10/09/2020\n\n"
            "Sáng 15/2, khối thi đua tổ chức hội nghị tổng kết phong trào thi đua năm 2016.")
    assert date_of(text)[1] == dt.date(2017, 2, 15)
    # a review's year a single year off the dateline yields to it ("so với năm 2022" is no reviewed year)
    near = ("Sơ kết 6 tháng\n\n21/07/2023\n\n"
            "Sáng 20/7, huyện sơ kết 6 tháng, tăng 5% so với năm 2022, biểu dương 12 tập thể.")
    assert date_of(near)[1] == dt.date(2023, 7, 20)
    # without a reviewed year, the dateline still gives the year
    plain = "Khối thi đua gặp mặt\n\n10/09/2020\n\nSáng 15/8, khối thi đua tổ chức gặp mặt các đơn vị."
    assert date_of(plain)[1] == dt.date(2020, 8, 15)


def test_an_event_still_to_come_is_dated_ahead_however_far():
    assert date_of("Đại hội sẽ được tổ chức vào ngày 20.9 tới.", dt.date(2022, 5, 30))[1] == dt.date(2022, 9, 20)
    assert date_of("Lễ tổng kết diễn ra ngày 20/9 tới tại hội trường.", dt.date(2022, 5, 30))[1] == dt.date(2022, 9, 20)
    # a page dated a few days after the announced day still meant this year's
    assert date_of("Hội nghị sẽ diễn ra vào ngày 20/5 tới.", dt.date(2022, 5, 23))[1] == dt.date(2022, 5, 20)
    # "từ ngày 1/7 tới ngày …" is a span, not an announcement
    assert date_of("Đợt thi đua kéo dài từ ngày 1/7 tới ngày 30/9.", dt.date(2022, 10, 5))[1] == dt.date(2022, 7, 1)


def test_a_drive_phase_numbered_within_its_year_dates_its_launch():
    text = "Sáng 12-5, Cụm thi đua số 3 phát động thi đua đợt 2-2016 với nhiều nội dung."
    assert date_of(text)[1] == dt.date(2016, 5, 12)


def test_a_ceremony_named_by_what_it_confers_or_announces_is_a_conferral():
    assert event_type("Lễ phong tặng danh hiệu Anh hùng Lao động cho xã C\n\nSáng 3/4, huyện tổ chức lễ.") == "trao tặng"
    assert event_type("Chiều 7/6, UBND tỉnh tổ chức lễ khen thưởng các tập thể tiêu biểu.") == "trao tặng"
    # a decision announced at a ceremony, not merely reported
    assert event_type("Công bố quyết định tặng Cờ thi đua cho trường D\n\nSáng 3/4, sở tổ chức lễ công bố.") == "trao tặng"
    assert event_type("Chủ tịch UBND tỉnh vừa ký quyết định tặng Cờ thi đua cho trường D.") == "quyết định khen thưởng"


def test_a_council_considering_titles_reviews_proposals_but_a_body_so_honoured_does_not():
    assert event_type("Hội đồng Thi đua - Khen thưởng tỉnh xét tặng danh hiệu thi đua năm 2023\n\nSáng 3/4.") \
        == "họp xét khen thưởng"
    assert event_type("Trường E là một trong 10 tập thể được xét tặng Bằng khen năm 2023.") != "họp xét khen thưởng"


def test_date_of_a_document_the_sentence_carries_out_is_not_the_event():
    text = ("Thực hiện Kế hoạch số 45/KH-UBND, ngày 3 tháng 02 năm 2023 của UBND huyện về thi đua.\n"
            "Sáng ngày 16/3/2023, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua.")
    assert date_of(text) == ("Sáng ngày 16/3/2023", dt.date(2023, 3, 16))


def test_decision_signed_after_a_cited_rule_gives_the_decision_date():
    text = ("Thực hiện Quyết định số 10/2019/QĐ-UBND ngày 12/02/2019 của UBND tỉnh ban hành Quy chế thi đua.\n"
            "Ngày 5 tháng 4 năm 2021 Chủ tịch UBND tỉnh đã ký ban hành Quyết định số 88/QĐ-UBND về việc tặng Cờ thi đua.")
    date_text, date, _, _ = find_date(text, split_sentences(text), None, "quyết định khen thưởng")
    assert (date_text, date) == ("Ngày 5 tháng 4 năm 2021", dt.date(2021, 4, 5))


def test_regular_session_of_the_emulation_council_reviews_commendations():
    assert event_type("Phiên họp thường kỳ quý III Hội đồng Thi đua - Khen thưởng huyện\n"
                      "Sáng 5/9, Hội đồng họp để bàn công việc.") == "họp xét khen thưởng"
    assert event_type("Sáng 5/9, Sở Nội vụ tổ chức cuộc họp xét chọn các tập thể, cá nhân tiêu biểu để đề nghị "
                      "tặng Bằng khen.") == "họp xét khen thưởng"


def test_a_meeting_of_the_council_passing_a_list_of_proposals():
    assert event_type("Ngày 3-11, Chủ tịch UBND huyện chủ trì cuộc họp của Hội đồng Thi đua - Khen thưởng huyện "
                      "thông qua danh sách đề nghị khen thưởng năm học 2023-2024.") == "họp xét khen thưởng"


def test_decision_signed_by_a_delegate_named_at_length_after_the_date():
    text = ("Văn phòng Chính phủ cho biết, ngày 9/3/2019, thừa ủy quyền của Thủ tướng Chính phủ Nguyễn Văn Minh, "
            "Phó Thủ tướng Chính phủ Trần Quang Hưng đã ký Quyết định tặng Bằng khen cho anh Lê Văn Hải.")
    date_text, date, _, _ = find_date(text, split_sentences(text), None, "quyết định khen thưởng")
    assert (date_text, date) == ("ngày 9/3/2019", dt.date(2019, 3, 9))


def test_praising_people_with_achievements_is_an_advanced_model_conference():
    assert event_type("Huyện biểu dương 45 cấp ủy và đảng viên có thành tích xuất sắc\nSáng 2/2, Huyện ủy tổ chức "
                      "hội nghị.") == "hội nghị điển hình tiên tiến"
    assert event_type("Thị trấn tuyên dương nông dân sản xuất kinh doanh giỏi\nSáng 2/6, đại hội trao giấy khen "
                      "cho các hộ.") == "hội nghị điển hình tiên tiến"
    assert event_type("Hội nghị nông dân điển hình tiên tiến tỉnh giai đoạn 2015-2020") == "hội nghị điển hình tiên tiến"


def test_a_headline_less_passage_takes_its_type_from_a_sentence_opening_on_its_date():
    text = ("Năm qua, các đơn vị trong khối đã đổi mới công tác thi đua và đạt nhiều kết quả.\n\n"
            "Ngày 20/12/2023 tại thành phố Vinh, Khối thi đua các ban quản lý dự án đã tổ chức hội nghị tổng kết "
            "công tác thi đua năm 2023.")
    assert event_type(text) == "tổng kết"


def test_a_two_day_range_after_a_comma_dates_the_first_day():
    assert date_of("Hội nghị diễn ra trong hai ngày, 14-15/11/2022 tại thành phố Thái Bình.") == (
        "trong hai ngày, 14-15/11/2022", dt.date(2022, 11, 14))


def test_a_congress_named_by_the_period_it_closes():
    text = ("Ngày 2/10, Đại hội Thi đua yêu nước tỉnh lần thứ X giai đoạn 2015-2020 diễn ra trọng thể, "
            "đề ra mục tiêu giai đoạn 2020-2025.")
    date_text, date, _, _ = find_date(text, split_sentences(text), None, "đại hội thi đua yêu nước")
    assert date == dt.date(2020, 10, 2)
    text = "Ngày 2/10, Đại hội Thi đua yêu nước tỉnh lần thứ V, giai đoạn 2020-2025 khai mạc."
    assert find_date(text, split_sentences(text), None, "đại hội thi đua yêu nước")[1] == dt.date(2020, 10, 2)


def test_a_meeting_on_proposals_for_commendation():
    assert event_type("Chiều 7-10, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp của Ban chỉ đạo lấy ý kiến về việc "
                      "đề nghị khen thưởng cấp Nhà nước cho các tập thể.") == "họp xét khen thưởng"


def test_the_dateline_that_shares_the_events_day_gives_its_year_over_a_later_render_time_and_a_term():
    text = ("Thứ 2, 18/11/2024, 08:48\nHội nghị điển hình tiên tiến\nThứ 3, 14/04/2020 | 16:51:26\n"
            "Sáng 14/4, huyện tổ chức hội nghị điển hình tiên tiến lần thứ IV giai đoạn 2020 - 2025.")
    assert date_of(text)[1] == dt.date(2020, 4, 14)


def test_an_event_named_with_its_own_year_is_held_in_it():
    text = ("Chiều ngày 17/9, Khối thi đua các cơ quan Đảng tỉnh tổ chức lễ bế mạc Giải bóng chuyền khối thi đua "
            "các cơ quan Đảng tỉnh năm 2023.")
    assert date_of(text)[1] == dt.date(2023, 9, 17)
    plan = "Chiều 20/12, Sở Nội vụ tổ chức hội nghị triển khai kế hoạch thi đua năm 2024."
    assert date_of(plan)[1] is None  # the year a plan looks ahead to is not the meeting's


def test_a_headline_figure_and_a_photo_caption_yield_to_the_congress_the_lead_holds():
    text = ("5 năm thi đua yêu nước, hơn 3.000 công dân Cần Thơ được Thủ tướng tặng bằng khen\n\nSáng 19/9, TP. Cần Thơ "
            "tổ chức Đại hội Thi đua yêu nước giai đoạn 2025 - 2030.")
    assert event_type(text) == "đại hội thi đua yêu nước"
    text = ("Phó Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho các cá nhân tại buổi lễ. (Ảnh: TTXVN)\n\n"
            "Ngày 5/11, tỉnh Tuyên Quang tổ chức Đại hội thi đua yêu nước lần thứ IV (2015-2020).")
    assert event_type(text) == "đại hội thi đua yêu nước"


def test_an_anniversary_spelled_ki_niem_gives_its_closing_year():
    text = ("Nhân kỉ niệm 66 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2021). Ngày 25/2, UBND tỉnh tổ chức lễ "
            "trao tặng danh hiệu “Thầy thuốc ưu tú”.")
    assert date_of(text)[1] == dt.date(2021, 2, 25)


def test_a_decisions_own_header_date_is_the_decision_date():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 345/QĐ-TTg\nHà Nội, ngày 3 tháng 4 năm 2008\nQUYẾT ĐỊNH\nVề việc tặng thưởng Cờ "
            "thi đua của Chính phủ\nCăn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\nĐiều 1. "
            "Tặng thưởng Bằng khen của Thủ tướng Chính phủ cho Công ty Than Hà Lầm.")
    from pipeline import extract
    event = extract(text).event
    assert (event.type, event.date) == ("quyết định khen thưởng", dt.date(2008, 4, 3))


def test_the_latest_year_named_skips_years_looked_ahead_to():
    from pipeline.events import latest_year_named
    assert latest_year_named("Hội nghị tuyên dương Trưởng ban công tác Mặt trận nhiệm kỳ 2013-2016.") == 2016
    assert latest_year_named("Thành lập năm 1965; phấn đấu đến năm 2030, tầm nhìn 2045 trở thành tỉnh khá.") == 1965
    assert latest_year_named("Sáng 5/10, hội nghị diễn ra tại 12/2 đường Lê Lợi.") is None


def test_the_term_of_an_agreement_signed_looks_ahead():
    from pipeline.events import latest_year_named
    text = "Sáng 14-5, hai Hội tổng kết Năm hữu nghị 2023, rồi cùng ký Thỏa thuận hợp tác giai đoạn 2023-2028."
    assert latest_year_named(text) == 2023


def test_a_persons_birth_year_is_no_year_of_the_news():
    from pipeline.events import latest_year_named
    assert latest_year_named("Chiều 3/7, xã tặng giấy khen cho anh Lò Văn Tính (SN 1988) đã cứu người.") is None
    assert latest_year_named("Anh Tính, sinh năm 1990, được khen năm 2016.") == 2016
    text = "Chiều 3/7, xã trao giấy khen cho anh Lò Văn Tính (SN 1988, trú bản Mường Khoa) vì đã cứu người."
    assert find_date(text, split_sentences(text), None).date is None


def test_without_a_page_date_a_year_nothing_ties_is_the_latest_named_and_flagged_a_guess():
    text = ("Tuyên dương trưởng ban công tác Mặt trận\n\nSáng 5/10, Ủy ban MTTQ tỉnh tổ chức hội nghị tuyên dương "
            "120 Trưởng ban công tác Mặt trận tiêu biểu nhiệm kỳ 2013-2016.")
    found = find_date(text, split_sentences(text), None)
    assert found.date_text == "Sáng 5/10" and found.date == dt.date(2016, 10, 5) and found.year_guessed
    dated = find_date(text, split_sentences(text), dt.date(2016, 10, 6))
    assert dated.date == dt.date(2016, 10, 5) and not dated.year_guessed  # the page date gives the year
    stated = find_date("Ngày 5/10/2015, tỉnh tuyên dương 120 trưởng ban nhiệm kỳ 2013-2016.", [], None)
    assert stated.date == dt.date(2015, 10, 5) and not stated.year_guessed


def test_the_guess_is_marked_on_the_extracted_event():
    from pipeline import extract
    text = ("Tuyên dương trưởng ban công tác Mặt trận\n\nSáng 5/10, Ủy ban MTTQ tỉnh tổ chức hội nghị tuyên dương, "
            "khen thưởng 120 Trưởng ban công tác Mặt trận tiêu biểu nhiệm kỳ 2013-2016.")
    event = extract(text).event
    assert (event.date, event.date_year_guessed) == (dt.date(2016, 10, 5), True)
    assert extract(text, dt.date(2016, 10, 6)).event.date_year_guessed is False


def test_a_plans_years_and_the_end_of_its_range_are_looked_ahead_to():
    from pipeline.events import latest_year_named
    text = ("Năm 2013 là năm bản lề thực hiện Nghị quyết Đại hội và kế hoạch 5 năm 2011-2015. "
            "Hội nghị bàn phương hướng, nhiệm vụ năm 2014.")
    assert latest_year_named(text) == 2013
    assert latest_year_named("Tuyên dương các tập thể tiêu biểu giai đoạn 2011-2015.") == 2015


def test_the_day_an_authority_has_a_decision_dates_the_decision():
    text = ("Công ty Hòa Phát nhận Cờ thi đua\n\nNgày 28/4/2022, UBND thành phố đã có Quyết định số 1153/QĐ-UBND "
            "Về việc Tặng Cờ thi đua cho Công ty Hòa Phát.")
    assert find_date(text, split_sentences(text), None, "quyết định khen thưởng")[:2] == \
        ("Ngày 28/4/2022", dt.date(2022, 4, 28))


def test_a_congress_period_opening_off_the_five_yearly_cycle_met_at_its_close():
    text = "Ngày 20-9, Đại hội thi đua yêu nước ngành Giao thông lần thứ nhất, giai đoạn 2011 – 2015 đã diễn ra."
    assert date_of(text)[1] == dt.date(2015, 9, 20)
    opening = "Ngày 20-9, Đại hội thi đua yêu nước ngành Giao thông lần thứ hai, giai đoạn 2015 – 2020 đã diễn ra."
    assert date_of(opening)[1] == dt.date(2015, 9, 20)


def test_a_review_held_with_a_pledge_takes_the_pledges_year():
    text = ("Ngày 14/3, Khối thi đua các hội quần chúng tổ chức hội nghị tổng kết công tác thi đua, khen thưởng "
            "và ký kết giao ước thi đua năm 2016.")
    assert date_of(text)[1] == dt.date(2016, 3, 14)
    review_only = "Ngày 14/3, Khối thi đua các hội quần chúng tổ chức hội nghị tổng kết công tác thi đua năm 2016."
    assert date_of(review_only)[1] == dt.date(2017, 3, 14)
    # a review of how a pledge was kept is a review of the pledge's year
    kept = "Ngày 14/3, Khối thi đua các hội quần chúng tổng kết thực hiện giao ước thi đua năm 2016."
    assert date_of(kept)[1] == dt.date(2017, 3, 14)


def test_a_guessed_year_moves_on_when_the_passage_recounts_later_days_of_it():
    text = ("Chiều 12/4, UBND huyện tổ chức lễ trao Bằng khen của Thủ tướng cho anh Nguyễn Văn B. "
            "Trước đó, ngày 20/10/2019, anh B đã lao xuống sông cứu hai học sinh.")
    found = find_date(text, split_sentences(text), None)
    assert found.date == dt.date(2020, 4, 12) and found.year_guessed
    # a day of the same year a few days on is no earlier story; a deadline's day looks ahead
    for later in ("Ngày 20/4/2019, anh B lao xuống sông cứu hai học sinh.",
                  "Hồ sơ gửi đến ngày 20/10/2019."):
        text = "Chiều 12/4, UBND huyện tổ chức lễ trao Bằng khen của Thủ tướng cho anh B. " + later
        assert find_date(text, split_sentences(text), None).date == dt.date(2019, 4, 12)


def test_a_guessed_year_closing_a_school_year_gives_way_to_its_opening_year_from_august():
    text = ("Sáng nay (5/9), Thứ trưởng dự lễ khai giảng và trao Cờ thi đua của Chính phủ cho nhà trường. "
            "Cả tỉnh có 450.000 học sinh bước vào năm học mới 2019-2020.")
    found = find_date(text, split_sentences(text), None)
    assert found.date == dt.date(2019, 9, 5) and found.year_guessed
    spring = "Chiều 20/3, nhà trường tổng kết thi đua học kỳ I năm học 2019-2020 và trao Bằng khen."
    assert find_date(spring, split_sentences(spring), None).date == dt.date(2020, 3, 20)


def test_a_dated_day_decades_before_the_passage_is_history_not_the_event():
    essay = ("Nhìn lại phong trào thi đua yêu nước giai đoạn 2020 - 2025\n\nNgày 11-6-1948, Chủ tịch Hồ Chí Minh ra "
             "Lời kêu gọi thi đua ái quốc. Từ đó đến năm 2025, phong trào thi đua của tỉnh không ngừng phát triển.")
    assert date_of(essay) == (None, None)
    # a date of this time is still the event's, with the old one told before it
    report = ("Tổng kết thi đua\n\nNhân kỷ niệm ngày 11-6-1948, sáng 10/6/2023, UBND tỉnh tổng kết phong trào "
              "thi đua.")
    assert date_of(report) == ("sáng 10/6/2023", dt.date(2023, 6, 10))


def test_a_meeting_preparing_a_congress_is_not_the_congress():
    text = ("Nghe báo cáo công tác chuẩn bị tổ chức Đại hội thi đua yêu nước tỉnh lần thứ VII\n\nChiều 2/10, Phó Chủ tịch "
            "UBND tỉnh, Trưởng Ban tổ chức Đại hội thi đua yêu nước tỉnh chủ trì cuộc họp nghe Sở Nội vụ, cơ quan "
            "thường trực Ban tổ chức Đại hội thi đua yêu nước tỉnh báo cáo.\n\nĐại hội thi đua yêu nước tỉnh lần thứ VII "
            "sẽ diễn ra vào ngày 15/10 tại Hội trường tỉnh.")
    assert event_type(text) == "khác"
    held = ("Đại hội thi đua yêu nước tỉnh lần thứ VII\n\nSáng 15/10, Đại hội thi đua yêu nước tỉnh lần thứ VII khai mạc "
            "tại Hội trường tỉnh.")
    assert event_type(held) == "đại hội thi đua yêu nước"


def test_an_unscheduled_commendation_is_handed_over():
    text = ("Ngày 12/5, tại trụ sở Công an tỉnh, Chủ tịch UBND tỉnh đã khen thưởng đột xuất 3 tập thể có thành tích "
            "trong phá án.")
    assert event_type(text) == "trao tặng"
    assert event_type("Hội đồng đề nghị khen thưởng đột xuất 3 tập thể có thành tích trong phá án.") != "trao tặng"


def test_today_in_brackets_an_opening_anniversary_and_a_decision_with_no_signing_day():
    today = "Tổng kết thi đua\n\nHôm nay (ngày 12/7/2019), UBND tỉnh tổ chức tổng kết phong trào thi đua giai đoạn 2016-2019."
    assert date_of(today) == ("ngày 12/7/2019", dt.date(2019, 7, 12))
    anniversary = ("Kỷ niệm 60 năm thành lập Hội\n\nNhân dịp kỷ niệm 60 năm ngày thành lập Hội (20.10.1956 - 20.10.2016). "
                   "Sáng ngày 18/10, Hội tỉnh tổ chức lễ kỷ niệm và tôn vinh các tập thể xuất sắc giai đoạn 2011-2015.")
    assert date_of(anniversary) == ("Sáng ngày 18/10", dt.date(2016, 10, 18))
    met = ("Nhà giáo được tặng Bằng khen\n\nChiều 20/11, tại Hà Nội, Bộ Giáo dục gặp mặt các nhà giáo. Các thầy cô nhận "
           "Bằng khen của Bộ trưởng.")
    date_text, _date, _s, _g = find_date(met, split_sentences(met), dt.date(2024, 11, 21), "quyết định khen thưởng")
    assert date_text == "Chiều 20/11"


def test_honouring_pupils_workers_or_the_elderly_is_an_advanced_model_conference():
    assert event_type("Ngày 16-5, Sở GD-ĐT tổ chức tuyên dương, khen thưởng học sinh đạt giải quốc gia.") \
        == "hội nghị điển hình tiên tiến"
    assert event_type("Huyện vừa tổ chức Hội nghị biểu dương người cao tuổi lần thứ I.") == "hội nghị điển hình tiên tiến"
    assert event_type("Công đoàn tổ chức chương trình tuyên dương khen thưởng đoàn viên, người lao động.") \
        == "hội nghị điển hình tiên tiến"


def test_a_term_reviewed_and_the_next_planned_place_the_passage_at_their_joint():
    from pipeline.events import latest_year_named
    text = ("Đại hội thi đua yêu nước tỉnh lần thứ X diễn ra ngày 11-9. Đại hội tổng kết phong trào thi đua giai đoạn "
            "2015-2020 và phát động phong trào thi đua giai đoạn 2020-2025.")
    assert latest_year_named(text) == 2020
    # school years side by side are read by the school-year rule, not here
    school = "Năm học 2018-2019 trường đạt nhiều thành tích. Sáng 5/9, trường khai giảng năm học 2019-2020."
    assert latest_year_named(school) == 2020


def test_a_signing_ceremony_named_without_the_pledge_is_a_signing_and_an_anniversary_is_not():
    signing = ("Mười hai chi hội trong Cụm thi đua số 3 cử đại diện tới dự. Chủ tịch Hội Luật gia tỉnh chứng kiến lễ ký. "
               "Nội dung thi đua năm 2024 bám sát nhiệm vụ của hội.")
    assert event_type(signing) == "ký kết giao ước thi đua"
    anniversary = ("Phát biểu tại lễ kỷ niệm 30 năm thành lập huyện, Chủ tịch UBND tỉnh trao Huân chương Lao động hạng "
                   "Nhất cho Đảng bộ và nhân dân huyện.")
    assert event_type(anniversary) != "ký kết giao ước thi đua"


def test_days_joined_before_their_month_date_the_event_by_the_first():
    text = ("Giao lưu thể thao giữa các đơn vị trong cụm\n\n20/09/2023 10:15 AM\n\nNgày 16 và 17 tháng 9, các đơn vị của Cụm "
            "thi đua số 2 đã giao lưu thể thao tại tỉnh Gia Lai.")
    got = date_of(text)
    assert got[:2] == ("Ngày 16 và 17 tháng 9", dt.date(2023, 9, 16)), got
    text = "Cụm thi đua số 4 sơ kết\n\nTrong các ngày 12, 13/6/2023, Cụm thi đua số 4 họp sơ kết tại tỉnh Trà Vinh."
    assert date_of(text)[1] == dt.date(2023, 6, 12)


def test_a_ministry_giving_certificates_reports_a_decision():
    text = ("Bộ Khoa học và Công nghệ khen thưởng nhà khoa học trẻ\n\nBộ Khoa học và Công nghệ đã tặng Bằng khen cho 12 nhà "
            "khoa học trẻ có công trình được ứng dụng rộng rãi trong năm 2024.")
    assert event_type(text) == "quyết định khen thưởng"
    text = ("Bộ đội Biên phòng tỉnh trao thưởng\n\nBộ đội Biên phòng tỉnh tặng Giấy khen cho tổ công tác tại hội nghị.")
    assert event_type(text) != "quyết định khen thưởng"


def test_handing_over_a_badge_is_a_hand_over():
    text = ("Ngày 9/6, Tỉnh đoàn Hà Giang tổ chức trao Huy hiệu “Tuổi trẻ dũng cảm” của Ban Bí thư Trung ương Đoàn cho "
            "đoàn viên Sùng Văn Pó vì đã dũng cảm cứu người bị lũ cuốn.")
    assert event_type(text) == "trao tặng"


def test_a_january_council_review_of_a_years_commendations_is_in_the_next_year():
    text = ("Hải Dương: Xét khen thưởng cho các tập thể, cá nhân năm 2021\n\nChiều 14/1, Hội đồng Thi đua - Khen thưởng tỉnh "
            "họp xét khen thưởng cho các tập thể, cá nhân năm 2021.")
    assert date_of(text)[1] == dt.date(2022, 1, 14)

"""Officials from hand-written sentences (fictional people)."""

from pipeline import extract
from pipeline.officials import expand_title, find_officials, merge_titles
from pipeline.textutil import split_sentences


def officials(text):
    found, _spans = find_officials(text, split_sentences(text))
    return {o.name: list(o.titles) for o in found}


def test_honorific_name_then_titles():
    text = "Dự hội nghị có đồng chí Lê Minh Khoa, TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện."
    assert officials(text) == {"Lê Minh Khoa": ["TUV", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]}


def test_list_after_cac_dong_chi_split_on_semicolons():
    text = ("Tham dự có các đồng chí: Vũ Thị Lan, Phó Bí thư Thường trực Tỉnh ủy; "
            "Ngô Quang Hải, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh; "
            "lãnh đạo các sở, ngành.")
    assert officials(text) == {
        "Vũ Thị Lan": ["Phó Bí thư Thường trực Tỉnh ủy"],
        "Ngô Quang Hải": ["Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"],
    }


def test_title_before_name_and_dash_after():
    text = "Phát biểu bế mạc, Giám đốc Sở Nội vụ Trịnh Văn Bình - Phó Chủ tịch Hội đồng TĐKT tỉnh giao nhiệm vụ."
    assert officials(text) == {"Trịnh Văn Bình": ["Giám đốc Sở Nội vụ", "Phó Chủ tịch Hội đồng TĐKT tỉnh"]}


def test_sentence_initial_ong_is_not_part_of_the_name():
    text = "Ông Đào Văn Tâm - Phó Giám đốc Công an tỉnh phát biểu."
    assert officials(text) == {"Đào Văn Tâm": ["Phó Giám đốc Công an tỉnh"]}


def test_one_official_per_person_with_union_of_titles_and_place_qualifier_kept():
    text = ("Đồng chí Hà Văn Sơn, Bí thư Tỉnh ủy, phát biểu. "
            "Bí thư Tỉnh ủy Hải Dương Hà Văn Sơn trao cờ thi đua.")
    assert officials(text) == {"Hà Văn Sơn": ["Bí thư Tỉnh ủy Hải Dương"]}


def test_persons_without_a_title_and_bylines_are_not_officials():
    text = "Bà con nông dân phấn khởi. Anh Lý Văn Tư là thợ lò. Ảnh: Hoàng Văn Đức"
    assert officials(text) == {}


def test_place_after_commune_word_is_not_a_person():
    text = "Chủ tịch UBND tỉnh tặng Bằng khen cho xã Châu Hóa, Phó Chủ tịch HĐND huyện dự."
    assert "Châu Hóa" not in officials(text)


def test_former_titles_keep_nguyen_and_next_person_ends_the_titles():
    text = ("Trao Huân chương cho đồng chí Lâm Văn Phú, nguyên Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ "
            "và đồng chí Tạ Quang Huy, nguyên Bộ trưởng Bộ Tài chính.")
    assert officials(text) == {
        "Lâm Văn Phú": ["nguyên Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"],
        "Tạ Quang Huy": ["nguyên Bộ trưởng Bộ Tài chính"],
    }


def test_merge_titles_prefers_the_longer_form_in_place():
    assert merge_titles(["Chủ tịch UBND tỉnh", "Bí thư", "Chủ tịch UBND tỉnh Đồng Tháp"]) == [
        "Chủ tịch UBND tỉnh Đồng Tháp", "Bí thư"]


def test_abbreviations_are_expanded_alongside():
    assert expand_title("TUV") == "Tỉnh ủy viên"
    assert expand_title("Chủ tịch UBND tỉnh") == "Chủ tịch Ủy ban nhân dân tỉnh"


def test_extract_attaches_evidence_that_indexes_the_text():
    text = ("Tổng kết phong trào thi đua năm 2022\n\n"
            "Sáng 20/12, UBND huyện tổ chức hội nghị tổng kết phong trào thi đua. "
            "Dự có đồng chí Phan Văn Lợi, Phó Chủ tịch UBND tỉnh.")
    ex = extract(text)
    (official,) = ex.officials
    for ev in official.evidence:
        assert text[ev.start:ev.end] == ev.sentence
        assert "Phan Văn Lợi" in ev.sentence


def test_ranks_academic_titles_and_two_people_joined_by_va():
    text = ("GS.TS Trần Văn Bình, Hiệu trưởng Trường Đại học Y dược và Phó Chủ tịch UBND tỉnh Trần Thị Bích Hằng dự. "
            "Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh phát biểu.")
    assert officials(text) == {
        "Trần Văn Bình": ["GS.TS", "Hiệu trưởng Trường Đại học Y dược"],
        "Trần Thị Bích Hằng": ["Phó Chủ tịch UBND tỉnh"],
        "Nguyễn Văn Hùng": ["Đại tá", "Giám đốc Công an tỉnh"],
    }


def test_title_with_va_inside_stays_one_title():
    text = "Giám đốc Sở Nông nghiệp và Phát triển nông thôn Vũ Văn Thắng tặng Giấy khen cho 30 tập thể."
    assert officials(text) == {"Vũ Văn Thắng": ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn"]}


def test_several_titles_before_the_name_but_not_the_authority_delegating():
    assert officials("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Bình phát biểu.") == {
        "Lê Văn Bình": ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"]}
    assert officials("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Hà Văn Cường trao Huân chương.") == {
        "Hà Văn Cường": ["Bí thư Tỉnh ủy"]}
    # spelled with a capital "Ủy" or "Uỷ" as some papers do
    assert officials("Thừa Ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Hà Văn Cường trao Huân chương.") == {
        "Hà Văn Cường": ["Bí thư Tỉnh ủy"]}


def test_historic_leader_named_as_a_place_is_not_an_official():
    text = "Kỷ niệm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc."
    assert officials(text) == {}


def test_ethnic_minority_names():
    text = ("Bà H’Yim Kđoh, Phó Chủ tịch HĐND tỉnh dự. Đồng chí K’ Broi - Phó Bí thư thường trực Huyện ủy phát biểu. "
            "Ông Y Thanh Hà Niê Kđăm, Bí thư Đảng ủy Khối, chúc mừng.")
    assert officials(text) == {
        "H’Yim Kđoh": ["Phó Chủ tịch HĐND tỉnh"],
        "K’ Broi": ["Phó Bí thư thường trực Huyện ủy"],
        "Y Thanh Hà Niê Kđăm": ["Bí thư Đảng ủy Khối"],
    }


def test_hero_prefix_is_not_a_title():
    text = ("Anh hùng Lao động Nguyễn Văn Cát chia sẻ kinh nghiệm. "
            "Anh hùng Lao động Trần Văn Dũng, Giám đốc Hợp tác xã Hải Xuân phát biểu.")
    assert officials(text) == {"Trần Văn Dũng": ["Giám đốc Hợp tác xã Hải Xuân"]}


def test_abbreviated_and_spelled_out_title_count_once():
    assert merge_titles(["Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"]) == [
        "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"]


def test_a_rarer_surname_after_a_title_is_known_by_its_middle_name():
    text = ("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024\n\n"
            "Giám đốc Sở Tư pháp Mẫn Thị Thu Hằng trao Bằng khen cho Trường THPT Hoàng Văn Thụ.")
    assert officials(text) == {"Mẫn Thị Thu Hằng": ["Giám đốc Sở Tư pháp"]}


def test_titles_before_a_name_keep_a_dash_inside_a_council_name():
    text = ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Đỗ Văn Khang "
            "phát động phong trào thi đua.")
    assert officials(text) == {"Đỗ Văn Khang": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh",
                                                "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"]}


def test_words_inside_a_title_that_are_also_verbs_elsewhere():
    text = ("Dự có ông Lưu Văn Tâm, Chủ tịch Hội đồng thi đua khen thưởng huyện; ông Kiều Minh Phát, "
            "Chủ tịch Danh dự Hội người Việt Nam tại Cộng hòa Séc, Chủ tịch Hội doanh nhân Việt Nam tại châu Âu.")
    assert officials(text) == {
        "Lưu Văn Tâm": ["Chủ tịch Hội đồng thi đua khen thưởng huyện"],
        "Kiều Minh Phát": ["Chủ tịch Danh dự Hội người Việt Nam tại Cộng hòa Séc",
                           "Chủ tịch Hội doanh nhân Việt Nam tại châu Âu"],
    }


def test_a_title_piece_that_runs_into_the_next_persons_name_belongs_to_that_person():
    text = ("Thừa ủy quyền của Chủ tịch nước Đàm Quốc Vinh, Bí thư Tỉnh ủy Hà Giang Tạ Minh Đức trao Huân chương "
            "Lao động hạng Nhì cho huyện.")
    assert officials(text) == {"Đàm Quốc Vinh": ["Chủ tịch nước"], "Tạ Minh Đức": ["Bí thư Tỉnh ủy Hà Giang"]}


def test_a_title_before_the_colon_of_a_member_list_is_shared_and_glued_heads_are_split():
    text = ("Dự lễ có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Phan Thị Mai - Trưởng Ban Dân vận Tỉnh ủy; "
            "Lò Văn Tiến - Giám đốc Công an tỉnh. Bà Vi Thị Hạnh - Ủy viên BTV , TrưởngBan Tổ chức Tỉnh ủy phát biểu.")
    got = officials(text)
    assert set(got["Phan Thị Mai"]) == {"Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"}
    assert set(got["Lò Văn Tiến"]) == {"Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"}
    assert got["Vi Thị Hạnh"] == ["Ủy viên BTV", "TrưởngBan Tổ chức Tỉnh ủy"]


def test_a_ward_named_after_a_person_stays_in_the_title():
    text = "Dự có ông Lê Văn Nam, Bí thư Đảng ủy, Chủ tịch UBND phường Trần Hưng Đạo phát biểu."
    assert officials(text) == {"Lê Văn Nam": ["Bí thư Đảng ủy", "Chủ tịch UBND phường Trần Hưng Đạo"]}


def test_comma_joined_titles_are_two_segments():
    text = ("Dự lễ có đồng chí Hồ Quang Tiến, Ủy viên BCH Trung ương Đảng, Tổng Thanh tra Chính phủ; "
            "đồng chí Mai Thị Duyên, Ủy viên Trung ương Đảng, Phó ban Tổ chức Trung ương.")
    assert officials(text) == {
        "Hồ Quang Tiến": ["Ủy viên BCH Trung ương Đảng", "Tổng Thanh tra Chính phủ"],
        "Mai Thị Duyên": ["Ủy viên Trung ương Đảng", "Phó ban Tổ chức Trung ương"],
    }


def test_abbreviated_title_heads():
    text = ("Tham dự có ông Kiều Văn Sơn, Phó GĐ Sở Công thương; bà Tạ Thu Hiền, PGĐ Đài PT-TH tỉnh; "
            "ông Lã Minh Quân, Phó TBTG Tỉnh ủy; bà Phí Thị Yến, UVTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. "
            "GĐ Sở Tư pháp Cù Văn Lực phát biểu.")
    got = officials(text)
    assert got["Kiều Văn Sơn"] == ["Phó GĐ Sở Công thương"]
    assert got["Tạ Thu Hiền"] == ["PGĐ Đài PT-TH tỉnh"]
    assert got["Lã Minh Quân"] == ["Phó TBTG Tỉnh ủy"]
    assert got["Phí Thị Yến"] == ["UVTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"]
    assert got["Cù Văn Lực"] == ["GĐ Sở Tư pháp"]


def test_place_abbreviation_with_a_dot_does_not_end_the_title():
    text = ("Dự có ông Châu Văn Lợi, Phó Chủ tịch UBND TX. Kỳ Anh; Chủ tịch UBND TP. Hà Tĩnh Võ Hồng Phúc "
            "phát biểu; Bí thư Quận ủy Q. Hải Châu Đặng Văn Kha trao cờ.")
    assert officials(text) == {
        "Châu Văn Lợi": ["Phó Chủ tịch UBND TX. Kỳ Anh"],
        "Võ Hồng Phúc": ["Chủ tịch UBND TP. Hà Tĩnh"],
        "Đặng Văn Kha": ["Bí thư Quận ủy Q. Hải Châu"],
    }


def test_rank_then_name_then_each_piece_of_the_workplace():
    text = ("Giám đốc Công an tỉnh tặng Giấy khen cho Thiếu tá Lò Văn Tiến, Phó Đội trưởng, Phòng Cảnh sát "
            "giao thông, Công an tỉnh Sơn La vì có thành tích xuất sắc.")
    assert officials(text) == {
        "Lò Văn Tiến": ["Thiếu tá", "Phó Đội trưởng", "Phòng Cảnh sát giao thông", "Công an tỉnh Sơn La"],
    }


def test_rare_surnames_and_van_as_a_middle_name():
    text = ("Phó Chủ tịch Quốc hội Uông Minh Đạo trao Huân chương; Phó Chủ tịch UBND huyện Mẫn Văn Tùng, "
            "Chủ tịch UBND xã Khuất Thị Hoa dự lễ.")
    assert officials(text) == {
        "Uông Minh Đạo": ["Phó Chủ tịch Quốc hội"],
        "Mẫn Văn Tùng": ["Phó Chủ tịch UBND huyện"],
        "Khuất Thị Hoa": ["Chủ tịch UBND xã"],
    }


def test_latin_eth_is_read_as_d_and_kept_as_written():
    text = ("Lễ trao Cờ thi đua của UBND tỉnh năm 2024\n\n"
            "Dự lễ có đồng chí Ðàm Quang Hưng, Phó Chủ tịch UBND tỉnh. "
            "Đồng chí Đàm Quang Hưng trao Cờ thi đua cho huyện Bảo Lạc.")
    ex = extract(text)
    assert [(o.name, list(o.titles)) for o in ex.officials] == [("Ðàm Quang Hưng", ["Phó Chủ tịch UBND tỉnh"])]
    assert all(text[e.start:e.end] == e.sentence for o in ex.officials for e in o.evidence)


def test_titles_before_a_title_after_an_authorisation():
    text = "Thừa ủy quyền của Tổng Bí thư, Chủ tịch nước Lâm Văn Đạt, Bí thư Tỉnh ủy Tô Minh Hải trao Huân chương."
    assert officials(text) == {"Lâm Văn Đạt": ["Tổng Bí thư", "Chủ tịch nước"], "Tô Minh Hải": ["Bí thư Tỉnh ủy"]}


def test_a_surname_inside_a_company_name_is_not_a_second_person():
    text = "Ông Tống Văn Hào, Giám đốc Công ty CP Than Vàng Danh cho biết công ty được tặng Bằng khen."
    assert officials(text) == {"Tống Văn Hào": ["Giám đốc Công ty CP Than Vàng Danh"]}


def test_academic_degree_written_with_a_dot_is_a_title():
    text = "Dự lễ có TS. Đoàn Văn Ích, Giám đốc Bệnh viện Đa khoa tỉnh; ThS. Tăng Thị Kim, Giám đốc Trung tâm Y tế huyện."
    assert officials(text) == {
        "Đoàn Văn Ích": ["TS", "Giám đốc Bệnh viện Đa khoa tỉnh"],
        "Tăng Thị Kim": ["ThS", "Giám đốc Trung tâm Y tế huyện"],
    }


def test_village_and_staff_posts_are_titles():
    text = ("Bà Lương Thị Lan, Chi hội trưởng Chi hội Phụ nữ thôn Đông; ông Kha Văn Tùng, Chuyên viên "
            "Ban Thi đua - Khen thưởng tỉnh được tặng Giấy khen.")
    assert officials(text) == {
        "Lương Thị Lan": ["Chi hội trưởng Chi hội Phụ nữ thôn Đông"],
        "Kha Văn Tùng": ["Chuyên viên Ban Thi đua - Khen thưởng tỉnh"],
    }


def test_every_comma_separated_segment_is_a_title_but_a_sector_name_keeps_its_comma():
    text = ("Dự có đồng chí Đào Thị Hồng, Ủy viên Trung ương Đảng, Thống đốc Ngân hàng Nhà nước; ông Lý Văn Cường, "
            "Giám đốc Sở Văn hóa, Thể thao và Du lịch; bà Tô Thị Dung, Giám đốc Sở Lao động, Thương binh và Xã hội, "
            "Hội viên Hội Nhà báo Việt Nam.")
    assert officials(text) == {
        "Đào Thị Hồng": ["Ủy viên Trung ương Đảng", "Thống đốc Ngân hàng Nhà nước"],
        "Lý Văn Cường": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"],
        "Tô Thị Dung": ["Giám đốc Sở Lao động, Thương binh và Xã hội", "Hội viên Hội Nhà báo Việt Nam"],
    }


def test_two_word_highland_name_after_a_place():
    assert officials("Phó Chủ tịch UBND tỉnh Kon Tum Y Mừng trao Cờ thi đua.") == {
        "Y Mừng": ["Phó Chủ tịch UBND tỉnh Kon Tum"]}


def test_title_heads_with_a_lowercase_second_word():
    text = ("Dự có ông Từ Văn An, Phó giám đốc Sở Nội vụ; bà Hứa Thị Bình, Phó chủ tịch UBND huyện; "
            "ông Ninh Văn Cường, Tổng giám đốc Công ty Điện lực; bà Mạc Thị Lan, Phó hiệu trưởng Trường THCS Yên Thọ.")
    assert officials(text) == {
        "Từ Văn An": ["Phó giám đốc Sở Nội vụ"],
        "Hứa Thị Bình": ["Phó chủ tịch UBND huyện"],
        "Ninh Văn Cường": ["Tổng giám đốc Công ty Điện lực"],
        "Mạc Thị Lan": ["Phó hiệu trưởng Trường THCS Yên Thọ"],
    }


def test_title_right_after_the_name_without_a_comma_and_a_bracket_between():
    text = ("Dự có đồng chí Khổng Văn An Phó Chủ tịch UBND tỉnh; Đại tá Cầm Văn Hùng Giám đốc Công an tỉnh. "
            "Ông Thái Văn Dũng (thứ hai từ trái sang), Giám đốc Sở Tài chính trao Bằng khen.")
    assert officials(text) == {
        "Khổng Văn An": ["Phó Chủ tịch UBND tỉnh"],
        "Cầm Văn Hùng": ["Đại tá", "Giám đốc Công an tỉnh"],
        "Thái Văn Dũng": ["Giám đốc Sở Tài chính"],
    }


def test_titles_run_over_noun_compounds_that_look_like_verbs():
    text = ("Dự có ông Tạ Văn An, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh; bà Lã Thị Bình, Trưởng Ban "
            "tiếp công dân tỉnh; ông Hàn Văn Hải, Giám đốc Trung tâm Dịch vụ việc làm tỉnh.")
    assert officials(text) == {
        "Tạ Văn An": ["Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh"],
        "Lã Thị Bình": ["Trưởng Ban tiếp công dân tỉnh"],
        "Hàn Văn Hải": ["Giám đốc Trung tâm Dịch vụ việc làm tỉnh"],
    }


def test_northwestern_family_names_after_a_title():
    assert officials("Chủ tịch UBND huyện Tòng Thanh Bình và Phó Chủ tịch UBND xã Lừ Văn Dũng trao Giấy khen.") == {
        "Tòng Thanh Bình": ["Chủ tịch UBND huyện"], "Lừ Văn Dũng": ["Phó Chủ tịch UBND xã"]}


def test_council_name_with_a_comma_stays_one_title():
    text = "Đồng chí Hồ Văn Lợi, Phó Chủ tịch UBND huyện, Chủ tịch Hội đồng thi đua, khen thưởng huyện phát biểu."
    assert officials(text) == {"Hồ Văn Lợi": ["Phó Chủ tịch UBND huyện", "Chủ tịch Hội đồng thi đua, khen thưởng huyện"]}
    text = "Phó Chủ tịch UBND huyện, Chủ tịch Hội đồng Thi đua, Khen thưởng huyện Hồ Văn Lợi phát biểu."
    assert officials(text) == {"Hồ Văn Lợi": ["Phó Chủ tịch UBND huyện", "Chủ tịch Hội đồng Thi đua, Khen thưởng huyện"]}


def test_bracketed_cluster_roles_are_titles():
    text = "Đồng chí Lò Văn Pịnh (Cụm trưởng) và đồng chí Vi Thị Dung (Khối phó) ký giao ước."
    assert officials(text) == {"Lò Văn Pịnh": ["Cụm trưởng"], "Vi Thị Dung": ["Khối phó"]}


def test_abbreviated_heads_ct_and_p_dot():
    text = ("Dự có đồng chí Tạ Văn Khôi, CT UBND huyện; ông Phí Văn Long, P.trưởng phòng Nội vụ huyện; "
            "bà Cù Thị Nga, P. Giám đốc Sở Y tế.")
    assert officials(text) == {"Tạ Văn Khôi": ["CT UBND huyện"], "Phí Văn Long": ["P.trưởng phòng Nội vụ huyện"],
                               "Cù Thị Nga": ["P. Giám đốc Sở Y tế"]}


def test_co_chairing_verb_and_spaced_honorific_do_not_join_a_title():
    text = "Ông Mạc Văn Tuân, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đồng chủ trì hội nghị."
    assert officials(text) == {"Mạc Văn Tuân": ["Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]}
    text = "Dự có ông Mạc Văn Tuân, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật đồng  chí Lục Thị Hằng."
    assert officials(text) == {"Mạc Văn Tuân": ["Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật"]}


def test_title_written_before_the_honorific():
    text = "Tham dự có Phó Thủ tướng Chính phủ, đồng chí Hà Quang Vinh; Phó Chủ tịch UBND tỉnh, Đ/c Nông Văn Sử."
    assert officials(text) == {"Hà Quang Vinh": ["Phó Thủ tướng Chính phủ"], "Nông Văn Sử": ["Phó Chủ tịch UBND tỉnh"]}
    # the title before "và" belongs to the person named before it
    text = "Tham dự có ông Hà Quang Vinh, Giám đốc Sở Nội vụ và bà Lục Thị Hằng."
    assert officials(text) == {"Hà Quang Vinh": ["Giám đốc Sở Nội vụ"]}


def test_bracketed_role_after_titles_and_abbreviation_defined_in_brackets():
    text = "Ông Cầm Văn Nọi, Chủ tịch UBND huyện Mường Tè (Cụm trưởng) phát biểu; bà Vi Thị Dung (Phó Khối trưởng) ký."
    assert officials(text) == {"Cầm Văn Nọi": ["Chủ tịch UBND huyện Mường Tè", "Cụm trưởng"],
                               "Vi Thị Dung": ["Phó Khối trưởng"]}
    text = "Ông Cầm Văn Nọi, Chủ tịch Ủy ban nhân dân (UBND) huyện Mường Tè phát biểu."
    assert officials(text) == {"Cầm Văn Nọi": ["Chủ tịch Ủy ban nhân dân huyện Mường Tè"]}
    # a photo position in brackets is no title
    text = "Ông Cầm Văn Nọi, Giám đốc Sở Nội vụ (ảnh giữa) phát biểu."
    assert officials(text) == {"Cầm Văn Nọi": ["Giám đốc Sở Nội vụ"]}


def test_vice_and_acting_abbreviations():
    text = "Dự có đồng chí Tạ Văn Khôi, Phó CT UBND huyện; đ/c Phí Văn Long, Q. Chủ tịch UBND xã."
    assert officials(text) == {"Tạ Văn Khôi": ["Phó CT UBND huyện"], "Phí Văn Long": ["Q. Chủ tịch UBND xã"]}


def test_sector_syllable_that_is_a_verb_elsewhere_and_occupation_after_a_dash():
    text = ("Bà Lục Thị Hằng, nguyên Bộ trưởng Bộ Ngoại giao Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam, "
            "nguyên Phó Chủ tịch nước dự lễ.")
    assert officials(text) == {"Lục Thị Hằng": [
        "nguyên Bộ trưởng Bộ Ngoại giao Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam", "nguyên Phó Chủ tịch nước"]}
    text = "Gặp mặt có nguyên Giám đốc Sở Y tế tỉnh Lạng Sơn - bác sĩ Hoàng Thị Kim Dung."
    assert officials(text) == {"Hoàng Thị Kim Dung": ["nguyên Giám đốc Sở Y tế tỉnh Lạng Sơn"]}


def test_titles_joined_by_dashes_before_the_name():
    text = "Chủ tịch UBND huyện - Chủ tịch Hội đồng Thi đua - Khen thưởng huyện Tạ Văn Khôi phát biểu."
    assert officials(text) == {"Tạ Văn Khôi": ["Chủ tịch UBND huyện", "Chủ tịch Hội đồng Thi đua - Khen thưởng huyện"]}
    text = "Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh - Giám đốc Sở Nội vụ Tạ Văn Khôi phát biểu."
    assert officials(text) == {"Tạ Văn Khôi": ["Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh", "Giám đốc Sở Nội vụ"]}


def test_a_reason_after_the_titles_is_no_part_of_them():
    text = ("Chủ tịch nước trao Huân chương Độc lập cho ông Trịnh Văn Tâm, nguyên Phó Chủ tịch UBND tỉnh, "
            "nguyên Giám đốc Sở Tài chính do đã có nhiều đóng góp cho sự nghiệp phát triển của tỉnh.")
    assert officials(text) == {"Trịnh Văn Tâm": ["nguyên Phó Chủ tịch UBND tỉnh", "nguyên Giám đốc Sở Tài chính"]}


def test_a_title_before_and_cá_nhân_is_another_persons():
    text = ("Chánh Văn phòng UBND tỉnh và cá nhân ông Lò Văn Pằng chịu trách nhiệm thi hành quyết định này.")
    assert officials(text).get("Lò Văn Pằng", []) == []


def test_a_name_after_a_comma_opens_the_next_persons_entry():
    text = ("Chủ tịch nước trao Huân chương Lao động cho các ông: Đỗ Văn Lực - nguyên Chủ nhiệm Ủy ban Tài chính, "
            "Hà Minh Quang - nguyên Phó Chánh Văn phòng Chính phủ, Lý Thị Hồng - nguyên Phó chủ nhiệm Ủy ban Dân tộc.")
    got = officials(text)
    assert got["Hà Minh Quang"] == ["nguyên Phó Chánh Văn phòng Chính phủ"]
    assert got["Đỗ Văn Lực"] == ["nguyên Chủ nhiệm Ủy ban Tài chính"]


def test_the_authority_acted_for_is_not_the_presenters_title():
    text = ("Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Tài chính Hà Văn Sơn trao Huân chương Lao động "
            "hạng Ba cho Công ty Điện lực tỉnh.")
    assert officials(text) == {"Hà Văn Sơn": ["Thứ trưởng Bộ Tài chính"]}
    text = ("Thừa ủy quyền của Chủ tịch nước, Thứ trưởng Bộ Tài chính Hà Văn Sơn, Phó Chủ tịch Hội đồng Thi đua "
            "Bộ Tài chính đã trao Huân chương Lao động hạng Ba cho Công ty Điện lực tỉnh.")
    assert officials(text)["Hà Văn Sơn"] == ["Thứ trưởng Bộ Tài chính", "Phó Chủ tịch Hội đồng Thi đua Bộ Tài chính"]


def test_a_given_name_that_is_also_a_title_word_stays_in_the_name():
    text = "Đồng chí Đỗ Minh Quyền, Trưởng Ban Tuyên giáo Huyện ủy phát biểu tại hội nghị."
    assert officials(text) == {"Đỗ Minh Quyền": ["Trưởng Ban Tuyên giáo Huyện ủy"]}


def test_a_rarer_family_name_after_a_title_is_a_person():
    text = "Chủ tịch nước truy tặng Huân chương Lao động cho Phó chủ nhiệm Ủy ban Tài chính Tào Hữu Kha."
    assert officials(text) == {"Tào Hữu Kha": ["Phó chủ nhiệm Ủy ban Tài chính"]}


def test_a_title_before_a_colon_is_shared_by_the_bare_names_listed_after_it():
    text = ("Chủ tịch nước trao Huân chương Độc lập cho 2 nguyên Phó Chủ tịch UBND tỉnh: Khổng Minh Tâm và Lò Văn Bình; "
            "Huân chương Lao động cho nguyên Giám đốc Sở Y tế Hà Thị Mơ.")
    got = officials(text)
    assert got["Khổng Minh Tâm"] == ["nguyên Phó Chủ tịch UBND tỉnh"]
    assert got["Lò Văn Bình"] == ["nguyên Phó Chủ tịch UBND tỉnh"]
    assert got["Hà Thị Mơ"] == ["nguyên Giám đốc Sở Y tế"]


def test_the_last_words_of_a_firms_name_are_no_person():
    text = ("Nhân dịp này, Công ty Cổ phần Vạn Hà Thanh Hóa (Trưởng khối thi đua các doanh nghiệp tỉnh năm 2024) "
            "gửi lẵng hoa chúc mừng; ông Lê Văn Tư, Giám đốc công ty phát biểu.")
    assert officials(text) == {"Lê Văn Tư": ["Giám đốc công ty"]}


def test_a_generic_list_inside_a_title_keeps_its_comma():
    text = "Đồng chí Lò Minh Tuấn - Phó Giám đốc Sở Nội vụ, Trưởng khối các sở, ngành tổng hợp chủ trì hội nghị."
    assert officials(text) == {"Lò Minh Tuấn": ["Phó Giám đốc Sở Nội vụ", "Trưởng khối các sở, ngành tổng hợp"]}


def test_a_title_written_in_full_and_abbreviated_is_kept_both_ways():
    # GUIDELINE: titles as written, union over mentions; only UBND/HĐND/MTTQ/TW/TĐKT read as their expansion
    assert merge_titles(["Ủy viên Thường vụ Tỉnh ủy", "UVTV Tỉnh ủy", "Chủ tịch Ủy ban nhân dân huyện",
                         "Chủ tịch UBND huyện"]) == [
        "Ủy viên Thường vụ Tỉnh ủy", "UVTV Tỉnh ủy", "Chủ tịch Ủy ban nhân dân huyện"]


def test_dash_without_spaces_between_two_titles_separates_them():
    text = "Dự hội nghị có đồng chí Đỗ Văn Kiên, UVBCH-Phó Chủ tịch UBND huyện, Tỉnh ủy viên- Trưởng ban Dân vận."
    assert officials(text) == {"Đỗ Văn Kiên": ["UVBCH", "Phó Chủ tịch UBND huyện", "Tỉnh ủy viên", "Trưởng ban Dân vận"]}


def test_dash_inside_a_sector_name_does_not_split_the_title():
    text = "Ông Mai Văn Hòa, Giám đốc Sở Giáo dục-Đào tạo, phát biểu."
    assert officials(text) == {"Mai Văn Hòa": ["Giám đốc Sở Giáo dục-Đào tạo"]}


def test_lowercase_rank_before_a_name_in_a_list():
    text = ("Những người được truy tặng gồm: thiếu tá Trần Quốc Việt, Phó tiểu đoàn trưởng Tiểu đoàn 2, "
            "Bộ Chỉ huy quân sự tỉnh; thượng úy Hà Minh Đức.")
    assert officials(text) == {
        "Trần Quốc Việt": ["thiếu tá", "Phó tiểu đoàn trưởng Tiểu đoàn 2", "Bộ Chỉ huy quân sự tỉnh"],
        "Hà Minh Đức": ["thượng úy"],
    }


def test_capitalised_words_after_a_school_head_are_its_name_not_a_person():
    text = "Thầy Lê Văn Thụy, Hiệu trưởng Trường THPT Hồng Lĩnh vì có thành tích xuất sắc được tặng Bằng khen."
    assert officials(text) == {"Lê Văn Thụy": ["Hiệu trưởng Trường THPT Hồng Lĩnh"]}


def test_gan_ends_a_title():
    text = "Thiếu tướng Đào Minh Sơn, Phó Tư lệnh Quân khu 3 gắn Huy hiệu cho các đơn vị."
    assert officials(text) == {"Đào Minh Sơn": ["Thiếu tướng", "Phó Tư lệnh Quân khu 3"]}


def test_titles_between_two_title_first_names_belong_to_the_second():
    text = ("Trao Bằng khen cho Phó Bí thư Thường trực Tỉnh ủy Lò Văn Minh, Phó Bí thư Tỉnh ủy, "
            "Chủ tịch UBND tỉnh Cầm Thị Hoa.")
    assert officials(text) == {
        "Lò Văn Minh": ["Phó Bí thư Thường trực Tỉnh ủy"],
        "Cầm Thị Hoa": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"],
    }


def test_a_post_in_a_named_body_after_a_rank_is_a_title_segment():
    text = "Bằng khen tặng trung úy Vũ Thị Hạnh, cán bộ Phòng Hậu cần, Công an tỉnh Lào Cai."
    assert officials(text) == {"Vũ Thị Hạnh": ["trung úy", "cán bộ Phòng Hậu cần", "Công an tỉnh Lào Cai"]}


def test_a_committee_named_by_its_field_keeps_ve_in_the_title():
    text = "Dự có ông Lê Văn Hòa, nguyên Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội."
    assert officials(text) == {"Lê Văn Hòa": ["nguyên Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội"]}


def test_plural_title_then_gom_and_a_rank_is_shared_by_the_listed_names():
    text = ("Các Phó Tư lệnh gồm Thiếu tướng Đinh Văn Khải, Lê Quang Tùng và Phạm Ngọc Bảo "
            "cũng được nhận phần thưởng này.")
    assert officials(text) == {
        "Đinh Văn Khải": ["Phó Tư lệnh", "Thiếu tướng"],
        "Lê Quang Tùng": ["Phó Tư lệnh", "Thiếu tướng"],
        "Phạm Ngọc Bảo": ["Phó Tư lệnh", "Thiếu tướng"],
    }


def test_a_lowercase_first_title_after_an_honorific_and_name():
    assert officials("Tại hội nghị, ông Hà Quốc Lâm, chủ tịch UBND xã Tân Lập đã trình bày báo cáo.") == {
        "Hà Quốc Lâm": ["chủ tịch UBND xã Tân Lập"]}
    assert officials("Ông Lê Văn Bình, nông dân xã Yên Lợi, được tặng giấy khen.") == {}


def test_a_person_named_right_after_a_school_in_a_title_before_the_name():
    text = "Dịp này, Hiệu trưởng Trường Đại học Hồng Đức Lê Văn Sáu vinh dự nhận Huân chương Lao động hạng Ba."
    assert officials(text) == {"Lê Văn Sáu": ["Hiệu trưởng Trường Đại học Hồng Đức"]}


def test_doubled_spaces_inside_a_title_head():
    text = "Đến dự có bà Trần Thị Hồng Lan, Phó  Chủ tịch  Hội Nông dân tỉnh."
    assert list(officials(text)) == ["Trần Thị Hồng Lan"]
    assert officials(text)["Trần Thị Hồng Lan"][0].split() == "Phó Chủ tịch Hội Nông dân tỉnh".split()


def test_the_signer_under_a_decision_written_out():
    text = ("Điều 3. Các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n\n"
            "KT. CHỦ TỊCH\n\nPhó Chủ tịch\n\n(Đã ký)\n\nĐinh Quang Tuấn")
    assert officials(text) == {"Đinh Quang Tuấn": ["Phó Chủ tịch"]}
    assert officials("Phó Chủ tịch\n\nĐinh Quang Tuấn") == {}  # no signature mark: a caption, not a signer


def test_commas_inside_a_body_named_in_a_title():
    text = ("Ông Lê Văn Tài, Trưởng Ban quản lý KCN, KKT tỉnh, Phó Trưởng Ban quản lý KKT, công nghiệp tỉnh, "
            "cụm trưởng, thành viên HĐQT, phát biểu.")
    assert officials(text) == {"Lê Văn Tài": ["Trưởng Ban quản lý KCN, KKT tỉnh",
                                              "Phó Trưởng Ban quản lý KKT, công nghiệp tỉnh", "cụm trưởng",
                                              "thành viên HĐQT"]}


def test_lowercase_words_after_a_comma_do_not_join_a_title():
    assert officials("Ông Lê Văn Tài, Phó Viện trưởng Viện kiểm sát nhân dân tỉnh, đơn vị Trưởng Khối, phát biểu.") == {
        "Lê Văn Tài": ["Phó Viện trưởng Viện kiểm sát nhân dân tỉnh"]}
    assert officials("Đồng chí Hà Văn Dũng, Phó Chủ tịch UBND tỉnh tham luận tại hội nghị.") == {
        "Hà Văn Dũng": ["Phó Chủ tịch UBND tỉnh"]}


def test_village_names_and_hospital_names_are_no_people():
    assert officials("Ông Trần Văn Lực, Trưởng thôn thôn Đông Hải, và Giám đốc BV Răng Hàm Mặt Trung ương dự.") == {
        "Trần Văn Lực": ["Trưởng thôn thôn Đông Hải"]}


def test_a_steering_committee_stays_in_the_title():
    text = "Đồng chí Lê Văn Thắng, Trưởng Ban chỉ đạo Chương trình xây dựng nông thôn mới tỉnh phát biểu."
    assert officials(text) == {"Lê Văn Thắng": ["Trưởng Ban chỉ đạo Chương trình xây dựng nông thôn mới tỉnh"]}


def test_a_title_plus_a_year_is_kept_beside_the_title_but_a_place_merges():
    assert merge_titles(["Khối trưởng Khối thi đua số 3 năm 2021", "Khối trưởng Khối thi đua số 3",
                         "Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh Yên Bái"]) == [
        "Khối trưởng Khối thi đua số 3 năm 2021", "Khối trưởng Khối thi đua số 3", "Chủ tịch UBND tỉnh Yên Bái"]


def test_ba_opening_a_place_name_is_no_honorific():
    assert officials("Cụm trưởng năm 2021 được bàn giao từ Công an tỉnh Bà Rịa - Vũng Tàu cho Công an tỉnh Long An.") == {}


def test_academic_degrees_joined_by_a_dash_are_two_titles():
    assert officials("Phó Giáo sư- Tiến sĩ Lê Quang Đạo phát biểu.") == {"Lê Quang Đạo": ["Phó Giáo sư", "Tiến sĩ"]}


def test_a_title_read_back_before_a_second_name_stays_with_the_first_person():
    text = "Ông Lê Thanh Sơn - Phó Chủ tịch UBND tỉnh , PGS.TS Huỳnh Văn Đạt - Giám đốc Đại học Huế tới dự."
    got = officials(text)
    assert got["Lê Thanh Sơn"] == ["Phó Chủ tịch UBND tỉnh"]
    assert "Phó Chủ tịch UBND tỉnh" not in got["Huỳnh Văn Đạt"]


def test_an_alternate_member_keeps_du_khuyet_and_the_titles_after_it():
    got = officials("Dự hội nghị tổng kết thi đua có ông Lê Văn Tâm, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, "
                    "Bí thư Tỉnh ủy Hà Nam.")
    assert got == {"Lê Văn Tâm": ["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy Hà Nam"]}


def test_a_teacher_addressed_as_thay_and_an_officer_named_like_a_commune():
    text = ("Thầy Lưu Văn Nam - Hiệu trưởng Trường THPT Lê Lợi cho biết, nhà trường vinh dự đón nhận Cờ thi đua. "
            "Dự lễ có đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh Hoàng Sơn.")
    found, _spans = find_officials(text, split_sentences(text))
    got = {o.name: o.titles for o in found}
    assert got.get("Lưu Văn Nam") == ("Hiệu trưởng Trường THPT Lê Lợi",)
    assert got.get("Hoàng Sơn") == ("Phó Chủ tịch Ủy ban nhân dân tỉnh",)
    # a commune's own name after its type word stays a place
    commune, _ = find_officials("Chủ tịch UBND xã Hoàng Sơn phát biểu.", split_sentences("Chủ tịch UBND xã Hoàng Sơn phát biểu."))
    assert commune == []


def test_a_supreme_court_or_procuracy_is_no_evening():
    text = "Tại hội nghị, Viện trưởng VKSND tối cao Lê Minh Tâm đã trao Cờ thi đua của Chính phủ. Tối cùng ngày, đoàn về Hà Nội."
    found, _spans = find_officials(text, split_sentences(text))
    assert [(o.name, o.titles) for o in found] == [("Lê Minh Tâm", ("Viện trưởng VKSND tối cao",))]


def test_schools_named_after_persons_behind_chuyen_or_a_spelled_out_level():
    text = ("Dự có ông Phan Minh Đức, Hiệu trưởng Trường THPT chuyên Lê Hồng Phong và bà Vũ Thị Mai, "
            "Phó Hiệu trưởng Trường Trung học cơ sở Trần Đăng Ninh.")
    found, _spans = find_officials(text, split_sentences(text))
    assert [(o.name, o.titles) for o in found] == [
        ("Phan Minh Đức", ("Hiệu trưởng Trường THPT chuyên Lê Hồng Phong",)),
        ("Vũ Thị Mai", ("Phó Hiệu trưởng Trường Trung học cơ sở Trần Đăng Ninh",))]


def test_doan_thanh_nien_is_a_body_not_a_person_named_doan_thanh():
    text = "Liên hoan tuyên dương 3 đồng chí, trong đó có Bí thư Đoàn Thanh niên Sở Y tế."
    assert find_officials(text, split_sentences(text))[0] == []
    named = "Dự có ông Đoàn Thanh, Bí thư Đảng ủy xã."
    assert [o.name for o in find_officials(named, split_sentences(named))[0]] == ["Đoàn Thanh"]


def test_foreign_name_with_hyphen_joined_syllables_is_one_name():
    text = "Đồng chí Xổm-phăn Khăm-ma-ni, Bí thư kiêm Tỉnh trưởng tỉnh Xa-va-na, trao Huân chương Hữu nghị."
    assert officials(text) == {"Xổm-phăn Khăm-ma-ni": ["Bí thư kiêm Tỉnh trưởng tỉnh Xa-va-na"]}


def test_tinh_doan_is_the_youth_union_not_a_person_named_doan():
    after = "Đồng chí Lê Minh Tâm - Phó Bí thư Tỉnh Đoàn Quảng Bình trao Huy hiệu cho hai đoàn viên."
    assert officials(after) == {"Lê Minh Tâm": ["Phó Bí thư Tỉnh Đoàn Quảng Bình"]}
    before = "Phó Bí thư Thành Đoàn Vinh Trần Thu Hà phát biểu."
    assert officials(before) == {"Trần Thu Hà": ["Phó Bí thư Thành Đoàn Vinh"]}


def test_a_title_ends_at_a_stray_full_stop_before_a_comma_and_before_va_cac_thanh_vien():
    text = ("Đến dự có đồng chí Hồ Văn Bình, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh và các thành viên trong khối. "
            "Đồng chí Mai Thị Hoa, Bí thư Huyện ủy Thanh Chương., đại diện các sở, ngành.")
    assert officials(text) == {"Hồ Văn Bình": ["Phó Trưởng Ban Thi đua - Khen thưởng tỉnh"],
                               "Mai Thị Hoa": ["Bí thư Huyện ủy Thanh Chương"]}


def test_a_hyphenated_degree_before_the_name_is_one_title():
    text = "Chủ trì hội thảo có đồng chí PGS-TS. Đặng Văn Khải, Phó Giám đốc Học viện."
    assert officials(text) == {"Đặng Văn Khải": ["PGS-TS", "Phó Giám đốc Học viện"]}


def test_titles_listed_after_cua_before_a_title_and_name_are_all_the_persons():
    text = "Đó là khẳng định của Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Trần Văn Hòa tại hội nghị."
    assert officials(text) == {"Trần Văn Hòa": ["Ủy viên Bộ Chính trị", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]}
    # the authority a presenter acts for is not one of the presenter's titles
    acting = "Thừa ủy nhiệm của Chủ tịch nước, Chủ tịch UBND tỉnh Lê Văn Tâm trao Huân chương."
    assert officials(acting) == {"Lê Văn Tâm": ["Chủ tịch UBND tỉnh"]}


def test_a_title_before_and_ends_the_person_before_unless_it_heads_both_names():
    text = ("Hội nghị biểu dương người tốt việc tốt\n\nChủ trì hội nghị là các đồng chí: Hà Văn Khải, Ủy viên Ban TVTU, "
            "Chủ tịch Ủy ban MTTQ tỉnh và Lục Thị Na, Phó Chủ tịch UBND tỉnh. Cùng tham dự có Đ/c Tô Minh Phát - Phó Bí "
            "thư Đảng ủy và Đ/c Đàm Thị Hà - Phó Chủ tịch UBND phường. Các Phó Chủ tịch HĐND tỉnh Lý Văn Bảo và Nông Đức "
            "Hậu trao thưởng.")
    got = officials(text)
    assert got["Hà Văn Khải"] == ["Ủy viên Ban TVTU", "Chủ tịch Ủy ban MTTQ tỉnh"], got
    assert got["Lục Thị Na"] == ["Phó Chủ tịch UBND tỉnh"], got
    assert got["Tô Minh Phát"] == ["Phó Bí thư Đảng ủy"], got
    assert got["Nông Đức Hậu"] == ["Phó Chủ tịch HĐND tỉnh"], got


def test_former_posts_written_in_lowercase_after_nguyen_are_titles():
    text = ("Các cá nhân được truy tặng gồm:\nĐại tá Trịnh Văn Hào, nguyên chính ủy Trung đoàn 48, nguyên phó tư lệnh "
            "Quân khu 4.\nThiếu tướng Lê Quang Vĩnh, nguyên tư lệnh Binh đoàn 12.")
    got = officials(text)
    assert got["Trịnh Văn Hào"] == ["Đại tá", "nguyên chính ủy Trung đoàn 48", "nguyên phó tư lệnh Quân khu 4"], got
    assert got["Lê Quang Vĩnh"] == ["Thiếu tướng", "nguyên tư lệnh Binh đoàn 12"], got


def test_a_comma_then_a_dash_opens_the_titles_and_nghe_ends_them():
    assert officials("Đồng chí Trịnh Thu Hằng, - Bí thư Huyện ủy Tiên Du trao cờ cho xã.") == {
        "Trịnh Thu Hằng": ["Bí thư Huyện ủy Tiên Du"]}
    assert officials("Chiều 5/1, ông Lò Văn Hải, Chủ tịch Hội đồng Thi đua - Khen thưởng huyện nghe báo cáo kết quả.") == {
        "Lò Văn Hải": ["Chủ tịch Hội đồng Thi đua - Khen thưởng huyện"]}


def test_a_rank_before_the_given_name_alone_is_the_person_named_in_full():
    text = ("Thiếu tá Đỗ Văn Khải, Đội trưởng Đội Cảnh sát giao thông, đã cứu hai người. Giám đốc Công an tỉnh trao Giấy khen "
            "cho Thiếu tá Khải.")
    assert officials(text) == {"Đỗ Văn Khải": ["Thiếu tá", "Đội trưởng Đội Cảnh sát giao thông"]}


def test_words_of_a_quoted_movement_are_no_persons_name():
    text = ("Những năm qua, Ban Giám đốc Công an tỉnh triển khai sâu rộng phong trào thi đua “Vì An ninh Tổ quốc” trong toàn "
            "lực lượng.")
    assert officials(text) == {}


def test_two_surnames_in_a_row_open_a_four_word_name_after_a_place():
    text = "Phó Bí thư Thành ủy, Chủ tịch HĐND TP Đà Nẵng Lê Nguyễn Hoài An phát biểu."
    assert officials(text) == {"Lê Nguyễn Hoài An": ["Phó Bí thư Thành ủy", "Chủ tịch HĐND TP Đà Nẵng"]}
    # the last word of a place is no surname of the person after it
    assert list(officials("Phó Chủ tịch UBND huyện Kiên Lương Lâm Thị Hoa phát biểu.")) == ["Lâm Thị Hoa"]


def test_thi_dua_dash_khen_thuong_in_lowercase_stays_one_title():
    assert officials("Ông Tạ Văn Lâm, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - khen thưởng tỉnh phát biểu.") == {
        "Tạ Văn Lâm": ["Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Thi đua - khen thưởng tỉnh"]}


def test_pho_phong_is_a_title():
    assert officials("Trung tá Đinh Văn Khôi, Phó phòng Cảnh sát giao thông Công an tỉnh cho biết.") == {
        "Đinh Văn Khôi": ["Trung tá", "Phó phòng Cảnh sát giao thông Công an tỉnh"]}


def test_a_representative_office_stays_in_its_directors_title():
    assert officials("Ông Lê Văn Bảy, Giám đốc cơ quan đại diện Bộ Tư pháp tại TP.HCM phát biểu.") == {
        "Lê Văn Bảy": ["Giám đốc cơ quan đại diện Bộ Tư pháp tại TP.HCM"]}


def test_doan_after_trung_uong_is_the_youth_union_when_a_full_name_follows():
    text = "Tại lễ tuyên dương 20 thanh niên tiêu biểu, Bí thư BCH Trung ương Đoàn Lê Hoài Nam phát biểu chỉ đạo."
    got = {o.name: o.titles for o in extract(text).officials}
    assert got == {"Lê Hoài Nam": ("Bí thư BCH Trung ương Đoàn",)}
    # a surname Đoàn before a two-word given name stays the person's
    kept = {o.name for o in extract("Ủy viên Trung ương Đoàn Văn Tuấn trao Bằng khen cho 20 thanh niên.").officials}
    assert kept == {"Đoàn Văn Tuấn"}


def test_co_before_a_title_marks_the_late_holder_as_nguyen_marks_a_former_one():
    text = ("Sáng 5/3, Hội Nông dân tỉnh biểu dương, khen thưởng 30 nông dân sản xuất giỏi tại nhà văn hóa mang tên cố "
            "Tổng Bí thư Lê Văn Thành. Dự lễ có nguyên Bí thư Tỉnh ủy Hà Văn Bình.")
    got = {o.name: o.titles for o in extract(text).officials}
    assert got == {"Lê Văn Thành": ("cố Tổng Bí thư",), "Hà Văn Bình": ("nguyên Bí thư Tỉnh ủy",)}

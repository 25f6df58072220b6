"""Awards from hand-written passages: one per (form, recipient), conferrer, period, taxonomy."""

from pipeline import extract
from pipeline.awards.conferrers import passive_conferrer


def awards(text):
    return [(a.form, a.recipient, a.recipient_kind, a.conferrer, a.period) for a in extract(text).awards]


def test_decision_with_recipient_lists_and_individuals():
    text = ("Khen thưởng các tập thể, cá nhân\n\n"
            "Chủ tịch nước vừa ký Quyết định tặng Huân chương Lao động cho các tập thể, cá nhân có thành tích "
            "xuất sắc trong công tác từ năm 2018 đến năm 2022. Cụ thể, tặng Huân chương Lao động hạng Nhì cho "
            "Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh; tặng Huân chương Lao động hạng Ba cho "
            "ông Đinh Công Tráng, Giám đốc Sở Tài chính.")
    got = awards(text)
    assert ("Huân chương Lao động hạng Nhì", "Hội Nông dân tỉnh", "collective", "Chủ tịch nước",
            "từ năm 2018 đến năm 2022") in got
    assert ("Huân chương Lao động hạng Nhì", "Hội Cựu chiến binh tỉnh", "collective", "Chủ tịch nước",
            "từ năm 2018 đến năm 2022") in got
    assert ("Huân chương Lao động hạng Ba", "Đinh Công Tráng", "individual", "Chủ tịch nước",
            "từ năm 2018 đến năm 2022") in got
    assert len(got) == 3


def test_subject_before_duoc_tang_and_conferrer_between():
    text = ("Tổng kết thi đua năm 2023\n\n"
            "Năm 2023, Trường THPT Lê Lợi được Thủ tướng Chính phủ tặng Bằng khen; "
            "Ban Dân vận Huyện ủy và Ủy ban Kiểm tra Huyện ủy nhận Cờ thi đua của UBND tỉnh.")
    got = {(f, r): (c, p) for f, r, _k, c, p in awards(text)}
    assert got[("Bằng khen", "Trường THPT Lê Lợi")] == ("Thủ tướng Chính phủ", "năm 2023")
    assert got[("Cờ thi đua", "Ban Dân vận Huyện ủy")] == ("UBND tỉnh", "năm 2023")
    assert got[("Cờ thi đua", "Ủy ban Kiểm tra Huyện ủy")] == ("UBND tỉnh", "năm 2023")


def test_counts_proposals_and_registrations_are_not_awards():
    text = ("Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng\n\n"
            "Hội đồng thống nhất đề nghị tặng Cờ thi đua của Chính phủ cho 5 đơn vị. "
            "Chủ tịch UBND tỉnh tặng Bằng khen cho 32 tập thể và 15 cá nhân. "
            "Các đơn vị đã đăng ký danh hiệu Tập thể Lao động xuất sắc.")
    assert awards(text) == []


def test_flag_with_movement_name_splits_form_and_theme():
    text = ("Công an xã Hòa Bình đón nhận Cờ đơn vị dẫn đầu phong trào thi đua “Vì an ninh Tổ quốc” năm 2022.")
    ex = extract("Tổng kết phong trào thi đua\n\n" + text)
    assert [(a.form, a.recipient) for a in ex.awards] == [
        ("Cờ đơn vị dẫn đầu phong trào thi đua", "Công an xã Hòa Bình")]
    assert [t.name for t in ex.themes] == ["Vì an ninh Tổ quốc"]


def test_form_is_normalised_to_the_taxonomy():
    text = ("Lễ trao Huân chương\n\nThừa ủy quyền của Chủ tịch nước, đồng chí Bùi Văn Cường, Bí thư Tỉnh ủy "
            "trao Huân chương Độc lập hạng III cho Công ty Điện lực tỉnh.")
    (award,) = extract(text).awards
    assert award.form == "Huân chương Độc lập hạng III"
    assert award.form_id == "huan_chuong_doc_lap"
    assert award.form_canonical == "Huân chương Độc lập hạng Ba"
    assert award.category == "order"
    assert award.award_class == "hạng Ba"
    assert award.conferrer == "Chủ tịch nước"



def test_a_flag_from_the_prime_minister_is_the_governments_and_a_provinces_keeps_its_whole_level():
    from pipeline.awards.forms import normalise
    assert normalise("Cờ thi đua", "Thủ tướng Chính phủ")["form_id"] == "co_thi_dua_chinh_phu"
    provincial = normalise("Cờ thi đua", "UBND tỉnh")
    assert provincial["form_id"] == "co_thi_dua_bo_nganh_tinh"
    assert provincial["level"] == "bộ, ngành, tỉnh"  # a comma inside a YAML flow mapping once cut it to "bộ"

def test_conferrer_carries_over_semicolons_and_dates_are_not_periods():
    text = ("Đón nhận Huân chương Lao động\n\nNgày 20 tháng 11 năm 2022, Trường THCS Lê Quý Đôn đón nhận Huân chương "
            "Lao động hạng Ba của Chủ tịch nước. UBND tỉnh tặng Cờ thi đua cho Ban Tổ chức Tỉnh ủy; tặng Bằng khen "
            "cho Trần Quang Minh, Trưởng phòng Tổ chức cán bộ.")
    got = {(f, r): (k, c, p) for f, r, k, c, p in awards(text)}
    assert got[("Huân chương Lao động hạng Ba", "Trường THCS Lê Quý Đôn")] == ("collective", "Chủ tịch nước", None)
    assert got[("Bằng khen", "Trần Quang Minh")] == ("individual", "UBND tỉnh", None)


def test_quoted_title_of_a_flag_stays_in_the_form():
    text = ("Tổng kết phong trào thi đua năm 2017\n\nCông an tỉnh vinh dự đón nhận cờ “Đơn vị xuất sắc trong phong "
            "trào thi đua năm 2017” của Bộ Công an.")
    assert [(f, r, c) for f, r, _k, c, _p in awards(text)] == [
        ("cờ Đơn vị xuất sắc trong phong trào thi đua năm 2017", "Công an tỉnh", "Bộ Công an")]


def test_ranked_individuals_after_gom_and_the_signer_title_as_conferrer():
    text = ("Khen thưởng thành tích đột xuất\n\nNgày 3/8/2023, Chủ tịch UBND tỉnh Phạm Văn Hùng ký Quyết định số "
            "1520/QĐ-UBND tặng Bằng khen cho 2 cá nhân thuộc Công an huyện Bảo Thắng, gồm: Thiếu tá Vàng A Dình, "
            "Phó Trưởng Công an huyện; Đại úy Lù Văn Hải, cán bộ Đội Cảnh sát điều tra.")
    assert [(f, r, k, c) for f, r, k, c, _p in awards(text)] == [
        ("Bằng khen", "Vàng A Dình", "individual", "Chủ tịch UBND tỉnh"),
        ("Bằng khen", "Lù Văn Hải", "individual", "Chủ tịch UBND tỉnh"),
    ]


def test_recipient_between_the_verb_and_the_form():
    text = "Lễ đón nhận Huân chương\n\nNăm 2020, Chủ tịch nước tặng Trường THPT Lê Hồng Phong Huân chương Lao động hạng Ba."
    assert [(f, r, c) for f, r, _k, c, _p in awards(text)] == [
        ("Huân chương Lao động hạng Ba", "Trường THPT Lê Hồng Phong", "Chủ tịch nước")]


def test_forms_joined_by_va_or_comma_share_recipients():
    text = ("Tổng kết thi đua\n\nChủ tịch UBND tỉnh tặng Cờ thi đua và Bằng khen cho Sở Y tế. "
            "Bệnh viện Đa khoa tỉnh nhận Cờ thi đua, Bằng khen của UBND tỉnh.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert got == {("Cờ thi đua", "Sở Y tế"), ("Bằng khen", "Sở Y tế"),
                   ("Cờ thi đua", "Bệnh viện Đa khoa tỉnh"), ("Bằng khen", "Bệnh viện Đa khoa tỉnh")}


def test_recipients_named_in_a_later_list_sentence():
    text = ("Khen thưởng tập thể có thành tích trong chuyển đổi số\n\n"
            "Chủ tịch UBND tỉnh vừa ký quyết định tặng Bằng khen cho 18 tập thể có thành tích xuất sắc năm 2024. "
            "Các tập thể được khen thưởng gồm: Sở Khoa học và Công nghệ, Văn phòng HĐND tỉnh, "
            "UBND các huyện Thanh Liêm, Bình Lục và một số xã vùng ven.")
    got = {(f, r): (k, c) for f, r, k, c, _p in awards(text)}
    for r in ("Sở Khoa học và Công nghệ", "Văn phòng HĐND tỉnh", "UBND huyện Thanh Liêm", "UBND huyện Bình Lục"):
        assert got[("Bằng khen", r)] == ("collective", "Chủ tịch UBND tỉnh")
    assert len(got) == 4  # "một số xã vùng ven" names no one


def test_list_sentence_naming_its_own_form_and_trong_so_phrasing():
    text = ("Tổng kết phong trào thi đua ngành y tế\n\n"
            "Trong số các đơn vị được tặng Giấy khen có Trạm Y tế xã Phú Lộc, Phòng Khám đa khoa khu vực Đồng Lạc "
            "và Trung tâm Dân số huyện.")
    got = [(f, r) for f, r, *_ in awards(text)]
    assert ("Giấy khen", "Trạm Y tế xã Phú Lộc") in got
    assert ("Giấy khen", "Phòng Khám đa khoa khu vực Đồng Lạc") in got


def test_villages_with_bracketed_commune_and_a_count_remainder():
    text = ("Tổng kết 5 năm phong trào thi đua xây dựng khu dân cư văn hóa\n\n"
            "Dịp này, UBND huyện tặng Giấy khen cho thôn Bái Trạch (xã Tân Lập) và xóm Gò Mít (xã Phong Lạc) "
            "cùng 14 tập thể, cá nhân có thành tích xuất sắc.")
    got = [(f, r, k) for f, r, k, *_ in awards(text)]
    assert got == [("Giấy khen", "thôn Bái Trạch", "collective"), ("Giấy khen", "xóm Gò Mít", "collective")]


def test_the_conferring_authority_is_never_the_recipient():
    text = ("Công nhận danh hiệu thi đua năm 2024\n\n"
            "Chủ tịch UBND tỉnh vừa ký quyết định công nhận danh hiệu \"Tập thể lao động xuất sắc\" năm 2024 "
            "cho 30 tập thể thuộc các sở, ngành. "
            "Trong số các tập thể được công nhận có Chi cục Kiểm lâm và Ban Dân tộc tỉnh.")
    got = [(f, r, c, p) for f, r, _k, c, p in awards(text)]
    assert all("UBND tỉnh" != r for _f, r, _c, _p in got)
    # the form as written, with its "danh hiệu" and without the quotes
    assert ("danh hiệu Tập thể lao động xuất sắc", "Chi cục Kiểm lâm", "Chủ tịch UBND tỉnh", "năm 2024") in got
    assert ("danh hiệu Tập thể lao động xuất sắc", "Ban Dân tộc tỉnh", "Chủ tịch UBND tỉnh", "năm 2024") in got


def test_occupation_before_an_individual_recipient():
    text = ("Trung tâm Y tế huyện đón nhận Huân chương Lao động hạng Ba\n\n"
            "Dịp này, dược sĩ chuyên khoa I Lê Thị Thanh Vân, Trưởng khoa Dược được trao Bằng khen của Bộ trưởng Bộ Y tế.")
    got = [(f, r, k) for f, r, k, *_ in awards(text)]
    assert ("Bằng khen", "Lê Thị Thanh Vân", "individual") in got


def test_the_fuller_written_recipient_is_kept_for_one_conferral():
    text = ("Công ty CP Cơ khí Hòa Bình đón nhận Huân chương Lao động hạng Ba\n\n"
            "Sáng 3/6, Công ty cổ phần Cơ khí Hòa Bình tổ chức lễ đón nhận Huân chương Lao động hạng Ba. "
            "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba "
            "cho Công ty cổ phần Cơ khí Hòa Bình.")
    got = [(f, r) for f, r, *_ in awards(text)]
    assert got == [("Huân chương Lao động hạng Ba", "Công ty cổ phần Cơ khí Hòa Bình")]


def test_list_after_a_colon_and_individuals_in_a_later_list():
    text = ("Tổng kết phong trào thi đua năm 2024\n\n"
            "UBND huyện tặng Giấy khen cho 2 cá nhân và 2 tập thể. "
            "Các cá nhân được khen thưởng gồm: ông Lý Văn Sáu, Trưởng thôn Nà Hang; bà Hoàng Thị Dung, Chủ tịch Hội "
            "Phụ nữ xã Yên Hòa. Danh sách các tập thể được khen thưởng: Hợp tác xã Tân Tiến và Trường Mầm non Hoa Sen.")
    got = {(f, r): k for f, r, k, _c, _p in awards(text)}
    assert got == {("Giấy khen", "Lý Văn Sáu"): "individual", ("Giấy khen", "Hoàng Thị Dung"): "individual",
                   ("Giấy khen", "Hợp tác xã Tân Tiến"): "collective", ("Giấy khen", "Trường Mầm non Hoa Sen"): "collective"}


def test_a_list_of_units_singled_out_otherwise_is_not_a_recipient_list():
    text = ("Tổng kết phong trào thi đua năm 2024\n\n"
            "Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể. "
            "Các đơn vị được suy tôn dẫn đầu khối gồm Sở Xây dựng và Sở Tư pháp.")
    assert awards(text) == []


def test_headline_and_body_name_one_conferral_once_in_its_official_collective_form():
    text = ("Huyện Kim Bôi đón nhận Cờ thi đua của UBND tỉnh\n\n"
            "Sáng 10/2, huyện Kim Bôi tổ chức lễ đón nhận Cờ thi đua của UBND tỉnh. Phó Chủ tịch UBND tỉnh trao "
            "Cờ thi đua của UBND tỉnh cho Đảng bộ, chính quyền và nhân dân huyện Kim Bôi vì đã dẫn đầu phong trào "
            "thi đua năm 2024.")
    got = [(f, r, k, c) for f, r, k, c, _p in awards(text)]
    assert got == [("Cờ thi đua", "Đảng bộ, chính quyền và nhân dân huyện Kim Bôi", "collective", "UBND tỉnh")]


def test_conferrer_from_do_authority_and_from_the_decision_of():
    got = awards("Công an huyện Đà Bắc đón nhận Huân chương\n\n"
                 "Sáng 9/4, Công an huyện Đà Bắc đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì do Chủ tịch nước trao tặng.")
    assert got == [("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Công an huyện Đà Bắc", "collective", "Chủ tịch nước", None)]
    got = awards("Khen thưởng đột xuất người dũng cảm cứu người\n\n"
                 "Theo Quyết định số 88/QĐ-UBND của Chủ tịch UBND tỉnh, Bằng khen được tặng cho anh Đinh Văn Khải, "
                 "xóm Mỏ Đá và chị Bùi Thị Nga, giáo viên vì đã dũng cảm cứu người.")
    assert [(r, k, c) for _f, r, k, c, _p in got] == [("Đinh Văn Khải", "individual", "Chủ tịch UBND tỉnh"),
                                                       ("Bùi Thị Nga", "individual", "Chủ tịch UBND tỉnh")]


def test_passive_form_first_keeps_the_conferrer_clean():
    got = awards("Trao Bằng khen cho các tập thể\n\n"
                 "Sáng 5/4, Bằng khen của Bộ trưởng Bộ Tài chính được trao cho Kho bạc Nhà nước Kỳ Sơn.")
    assert got == [("Bằng khen", "Kho bạc Nhà nước Kỳ Sơn", "collective", "Bộ trưởng Bộ Tài chính", None)]


def test_named_recipients_among_a_counted_conferral_after_trong_do():
    text = ("Tổng kết phong trào thi đua năm 2024\n\n"
            "Dịp này, 15 tập thể được UBND huyện tặng Giấy khen; trong đó có Trạm Y tế xã Đồng Tâm, "
            "Hợp tác xã Bình Minh. Chủ tịch UBND huyện tặng Giấy khen cho 9 cá nhân. Trong đó có bà Quách Thị Lụa.")
    got = [(f, r, k) for f, r, k, *_ in awards(text)]
    assert got == [("Giấy khen", "Trạm Y tế xã Đồng Tâm", "collective"), ("Giấy khen", "Hợp tác xã Bình Minh", "collective"),
                   ("Giấy khen", "Quách Thị Lụa", "individual")]


def test_trong_do_without_a_counted_conferral_names_no_recipient():
    text = ("Tổng kết phong trào thi đua năm 2024\n\n"
            "Toàn huyện có 40 hợp tác xã. Trong đó có Hợp tác xã Bình Minh.")
    assert awards(text) == []


def test_recipients_after_cho_and_a_colon():
    got = awards("Khen thưởng năm 2024\n\nUBND tỉnh tặng Bằng khen cho: Phòng Giáo dục và Đào tạo huyện Tân Lạc; "
                 "Trường THCS Mãn Đức.")
    assert [r for _f, r, *_ in got] == ["Phòng Giáo dục và Đào tạo huyện Tân Lạc", "Trường THCS Mãn Đức"]


def test_vinh_du_duoc_x_tang_thuong():
    got = awards("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024\n\n"
                 "Huyện Mai Châu vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì.")
    assert [(f, r, c) for f, r, _k, c, _p in got] == [("Huân chương Lao động hạng Nhì", "Huyện Mai Châu", "Chủ tịch nước")]


def test_a_person_whose_title_names_an_organisation_is_the_recipient():
    got = awards("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024\n\n"
                 "Bà Trịnh Thị Mai, Giám đốc Công ty cổ phần May Tân Thịnh được tặng danh hiệu Chiến sĩ thi đua toàn quốc.")
    assert got == [("danh hiệu Chiến sĩ thi đua toàn quốc", "Trịnh Thị Mai", "individual", None, None)]


def test_one_honorific_for_a_list_of_bare_names_and_a_deciding_chair():
    got = awards("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024\n\n"
                 "Chủ tịch UBND tỉnh quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 3 cá nhân, gồm các ông, bà: "
                 "Hà Văn Thắng, Phạm Thị Loan và Xa Văn Tình.")
    assert [(r, k, c) for _f, r, k, c, _p in got] == [("Hà Văn Thắng", "individual", "Chủ tịch UBND tỉnh"),
                                                       ("Phạm Thị Loan", "individual", "Chủ tịch UBND tỉnh"),
                                                       ("Xa Văn Tình", "individual", "Chủ tịch UBND tỉnh")]


def test_headline_form_without_its_class_and_a_subject_running_into_long_trong_are_one_record():
    text = ("Trường THPT Đà Bắc đón nhận Huân chương Lao động\n\n"
            "Sáng 5/9, Trường THPT Đà Bắc long trọng tổ chức lễ đón nhận Huân chương Lao động hạng Ba. "
            "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba "
            "cho Trường THPT Đà Bắc.")
    got = extract(text)
    assert [(a.form, a.recipient, a.conferrer, a.form_canonical) for a in got.awards] == [
        ("Huân chương Lao động hạng Ba", "Trường THPT Đà Bắc", "Chủ tịch nước", "Huân chương Lao động hạng Ba")]
    assert [u.name for u in got.units] == ["Trường THPT Đà Bắc"]


def test_trong_do_co_belongs_to_the_nearest_counted_conferral():
    got = awards("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024\n\n"
                 "UBND tỉnh đã tặng Bằng khen cho 25 tập thể, 40 cá nhân; tặng danh hiệu Tập thể lao động xuất sắc "
                 "cho 12 tập thể, trong đó có Sở Tài chính và Kho bạc Nhà nước tỉnh.")
    assert [(f, r) for f, r, *_ in got] == [("danh hiệu Tập thể lao động xuất sắc", "Sở Tài chính"),
                                            ("danh hiệu Tập thể lao động xuất sắc", "Kho bạc Nhà nước tỉnh")]


def test_numbered_recipient_lists_split_across_sentences_and_lines():
    text = ("Khen thưởng năm 2024\n\n"
            "3 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen: 1.Hội Nông dân huyện Lạc Sơn; 2. Trường Tiểu học "
            "Phú Cường; 3. Phòng Kinh tế, Sở Công Thương. 2 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen: "
            "1.Ông Bùi Văn Tám - Chủ tịch UBND xã Tân Mỹ, Bí thư Đảng ủy xã; 2. Thượng tá Đinh Công Lực - "
            "Phó Giám đốc, Công an tỉnh.")
    got = [(f, r, k, c) for f, r, k, c, _p in awards(text)]
    assert got == [
        ("Bằng khen", "Hội Nông dân huyện Lạc Sơn", "collective", "Chủ tịch UBND tỉnh"),
        ("Bằng khen", "Trường Tiểu học Phú Cường", "collective", "Chủ tịch UBND tỉnh"),
        ("Bằng khen", "Phòng Kinh tế, Sở Công Thương", "collective", "Chủ tịch UBND tỉnh"),
        ("Bằng khen", "Bùi Văn Tám", "individual", "Chủ tịch UBND tỉnh"),
        ("Bằng khen", "Đinh Công Lực", "individual", "Chủ tịch UBND tỉnh"),
    ]


def test_numbered_items_on_their_own_lines_with_a_reason_after_a_semicolon():
    text = ("Tặng Cờ thi đua năm 2024\n\n"
            "UBND tỉnh quyết định tặng Cờ thi đua của UBND tỉnh cho 02 tập thể dẫn đầu khối năm 2024, gồm:\n"
            "1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Kỳ Sơn; đã dẫn đầu Khối 01 năm 2024;\n"
            "2. Hội Cựu chiến binh huyện Kỳ Sơn; đã dẫn đầu Khối 02 năm 2024./.\n"
            "Kinh phí khen thưởng chi từ Quỹ thi đua.")
    got = [(f, r, c, p) for f, r, _k, c, p in awards(text)]
    assert got == [
        ("Cờ thi đua", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Kỳ Sơn", "UBND tỉnh", "năm 2024"),
        ("Cờ thi đua", "Hội Cựu chiến binh huyện Kỳ Sơn", "UBND tỉnh", "năm 2024"),
    ]


def test_numbered_items_keep_an_overseas_place_after_tai_and_unlisted_heads():
    text = ("Khen thưởng kiều bào\n\n"
            "Tặng Bằng khen của Bộ trưởng Bộ Ngoại giao cho 3 tập thể gồm: 1- Hội người Việt Nam tại Nhật Bản; "
            "2- Cộng đồng người Việt Nam tại Canada; 3- Hội Sinh viên Việt Nam tại Úc. "
            "Tặng Bằng khen của Bộ trưởng Bộ Ngoại giao cho Hội người Việt Nam tại Thái Lan, đã có thành tích.")
    got = [r for _f, r, *_ in awards(text)]
    assert got == ["Hội người Việt Nam tại Nhật Bản", "Cộng đồng người Việt Nam tại Canada",
                   "Hội Sinh viên Việt Nam tại Úc", "Hội người Việt Nam tại Thái Lan"]


def test_a_list_of_bare_names_with_bracketed_qualifiers_after_gom():
    text = ("Khen thưởng vận động viên\n\n"
            "Tỉnh có 3 vận động viên được nhận Bằng khen của Chủ tịch UBND tỉnh gồm: Lò Văn Pấng (môn vật), "
            "Hà Thị Mến và Vi Văn Sàng (môn bắn cung).")
    got = [(r, k, c) for _f, r, k, c, _p in awards(text)]
    assert got == [("Lò Văn Pấng", "individual", "Chủ tịch UBND tỉnh"), ("Hà Thị Mến", "individual", "Chủ tịch UBND tỉnh"),
                   ("Vi Văn Sàng", "individual", "Chủ tịch UBND tỉnh")]


def test_authority_written_after_the_form_without_cua_and_a_sector_name_with_a_capital():
    text = ("Đón nhận Cờ thi đua\n\n"
            "Dịp này, tỉnh có 3 tập thể được tặng Cờ thi đua Chính phủ gồm: Văn phòng Ủy ban nhân dân tỉnh "
            "Hòa Bình, Sở Giao thông Vận tải tỉnh Hòa Bình và Sở Tư pháp tỉnh Hòa Bình.")
    got = [(f, r, c) for f, r, _k, c, _p in awards(text)]
    assert got == [("Cờ thi đua", "Văn phòng Ủy ban nhân dân tỉnh Hòa Bình", "Chính phủ"),
                   ("Cờ thi đua", "Sở Giao thông Vận tải tỉnh Hòa Bình", "Chính phủ"),
                   ("Cờ thi đua", "Sở Tư pháp tỉnh Hòa Bình", "Chính phủ")]


def test_lowercase_official_collectives_and_a_place_qualifier_after_a_commune():
    got = awards("Đón nhận Bằng khen\n\nDịp này, Phó Giám đốc Công an tỉnh trao Bằng khen của Bộ trưởng Bộ Công an cho "
                 "nhân dân và cán bộ xã Yên Mông vì thành tích năm 2023.")
    assert got == [("Bằng khen", "nhân dân và cán bộ xã Yên Mông", "collective", "Bộ trưởng Bộ Công an", "năm 2023")]
    got = awards("Hai tập thể được phong tặng danh hiệu Anh hùng\n\nHai tập thể được phong tặng danh hiệu “Anh hùng "
                 "Lực lượng vũ trang nhân dân” là: Nhân dân và Lực lượng vũ trang xã Tân Pheo, huyện Đà Bắc; "
                 "Nhân dân và Lực lượng vũ trang xã Hang Kia, huyện Mai Châu, tỉnh Hòa Bình.")
    assert [(f, r) for f, r, *_ in got] == [
        ("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "Nhân dân và Lực lượng vũ trang xã Tân Pheo"),
        ("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "Nhân dân và Lực lượng vũ trang xã Hang Kia")]


def test_nhan_dan_closes_a_force_name():
    got = awards("Lễ đón nhận Huân chương\n\nThay mặt lãnh đạo Đảng, Nhà nước, đồng chí Chủ tịch nước trao Huân chương "
                 "Quân công hạng Nhất cho lực lượng Quân đội nhân dân.")
    assert got == [("Huân chương Quân công hạng Nhất", "lực lượng Quân đội nhân dân", "collective", "Đảng, Nhà nước", None)]


def test_authorising_person_with_titles_and_name_and_authorising_without_a_comma():
    got = awards("Huyện Lạc Thủy đón nhận danh hiệu Anh hùng\n\nThừa ủy quyền của Tổng Bí thư, Chủ tịch nước Trần Văn Đức, "
                 "Bí thư Tỉnh ủy Bùi Văn Khánh trao danh hiệu Anh hùng Lao động thời kỳ đổi mới cho Đảng bộ, chính quyền "
                 "và Nhân dân huyện Lạc Thủy.")
    assert got == [("danh hiệu Anh hùng Lao động thời kỳ đổi mới", "Đảng bộ, chính quyền và Nhân dân huyện Lạc Thủy",
                    "collective", "Chủ tịch nước", None)]
    got = awards("Lễ đón nhận Huân chương\n\nPhó Chủ tịch UBND tỉnh Đinh Công Sứ đến dự và thừa ủy quyền của Chủ tịch "
                 "nước trao Huân chương Lao động hạng Nhì cho cán bộ và nhân dân huyện Cao Phong.")
    assert [(r, c) for _f, r, _k, c, _p in got] == [("cán bộ và nhân dân huyện Cao Phong", "Chủ tịch nước")]


def test_the_host_of_the_ceremony_is_not_the_named_recipient():
    text = ("Cao Phong đón nhận Huân chương Lao động hạng Nhì\n\n"
            "Tối 2/9, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Cao Phong tổ chức Lễ kỷ niệm 30 năm thành "
            "lập huyện, đón nhận Huân chương Lao động hạng Nhì. Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao "
            "Huân chương Lao động hạng Nhì cho cán bộ và nhân dân huyện Cao Phong.")
    assert [r for _f, r, *_ in awards(text)] == ["cán bộ và nhân dân huyện Cao Phong"]


def test_the_host_stays_the_recipient_when_no_one_else_is_named():
    text = ("Lễ đón nhận Huân chương\n\nSáng 5/9, Trường THCS Hữu Nghị tổ chức lễ đón nhận Huân chương Lao động "
            "hạng Ba do Chủ tịch nước vừa phong tặng.")
    assert awards(text) == [("Huân chương Lao động hạng Ba", "Trường THCS Hữu Nghị", "collective", "Chủ tịch nước", None)]


def test_counted_subjects_and_a_proposed_list_give_no_award():
    assert awards("Công an tỉnh 3 cá nhân được tặng Huân chương Chiến công\n\nSáng 2/3, Công an tỉnh tổ chức lễ trao "
                  "Huân chương Chiến công hạng Ba cho 3 cá nhân.") == []
    assert awards("Tổng kết thi đua năm 2024\n\nCụm thi đua thống nhất trình Bộ khen thưởng Cờ thi đua của Bộ cho "
                  "Sở Tài chính tỉnh A; Bằng khen của Bộ trưởng cho Sở Tài chính tỉnh B.") == []


def test_follow_up_sentences_name_individuals_and_keep_the_authority():
    text = ("Chủ tịch nước tặng Huân chương cho vận động viên\n\n"
            "Ngày 3/9, cung thủ Lê Văn Bình đã được Chủ tịch nước trao tặng Huân chương Lao động hạng Nhì. "
            "Ngoài Văn Bình, HLV bắn cung Trần Thị Thu cũng được tặng Huân chương Lao động hạng Ba, chuyên gia "
            "người Hàn Quốc - Lee Sang Hoon được tặng Huân chương Hữu nghị. "
            "Năm ngoái, kình ngư Đỗ Thị Mai vinh dự nhận Huân chương Lao động hạng Ba do Thủ tướng Chính phủ trao tặng. "
            "Vận động viên Vũ Văn Tài (giành 2 HCV) cũng nhận Huân chương Lao động hạng Ba.")
    got = [(f, r, k, c) for f, r, k, c, _p in awards(text)]
    assert got == [
        ("Huân chương Lao động hạng Nhì", "Lê Văn Bình", "individual", "Chủ tịch nước"),
        ("Huân chương Lao động hạng Ba", "Trần Thị Thu", "individual", "Chủ tịch nước"),
        ("Huân chương Hữu nghị", "Lee Sang Hoon", "individual", "Chủ tịch nước"),
        ("Huân chương Lao động hạng Ba", "Đỗ Thị Mai", "individual", "Thủ tướng Chính phủ"),
        ("Huân chương Lao động hạng Ba", "Vũ Văn Tài", "individual", "Thủ tướng Chính phủ"),
    ]


def test_a_school_named_after_a_person_is_not_an_individual():
    got = awards("Lễ đón nhận Bằng khen\n\nNăm học vừa qua, Trường THCS Nguyễn Du được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert got == [("Bằng khen", "Trường THCS Nguyễn Du", "collective", "Chủ tịch UBND tỉnh", None)]


def test_state_honour_title_written_with_its_prefix_and_a_decider_with_the_state_name():
    got = awards("Truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng\n\nNgày 2/4/2019, Chủ tịch nước Cộng hòa xã hội chủ nghĩa "
                 "Việt Nam đã ký Quyết định truy tặng danh hiệu vinh dự Nhà nước \"Bà mẹ Việt Nam Anh hùng\" cho bà "
                 "Đinh Thị Lợi (quê xã Tú Sơn).")
    assert got == [("danh hiệu vinh dự Nhà nước Bà mẹ Việt Nam Anh hùng", "Đinh Thị Lợi", "individual",
                    "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam", None)]


def test_bulleted_and_lettered_lists():
    got = awards("Khen thưởng năm 2024\n\nChủ tịch UBND huyện tặng Giấy khen cho các tập thể sau:\n- Trường Tiểu học "
                 "Hợp Thanh;\n- Trạm Y tế xã Ân Nghĩa.\nTặng Giấy khen cho 2 tập thể: a) Phòng Tài chính huyện; "
                 "b) Công an xã Ngọc Sơn.")
    assert [r for _f, r, *_ in got] == ["Trường Tiểu học Hợp Thanh", "Trạm Y tế xã Ân Nghĩa", "Phòng Tài chính huyện",
                                        "Công an xã Ngọc Sơn"]


def test_a_description_before_the_names_and_one_honorific_for_all():
    got = awards("Khen thưởng vận động viên\n\nChủ tịch UBND tỉnh tặng Bằng khen cho 3 cá nhân là các vận động viên: "
                 "Bùi Văn Mạnh, Đinh Thị Nga và Quách Văn Toàn. Giấy khen được trao cho các ông: Xa Văn Lâm, Hà Văn Dũng.")
    assert [(f, r, k) for f, r, k, _c, _p in got] == [
        ("Bằng khen", "Bùi Văn Mạnh", "individual"), ("Bằng khen", "Đinh Thị Nga", "individual"),
        ("Bằng khen", "Quách Văn Toàn", "individual"), ("Giấy khen", "Xa Văn Lâm", "individual"),
        ("Giấy khen", "Hà Văn Dũng", "individual")]


def test_titled_or_described_persons_before_duoc_tang_are_the_recipients():
    got = awards("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024\n\n"
                 "Phó Chủ tịch UBND tỉnh Quách Tất Liêm được tặng Huân chương Lao động hạng Ba. "
                 "Cô giáo Bùi Thị Nhàn, giáo viên Trường Tiểu học Sông Đà được tặng Bằng khen của Bộ trưởng Bộ Giáo dục "
                 "và Đào tạo.")
    assert [(r, k) for _f, r, k, _c, _p in got] == [("Quách Tất Liêm", "individual"), ("Bùi Thị Nhàn", "individual")]


def test_a_list_of_sibling_places_is_not_a_chain_of_qualifiers():
    got = awards("Tổng kết thi đua năm 2024\n\nCác tập thể được tặng Cờ thi đua của UBND tỉnh gồm: Huyện Mai Châu, "
                 "Huyện Tân Lạc, Thành phố Hòa Bình.")
    assert [r for _f, r, *_ in got] == ["Huyện Mai Châu", "Huyện Tân Lạc", "Thành phố Hòa Bình"]


def test_a_holiday_named_after_teachers_is_not_a_person():
    got = awards("Lễ kỷ niệm Ngày Nhà giáo Việt Nam\n\nSáng 20/11, Trường THPT Công nghiệp tổ chức lễ kỷ niệm Ngày Nhà "
                 "giáo Việt Nam và đón nhận Bằng khen của Thủ tướng Chính phủ.")
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Trường THPT Công nghiệp", "Thủ tướng Chính phủ")]


def test_a_plural_honorific_before_named_persons_and_duoc_tang():
    got = awards("Khen thưởng học sinh giỏi năm 2024\n\nCác em Bùi Thị Hằng, Đinh Văn Quý và Quách Thị Vân được UBND "
                 "huyện tặng Giấy khen vì có thành tích cao trong học tập.")
    assert [(r, k, c) for _f, r, k, c, _p in got] == [("Bùi Thị Hằng", "individual", "UBND huyện"),
                                                       ("Đinh Văn Quý", "individual", "UBND huyện"),
                                                       ("Quách Thị Vân", "individual", "UBND huyện")]


def test_each_form_keeps_its_own_year_and_authorising_by_duoc_su_uy_quyen():
    got = awards("Hợp tác xã đón nhận Bằng khen\n\nTrước đó, Hợp tác xã Đồng Tâm đã được Thủ tướng Chính phủ tặng Bằng "
                 "khen năm 2020 và Cờ thi đua của UBND tỉnh năm 2022.")
    assert [(f, c, p) for f, _r, _k, c, p in got] == [("Bằng khen", "Thủ tướng Chính phủ", "năm 2020"),
                                                       ("Cờ thi đua", "UBND tỉnh", "năm 2022")]
    got = awards("Lễ đón nhận Huân chương\n\nĐược sự ủy quyền của Chủ tịch nước, đồng chí Bùi Đức Hinh trao Huân chương "
                 "Lao động hạng Ba cho Bệnh viện Đa khoa tỉnh.")
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Bệnh viện Đa khoa tỉnh", "Chủ tịch nước")]


def test_a_sentence_opening_honorific_is_not_part_of_the_name():
    got = awards("Khen thưởng cán bộ\n\nÔng Lường Văn Khiêm được tặng Huân chương Lao động hạng Ba. "
                 "Bà Hà Thị Nghiệm được tặng Huân chương Lao động hạng Nhì.")
    assert [r for _f, r, *_ in got] == ["Lường Văn Khiêm", "Hà Thị Nghiệm"]


def test_a_description_before_a_full_name_after_cho():
    got = awards("Trao danh hiệu Anh hùng Lao động\n\nThay mặt lãnh đạo Đảng và Nhà nước, Phó Chủ tịch nước trao tặng danh "
                 "hiệu Anh hùng Lao động cho thợ lò Hoàng Văn Mạnh. Chủ tịch nước đã ký quyết định truy tặng Huân chương "
                 "Lao động hạng Ba cho Bác sĩ Lê Văn Hưng và nguyên điều dưỡng Trương Thị Mỹ.")
    assert [(r, k, c) for _f, r, k, c, _p in got] == [("Hoàng Văn Mạnh", "individual", "Đảng và Nhà nước"),
                                                       ("Lê Văn Hưng", "individual", "Chủ tịch nước"),
                                                       ("Trương Thị Mỹ", "individual", "Chủ tịch nước")]


def test_an_anniversary_span_is_no_period_and_the_explicit_conferral_wins_over_the_host_lead():
    got = awards("Tỉnh đón nhận Huân chương Hồ Chí Minh\n\nNgày 7/2, tỉnh Hà Nam long trọng tổ chức kỷ niệm 25 năm tái "
                 "lập tỉnh (1997–2022) và đón nhận Huân chương Hồ Chí Minh. Thay mặt Đảng, Nhà nước, Chủ tịch nước trao "
                 "Huân chương Hồ Chí Minh cho Đảng bộ, chính quyền và nhân dân tỉnh Hà Nam.")
    assert got == [("Huân chương Hồ Chí Minh", "Đảng bộ, chính quyền và nhân dân tỉnh Hà Nam", "collective",
                    "Đảng, Nhà nước", None)]


def test_counted_titles_before_a_colon_and_titled_names_after_cho():
    got = awards("Trao Huân chương cho nguyên lãnh đạo\n\nThay mặt lãnh đạo Đảng, Nhà nước, đồng chí Chủ tịch Quốc hội trao "
                 "Huân chương Độc lập hạng Nhất cho 2 nguyên Phó Chủ tịch Quốc hội: Đinh Văn Kha và Lò Văn Puông; "
                 "Huân chương Độc lập hạng Nhì cho nguyên Chủ nhiệm Ủy ban Pháp luật Hà Minh Tiến.")
    assert [(f, r, c) for f, r, _k, c, _p in got] == [
        ("Huân chương Độc lập hạng Nhất", "Đinh Văn Kha", "Đảng, Nhà nước"),
        ("Huân chương Độc lập hạng Nhất", "Lò Văn Puông", "Đảng, Nhà nước"),
        ("Huân chương Độc lập hạng Nhì", "Hà Minh Tiến", "Đảng, Nhà nước")]


def test_one_counted_recipient_named_after_its_count_and_a_decision_had_by_the_authority():
    got = awards("Nhiều tập thể được khen thưởng\n\nChủ tịch nước đã có Quyết định tặng thưởng Huân chương Lao động hạng "
                 "Ba cho 01 tập thể Trung tâm Tin học Thống kê và 01 cá nhân ông Vũ Văn Điền, Cục trưởng Cục Thống kê.")
    assert [(r, k, c) for _f, r, k, c, _p in got] == [("Trung tâm Tin học Thống kê", "collective", "Chủ tịch nước"),
                                                       ("Vũ Văn Điền", "individual", "Chủ tịch nước")]


def test_a_list_after_a_colon_in_the_next_paragraph_and_plus_bullets_with_degrees():
    got = awards("Trao Huân chương\n\nThừa ủy quyền Chủ tịch nước, Bộ trưởng trao Huân chương Lao động hạng Nhì cho các ông:"
                 "\n\nĐào Văn Tú - nguyên Vụ trưởng, Lê Văn Thìn - nguyên Cục trưởng.\n"
                 "Các đồng chí được trao tặng Huân chương Lao động Hạng Ba gồm:\n"
                 "+ GS.TSKH. Phan Văn Kiệm, nguyên Viện trưởng;\n+ PGS.TS Đỗ Thị Lụa, Trưởng phòng.")
    assert [(f, r, c) for f, r, _k, c, _p in got] == [
        ("Huân chương Lao động hạng Nhì", "Đào Văn Tú", "Chủ tịch nước"),
        ("Huân chương Lao động hạng Nhì", "Lê Văn Thìn", "Chủ tịch nước"),
        ("Huân chương Lao động Hạng Ba", "Phan Văn Kiệm", "Chủ tịch nước"),
        ("Huân chương Lao động Hạng Ba", "Đỗ Thị Lụa", "Chủ tịch nước")]


def test_semicolon_list_items_are_whole_names_even_with_unlisted_heads():
    got = awards("Khen thưởng năm 2024\n\nThủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho 3 tập thể: Vụ Pháp chế; "
                 "Viện Nghiên cứu và phát triển Vùng; Tạp chí khoa học và công nghệ Việt Nam.")
    assert [r for _f, r, *_ in got] == ["Vụ Pháp chế", "Viện Nghiên cứu và phát triển Vùng",
                                        "Tạp chí khoa học và công nghệ Việt Nam"]


def test_duoc_trao_tang_names_no_authority():
    got = awards("Nghỉ hưu theo chế độ\n\nNguyên Phó Thủ tướng Chính phủ Lê Văn Quý được trao tặng Huân chương Độc lập hạng Nhất.")
    assert got == [("Huân chương Độc lập hạng Nhất", "Lê Văn Quý", "individual", None, None)]


def test_trao_form_tang_recipients_with_ranks_on_behalf_of_the_state():
    got = awards("Trao Huân chương Quân công\n\nThay mặt lãnh đạo Đảng, Nhà nước, Thủ tướng trao Huân chương Quân công hạng "
                 "Nhì tặng Trung tướng Hoàng Văn Khoa, Thứ trưởng và Thiếu tướng Lò Văn Sơn, Cục trưởng; trao Huân chương "
                 "Quân công hạng Ba tặng Đại tá Vì Văn Hậu.")
    assert [(f, r, c) for f, r, _k, c, _p in got] == [
        ("Huân chương Quân công hạng Nhì", "Hoàng Văn Khoa", "Đảng, Nhà nước"),
        ("Huân chương Quân công hạng Nhì", "Lò Văn Sơn", "Đảng, Nhà nước"),
        ("Huân chương Quân công hạng Ba", "Vì Văn Hậu", "Đảng, Nhà nước")]


def test_a_ranked_presenter_after_thua_uy_quyen_and_a_medal_with_its_quoted_name():
    got = awards("Trao Kỷ niệm chương\n\nThừa ủy quyền của Bộ trưởng Bộ Quốc phòng, Thiếu tướng Lê Văn Hòa, Chính ủy trao "
                 "Kỷ niệm chương “Vì sự nghiệp xây dựng Quân đội” tặng ngài John Miller, Tùy viên Quốc phòng.")
    assert got == [("Kỷ niệm chương Vì sự nghiệp xây dựng Quân đội", "John Miller", "individual",
                    "Bộ trưởng Bộ Quốc phòng", None)]


def test_one_title_for_a_list_of_mothers():
    got = awards("Lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng\n\nĐợt này huyện được Chủ tịch nước truy tặng danh hiệu "
                 "vinh dự Nhà nước \"Bà mẹ Việt Nam anh hùng\" cho các Bà mẹ: Lê Thị Mơ quê ở xã Yên Lạc, Phạm Thị Hến "
                 "quê ở xã Yên Bình và Đỗ Thị Nụ quê ở xã Yên Trị.")
    assert [(r, k, c) for _f, r, k, c, _p in got] == [("Lê Thị Mơ", "individual", "Chủ tịch nước"),
                                                       ("Phạm Thị Hến", "individual", "Chủ tịch nước"),
                                                       ("Đỗ Thị Nụ", "individual", "Chủ tịch nước")]


def test_a_sentence_ending_in_a_number_is_not_a_list_item():
    got = awards("Tổng kết phong trào thi đua năm học\n\nỞ hội thi năm 2023, đội của xã đứng thứ 2. Chủ tịch UBND huyện tặng Giấy khen cho "
                 "Trường Tiểu học Đồng Tâm.")
    assert [(r, p) for _f, r, _k, _c, p in got] == [("Trường Tiểu học Đồng Tâm", None)]  # the year is the contest's


def test_the_host_stays_when_the_other_named_recipient_of_that_form_is_someone_else():
    text = ("Trường THCS Hữu Nghị đón nhận Huân chương Lao động hạng Ba\n\nSáng 5/9, Trường THCS Hữu Nghị tổ chức lễ đón "
            "nhận Huân chương Lao động hạng Ba. Dịp này, Chủ tịch nước cũng tặng Huân chương Lao động hạng Ba cho "
            "Hợp tác xã Đồng Xuân.")
    assert [r for _f, r, *_ in awards(text)] == ["Trường THCS Hữu Nghị", "Hợp tác xã Đồng Xuân"]


def test_forms_listed_with_bracketed_years_share_the_subject():
    got = awards("Hội nghị tổng kết công tác thi đua, khen thưởng\n\nCông ty Cổ phần Cơ khí Sông Đà đã được tặng Huân "
                 "chương Lao động hạng Ba (năm 2015), Cờ thi đua của Chính phủ (năm 2019).")
    # a flag's year is the year it rewards; an order's bare year is when it was given (GUIDELINE: not a period)
    assert [(f, r, c, p) for f, r, _k, c, p in got] == [
        ("Huân chương Lao động hạng Ba", "Công ty Cổ phần Cơ khí Sông Đà", None, None),
        ("Cờ thi đua", "Công ty Cổ phần Cơ khí Sông Đà", "Chính phủ", "năm 2019")]


def test_recipient_names_run_on_over_dotted_cities_numbers_and_lowercase_name_words():
    text = ("Khen thưởng lực lượng công an\n\n"
            "Bộ trưởng Bộ Công an tặng Bằng khen cho Công an TP. Đà Nẵng; Công ty TNHH Vận tải Hoàng Hà TP.HCM; "
            "Ban An ninh phường 7; Phòng Cảnh sát giao thông đường thủy; Cục cứu hộ, cứu nạn.")
    got = [r for _f, r, *_ in awards(text)]
    assert got == ["Công an TP. Đà Nẵng", "Công ty TNHH Vận tải Hoàng Hà TP.HCM", "Ban An ninh phường 7",
                   "Phòng Cảnh sát giao thông đường thủy", "Cục cứu hộ, cứu nạn"]


def test_corporations_and_military_formations_written_with_their_numbers():
    text = ("Đón nhận Huân chương\n\nTổng Công ty Dệt 8 vinh dự đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước. "
            "Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho Binh chủng hóa học và Sư đoàn 9.")
    got = [(f, r) for f, r, *_ in awards(text)]
    assert ("Huân chương Lao động hạng Nhì", "Tổng Công ty Dệt 8") in got
    assert ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Binh chủng hóa học") in got
    assert ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Sư đoàn 9") in got


def test_a_recipient_name_stops_before_a_count_or_a_reason():
    text = ("Tổng kết\n\nUBND huyện tặng Giấy khen cho Công an xã Tân Hòa góp phần giữ vững an ninh; "
            "tặng Giấy khen cho Trường Tiểu học Kim Đồng 3 năm liền đạt chuẩn.")
    got = [r for _f, r, *_ in awards(text)]
    assert got == ["Công an xã Tân Hòa", "Trường Tiểu học Kim Đồng"]


def test_the_conferrer_is_the_office_without_its_holder_and_as_written():
    text = ("Lễ đón nhận Huân chương\n\n"
            "Trường THCS Hùng Vương được tặng Bằng khen của Thủ tướng Chính phủ Trần Văn Khải. "
            "Bệnh viện Đa khoa huyện vinh dự được Đảng và Nhà nước tặng thưởng Huân chương Lao động hạng Ba. "
            "Hội Nông dân huyện đã được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhì. "
            "Sở Tư pháp nhận Cờ thi đua của Bộ Văn hóa, Thể thao và Du lịch.")
    got = {r: c for _f, r, _k, c, _p in awards(text)}
    assert got == {"Trường THCS Hùng Vương": "Thủ tướng Chính phủ",
                   "Bệnh viện Đa khoa huyện": "Đảng và Nhà nước",
                   "Hội Nông dân huyện": "Đảng, Nhà nước",
                   "Sở Tư pháp": "Bộ Văn hóa, Thể thao và Du lịch"}


def test_periods_are_plausible_years_outside_file_names_and_document_numbers():
    text = ("Khen thưởng\n\nanh-trao-thuong-2306-1698745512.jpg Chủ tịch UBND tỉnh tặng Bằng khen cho Trường THCS Kim Đồng "
            "theo Quyết định số 512/2019/QĐ-UBND. Giám đốc Sở Giáo dục tặng Giấy khen cho Trường Tiểu học Hoa Sen "
            "vì thành tích năm học 2018 - 2019.")
    got = {r: p for _f, r, _k, _c, p in awards(text)}
    assert got == {"Trường THCS Kim Đồng": None, "Trường Tiểu học Hoa Sen": "năm học 2018 - 2019"}


def test_a_period_stated_later_or_for_other_named_recipients_does_not_spread():
    text = ("Đón nhận Huân chương\n\n"
            "Chủ tịch nước tặng Huân chương Độc lập hạng Nhì cho Công ty Xi măng Hoàng Long. "
            "Công ty có nhiều thành tích trong công tác năm 2021.\n\n"
            "Thủ tướng Chính phủ tặng Cờ thi đua cho Sở Công Thương vì thành tích năm 2022. "
            "Dịp này, Sở Nội vụ và Sở Xây dựng cũng được tặng Bằng khen của Bộ trưởng Bộ Xây dựng.")
    got = {(f, r): p for f, r, _k, _c, p in awards(text)}
    assert got[("Huân chương Độc lập hạng Nhì", "Công ty Xi măng Hoàng Long")] is None
    assert got[("Cờ thi đua", "Sở Công Thương")] == "năm 2022"
    assert got[("Bằng khen", "Sở Nội vụ")] is None and got[("Bằng khen", "Sở Xây dựng")] is None


def test_a_flag_for_the_leading_unit_given_to_the_people_of_several_districts():
    text = ("Tổng kết phong trào thi đua\n\nThủ tướng Chính phủ tặng Cờ Đơn vị dẫn đầu phong trào thi đua năm 2023 "
            "cho nhân dân và cán bộ các huyện Kim Sơn và Yên Khánh; UBND tỉnh tặng Cờ thi đua xuất sắc cho "
            "UBND các xã Gia Trung, Gia Phú và Gia Lạc.")
    got = [(f, r, c, p) for f, r, _k, c, p in awards(text)]
    assert got == [
        ("Cờ Đơn vị dẫn đầu phong trào thi đua", "nhân dân và cán bộ huyện Kim Sơn", "Thủ tướng Chính phủ", "năm 2023"),
        ("Cờ Đơn vị dẫn đầu phong trào thi đua", "nhân dân và cán bộ huyện Yên Khánh", "Thủ tướng Chính phủ", "năm 2023"),
        # the year written right after the first flag is that flag's own, not the next conferral's
        ("Cờ thi đua xuất sắc", "UBND xã Gia Trung", "UBND tỉnh", None),
        ("Cờ thi đua xuất sắc", "UBND xã Gia Phú", "UBND tỉnh", None),
        ("Cờ thi đua xuất sắc", "UBND xã Gia Lạc", "UBND tỉnh", None)]


def test_a_later_list_names_the_recipients_of_a_counted_conferral():
    text = ("Khen thưởng\n\nThủ tướng Chính phủ vừa ký quyết định tặng Cờ thi đua của Chính phủ cho 3 tập thể thuộc "
            "tỉnh Hà Nam vì thành tích năm 2022. Đây là phần thưởng cao quý ghi nhận nỗ lực của các đơn vị. "
            "3 tập thể này gồm: Sở Tài chính; Huyện ủy Kim Bảng; Bệnh viện Đa khoa tỉnh.\n\n"
            "Chủ tịch UBND tỉnh tặng Bằng khen cho 2 cá nhân. Đó là: ông Trần Văn Bình, Giám đốc Sở Xây dựng "
            "và bà Lê Thị Mai, Trưởng phòng Nội vụ.")
    got = [(f, r, c, p) for f, r, _k, c, p in awards(text)]
    assert got == [("Cờ thi đua", "Sở Tài chính", "Chính phủ", "năm 2022"),
                   ("Cờ thi đua", "Huyện ủy Kim Bảng", "Chính phủ", "năm 2022"),
                   ("Cờ thi đua", "Bệnh viện Đa khoa tỉnh", "Chính phủ", "năm 2022"),
                   ("Bằng khen", "Trần Văn Bình", "Chủ tịch UBND tỉnh", None),
                   ("Bằng khen", "Lê Thị Mai", "Chủ tịch UBND tỉnh", None)]


def test_a_members_list_without_a_counted_conferral_before_it_is_no_award():
    text = ("Hội nghị Cụm thi đua\n\nUBND huyện tổ chức hội nghị tổng kết phong trào thi đua. Các đơn vị gồm: "
            "Sở Tài chính; Huyện ủy Kim Bảng. Đó là: Sở Tư pháp và Sở Nội vụ.")
    assert awards(text) == []


def test_titled_persons_listed_before_a_passive_verb_each_get_their_own_grade():
    text = ("Lễ trao Huân chương\n\nTheo đó, PGS.TS Hoàng Minh Đức - Giám đốc Bệnh viện Tỉnh được trao tặng Huân "
            "chương Lao động hạng Nhì; các đồng chí Vũ Thị Lan - Phó Giám đốc, Bí thư Chi bộ; Đào Văn Sơn - Trưởng khoa "
            "và đồng chí Mai Anh Tuấn - Kế toán trưởng được trao tặng Huân chương Lao động hạng Ba.")
    got = [(f, r, k) for f, r, k, _c, _p in awards(text)]
    assert got == [("Huân chương Lao động hạng Nhì", "Hoàng Minh Đức", "individual"),
                   ("Huân chương Lao động hạng Ba", "Vũ Thị Lan", "individual"),
                   ("Huân chương Lao động hạng Ba", "Đào Văn Sơn", "individual"),
                   ("Huân chương Lao động hạng Ba", "Mai Anh Tuấn", "individual")]


def test_collectives_with_a_person_named_side_by_side_before_the_verb():
    text = ("Khen thưởng thành tích phá án\n\nHai tập thể Phòng PC02 và Công an huyện Đông Anh cùng cá nhân "
            "Thượng úy Bùi Quang Huy được tặng Huân chương Chiến công hạng Ba. "
            "Đội Cảnh sát hình sự cùng 12 cá nhân được tặng Bằng khen.")
    got = [(f, r, k) for f, r, k, _c, _p in awards(text)]
    assert got == [("Huân chương Chiến công hạng Ba", "Phòng PC02", "collective"),
                   ("Huân chương Chiến công hạng Ba", "Công an huyện Đông Anh", "collective"),
                   ("Huân chương Chiến công hạng Ba", "Bùi Quang Huy", "individual"),
                   ("Bằng khen", "Đội Cảnh sát hình sự", "collective")]


def test_an_order_written_without_its_name_still_counts():
    text = ("Trao Huân chương\n\nNhân dịp này, Nhà nước tặng thưởng Huân chương cho các đồng chí Đinh Văn Lộc và "
            "Hà Thị Nga. Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Trường THPT Lê Lợi; "
            "Bí thư Tỉnh ủy trao Huân chương cho Trường THPT Lê Lợi.")
    got = [(f, r, k, c) for f, r, k, c, _p in awards(text)]
    assert got == [("Huân chương", "Đinh Văn Lộc", "individual", "Nhà nước"),
                   ("Huân chương", "Hà Thị Nga", "individual", "Nhà nước"),
                   ("Huân chương Lao động hạng Ba", "Trường THPT Lê Lợi", "collective", "Chủ tịch nước")]


def test_those_attending_a_ceremony_do_not_receive_its_award():
    text = ("Lễ kỷ niệm\n\nĐồng chí Lý Văn Hải, Thứ trưởng Bộ Xây dựng dự Lễ kỷ niệm 40 năm thành lập và đón nhận "
            "Huân chương Lao động hạng Nhì của Công ty Cấp nước Hải Dương. "
            "Bộ trưởng Bộ Y tế dự Lễ kỷ niệm 50 năm thành lập Bệnh viện Phổi Trung ương và đón nhận Huân chương Độc lập "
            "hạng Ba. Sở Tư pháp tổ chức Lễ đón nhận Cờ thi đua của Bộ Tư pháp.")
    got = [(f, r, c) for f, r, _k, c, _p in awards(text)]
    assert got == [("Huân chương Lao động hạng Nhì", "Công ty Cấp nước Hải Dương", None),
                   ("Huân chương Độc lập hạng Ba", "Bệnh viện Phổi Trung ương", None),
                   ("Cờ thi đua", "Sở Tư pháp", "Bộ Tư pháp")]


def test_a_year_saying_when_an_award_was_given_is_no_period():
    text = ("Kỷ niệm ngày thành lập\n\nTrước đó, năm 2016, Viện Kiểm sát nhân dân tỉnh đã được tặng Huân chương "
            "Lao động hạng Nhì. Bệnh viện Nhi được tặng Huân chương Lao động hạng Ba vào năm 2010. "
            "Trường Cao đẳng Y tế nhận Cờ thi đua năm 2021, Bằng khen năm 2019.")
    got = {(f, r): p for f, r, _k, _c, p in awards(text)}
    assert got == {("Huân chương Lao động hạng Nhì", "Viện Kiểm sát nhân dân tỉnh"): None,
                   ("Huân chương Lao động hạng Ba", "Bệnh viện Nhi"): None,
                   ("Cờ thi đua", "Trường Cao đẳng Y tế"): "năm 2021",
                   ("Bằng khen", "Trường Cao đẳng Y tế"): "năm 2019"}


def test_a_ministry_attending_a_congress_named_after_an_order_receives_nothing():
    text = ("Đại hội thi đua\n\nĐồng chí Võ Văn Tâm, Bộ trưởng Bộ Công Thương dự Đại hội thi đua yêu nước "
            "Tập đoàn Hóa chất và đón nhận Huân chương Độc lập hạng Nhất. Lãnh đạo Bộ Tài chính dự Lễ kỷ niệm 60 năm "
            "Ngày truyền thống ngành Tài chính và đón nhận Huân chương Sao vàng.")
    got = [(f, r) for f, r, *_ in awards(text)]
    assert got == [("Huân chương Độc lập hạng Nhất", "Tập đoàn Hóa chất")]


def test_names_with_lowercase_syllables_inside_and_a_dotted_place_in_brackets():
    text = ("Tổng kết\n\nTại Lễ kỷ niệm 30 năm thành lập, Công ty Xổ số kiến thiết Phú Yên vinh dự đón nhận Huân "
            "chương Lao động hạng Ba. Trường THCS Trần Phú (phường 5, TP. Tuy Hòa) được UBND tỉnh tặng Cờ thi đua. "
            "Ông Đặng Văn Thành, nguyên Phó Chủ tịch UBND huyện được truy tặng Huân chương Kháng chiến hạng Nhất.")
    got = [(f, r, c) for f, r, _k, c, _p in awards(text)]
    assert got == [("Huân chương Lao động hạng Ba", "Công ty Xổ số kiến thiết Phú Yên", None),
                   ("Cờ thi đua", "Trường THCS Trần Phú", "UBND tỉnh"),
                   ("Huân chương Kháng chiến hạng Nhất", "Đặng Văn Thành", None)]


def test_official_collective_forms_and_organisations_that_give_awards():
    text = ("Kỷ niệm\n\nĐảng bộ và nhân dân xã Vĩnh Thạch vinh dự được Chủ tịch nước trao tặng danh hiệu Anh hùng "
            "Lực lượng vũ trang nhân dân. Cùng dịp, Liên đoàn Lao động tỉnh tặng Bằng khen cho Công đoàn ngành Y tế. "
            "Thay mặt lãnh đạo tỉnh, Công ty Điện lực trao tặng Bằng khen cho Trường Tiểu học Vĩnh Long. "
            "UBND tỉnh quyết định tặng danh hiệu “Tập thể lao động xuất sắc” cho 25 tập thể, trong đó có "
            "Trường THPT Cửa Tùng.")
    got = [(f, r, c) for f, r, _k, c, _p in awards(text)]
    assert got == [
        ("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "Đảng bộ và nhân dân xã Vĩnh Thạch", "Chủ tịch nước"),
        ("Bằng khen", "Công đoàn ngành Y tế", "Liên đoàn Lao động tỉnh"),
        ("Bằng khen", "Trường Tiểu học Vĩnh Long", None),
        ("danh hiệu Tập thể lao động xuất sắc", "Trường THPT Cửa Tùng", "UBND tỉnh")]


def test_forms_as_list_headers_after_an_intro_and_ranked_or_recognised_persons():
    text = ("Khen thưởng\n\nUBND tỉnh khen thưởng các đơn vị như sau.\n"
            "Cờ thi đua của UBND tỉnh (2 tập thể): Sở Công Thương; Sở Ngoại vụ.\n"
            "Bằng khen của Chủ tịch UBND tỉnh: Công ty Cấp nước Lào Cai, Trường THPT Số 1 Bảo Yên.\n"
            "Đại úy Trần Quốc Toản, Đội trưởng Đội Tuần tra được Giám đốc Công an tỉnh tặng Giấy khen. "
            "Bà Lò Thị Mai được công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.")
    got = [(f, r, c) for f, r, _k, c, _p in awards(text)]
    assert got == [("Cờ thi đua", "Sở Công Thương", "UBND tỉnh"), ("Cờ thi đua", "Sở Ngoại vụ", "UBND tỉnh"),
                   ("Bằng khen", "Công ty Cấp nước Lào Cai", "Chủ tịch UBND tỉnh"),
                   ("Bằng khen", "Trường THPT Số 1 Bảo Yên", "Chủ tịch UBND tỉnh"),
                   ("Giấy khen", "Trần Quốc Toản", "Giám đốc Công an tỉnh"),
                   ("danh hiệu Chiến sĩ thi đua cấp tỉnh", "Lò Thị Mai", None)]


def test_form_headers_after_a_proposal_are_not_awards():
    text = ("Họp xét khen thưởng\n\nHội đồng thống nhất đề nghị khen thưởng như sau.\n"
            "Huân chương Lao động hạng Ba: Sở Tài chính.\nBằng khen của Thủ tướng Chính phủ: Công ty Điện lực Hòa Bình.")
    assert awards(text) == []


def test_sports_medals_are_not_awards():
    # find_awards itself: the relevance filter would drop a passage about sports prizes before it
    from pipeline.awards import find_awards
    from pipeline.textutil import split_sentences
    text = ("Ban tổ chức trao Huy chương Vàng cho Trường THPT Lê Lợi và Huy chương Bạc cho em Lê Văn Nam. "
            "Chủ tịch nước tặng Huân chương Độc lập hạng Ba cho Công ty Giống cây trồng Thái Bình.")
    got = [(a.form, a.recipient) for a in find_awards(text, split_sentences(text), [])]
    assert got == [("Huân chương Độc lập hạng Ba", "Công ty Giống cây trồng Thái Bình")]


def test_youth_union_and_recipients_by_kind_after_trong_do():
    text = ("Khen thưởng\n\nUBND tỉnh tặng Bằng khen cho Hội LHPN tỉnh, Tỉnh đoàn và Hội Cựu chiến binh tỉnh. "
            "Chủ tịch UBND tỉnh tặng Giấy khen cho 2 tập thể và 2 cá nhân. Trong đó, tập thể gồm: Sở Y tế, Sở Nội vụ; "
            "cá nhân gồm: ông Lê Văn Tám, bà Võ Thị Sáu.")
    got = [(f, r) for f, r, *_ in awards(text)]
    assert got == [("Bằng khen", "Hội LHPN tỉnh"), ("Bằng khen", "Tỉnh đoàn"), ("Bằng khen", "Hội Cựu chiến binh tỉnh"),
                   ("Giấy khen", "Sở Y tế"), ("Giấy khen", "Sở Nội vụ"), ("Giấy khen", "Lê Văn Tám"),
                   ("Giấy khen", "Võ Thị Sáu")]


def test_orders_listed_with_the_year_they_were_given_and_a_type_word_before_a_colon():
    text = ("Kỷ niệm 60 năm thành lập trường\n\nTrường THPT Phan Đình Phùng đã được Đảng, Nhà nước tặng thưởng Huân "
            "chương Lao động hạng Nhất (2010), Huân chương Độc lập hạng Ba (2015). "
            "UBND tỉnh tặng Bằng khen cho Công an các huyện: Hương Khê, Vũ Quang và Can Lộc.")
    got = [(f, r, c, p) for f, r, _k, c, p in awards(text)]
    assert got == [("Huân chương Lao động hạng Nhất", "Trường THPT Phan Đình Phùng", "Đảng, Nhà nước", None),
                   ("Huân chương Độc lập hạng Ba", "Trường THPT Phan Đình Phùng", "Đảng, Nhà nước", None),
                   ("Bằng khen", "Công an huyện Hương Khê", "UBND tỉnh", None),
                   ("Bằng khen", "Công an huyện Vũ Quang", "UBND tỉnh", None),
                   ("Bằng khen", "Công an huyện Can Lộc", "UBND tỉnh", None)]


def test_a_year_or_span_that_rewards_nothing_is_no_period():
    text = ("Khen thưởng\n\nChủ tịch nước tặng Huân chương Độc lập hạng Nhì cho Công ty Xi măng Hoàng Long, doanh nghiệp "
            "nộp ngân sách lớn nhất tỉnh năm 2022. Tại Đại hội Hội Nông dân tỉnh nhiệm kỳ 2023-2028, Hội Nông dân tỉnh "
            "được tặng Bằng khen của Thủ tướng Chính phủ. Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Y tế vì đã hoàn "
            "thành xuất sắc nhiệm vụ năm 2022.")
    got = {r: p for _f, r, _k, _c, p in awards(text)}
    assert got == {"Công ty Xi măng Hoàng Long": None, "Hội Nông dân tỉnh": None, "Sở Y tế": "năm 2022"}


def test_a_list_item_named_in_lowercase_words_to_its_end_is_whole():
    text = ("Khen thưởng\n\nUBND tỉnh tặng Bằng khen cho Ban Quản lý các khu công nghiệp tỉnh và Ban Quản lý dự án đầu tư "
            "xây dựng công trình giao thông; tặng Giấy khen cho Trường THPT Lê Lợi đạt thành tích cao và Sở Y tế nhiều "
            "năm liền dẫn đầu.")
    got = [r for _f, r, *_ in awards(text)]
    assert got == ["Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông",
                   "Trường THPT Lê Lợi", "Sở Y tế"]


def test_a_decision_made_on_someones_proposal_is_made():
    text = ("Khen thưởng\n\nTheo đề nghị của Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Y tế. "
            "Xét đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh, Chủ tịch UBND tỉnh đã ký quyết định tặng Cờ thi đua "
            "cho Sở Tư pháp. Hội đồng thống nhất đề nghị tặng Cờ thi đua cho Sở Xây dựng. Theo tờ trình của Sở Nội vụ, "
            "UBND tỉnh đề nghị Thủ tướng tặng Bằng khen cho Sở Công Thương.")
    got = [(f, r) for f, r, *_ in awards(text)]
    assert got == [("Bằng khen", "Sở Y tế"), ("Cờ thi đua", "Sở Tư pháp")]


def test_a_plural_honorific_before_bare_names_without_a_colon():
    text = ("Khen thưởng học sinh\n\nUBND huyện tặng Giấy khen cho các em Lò Văn Sáng, Hà Thị Mơ và Vi Văn Tới. "
            "Bộ trưởng Bộ Nội vụ tặng Bằng khen cho các cá nhân có thành tích xuất sắc. Trong đó có các ông "
            "Nguyễn Văn Minh và Lê Văn Hải.")
    got = [(f, r, k) for f, r, k, _c, _p in awards(text)]
    assert got == [("Giấy khen", "Lò Văn Sáng", "individual"), ("Giấy khen", "Hà Thị Mơ", "individual"),
                   ("Giấy khen", "Vi Văn Tới", "individual"), ("Bằng khen", "Nguyễn Văn Minh", "individual"),
                   ("Bằng khen", "Lê Văn Hải", "individual")]


def test_the_party_and_state_as_written_when_a_lowercase_collective_sits_between_verb_and_form():
    text = ("Kỷ niệm ngày truyền thống\n\nThay mặt lãnh đạo Đảng, Nhà nước, Chủ tịch nước gắn Huân chương lên lá cờ "
            "truyền thống. Trước đó, Đảng và Nhà nước đã tặng thưởng lực lượng Công an nhân dân Huân chương Sao Vàng. "
            "Nhà nước đã tặng thưởng nhân dân và cán bộ xã Tân Hưng Huân chương Kháng chiến hạng Nhất.")
    got = [(f, r, c) for f, r, _k, c, _p in awards(text)]
    assert got == [("Huân chương Sao Vàng", "lực lượng Công an nhân dân", "Đảng và Nhà nước"),
                   ("Huân chương Kháng chiến hạng Nhất", "nhân dân và cán bộ xã Tân Hưng", "Nhà nước")]


def test_martyrs_and_persons_described_by_occupation_in_a_list():
    text = ("Lễ truy tặng\n\nNhững cá nhân được truy tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân là: liệt sĩ "
            "Hoàng Văn Thụ, liệt sĩ Nguyễn Thị Minh Khai. Chủ tịch nước tặng Huân chương Lao động hạng Ba cho bác sĩ "
            "Lê Văn Hòa, Trưởng khoa Nội và điều dưỡng Trần Thị Mai.")
    got = [(f, r, k) for f, r, k, _c, _p in awards(text)]
    assert got == [("danh hiệu Anh hùng lực lượng vũ trang nhân dân", "Hoàng Văn Thụ", "individual"),
                   ("danh hiệu Anh hùng lực lượng vũ trang nhân dân", "Nguyễn Thị Minh Khai", "individual"),
                   ("Huân chương Lao động hạng Ba", "Lê Văn Hòa", "individual"),
                   ("Huân chương Lao động hạng Ba", "Trần Thị Mai", "individual")]


def test_titled_persons_with_comma_or_bracketed_titles_before_the_verb():
    text = ("Lễ trao Huân chương\n\nTheo đó, ông Đỗ Văn Bình, Giám đốc Sở Y tế được trao tặng Huân chương Lao động hạng "
            "Nhì; các đồng chí Lê Thị Hoa, Phó Giám đốc; Trần Văn Nam, Trưởng phòng Kế hoạch và đồng chí Phạm Minh Tú, "
            "Chánh Văn phòng được trao tặng Huân chương Lao động hạng Ba. Đồng chí Vũ Thị Lan (Kế toán trưởng) và "
            "đồng chí Hồ Văn Hải (Trưởng khoa) được tặng Bằng khen.")
    got = [(f, r) for f, r, *_ in awards(text)]
    assert got == [("Huân chương Lao động hạng Nhì", "Đỗ Văn Bình"), ("Huân chương Lao động hạng Ba", "Lê Thị Hoa"),
                   ("Huân chương Lao động hạng Ba", "Trần Văn Nam"), ("Huân chương Lao động hạng Ba", "Phạm Minh Tú"),
                   ("Bằng khen", "Vũ Thị Lan"), ("Bằng khen", "Hồ Văn Hải")]


def test_each_person_named_with_an_honorific_in_a_subject_receives():
    text = ("Khen thưởng\n\nCông an xã Tân Lập và anh Nguyễn Văn An được tặng Giấy khen của Chủ tịch UBND huyện. "
            "Ông Đinh Văn Khoa và bà Lê Thị Bình được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    got = [(f, r, k) for f, r, k, _c, _p in awards(text)]
    assert got == [("Giấy khen", "Công an xã Tân Lập", "collective"), ("Giấy khen", "Nguyễn Văn An", "individual"),
                   ("Bằng khen", "Đinh Văn Khoa", "individual"), ("Bằng khen", "Lê Thị Bình", "individual")]


def test_the_body_fills_in_the_period_of_an_award_the_headline_named():
    text = ("Huyện Cẩm Xuyên đón nhận Huân chương Lao động hạng Nhì\n\n"
            "Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và nhân dân huyện Cẩm Xuyên vì "
            "đã có thành tích xuất sắc trong công tác từ năm 2017 đến năm 2021.")
    assert awards(text) == [("Huân chương Lao động hạng Nhì", "Đảng bộ, chính quyền và nhân dân huyện Cẩm Xuyên",
                             "collective", "Chủ tịch nước", "từ năm 2017 đến năm 2021")]


def test_a_conferring_office_named_by_its_sector_is_whole():
    text = ("Tổng kết năm học\n\nTrường THCS Hòa Bình nhận Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh Nam Định "
            "vì thành tích năm học 2022-2023. Công ty May Sơn Hà nhận Bằng khen của Bộ trưởng Bộ Lao động - Thương binh "
            "và Xã hội.")
    got = [(r, c) for _f, r, _k, c, _p in awards(text)]
    assert got == [("Trường THCS Hòa Bình", "Giám đốc Sở Giáo dục và Đào tạo tỉnh Nam Định"),
                   ("Công ty May Sơn Hà", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội")]


def test_signers_and_authorising_offices_named_by_a_sector_with_commas():
    text = ("Khen thưởng ngành văn hóa\n\nBộ trưởng Bộ Văn hóa, Thể thao và Du lịch đã ký quyết định tặng Bằng khen cho "
            "Sở Văn hóa tỉnh.\n\nĐược sự ủy quyền của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, ông Lê Văn An trao "
            "Bằng khen cho Nhà hát Chèo Thái Bình.")
    got = [(r, c) for _f, r, _k, c, _p in awards(text)]
    assert got == [("Sở Văn hóa tỉnh", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
                   ("Nhà hát Chèo Thái Bình", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")]


def test_a_list_with_one_item_a_line_each_ending_in_a_semicolon():
    text = ("Khen thưởng\n\nChủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể gồm:\nSở Tài chính;\nSở Nội vụ;\n"
            "Trường THPT Lê Lợi.\nBuổi lễ kết thúc lúc 11 giờ.")
    assert [r for _f, r, *_ in awards(text)] == ["Sở Tài chính", "Sở Nội vụ", "Trường THPT Lê Lợi"]


def test_an_official_attending_a_ceremony_for_an_award_of_the_state_receives_nothing():
    text = ("Lễ đón nhận Huân chương\n\nĐồng chí Lê Văn An, Bí thư Tỉnh ủy dự Lễ đón nhận Huân chương Lao động hạng Ba "
            "của Chủ tịch nước. Đồng chí Vũ Hồng Hà, Phó Chủ tịch UBND tỉnh dự Lễ kỷ niệm 50 năm thành lập Trường THPT "
            "Hoàng Diệu và đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước.")
    got = [(f, r, c) for f, r, _k, c, _p in awards(text)]
    assert got == [("Huân chương Lao động hạng Nhì", "Trường THPT Hoàng Diệu", "Chủ tịch nước")]


def test_a_bare_year_after_an_order_is_when_it_was_given():
    text = ("Kỷ niệm ngày truyền thống\n\nĐược biết, Bộ Tư pháp từng được tặng Huân chương Hồ Chí Minh năm 2015. "
            "Sở Y tế nhận Cờ thi đua năm 2022 và Huân chương Lao động hạng Ba giai đoạn 2016-2020.")
    got = [(f, r, p) for f, r, _k, _c, p in awards(text)]
    assert got == [("Huân chương Hồ Chí Minh", "Bộ Tư pháp", None), ("Cờ thi đua", "Sở Y tế", "năm 2022"),
                   ("Huân chương Lao động hạng Ba", "Sở Y tế", "giai đoạn 2016-2020")]


# --- round 3: forms and recipients written the way provincial news writes them -------------------------------------
from pipeline.awards import find_awards  # noqa: E402
from pipeline.textutil import split_sentences  # noqa: E402


def found(text):
    """find_awards on its own, so the relevance gate of extract() does not hide what the rules do."""
    return [(a.form, a.recipient, a.recipient_kind, a.conferrer, a.period)
            for a in find_awards(text, split_sentences(text), [])]


def test_heroic_mothers_are_the_recipients_not_their_families():
    text = ("Lễ truy tặng danh hiệu\n\n"
            "Chủ tịch nước đã truy tặng danh hiệu vinh dự Nhà nước Bà mẹ Việt Nam anh hùng cho mẹ Hà Thị Liên; "
            "cho mẹ Đào Thị Mận, sinh năm 1928, thôn Phú Mỹ, xã Quang Hưng. "
            "Huyện cũng trao danh hiệu Bà mẹ VNAH cho gia đình mẹ Tạ Thị Dung, xã Yên Phú.")
    got = found(text)
    names = [r for _f, r, _k, _c, _p in got]
    assert names == ["Hà Thị Liên", "Đào Thị Mận", "Tạ Thị Dung"]
    assert got[1] == ("danh hiệu vinh dự Nhà nước Bà mẹ Việt Nam anh hùng", "Đào Thị Mận", "individual",
                      "Chủ tịch nước", None)
    assert got[2][0] == "danh hiệu Bà mẹ VNAH"
    [award] = [a for a in find_awards(text, split_sentences(text), []) if a.recipient == "Tạ Thị Dung"]
    assert award.form_id == "ba_me_viet_nam_anh_hung"


def test_heroic_mothers_listed_after_relatives_or_plural_honorific():
    text = ("Trao danh hiệu\n\n"
            "Lãnh đạo tỉnh trao Quyết định của Chủ tịch nước truy tặng danh hiệu vinh dự Nhà nước "
            "“Bà mẹ Việt Nam anh hùng” cho thân nhân của 2 mẹ: mẹ Lương Thị Nở và mẹ Mai Thị Tơ. "
            "UBND huyện tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho các mẹ Cao Thị Lý, Kiều Thị Hạnh. "
            "Mẹ Vũ Thị Đào, xã Tân Hòa được Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.")
    got = found(text)
    assert [r for _f, r, _k, _c, _p in got] == ["Lương Thị Nở", "Mai Thị Tơ", "Cao Thị Lý", "Kiều Thị Hạnh",
                                                 "Vũ Thị Đào"]
    assert got[0][3] == "Chủ tịch nước"
    assert got[4][3] == "Chủ tịch nước"


def test_abbreviated_state_titles_and_orders_are_forms_as_written():
    text = ("Lễ vinh danh\n\n"
            "Các nghệ nhân được phong tặng NNƯT theo Quyết định số 77/QĐ-CTN của Chủ tịch nước, gồm: "
            "Phan Văn Khải, Lý Thị Ngọc (Ngọc Lan), bà Đoàn Thị Hiền. "
            "Ông Kha Văn Tú được tặng danh hiệu CSTĐ toàn quốc và HCLĐ hạng Ba; "
            "nghệ sĩ Đặng Văn Thắng được tặng danh hiệu NSƯT.")
    got = found(text)
    assert ("NNƯT", "Phan Văn Khải", "individual", "Chủ tịch nước", None) in got
    assert ("NNƯT", "Lý Thị Ngọc", "individual", "Chủ tịch nước", None) in got
    assert ("NNƯT", "Đoàn Thị Hiền", "individual", "Chủ tịch nước", None) in got
    assert ("danh hiệu CSTĐ toàn quốc", "Kha Văn Tú") in [(f, r) for f, r, *_ in got]
    assert ("HCLĐ hạng Ba", "Kha Văn Tú") in [(f, r) for f, r, *_ in got]
    assert ("danh hiệu NSƯT", "Đặng Văn Thắng") in [(f, r) for f, r, *_ in got]
    by_form = {a.form: a for a in find_awards(text, split_sentences(text), [])}
    assert by_form["HCLĐ hạng Ba"].form_id == "huan_chuong_lao_dong"
    assert by_form["HCLĐ hạng Ba"].award_class == "hạng Ba"
    assert by_form["danh hiệu CSTĐ toàn quốc"].form_id == "chien_si_thi_dua_toan_quoc"
    assert by_form["NNƯT"].form_id == "nghe_nhan_uu_tu"  # Nghệ nhân ưu tú (a teacher's title is NGƯT)


def test_bodies_named_in_brackets_after_a_count():
    text = ("Hội nghị tổng kết\n\n"
            "Đồng chí Lã Văn Sơn, Phó Chủ tịch UBND tỉnh tặng Cờ “Đơn vị dẫn đầu phong trào thi đua” cho 03 tập thể "
            "(Sở Tư pháp, Sở Công Thương và Công an tỉnh). "
            "Giám đốc Sở Y tế tặng Giấy khen cho 02 tập thể (Khoa Nhi, Khoa Sản) và 01 cá nhân (bà Tô Thị Mai).")
    got = [(f, r, k) for f, r, k, _c, _p in found(text)]
    assert got == [("Cờ Đơn vị dẫn đầu phong trào thi đua", "Sở Tư pháp", "collective"),
                   ("Cờ Đơn vị dẫn đầu phong trào thi đua", "Sở Công Thương", "collective"),
                   ("Cờ Đơn vị dẫn đầu phong trào thi đua", "Công an tỉnh", "collective"),
                   ("Giấy khen", "Khoa Nhi", "collective"), ("Giấy khen", "Khoa Sản", "collective"),
                   ("Giấy khen", "Tô Thị Mai", "individual")]
    # a count alone still names no one
    assert found("Tổng kết\n\nGiám đốc Sở Y tế tặng Giấy khen cho 12 tập thể và 20 cá nhân.") == []


def test_lowercase_official_collective_with_authorising_minister():
    text = ("Lễ trao Bằng khen\n\n"
            "Thừa ủy quyền của Bộ trưởng Bộ Công an, lãnh đạo Công an tỉnh trao Bằng khen cho cán bộ và Nhân dân "
            "xã Phú Xuân (huyện Krông Năng).")
    assert found(text) == [("Bằng khen", "cán bộ và Nhân dân xã Phú Xuân", "collective", "Bộ trưởng Bộ Công an", None)]


def test_decision_document_numbered_persons_and_signing_office():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\n\nQUYẾT ĐỊNH\nVề việc phong tặng danh hiệu\n\n"
            "Căn cứ Luật Thi đua, khen thưởng năm 2022;\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho\n\n"
            "1. Ông Lưu Văn Phú, Giám đốc Sở Xây dựng tỉnh Hòa Bình;\n\n"
            "2. Bà Khúc Thị Vân, Hiệu trưởng Trường THPT Lạc Thủy,\n\n"
            "đã có thành tích xuất sắc trong phong trào thi đua từ năm 2019 đến năm 2023.")
    assert found(text) == [
        ("danh hiệu Chiến sĩ thi đua toàn quốc", "Lưu Văn Phú", "individual", "THỦ TƯỚNG CHÍNH PHỦ", "từ năm 2019 đến năm 2023"),
        ("danh hiệu Chiến sĩ thi đua toàn quốc", "Khúc Thị Vân", "individual", "THỦ TƯỚNG CHÍNH PHỦ", "từ năm 2019 đến năm 2023")]
    # without the written-out "QUYẾT ĐỊNH:" a line in capitals is only a headline
    plain = "THỦ TƯỚNG CHÍNH PHỦ\n\nThủ tướng tặng Bằng khen cho Sở Xây dựng tỉnh Hòa Bình."
    assert [c for *_x, c, _p in found(plain)] == ["Thủ tướng"]


def test_body_counted_among_recipients_not_the_person_receiving_for_it():
    text = ("Lễ đón nhận\n\n"
            "Ông Lục Văn Kiên, Tổng giám đốc Hanosimex đã đến dự và nhận cờ thi đua xuất sắc của Chính phủ trao tặng, "
            "Hanosimex là 1/12 tập thể toàn tỉnh nhận Cờ thi đua xuất sắc của Chính phủ về thành tích dẫn đầu năm 2021. "
            "Công ty Cấp nước Sơn La là một trong 4 đơn vị được Thủ tướng Chính phủ tặng Bằng khen.")
    got = found(text)
    assert ("Hanosimex", "collective", "Chính phủ", "năm 2021") in [(r, k, c, p) for _f, r, k, c, p in got]
    assert ("Bằng khen", "Công ty Cấp nước Sơn La", "collective", "Thủ tướng Chính phủ", None) in got
    assert "Lục Văn Kiên" not in [r for _f, r, *_ in got]
    assert len(got) == 2


def test_ministry_names_with_a_lowercase_half_and_open_ended_periods():
    text = ("Lễ trao tặng\n\n"
            "Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho Học viện Ngoại giao; Huân chương Lao động hạng Ba "
            "cho Trường Đại học Ngoại thương vì thành tích từ năm 2019 đến 2023. "
            "Bộ Ngoại giao vinh dự đón nhận Huân chương Độc lập hạng Nhì.")
    got = found(text)
    assert ("Huân chương Lao động hạng Nhất", "Học viện Ngoại giao", "collective", "Chủ tịch nước",
            "từ năm 2019 đến 2023") in got
    assert ("Huân chương Lao động hạng Ba", "Trường Đại học Ngoại thương", "collective", "Chủ tịch nước",
            "từ năm 2019 đến 2023") in got
    assert ("Huân chương Độc lập hạng Nhì", "Bộ Ngoại giao") in [(f, r) for f, r, *_ in got]


def test_abbreviated_state_title_year_is_when_given_and_capitalised_nhan_dan_between_verb_and_form():
    text = ("Lễ khen thưởng\n\n"
            "Ông Ninh Văn Hậu được tặng danh hiệu NGƯT năm 2023. "
            "Chủ tịch nước tặng thưởng cán bộ và Nhân dân xã Tân Hà Huân chương Lao động hạng Ba.")
    got = found(text)
    assert ("danh hiệu NGƯT", "Ninh Văn Hậu", "individual", None, None) in got
    assert ("Huân chương Lao động hạng Ba", "cán bộ và Nhân dân xã Tân Hà", "collective", "Chủ tịch nước", None) in got


def test_heroic_mothers_counted_then_named_or_received_by_family_representatives():
    text = ("Lễ truy tặng\n\n"
            "Huyện tổ chức Lễ trao tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho 2 mẹ là "
            "mẹ Quách Thị Hiên và mẹ Trương Thị Lài. "
            "Lãnh đạo xã trao danh hiệu Bà mẹ Việt Nam anh hùng cho đại diện gia đình các mẹ: Lâm Thị Út, Ông Thị Vẹn. "
            "Lãnh đạo tỉnh trao Quyết định truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho thân nhân các mẹ.")
    assert [r for _f, r, *_ in found(text)] == ["Quách Thị Hiên", "Trương Thị Lài", "Lâm Thị Út", "Ông Thị Vẹn"]


def test_abbreviated_title_before_a_name_addresses_the_person():
    text = ("Lễ khen thưởng\n\n"
            "Chủ tịch UBND tỉnh tặng Bằng khen cho NSND Vi Thị Hòe, Giám đốc Nhà hát Chèo tỉnh. "
            "NGƯT Mạc Văn Toản được tặng Huân chương Lao động hạng Ba.")
    got = found(text)
    assert [(f, r, k) for f, r, k, _c, _p in got] == [("Bằng khen", "Vi Thị Hòe", "individual"),
                                                      ("Huân chương Lao động hạng Ba", "Mạc Văn Toản", "individual")]


def test_lowercase_collectives_with_soldiers_and_villages():
    text = ("Lễ trao Bằng khen\n\n"
            "Tại buổi lễ, thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Mã Văn Hưng, Giám đốc Công an tỉnh trao "
            "Bằng khen cho cán bộ, chiến sĩ và Nhân dân xã Cư Né (huyện Krông Búk). "
            "Thừa ủy quyền của Chủ tịch UBND tỉnh, lãnh đạo Sở Nội vụ trao Giấy khen cho cán bộ và nhân dân thôn Phú Hòa.")
    got = found(text)
    assert ("Bằng khen", "cán bộ, chiến sĩ và Nhân dân xã Cư Né", "collective", "Bộ trưởng Bộ Công an", None) in got
    assert ("Giấy khen", "cán bộ và nhân dân thôn Phú Hòa", "collective") in [(f, r, k) for f, r, k, _c, _p in got]


def test_recipient_names_with_lowercase_office_words_and_occupations_inside():
    text = ("Lễ trao tặng\n\n"
            "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Cục Quản lý xuất nhập cảnh; "
            "Huân chương Chiến công hạng Ba cho Phòng Cảnh sát quản lý hành chính về trật tự xã hội. "
            "Hội Nông dân xã Phú Lộc vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ. "
            "Quỹ Đầu tư phát triển tỉnh được tặng Cờ thi đua của UBND tỉnh.")
    assert [r for _f, r, *_ in found(text)] == ["Cục Quản lý xuất nhập cảnh",
                                                "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
                                                "Hội Nông dân xã Phú Lộc", "Quỹ Đầu tư phát triển tỉnh"]


def test_sector_conferrer_before_a_passive_verb_and_aviation_names():
    text = ("Lễ trao tặng\n\n"
            "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo được trao cho Trường Tiểu học Sao Mai. "
            "Thay mặt lãnh đạo Đảng, Nhà nước, đồng chí Lý Văn Nam trao Huân chương Lao động hạng Nhì cho "
            "Tổng Công ty Cảng hàng không Việt Nam.")
    got = found(text)
    assert ("Bằng khen", "Trường Tiểu học Sao Mai", "collective", "Bộ trưởng Bộ Giáo dục và Đào tạo", None) in got
    assert ("Huân chương Lao động hạng Nhì", "Tổng Công ty Cảng hàng không Việt Nam", "collective", "Đảng, Nhà nước",
            None) in got


def test_fronted_passive_names_the_subject_after_the_comma():
    text = ("Lễ đón nhận\n\n"
            "Được Chủ tịch nước tặng Huân chương Lao động hạng Ba, Hội Cựu chiến binh tỉnh tổ chức lễ đón nhận. "
            "Vinh dự được Thủ tướng Chính phủ tặng Bằng khen, Trường THCS Phan Bội Châu long trọng tổ chức lễ đón nhận.")
    assert found(text) == [
        ("Huân chương Lao động hạng Ba", "Hội Cựu chiến binh tỉnh", "collective", "Chủ tịch nước", None),
        ("Bằng khen", "Trường THCS Phan Bội Châu", "collective", "Thủ tướng Chính phủ", None)]


def test_one_of_the_counted_recipients_needs_a_name():
    assert found("Tổng kết\n\nĐây là một trong 5 đơn vị được Thủ tướng Chính phủ tặng Bằng khen.") == []
    got = found("Tổng kết\n\nÔng Lê Văn Hải là một trong 10 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.")
    assert got == [("Bằng khen", "Lê Văn Hải", "individual", "Thủ tướng Chính phủ", None)]


def test_signing_office_written_over_two_lines():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\n"
            "Căn cứ Luật Thi đua, khen thưởng;\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Tặng Bằng khen cho các tập thể:\n\n1. Trường THPT Cồn Tiên;\n\n2. Trường THCS Gio Linh,\n\n"
            "đã có thành tích xuất sắc trong năm học 2023-2024.")
    assert found(text) == [
        ("Bằng khen", "Trường THPT Cồn Tiên", "collective", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "năm học 2023-2024"),
        ("Bằng khen", "Trường THCS Gio Linh", "collective", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "năm học 2023-2024")]


def test_hero_title_with_capitalised_nhan_dan_and_counted_list():
    text = ("Trao danh hiệu Anh hùng\n\n"
            "Đảng và Nhà nước quyết định phong tặng danh hiệu Anh hùng cho nhiều tập thể. "
            "Thay mặt lãnh đạo Đảng, Nhà nước, Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang Nhân dân "
            "cho 3 tập thể gồm: Sư đoàn 7 (Quân khu 9), Cục Hậu cần (Bộ Quốc phòng), Công an tỉnh Kon Tum.")
    got = awards(text)
    assert [r for _f, r, _k, _c, _p in got] == ["Sư đoàn 7", "Cục Hậu cần", "Công an tỉnh Kon Tum"]
    assert {f for f, *_ in got} == {"danh hiệu Anh hùng Lực lượng vũ trang Nhân dân"}
    # written "Đảng và Nhà nước" in the lead and "Đảng, Nhà nước" later: the fuller form
    assert {c for *_x, c, _p in got} == {"Đảng và Nhà nước"}


def test_counted_subject_with_decision_and_list_of_craftsmen():
    text = ("Phong tặng danh hiệu\n\n"
            "Năm nay có 3 cá nhân được Chủ tịch nước phong tặng danh hiệu Nghệ nhân ưu tú theo Quyết định "
            "12/QĐ-CTN ngày 5-4-2021 của Chủ tịch nước, gồm các nghệ nhân Lê Văn Tâm, Đỗ Thị Lan (Lan Hương), "
            "Trần Hữu Phúc khi các nghệ nhân đã có nhiều đóng góp. "
            "Đồng thời, cố nghệ nhân ca Huế Hồ Thị Hạnh (nghệ danh Minh Hạnh) cũng được Chủ tịch nước truy tặng "
            "danh hiệu NSND.")
    got = [(f, r, k, c) for f, r, k, c, _p in awards(text)]
    assert got == [("danh hiệu Nghệ nhân ưu tú", "Lê Văn Tâm", "individual", "Chủ tịch nước"),
                   ("danh hiệu Nghệ nhân ưu tú", "Đỗ Thị Lan", "individual", "Chủ tịch nước"),
                   ("danh hiệu Nghệ nhân ưu tú", "Trần Hữu Phúc", "individual", "Chủ tịch nước"),
                   ("danh hiệu NSND", "Hồ Thị Hạnh", "individual", "Chủ tịch nước")]


def test_heroic_mothers_listed_after_a_counted_ceremony():
    text = ("Truy tặng danh hiệu\n\n"
            "Thừa ủy quyền của Chủ tịch nước, lãnh đạo huyện Tân Lạc trao danh hiệu cho thân nhân các Mẹ. "
            "Ngày 2-9, huyện Tân Lạc tổ chức Lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng” "
            "cho 3 Mẹ.\n\n"
            "Các Mẹ gồm: Mẹ Lò Thị Sen, sinh năm 1901, ở xã Phú Cường, có con là liệt sĩ Hà Văn Tư; "
            "Mẹ Bùi Thị Nhàn, sinh năm 1910, xã Mỹ Hòa (mẹ liệt sĩ Bùi Văn Quế); Mẹ Đinh Thị Mai, sinh năm 1920.")
    got = [(r, k, c) for _f, r, k, c, _p in awards(text)]
    assert got == [("Lò Thị Sen", "individual", "Chủ tịch nước"), ("Bùi Thị Nhàn", "individual", "Chủ tịch nước"),
                   ("Đinh Thị Mai", "individual", "Chủ tịch nước")]


def test_heroic_mother_received_by_her_relatives_and_family():
    text = ("Truy tặng danh hiệu\n\n"
            "Thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh trao bằng công nhận "
            "Danh hiệu vinh dự Nhà nước Bà mẹ Việt Nam anh hùng cho thân nhân gia đình mẹ Trần Thị Bưởi.")
    assert awards(text) == [("Danh hiệu vinh dự Nhà nước Bà mẹ Việt Nam anh hùng", "Trần Thị Bưởi", "individual",
                             "Chủ tịch nước", None)]


def test_subject_before_passive_when_a_later_clause_says_la():
    text = ("Tổng kết thi đua\n\n"
            "Điển hình là xã Yên Lạc được UBND tỉnh tặng cờ thi đua xuất sắc, xã Yên Phú là địa phương có "
            "phong trào khá.")
    assert awards(text) == [("cờ thi đua xuất sắc", "xã Yên Lạc", "collective", "UBND tỉnh", None)]


def test_official_collective_of_a_place_not_named_again():
    text = ("Biểu dương điển hình\n\n"
            "Giai đoạn 2015 - 2020, Đảng bộ, chính quyền và nhân dân huyện được tặng thưởng Huân chương Lao động "
            "hạng Nhì; 3 tập thể được nhận Cờ thi đua của Chính phủ.")
    assert [(f, r, k) for f, r, k, _c, _p in awards(text)] == [
        ("Huân chương Lao động hạng Nhì", "Đảng bộ, chính quyền và nhân dân huyện", "collective")]


def test_delegated_authority_covers_only_the_awards_its_sentence_names():
    text = ("Lễ đón nhận danh hiệu\n\n"
            "Thừa ủy quyền của Chủ tịch nước, ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh đã trao tặng danh hiệu "
            "Anh hùng lực lượng vũ trang nhân dân cho Công an huyện Phú Lộc. "
            "Phòng Cảnh sát kinh tế và Thiếu tá Hồ Văn Nam được trao tặng Huân chương Chiến công hạng Ba.")
    got = {(f, r): c for f, r, _k, c, _p in awards(text)}
    assert got[("danh hiệu Anh hùng lực lượng vũ trang nhân dân", "Công an huyện Phú Lộc")] == "Chủ tịch nước"
    assert got[("Huân chương Chiến công hạng Ba", "Phòng Cảnh sát kinh tế")] is None
    assert got[("Huân chương Chiến công hạng Ba", "Hồ Văn Nam")] is None


def test_plural_unnamed_subject_receives_nothing_and_presenter_is_no_recipient():
    text = ("Trao Huân chương\n\n"
            "Đồng chí Lê Minh Tuấn - Bí thư Tỉnh ủy tặng hoa chúc mừng các cá nhân vinh dự được Chủ tịch nước "
            "trao tặng Huân chương Lao động.")
    assert awards(text) == []


def test_abbreviated_and_written_out_heroic_mother_title_is_one_award_with_the_fuller_conferrer():
    text = ("Phong tặng danh hiệu\n\n"
            "Mẹ Phạm Thị Lụa vinh dự nhận danh hiệu Bà mẹ Việt Nam anh hùng. "
            "Chủ tịch nước CHXHCN Việt Nam đã ban hành Quyết định về việc phong tặng danh hiệu vinh dự nhà nước "
            "Bà mẹ VNAH cho mẹ Phạm Thị Lụa.")
    got = awards(text)
    assert len(got) == 1
    assert got[0][1] == "Phạm Thị Lụa" and got[0][3] == "Chủ tịch nước CHXHCN Việt Nam"


def test_post_office_is_a_recipient_and_this_round_is_no_part_of_the_conferrer():
    text = ("Khen thưởng\n\n"
            "Bưu điện huyện Tam Nông được tặng Bằng khen. "
            "Sở Tài chính là một trong 3 đơn vị nhận Cờ thi đua của Thủ tướng Chính phủ đợt này.")
    got = {(f, r): c for f, r, _k, c, _p in awards(text)}
    assert ("Bằng khen", "Bưu điện huyện Tam Nông") in got
    assert got[("Cờ thi đua", "Sở Tài chính")] == "Thủ tướng Chính phủ"


def test_year_of_a_summing_up_meeting_is_no_period_for_an_order_and_for_a_flag_only_when_said_again():
    text = ("Tổng kết thi đua\n\n"
            "Sáng 10/1, UBND tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "
            "Thừa ủy quyền của Chủ tịch nước, đồng chí Hà Văn Lâm trao Huân chương Lao động hạng Ba cho "
            "Hội Cựu chiến binh tỉnh. Dịp này, Sở Tư pháp được tặng Cờ thi đua của UBND tỉnh. "
            "Trong năm 2023, Sở Xây dựng được tặng Cờ thi đua của UBND tỉnh.")
    got = {(f, r): p for f, r, _k, _c, p in awards(text)}
    assert got[("Huân chương Lao động hạng Ba", "Hội Cựu chiến binh tỉnh")] is None
    assert got[("Cờ thi đua", "Sở Tư pháp")] is None
    assert got[("Cờ thi đua", "Sở Xây dựng")] == "năm 2023"


def test_year_of_a_launch_or_a_cluster_term_is_no_period_and_a_deputy_presenting_confers_nothing():
    text = ("Phát động thi đua\n\n"
            "Khối thi đua các cơ quan Đảng tổ chức phát động và ký giao ước thi đua năm 2024. "
            "Đại diện Ban Dân vận, đơn vị Khối trưởng Khối thi đua năm 2024, đã trình bày báo cáo. "
            "Đồng chí Lê Văn Sơn, Phó Chủ tịch UBND tỉnh tặng Cờ thi đua cho Ban Tổ chức Tỉnh ủy.")
    assert awards(text) == [("Cờ thi đua", "Ban Tổ chức Tỉnh ủy", "collective", None, None)]


def test_year_summed_up_before_a_launch_in_one_sentence_still_rewards():
    text = ("Tổng kết thi đua\n\n"
            "Huyện tổ chức hội nghị tổng kết phong trào thi đua năm 2023 và phát động phong trào thi đua năm 2024. "
            "Theo đó, năm 2023, Phòng Tư pháp huyện được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert awards(text) == [("Bằng khen", "Phòng Tư pháp huyện", "collective", "Chủ tịch UBND tỉnh", "năm 2023")]


def test_recipient_before_an_order_called_danh_hieu_and_a_period_written_tu_den():
    text = ("Lễ đón nhận Huân chương\n\n"
            "Tại Lễ kỷ niệm, thay mặt lãnh đạo Đảng và Nhà nước, Tổng Bí thư đã trao tặng Bộ Tài chính danh hiệu "
            "Huân chương Lao động hạng Nhất vì đã có thành tích xuất sắc từ năm 2020 đến năm 2024.")
    assert awards(text) == [("Huân chương Lao động hạng Nhất", "Bộ Tài chính", "collective", "Đảng và Nhà nước",
                             "từ năm 2020 đến năm 2024")]


def test_singular_tap_the_list_names_recipients_of_the_decision_before():
    text = ("Khen thưởng\n\n"
            "Thủ tướng Chính phủ quyết định tặng Bằng khen cho 2 tập thể thuộc Công an tỉnh. "
            "Tập thể được tặng Bằng khen là Công an huyện Lạc Sơn và Phòng Hậu cần.")
    assert awards(text) == [("Bằng khen", "Công an huyện Lạc Sơn", "collective", "Thủ tướng Chính phủ", None),
                            ("Bằng khen", "Phòng Hậu cần", "collective", "Thủ tướng Chính phủ", None)]


def test_duoc_xet_tang_is_made_and_an_achievement_year_written_before_the_form():
    text = ("Lễ đón nhận Bằng khen\n\n"
            "Với những thành tích đã đạt được trong năm 2023, Bưu điện huyện Hoằng Hóa vinh dự là một trong "
            "12 tập thể kiểu mẫu được xét tặng Bằng khen của Chủ tịch UBND tỉnh về thành tích xuất sắc.")
    assert awards(text) == [("Bằng khen", "Bưu điện huyện Hoằng Hóa", "collective", "Chủ tịch UBND tỉnh", "năm 2023")]


def test_council_xet_tang_is_still_a_proposal_and_a_fronted_window_is_no_period():
    assert awards("Họp Hội đồng Thi đua - Khen thưởng\n\n"
                  "Hội đồng đã xét tặng Bằng khen cho Trường THCS Lê Lợi.") == []
    text = ("Biểu dương điển hình\n\n"
            "Giai đoạn 2015 - 2020, Trường THCS Lê Lợi được tặng thưởng Huân chương Lao động hạng Ba.")
    assert awards(text)[0][4] is None


def test_period_in_a_following_day_la_nhung_don_vi_sentence_and_the_fuller_name_written_later():
    text = ("Tặng Cờ thi đua\n\n"
            "Thủ tướng Chính phủ quyết định tặng Cờ thi đua cho 2 tập thể của tỉnh. "
            "Sở Tư pháp Đắk Lắk là một trong 2 đơn vị nhận Cờ thi đua của Thủ tướng Chính phủ. "
            "2 tập thể này gồm: Sở Tư pháp tỉnh Đắk Lắk; Báo Đắk Lắk.\n\n"
            "Đây là những đơn vị đã hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua năm 2022.")
    got = [(r, c, p) for _f, r, _k, c, p in awards(text)]
    assert got == [("Sở Tư pháp tỉnh Đắk Lắk", "Thủ tướng Chính phủ", "năm 2022"),
                   ("Báo Đắk Lắk", "Thủ tướng Chính phủ", "năm 2022")]


def test_tu_nam_den_nay_after_the_form_is_the_period_not_a_recipient_list():
    text = ("Lễ đón nhận Huân chương\n\n"
            "Chủ tịch nước đã trao tặng Trường THPT Lê Lợi Huân chương Lao động hạng Nhì vì có thành tích xuất sắc "
            "từ năm 2018 đến nay.")
    assert awards(text) == [("Huân chương Lao động hạng Nhì", "Trường THPT Lê Lợi", "collective", "Chủ tịch nước",
                             "từ năm 2018 đến nay")]


def test_state_title_named_by_its_mothers_and_listed_with_addresses():
    text = ("Lễ truy tặng danh hiệu\n\n"
            "Sáng 5/3, huyện Kim Sơn đã tổ chức Lễ truy tặng Danh hiệu vinh dự Nhà nước cho 3 Mẹ Việt Nam anh hùng "
            "gồm: Mẹ Phạm Thị Lành, trú ở xã Yên Lộc; Mẹ Đỗ Thị Hoa, trú ở xã Kim Đông và Mẹ Lưu Thị Sen, trú ở xã "
            "Ân Hòa. Hiện huyện Kim Sơn có 120 Mẹ được phong tặng và truy tặng Danh hiệu vinh dự Nhà nước "
            "“Bà mẹ Việt Nam anh hùng”.")
    got = {(f, r, k) for f, r, k, _c, _p in awards(text)}
    form = "Danh hiệu vinh dự Nhà nước Mẹ Việt Nam anh hùng"
    assert got == {(form, "Phạm Thị Lành", "individual"), (form, "Đỗ Thị Hoa", "individual"),
                   (form, "Lưu Thị Sen", "individual")}


def test_mother_written_after_the_title_she_receives():
    text = ("Trao danh hiệu\n\n"
            "Tại buổi lễ, lãnh đạo huyện đã trao Danh hiệu vinh dự Nhà nước cho mẹ Việt Nam anh hùng Phạm Thị Lành "
            "ở xã Yên Lộc và đại diện thân nhân của 5 mẹ được truy tặng.")
    assert [(f, r) for f, r, _k, _c, _p in awards(text)] == [
        ("Danh hiệu vinh dự Nhà nước Mẹ Việt Nam anh hùng", "Phạm Thị Lành")]


def test_host_receives_two_awards_each_with_its_giver_after_it():
    text = ("Lễ kỷ niệm và đón nhận\n\n"
            "Huyện Kim Sơn (Ninh Bình) vừa tổ chức lễ kỷ niệm 200 năm thành lập, đón nhận Huân chương Lao động "
            "hạng Nhì của Chủ tịch nước trao tặng và đón nhận Cờ thi đua của Chính phủ.")
    got = {(f, r): c for f, r, _k, c, _p in awards(text)}
    assert got == {("Huân chương Lao động hạng Nhì", "Huyện Kim Sơn"): "Chủ tịch nước",
                   ("Cờ thi đua", "Huyện Kim Sơn"): "Chính phủ"}


def test_doi_voi_right_after_the_form_names_the_recipient():
    text = ("Khen thưởng năm 2023\n\nDanh hiệu cấp nhà nước:\n\n"
            "Tặng Huân chương Lao động Hạng 3 đối với Trung tâm Khuyến nông tỉnh\n\n"
            "Thủ tướng Chính phủ tặng Bằng khen đối với 3 cá nhân.\n\n"
            "UBND tỉnh tặng Bằng khen cho Sở Y tế vì có nhiều đóng góp đối với Ngành y tế tỉnh.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert got == {("Huân chương Lao động Hạng 3", "Trung tâm Khuyến nông tỉnh"), ("Bằng khen", "Sở Y tế")}


def test_proposal_covers_a_second_tang_joined_by_a_comma():
    text = ("Khối thi đua số 2 tổng kết năm 2024\n\nHội nghị đã bình chọn Bộ Chỉ huy Quân sự tỉnh dẫn đầu khối; đề "
            "nghị UBND tỉnh tặng Cờ thi đua cho Bộ Chỉ huy Quân sự tỉnh, tặng Bằng khen cho Công an tỉnh và Tòa án "
            "nhân dân tỉnh.")
    assert awards(text) == []


def test_proposal_covers_both_conjuncts_and_next_subject_is_no_recipient():
    proposed = ("Hội nghị cụm thi đua\n\nTại hội nghị, cụm thi đua đã bình chọn và đề nghị Bộ Công Thương tặng Cờ thi "
                "đua cho Trường Cao đẳng Cơ khí và UBND tỉnh tặng Cờ thi đua cho Trường THPT Hùng Vương.")
    assert awards(proposed) == []
    made = ("Tổng kết\n\nChủ tịch UBND tỉnh tặng Bằng khen cho Sở Xây dựng và Giám đốc Sở tặng Giấy khen cho "
            "Phòng Kế toán.")
    assert {(f, r) for f, r, _k, _c, _p in awards(made)} == {("Bằng khen", "Sở Xây dựng"), ("Giấy khen", "Phòng Kế toán")}


# Round 6: general patterns of news writing seen on new passages


def test_lowercase_rank_opens_each_person_and_their_units_are_description():
    text = ("Truy tặng Huân chương Chiến công\n\n"
            "Các cán bộ được truy tặng Huân chương Chiến công hạng Nhì, gồm: thiếu tá Hoàng Minh Đức, Đội trưởng "
            "Đội Cảnh sát giao thông, Phòng Cảnh sát giao thông, Công an tỉnh Lạng Sơn; trung úy Vi Thị Hạnh, cán bộ "
            "Đồn Biên phòng Chi Ma, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và thượng sĩ Lò Văn Tâm, chiến sĩ Trạm "
            "Kiểm soát Biên phòng Tân Thanh.")
    got = {(f, r, k) for f, r, k, _c, _p in awards(text)}
    assert got == {("Huân chương Chiến công hạng Nhì", n, "individual")
                   for n in ("Hoàng Minh Đức", "Vi Thị Hạnh", "Lò Văn Tâm")}


def test_order_name_with_a_lowercase_word_runs_to_its_grade():
    text = ("Nhận huân chương của nước bạn\n\n"
            "Thừa ủy quyền của Chủ tịch nước Cộng hòa dân chủ Nhân dân Lào, Tỉnh trưởng tỉnh Luang Namtha trao "
            "Huân chương Tự do hạng Nhất cho Sở Ngoại vụ tỉnh Điện Biên.")
    got = awards(text)
    assert got == [("Huân chương Tự do hạng Nhất", "Sở Ngoại vụ tỉnh Điện Biên", "collective",
                    "Chủ tịch nước Cộng hòa dân chủ Nhân dân Lào", None)]


def test_persons_each_after_their_titles_in_a_comma_list():
    text = ("Trao huân chương\n\n"
            "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao Huân chương Lao động hạng Ba cho Phó Chủ tịch "
            "UBND tỉnh Đỗ Minh Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Lương Thị Nga và "
            "Giám đốc Sở Tài chính Mai Văn Sơn vì đã có thành tích xuất sắc.")
    got = {(r, k, c) for _f, r, k, c, _p in awards(text)}
    assert got == {(n, "individual", "Chủ tịch nước") for n in ("Đỗ Minh Khoa", "Lương Thị Nga", "Mai Văn Sơn")}


def test_host_of_ceremony_for_an_unnamed_group_receives_nothing_and_the_place_collective_is_the_place():
    text = ("Lễ đón nhận huân chương\n\n"
            "Sáng nay, Tỉnh ủy Cao Bằng tổ chức Lễ đón nhận Huân chương Hữu nghị hạng Nhất, Huân chương Tự do "
            "hạng Ba do Nhà nước Lào trao tặng các tập thể và cá nhân trong tỉnh. "
            "Thừa ủy quyền của Chủ tịch nước Cộng hòa dân chủ Nhân dân Lào, Phó Chủ tịch nước Lào trao Huân "
            "chương Hữu nghị hạng Nhất của Chủ tịch nước cho tập thể tỉnh Cao Bằng.")
    got = awards(text)
    assert got == [("Huân chương Hữu nghị hạng Nhất", "tỉnh Cao Bằng", "collective",
                    "Chủ tịch nước Cộng hòa dân chủ Nhân dân Lào", None)]


def test_count_and_occupation_before_the_names_they_count():
    text = ("Khen thưởng vận động viên\n\n"
            "Chủ tịch nước vừa quyết định tặng Huân chương Lao động hạng Ba cho ba vận động viên Lê Quang Vinh, "
            "Đào Thị Mai và Phùng Văn Khải.")
    got = {(r, k, c) for _f, r, k, c, _p in awards(text)}
    assert got == {(n, "individual", "Chủ tịch nước") for n in ("Lê Quang Vinh", "Đào Thị Mai", "Phùng Văn Khải")}


def test_sibling_subject_repeats_the_head_in_lowercase():
    text = ("Khen thưởng thể thao\n\n"
            "Đội tuyển bóng chuyền nữ và đội tuyển cầu mây nam được Thủ tướng Chính phủ tặng Bằng khen.")
    got = {(f, r, c) for f, r, _k, c, _p in awards(text)}
    assert got == {("Bằng khen", "Đội tuyển bóng chuyền nữ", "Thủ tướng Chính phủ"),
                   ("Bằng khen", "đội tuyển cầu mây nam", "Thủ tướng Chính phủ")}


def test_persons_of_a_mixed_count_listed_in_later_paragraphs():
    text = ("Tuyên dương anh hùng\n\n"
            "Thay mặt lãnh đạo Đảng, Nhà nước, Chủ tịch nước trao danh hiệu Anh hùng Lao động cho 4 tập thể, cá nhân "
            "gồm: Viện Vệ sinh dịch tễ Tây Nguyên; Công ty cổ phần Cao su Phước Hòa.\n\n"
            "Các cá nhân gồm: Ông Hà Minh Trí, Tổng Giám đốc Công ty cổ phần Dệt may Hòa Thọ.\n\n"
            "Bà Lục Thị Thu, Hiệu trưởng Trường Tiểu học Hồng Phong.\n\n"
            "Buổi lễ kết thúc lúc 11 giờ.")
    got = {(r, k) for _f, r, k, c, _p in awards(text) if c == "Đảng, Nhà nước"}
    assert got == {("Viện Vệ sinh dịch tễ Tây Nguyên", "collective"), ("Công ty cổ phần Cao su Phước Hòa", "collective"),
                   ("Hà Minh Trí", "individual"), ("Lục Thị Thu", "individual")}
    assert len(awards(text)) == 4


def test_attendees_after_a_conferral_to_an_unnamed_group_receive_nothing():
    text = ("Trao huân chương cho gia đình liệt sĩ\n\n"
            "Sáng 20/7, huyện Kim Bảng tổ chức lễ trao Huân chương Độc lập hạng Ba cho các gia đình liệt sĩ tiêu biểu. "
            "Dự buổi lễ có các đồng chí: Vũ Văn Lâm, Bí thư Huyện ủy; Trần Thị Yến, Phó Chủ tịch UBND tỉnh.")
    assert awards(text) == []


def test_counted_group_of_a_place_receives_nothing():
    text = ("Lễ trao huân chương\n\n"
            "Theo Quyết định của Chủ tịch nước, đợt này tỉnh Bắc Kạn có 6 đồng chí nguyên là sĩ quan chỉ huy được "
            "trao tặng Huân chương Bảo vệ Tổ quốc hạng Ba. 12 đồng chí đang công tác tại các cơ quan, đơn vị Bộ "
            "CHQS tỉnh được nhận Huy chương Quân kỳ quyết thắng. Toàn tỉnh đã có hơn 50 tập thể, cá nhân được "
            "phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.")
    assert awards(text) == []


def test_joint_delegation_shared_out_by_form_and_school_years_taken_whole():
    text = ("Trường đón nhận huân chương\n\n"
            "Tại buổi lễ, thừa ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Ngô Văn Tuấn "
            "đã trao Huân chương Lao động hạng Ba cho Trường THCS Chu Văn An và trao Bằng khen của Thủ tướng Chính phủ "
            "cho cô giáo Phạm Thị Lan - Hiệu trưởng nhà trường vì đã có thành tích xuất sắc từ năm học 2016-2017 đến "
            "năm học 2020-2021.")
    got = {(f, r): (c, p) for f, r, _k, c, p in awards(text)}
    assert got == {("Huân chương Lao động hạng Ba", "Trường THCS Chu Văn An"): ("Chủ tịch nước", None),
                   ("Bằng khen", "Phạm Thị Lan"): ("Thủ tướng Chính phủ",
                                                   "từ năm học 2016-2017 đến năm học 2020-2021")}


def test_joint_party_and_state_authority_stays_whole():
    text = ("Đón nhận danh hiệu\n\n"
            "Thay mặt Đảng và Nhà nước, Phó Thủ tướng trao Huân chương Độc lập hạng Nhì cho Tổng Công ty Điện lực "
            "miền Bắc.")
    got = awards(text)
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Tổng Công ty Điện lực miền Bắc", "Đảng và Nhà nước")]


def test_counted_forms_after_a_quoted_title_go_to_the_same_subject():
    text = ("Kỷ niệm ngày thành lập xã\n\n"
            "Xã Đông Sơn vinh dự được Đảng và Nhà nước 3 lần được phong tặng “Anh hùng Lao động”; 2 Huân chương "
            "Độc lập hạng Ba, 5 Huân chương Lao động hạng Nhì.")
    got = {(f, r, c) for f, r, _k, c, _p in awards(text)}
    assert got == {(f, "Xã Đông Sơn", "Đảng và Nhà nước")
                   for f in ("Anh hùng Lao động", "Huân chương Độc lập hạng Ba", "Huân chương Lao động hạng Nhì")}


def test_past_awards_without_subject_go_to_the_achiever_of_the_sentence_before():
    text = ("Huyện đón nhận huân chương\n\n"
            "Những năm qua, Đảng bộ, chính quyền và nhân dân Kiến Xương đã đoàn kết, phát triển kinh tế - xã hội. "
            "Thành tích đó đã được ghi nhận bằng nhiều hình thức khen thưởng: năm 2005 được tặng Cờ thi đua của "
            "Chính phủ; năm 2008 được tặng Huân chương Lao động hạng Ba; năm 2011, 2012 được tặng Bằng khen của "
            "UBND tỉnh.")
    got = {(f, r, c, p) for f, r, _k, c, p in awards(text)}
    who = "Đảng bộ, chính quyền và nhân dân Kiến Xương"
    assert got == {("Cờ thi đua", who, "Chính phủ", None), ("Huân chương Lao động hạng Ba", who, None, None),
                   ("Bằng khen", who, "UBND tỉnh", None)}


def test_subjectless_conferral_without_an_achievement_backreference_names_no_one():
    text = ("Hội nghị tổng kết\n\n"
            "Những năm qua, Công ty Cổ phần Xi măng Hà Tiên đã phát triển mạnh. "
            "Hội nghị đã thảo luận nhiều nội dung: năm 2005 được tặng Cờ thi đua của Chính phủ.")
    assert awards(text) == []


def test_abbreviation_dot_inside_the_presenters_titles_keeps_the_delegation():
    text = ("Đón nhận huân chương\n\n"
            "Thừa ủy quyền của Chủ tịch nước, đồng chí Trần Văn Hải, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy trao Huân "
            "chương Lao động hạng Nhì cho Đảng bộ và nhân dân huyện Quỳnh Phụ.")
    got = awards(text)
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Đảng bộ và nhân dân huyện Quỳnh Phụ", "Chủ tịch nước")]


def test_decision_named_in_one_sentence_confers_only_the_forms_it_names():
    text = ("Lễ trao tặng danh hiệu\n\n"
            "Lãnh đạo tỉnh trao tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho Mẹ Hồ Thị Lài, trú tại xã Hải Thượng.\n\n"
            "Dịp này, tỉnh cũng trao Huân chương Độc lập hạng Ba cho 9 gia đình có nhiều liệt sĩ theo các Quyết "
            "định của Chủ tịch nước.")
    got = awards(text)
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Hồ Thị Lài", None)]


def test_headline_with_capitalised_words_gives_the_year_of_its_flag():
    text = ("Cờ Thi đua xuất sắc Khối doanh nghiệp năm 2021\n\n"
            "Chủ tịch UBND tỉnh đã ký Quyết định tặng Cờ thi đua của UBND tỉnh cho 3 tập thể dẫn đầu khối, gồm:\n"
            "1. Công ty cổ phần Cấp nước Nam Định;\n"
            "2. Công ty TNHH Dệt Hải Hà.")
    got = {(r, c, p) for _f, r, _k, c, p in awards(text)}
    assert got == {("Công ty cổ phần Cấp nước Nam Định", "UBND tỉnh", "năm 2021"),
                   ("Công ty TNHH Dệt Hải Hà", "UBND tỉnh", "năm 2021")}


def test_the_name_of_the_emulation_board_gives_no_period():
    text = ("Khen thưởng\n\n"
            "Xét đề nghị của Trưởng ban Ban Thi đua - Khen thưởng tỉnh (Tờ trình số 12/TTr-TĐKT ngày 4 tháng 3 năm "
            "2019),\n\nChủ tịch UBND tỉnh tặng Bằng khen cho Trường Tiểu học Hoa Lư.")
    assert [(r, p) for _f, r, _k, _c, p in awards(text)] == [("Trường Tiểu học Hoa Lư", None)]


def test_list_of_soldiers_named_after_a_counted_posthumous_conferral():
    text = ("Truy tặng huân chương\n\n"
            "Chủ tịch nước đã ký quyết định truy tặng Huân chương Dũng cảm cho 2 chiến sĩ. Các chiến sĩ được truy tặng "
            "gồm: thượng úy Đinh Văn Quang, cán bộ Đội Cảnh sát PCCC, Công an huyện Yên Thế và hạ sĩ Lưu Đức Thắng, "
            "chiến sĩ Đội Cảnh sát PCCC, Công an huyện Yên Thế.")
    got = {(f, r, k, c) for f, r, k, c, _p in awards(text)}
    assert got == {("Huân chương Dũng cảm", "Đinh Văn Quang", "individual", "Chủ tịch nước"),
                   ("Huân chương Dũng cảm", "Lưu Đức Thắng", "individual", "Chủ tịch nước")}


def test_achievement_backreference_after_a_sentence_whose_verb_is_dat():
    text = ("Trường đón nhận Cờ thi đua\n\n"
            "Nhiều năm liền, Trường THCS Phan Bội Châu đạt danh hiệu tập thể lao động xuất sắc. Thành tích đó được "
            "ghi nhận: năm 2019 được tặng Bằng khen của Bộ trưởng Bộ GD&ĐT; năm 2021 nhận Cờ thi đua của UBND tỉnh.")
    got = {(f, r, c, p) for f, r, _k, c, p in awards(text)}
    assert got == {("Bằng khen", "Trường THCS Phan Bội Châu", "Bộ trưởng Bộ GD&ĐT", None),
                   ("Cờ thi đua", "Trường THCS Phan Bội Châu", "UBND tỉnh", None)}


def test_authority_of_a_general_praise_does_not_run_over_a_colon():
    text = ("Công ty đón nhận huân chương\n\n"
            "Những năm qua, Công ty cổ phần Cơ khí Hà Giang luôn hoàn thành xuất sắc nhiệm vụ. Với những thành tích đó, "
            "Công ty đã được tặng nhiều phần thưởng cao quý: năm 2012 được tặng Huân chương Lao động hạng Ba.")
    got = awards(text)
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Công ty cổ phần Cơ khí Hà Giang", None)]


def test_presenter_written_after_the_authority_without_a_comma():
    text = ("Trao huân chương\n\n"
            "Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Tài chính Lê Văn Đức trao tặng Huân chương Lao động hạng "
            "Nhì cho Cục Thuế tỉnh Hòa Bình.")
    got = awards(text)
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Cục Thuế tỉnh Hòa Bình", "Chủ tịch nước")]


def test_bare_ca_nhan_gom_after_a_mixed_count_names_the_persons():
    text = ("Khen thưởng\n\n"
            "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 3 tập thể, cá nhân gồm: Sở Nội vụ; Kho bạc Nhà nước "
            "tỉnh.\n\nCá nhân gồm: Ông Vương Đình Khải, Giám đốc Sở Nội vụ.")
    got = {(r, k) for _f, r, k, _c, _p in awards(text)}
    assert got == {("Sở Nội vụ", "collective"), ("Kho bạc Nhà nước tỉnh", "collective"), ("Vương Đình Khải", "individual")}


def test_host_keeps_its_order_when_the_unnamed_group_gets_another_form():
    text = ("Lễ đón nhận huân chương\n\n"
            "Sáng nay, Công ty Điện lực Phú Thọ tổ chức lễ đón nhận Huân chương Lao động hạng Ba và trao tặng Bằng khen "
            "cho các tập thể, cá nhân có thành tích xuất sắc.")
    got = [(f, r) for f, r, _k, _c, _p in awards(text)]
    assert got == [("Huân chương Lao động hạng Ba", "Công ty Điện lực Phú Thọ")]


def test_a_sentence_about_a_person_after_the_list_is_not_an_item():
    text = ("Tuyên dương anh hùng\n\n"
            "Chủ tịch nước trao danh hiệu Anh hùng Lao động cho 2 tập thể, cá nhân gồm: Viện Lúa Đồng bằng sông Cửu "
            "Long.\n\nCác cá nhân gồm: Ông Phan Văn Lộc, Giám đốc Hợp tác xã Tân Hòa.\n\n"
            "Ông Lý Văn Nam, Chủ tịch UBND tỉnh phát biểu chúc mừng các điển hình.")
    got = {r for _f, r, _k, _c, _p in awards(text)}
    assert got == {"Viện Lúa Đồng bằng sông Cửu Long", "Phan Văn Lộc"}


def test_army_and_police_advanced_titles_are_forms():
    text = ("Tổng kết năm\n\n"
            "Giám đốc Công an tỉnh tặng danh hiệu Đơn vị tiên tiến cho Phòng Hậu cần và danh hiệu Chiến sĩ tiên tiến "
            "cho đại úy Hà Văn Lực, cán bộ Phòng Hậu cần.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert got == {("danh hiệu Đơn vị tiên tiến", "Phòng Hậu cần"), ("danh hiệu Chiến sĩ tiên tiến", "Hà Văn Lực")}


def test_fronted_receiving_participle_without_duoc():
    text = ("Bệnh viện đón nhận huân chương\n\n"
            "Đón nhận Huân chương Lao động hạng Nhì, Bệnh viện Sản Nhi tỉnh vinh dự là đơn vị đầu tiên của ngành nhận "
            "phần thưởng này.")
    assert [(f, r) for f, r, _k, _c, _p in awards(text)] == [("Huân chương Lao động hạng Nhì", "Bệnh viện Sản Nhi tỉnh")]


def test_pronoun_subject_stands_for_the_one_person_named_before():
    text = ("Khen thưởng nông dân giỏi\n\n"
            "Anh Đặng Văn Tú là nông dân sản xuất kinh doanh giỏi của xã Quảng Phú. Năm 2022, anh được Chủ tịch UBND "
            "tỉnh tặng Bằng khen.")
    assert [(r, k, c) for _f, r, k, c, _p in awards(text)] == [("Đặng Văn Tú", "individual", "Chủ tịch UBND tỉnh")]


def test_pronoun_subject_with_two_persons_before_names_no_one():
    text = ("Khen thưởng nông dân giỏi\n\n"
            "Anh Đặng Văn Tú và anh Lò Văn Sinh là nông dân giỏi của xã Quảng Phú. Năm 2022, anh được Chủ tịch UBND "
            "tỉnh tặng Bằng khen.")
    assert awards(text) == []


def test_written_out_title_before_a_recipients_name_addresses_the_person():
    text = ("Khen thưởng nghệ nhân\n\n"
            "Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho Nghệ nhân Ưu tú Phạm Văn Bình, chủ cơ sở gốm "
            "Phù Lãng.")
    assert [(f, r) for f, r, _k, _c, _p in awards(text)] == [("Huân chương Lao động hạng Ba", "Phạm Văn Bình")]


def test_decides_to_reward_names_the_authority_and_bullets_after_semicolons_split_items():
    text = ("Khen thưởng\n\n"
            "Chủ tịch UBND tỉnh quyết định khen thưởng Bằng khen cho Trường Mầm non Sơn Ca. "
            "Tặng Cờ thi đua của UBND tỉnh cho: - Công ty Cấp nước Ninh Bình; - Bệnh viện Sản Nhi Ninh Bình.")
    got = {(f, r, c) for f, r, _k, c, _p in awards(text)}
    assert got == {("Bằng khen", "Trường Mầm non Sơn Ca", "Chủ tịch UBND tỉnh"),
                   ("Cờ thi đua", "Công ty Cấp nước Ninh Bình", "UBND tỉnh"),
                   ("Cờ thi đua", "Bệnh viện Sản Nhi Ninh Bình", "UBND tỉnh")}


def test_conferring_bodies_and_sector_ministers_before_tang():
    text = ("Khen thưởng\n\n"
            "Trung ương Đoàn tặng Bằng khen cho Tỉnh đoàn Quảng Bình. Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tặng "
            "Kỷ niệm chương cho ông Hồ Văn Lâm, nguyên Giám đốc Sở.")
    got = {(r, c) for _f, r, _k, c, _p in awards(text)}
    assert got == {("Tỉnh đoàn Quảng Bình", "Trung ương Đoàn"),
                   ("Hồ Văn Lâm", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")}


def test_achievement_backreference_with_a_comma_and_an_authority():
    text = ("Trường đón nhận huân chương\n\n"
            "Những năm qua, Trường THPT Lý Tự Trọng luôn dẫn đầu ngành giáo dục tỉnh. Với những thành tích đó, năm 2015 "
            "được Chủ tịch nước tặng Huân chương Lao động hạng Ba.")
    got = [(f, r, c) for f, r, _k, c, _p in awards(text)]
    assert got == [("Huân chương Lao động hạng Ba", "Trường THPT Lý Tự Trọng", "Chủ tịch nước")]


def test_on_behalf_of_a_foreign_state_keeps_its_name():
    text = ("Đón nhận huân chương của nước bạn\n\n"
            "Thay mặt Nhà nước Cộng hòa dân chủ nhân dân Lào, Đại sứ Lào trao Huân chương Tự do hạng Nhất cho Bộ Chỉ "
            "huy Quân sự tỉnh Điện Biên.")
    got = [(r, c) for _f, r, _k, c, _p in awards(text)]
    assert got == [("Bộ Chỉ huy Quân sự tỉnh Điện Biên", "Nhà nước Cộng hòa dân chủ nhân dân Lào")]


def test_a_place_with_more_counted_mothers_receives_nothing():
    text = ("Truy tặng danh hiệu Bà mẹ Việt Nam anh hùng\n\n"
            "Đợt này, tỉnh Quảng Ngãi có thêm 12 mẹ được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.")
    assert awards(text) == []


def test_counted_forms_listed_after_duoc_tang_colon():
    text = ("Trường đón nhận huân chương\n\n"
            "Trong 20 năm qua, Trường Tiểu học Ngọc Lâm đã được tặng: 1 Huân chương Lao động hạng Ba, 2 Bằng khen của "
            "Thủ tướng Chính phủ và 5 Cờ thi đua của UBND tỉnh.")
    got = {(f, r, c) for f, r, _k, c, _p in awards(text)}
    assert got == {("Huân chương Lao động hạng Ba", "Trường Tiểu học Ngọc Lâm", None),
                   ("Bằng khen", "Trường Tiểu học Ngọc Lâm", "Thủ tướng Chính phủ"),
                   ("Cờ thi đua", "Trường Tiểu học Ngọc Lâm", "UBND tỉnh")}


def test_lowercase_sibling_in_a_list_after_cho_but_not_a_class_of_bodies():
    text = ("Khen thưởng\n\n"
            "Chủ tịch UBND tỉnh tặng Bằng khen cho Trường THCS Chu Văn An và trường Tiểu học Hoàng Hoa Thám. "
            "Giám đốc Sở tặng Giấy khen cho Sở Y tế và sở ngành liên quan.")
    got = [r for _f, r, _k, _c, _p in awards(text)]
    assert "Trường THCS Chu Văn An" in got and "trường Tiểu học Hoàng Hoa Thám" in got
    assert not any(r.startswith("sở ngành") for r in got)


def test_long_lowercase_name_of_a_centre_is_taken_whole():
    text = ("Tổng kết thi đua\n\n"
            "Tặng Huân chương Lao động hạng Ba đối với Trung tâm nghiên cứu ứng dụng và chuyển giao công nghệ sinh học "
            "nông nghiệp.")
    got = [r for _f, r, _k, _c, _p in awards(text)]
    assert got == ["Trung tâm nghiên cứu ứng dụng và chuyển giao công nghệ sinh học nông nghiệp"]


def test_pronoun_of_another_kind_does_not_stand_for_the_person_named():
    text = ("Khen thưởng nông dân giỏi\n\n"
            "Ông Trần Văn Lâm, Chủ tịch UBND huyện phát biểu tại hội nghị. Bà được Thủ tướng Chính phủ tặng Bằng khen.")
    assert awards(text) == []


def test_order_given_by_party_and_state():
    text = ("Đón nhận huân chương\n\n"
            "Cùng ngày, Công an tỉnh Kon Tum cũng đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất do Đảng và Nhà nước "
            "trao tặng.")
    assert [(r, c) for _f, r, _k, c, _p in awards(text)] == [("Công an tỉnh Kon Tum", "Đảng và Nhà nước")]


def test_years_of_past_forms_are_no_period_for_the_order_handed_over_next():
    text = ("Trường đón nhận Huân chương Lao động hạng Nhất\n\n"
            "Ghi nhận những thành tích đã đạt được, nhà trường đã được trao tặng Huân chương Lao động hạng Ba năm 2001, "
            "Cờ thi đua của Bộ Giáo dục và Đào tạo năm 2012.\n\n"
            "Thừa ủy quyền của Chủ tịch nước, đồng chí Lò Văn Tiến trao Huân chương Lao động hạng Nhất cho Trường "
            "THPT Chuyên Nguyễn Trãi.")
    got = [(f, r, c, p) for f, r, _k, c, p in awards(text)]
    assert got == [("Huân chương Lao động hạng Nhất", "Trường THPT Chuyên Nguyễn Trãi", "Chủ tịch nước", None)]


def test_trong_do_chi_co_names_one_of_the_counted_recipients():
    text = ("Phong tặng danh hiệu Bà mẹ Việt Nam anh hùng\n\n"
            "UBND tỉnh vừa tổ chức Lễ phong tặng, truy tặng danh hiệu vinh dự Nhà nước Bà mẹ Việt Nam anh hùng cho 45 mẹ; "
            "trong đó chỉ có mẹ Lê Thị Mận (SN 1921, xã Tam Hải) hiện còn sống.")
    assert [r for _f, r, _k, _c, _p in awards(text)] == ["Lê Thị Mận"]


def test_company_and_its_chairman_with_a_decision_clause_before_them():
    text = ("Công ty đón nhận Huân chương Lao động\n\n"
            "Ngày 12/5 tại huyện Cao Lãnh, tỉnh Đồng Tháp, theo quyết định số 45 của Chủ tịch nước, Công ty TNHH Thủy "
            "sản Sa Đéc và cá nhân ông Lê Văn Tám, Chủ tịch HĐQT Công ty vinh dự được đón nhận Huân chương Lao động "
            "hạng Ba. Công ty Cổ phần Vàng bạc Đá quý Sài Gòn cũng đón nhận Huân chương Lao động hạng Nhì.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert got == {("Huân chương Lao động hạng Ba", "Công ty TNHH Thủy sản Sa Đéc"),
                   ("Huân chương Lao động hạng Ba", "Lê Văn Tám"),
                   ("Huân chương Lao động hạng Nhì", "Công ty Cổ phần Vàng bạc Đá quý Sài Gòn")}


def test_a_congress_or_summing_up_year_is_no_period_unless_the_conferral_says_it_again():
    congress = ("Đại hội thi đua yêu nước huyện Kim Sơn lần thứ IV - năm 2020\n\n"
                "Sáng 12/8, UBND huyện Kim Sơn tổ chức Đại hội thi đua yêu nước lần thứ IV - năm 2020. "
                "Tại đại hội, Bộ Nông nghiệp và Phát triển nông thôn tặng Bằng khen cho Hội Nông dân huyện Kim Sơn.")
    assert [(r, p) for _f, r, _k, _c, p in awards(congress)] == [("Hội Nông dân huyện Kim Sơn", None)]
    span = ("Ngày 3/10, tỉnh Tuyên Quang tổ chức Đại hội Thi đua yêu nước lần thứ VI. "
            "Đại hội đã tổng kết phong trào thi đua giai đoạn 2019-2024, biểu dương các điển hình. "
            "Đại hội cũng công bố quyết định tặng Cờ thi đua của Chính phủ cho Sở Tư pháp tỉnh Tuyên Quang.")
    assert [(r, p) for _f, r, _k, _c, p in awards(span)] == [("Sở Tư pháp tỉnh Tuyên Quang", None)]
    meeting = ("Chiều 20/1, Sở Y tế tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
               "Dịp này, Bệnh viện Đa khoa huyện Mỹ Lộc được tặng Cờ thi đua của UBND tỉnh. "
               "Theo đó, năm 2023, Trung tâm Y tế huyện Ý Yên được tặng Bằng khen của UBND tỉnh.")
    got = {r: p for _f, r, _k, _c, p in awards(meeting)}
    assert got == {"Bệnh viện Đa khoa huyện Mỹ Lộc": None, "Trung tâm Y tế huyện Ý Yên": "năm 2023"}


def test_a_date_or_a_clusters_term_is_no_article_period_and_a_capitalised_reason_after_the_list_is():
    decision = ("QUYẾT ĐỊNH\n\nBỘ TRƯỞNG BỘ NỘI VỤ\n\n"
                "Xét đề nghị của Ban Thi đua-Khen thưởng Trung ương (Tờ trình số 12/TTr ngày 3 tháng 4 năm 2019),\n\n"
                "QUYẾT ĐỊNH:\n\nĐiều 1. Tặng Bằng khen của Bộ trưởng Bộ Nội vụ cho:\n\n"
                "1. Sở Nội vụ tỉnh Phú Yên;\n\n2. Phòng Nội vụ huyện Đồng Xuân,\n\n"
                "Đã hoàn thành xuất sắc nhiệm vụ công tác năm 2018.")
    assert {p for _f, _r, _k, _c, p in awards(decision)} == {"năm 2018"}
    term = ("Hội nghị bàn giao Cụm trưởng cụm thi đua năm 2024 cho Công an tỉnh Bến Tre. "
            "Nhân dịp này, Công an tỉnh Long An được tặng Cờ thi đua của Bộ Công an.")
    assert [(r, p) for _f, r, _k, _c, p in awards(term)] == [("Công an tỉnh Long An", None)]


def test_the_reason_of_the_first_conferral_gives_its_period_when_a_second_form_follows_in_the_sentence():
    got = awards("Chủ tịch nước đã ký quyết định tặng Huân chương Lao động hạng Ba cho Trường THPT Hùng Vương vì đã có "
                 "thành tích xuất sắc trong giảng dạy, nghiên cứu từ năm 2016 đến năm 2020, góp phần xây dựng quê hương; "
                 "quyết định khác tặng Huân chương Lao động hạng Nhì cho Bệnh viện Đa khoa tỉnh vì thành tích "
                 "từ năm 2016 đến năm 2020.")
    assert {(r, p) for _f, r, _k, _c, p in got} == {("Trường THPT Hùng Vương", "từ năm 2016 đến năm 2020"),
                                                    ("Bệnh viện Đa khoa tỉnh", "từ năm 2016 đến năm 2020")}


def test_parent_bodies_after_a_list_item_or_after_thuoc_qualify_the_recipient():
    got = awards("Chủ tịch UBND tỉnh tặng Bằng khen cho Xí nghiệp In Ba Đình, Tổng Công ty Văn hóa Sài Gòn, Thành phố Hồ Chí Minh; "
                 "Viện Cơ khí Năng lượng và Mỏ, Tập đoàn Than - Khoáng sản Việt Nam, Bộ Công Thương; "
                 "Trường Cao đẳng Nghề Cơ điện, Bộ Nông nghiệp và Phát triển nông thôn.")
    assert [r for _f, r, _k, _c, _p in got] == ["Xí nghiệp In Ba Đình", "Viện Cơ khí Năng lượng và Mỏ",
                                                "Trường Cao đẳng Nghề Cơ điện"]
    got = awards("Bộ trưởng Bộ Công an tặng Bằng khen cho Phòng Cảnh sát cơ động thuộc Công an tỉnh Kon Tum, Bộ Công an "
                 "vì đã có thành tích trong phòng, chống thiên tai.")
    assert [r for _f, r, _k, _c, _p in got] == ["Phòng Cảnh sát cơ động"]


def test_heroic_mothers_listed_after_their_families_or_after_doi_voi():
    got = awards("Lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng\n\n"
                 "Thừa ủy quyền của Chủ tịch nước, ông Lò Văn Tâm, Phó Chủ tịch UBND huyện đã trao bằng công nhận danh hiệu "
                 "vinh dự nhà nước “Bà mẹ Việt Nam anh hùng” cho gia đình của 02 gia đình gồm: Phạm Thị Xoan (trú xã Tân Lập) "
                 "và Hà Thị Nụ (trú xã Mường Lò).")
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Phạm Thị Xoan", "Chủ tịch nước"), ("Hà Thị Nụ", "Chủ tịch nước")]
    got = awards("Lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng\n\n"
                 "Ông Trần Văn Lộc công bố quyết định của Chủ tịch nước truy tặng danh hiệu vinh dự nhà nước "
                 "“Bà mẹ Việt Nam anh hùng” đối với bà Đỗ Thị Gái, quê xã Yên Bằng và bà Vũ Thị Tẹo, quê xã Yên Lương.")
    assert [r for _f, r, _k, _c, _p in got] == ["Đỗ Thị Gái", "Vũ Thị Tẹo"]


def test_passive_conferral_with_recipients_after_the_verb_and_the_same_award_named_again():
    got = awards("Lễ trao Huân chương Bảo vệ Tổ quốc\n\n"
                 "Huân chương Bảo vệ Tổ quốc hạng Nhì được trao tặng Trung tướng Lê Văn Hòa, Chính ủy Quân khu; "
                 "Thiếu tướng Đặng Văn Khải, Phó Tư lệnh Quân khu. Các Phó Tư lệnh gồm Thiếu tướng Mai Xuân Trường "
                 "và Hồ Văn Phúc cũng vinh dự nhận phần thưởng này. Huân chương Bảo vệ Tổ quốc hạng Ba được trao cho "
                 "các Phó Chính ủy: Đại tá Vi Văn Thắng, Lục Văn Đồng và Tạ Quang Huy. Các lãnh đạo Quân khu "
                 "được tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Nhì và hạng Ba.")
    assert [(f.split("hạng ")[-1], r) for f, r, _k, _c, _p in got] == [
        ("Nhì", "Lê Văn Hòa"), ("Nhì", "Đặng Văn Khải"), ("Nhì", "Mai Xuân Trường"),
        ("Nhì", "Hồ Văn Phúc"), ("Ba", "Vi Văn Thắng"), ("Ba", "Lục Văn Đồng"), ("Ba", "Tạ Quang Huy")]


def test_a_person_named_after_the_organisation_in_a_title_before_the_name_is_the_recipient():
    got = awards("Dịp này, cá nhân Giám đốc Bệnh viện Đa khoa tỉnh Phạm Văn Lực vinh dự nhận Huân chương Lao động hạng Ba.")
    assert [(r, k) for _f, r, k, _c, _p in got] == [("Phạm Văn Lực", "individual")]
    got = awards("Tại Đại hội, Chủ tịch Hội Nông dân xã Yên Thọ Hoàng Văn Tùng vinh dự là một trong những gương điển hình "
                 "được nhận Bằng khen của Trung ương Hội Nông dân Việt Nam.")
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Hoàng Văn Tùng", "Trung ương Hội Nông dân Việt Nam")]


def test_a_written_out_degree_opens_a_person_and_a_deputy_head_of_state_presenting_confers_nothing():
    got = awards("Phó Chủ tịch nước Lê Thị Hạnh trao Huân chương Lao động hạng Ba cho Giáo sư, Tiến sĩ Trần Văn Minh, "
                 "Khoa Hóa học của trường.")
    assert got == [("Huân chương Lao động hạng Ba", "Trần Văn Minh", "individual", None, None)]


def test_one_authority_for_two_handovers_and_the_fuller_office_and_a_reason_after_la():
    got = awards("Tại hội nghị, LĐLĐ huyện tặng Giấy khen cho Công đoàn Trường Tiểu học Yên Phong, trao Cờ thi đua "
                 "xuất sắc cho Công đoàn Bệnh viện Đa khoa huyện.")
    assert {(r, c) for _f, r, _k, c, _p in got} == {("Công đoàn Trường Tiểu học Yên Phong", "LĐLĐ huyện"),
                                                    ("Công đoàn Bệnh viện Đa khoa huyện", "LĐLĐ huyện")}
    got = awards("Văn phòng Chính phủ cho biết, thừa ủy quyền của Thủ tướng Phạm Minh Chính, Phó Thủ tướng Lê Văn Thành đã ký "
                 "Quyết định tặng Bằng khen cho anh Lò Văn Hặc, trú tại bản Pá Khoang. Lý do anh Hặc được tặng Bằng khen là "
                 "đã dũng cảm cứu hai em nhỏ tại suối Nậm Rốm, phường Thanh Trường. Bằng khen của Thủ tướng Chính phủ "
                 "được trao tại trụ sở UBND tỉnh.")
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Lò Văn Hặc", "Thủ tướng Chính phủ")]


def test_thua_uy_nhiem_delegates_and_hyphenated_foreign_names_are_one_recipient():
    got = awards("Thừa ủy nhiệm của Chủ tịch nước, ông Lê Văn Dũng trao Huân chương Hữu nghị cho tập thể nhân dân và cán bộ "
                 "tỉnh Xiêng Khoảng; trao Huân chương Lao động hạng Ba cho đồng chí Xỉ-sổm-phon Vông-khăm - Phó Tỉnh trưởng.")
    assert [(r, c) for _f, r, _k, c, _p in got] == [("nhân dân và cán bộ tỉnh Xiêng Khoảng", "Chủ tịch nước"),
                                                    ("Xỉ-sổm-phon Vông-khăm", "Chủ tịch nước")]


def test_one_head_and_type_word_for_several_bare_place_names():
    got = awards("Nhân dịp này, Công an huyện Kim Bảng, Thanh Liêm và Bình Lục được tặng Giấy khen của Giám đốc Công an tỉnh.")
    assert [r for _f, r, _k, _c, _p in got] == ["Công an huyện Kim Bảng", "Công an huyện Thanh Liêm", "Công an huyện Bình Lục"]
    got = awards("Chủ tịch UBND tỉnh tặng Bằng khen cho Phòng Giáo dục và Đào tạo huyện Ý Yên, Vụ Bản.")
    assert [r for _f, r, _k, _c, _p in got] == ["Phòng Giáo dục và Đào tạo huyện Ý Yên", "Phòng Giáo dục và Đào tạo huyện Vụ Bản"]


def test_the_peoples_of_a_province_stay_in_its_official_collective_form():
    got = awards("Nhân dịp này, Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Lai Châu vinh dự được Chủ tịch nước "
                 "tặng thưởng Huân chương Độc lập hạng Nhì.")
    assert [(r, c) for _f, r, _k, c, _p in got] == [("Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Lai Châu", "Chủ tịch nước")]


def test_a_headline_subject_before_a_colon_receives_and_the_host_of_the_ceremony_does_not():
    got = awards("LLVT huyện Mê Linh: Vinh dự nhận Huân chương Chiến công hạng Nhì\n\n"
                 "Sáng 5/9, Ban Chỉ huy Quân sự huyện Mê Linh tổ chức lễ đón nhận Huân chương Chiến công hạng Nhì.")
    assert [r for _f, r, _k, _c, _p in got] == ["LLVT huyện Mê Linh"]


def test_a_grade_in_digits_and_in_words_is_one_award():
    from pipeline.awards.forms import same_form
    from thidua.textnorm import fold
    assert same_form(fold("Huân chương Lao động hạng 3").lower(), fold("Huân chương Lao động hạng Ba").lower())
    assert not same_form(fold("Huân chương Lao động hạng Nhì").lower(), fold("Huân chương Lao động hạng Ba").lower())


def test_authority_after_passive_duoc_is_a_short_noun_phrase_and_keeps_dang_nha_nuoc():
    text = ("Huyện Kim Sơn đón nhận Huân chương\n\n"
            "Năm 2021, huyện Kim Sơn được Thủ tướng Chính phủ công nhận huyện đạt chuẩn nông thôn mới, sớm hơn kế hoạch "
            "hai năm và được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì.")
    got = {(f, r): c for f, r, _k, c, _p in awards(text)}
    assert got[("Huân chương Lao động hạng Nhì", "huyện Kim Sơn")] == "Chủ tịch nước"
    text = ("Hợp tác xã Tân Phú nhận Huân chương\n\n"
            "Hợp tác xã Tân Phú vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Ba.")
    got = {(f, r): c for f, r, _k, c, _p in awards(text)}
    assert got[("Huân chương Lao động hạng Ba", "Hợp tác xã Tân Phú")] == "Đảng, Nhà nước"
    text = ("Công đoàn ngành Y tế đón nhận Huân chương\n\n"
            "Thừa ủy nhiệm của Đảng, Nhà nước, Phó Chủ tịch UBND tỉnh, ông Lê Văn Bình đã trao Huân chương "
            "Lao động hạng Nhất cho Công đoàn ngành Y tế tỉnh.")
    got = {(f, r): c for f, r, _k, c, _p in awards(text)}
    assert got[("Huân chương Lao động hạng Nhất", "Công đoàn ngành Y tế tỉnh")] == "Đảng, Nhà nước"


def test_school_level_with_lowercase_syllables_stays_in_the_recipient_name():
    text = ("Lễ khai giảng năm học mới\n\n"
            "Tại buổi lễ, Thứ trưởng Bộ GD&ĐT trao Huân chương Lao động hạng Nhì cho tập thể Trường Phổ thông Dân tộc "
            "nội trú tỉnh Sơn La. Trước đó, Trường Trung học cơ sở Yên Hòa đã nhận Huân chương Lao động hạng Ba.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert ("Huân chương Lao động hạng Nhì", "Trường Phổ thông Dân tộc nội trú tỉnh Sơn La") in got
    assert ("Huân chương Lao động hạng Ba", "Trường Trung học cơ sở Yên Hòa") in got


def test_a_recipient_written_abbreviated_and_in_full_is_one_record_in_the_fuller_form():
    text = ("Liên đoàn Lao động tỉnh Hà Nam đón nhận Huân chương Lao động hạng Nhất\n\n"
            "Liên đoàn Lao động tỉnh Hà Nam vừa được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất. "
            "Thừa ủy quyền của Chủ tịch nước, ông Trần Văn Bình đã trao Huân chương Lao động hạng Nhất cho LĐLĐ tỉnh.")
    got = [r for f, r, _k, _c, _p in awards(text) if f == "Huân chương Lao động hạng Nhất"]
    assert got == ["Liên đoàn Lao động tỉnh Hà Nam"]
    text = ("Tổng kết phong trào phụ nữ\n\n"
            "Hội Liên hiệp Phụ nữ huyện Lý Nhân được UBND tỉnh tặng Cờ thi đua. Tại hội nghị, Phó Chủ tịch UBND tỉnh "
            "trao Cờ thi đua cho Hội LHPN huyện.")
    got = [r for f, r, _k, _c, _p in awards(text)]
    assert "Hội Liên hiệp Phụ nữ huyện Lý Nhân" in got and "Hội LHPN huyện" not in got


def test_counted_head_before_the_form_with_bare_places_after_gom():
    text = ("Bộ Y tế tặng Cờ thi đua\n\n"
            "Năm nay, 5 Sở Y tế được nhận Cờ thi đua của Bộ Y tế gồm: Nghệ An, Hà Tĩnh, Quảng Bình, Thanh Hóa và Lào Cai.")
    got = [r for f, r, _k, _c, _p in awards(text) if f == "Cờ thi đua"]
    assert got == ["Sở Y tế Nghệ An", "Sở Y tế Hà Tĩnh", "Sở Y tế Quảng Bình", "Sở Y tế Thanh Hóa", "Sở Y tế Lào Cai"]
    text = ("Biểu dương Công an các địa phương\n\n"
            "Công an tỉnh Nghệ An vinh dự là 1 trong 3 Công an tỉnh được tặng Bằng khen của Bộ Công an. "
            "Các Công an tỉnh đã được tặng Bằng khen của Bộ Công an gồm: Nghệ An, Gia Lai và Sóc Trăng.")
    got = [r for f, r, _k, _c, _p in awards(text) if f == "Bằng khen"]
    assert got == ["Công an tỉnh Nghệ An", "Công an tỉnh Gia Lai", "Công an tỉnh Sóc Trăng"]


def test_grades_written_after_one_order_go_to_the_recipients_in_turn():
    text = ("Trao Huân chương Lao động cho cán bộ y tế\n\n"
            "Nhân dịp này, Chủ tịch nước tặng Huân chương Lao động hạng Nhì, hạng Ba cho ông Nguyễn Văn Hải, Giám đốc "
            "Bệnh viện và bà Lê Thị Minh, nguyên Phó Giám đốc.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert got == {("Huân chương Lao động hạng Nhì", "Nguyễn Văn Hải"), ("Huân chương Lao động hạng Ba", "Lê Thị Minh")}
    text = ("Khen thưởng lực lượng công an\n\n"
            "Chủ tịch nước đã tặng Huân chương Chiến công hạng Nhất và hạng Nhì cho Công an huyện Đông Anh và "
            "Công an huyện Sóc Sơn.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert got == {("Huân chương Chiến công hạng Nhất", "Công an huyện Đông Anh"),
                   ("Huân chương Chiến công hạng Nhì", "Công an huyện Sóc Sơn")}


def test_one_head_written_for_several_unit_codes():
    text = ("Công an tỉnh Bình Phước đón nhận Huân chương Chiến công\n\n"
            "Các tập thể Phòng PC06, PA03 và PK02 đón nhận Huân chương Chiến công hạng Ba. "
            "Giám đốc Công an tỉnh trao Bằng khen cho 5 tập thể, gồm: Đội K12, K15, K20; Trung tá Lê Văn Hòa, Đội trưởng.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert {("Huân chương Chiến công hạng Ba", f"Phòng {c}") for c in ("PC06", "PA03", "PK02")} <= got
    assert {("Bằng khen", f"Đội {c}") for c in ("K12", "K15", "K20")} | {("Bằng khen", "Lê Văn Hòa")} <= got


def test_past_awards_listed_after_a_colon_for_whose_contributions_were_credited():
    text = ("Tổng công ty Sông Đà đón nhận Huân chương Lao động hạng Nhất\n\n"
            "Những đóng góp của Tổng công ty Sông Đà đã được Đảng, Nhà nước ghi nhận bằng nhiều phần thưởng cao quý: "
            "Huân chương Lao động hạng Ba (năm 1996); Huân chương Độc lập hạng Nhì (năm 2006); Huân chương Hồ Chí Minh "
            "(năm 2011).")
    got = {(f, r, c) for f, r, _k, c, _p in awards(text) if r == "Tổng công ty Sông Đà"}
    assert {("Huân chương Lao động hạng Ba", "Tổng công ty Sông Đà", "Đảng, Nhà nước"),
            ("Huân chương Độc lập hạng Nhì", "Tổng công ty Sông Đà", "Đảng, Nhà nước"),
            ("Huân chương Hồ Chí Minh", "Tổng công ty Sông Đà", "Đảng, Nhà nước")} <= got
    text = ("Hợp tác xã Thành Công nhận Cờ thi đua\n\n"
            "Thành tích của Hợp tác xã Thành Công cũng được UBND tỉnh khen thưởng nhiều lần: Bằng khen (năm 2015); "
            "Cờ thi đua (năm 2019).")
    got = {(f, r, c) for f, r, _k, c, _p in awards(text)}
    assert ("Bằng khen", "Hợp tác xã Thành Công", "UBND tỉnh") in got
    assert ("Cờ thi đua", "Hợp tác xã Thành Công", "UBND tỉnh") in got


def test_a_count_then_la_or_gom_names_the_bodies_it_counts_before_the_verb():
    text = ("Tổng kết năm học ngành giáo dục\n\n"
            "Dịp này, 3 tập thể là Trường THCS Hòa Bình (Tân Phú), Trường Tiểu học An Lạc (Bình Tân), Trường Mầm non "
            "Hoa Sen (Quận 3) và 21 cá nhân nhận Bằng khen của Bộ trưởng Bộ GD&ĐT.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert got == {("Bằng khen", n) for n in ("Trường THCS Hòa Bình", "Trường Tiểu học An Lạc", "Trường Mầm non Hoa Sen")}
    text = ("Khen thưởng các đơn vị\n\n"
            "Năm nay, ba đơn vị là Trường Tiểu học Tân Lập, Trạm Y tế xã Tân Lập và Hội Nông dân xã Tân Lập nhận "
            "Bằng khen của UBND tỉnh.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert got == {("Bằng khen", n) for n in ("Trường Tiểu học Tân Lập", "Trạm Y tế xã Tân Lập", "Hội Nông dân xã Tân Lập")}


def test_the_office_inside_a_deputys_title_does_not_confer():
    for deputy in ("Phó Thủ tướng Thường trực Chính phủ Lê Văn Thành", "Phó Chủ tịch Thường trực UBND tỉnh Đỗ Văn Hùng"):
        text = ("Trao Huân chương Lao động cho cán bộ y tế\n\n"
                f"Nhân dịp này, {deputy} đã trao tặng Huân chương Lao động hạng Ba cho ông Trần Văn Bình, "
                "Giám đốc Bệnh viện.")
        got = {(f, r): c for f, r, _k, c, _p in awards(text)}
        assert got == {("Huân chương Lao động hạng Ba", "Trần Văn Bình"): None}


def test_a_description_before_persons_joined_by_va_names_each_person():
    text = ("Hai vận động viên được tặng Huân chương Lao động\n\n"
            "Với thành tích xuất sắc tại giải vô địch châu Á, vận động viên Lê Quang Liêm và Nguyễn Ngọc Trường Sơn "
            "được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba.")
    got = {(f, r, c) for f, r, _k, c, _p in awards(text)}
    assert got == {("Huân chương Lao động hạng Ba", n, "Chủ tịch nước") for n in ("Lê Quang Liêm", "Nguyễn Ngọc Trường Sơn")}
    text = ("Khen thưởng người dân dũng cảm cứu người\n\n"
            "Anh dũng cứu người trong lũ, ông Hoàng Văn Nam và bà Đinh Thị Lan được UBND tỉnh tặng Bằng khen.")
    got = {(f, r) for f, r, _k, _c, _p in awards(text)}
    assert got == {("Bằng khen", "Hoàng Văn Nam"), ("Bằng khen", "Đinh Thị Lan")}


def test_a_delegation_listing_authorities_before_a_semicolon_and_a_short_presenter():
    text = ("Huyện Đăk Đoa tổng kết phong trào thi đua\n\n"
            "Dịp này, thừa ủy quyền của Chủ tịch nước, của Chủ tịch UBND tỉnh; lãnh đạo huyện Đăk Đoa đã trao danh hiệu "
            "“Bà mẹ Việt Nam Anh hùng” cho mẹ Lê Thị Hoa trú tại xã Glar.")
    got = {(f, r): c for f, r, _k, c, _p in awards(text)}
    assert got == {("danh hiệu Bà mẹ Việt Nam Anh hùng", "Lê Thị Hoa"): "Chủ tịch nước"}


def test_an_adverb_before_the_verb_is_no_part_of_the_authority():
    text = ("Phong tặng danh hiệu Anh hùng Lao động\n\n"
            "Cũng tại quyết định này, Chủ tịch nước còn phong tặng danh hiệu Anh hùng Lao động cho ba đơn vị: "
            "Công ty Cổ phần Thủy sản Minh Phú, Viện Lúa đồng bằng sông Cửu Long và Bệnh viện Chợ Rẫy.")
    got = {c for _f, _r, _k, c, _p in awards(text)}
    assert got == {"Chủ tịch nước"}


def test_an_address_after_each_listed_school_is_no_recipient():
    text = ("Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho 2 tập thể dẫn đầu phong trào thi đua năm học "
            "2023-2024. Hai tập thể nhận Cờ thi đua là: Trường Tiểu học Hòa Bình, huyện Kim Sơn, tỉnh Ninh Bình và "
            "Trường Mầm non Hoa Sen, thành phố Tam Điệp, tỉnh Ninh Bình.")
    got = {r for _f, r, _k, _c, _p in awards(text)}
    assert got == {"Trường Tiểu học Hòa Bình", "Trường Mầm non Hoa Sen"}
    assert not {u.name for u in extract(text).units} & {"huyện Kim Sơn", "thành phố Tam Điệp"}


def test_a_district_after_the_last_coordinated_commune_locates_both():
    text = "UBND tỉnh tặng Bằng khen cho xã Yên Lợi và xã Yên Tân, huyện Ý Yên vì có thành tích xuất sắc."
    got = {r for _f, r, _k, _c, _p in awards(text)}
    assert got == {"xã Yên Lợi", "xã Yên Tân"}


def test_the_states_authority_before_a_recognition_never_receives_the_order():
    text = ("Sáng 12/9, tại thị xã Nghi Sơn, UBND tỉnh tổ chức lễ công bố quyết định của Thủ tướng Chính phủ công nhận "
            "thị xã Nghi Sơn hoàn thành nhiệm vụ xây dựng nông thôn mới, đón nhận Huân chương Lao động hạng Ba của "
            "Chủ tịch nước.")
    assert all(not r.startswith(("Chính phủ", "Thủ tướng")) for _f, r, _k, _c, _p in awards(text))


def test_nha_truong_receiving_stands_for_the_school_named_before():
    text = ("Trường THPT Chuyên Lương Văn Tụy được thành lập năm 1959. Ghi nhận những thành tích đã đạt được, "
            "nhà trường đã được trao tặng Huân chương Lao động hạng Ba năm 2001, Cờ thi đua của Thủ tướng Chính phủ năm 2012.")
    assert set(awards(text)) == {
        ("Huân chương Lao động hạng Ba", "Trường THPT Chuyên Lương Văn Tụy", "collective", None, None),
        ("Cờ thi đua", "Trường THPT Chuyên Lương Văn Tụy", "collective", "Thủ tướng Chính phủ", "năm 2012")}


def test_a_bare_lowercase_truong_after_an_opening_phrase_stands_for_the_school_too():
    text = ("Trường Cao đẳng Y tế Hòa An nhận Huân chương Lao động hạng Ba của Chủ tịch nước. "
            "Cũng tại buổi lễ, trường được nhận Bằng khen của Bộ Y tế.")
    assert ("Bằng khen", "Trường Cao đẳng Y tế Hòa An", "collective", "Bộ Y tế", None) in set(awards(text))
    market = ("Trường Đại học Hòa An vinh dự đón nhận Huân chương Lao động hạng Ba. "
              "Nhờ vậy, thị trường cũng đón nhận Bằng khen của Bộ Công Thương.")
    assert not [a for a in awards(market) if a[0] == "Bằng khen"]


def test_the_staff_of_a_company_written_before_cong_ty_stand_for_the_company_named_before():
    text = ("Công ty cổ phần Gạch men Thanh Sơn hoạt động từ năm 2001. Sau hai năm liền vượt kế hoạch, ngày 3/9, "
            "cán bộ, người lao động Công ty được Chủ tịch nước tặng Huân chương Lao động hạng Ba.")
    assert set(awards(text)) == {("Huân chương Lao động hạng Ba", "Công ty cổ phần Gạch men Thanh Sơn", "collective",
                                  "Chủ tịch nước", None)}


def test_bodies_named_then_counted_each_receive():
    text = "Năm nay, Sở Tư pháp và Công an tỉnh là 2 đơn vị tiêu biểu được UBND tỉnh tặng Cờ thi đua."
    assert {(a[1], a[3]) for a in awards(text)} == {("Sở Tư pháp", "UBND tỉnh"), ("Công an tỉnh", "UBND tỉnh")}


def test_don_vi_opening_the_sentence_receives_what_its_later_clause_tells_and_a_second_authority_gives_to_it_too():
    text = ("Bệnh viện Sản Nhi tỉnh Hà Nam được xem là lá cờ đầu của ngành Y tế. Đơn vị liên tục hoàn thành xuất sắc "
            "nhiệm vụ, trong đó vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba và Bộ Y tế tặng Bằng khen.")
    assert set(awards(text)) == {
        ("Huân chương Lao động hạng Ba", "Bệnh viện Sản Nhi tỉnh Hà Nam", "collective", "Chủ tịch nước", None),
        ("Bằng khen", "Bệnh viện Sản Nhi tỉnh Hà Nam", "collective", "Bộ Y tế", None)}


def test_a_back_reference_with_no_body_of_its_kind_before_it_names_no_one():
    text = "Sở Y tế tổ chức hội nghị tổng kết. Năm 2023, nhà trường được tặng Bằng khen của UBND tỉnh."
    assert all(not r.startswith("Sở Y tế") for _f, r, _k, _c, _p in awards(text))


def test_persons_listed_after_cho_cac_ong_with_their_titles_are_the_recipients_not_their_titles():
    text = ("Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho các ông: Trần Văn Hòa, Ủy viên Trung ương Đảng, "
            "nguyên Bí thư Tỉnh ủy Bạc Liêu; ông Lê Minh Tâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bạc Liêu.")
    assert {r for _f, r, _k, _c, _p in awards(text)} == {"Trần Văn Hòa", "Lê Minh Tâm"}


def test_the_staff_of_a_body_is_one_collective_and_the_people_of_each_listed_place_one_each():
    text = ("Phó Chủ tịch nước trao Huân chương Lao động hạng Ba tặng cán bộ, công chức Thanh tra tỉnh Nam Định. "
            "Nổi bật có cán bộ và nhân dân xã Yên Lợi, xã Yên Tân được nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert {(f, r) for f, r, _k, _c, _p in awards(text)} == {
        ("Huân chương Lao động hạng Ba", "cán bộ, công chức Thanh tra tỉnh Nam Định"),
        ("Bằng khen", "cán bộ và nhân dân xã Yên Lợi"), ("Bằng khen", "cán bộ và nhân dân xã Yên Tân")}


def test_a_counted_list_right_after_the_form_without_cho_names_the_recipients():
    text = ("Chủ tịch UBND tỉnh Kiên Giang tặng bằng khen 3 tập thể, gồm: Phòng Cảnh sát hình sự; "
            "Công an huyện Phú Quốc; Đồn Biên phòng Hà Tiên và 5 cá nhân.")
    assert {r for _f, r, _k, _c, _p in awards(text)} == {"Phòng Cảnh sát hình sự", "Công an huyện Phú Quốc",
                                                        "Đồn Biên phòng Hà Tiên"}


def test_the_next_sentences_counted_list_with_what_they_achieved_names_the_decisions_recipients():
    text = ("Chủ tịch UBND tỉnh vừa ký Quyết định tặng Bằng khen cho các tập thể có thành tích xuất sắc năm học "
            "2023 - 2024. Theo đó, có 3 tập thể có thành tích xuất sắc trong phong trào thi đua năm học 2023 - 2024 "
            "gồm: Trường Mầm non Hoa Mai; Trường Tiểu học Kim Đồng, huyện Chợ Đồn; Trường THCS Lê Lợi.")
    got = awards(text)
    assert {r for _f, r, _k, _c, _p in got} == {"Trường Mầm non Hoa Mai", "Trường Tiểu học Kim Đồng", "Trường THCS Lê Lợi"}
    assert {c for _f, _r, _k, c, _p in got} == {"Chủ tịch UBND tỉnh"}


def test_where_a_named_person_lives_is_no_recipient_and_no_unit():
    text = ("Nông dân Lê Văn Hùng ở xã Yên Phong, huyện Ý Yên, Nam Định vinh dự được tặng thưởng Huân chương Lao động "
            "hạng Ba. Dịp này, ông Trần Văn Bình ở thôn Đông, xã Yên Tiến, Ý Yên được tặng bằng khen của Thủ tướng "
            "Chính phủ. Các nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú gồm: Vũ Văn An ở phường rối nước xã "
            "Hồng Phong; Phạm Văn Lộc, Đinh Văn Toàn ở phường rối nước xã Nam Chính (Nam Sách).")
    result = extract(text)
    assert {a.recipient for a in result.awards} == {"Lê Văn Hùng", "Trần Văn Bình", "Vũ Văn An", "Phạm Văn Lộc",
                                                    "Đinh Văn Toàn"}
    assert not {u.name for u in result.units} & {"xã Yên Phong", "huyện Ý Yên", "xã Yên Tiến", "xã Hồng Phong", "xã Nam Chính"}


def test_a_person_living_somewhere_keeps_the_count_after_her_out_of_her_award():
    text = ("Trong số này, tỉnh Hưng Yên có 1 nghệ nhân được phong tặng danh hiệu “Nghệ nhân Nhân dân” là bà Đỗ Thị "
            "Lan ở xã Trung Nghĩa (thành phố Hưng Yên) và 16 cá nhân được phong tặng danh hiệu “Nghệ nhân ưu tú”.")
    assert [(f, r) for f, r, _k, _c, _p in awards(text)] == [("danh hiệu Nghệ nhân Nhân dân", "Đỗ Thị Lan")]


def test_ghi_nhan_is_no_receiving_verb_and_a_second_passive_conferral_shares_the_subject_but_a_count_does_not():
    text = ("Ghi nhận thành tích đó, Công an tỉnh Ninh Bình đã được Chủ tịch nước tặng thưởng Huân chương Độc lập hạng "
            "Ba, 5 năm liền được Bộ Công an tặng Cờ thi đua xuất sắc; 2 đơn vị được Chủ tịch nước tặng danh hiệu Anh "
            "hùng lực lượng vũ trang nhân dân.")
    assert [(f, r, c) for f, r, _k, c, _p in awards(text)] == [
        ("Huân chương Độc lập hạng Ba", "Công an tỉnh Ninh Bình", "Chủ tịch nước"),
        ("Cờ thi đua xuất sắc", "Công an tỉnh Ninh Bình", "Bộ Công an")]


def test_a_quoted_badge_is_a_form_and_its_ceremony_relevant_and_residences_are_cut_from_each_person():
    text = ("Trao huy hiệu “Tuổi trẻ dũng cảm” cho 3 thanh niên cứu người đuối nước\nSáng 2/5, thừa ủy quyền của Ban "
            "Chấp hành Trung ương Đoàn, Tỉnh đoàn Nam Định đã trao tặng huy hiệu “Tuổi trẻ dũng cảm” cho 3 đoàn viên. "
            "Đó là anh Trần Văn Hải ở xã Hải Hà (Hải Hậu); anh Nguyễn Văn Tân và Nguyễn Văn Hòa, cùng trú xã Nghĩa Lạc.")
    result = extract(text)
    assert result.relevant
    assert {(a.form, a.recipient) for a in result.awards} == {
        ("huy hiệu Tuổi trẻ dũng cảm", n) for n in ("Trần Văn Hải", "Nguyễn Văn Tân", "Nguyễn Văn Hòa")}


def test_each_mother_keeps_her_own_residence_out_of_the_list():
    text = ("Chủ tịch nước truy tặng danh hiệu vinh dự nhà nước “Bà mẹ Việt Nam anh hùng” đối với bà Lâm Thị Hoa, ngụ xã "
            "Yên Lộc, huyện Ý Yên và bà Mai Thị Lành, ngụ xã Hải Anh, huyện Hải Hậu.")
    assert {r for _f, r, _k, _c, _p in awards(text)} == {"Lâm Thị Hoa", "Mai Thị Lành"}


def test_armed_forces_units_end_in_their_number_and_their_higher_echelons_are_no_recipients():
    text = ("Chủ tịch nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho các tập thể gồm: Lữ đoàn Trinh "
            "sát Đặc nhiệm 75, Tổng cục II; Lữ đoàn Tăng thiết giáp 206, Quân khu 4; Trung đoàn Tên lửa 257, Sư đoàn "
            "Phòng không 361, Quân chủng Phòng không - Không quân; Binh chủng Hóa học.")
    assert [r for _f, r, _k, _c, _p in awards(text)] == ["Lữ đoàn Trinh sát Đặc nhiệm 75", "Lữ đoàn Tăng thiết giáp 206",
                                                         "Trung đoàn Tên lửa 257", "Binh chủng Hóa học"]


def test_grades_written_after_one_hang_go_to_the_one_recipient_each_and_bare_truong_is_the_school():
    text = ("Trường THCS Nguyễn Hiền được thành lập năm 1990. Trường cũng đã vinh dự được Chủ tịch nước tặng thưởng "
            "Huân chương Lao động hạng Nhất, Nhì, Ba.")
    assert [(f, r) for f, r, _k, _c, _p in awards(text)] == [
        (f"Huân chương Lao động hạng {g}", "Trường THCS Nguyễn Hiền") for g in ("Nhất", "Nhì", "Ba")]
    # a place named Ba … is no grade
    got = awards("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho quận Hoàn Kiếm, Ba Đình.")
    assert {f for f, *_ in got} == {"Huân chương Lao động hạng Nhì"}


def test_two_forms_each_of_its_authority_to_one_person_after_doi_voi_with_sy_spelled_ranks():
    text = ("Ngày 6/3, Công an tỉnh Nam Định tổ chức Lễ truy tặng Huân chương Bảo vệ Tổ quốc hạng Nhì của Chủ tịch nước "
            "và Huy hiệu Tuổi trẻ dũng cảm của Ban Chấp hành Trung ương Đoàn đối với Thượng sỹ Trần Minh Nhật, chiến sỹ "
            "Cảnh sát Cơ động.")
    assert [(f, r, c) for f, r, _k, c, _p in awards(text)] == [
        ("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Trần Minh Nhật", "Chủ tịch nước"),
        ("Huy hiệu Tuổi trẻ dũng cảm", "Trần Minh Nhật", "Ban Chấp hành Trung ương Đoàn")]


def test_a_former_post_and_workplace_after_a_listed_person_are_hers():
    text = ("Chủ tịch nước phong tặng danh hiệu Nhà giáo ưu tú cho: bà Bùi Thị Quế, Hiệu trưởng, trường Tiểu học Thị "
            "trấn, huyện Mường Tè; bà Hồ Thị Tươi, nguyên Hiệu trưởng, Trường Tiểu học số 2 Thị trấn, huyện Mường Tè.")
    assert {r for _f, r, _k, _c, _p in awards(text)} == {"Bùi Thị Quế", "Hồ Thị Tươi"}


def test_persons_listed_after_what_they_do_and_a_long_counted_description_are_the_recipients():
    text = ("Theo đó, tặng Bằng khen của Chủ tịch UBND tỉnh kèm theo Giấy chứng nhận cho 4 văn nghệ sĩ đã có nhiều đóng "
            "góp vào sự nghiệp phát triển văn học nghệ thuật tỉnh giai đoạn 1975-2010, gồm: Đạo diễn điện ảnh, NSND "
            "Trần Văn Thủy; Kiến trúc sư, Tiến sĩ Hoàng Văn Kính; Nhạc sĩ Tôn Thất Lập; Nhà nghiên cứu văn hóa Cao Huy Bình.")
    got = awards(text)
    assert [r for _f, r, _k, _c, _p in got] == ["Trần Văn Thủy", "Hoàng Văn Kính", "Tôn Thất Lập", "Cao Huy Bình"]
    assert {c for _f, _r, _k, c, _p in got} == {"Chủ tịch UBND tỉnh"}


def test_a_place_handed_its_award_through_its_leaders_and_a_count_whose_reason_follows_a_semicolon():
    text = "Phó Thủ tướng trao Cờ thi đua của Thủ tướng Chính phủ cho lãnh đạo tỉnh Hà Nam."
    assert [(f, r) for f, r, *_ in awards(text)] == [("Cờ thi đua", "tỉnh Hà Nam")]
    assert awards("Bộ trưởng trao Bằng khen cho lãnh đạo Bộ Tư pháp và các cá nhân.") == []
    text = ("UBND tỉnh có Quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể và 01 cá nhân; đã có thành "
            "tích xuất sắc trong công tác bảo tồn di sản, cụ thể:\n1. Ban Quản lý Di tích Cổ Loa;\n2. Ông Phan Văn Hộ, "
            "nguyên Giám đốc Ban Quản lý.")
    assert [r for _f, r, *_ in awards(text)] == ["Ban Quản lý Di tích Cổ Loa", "Phan Văn Hộ"]


def test_a_kind_of_body_written_once_before_its_names_and_flag_and_hero_forms_and_a_decisions_subject():
    text = ("10 bệnh viện nhận bằng khen của Thủ tướng\nĐó là các bệnh viện: Bạch Mai, Nhi đồng I (TP.HCM), Đa khoa Phú "
            "Phong (Bình Định)... Ông Lê Năm phát biểu.")
    assert [r for _f, r, *_ in awards(text)] == ["Bệnh viện Bạch Mai", "Bệnh viện Nhi đồng I", "Bệnh viện Đa khoa Phú Phong"]
    text = "Khối thi đua tổng kết công tác thi đua.\nNăm 2020, UBND tỉnh tặng cờ xuất sắc dẫn đầu khối cho Hội Nông dân tỉnh."
    assert [(f, r, c) for f, r, _k, c, _p in awards(text)] == [("cờ xuất sắc dẫn đầu khối", "Hội Nông dân tỉnh", "UBND tỉnh")]
    text = "Lực lượng TNXP Nghệ An vinh dự được đón nhận danh hiệu Anh hùng LLVT của Chủ tịch nước phong tặng."
    assert [f for f, *_ in awards(text)] == ["danh hiệu Anh hùng LLVT"]
    text = ("Chủ tịch UBND tỉnh trao Quyết định 2862/QĐ-CTN của Chủ tịch nước về việc tặng thưởng Huân chương Chiến công "
            "hạng Ba cho Bộ Chỉ huy Bộ đội Biên phòng tỉnh.")
    assert [c for _f, _r, _k, c, _p in awards(text)] == ["Chủ tịch nước"]


def test_counted_places_sharing_a_head_before_a_colon_and_the_remaining_ones_listed_after():
    text = ("Chủ tịch UBND tỉnh vừa ký quyết định tặng bằng khen cho 12 tập thể và 21 cá nhân. Đáng chú ý, trong danh "
            "sách 12 tập thể được khen thưởng lần này có UBND 3 phường thuộc thị xã Hoài Nhơn (cũ): Hoài Nhơn, Hoài "
            "Nhơn Nam, Tam Quan.\n\nCác tập thể còn lại là: Văn phòng UBND tỉnh, Sở Y tế, UBND các xã Đề Gi, Canh Vinh.")
    assert [r for _f, r, *_ in awards(text)] == [
        "UBND phường Hoài Nhơn", "UBND phường Hoài Nhơn Nam", "UBND phường Tam Quan", "Văn phòng UBND tỉnh", "Sở Y tế",
        "UBND xã Đề Gi", "UBND xã Canh Vinh"]


def test_counted_brackets_before_the_verb_a_body_by_its_own_name_and_a_list_of_units_and_places():
    text = ("Trong đó tỉnh Đồng Nai có 02 tập thể (HTX Long Thành Phát, Công ty Sông Mây) và 01 cá nhân (Nông dân Nguyễn "
            "Thị Mai huyện Định Quán) được trao tặng Bằng khen của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.")
    assert [r for _f, r, *_ in awards(text)] == ["HTX Long Thành Phát", "Công ty Sông Mây", "Nguyễn Thị Mai"]
    text = "Thi đua khen thưởng năm 2021.\nVN Đà Thành Group là đơn vị được vinh dự tặng thưởng Cờ thi đua xuất sắc."
    assert [r for _f, r, *_ in awards(text)] == ["VN Đà Thành Group"]
    text = ("Chủ tịch nước phong tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân cho 3 đơn vị, địa phương. Các đơn vị, "
            "địa phương này gồm: Nhân dân và LLVT nhân dân huyện Chợ Lách (Bến Tre), Trường Quân chính (QK3), Cục Quân y.")
    assert [r for _f, r, *_ in awards(text)] == ["Nhân dân và LLVT nhân dân huyện Chợ Lách", "Trường Quân chính", "Cục Quân y"]


def test_a_counted_group_opening_its_sentence_names_no_one_and_tp_is_thanh_pho():
    text = ("Tại buổi lễ, Công an thành phố Hà Nội vinh dự đón nhận Huân chương Chiến công hạng Nhất. Hai tập thể và 9 cá "
            "nhân thuộc Công an thành phố Hà Nội được tặng thưởng Huân chương Chiến công hạng Nhì và hạng Ba. Công an TP "
            "Hà Nội vinh dự đón nhận Huân chương Chiến công hạng Nhất.")
    assert [(f, r) for f, r, *_ in awards(text)] == [("Huân chương Chiến công hạng Nhất", "Công an thành phố Hà Nội")]


def test_a_person_called_by_the_given_name_is_the_one_named_in_full_before_and_numbered_items_drop_their_parent():
    text = ("Tỉnh Đoàn biểu dương hành động dũng cảm của hai thanh niên Nguyễn Minh Trí (SN 1998) và Trần Kim Hiếu (SN "
            "1990). Tối qua, thừa ủy quyền của Chủ tịch UBND tỉnh, bà Nguyễn Thị Hường đã trao Bằng khen đột xuất của "
            "Chủ tịch UBND tỉnh cho anh Hiếu và anh Trí.")
    assert [r for _f, r, *_ in awards(text)] == ["Trần Kim Hiếu", "Nguyễn Minh Trí"]
    text = ("Điều 1. Tặng thưởng Bằng khen của Thủ tướng Chính phủ cho:\n1. Công ty Vận tải Biển Đông, Tổng Công ty Hàng "
            "hải Việt Nam;\n2. Công ty Cổ phần Vận tải Biển Bắc, Tổng Công ty Hàng hải Việt Nam,\nĐã hoàn thành xuất sắc "
            "nhiệm vụ năm 2007.")
    assert [r for _f, r, *_ in awards(text)] == ["Công ty Vận tải Biển Đông", "Công ty Cổ phần Vận tải Biển Bắc"]


def test_a_list_of_those_commended_in_a_later_paragraph_receives_the_counted_conferral():
    text = ("Sáng 5/11, UBND huyện tổ chức lễ trao Bằng khen của Chủ tịch UBND huyện cho 3 tập thể có thành tích "
            "xuất sắc.\n\nChủ tịch UBND huyện trao Bằng khen cho các tập thể\n\n"
            "Danh sách được khen thưởng gồm: Công an xã Yên Bình; Trường THCS Yên Bình; Trạm Y tế xã Yên Lợi.")
    got = {(a.form, a.recipient) for a in extract(text).awards}
    assert got == {("Bằng khen", "Công an xã Yên Bình"), ("Bằng khen", "Trường THCS Yên Bình"),
                   ("Bằng khen", "Trạm Y tế xã Yên Lợi")}


def test_each_collective_listed_after_for_each_receives_the_form():
    text = ("Chủ tịch UBND tỉnh tặng Bằng khen cho mỗi tập thể, gồm: Thanh tra Sở Tài chính; "
            "Chi cục Thuế khu vực 2 đã có thành tích xuất sắc trong năm 2024.")
    got = {(a.form, a.recipient) for a in extract(text).awards}
    assert got == {("Bằng khen", "Thanh tra Sở Tài chính"), ("Bằng khen", "Chi cục Thuế khu vực 2")}


def test_a_comrade_abbreviated_d_c_is_a_person_and_the_evidence_quotes_the_text_as_written():
    text = "Đ/c Nguyễn Văn An, Giám đốc Sở Tài chính được tặng Bằng khen của Thủ tướng Chính phủ."
    awards = extract(text).awards
    assert [(a.recipient, a.recipient_kind) for a in awards] == [("Nguyễn Văn An", "individual")]
    ev = awards[0].evidence[0]
    assert ev.sentence.startswith("Đ/c Nguyễn Văn An") and text[ev.start:ev.end] == ev.sentence
    listed = extract("UBND tỉnh trao Bằng khen cho đ/c Nguyễn Văn An, Giám đốc Sở Tài chính và "
                     "đ/c Lê Thị Bình, Phó Giám đốc Sở Nội vụ.").awards
    assert {a.recipient for a in listed} == {"Nguyễn Văn An", "Lê Thị Bình"}


def test_listed_items_keep_the_person_or_team_and_drop_the_posts_and_parents_after_it():
    text = ("Thừa ủy quyền của Chủ tịch nước, Thứ trưởng Bộ Quốc phòng đã trao danh hiệu Anh hùng Lực lượng vũ trang "
            "nhân dân cho các đồng chí: Trung tướng Nguyễn Văn Hòa, nguyên Chính trị viên Tiểu đoàn 8, Trung đoàn 3, "
            "Sư đoàn 9; Thiếu tướng Lê Văn Tâm, nguyên Tham mưu trưởng Quân khu 7.")
    got = {(a.recipient, a.recipient_kind) for a in extract(text).awards}
    assert got == {("Nguyễn Văn Hòa", "individual"), ("Lê Văn Tâm", "individual")}
    police = ("Chủ tịch UBND thành phố tặng Bằng khen cho 3 tập thể. Các tập thể được khen thưởng gồm: "
              "Đội Điều tra trọng án, Phòng Cảnh sát hình sự, Công an Thành phố; Công an phường Quang Trung; "
              "Công an huyện Gia Lâm.")
    assert {a.recipient for a in extract(police).awards} == {
        "Đội Điều tra trọng án", "Công an phường Quang Trung", "Công an huyện Gia Lâm"}
    # two persons in one item are both recipients
    two = ("Ba đoàn viên được nhận Bằng khen của Trung ương Đoàn gồm: anh Lê Minh Hải, Bí thư Chi đoàn Trường THCS A; "
           "anh Lê Quốc Bảo, Bí thư Đoàn trường THPT B và chị Trần Thị Hoa, Bí thư Đoàn phường C.")
    assert {a.recipient for a in extract(two).awards} == {"Lê Minh Hải", "Lê Quốc Bảo", "Trần Thị Hoa"}


def test_mothers_listed_after_an_order_is_named_receive_the_mothers_title():
    text = ("Ngày 27/7, UBND huyện tổ chức lễ truy tặng danh hiệu vinh dự nhà nước “Bà mẹ Việt Nam anh hùng” và "
            "tặng thưởng Huân chương Độc lập. Đợt này, huyện có 2 mẹ được truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng”; "
            "đồng thời, có 1 gia đình được tặng Huân chương Độc lập. "
            "2 mẹ được truy tặng là các mẹ Lê Thị Na (xã A) và Phạm Thị Tư (xã B).")
    got = {a.recipient: a.form for a in extract(text).awards}
    assert set(got) == {"Lê Thị Na", "Phạm Thị Tư"}
    assert all("Bà mẹ Việt Nam anh hùng" in form for form in got.values()), got


def test_the_conferrer_ends_before_the_occasion_or_the_reason():
    occasion = "Trường THPT Lê Lợi vinh dự đón nhận Cờ thi đua của Chính phủ đúng dịp kỷ niệm 40 năm ngày thành lập."
    assert [a.conferrer for a in extract(occasion).awards] == ["Chính phủ"]
    reason = "Ông Lê Văn Nam được nhận Bằng khen của Chủ tịch UBND tỉnh vì đã có thành tích cứu người."
    assert [a.conferrer for a in extract(reason).awards] == ["Chủ tịch UBND tỉnh"]


def test_a_hero_title_written_with_a_capital_d_and_a_dotted_central_conferrer():
    hero = "Chủ tịch nước trao danh hiệu Anh hùng Lao Động cho Tổng công ty Điện lực miền Bắc."
    assert [(a.form, a.recipient) for a in extract(hero).awards] == [
        ("danh hiệu Anh hùng Lao Động", "Tổng công ty Điện lực miền Bắc")]
    central = "Phó Bí thư Tỉnh đoàn trao bằng khen của T.Ư Đoàn cho Huyện đoàn Yên Thành vì có thành tích xuất sắc."
    assert [a.conferrer for a in extract(central).awards] == ["T.Ư Đoàn"]


def test_a_presenter_named_after_a_broken_title_is_no_conferrer():
    text = ("Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo Trung ương Nguyễn Văn Nghĩa trao tặng Huân chương Độc lập "
            "hạng Ba cho Đảng bộ, chính quyền và Nhân dân tỉnh Phú Yên.")
    assert [(a.recipient, a.conferrer) for a in extract(text).awards] == [
        ("Đảng bộ, chính quyền và Nhân dân tỉnh Phú Yên", None)]


def test_an_authority_named_trung_uong_doan_keeps_its_central_level():
    text = ("Trao Huy hiệu Tuổi trẻ dũng cảm cho học sinh cứu bạn\n\nSáng 4/6, thừa ủy quyền của Trung ương Đoàn Thanh niên cộng sản "
            "Hồ Chí Minh, Bí thư Tỉnh Đoàn Trần Văn Long đã trao Huy hiệu Tuổi trẻ dũng cảm cho em Đỗ Minh Khôi, "
            "học sinh Trường THCS Hải Phong.")
    got = {(a.recipient, a.conferrer) for a in extract(text).awards}
    assert ("Đỗ Minh Khôi", "Trung ương Đoàn Thanh niên cộng sản Hồ Chí Minh") in got, got


def test_a_birth_year_is_no_period():
    text = ("Nghệ nhân được phong tặng danh hiệu “Nghệ nhân Nhân dân” là bà Đỗ Thị Lan (sinh năm 1968, trú tại "
            "xã Trung Nghĩa). Ông Lê Văn Nam được tặng Bằng khen vì thành tích năm 2023.")
    got = {a.recipient: a.period for a in extract(text).awards}
    assert got == {"Đỗ Thị Lan": None, "Lê Văn Nam": "năm 2023"}


def test_do_la_cac_teachers_list_after_a_counted_conferral_each_a_bare_name_then_a_workplace():
    text = ("Tuyên dương nhà giáo tiêu biểu\n\nChiều 20/11, Bộ Giáo dục và Đào tạo gặp mặt 50 nhà giáo tiêu biểu. "
            "50 thầy, cô giáo nhận Bằng khen của Bộ trưởng Bộ GD&ĐT.\n\nĐó là các thầy, cô giáo: Hoàng Văn Tâm, "
            "Trường Tiểu học Pù Nhi; Lò Thị Xuân, bản Cò Lả, xã Trung Lý; Vi Văn Đạt, Trường THCS Tam Chung.")
    got = awards(text)
    assert {(f, r) for f, r, *_ in got} == {("Bằng khen", "Hoàng Văn Tâm"), ("Bằng khen", "Lò Thị Xuân"),
                                           ("Bằng khen", "Vi Văn Đạt")}, got
    assert all(k == "individual" and c == "Bộ trưởng Bộ GD&ĐT" for _f, _r, k, c, _p in got)
    # two bare names before one address are two persons
    pair = ("Phong tặng nghệ nhân\n\n3 nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú gồm: Vũ Văn Lộc ở xã "
            "An Bình; Đỗ Văn Hạnh, Lương Văn Tiến ở xã Tân Phong.")
    assert {r for _f, r, *_ in awards(pair)} == {"Vũ Văn Lộc", "Đỗ Văn Hạnh", "Lương Văn Tiến"}


def test_a_person_with_posts_between_dashes_is_the_subject_not_the_body_in_the_posts():
    text = ("Anh hùng Lao động\n\nDù đã 80 tuổi, ông Lê Văn Minh – Giám đốc Công ty Cơ khí Sông Đà (Lào Cai) – vẫn ngày "
            "ngày sáng chế máy móc và vừa được Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động.")
    assert [(r, k, c) for _f, r, k, c, _p in awards(text)] == [("Lê Văn Minh", "individual", "Chủ tịch nước")]


def test_the_host_of_an_anniversary_receives_not_the_bodies_whose_founding_is_marked():
    text = ("Đón nhận Huân chương\n\nSáng 14/10, Công an tỉnh Hà Giang tổ chức lễ kỷ niệm 70 năm thành lập Công an tỉnh "
            "và Chi bộ đầu tiên của Đảng bộ Công an tỉnh (12/8/1947 – 12/8/2017), đón nhận Huân chương Bảo vệ Tổ quốc "
            "hạng Ba.")
    assert [r for _f, r, *_ in awards(text)] == ["Công an tỉnh Hà Giang"]
    # a place's own organs host for the place whose founding is marked: the place receives
    town = ("Đón nhận Huân chương\n\nTối 9-3, Thành ủy, UBND TP. Long Xuyên tổ chức lễ mừng 25 năm thành lập TP. Long "
            "Xuyên (1999 - 2024) và đón nhận Huân chương Lao động hạng Nhì.")
    assert [r for _f, r, *_ in awards(town)] == ["TP. Long Xuyên"]


def test_the_one_who_hands_over_this_award_does_not_receive_it():
    text = ("Đón nhận Huân chương\n\nSáng 5-2, nhân dân và cán bộ xã Tân Lập đón nhận Huân chương Lao động hạng Ba. "
            "Thay mặt lãnh đạo Đảng, Nhà nước, Bí thư Tỉnh ủy Hoàng Văn Nam trao phần thưởng cao quý này tặng cấp ủy, "
            "chính quyền và nhân dân xã.")
    got = [r for _f, r, *_ in awards(text)]
    assert "Hoàng Văn Nam" not in got and got, got


def test_counted_farmers_teachers_and_places_named_after_gom():
    farmers = ("Khen thưởng người dân bắt cướp\n\nCông an huyện vừa trao giấy khen của Giám đốc Công an tỉnh cho 3 nông "
               "dân vì đã dũng cảm bắt cướp.\n\nBa nông dân được khen thưởng gồm: ông Lâm Văn Cường (46 tuổi); Tạ Minh "
               "Hải (37 tuổi) và Quách Văn Lộc (35 tuổi), cùng ngụ xã Tân Hòa.")
    assert {r for _f, r, *_ in awards(farmers)} == {"Lâm Văn Cường", "Tạ Minh Hải", "Quách Văn Lộc"}
    teachers = ("Tuyên dương giáo viên\n\nBộ trưởng tặng bằng khen cho 100 nhà giáo tiêu biểu. Tỉnh có 2 giáo viên được "
                "tặng bằng khen dịp này.\n2 giáo viên gồm cô giáo Vũ Thị Hạnh, Trường Mầm non Hoa Sen, huyện Kỳ Anh; thầy "
                "giáo Lò Văn Pấng, Trường THCS Chiềng Sơn, huyện Mộc Châu.")
    assert {r for _f, r, *_ in awards(teachers)} == {"Vũ Thị Hạnh", "Lò Văn Pấng"}
    places = ("Tổng kết nông thôn mới\n\nThủ tướng trao Huân chương Lao động hạng Nhì cho 4 địa phương gồm: Hải Dương, "
              "TPHCM, Lâm Đồng và Bến Tre.")
    assert [r for _f, r, *_ in awards(places)] == ["Hải Dương", "TPHCM", "Lâm Đồng", "Bến Tre"]


def test_a_bracket_after_a_listed_person_and_what_the_authority_did_before_giving():
    text = ("Khen thưởng người dân\n\nPhó Chủ tịch UBND thành phố đã trao Bằng khen của Chủ tịch UBND thành phố cho các "
            "anh Đỗ Văn Lâm (phóng viên báo Văn hóa và Xã hội), Ngô Văn Tài và Lý Văn Hòa vì đã dũng cảm bắt cướp.")
    assert {r for _f, r, *_ in awards(text)} == {"Đỗ Văn Lâm", "Ngô Văn Tài", "Lý Văn Hòa"}
    assert passive_conferrer("việc làm của anh Phan Văn Tú đã được T.Ư Đoàn ghi nhận và trao tặng") == "T.Ư Đoàn"


def test_a_department_receives_and_the_school_not_the_person_it_is_named_after():
    dept = "Khoa Ngữ văn vinh dự đón nhận Huân chương Lao động hạng Ba\n\nSáng 5/9, Khoa Ngữ văn tổ chức lễ kỷ niệm."
    assert [r for _f, r, *_ in awards(dept)] == ["Khoa Ngữ văn"]
    school = ("Trường đón nhận Huân chương\n\nSáng 5-9, Trường Tiểu học Nguyễn Du (quận 3), ngôi trường mang tên đại thi "
              "hào Nguyễn Du vinh dự đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước trao tặng.")
    assert [r for _f, r, *_ in awards(school)] == ["Trường Tiểu học Nguyễn Du"]


def test_a_list_after_do_x_ky_tang_gom_and_titled_persons_joined_by_va():
    text = ("Trao danh hiệu Nhà giáo ưu tú\n\nTrong đợt này, tỉnh có 3 nhà giáo đạt danh hiệu “Nhà giáo ưu tú” do Chủ "
            "tịch nước ký tặng, gồm: bà Đinh Thị Mơ, Hiệu trưởng Trường Tiểu học An Lạc; bà Hồ Thị Lài, nguyên Giám "
            "đốc Trung tâm Giáo dục thường xuyên và ông Lưu Văn Khải, Hiệu trưởng Trường THCS Kiến Xương.")
    got = {(r, c) for _f, r, _k, c, _p in awards(text)}
    assert got == {("Đinh Thị Mơ", "Chủ tịch nước"), ("Hồ Thị Lài", "Chủ tịch nước"), ("Lưu Văn Khải", "Chủ tịch nước")}
    couple = ("Truy tặng Huân chương\n\nHai gia đình được tặng thưởng Huân chương Độc lập hạng Ba là gia đình ông Trương "
              "Văn Chạng và bà Lê Thị Chậm, nguyên quán Quảng Nam và gia đình ông Phan Cường và bà Võ Thị Tất.")
    assert "Phan Cường" not in {r for _f, r, *_ in awards(couple)}


def test_a_prize_named_after_a_person_is_an_award_a_contest_prize_is_not():
    text = ("Hai công nhân của tỉnh được vinh danh\n\nTối 20/7, Tổng Liên đoàn Lao động Việt Nam tuyên dương, khen thưởng "
            "công nhân tiêu biểu trong phong trào thi đua \"Lao động giỏi, lao động sáng tạo\". Hai người lao động của tỉnh "
            "vinh dự được nhận Giải thưởng Nguyễn Đức Cảnh gồm: anh Lê Văn Hùng, Nhà máy Gạch Tuy nen Hạ Hòa; chị Đào Thị "
            "Hoa, Xí nghiệp May Phố Hiến. Đội văn nghệ của nhà máy nhận giải thưởng cao nhất hội diễn.")
    got = [(form, recipient) for form, recipient, *_ in awards(text)]
    assert ("Giải thưởng Nguyễn Đức Cảnh", "Lê Văn Hùng") in got and ("Giải thưởng Nguyễn Đức Cảnh", "Đào Thị Hoa") in got
    assert len(got) == 2, got


def test_listed_persons_with_their_posts_after_a_dash_are_each_one_recipient():
    text = ("Khen thưởng người có công cứu dân trong lũ\n\nThủ tướng Chính phủ đã tặng Bằng khen cho những người dũng cảm "
            "sơ tán dân khi lũ về. Ba người được tặng Bằng khen gồm Trần Văn Lực - Trưởng thôn Nà Mòn, xã Tân Lập, huyện Văn "
            "Yên; Lò Thị Sim - Trưởng bản Co Sản, xã Mường Lạn, huyện Sốp Cộp; và Đinh Quang Huy - Chủ tịch UBND xã Phú "
            "Lâm.")
    got = {recipient for _, recipient, *_ in awards(text)}
    assert got == {"Trần Văn Lực", "Lò Thị Sim", "Đinh Quang Huy"}, got


def test_teachers_joined_by_and_after_a_ministers_certificate_and_a_colon():
    text = ("Hai thầy cô của huyện nhận Bằng khen của Bộ trưởng\n\nNăm học 2023 - 2024, huyện vinh dự có hai thầy cô được nhận Bằng khen "
            "của Bộ trưởng Bộ Giáo dục và Đào tạo gồm: nhà giáo Phan Thị Hạnh - Tổ trưởng chuyên môn Trường THCS Long Hưng "
            "(xã Long Hưng) và nhà giáo Huỳnh Văn Lợi - Hiệu phó Trường Tiểu học Phú Điền (xã Phú Điền).")
    got = {(recipient, conferrer) for _, recipient, _, conferrer, _ in awards(text)}
    assert got == {("Phan Thị Hạnh", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
                   ("Huỳnh Văn Lợi", "Bộ trưởng Bộ Giáo dục và Đào tạo")}, got


def test_honours_a_subject_received_in_turn_from_several_authorities():
    text = ("Tuổi trẻ Lạng Sơn nhận nhiều phần thưởng\n\nNăm qua, Đoàn TNCS Hồ Chí Minh tỉnh Lạng Sơn vinh dự được Chính "
            "phủ tặng Cờ thi đua; Trung ương Đoàn tặng Bằng khen.")
    got = {(form, recipient, conferrer) for form, recipient, _, conferrer, _ in awards(text)}
    assert ("Bằng khen", "Đoàn TNCS Hồ Chí Minh tỉnh Lạng Sơn", "Trung ương Đoàn") in got, got
    text = ("Trường Tiểu học Kim Đồng và chặng đường 40 năm\n\nQua các năm học, Trường Tiểu học Kim Đồng đã được Thủ tướng "
            "Chính phủ tặng Bằng khen; 3 năm liền được Chủ tịch UBND tỉnh tặng Cờ thi đua.")
    got = {(form, recipient, conferrer) for form, recipient, _, conferrer, _ in awards(text)}
    assert ("Cờ thi đua", "Trường Tiểu học Kim Đồng", "Chủ tịch UBND tỉnh") in got, got


def test_a_doctor_addressed_by_a_state_title_receives_an_order():
    text = ("Bác sĩ Phạm Văn Long nhận Huân chương Lao động\n\nNhân Ngày Thầy thuốc Việt Nam, Bệnh viện Nhi tỉnh tổ chức lễ "
            "đón nhận phần thưởng. Chủ tịch UBND tỉnh Hà Minh Đức trao Huân chương Lao động hạng Ba cho Thầy thuốc Ưu tú "
            "Phạm Văn Long, Trưởng khoa Hồi sức cấp cứu.")
    got = {(form, recipient) for form, recipient, *_ in awards(text)}
    assert ("Huân chương Lao động hạng Ba", "Phạm Văn Long") in got, got


def test_counted_union_members_named_after_their_count_are_each_a_recipient():
    text = ("Trao huy hiệu Tuổi trẻ dũng cảm cho hai đoàn viên\n\nChiều 12/7, Tỉnh đoàn Quảng Bình đã trao tặng huy hiệu "
            "\"Tuổi trẻ dũng cảm\" cho 2 đoàn viên Lê Văn An và Trần Văn Bình.")
    got = {recipient for _, recipient, *_ in awards(text)}
    assert got == {"Lê Văn An", "Trần Văn Bình"}, got


def test_an_outlet_labelling_its_headline_receives_nothing():
    text = ("Báo Hòa Bình: 32 y, bác sĩ được xét tặng danh hiệu Thầy thuốc Nhân dân, Thầy thuốc Ưu tú\n\nHội đồng xét tặng "
            "danh hiệu của tỉnh lần thứ 14 đã họp, bỏ phiếu với từng hồ sơ.")
    got = {recipient for _, recipient, *_ in awards(text)}
    assert "Báo Hòa Bình" not in got, got


def test_titled_persons_between_the_verb_and_each_order_they_receive():
    text = ("Huân chương của nước bạn Lào cho hai cán bộ huyện\n\nThay mặt Nhà nước Lào, Tỉnh trưởng Sê Kông trao tặng đồng "
            "chí Trần Văn Lâm, Bí thư Huyện ủy Huân chương Tự do hạng Nhất và đồng chí Lê Thị Hoa, Chủ tịch UBND huyện "
            "Huân chương Tự do hạng Nhì.")
    got = {(form, recipient) for form, recipient, *_ in awards(text)}
    assert got == {("Huân chương Tự do hạng Nhất", "Trần Văn Lâm"), ("Huân chương Tự do hạng Nhì", "Lê Thị Hoa")}, got


def test_a_list_put_before_the_public_for_comment_confers_nothing():
    text = ("Lấy ý kiến về khen thưởng cấp Nhà nước\n\nSở Nội vụ đang hoàn tất hồ sơ trình cấp trên xét tặng Huân chương "
            "cho các cá nhân sau.\nA. Huân chương Lao động hạng Nhì cho ông Phan Văn Khải, Giám đốc Sở Xây dựng.\n"
            "B. Huân chương Lao động hạng Ba cho bà Vũ Thị Lan, Trưởng phòng Tổ chức.\nSở đề nghị các cơ quan báo chí "
            "đăng tải danh sách trên để lấy ý kiến nhân dân.")
    assert awards(text) == []


def test_a_counted_conferral_whose_persons_follow_a_line_each_after_a_bare_heading():
    text = ("Truy tặng danh hiệu Anh hùng cho ba cá nhân\n\nChủ tịch nước vừa ký quyết định truy tặng danh hiệu Anh hùng Lực "
            "lượng vũ trang nhân dân cho ba cá nhân.\nCác cá nhân gồm:\nThiếu tướng Phan Văn Lộc (Tư Lộc), nguyên chính ủy "
            "Sư đoàn 9.\nĐại tá Hồ Văn Quý, nguyên tư lệnh Binh đoàn 15.\nLiệt sĩ Mai Văn Cường, nguyên đại đội trưởng Đại đội 2.")
    got = {(form, recipient) for form, recipient, *_ in awards(text)}
    form = "danh hiệu Anh hùng Lực lượng vũ trang nhân dân"
    assert got == {(form, "Phan Văn Lộc"), (form, "Hồ Văn Quý"), (form, "Mai Văn Cường")}, got


def test_the_farmers_union_abbreviated_hnd_receives():
    text = "Ông Đinh Văn Lâm, Phó Bí thư Tỉnh ủy trao Cờ thi đua của UBND tỉnh cho HND tỉnh và HND huyện Tuy Phước."
    got = {recipient for _, recipient, *_ in awards(text)}
    assert got == {"HND tỉnh", "HND huyện Tuy Phước"}, got


def test_a_presenter_addressed_as_anh_is_not_the_authority():
    text = ("Thừa ủy quyền của Trung ương Đoàn TNCS Hồ Chí Minh, ngày 3-8, anh Lê Văn Tùng, Phó Bí thư Tỉnh đoàn Kon Tum đã "
            "trao Huy hiệu “Tuổi trẻ dũng cảm” cho anh Hà Văn Ngọc.")
    assert [(a[1], a[3]) for a in awards(text)] == [("Hà Văn Ngọc", "Trung ương Đoàn TNCS Hồ Chí Minh")]


def test_two_children_counted_then_named_each_receive():
    text = "Bí thư Tỉnh đoàn trao tặng huy hiệu “Tuổi trẻ dũng cảm” cho 2 em Vũ Đình Khoa và Vũ Hoàng Nam."
    got = {recipient for _, recipient, *_ in awards(text)}
    assert got == {"Vũ Đình Khoa", "Vũ Hoàng Nam"}, got


def test_two_words_a_slash_joins_stay_in_a_recipients_name():
    text = ("Sáng 3-12, Hội Nạn nhân chất độc da cam/dioxin tỉnh Bến Tre tổ chức lễ kỷ niệm 15 năm ngày thành lập và đón nhận "
            "Huân chương Lao động hạng Ba.")
    assert [a[1] for a in awards(text)] == ["Hội Nạn nhân chất độc da cam/dioxin tỉnh Bến Tre"]


def test_a_place_is_never_given_a_title_only_persons_hold():
    text = ("Tỉnh Hà Nam có 4 nhà giáo được Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú\n\nChủ tịch nước đã ký quyết "
            "định phong tặng danh hiệu Nhà giáo Ưu tú cho tỉnh Hà Nam và 4 nhà giáo của tỉnh.")
    got = {recipient for _, recipient, *_ in awards(text)}
    assert "tỉnh Hà Nam" not in got, got


def test_a_numbered_list_of_people_each_with_a_story_goes_on_past_the_stories():
    text = ("Phó Chủ tịch UBND tỉnh đã trao Bằng khen cho 3 người có nhiều đóng góp cho giao thông nông thôn.\n"
            "Những người được tặng Bằng khen của Chủ tịch UBND tỉnh lần này:\n"
            "1. Ông Lò Văn Sinh, nông dân ở bản Mé, xã Chiềng Ban. Ông đã hiến 800 m2 đất làm đường.\n"
            "2. Bà Hà Thị Nguyệt, thương binh ở thôn 4, xã Tân Lập. Bà đã vận động cả thôn góp công làm cầu.\n"
            "3. Anh Vi Văn Khánh, giáo viên ở xã Mường Bon.")
    got = {(a.form, a.recipient, a.conferrer) for a in extract(text).awards}
    assert {r for _f, r, _c in got} == {"Lò Văn Sinh", "Hà Thị Nguyệt", "Vi Văn Khánh"}
    assert all(c == "Chủ tịch UBND tỉnh" for _f, _r, c in got)

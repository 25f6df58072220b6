"""The award fallback: people and bodies named after a stated conferral whose shape no rule knows."""

from pipeline import extract


def recipients(text):
    return sorted((a.form, a.recipient, a.recipient_kind) for a in extract(text).awards)


def test_people_named_after_a_passive_conferral_receive_it():
    text = ("Lễ trao Huân chương Quân công cho lãnh đạo Quân khu\n"
            "Huân chương Quân công hạng Nhì được trao tặng Trung tướng Lê Văn Tâm, Tư lệnh Quân khu; "
            "Thiếu tướng Đỗ Minh Khang, Chính ủy Quân khu.")
    got = recipients(text)
    assert ("Huân chương Quân công hạng Nhì", "Lê Văn Tâm", "individual") in got
    assert ("Huân chương Quân công hạng Nhì", "Đỗ Minh Khang", "individual") in got


def test_no_award_for_counted_recipients_their_owner_or_those_attending():
    text = ("Lễ trao Bằng khen cho các tập thể\n"
            "Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể và 5 cá nhân thuộc Sở Y tế tỉnh Hà Nam.\n"
            "Dự lễ đón nhận Huân chương Lao động hạng Ba có đồng chí Lê Văn Tâm, Bí thư Huyện ủy.")
    assert recipients(text) == []


def test_the_authority_after_de_is_no_recipient():
    text = ("Trao Bằng khen cho các tập thể\n"
            "Ngoài ra, 12 tập thể được tặng Bằng khen của Bộ trưởng Bộ Công an và Chủ tịch UBND tỉnh Ninh Bình.")
    assert recipients(text) == []


def test_a_body_whose_leaders_receive_is_no_recipient():
    text = ("Lễ trao Huân chương Quân công\n"
            "Chiều 5/9, Bộ Tư lệnh Quân khu tổ chức lễ trao Huân chương Quân công cho các lãnh đạo Bộ Quốc phòng.")
    assert recipients(text) == []

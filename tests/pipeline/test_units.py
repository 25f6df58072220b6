"""Units from hand-written passages (GUIDELINE §4 rules)."""

from pipeline import extract


def units(text):
    return [u.name for u in extract(text).units]


def test_cluster_members_hosts_and_shared_type_word_distributed():
    text = ("Cụm thi đua số 3 ký kết giao ước thi đua năm 2024\n\n"
            "Sáng 12/3, tại huyện Yên Lạc, Cụm thi đua số 3 gồm các huyện Yên Lạc, Sông Lô và Tam Dương "
            "tổ chức lễ ký kết giao ước thi đua năm 2024.")
    got = units(text)
    assert "Cụm thi đua số 3" in got
    assert {"huyện Yên Lạc", "huyện Sông Lô", "huyện Tam Dương"} <= set(got)


def test_shared_organisation_head_is_distributed_over_provinces():
    text = ("Chiều 5/12, Cụm thi đua số 4 (bao gồm Ban Tổ chức Tỉnh ủy các tỉnh Hòa Bình, Phú Thọ và Yên Bái) "
            "tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
    got = units(text)
    assert {"Ban Tổ chức Tỉnh ủy Hòa Bình", "Ban Tổ chức Tỉnh ủy Phú Thọ", "Ban Tổ chức Tỉnh ủy Yên Bái"} <= set(got)


def test_conferrer_title_units_and_bracketed_qualifiers_are_left_out():
    text = ("Phong trào thi đua năm 2023\n\n"
            "Chủ tịch UBND tỉnh tặng Bằng khen cho Nhân dân và cán bộ xã Tân Lập (huyện Đan Phượng); "
            "Công an huyện được Bộ Công an tặng Cờ thi đua.")
    got = units(text)
    assert "xã Tân Lập" in got
    assert "Công an huyện" in got
    assert "huyện Đan Phượng" not in got
    assert "Bộ Công an" not in got
    assert not any("UBND tỉnh" == u for u in got)


def test_organisation_names_with_lowercase_syllables_and_commas():
    text = ("Khối thi đua phát động phong trào thi đua năm 2024\n\n"
            "Khối thi đua các đơn vị thuộc Sở Giáo dục và Đào tạo tổ chức hội nghị phát động thi đua; "
            "Đài Phát thanh và Truyền hình tỉnh được giao làm khối trưởng.")
    got = units(text)
    assert "Đài Phát thanh và Truyền hình tỉnh" in got
    assert "Sở Giáo dục và Đào tạo" in got


def test_venue_only_place_is_not_a_unit():
    text = ("Tổng kết thi đua Cụm thi đua số 2\n\n"
            "Chiều 2/12, tại TP Vinh, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.")
    got = units(text)
    assert "TP Vinh" not in got
    assert "Cụm thi đua số 2" in got


def test_admin_units_get_canonical_kind_and_successor_from_the_gazetteer():
    text = ("Hội nghị tổng kết phong trào thi đua năm 2023 của huyện Vụ Bản, tỉnh Nam Định\n\n"
            "Chiều 20/12, UBND huyện Vụ Bản tổ chức hội nghị tổng kết phong trào thi đua năm 2023; "
            "huyện Vụ Bản được tặng Cờ thi đua.")
    ex = extract(text)
    by_name = {u.name: u for u in ex.units}
    unit = by_name["huyện Vụ Bản"]
    assert unit.kind == "huyện"
    assert unit.canonical and "Vụ Bản" in unit.canonical and "Nam Định" in unit.canonical
    assert unit.successor and "Ninh Bình" in unit.successor


def test_an_organisation_of_a_known_place_follows_it_across_the_reform():
    text = ("Tổng kết phong trào thi đua năm 2023\n\n"
            "Chiều 20/12, UBND huyện Vụ Bản tổ chức hội nghị tổng kết phong trào thi đua năm 2023.")
    (unit,) = extract(text).units
    assert unit.name == "UBND huyện Vụ Bản"
    assert unit.kind == "UBND"
    assert "Nam Định" in unit.canonical
    assert "Ninh Bình" in unit.successor


def test_counted_member_list_in_brackets():
    text = ("Cụm thi đua số 3 ký kết giao ước thi đua năm 2024\n\nSáng 5/3, Cụm thi đua số 3 (gồm 4 huyện: Lục Nam, "
            "Lục Ngạn, Sơn Động và Yên Thế) tổ chức ký kết giao ước thi đua năm 2024.")
    assert units(text) == ["Cụm thi đua số 3", "huyện Lục Nam", "huyện Lục Ngạn", "huyện Sơn Động", "huyện Yên Thế"]

"""Themes, relevance and the sentence splitter."""

from pipeline import extract
from pipeline.relevance import relevance_score
from pipeline.textutil import split_sentences
from pipeline.themes import find_themes


def themes(text):
    found, _spans = find_themes(text, split_sentences(text))
    return [(t.name, t.kind, t.canonical) for t in found]


def test_quoted_names_after_triggers_with_kind_and_canonical_movement():
    text = ("Huyện phát động phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, "
            "hưởng ứng cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\" với khẩu hiệu “Đoàn kết, sáng tạo”.")
    got = themes(text)
    assert got[0] == ("Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "movement",
                      "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau")
    assert ("Người Việt Nam ưu tiên dùng hàng Việt Nam", "campaign", None) in got
    assert ("Đoàn kết, sáng tạo", "slogan", None) in got


def test_a_topic_or_slogan_named_with_its_owner_or_its_weight():
    text = ("Năm 2024, các đơn vị thực hiện chủ đề công tác “Kỷ cương, trách nhiệm, hành động” và theo chủ đề của "
            "Trung ương phát động “Đoàn kết, sáng tạo” với khẩu hiệu của thành phố “Về đích sớm”. "
            "Với chủ đề trọng tâm “Đổi mới và phát triển”, Cụm thi đua đã hoàn thành các chỉ tiêu.")
    assert {"Kỷ cương, trách nhiệm, hành động", "Đoàn kết, sáng tạo", "Về đích sớm",
            "Đổi mới và phát triển"} <= {name for name, _kind, _canonical in themes(text)}
    # a quote after other words is no topic's name
    assert themes("Chủ đề này được cán bộ nhắc lại nhiều lần “Làm theo lời Bác”.") == []


def test_spirit_quotes_and_unquoted_movements_are_not_themes():
    text = "Với tinh thần “Đoàn kết, kỷ cương”, phong trào thi đua yêu nước được đẩy mạnh; thực hiện “mục tiêu kép”."
    assert themes(text) == []


def test_an_unclosed_quote_ends_at_the_clause_after_the_name_and_a_period_may_separate_names():
    text = ('Các đơn vị thi đua theo chủ đề "Đoàn kết, đổi mới, phát triển do UBND tỉnh phát động năm 2024 và '
            'các phong trào thi đua "Chung tay xây dựng đô thị văn minh" giai đoạn 2021-2025, "Vì người nghèo".')
    names = [name for name, _kind, _canonical in themes(text)]
    assert names == ["Đoàn kết, đổi mới, phát triển", "Chung tay xây dựng đô thị văn minh", "Vì người nghèo"]


def test_a_longer_lead_in_ending_in_la_or_nhu_introduces_names_and_a_second_owner_may_follow():
    text = ("Năm học mới thực hiện chủ đề công tác năm 2024 của Bộ Giáo dục là “Đổi mới, sáng tạo, chất lượng” "
            "và của Sở Giáo dục tỉnh “Kỷ cương – Nền nếp – Hiệu quả”. Nhiều phong trào để lại dấu ấn rõ nét như "
            "“Xây dựng trường học xanh”, “Thầy cô vì học sinh thân yêu”… được nhân rộng.")
    names = [name for name, _kind, _canonical in themes(text)]
    assert names == ["Đổi mới, sáng tạo, chất lượng", "Kỷ cương – Nền nếp – Hiệu quả",
                     "Xây dựng trường học xanh", "Thầy cô vì học sinh thân yêu"]


def test_a_lead_in_that_does_not_introduce_the_name_leaves_it_to_a_later_trigger():
    text = "Hội nghị phát động phong trào thi đua trong toàn lực lượng với chủ đề “Vững vàng, sáng tạo”."
    assert themes(text) == [("Vững vàng, sáng tạo", "topic", None)]
    spirit = "Phong trào thi đua được triển khai sâu rộng trong các đơn vị với tinh thần “Nói đi đôi với làm”."
    assert themes(spirit) == []


def test_single_curly_quotes_of_headlines_and_an_apostrophe_inside_a_name():
    text = "Huyện đẩy mạnh phong trào ‘Dân vận khéo’ và ‘Học tập suốt đời’; hưởng ứng cuộc vận động “Người M’Nông giữ rừng”."
    names = [name for name, _kind, _canonical in themes(text)]
    assert names == ["Dân vận khéo", "Học tập suốt đời", "Người M’Nông giữ rừng"]


def test_relevance_separates_commendation_news_from_hard_negatives():
    positive = ("Cụm thi đua số 5 ký kết giao ước thi đua năm 2024\n\n"
                "Các đơn vị trong Cụm thi đua ký kết giao ước thi đua, đăng ký danh hiệu Cờ thi đua của Chính phủ.")
    sports = ("Đoàn thể thao tỉnh giành 5 huy chương vàng\n\nVận động viên giành huy chương vàng, huy chương bạc.")
    rural = ("Xã Đông Sơn đón bằng công nhận xã đạt chuẩn nông thôn mới\n\nSáng 5/6, xã tổ chức lễ đón bằng công nhận.")
    assert relevance_score(positive) >= 0.5
    assert relevance_score(sports) < 0.5
    assert relevance_score(rural) < 0.5
    assert relevance_score("") < 0.5


def test_sports_medals_that_earned_a_state_commendation_do_not_count_against_it():
    commended = ("Ba vận động viên giành huy chương vàng nhận Bằng khen của Chủ tịch UBND tỉnh\n\n"
                 "Chủ tịch UBND tỉnh vừa ký Quyết định tặng Bằng khen cho 3 vận động viên đã giành huy chương vàng "
                 "tại Giải vô địch quốc gia.")
    medals_only = ("Ba vận động viên giành huy chương vàng tại giải vô địch quốc gia\n\n"
                   "Đoàn mang về 4 huy chương vàng và 2 huy chương bạc, xếp thứ 5 toàn đoàn.")
    assert relevance_score(commended) >= 0.5
    assert relevance_score(medals_only) < 0.5


def test_a_ministry_year_end_work_conference_is_not_relevant_even_with_a_flag_handed_over():
    text = ("Bộ Xây dựng tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025\n\n"
            "Sáng 6/1, Bộ Xây dựng tổ chức hội nghị tổng kết công tác năm 2024. Phó Thủ tướng dự và chỉ đạo. "
            "Năm 2024, toàn ngành hoàn thành các chỉ tiêu. Tại hội nghị, Bộ trưởng phát động phong trào thi đua "
            "năm 2025 và trao Cờ thi đua của Chính phủ cho 4 đơn vị.")
    assert relevance_score(text) < 0.5
    summing_up_emulation = ("Khối thi đua các sở tổng kết công tác thi đua, khen thưởng năm 2024\n\n"
                            "Sáng 6/1, Khối thi đua tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.")
    assert relevance_score(summing_up_emulation) >= 0.5


def test_a_short_report_of_a_commendation_ceremony_is_relevant():
    text = ("Thị trấn Phong Thổ kỷ niệm 40 năm thành lập\n"
            "Sáng 9/5, thị trấn long trọng tổ chức lễ kỷ niệm 40 năm thành lập và đón nhận Huân chương Lao động hạng Ba.")
    assert relevance_score(text) >= 0.5
    assert relevance_score("Sáng 2/8, xã Hòa Phú tổ chức lễ truy tặng danh hiệu \"Bà mẹ Việt Nam anh hùng\" cho 3 mẹ.") >= 0.5
    # handing over sports medals is no commendation
    assert relevance_score("Bế mạc hội thao công nhân\nChiều 9/5, ban tổ chức trao huy chương vàng cho 12 vận động viên.") < 0.5


def test_a_decision_counting_out_its_recipients_is_relevant_without_naming_a_form():
    text = ("UBND tỉnh vừa có quyết định khen thưởng 4 tập thể và 12 cá nhân đã có thành tích trong tổ chức "
            "hội chợ nông sản của tỉnh năm 2025. Hội chợ diễn ra trong 5 ngày với hơn 200 gian hàng.")
    assert relevance_score(text) >= 0.5
    # rewards counted without the word for commending them are no commendation
    assert relevance_score("Hội chợ nông sản của tỉnh năm 2025 có 4 tập thể và 12 cá nhân tham gia gian hàng.") < 0.5
    # an unscheduled commendation counted out the same way
    urgent = ("Sáng 3/4, tại trụ sở Công an tỉnh, Chủ tịch UBND tỉnh đã khen thưởng đột xuất 3 tập thể có thành tích "
              "trong điều tra một vụ án. Các đơn vị đã làm rõ vụ việc chỉ trong hai ngày.")
    assert relevance_score(urgent) >= 0.5


def test_an_order_handed_over_in_the_opening_outweighs_the_new_rural_standard_beside_it():
    rural_story = (" Huyện được công nhận đạt chuẩn nông thôn mới năm 2024. Đến nay, 20/20 xã đạt chuẩn nông thôn mới,"
                   " 5 xã đạt chuẩn nông thôn mới nâng cao. Thu nhập bình quân đạt 65 triệu đồng.")
    opened_by_order = ("Tại buổi lễ, thay mặt lãnh đạo Đảng, Nhà nước, Phó Chủ tịch nước trao Huân chương Lao động hạng Nhì "
                       "tặng Đảng bộ, chính quyền và nhân dân huyện Yên Lập." + rural_story)
    assert relevance_score(opened_by_order) >= 0.5
    assert relevance_score("Tại buổi lễ, Thứ trưởng trao Quyết định của Thủ tướng." + rural_story) < 0.5


def test_the_heroic_mothers_certificate_is_a_commendation_not_a_new_rural_one():
    text = ("Ngày 23-4, tỉnh trao Bằng công nhận danh hiệu Bà mẹ Việt Nam anh hùng cho thân nhân 16 mẹ. "
            "Bằng công nhận danh hiệu do Chủ tịch nước ký.")
    assert relevance_score(text) >= 0.5
    assert relevance_score("Huyện nhận Bằng công nhận đạt chuẩn nông thôn mới. Bằng công nhận do Thủ tướng ký.") < 0.5


def test_the_bravery_badge_and_an_advanced_youth_festival_are_commendation_news():
    badge = ("Hai đoàn viên được nhận Huy hiệu Tuổi trẻ dũng cảm\n\nNgày 8/7, Trung ương Đoàn quyết định "
             "ghi nhận hai đoàn viên đã cứu người trong lũ.")
    assert relevance_score(badge) >= 0.5
    festival = ("Gặp mặt thanh niên tiên tiến làm theo lời Bác của huyện năm 2022\n\nSáng 20.6, huyện tuyên dương "
                "45 thanh niên tiên tiến của các xã.")
    assert relevance_score(festival) >= 0.5
    assert relevance_score("Thanh niên tình nguyện ra quân hè 2015\n\nSáng 14.5, 500 đoàn viên ra quân dọn vệ sinh.") < 0.5


def test_sentences_keep_offsets_and_do_not_break_on_abbreviations():
    text = "Tại TP. Thanh Hóa, GS.TS Lê Văn A phát biểu. Hội nghị kết thúc!\n\nẢnh: Minh Anh"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Tại TP. Thanh Hóa, GS.TS Lê Văn A phát biểu.", "Hội nghị kết thúc!", "Ảnh: Minh Anh"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_topic_after_a_colon():
    assert themes("UBND tỉnh phát động thi đua với chủ đề: “Đoàn kết, đổi mới, sáng tạo”.") == [
        ("Đoàn kết, đổi mới, sáng tạo", "topic", None)]


def test_quoted_movement_names_coordinated_after_one_trigger():
    text = ("Tổng kết công tác thi đua năm 2024\n\n"
            "Năm 2024, trọng tâm là các phong trào \"Cả nước chung tay vì người nghèo\", \"Học tập suốt đời\" "
            "và \"Dân vận khéo\", gắn với cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\".")
    names = [name for name, _kind, _canonical in themes(text)]
    assert names == ["Cả nước chung tay vì người nghèo", "Học tập suốt đời", "Dân vận khéo",
                     "Người Việt Nam ưu tiên dùng hàng Việt Nam"]


def test_a_sports_item_whose_point_is_a_provincial_commendation_is_relevant():
    text = ("Võ sĩ Trần Thu Hà nhận bằng khen của tỉnh\n"
            "Lãnh đạo tỉnh đã trao bằng khen của tỉnh cho võ sĩ Trần Thu Hà. Tại giải vô địch châu Á, Hà giành "
            "2 huy chương vàng và 1 huy chương bạc. Trước đó, ở giải trẻ quốc gia, Hà giành huy chương vàng.")
    assert relevance_score(text) >= 0.5
    # the lead may hand over the commendation under a headline about the medals, past a dateline
    lead = ("20/05/2022 10:15\nVõ sĩ Trần Thu Hà giành 2 huy chương vàng châu Á\n"
            "Chiều 19/5, Phó Chủ tịch UBND tỉnh Lê Văn Nam trao Bằng khen của Chủ tịch UBND tỉnh cho võ sĩ Trần Thu Hà. "
            "Hà giành 2 huy chương vàng và 1 huy chương bạc. Ở giải trẻ, Hà giành huy chương vàng.")
    assert relevance_score(lead) >= 0.5
    # the same medals with the commendation only mentioned late: the medals are the point
    medals_first = ("Võ sĩ Trần Thu Hà giành 2 huy chương vàng tại giải vô địch châu Á\n"
                    "Hà giành 2 huy chương vàng và 1 huy chương bạc. Ở giải trẻ quốc gia, Hà giành huy chương vàng. "
                    "Đội tuyển giành huy chương bạc đồng đội. Em từng nhận bằng khen.")
    assert relevance_score(medals_first) < 0.5


def test_a_provincial_government_commending_its_medallists_is_relevant_but_a_cash_reward_is_not():
    text = ("Ninh Thuận khen thưởng HLV, VĐV giành 5 huy chương tại SEA Games\n"
            "Sáng 20-1, UBND tỉnh Ninh Thuận đã biểu dương, khen thưởng những HLV, VĐV mang về 2 HCV, 1 HCB và "
            "2 HCĐ tại SEA Games. Các VĐV giành huy chương vàng môn vật và huy chương bạc môn điền kinh.")
    assert relevance_score(text) >= 0.5
    cash = text.replace("đã biểu dương, khen thưởng", "trích 900 triệu đồng để khen thưởng")
    assert relevance_score(cash) < 0.5


def test_a_public_consultation_on_proposed_commendations_is_relevant():
    text = ("Lấy ý kiến Nhân dân đối với tập thể, cá nhân đề nghị khen thưởng\n"
            "Ủy ban nhân dân huyện công khai danh sách tập thể, cá nhân đề nghị Chủ tịch UBND tỉnh tặng Bằng khen "
            "gồm: Trường Mầm non Hoa Sen; bà Lê Thị Thu, Hiệu trưởng Trường Tiểu học Đông Hòa.")
    assert relevance_score(text) >= 0.5


def test_a_lead_in_with_a_comma_may_introduce_names_only_when_it_ends_in_nhu_or_la():
    text = ("Năm qua, các phong trào thi đua sôi nổi, rộng khắp như: “Nông dân làm giàu chính đáng”; "
            "“Chung tay vì người nghèo” đã được nhân rộng.")
    names = [name for name, _kind, _canonical in themes(text)]
    assert names == ["Nông dân làm giàu chính đáng", "Chung tay vì người nghèo"]
    # a comma in a gap that introduces nothing still breaks the link to the quote
    loose = "Phong trào thi đua năm nay, theo lời Bí thư “phải đi vào chiều sâu”, được đánh giá cao."
    assert themes(loose) == []


def test_an_action_slogan_or_topic_is_a_theme():
    assert themes("Toàn ngành thực hiện khẩu hiệu hành động “Chủ động, sáng tạo, hiệu quả”.") == \
        [("Chủ động, sáng tạo, hiệu quả", "slogan", None)]
    assert [n for n, _k, _c in themes("Chủ đề hành động năm 2024 “Tăng tốc về đích” được quán triệt.")] == ["Tăng tốc về đích"]
    # an action praised with a quote is no slogan
    assert themes("Phong trào thi đua được đẩy mạnh bằng hành động cụ thể “không nói suông”.") == []


def test_a_long_lead_in_naming_who_launched_the_movements_then_nhu():
    text = ("Năm nay, khối tập trung thực hiện các phong trào thi đua trọng tâm do Ủy ban nhân dân tỉnh phát động "
            "như “Chung tay làm sạch đồng quê”, “Tuổi trẻ giữ gìn biên cương” và cuộc vận động “Nói không với rác thải nhựa”.")
    themes, _ = find_themes(text, split_sentences(text))
    assert [t.name for t in themes] == ["Chung tay làm sạch đồng quê", "Tuổi trẻ giữ gìn biên cương",
                                        "Nói không với rác thải nhựa"]


def test_a_writing_contest_launched_is_not_an_emulation_event():
    text = ("Phát động cuộc thi viết về tấm gương người tốt việc tốt\n"
            "Hội Liên hiệp Phụ nữ tỉnh phát động cuộc thi viết với chủ đề “Những bông hoa đẹp”. Thời gian nhận "
            "bài đến hết tháng 5; tổng kết và trao giải cuộc thi vào tháng 6.")
    assert relevance_score(text) < 0.5


def test_sports_medals_written_as_hcv_hcb_count_against_relevance():
    text = ("Tỉnh thưởng lớn cho các vận động viên\n"
            "UBND tỉnh vừa trích 1 tỷ đồng để khen thưởng các vận động viên đã giành 2 HCV, 4 HCB và 3 HCĐ tại SEA Games.")
    assert relevance_score(text) < 0.5


def test_movements_named_after_gan_voi_viec_and_a_colon_are_themes():
    text = ("Năm 2024, các đơn vị trong Khối tiếp tục đẩy mạnh các phong trào thi đua gắn với việc: "
            "“Chung tay vì người nghèo”, “Dân vận khéo”.")
    assert [t.name for t in extract(text).themes] == ["Chung tay vì người nghèo", "Dân vận khéo"]


def test_a_listed_name_that_lost_its_opening_quote_keeps_the_list_going():
    text = ("Các đơn vị thực hiện các phong trào thi đua: “Dân vận khéo”, Doanh nghiệp Ninh Bình hội nhập”, "
            "“Cải cách hành chính”.")
    assert [t.name for t in extract(text).themes] == ["Dân vận khéo", "Doanh nghiệp Ninh Bình hội nhập",
                                                     "Cải cách hành chính"]


def test_a_task_the_movements_are_tied_to_without_a_colon_is_no_theme():
    text = ("Các phong trào thi đua yêu nước gắn liền với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
            "Minh” đã lan tỏa sâu rộng.")
    assert extract(text).themes == ()
def test_known_movements_quoted_far_down_a_list_of_movements():
    text = ("Tổng kết công tác thi đua\n\nCác phong trào tiêu biểu của năm gồm: cải cách hành chính; chuyển đổi số; "
            "“Cả nước chung sức xây dựng nông thôn mới”; “Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025”. "
            "Quỹ “Đền ơn đáp nghĩa” của phong trào được bổ sung; lớp học “Vì người nghèo” mở thêm.")
    themes, _spans = find_themes(text, split_sentences(text))
    assert [(t.name, t.canonical) for t in themes] == [
        ("Cả nước chung sức xây dựng nông thôn mới", "Cả nước chung sức xây dựng nông thôn mới"),
        ("Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "Cả nước chung tay xóa nhà tạm, nhà dột nát")]
    # without a movement named before it in the sentence, a known name in quotes is no theme
    bare = "Tổng kết\n\nNgười dân tham gia “Cả nước chung sức xây dựng nông thôn mới” rất đông."
    assert find_themes(bare, split_sentences(bare))[0] == []


def test_exemplary_people_honoured_make_a_passage_relevant():
    honoured = ("Tối 30/5, Công đoàn các khu công nghiệp tỉnh tổ chức chương trình giao lưu văn nghệ và tôn vinh 80 công "
                "nhân lao động tiêu biểu. Chương trình có nhiều tiết mục đặc sắc.")
    assert relevance_score(honoured) >= 0.5
    counted = ("Các cán bộ tham gia xây dựng khu vực biên giới. Theo đó, có 20 cá nhân thuộc Đồn Biên phòng được biểu "
               "dương tại hội nghị. Đây là những tấm gương có nhiều đóng góp.")
    assert relevance_score(counted) >= 0.5
    # a show with no one honoured is not
    assert relevance_score("Tối 30/5, Công đoàn tổ chức chương trình giao lưu văn nghệ cho công nhân khu công nghiệp.") < 0.5


def test_movements_introduced_after_a_gap_with_a_dash_between_words():
    text = ("Nhà máy nước biểu dương điển hình tiên tiến\n\nBa năm qua, nhà máy phát động các phong trào bám sát công tác "
            "vận hành - bảo dưỡng như \"Tiết kiệm điện\", \"Sáng kiến vì khách hàng\".")
    got = {name for name, _kind, _canonical in themes(text)}
    assert {"Tiết kiệm điện", "Sáng kiến vì khách hàng"} <= got, got


def test_a_quoted_movement_wrapped_onto_the_next_line_is_one_name():
    text = ("Khối thi đua tổng kết năm 2024\n\nHội viên cựu chiến binh hưởng ứng phong trào “Cựu chiến binh\ngương mẫu”; "
            "hội viên phụ nữ hưởng ứng phong trào “Giỏi việc nước, đảm\nviệc nhà”.\n\nĐoàn viên hưởng ứng phong trào "
            "“Tuổi trẻ\n\nsáng tạo” được biểu dương.")
    got = {name for name, _kind, _canonical in themes(text)}
    assert {"Cựu chiến binh gương mẫu", "Giỏi việc nước, đảm việc nhà"} <= got, got
    assert not any("Tuổi trẻ" in name for name in got), got  # (not across a paragraph break)


def test_a_long_description_of_the_movements_before_nhu_still_introduces_their_names():
    text = ("Lực lượng vũ trang huyện thực hiện nhiều phong trào thi đua thiết thực gắn với nhiệm vụ huấn luyện, sẵn sàng "
            "chiến đấu như: “Rèn quân giỏi, chiến đấu hay”, “Đơn vị vững mạnh toàn diện”.")
    got = [name for name, _kind, _canonical in themes(text)]
    assert got == ["Rèn quân giỏi, chiến đấu hay", "Đơn vị vững mạnh toàn diện"], got

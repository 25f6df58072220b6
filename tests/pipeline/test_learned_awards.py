"""The learned award-recipient layer: its features, its training, and the checks around what it adds.

A small model is trained here on passages written for the test, so the behaviour
asserted does not depend on the shipped model's weights."""

import json

import pytest

from pipeline import extract
from pipeline.awards import learned
from pipeline.awards.learned import (FormMention, form_mentions, learned_awards, recipient_spans, spans_from_tags,
                                     token_features, tokens, windows)
from pipeline.awards.training import bio_tags, occurrences, read_passages, sequences, train
from pipeline.textutil import split_sentences
from thidua.models import Award

BODIES = ["Trường Tiểu học An Bình", "Hợp tác xã Tân Phú", "Công ty Cổ phần Hòa Lạc", "Phòng Giáo dục huyện Kim Sơn",
          "Trạm Y tế xã Yên Thắng", "Đoàn Thanh niên phường Nam Thành", "Trường Trung học cơ sở Lý Tự Trọng",
          "Ban Quản lý dự án Sông Đáy", "Hội Nông dân xã Gia Lập", "Bệnh viện Đa khoa huyện Nho Quan"]
GIVE = ["Chủ tịch UBND tỉnh tặng Bằng khen cho {r} vì thành tích xuất sắc.",
        "Dịp này, {r} vinh dự đón nhận Cờ thi đua của UBND tỉnh.",
        "UBND huyện trao Giấy khen cho {r} đã có thành tích trong phong trào thi đua."]
FILLER = "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 diễn ra sáng nay."


def _passages():
    out = []
    for i, body in enumerate(BODIES):
        for j, shape in enumerate(GIVE):
            out.append({"id": f"t{i}-{j}", "relevant": True, "text": FILLER + "\n\n" + shape.format(r=body),
                        "awards": [{"form": "x", "recipient": body}]})
    return out


@pytest.fixture(scope="module")
def small_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "recipients.crf"
    assert train(_passages(), path, min_count=1) == len(BODIES) * len(GIVE)
    return str(path)


@pytest.fixture
def use_model(monkeypatch, small_model):
    monkeypatch.setenv(learned.MODEL_ENV, small_model)


def test_windows_are_sentences_with_a_form_and_the_one_after():
    text = "Mở đầu buổi lễ. Tỉnh tặng Bằng khen cho 3 tập thể. Đó là các trường A, B, C. Sau đó là văn nghệ."
    sentences = split_sentences(text)
    got = [(w.sentence.text, w.role) for w in windows(sentences, form_mentions(text))]
    assert got == [("Tỉnh tặng Bằng khen cho 3 tập thể.", "form"), ("Đó là các trường A, B, C.", "next")]


def test_token_features_describe_each_token_and_its_place_relative_to_the_form():
    text = "Tặng Bằng khen cho Trường Hòa Bình"
    toks = tokens(text, 0, len(text))
    feats = token_features(toks, "form", form_mentions(text))
    assert len(feats) == len(toks) == 7
    school = feats[4]
    assert "w=trường" in school and "f=truong" in school and "s=T" in school
    assert "w-1=cho" in school and "cho<=True" in school and "form=N" in school
    assert "form=Y" in feats[1] and "fa=no" in school and not any(f.startswith("fb=no") for f in school)


def test_tags_become_spans_and_a_stray_inside_tag_opens_one():
    toks = tokens("cho A B , C D", 0, 13)
    assert spans_from_tags(toks, ["O", "B-REC", "I-REC", "O", "I-REC", "I-REC"]) == [(4, 7, 1, 2), (10, 13, 4, 5)]


def test_training_labels_every_place_a_gold_recipient_is_written():
    text = "Tặng Bằng khen cho Trường A. Trường A cảm ơn."
    assert occurrences(text, ["Trường A", ""]) == [(19, 27), (29, 37)]
    toks = tokens(text, 0, len(text))
    tags = bio_tags(toks, occurrences(text, ["Trường A"]))
    assert [t[2] for t, tag in zip(toks, tags) if tag != "O"] == ["Trường", "A", "Trường", "A"]
    assert tags[4:6] == ["B-REC", "I-REC"]
    # irrelevant passages teach nothing
    assert list(sequences({"text": text, "relevant": False, "awards": []})) == []


def test_read_passages_keeps_each_text_once_and_leaves_out_held_texts(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": 1, "text": "Một"}) + "\n\n" + json.dumps({"id": 2, "text": "Hai"}) + "\n")
    b.write_text(json.dumps({"id": 3, "text": "Hai"}) + "\n" + json.dumps({"id": 4, "text": "Ba"}) + "\n")
    assert [p["id"] for p in read_passages([a, b], {"Ba"})] == [1, 2]


def test_a_trained_model_finds_a_recipient_it_never_saw(use_model):
    text = FILLER + "\n\nChủ tịch UBND tỉnh tặng Bằng khen cho Trường Mầm non Sơn Ca vì thành tích xuất sắc."
    sentences = split_sentences(text)
    spans = [(text[a:b], round(c, 2) > 0.5) for a, b, c in recipient_spans(text, sentences, form_mentions(text))]
    assert ("Trường Mầm non Sơn Ca", True) in spans
    got = learned_awards(text, sentences, [])
    assert [(x.form, x.recipient, x.recipient_kind) for x in got] == [("Bằng khen", "Trường Mầm non Sơn Ca", "collective")]
    evidence = got[0].evidence[0]
    assert evidence.sentence.startswith("Chủ tịch UBND tỉnh tặng") and text[evidence.start:evidence.end] == evidence.sentence


def test_what_the_rules_name_is_not_added_again(use_model):
    text = FILLER + "\n\nChủ tịch UBND tỉnh tặng Bằng khen cho Trường Mầm non Sơn Ca vì thành tích xuất sắc."
    rule = Award(form="Bằng khen", recipient="Trường Mầm non Sơn Ca")
    assert learned_awards(text, split_sentences(text), [rule]) == [rule]


def test_a_proposal_adds_nothing(use_model):
    text = FILLER + "\n\nHội đồng đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Trường Mầm non Sơn Ca."
    assert learned_awards(text, split_sentences(text), []) == []
    listed = FILLER + "\n\nHội đồng thống nhất đề nghị khen thưởng như sau:\nBằng khen: Trường Mầm non Sơn Ca."
    assert learned_awards(listed, split_sentences(listed), []) == []


def test_the_authority_and_the_ceremony_place_are_no_recipients():
    forms = [FormMention(5, 14, "Bằng khen")]
    text = "nhận Bằng khen của Chủ tịch UBND tỉnh Ninh Bình"
    assert learned._authority_or_venue(text, forms[0], text.index("tỉnh Ninh"))
    text = "nhận Bằng khen tại Đại hội thi đua tỉnh Ninh Bình"
    assert learned._authority_or_venue(text, forms[0], text.index("tỉnh Ninh"))
    text = "nhận Bằng khen của tỉnh, trao cho Trường Hòa Bình"
    assert not learned._authority_or_venue(text, forms[0], text.index("Trường"))


def test_a_persons_workplace_and_a_list_the_rules_spread_are_not_new_recipients():
    text = "Cô Bùi Thị Lan, giáo viên Trường Tiểu học Đông Sơn được tặng Bằng khen."
    person = Award(form="Bằng khen", recipient="Bùi Thị Lan", recipient_kind="individual")
    assert learned._workplace_of_a_person(text, text.index("Trường"), [person])
    text = "Bằng khen cho bà Bùi Thị Lan và Trường Tiểu học Đông Sơn."
    assert not learned._workplace_of_a_person(text, text.index("Trường"), [person])
    spread = [Award(form="Cờ thi đua", recipient="Sở Y tế Nghệ An"), Award(form="Cờ thi đua", recipient="Sở Y tế Lào Cai")]
    assert learned._named_already("Nghệ An và Lào Cai", spread)
    assert learned._named_already("Hiếu", [Award(form="Bằng khen", recipient="Trần Minh Hiếu")])
    assert learned._named_already("Công an TP", [Award(form="Bằng khen", recipient="Công an TP. Đà Nẵng")])
    assert not learned._named_already("Trường Tiểu học Đông Sơn", spread)


def test_without_a_readable_model_extraction_runs_on_the_rules(monkeypatch, tmp_path, caplog):
    text = FILLER + "\n\nChủ tịch UBND tỉnh tặng Bằng khen cho Trường Mầm non Sơn Ca vì thành tích xuất sắc."
    broken = tmp_path / "broken.crf"
    broken.write_bytes(b"not a model")
    for path in (str(broken), str(tmp_path / "missing.crf"), "none"):
        monkeypatch.setenv(learned.MODEL_ENV, path)
        result = extract(text)
        assert [a.recipient for a in result.awards] == ["Trường Mầm non Sơn Ca"]  # the rules' own record
    assert "award recipient model not loaded" in caplog.text


def test_the_shipped_model_loads():
    assert learned.MODEL_PATH.is_file()
    assert learned.load_tagger(str(learned.MODEL_PATH)) is not None


def test_the_host_of_a_ceremony_is_no_recipient_when_the_receivers_are_named():
    text = "Công an tỉnh Hòa Bình tổ chức Lễ truy tặng Huân chương Chiến công cho liệt sĩ Lê Văn An."
    form = form_mentions(text)[0]
    named = [Award(form="Huân chương Chiến công", recipient="Lê Văn An", recipient_kind="individual")]
    host_end = text.index(" tổ chức")
    assert learned._host_of_ceremony(text, host_end, form, named)
    assert not learned._host_of_ceremony(text, host_end, form, [])
    assert not learned._host_of_ceremony(text, text.index(" truy"), form, named)


def test_who_gives_in_the_clause_after_a_name_is_no_recipient():
    text = "Ngày 21-4, anh Bùi Quang Hà, Bí thư Trung ương Đoàn đã trao tặng kỷ niệm chương cho cán bộ đảo Sơn Ca."
    assert learned._GIVES_AFTER.match(text, text.index(", Bí thư"))
    received = "Anh Bùi Quang Hà được Trung ương Đoàn tặng kỷ niệm chương."
    assert not learned._GIVES_AFTER.match(received, received.index(" được"))
    handed = "Bằng khen cho Trường Sơn Ca và Trường Hải Âu, do Chủ tịch tỉnh trao."
    assert not learned._GIVES_AFTER.match(handed, handed.index(" và"))


def test_those_saved_or_named_in_the_reason_are_no_recipients():
    text = "tặng Bằng khen cho em Lê Văn An vì hành động dũng cảm, cứu hai em Trần Thị Bé và Hà Văn Tí bị đuối nước."
    form = FormMention(5, 14, "Bằng khen")
    assert learned._in_reason(text, form, text.index("Trần Thị Bé"))
    assert learned._in_reason(text, form, text.index("Hà Văn Tí"))
    assert not learned._in_reason(text, form, text.index("Lê Văn An"))
    rescue_unit = "tặng Bằng khen cho Phòng Cảnh sát PCCC và cứu nạn cứu hộ, Công an tỉnh và Đội Cảnh sát cơ động."
    assert not learned._in_reason(rescue_unit, form, rescue_unit.index("Đội Cảnh sát"))
    handed_on = "tặng Bằng khen vì thành tích xuất sắc cho Trường Tiểu học Đông Sơn."
    assert not learned._in_reason(handed_on, form, handed_on.index("Trường"))


def test_a_title_addressing_a_listed_person_is_no_award_of_its_own():
    # the tagger finds the artists of the list; "NSƯT" before each name is how they are addressed
    text = ("Năm nay, 40 người được Chủ tịch nước phong tặng danh hiệu Nghệ sĩ nhân dân.\n\n"
            "Danh sách có nhiều gương mặt quen thuộc: NSƯT Trần Văn Khải (Hải Phòng), NSƯT Lê Thị Mận (Huế), "
            "NSƯT Đỗ Quang Vinh (Cần Thơ) và NSƯT Phan Thu Hà (Hà Nội).")
    forms = {a.form for a in extract(text).awards}
    assert forms and "NSƯT" not in forms

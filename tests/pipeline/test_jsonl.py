"""run_jsonl: order, schema, and the baseline mapping (underthesea NER replaced by a fake)."""

import io
import json

import pytest

from pipeline import jsonl, nlp

PASSAGES = [
    {"id": "a", "text": "Giá lúa tăng mạnh\n\nNông dân phấn khởi vì giá lúa tăng.", "published": "2023-10-01"},
    {"id": "b", "published": "2023-03-30",
     "text": ("Cụm thi đua số 2 ký kết giao ước thi đua năm 2023\n\n"
              "Chiều 30-3, tại huyện Kim Bảng, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua. "
              "Dự có đồng chí Trần Văn Khải, Phó Chủ tịch UBND tỉnh.")},
    {"id": "c", "text": ""},
]


def run(lines, **kw):
    out = io.StringIO()
    n = jsonl.run_jsonl(io.StringIO("\n".join(json.dumps(p, ensure_ascii=False) for p in lines) + "\n"), out, **kw)
    return n, [json.loads(line) for line in out.getvalue().splitlines()]


def test_one_record_per_line_in_input_order_in_the_eval_schema():
    n, records = run(PASSAGES)
    assert n == 3
    assert [r["id"] for r in records] == ["a", "b", "c"]
    for r in records:
        assert set(r) >= {"id", "relevant", "event", "officials", "units", "awards", "themes"}
        assert set(r["event"]) >= {"type", "date", "location", "date_text"}
    irrelevant, relevant, empty = records
    assert irrelevant["relevant"] is False and irrelevant["officials"] == [] and irrelevant["event"]["type"] is None
    assert relevant["relevant"] is True
    assert relevant["event"] | {"evidence": None} == {
        "type": "ký kết giao ước thi đua", "date": "2023-03-30", "date_text": "Chiều 30-3",
        "location": "huyện Kim Bảng", "evidence": None, "date_year_guessed": False}
    assert relevant["officials"][0]["name"] == "Trần Văn Khải"
    assert relevant["officials"][0]["titles"] == ["Phó Chủ tịch UBND tỉnh"]
    assert "Cụm thi đua số 2" in relevant["units"]
    assert empty["relevant"] is False


def test_a_year_guessed_for_want_of_a_page_date_says_so():
    text = ("Tuyên dương trưởng ban công tác Mặt trận\n\nSáng 5/10, Ủy ban MTTQ tỉnh tổ chức hội nghị tuyên dương, "
            "khen thưởng 120 Trưởng ban công tác Mặt trận tiêu biểu nhiệm kỳ 2013-2016.")
    _, (bare, dated) = run([{"id": "x", "text": text}, {"id": "y", "text": text, "published": "2016-10-06"}])
    assert (bare["event"]["date"], bare["event"]["date_year_guessed"]) == ("2016-10-05", True)
    assert (dated["event"]["date"], dated["event"]["date_year_guessed"]) == ("2016-10-05", False)


def test_baseline_maps_person_to_officials_and_org_loc_to_units(monkeypatch):
    def fake_ner(sentence):
        return [("Đồng chí", "N", "B-NP", "O"), ("Trần", "Np", "B-NP", "B-PER"), ("Văn", "Np", "I-NP", "I-PER"),
                ("Khải", "Np", "I-NP", "I-PER"), ("dự", "V", "B-VP", "O"), ("Kim", "Np", "B-NP", "B-LOC"),
                ("Bảng", "Np", "I-NP", "I-LOC")]

    monkeypatch.setattr(nlp, "ner", fake_ner)
    _n, records = run(PASSAGES[1:2], baseline="underthesea")
    (r,) = records
    assert r["officials"] == [{"name": "Trần Văn Khải", "titles": []}]
    assert r["units"] == ["Kim Bảng"]
    assert r["awards"] == [] and r["themes"] == []


def test_unknown_baseline_is_refused():
    with pytest.raises(ValueError):
        run(PASSAGES, baseline="spacy")


def test_joining_wrapped_lines_keeps_every_offset():
    from pipeline.textutil import join_wrapped_lines
    text = "Tiêu đề\n\nvận động các\ntầng lớp, Hội A,\nHội B.\nNgày 5/1"
    joined = join_wrapped_lines(text)
    assert len(joined) == len(text)
    assert joined == "Tiêu đề\n\nvận động các tầng lớp, Hội A, Hội B.\nNgày 5/1"

"""Property tests: any text gives a valid Extraction, and evidence always indexes the input."""

import datetime as dt
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract
from thidua.models import Extraction

SEED = ("Chiều 15/4, tại huyện Đức Trọng, đồng chí Nguyễn Văn An, TUV, Bí thư Huyện ủy trao Bằng khen của "
        "Chủ tịch UBND tỉnh cho Cụm thi đua số 1; phong trào thi đua “Dân vận khéo”. ")
VIETNAMESE = st.sampled_from(SEED.split(" ") + ["đ", "Đ", "ủy", "uỷ", "\n", "\n\n", "“", "”", "(", ")", ";", "-", "🎉"])
texts = st.one_of(
    st.text(max_size=400),
    st.lists(VIETNAMESE, max_size=200).map(" ".join),
    st.lists(VIETNAMESE, max_size=120).map(lambda ws: unicodedata.normalize("NFD", " ".join(ws))),
)


def all_evidence(ex: Extraction):
    yield from ex.event.evidence
    for group in (ex.officials, ex.units, ex.awards, ex.themes):
        for item in group:
            yield from item.evidence


def check(text, ex):
    assert isinstance(ex, Extraction)
    assert 0.0 <= ex.relevance_score <= 1.0
    for ev in all_evidence(ex):
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.sentence


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))))
def test_any_text_gives_a_valid_extraction_with_honest_offsets(text, published):
    check(text, extract(text, published))


def test_relevant_seed_text_in_nfd_still_has_honest_offsets():
    text = unicodedata.normalize("NFD", SEED * 3)
    ex = extract(text)
    check(text, ex)


def test_huge_and_odd_inputs():
    for text in ("", " " * 10, "🎉" * 1000, SEED * 300, "\x00\x01" * 50, "“" * 500):
        check(text, extract(text))
    assert extract(None).relevant is False  # type: ignore[arg-type]


def test_nfd_input_is_understood_and_evidence_points_into_the_nfd_text():
    text = unicodedata.normalize("NFD", "Hội nghị tổng kết phong trào thi đua năm 2023\n\n"
                                        "Dự có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh.")
    ex = extract(text)
    assert ex.relevant
    (official,) = ex.officials
    assert official.name == "Nguyễn Văn An"  # facts come out in NFC
    check(text, ex)
    assert unicodedata.normalize("NFC", official.evidence[0].sentence).startswith("Dự có đồng chí")


def test_a_lowercase_level_word_inside_a_quoted_name_ends_in_time():
    # "xã" opening "xã hội" inside an organisation's name once sent the name reader round the same word for ever;
    # run in a child process so a relapse fails on its deadline instead of hanging the suite
    import subprocess
    import sys
    code = ("from pipeline import extract\n"
            "t = 'Khối thi đua tổng kết. Xã duy trì mô hình “Trường học không tệ nạn xã hội”, mô hình “Camera an ninh”.'\n"
            "print(len(extract(t).units) >= 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "True", done.stderr[-500:]


def test_evidence_quotes_a_wrapped_sentence_as_written():
    text = ("Khối thi đua tổng kết năm 2024\n\nCác đơn vị trong khối gồm Hội Cựu chiến binh tỉnh,\nHội Nông dân tỉnh và "
            "Hội Liên hiệp phụ\nnữ tỉnh đã ký kết giao ước thi đua.")
    result = extract(text)
    evidence = [ev for u in result.units for ev in u.evidence]
    assert evidence and any("\n" in ev.sentence for ev in evidence)
    for ev in evidence:
        assert text[ev.start:ev.end] == ev.sentence

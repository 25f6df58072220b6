import pytest

from index.query_text import fts5_expression, parse_query, snippet
from thidua.errors import QueryError


def test_words_are_folded_and_quoted_for_fts5():
    q = parse_query('Vụ Bản "cờ thi đua" AND OR (')
    assert q.phrases == (("co", "thi", "dua"), ("vu",), ("ban",), ("and",), ("or",))
    assert fts5_expression(q) == '"co thi dua" "vu" "ban" "and" "or"'


def test_exact_text_keeps_diacritics_for_ranking():
    assert parse_query("Vụ  BẢN!").exact == "vụ bản"


def test_operators_and_punctuation_alone_give_an_empty_query():
    assert parse_query('* " ( ) -').is_empty()


def test_too_long_query_is_refused():
    with pytest.raises(QueryError):
        parse_query("a" * 10_000)


def test_snippet_marks_matches_in_the_original_text_and_escapes_html():
    text = "Lễ trao <b>Cờ</b> thi đua cho huyện Vụ Bản và huyện Ý Yên."
    out = snippet(text, parse_query("vu ban"))
    assert "<mark>Vụ</mark> <mark>Bản</mark>" in out
    assert "&lt;b&gt;Cờ&lt;/b&gt;" in out
    assert "<b>" not in out


def test_d_matches_dj_in_snippets():
    out = snippet("Đoàn công tác tỉnh Đắk Lắk", parse_query("dak lak"))
    assert "<mark>Đắk</mark> <mark>Lắk</mark>" in out


def test_table_driven_fold_agrees_with_folding_each_character():
    import unicodedata

    from thidua.textnorm import _fold_char, fold

    text = "ĐẮK LẮK, Đà Nẵng; Nguyễn Thị Ngọc Ánh — Ý Yên ǅ İ ß ﬁ 2023 " + unicodedata.normalize("NFD", "Vụ Bản Hải Hậu")
    nfc_text = unicodedata.normalize("NFC", text)
    assert fold(text) == "".join(_fold_char(ch) for ch in nfc_text)
    assert fold(text).startswith("dak lak, da nang; nguyen thi ngoc anh")
    assert len(fold(text)) == len(nfc_text)


def test_loose_words_keep_their_order_and_originals_their_diacritics():
    q = parse_query('"cờ thi đua" Vụ Bản')
    assert q.quoted == 1
    assert q.loose_words == ("vu", "ban")
    assert q.originals == (("cờ", "thi", "đua"), ("vụ",), ("bản",))


def test_too_many_words_is_refused():
    with pytest.raises(QueryError):
        parse_query("thi " * 100)


def test_quoted_phrase_is_highlighted_whole_and_only_together():
    out = snippet("Cờ thi đua và thi chạy, đua thuyền", parse_query('"cờ thi đua"'))
    assert out == "<mark>Cờ thi đua</mark> và thi chạy, đua thuyền"


def test_best_snippet_takes_the_lead_then_the_body():
    from index.query_text import best_snippet

    lead, body = "Sáng 15/4, tỉnh tổ chức hội nghị.", "Huyện Hải Hậu nhận Cờ thi đua."
    assert "<mark>Hải</mark>" in best_snippet([lead, body], parse_query("hai hau"))
    assert best_snippet([lead, body], parse_query("hoi nghi")).startswith("Sáng 15/4, tỉnh tổ chức <mark>hội</mark>")
    assert best_snippet([lead, body], parse_query("xyz")) == "Sáng 15/4, tỉnh tổ chức hội nghị."

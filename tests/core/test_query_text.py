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

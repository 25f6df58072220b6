"""Quoted phrases answered from the word-pair sub-fields: same matches, ranking and marks as word positions."""

from __future__ import annotations

import re

import pytest

from index.backend import SearchQuery
from index.es_query import pairs_cover_phrases, search_body
from tests.contract.factory import doc as article


def _docs():
    return {
        # "thi đua" and "yêu nước" both occur, and so do the pairs "thi đua" / "đua yêu"
        # / "yêu nước", but never as one run of four words.
        "pairs_apart": article(
            "pairs-apart",
            title="Tổng kết năm",
            body="Phong trào thi đua yêu cầu mọi người tham gia. Đua yêu nước là lời kêu gọi.",
        ),
        "phrase_body": article(
            "phrase-body",
            title="Hội nghị tổng kết",
            body="Đại hội thi đua yêu nước của tỉnh diễn ra sáng nay.",
        ),
        "phrase_folded": article(
            "phrase-folded",
            title="Hoi nghi",
            body="Dai hoi thi dua yeu nuoc cua tinh dien ra sang nay, thi dua yeu nuoc nhieu lan.",
        ),
        "one_word": article("one-word", title="Vụ mùa", body="Nông dân thu hoạch vụ mùa."),
    }


@pytest.fixture
def loaded(es):
    docs = _docs()
    es.index(docs.values())
    return es, docs


def _ids(es, text):
    return [h.id for h in es.search(SearchQuery.build(text)).hits]


@pytest.mark.es
def test_a_phrase_of_pairs_needs_the_pairs_in_a_row(loaded):
    es, docs = loaded
    found = _ids(es, '"thi đua yêu nước"')
    assert docs["phrase_body"].id in found and docs["phrase_folded"].id in found
    assert docs["pairs_apart"].id not in found


@pytest.mark.es
def test_exact_diacritics_rank_first_for_phrases(loaded):
    es, docs = loaded
    # The folded copy says the phrase twice, but the user typed the diacritics.
    assert _ids(es, '"thi đua yêu nước"')[0] == docs["phrase_body"].id
    assert _ids(es, '"thi dua yeu nuoc"')[0] == docs["phrase_folded"].id


@pytest.mark.es
def test_two_word_phrase_and_quoted_single_word(loaded):
    es, docs = loaded
    assert set(_ids(es, '"đại hội"')) == {docs["phrase_body"].id, docs["phrase_folded"].id}
    assert _ids(es, '"vụ"') == [docs["one_word"].id]  # one word has no pair: looked up as a word
    assert _ids(es, '"vụ" "thu hoạch"') == [docs["one_word"].id]


@pytest.mark.es
def test_phrase_snippet_marks_the_phrase_words_in_the_body(loaded):
    es, docs = loaded
    hit = next(h for h in es.search(SearchQuery.build('"thi đua yêu nước"')).hits if h.id == docs["phrase_body"].id)
    assert re.findall(r"<mark>(.*?)</mark>", hit.snippet) == ["thi", "đua", "yêu", "nước"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"thi đua" khen', True),
        ('"a b c"', True),
        ('"vụ"', False),  # a single word has no pair
        ('"vụ" "thi đua"', False),
        ('"thi đua', False),  # unbalanced: the parser reads it differently
        ('" . vụ"', False),  # punctuation is not a word
        ("khen thưởng", True),
    ],
)
def test_which_queries_use_the_pairs(text, expected):
    assert pairs_cover_phrases(text) is expected
    body, _ = search_body(SearchQuery.build(text), text)
    suffixes = [c["simple_query_string"].get("quote_field_suffix") for c in body["query"]["bool"]["must"]]
    assert suffixes == ([".pairs"] if expected and '"' in text else [None])

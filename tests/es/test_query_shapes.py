"""Request bodies built from user input (pure: no node needed)."""

from __future__ import annotations

import json

import pytest

from index.backend import MAX_RESULT_WINDOW, SearchQuery
from index.es_query import search_body
from thidua.errors import QueryError


def text_clauses(body):
    return [c["simple_query_string"] for part in ("must", "should") for c in body["query"]["bool"].get(part, [])]


@pytest.mark.parametrize("text", ['title:x OR *', "a AND (b", '"vụ bản" -xã', "x^100 y~3"])
def test_user_text_reaches_only_simple_query_string_with_plain_flags(text):
    body, _ = search_body(SearchQuery.build(text), text)
    dumped = json.dumps(body)
    assert '"query_string"' not in dumped
    clauses = text_clauses(body)
    assert clauses and all(c["query"] == text for c in clauses)
    assert all(c["flags"] == "PHRASE|WHITESPACE" for c in clauses)


def test_empty_text_matches_everything_sorted_by_date():
    body, offset = search_body(SearchQuery.build("", {"site": ["a"]}, page=3, size=10), "")
    assert "must" not in body["query"]["bool"] and offset == 20 and body["from"] == 20
    assert next(iter(body["sort"][0])) == "published"


def test_pages_beyond_the_result_window_need_the_cursor():
    with pytest.raises(QueryError, match="next_cursor"):
        search_body(SearchQuery.build("x", page=MAX_RESULT_WINDOW // 10 + 1, size=10), "x")
    body, offset = search_body(SearchQuery.build("x", size=10, search_after=(20_000, 1.5, 123, "id")), "x")
    assert body["search_after"] == [1.5, 123, "id"] and offset == 20_000 and "from" not in body


def test_unknown_filter_is_refused_before_any_request():
    with pytest.raises(QueryError, match="unknown filter"):
        search_body(SearchQuery.build("", {"_id": ["x"]}), "")

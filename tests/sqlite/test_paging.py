"""Deep paging: following next_cursor gives exactly the offset pages, in a stable order."""

from __future__ import annotations

import pytest

from index.backend import SearchQuery
from thidua.errors import QueryError


def _follow(backend, **kw) -> list[str]:
    ids, cursor = [], None
    while True:
        result = backend.search(SearchQuery.build(search_after=cursor, facets=False, **kw))
        ids += [h.id for h in result.hits]
        cursor = result.next_cursor
        if cursor is None:
            return ids


def _pages(backend, size: int, **kw) -> list[str]:
    ids, page = [], 1
    while True:
        hits = backend.search(SearchQuery.build(page=page, size=size, facets=False, **kw)).hits
        if not hits:
            return ids
        ids += [h.id for h in hits]
        page += 1


def test_date_cursor_walks_every_document_newest_first(filled, corpus):
    ids = _follow(filled, size=37, sort="date")
    by_date = sorted(corpus, key=lambda d: d.published, reverse=True)
    assert ids == [d.id for d in by_date]


def test_date_cursor_equals_offset_paging_for_a_text_query(filled):
    assert _follow(filled, text="khen thưởng", size=23, sort="date") == _pages(filled, 23, text="khen thưởng", sort="date")


def test_relevance_cursor_equals_offset_paging(filled):
    walked = _follow(filled, text="thi đua", size=29)
    assert walked == _pages(filled, 29, text="thi đua")
    assert len(walked) == len(set(walked)) == filled.search(SearchQuery.build("thi đua")).total


def test_date_cursor_keeps_the_total_of_the_whole_query(filled):
    first = filled.search(SearchQuery.build(size=10, sort="date"))
    second = filled.search(SearchQuery.build(size=10, sort="date", search_after=first.next_cursor))
    assert first.total == second.total == filled.count()
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


@pytest.mark.parametrize("cursor", [("date", "x"), ("nonsense", 1, 2), ("offset", None)])
def test_a_forged_cursor_is_a_query_error(filled, cursor):
    with pytest.raises(QueryError):
        filled.search(SearchQuery.build(search_after=cursor))


def test_date_cursor_does_not_skip_documents_published_at_the_same_minute(backend):
    import datetime as dt

    from .conftest import ICT, doc

    same = dt.datetime(2023, 3, 30, 17, 43, tzinfo=ICT)
    docs = [doc(n, f"Tin số {n} về thi đua", "Nội dung", published=same) for n in range(25)]
    backend.index(docs)
    walked = _follow(backend, text="thi đua", size=4, sort="date")
    assert sorted(walked) == sorted(d.id for d in docs)

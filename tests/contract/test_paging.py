"""Deep paging: following next_cursor visits every match exactly once, in order."""

from __future__ import annotations

import pytest

from index.backend import SearchQuery

from .conftest import BACKENDS, _close, _open
from .factory import many_docs

N = 260


@pytest.fixture(scope="module", params=BACKENDS)
def paged(request, tmp_path_factory):
    b = _open(request.param, tmp_path_factory, "paging")
    report = b.index(many_docs(N))
    assert report.failed == 0, report.errors
    yield b
    _close(b)


def walk(backend, query: SearchQuery):
    pages = []
    while True:
        result = backend.search(query)
        pages.append(result)
        if result.next_cursor is None:
            return pages
        query = SearchQuery(**{**query.__dict__, "search_after": result.next_cursor})


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_cursor_walk_visits_every_match_once(paged, sort):
    pages = walk(paged, SearchQuery.build("thi đua", sort=sort, size=25, facets=False))
    seen = [h.id for p in pages for h in p.hits]
    assert len(seen) == len(set(seen)) == N == pages[0].total
    assert len(pages) == -(-N // 25)
    if sort == "date":
        dates = [h.published for p in pages for h in p.hits]
        assert dates == sorted(dates, reverse=True)


def test_cursor_walk_with_a_filter(paged):
    pages = walk(paged, SearchQuery.build("", {"site": ["baodanang.vn"]}, size=20, facets=False))
    hits = [h for p in pages for h in p.hits]
    assert len(hits) == pages[0].total == len([i for i in range(N) if i % 3 == 2])
    assert {h.site for h in hits} == {"baodanang.vn"}


def test_page_numbers_agree_with_the_cursor(paged):
    by_cursor = walk(paged, SearchQuery.build("", size=30, facets=False))
    for page in (1, 2, 5):
        numbered = paged.search(SearchQuery.build("", size=30, page=page, facets=False))
        assert [h.id for h in numbered.hits] == [h.id for h in by_cursor[page - 1].hits]


def test_page_size_is_capped(paged):
    result = paged.search(SearchQuery.build("", size=10_000, facets=False))
    assert 0 < len(result.hits) <= 100

"""Fixtures for the embedded backend: a fresh backend and a small generated corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.bench_search_sqlite import generate_documents
from index.sqlite_backend import SqliteBackend
from thidua.models import IndexDocument, document_id

ICT = dt.timezone(dt.timedelta(hours=7))


def doc(n: int, title: str, body: str = "", lead: str = "", published=None, **kw) -> IndexDocument:
    """A hand-written document; the id follows from its URL like real ones."""
    url = f"http://news.test/channel/5083/202303/bai-{n}-{1000 + n}"
    return IndexDocument(
        id=document_id(url),
        url=url,
        site=kw.pop("site", "news.test"),
        title=title,
        lead=lead,
        body=body,
        published=published or dt.datetime(2023, 3, 1, 8, 0, tzinfo=ICT) + dt.timedelta(days=n),
        **kw,
    )


@pytest.fixture
def backend(tmp_path):
    b = SqliteBackend(tmp_path / "search.sqlite")
    yield b
    b.close()


@pytest.fixture(scope="module")
def corpus() -> list[IndexDocument]:
    return list(generate_documents(400, seed=11))


@pytest.fixture(scope="module")
def filled(tmp_path_factory, corpus):
    """A backend holding the corpus, written in several calls so the text index has several segments."""
    b = SqliteBackend(tmp_path_factory.mktemp("filled") / "search.sqlite")
    for start in range(0, len(corpus), 100):
        b.index(corpus[start : start + 100])
    yield b
    b.close()

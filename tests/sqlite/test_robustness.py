"""Hostile input, idempotent indexing, and the text index rebuilt from SQLite after a crash."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3

import pytest

from index.backend import SearchQuery, TimelineQuery
from index.sqlite_backend import SqliteBackend
from thidua.errors import QueryError

from .conftest import doc

HOSTILE = [
    '"', '""', "AND OR (", "*", "NEAR(a b)", "title:vu", "'; DROP TABLE docs; --", "<script>alert(1)</script>",
    "\x00\x01", "a" * 10_000, "thi " * 200, "😀😀", "-", "^", "vu*", "\\", "%_%",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_give_an_error_or_a_result_never_a_crash(filled, text):
    try:
        result = filled.search(SearchQuery.build(text))
    except QueryError:
        return
    assert result.total >= 0
    assert filled.count() > 0  # and nothing was dropped


@pytest.mark.parametrize("text", ["%", "_", "' OR 1=1 --", "\\"])
def test_hostile_timeline_values(filled, text):
    assert filled.timeline(TimelineQuery(unit=text)).records == ()


def test_indexing_twice_changes_nothing_and_updates_replace(backend):
    docs = [doc(1, "Huyện Vụ Bản tổng kết", "Nội dung"), doc(2, "Huyện Ý Yên tổng kết", "Nội dung")]
    backend.index(docs)
    backend.index(docs)
    assert backend.count() == 2
    assert backend.search(SearchQuery.build("tổng kết")).total == 2
    backend.index([dataclasses.replace(docs[0], title="Huyện Vụ Bản phát động thi đua")])
    assert backend.count() == 2
    assert backend.search(SearchQuery.build("tổng kết")).total == 1
    assert backend.search(SearchQuery.build("phát động")).hits[0].id == docs[0].id


def test_text_index_is_rebuilt_from_sqlite_when_lost_or_half_written(tmp_path):
    path = tmp_path / "search.sqlite"
    backend = SqliteBackend(path)
    backend.index([doc(1, "Huyện Vụ Bản tổng kết", "Nội dung"), doc(2, "Huyện Ý Yên tổng kết", "Nội dung")])
    backend.close()
    shutil.rmtree(path.with_suffix(".tantivy"))  # lost
    assert SqliteBackend(path).search(SearchQuery.build("vu ban")).total == 1
    with sqlite3.connect(path) as db:  # a crash between the SQLite commit and the text commit
        db.execute("UPDATE docs SET data = replace(data, 'Ý Yên', 'Hải Hậu') WHERE data LIKE '%Ý Yên%'")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'dirty'")
    reopened = SqliteBackend(path)
    assert reopened.search(SearchQuery.build("hai hau")).total == 1
    assert reopened.search(SearchQuery.build("y yen")).total == 0


def test_a_bad_document_is_reported_and_the_rest_indexed(backend):
    good = doc(1, "Huyện Vụ Bản tổng kết", "Nội dung")
    bad = dataclasses.replace(doc(2, "Hỏng", "x"), published="not a date")
    report = backend.index([bad, good])
    assert (report.indexed, report.failed) == (1, 1)
    assert report.errors and bad.id in report.errors[0]
    assert backend.count() == 1
    assert backend.search(SearchQuery.build("tổng kết")).total == 1


def test_delete_all_empties_both_parts(backend):
    backend.index([doc(1, "Huyện Vụ Bản tổng kết", "Nội dung")])
    backend.delete_all()
    assert backend.count() == 0
    assert backend.search(SearchQuery.build("")).total == 0


def test_a_second_writer_waits_then_gives_a_clear_error(tmp_path, monkeypatch):
    import index.sqlite_backend as sb
    from thidua.errors import BackendError

    monkeypatch.setattr(sb, "WRITER_WAIT_SECONDS", 0.5)
    first, second = SqliteBackend(tmp_path / "search.sqlite"), SqliteBackend(tmp_path / "search.sqlite")
    held = first._writer()  # as if another process were indexing
    with pytest.raises(BackendError, match="another process"):
        second.index([doc(1, "Huyện Vụ Bản tổng kết", "Nội dung")])
    held.wait_merging_threads()
    second.index([doc(1, "Huyện Vụ Bản tổng kết", "Nội dung")])
    assert first.search(SearchQuery.build("vu ban")).total == 1  # the other handle sees the commit


def test_opening_while_another_writer_holds_the_index_does_not_fail(tmp_path):
    path = tmp_path / "search.sqlite"
    first = SqliteBackend(path)
    first.index([doc(1, "Huyện Vụ Bản tổng kết", "Nội dung")])
    held = first._writer()
    first._set_dirty(True)  # mid-write, as seen from outside
    reader = SqliteBackend(path)  # would like to rebuild, cannot: searches what is committed
    assert reader.search(SearchQuery.build("vu ban")).total == 1
    held.wait_merging_threads()


def test_rebuild_replaces_everything_and_searches_never_see_it_empty(backend):
    import threading

    old = [doc(n, f"Tin cũ số {n} về thi đua", "Nội dung") for n in range(30)]
    backend.index(old)
    new = [dataclasses.replace(d, title=f"Tin mới số {n} về thi đua") for n, d in enumerate(old[:20])]
    totals, stop = [], threading.Event()

    def watch():
        while not stop.is_set():
            totals.append(backend.search(SearchQuery.build("thi đua", facets=False)).total)

    watcher = threading.Thread(target=watch)
    watcher.start()
    seen = []
    report = backend.rebuild(iter(new), progress=seen.append, batch=7)
    stop.set()
    watcher.join()
    assert (report.indexed, report.failed, sum(seen)) == (20, 0, 20)
    assert backend.count() == 20
    assert backend.search(SearchQuery.build("tin cu")).total == 0
    assert backend.search(SearchQuery.build("tin moi")).total == 20
    assert totals and all(t in (30, 20) for t in totals)
    reopened = SqliteBackend(backend.path)  # the two parts agree: no rebuild needed, same answers
    assert reopened.search(SearchQuery.build("tin moi")).total == 20


def test_reindex_job_uses_the_atomic_rebuild(tmp_path):
    from index.store import Store
    from tests.core.factories import make_article, make_extraction
    from thidua import jobs

    store = Store(tmp_path / "thidua.sqlite")
    for n in range(3):
        article = make_article(n)
        store.upsert_article(article)
        store.save_extraction(article.canonical_url, make_extraction(article))
    backend = SqliteBackend(tmp_path / "search.sqlite")
    backend.index([doc(99, "Bài đã xoá khỏi kho", "x")])
    summary = jobs.reindex(store, backend)
    assert summary.consistent and backend.count() == 3
    assert backend.search(SearchQuery.build("xoa khoi kho")).total == 0


def test_a_text_index_built_by_another_version_is_rebuilt(tmp_path):
    path = tmp_path / "search.sqlite"
    backend = SqliteBackend(path)
    backend.index([doc(1, "Huyện Vụ Bản tổng kết", "Nội dung")])
    backend.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE docs SET data = replace(data, 'Vụ Bản', 'Hải Hậu')")
        db.execute("UPDATE meta SET value = '0' WHERE key = 'text_index_version'")
    reopened = SqliteBackend(path)
    assert reopened.search(SearchQuery.build("hai hau")).total == 1


def test_documents_come_back_equal_with_awards_and_evidence(backend):
    from index.documents import to_index_document
    from tests.core.factories import make_article, make_extraction
    from thidua.models import StoredArticle

    article = make_article(1)
    indexed = to_index_document(StoredArticle(article, make_extraction(article)))
    backend.index([indexed])
    assert backend.get(indexed.id) == indexed
    assert backend.timeline(TimelineQuery(unit="Vụ Bản")).records == indexed.awards


def test_concurrent_searches_while_indexing_all_answer(backend):
    from concurrent.futures import ThreadPoolExecutor

    backend.index([doc(n, f"Tin số {n}: huyện Vụ Bản thi đua", "Nội dung") for n in range(40)])

    def search(i):
        return backend.search(SearchQuery.build("vu ban" if i % 2 else "thi đua", size=5)).total

    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(search, i) for i in range(40)]
        backend.index([doc(n, f"Tin thêm {n}: huyện Vụ Bản thi đua", "Nội dung") for n in range(40, 60)])
        totals = [f.result() for f in futures]
    assert all(t in (40, 60) for t in totals)

"""Elasticsearch-only behaviour: errors, per-document failures, versioned indices, counts."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest

from index.backend import SearchQuery
from index.elastic import ElasticBackend
from index.sqlite_backend import SqliteBackend
from index.store import Store
from thidua import jobs
from thidua.errors import BackendUnavailable
from tests.contract.factory import corpus, many_docs, timeline_docs
from tests.core.factories import make_article, make_extraction


def test_a_dead_server_is_backend_unavailable_with_advice():
    dead = ElasticBackend("http://127.0.0.1:9", index_prefix="nobody", retry_seconds=0)
    for call in (dead.count, lambda: dead.search(SearchQuery.build("vụ bản")), lambda: dead.index(corpus().values())):
        with pytest.raises(BackendUnavailable) as info:
            call()
        assert "127.0.0.1:9" in str(info.value) and "scripts/es-node start" in str(info.value)


@pytest.mark.es
def test_rejected_documents_are_reported_one_by_one(es):
    good = list(corpus().values())
    bad = dataclasses.replace(good[0], id="bad-doc", relevance_score="rất cao")  # not a number
    report = es.index([*good, bad])
    assert report.indexed == len(good) and report.failed == 1
    assert len(report.errors) == 1 and report.errors[0].startswith("bad-doc")
    assert "relevance_score" in report.errors[0]
    assert es.count() == len(good)


@pytest.mark.es
def test_indices_come_from_the_template_with_the_configured_shards(es_url):
    es = ElasticBackend(es_url, index_prefix=f"tpl-{time.time_ns()}", shards=2, replicas=0)
    try:
        es.index(corpus().values())
        (name,) = es.live_indices()[es.articles]
        settings = es.client.indices.get_settings(index=name)[name]["settings"]["index"]
        assert settings["number_of_shards"] == "2"
        assert settings["analysis"]["filter"]["vi_fold"]["preserve_original"] == "true"
        tokens = es.client.indices.analyze(index=name, body={"analyzer": "vi_folded", "text": "Đội Vụ Bản"})
        by_position = sorted((t["position"], t["token"]) for t in tokens["tokens"])
        assert by_position == [(0, "doi"), (0, "đội"), (1, "vu"), (1, "vụ"), (2, "ban"), (2, "bản")]
    finally:
        es.drop()


@pytest.mark.es
def test_rebuild_swaps_aliases_without_an_empty_moment(es):
    es.index(many_docs(300))
    before = es.live_indices()
    totals, stop = [], threading.Event()

    def keep_searching():
        while not stop.is_set():
            totals.append(es.search(SearchQuery.build("thi đua", size=1, facets=False)).total)

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        report = es.rebuild(many_docs(300) + timeline_docs())
    finally:
        time.sleep(0.3)
        stop.set()
        searcher.join()
    assert report.failed == 0 and report.indexed == 300 + len(timeline_docs())
    assert totals and min(totals) >= 300  # never empty, never half-built
    after = es.live_indices()
    assert after[es.articles] == [es.articles + "-v2"] and after[es.awards] == [es.awards + "-v2"]
    assert before[es.articles] == [es.articles + "-v1"]
    assert not es.client.indices.exists(index=es.articles + "-v1")  # the old version is gone
    assert es.count() == 300 + len(timeline_docs())


@pytest.mark.es
def test_a_failed_rebuild_keeps_the_live_version(es):
    docs = list(corpus().values())
    es.index(docs)
    bad = dataclasses.replace(docs[0], id="bad-doc", relevance_score="không phải số")
    report = es.rebuild([*docs[1:], bad])
    assert report.failed == 1 and "kept the previous index version" in report.errors[-1]
    assert es.live_indices()[es.articles] == [es.articles + "-v1"]
    assert es.count() == len(docs)


def _store(tmp_path, n):
    store = Store(tmp_path / "thidua.sqlite")
    for i in range(n):
        article = make_article(i, title=f"Huyện Vụ Bản: bản tin thi đua số {i}")
        store.upsert_article(article)
        if i % 3:
            store.save_extraction(article.canonical_url, make_extraction(article))
    return store


@pytest.mark.es
def test_store_and_index_counts_agree_after_index_and_reindex(es, tmp_path):
    store = _store(tmp_path, 40)
    first = jobs.index_all(store, es, batch=15)
    again = jobs.index_all(store, es, batch=15)
    assert first.consistent and again.consistent and es.count() == store.count() == 40
    rebuilt = jobs.reindex(store, es)
    assert rebuilt.consistent and es.live_indices()[es.articles] == [es.articles + "-v2"]
    # The same store in both backends gives the same ids.
    sqlite = SqliteBackend(tmp_path / "search.sqlite")
    jobs.index_all(store, sqlite)
    assert list(es.iter_ids()) == list(sqlite.iter_ids())
    assert es.count_awards() == sum(1 for s in store.iter_articles() if s.extraction for _ in s.extraction.awards)


@pytest.mark.es
def test_a_rebuild_interrupted_by_its_source_leaves_no_half_built_version(es):
    docs = list(corpus().values())
    es.index(docs)

    def broken_store():
        yield from many_docs(700)
        raise RuntimeError("store went away")

    with pytest.raises(RuntimeError):
        es.rebuild(broken_store())
    assert es.live_indices()[es.articles] == [es.articles + "-v1"]
    assert not es.client.indices.exists(index=es.articles + "-v2")
    assert es.count() == len(docs)

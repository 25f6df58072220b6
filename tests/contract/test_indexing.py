"""Writing to a backend: idempotent by id, exact on re-index, round trip through get()."""

from __future__ import annotations

import dataclasses

from index.backend import SearchQuery, TimelineQuery

from .factory import corpus, doc


def test_indexing_twice_keeps_one_document_per_id(backend):
    docs = list(corpus().values())
    first = backend.index(docs)
    second = backend.index(docs)
    assert (first.indexed, first.failed) == (len(docs), 0)
    assert (second.indexed, second.failed) == (len(docs), 0)
    assert backend.count() == len(docs)
    assert sorted(backend.iter_ids()) == sorted(d.id for d in docs)


def test_get_returns_the_document_as_indexed(backend):
    original = corpus()["vuban"]
    backend.index([original])
    assert backend.get(original.id) == original
    assert backend.get("no-such-id") is None


def test_reindexing_a_changed_document_replaces_it(backend):
    original = corpus()["danang"]
    backend.index([original])
    changed = dataclasses.replace(original, title="Đà Nẵng tổng kết đợt thi đua cao điểm", event_type="tổng kết")
    backend.index([changed])
    assert backend.count() == 1
    assert backend.get(original.id).title == changed.title
    assert backend.search(SearchQuery.build("tong ket")).total == 1
    assert backend.search(SearchQuery.build("phát động", {"event_type": ["phát động"]})).total == 0


def test_reindexing_with_fewer_awards_drops_the_stale_award_records(backend):
    two = doc(
        "hai-giai",
        "Hai tập thể được khen",
        awards=(("Bằng khen", "xã Cộng Hòa", 2022), ("Bằng khen", "xã Tam Thanh", 2022)),
    )
    backend.index([two])
    assert len(backend.timeline(TimelineQuery(form="bằng khen")).records) == 2
    one = dataclasses.replace(two, awards=two.awards[:1])
    backend.index([one])
    records = backend.timeline(TimelineQuery(form="bằng khen")).records
    assert [r.recipient for r in records] == ["xã Cộng Hòa"]


def test_delete_all_empties_articles_and_awards(backend):
    backend.index(corpus().values())
    backend.delete_all()
    assert backend.count() == 0
    assert backend.search(SearchQuery.build("thi đua")).total == 0
    assert backend.timeline(TimelineQuery()).records == ()
    # and the backend is still usable afterwards
    backend.index([corpus()["vuban"]])
    assert backend.count() == 1


def test_an_empty_index_answers_searches_and_timelines(backend):
    result = backend.search(SearchQuery.build("vụ bản", {"site": ["baonamdinh.vn"]}))
    assert result.total == 0 and result.hits == () and result.next_cursor is None
    assert backend.timeline(TimelineQuery(unit="vụ bản")).per_year == ()

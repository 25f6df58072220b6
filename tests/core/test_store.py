import dataclasses
import datetime as dt

import pytest

from index.store import Store
from thidua.errors import StoreError
from thidua.models import document_id

from .factories import make_article, make_extraction


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "thidua.sqlite") as s:
        yield s


def test_upsert_is_keyed_by_canonical_url(store):
    a = make_article()
    assert store.upsert_article(a) == "new"
    assert store.upsert_article(a) == "unchanged"
    other_url = dataclasses.replace(a, url=a.canonical_url + "?print=1")
    assert store.upsert_article(other_url) == "unchanged"
    assert store.count() == 1
    assert store.get(a.url).article.canonical_url == a.canonical_url
    assert store.get(other_url.url) is not None


def test_changed_text_is_reported_and_replaced(store):
    a = make_article()
    store.upsert_article(a)
    changed = make_article(body=("Nội dung đã sửa.",))
    assert store.upsert_article(changed) == "changed"
    assert store.get(a.canonical_url).article.body == ("Nội dung đã sửa.",)


def test_extraction_is_saved_and_read_back(store):
    a = make_article()
    store.upsert_article(a)
    ex = make_extraction(a)
    store.save_extraction(a.canonical_url, ex)
    got = store.get(document_id(a.canonical_url))
    assert got.extraction == ex
    assert store.count_extracted() == 1


def test_extraction_for_unknown_article_is_refused(store):
    a = make_article()
    with pytest.raises(StoreError):
        store.save_extraction(a.canonical_url, make_extraction(a))


def test_iter_articles_pages_through_everything(store):
    for n in range(7):
        store.upsert_article(make_article(n, title=f"Bài {n}"))
    seen = [s.article.title for s in store.iter_articles(batch=3)]
    assert sorted(seen) == sorted(f"Bài {n}" for n in range(7))


def test_store_survives_reopen(tmp_path):
    path = tmp_path / "db.sqlite"
    with Store(path) as s:
        s.upsert_article(make_article())
    with Store(path) as s:
        assert s.count() == 1


def test_syndicated_copies_are_kept_and_linked_to_the_original(store):
    original = make_article(1)
    copy = make_article(
        2,
        url="http://other.test/tin/ban-sao-1",
        canonical_url="http://other.test/tin/ban-sao-1",
        site="other.test",
        syndicated_from=original.canonical_url,
    )
    store.upsert_article(original)
    store.upsert_article(copy)
    assert store.count() == 2
    assert [a.canonical_url for a in store.syndicated_copies(original.canonical_url)] == [copy.canonical_url]
    assert store.syndicated_copies(copy.canonical_url) == []


def _with_units(ex, *units):
    return dataclasses.replace(ex, units=tuple(units))


def test_entity_lists_count_articles_and_follow_re_extraction(store):
    from thidua.models import Official, Unit

    first, second = make_article(1), make_article(2)
    for a in (first, second):
        store.upsert_article(a)
        store.save_extraction(a.canonical_url, make_extraction(a))
    assert store.entity_counts("official") == [("Trần Văn Đông", 2, "Phó Chủ tịch UBND tỉnh")]
    assert store.entity_counts("unit", "VU BAN") == [("Huyện Vụ Bản, Tỉnh Nam Định", 2, "huyện")]
    assert store.entity_counts("unit", "Vụ Bảng") == []
    # the second article is re-extracted: its mentions are replaced, not added to
    ex = make_extraction(second)
    later = dataclasses.replace(
        ex,
        event=dataclasses.replace(ex.event, date=dt.date(2024, 5, 2)),  # the latest titles are shown
        officials=(Official("Trần Văn Đông", ("Chủ tịch UBND tỉnh",)), Official("Lê Thị Hoa", ())),
        units=(Unit("huyện Mỹ Lộc", kind="huyện"),),
    )
    store.save_extraction(second.canonical_url, later)
    assert store.entity_counts("official") == [("Trần Văn Đông", 2, "Chủ tịch UBND tỉnh"), ("Lê Thị Hoa", 1, "")]
    assert [n for n, _, _ in store.entity_counts("unit")] == ["Huyện Vụ Bản, Tỉnh Nam Định", "huyện Mỹ Lộc"]


def test_articles_naming_an_entity_match_whole_words_and_successors(store):
    from thidua.models import Unit

    a, b = make_article(1), make_article(2)
    for article in (a, b):
        store.upsert_article(article)
    store.save_extraction(a.canonical_url, make_extraction(a))
    store.save_extraction(b.canonical_url, _with_units(make_extraction(b), Unit("xã Vụ Bảng", kind="xã")))
    urls = lambda it: [s.article.canonical_url for s in it]  # noqa: E731
    assert urls(store.articles_naming_unit("vu ban")) == [a.canonical_url]
    assert urls(store.articles_naming_unit("Vụ Bảng")) == [b.canonical_url]
    assert urls(store.articles_naming_unit("Ninh Bình")) == [a.canonical_url]  # the 2025 successor
    assert urls(store.articles_naming_unit("50%_")) == []
    assert urls(store.articles_naming_official("TRẦN VĂN ĐÔNG")) == [a.canonical_url, b.canonical_url]
    assert urls(store.articles_naming_official("Tran Van Dong")) == []  # names compare with their diacritics


def test_a_store_from_before_the_mentions_table_gets_it_filled_on_open(tmp_path):
    path = tmp_path / "old.sqlite"
    with Store(path) as s:
        a = make_article()
        s.upsert_article(a)
        s.save_extraction(a.canonical_url, make_extraction(a))
        s._db.execute("DELETE FROM mentions")  # as an older thidua left it
        s._db.execute("PRAGMA user_version = 0")
        s._db.commit()
    with Store(path) as s:
        assert s.entity_counts("official") == [("Trần Văn Đông", 1, "Phó Chủ tịch UBND tỉnh")]

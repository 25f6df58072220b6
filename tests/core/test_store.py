import dataclasses

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

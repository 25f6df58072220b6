import csv
import io
import json

from index.sqlite_backend import SqliteBackend
from index.store import Store
from thidua import jobs

from .factories import make_article, make_extraction


def seeded_store(tmp_path, n=3):
    store = Store(tmp_path / "thidua.sqlite")
    for i in range(n):
        a = make_article(i, title=f"Bài số {i}")
        store.upsert_article(a)
        if i % 2 == 0:
            store.save_extraction(a.canonical_url, make_extraction(a))
    return store


def test_index_all_is_idempotent_and_counts_match(tmp_path):
    store = seeded_store(tmp_path)
    backend = SqliteBackend(tmp_path / "search.sqlite")
    calls = []
    first = jobs.index_all(store, backend, progress=lambda n, total: calls.append((n, total)))
    second = jobs.index_all(store, backend)
    assert first.consistent and second.consistent
    assert backend.count() == store.count() == 3
    assert sum(n for n, _ in calls) == 3


def test_reindex_rebuilds_from_the_store(tmp_path):
    store = seeded_store(tmp_path)
    backend = SqliteBackend(tmp_path / "search.sqlite")
    jobs.index_all(store, backend)
    summary = jobs.reindex(store, backend)
    assert summary.consistent and backend.count() == 3


def test_export_articles_writes_one_json_line_per_article(tmp_path):
    store = seeded_store(tmp_path)
    buf = io.StringIO()
    assert jobs.export_articles(store, buf) == 3
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert {line["title"] for line in lines} == {"Bài số 0", "Bài số 1", "Bài số 2"}
    first = next(line for line in lines if line["title"] == "Bài số 0")
    assert first["published"] == "2023-03-30T17:43:00+07:00"
    assert first["relevant"] is True
    assert first["extraction"]["awards"][0]["form"] == "Cờ thi đua"
    assert next(line for line in lines if line["title"] == "Bài số 1")["extraction"] is None


def test_awards_csv_streams_rows_with_a_header(tmp_path):
    store = seeded_store(tmp_path)
    backend = SqliteBackend(tmp_path / "search.sqlite")
    jobs.index_all(store, backend)
    from index.backend import TimelineQuery

    records = backend.timeline(TimelineQuery(unit="vu ban")).records
    chunks = list(jobs.awards_csv(records))
    assert len(chunks) == len(records) == 2
    rows = list(csv.DictReader(io.StringIO("".join(chunks))))
    assert rows[0]["recipient"] == "huyện Vụ Bản" and rows[0]["year"] == "2023"


def test_extract_redoes_articles_extracted_by_other_rules_and_then_nothing(tmp_path):
    from pipeline import EXTRACTOR_VERSION

    store = seeded_store(tmp_path)  # two extractions by the "test" rules, one article never extracted
    assert [s.article.title for s in store.iter_articles(needs_extraction=True, extractor_version="test")] == ["Bài số 1"]
    first = jobs.extract_stored(store)
    assert first.extracted == 3 and first.failed == 0
    assert {s.extraction.extractor_version for s in store.iter_articles()} == {EXTRACTOR_VERSION}
    assert jobs.extract_stored(store).extracted == 0

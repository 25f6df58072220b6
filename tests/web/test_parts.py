"""The web app's pure parts: fact highlighting, the SVG chart, parameter checks, sanitising, exports."""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata

import pytest

from index.backend import Hit, SearchQuery, SearchResult, TimelineQuery
from thidua.models import Award, Evidence, Extraction, Official, StoredArticle, Theme, Unit
from web.charts import bar_chart_svg
from web.exports import award_matches, chunked, csv_lines, iter_awards, iter_hits
from web.highlight import Span, fact_spans, highlighted_paragraphs, locate, segments
from web.params import BadRequest, parse_date, parse_search
from web.sanitize import sanitize_archived_html

from .seed import _vu_ban_2021

TEXT = "Tiêu đề bài\n\nĐồng chí Trần Văn Đông trao Cờ thi đua cho huyện Vụ Bản."
SENTENCE = "Đồng chí Trần Văn Đông trao Cờ thi đua cho huyện Vụ Bản."
START = TEXT.index(SENTENCE)
EV = (Evidence(SENTENCE, START, START + len(SENTENCE)),)


# -- highlighting ---------------------------------------------------------------


def test_locate_finds_the_mention_inside_its_evidence_sentence():
    (span,) = locate(TEXT, EV, "Cờ thi đua")
    assert TEXT[span[0]:span[1]] == "Cờ thi đua"


def test_locate_falls_back_to_the_sentence_when_the_mention_is_not_written_there():
    assert locate(TEXT, EV, "Huân chương Lao động") == [(START, START + len(SENTENCE))]


def test_locate_ignores_diacritic_differences_in_the_mention():
    (span,) = locate(TEXT, EV, "huyen Vu Ban")
    assert TEXT[span[0]:span[1]] == "huyện Vụ Bản"


def test_locate_recovers_from_stale_offsets_by_finding_the_sentence():
    stale = (Evidence(SENTENCE, 0, len(SENTENCE)),)  # offsets from an older text
    (span,) = locate(TEXT, stale, "Trần Văn Đông")
    assert TEXT[span[0]:span[1]] == "Trần Văn Đông"
    assert locate(TEXT, (Evidence("câu không có trong bài", 0, 5),), None) == []


def test_fact_without_evidence_is_placed_at_its_first_mention():
    (span,) = locate(TEXT, (), "Cờ thi đua")
    assert TEXT[span[0]:span[1]] == "Cờ thi đua"


def test_overlapping_facts_share_a_segment_and_keep_both_styles():
    segs = segments("abcdef", [Span(0, 4, "unit", "U"), Span(2, 6, "award", "A")])
    assert [(s.text, s.kinds) for s in segs] == [("ab", ("unit",)), ("cd", ("award", "unit")), ("ef", ("award",))]
    assert "".join(s.text for s in segs) == "abcdef"


def test_highlighting_keeps_the_text_whole_and_splits_paragraphs():
    ex = Extraction(
        officials=(Official("Trần Văn Đông", evidence=EV),),
        units=(Unit("huyện Vụ Bản", evidence=EV),),
        awards=(Award("Cờ thi đua", "huyện Vụ Bản", evidence=EV),),
        themes=(Theme("Không có trong bài"),),
    )
    paras = highlighted_paragraphs(TEXT, ex)
    assert ["".join(s.text for s in p) for p in paras] == TEXT.split("\n\n")
    marked = {s.text: s.kinds for p in paras for s in p if s.kinds}
    assert marked == {"Trần Văn Đông": ("official",), "Cờ thi đua": ("award",), "huyện Vụ Bản": ("unit",)}


def test_every_fact_of_a_real_extraction_is_located():
    article, extraction = _vu_ban_2021()
    spans = fact_spans(article.text(), extraction)
    assert {s.kind for s in spans} == {"official", "unit", "award", "event"}
    assert all(article.text()[s.start:s.end] for s in spans)


# -- chart ---------------------------------------------------------------


def test_chart_has_one_bar_per_year_including_empty_years():
    svg = bar_chart_svg([(2019, 2), (2022, 5)])
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert [int(y) for y in __import__("re").findall(r'data-year="(\d+)"', svg)] == [2019, 2020, 2021, 2022]
    assert 'data-count="0"' in svg and 'data-count="5"' in svg


def test_chart_escapes_its_title_and_is_empty_without_data():
    assert "<b>" not in bar_chart_svg([(2020, 1)], title="<b>x</b>")
    assert bar_chart_svg([]) == ""


# -- parameters ---------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [("2023-03-30", dt.date(2023, 3, 30)), ("30/03/2023", dt.date(2023, 3, 30)),
                                           ("3/2/2023", dt.date(2023, 2, 3)), ("", None)])
def test_dates_in_iso_or_vietnamese_order(text, expected):
    assert parse_date(text, "Ngày") == expected


def test_search_params_rebuild_their_url_and_toggle_facets():
    params = parse_search("cờ thi đua", {"site": ["a.test"], "unit": ["Vụ Bản"]}, page="3")
    on = params.toggle_url("event_type", "tổng kết")
    assert "event_type=" in on and "page=" not in on and "site=a.test" in on
    off = params.toggle_url("site", "a.test")
    assert "site=" not in off and "unit=" in off
    query = params.to_query()
    assert isinstance(query, SearchQuery)
    assert query.filter_dict() == {"site": ("a.test",), "units": ("Vụ Bản",)} and query.page == 3


def test_search_params_refuse_unknown_filters_and_deep_pages():
    with pytest.raises(BadRequest):
        parse_search("", {"password": ["x"]})
    with pytest.raises(BadRequest):
        parse_search("", {}, page="101", size="100")


# -- sanitising ---------------------------------------------------------------


def test_sanitiser_strips_everything_that_could_run():
    raw = (b'<html><head><script src="x.js"></script><meta http-equiv="refresh" content="0;url=http://e.test">'
           b'<link rel="stylesheet" href="http://e.test/a.css"></head><body onload="x()"><svg><script>y()</script>'
           b'</svg><object data="f.swf"></object><a href="javascript:z()" onmouseover="z()">a</a>'
           b'<img src="p.png" onerror="z()"><p>N\xe1\xbb\x99i dung</p></body></html>')
    out = sanitize_archived_html(raw, "<b>nhãn</b>").lower()
    for banned in ("<script", "onload", "onerror", "onmouseover", "javascript:", "<object", "http-equiv", "<link"):
        assert banned not in out
    assert "nội dung" in out and "&lt;b&gt;nhãn" in out


def test_sanitiser_copes_with_empty_and_non_html_bodies():
    assert "trang trống" in sanitize_archived_html(b"", "x")
    assert "<script" not in sanitize_archived_html(b"\x00\x01<script>a()</script>", "x").lower()


# -- exports ---------------------------------------------------------------


def test_award_filter_ignores_diacritics_and_uses_canonical_names():
    article, extraction = _vu_ban_2021()
    (record,) = list(iter_awards([StoredArticle(article, extraction)], TimelineQuery()))
    assert award_matches(record, TimelineQuery(form="bang khen cua chu tich"))  # canonical form
    assert award_matches(record, TimelineQuery(unit="VỤ BẢN", year_from=2022, year_to=2022))
    assert not award_matches(record, TimelineQuery(unit="Vụ Bản", year_from=2023))
    assert not award_matches(record, TimelineQuery(conferrer="Chủ tịch nước"))


def test_award_export_pulls_articles_only_as_rows_are_read():
    article, extraction = _vu_ban_2021()
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield StoredArticle(article, extraction)

    lines = csv_lines(["a"], ([r.form] for r in iter_awards(endless(), TimelineQuery())))
    assert len(list(itertools.islice(lines, 6))) == 6
    assert pulled == 5  # header + five rows: five articles read, no more


class PagedFake:
    """A backend that pages 250 hits by cursor and counts the pages asked for."""

    def __init__(self, total=250, size=100):
        self.total, self.size, self.calls = total, size, 0

    def search(self, query):
        self.calls += 1
        start = query.search_after[0] if query.search_after else 0
        end = min(self.total, start + self.size)
        hits = tuple(Hit(str(i), "", "", "", None, "") for i in range(start, end))
        return SearchResult(self.total, hits, next_cursor=(end,) if end < self.total else None)


def test_search_export_follows_the_cursor_to_the_last_hit():
    fake = PagedFake()
    ids = [h.id for h in iter_hits(fake, lambda cursor: SearchQuery(search_after=cursor))]
    assert ids == [str(i) for i in range(250)] and fake.calls == 3


def test_archived_pages_are_decoded_by_http_charset_then_meta_then_utf8():
    vietnamese = "Huyện Vụ Bản đón nhận Cờ thi đua"
    assert vietnamese in sanitize_archived_html(f"<p>{vietnamese}</p>".encode("utf-8"))
    # Windows-1258 writes tones as combining marks, so the page is NFD text in that code page.
    legacy = '<html><head><meta charset="windows-1258"></head><body><p>Vụ Bản đón thi đua</p></body></html>'
    encoded = unicodedata.normalize("NFD", legacy).encode("cp1258")
    assert "Vụ Bản đón thi đua" in unicodedata.normalize("NFC", sanitize_archived_html(encoded))
    assert "Đồng" in sanitize_archived_html("<p>Đồng</p>".encode("utf-16"), charset="utf-16")


def test_lines_are_sent_in_chunks_without_losing_or_reordering_any():
    lines = [f"dòng {i}\n" for i in range(1000)]
    chunks = list(chunked(iter(lines), size=100))
    assert b"".join(chunks).decode("utf-8") == "".join(lines)
    assert 1 < len(chunks) < len(lines)
    assert list(chunked(iter([]))) == []


class DownBackend:
    """A backend whose server has gone away."""

    name = "down"

    def __getattr__(self, attr):
        def fail(*_a, **_kw):
            from thidua.errors import BackendUnavailable

            raise BackendUnavailable("connection refused")

        return fail


def test_a_dead_backend_gives_a_503_page_not_a_500(tmp_path):
    from fastapi.testclient import TestClient

    from index.store import Store
    from web.app import create_app

    client = TestClient(create_app(Store(tmp_path / "s.sqlite"), DownBackend(), tmp_path), raise_server_exceptions=False)
    page = client.get("/", params={"q": "thi đua"})
    assert page.status_code == 503 and "tạm thời không hoạt động" in page.text
    api = client.get("/api/timeline")
    assert api.status_code == 503 and api.json()["error"]


class CountingStore:
    """A real store that counts the questions it is asked about officials and units."""

    def __init__(self, store):
        self.store, self.passes = store, 0

    def __getattr__(self, name):
        attr = getattr(self.store, name)
        if name in ("entity_counts", "articles_naming_official", "articles_naming_unit"):
            self.passes += 1
        return attr


def _stored_in(store, article, extraction):
    store.upsert_article(article)
    store.save_extraction(article.canonical_url, extraction)


def test_entity_cache_reuses_work_until_the_store_changes_or_the_ttl_passes(tmp_path):
    from index.store import Store
    from web.entities import EntityCache

    real = Store(tmp_path / "s.sqlite")
    _stored_in(real, *_vu_ban_2021())
    store = CountingStore(real)
    now = [0.0]
    cache = EntityCache(store, ttl=60, clock=lambda: now[0])
    assert [e.name for e in cache.officials()] == ["Trần Văn Đông"]
    assert cache.official("Trần Văn Đông").name == "Trần Văn Đông"
    cache.officials(), cache.official("trần văn đông")
    assert store.passes == 2  # one per question, then served from memory

    from .seed import _dien_luc

    _stored_in(real, *_dien_luc())  # the archive grew
    assert {e.name for e in cache.officials()} == {"Trần Văn Đông", "Nguyễn Thị Hoa"}
    assert store.passes == 3
    now[0] = 61.0
    cache.officials()
    assert store.passes == 4
    real.close()


def test_a_unit_written_without_its_kind_word_is_still_found():
    text = "Các tập thể được khen thưởng gồm Ý Yên, Xuân Trường."
    ex = Extraction(units=(Unit("huyện Ý Yên", kind="huyện", evidence=(Evidence(text, 0, len(text)),)),))
    (span,) = fact_spans(text, ex)
    assert text[span.start:span.end] == "Ý Yên"


def test_a_syndicated_copy_and_its_original_link_to_each_other(tmp_path):
    from fastapi.testclient import TestClient

    from index.store import Store
    from thidua.models import Article, document_id
    from web.app import create_app

    store = Store(tmp_path / "s.sqlite")
    original = Article(url="http://baonamdinh.test/a.html", canonical_url="http://baonamdinh.test/a.html",
                       site="baonamdinh.test", title="Vụ Bản đón nhận Cờ thi đua", body=("Chiều 30-3, lễ đón nhận.",))
    copy = Article(url="http://baothaibinh.test/b.html", canonical_url="http://baothaibinh.test/b.html",
                   site="baothaibinh.test", title="Vụ Bản đón nhận Cờ thi đua", body=("Chiều 30-3, lễ đón nhận.",),
                   syndicated_from=original.canonical_url)
    orphan = Article(url="http://baoninhbinh.test/c.html", canonical_url="http://baoninhbinh.test/c.html",
                     site="baoninhbinh.test", title="Bài đăng lại", body=("Nội dung.",),
                     syndicated_from="http://nhandan.test/goc.html")
    for a in (original, copy, orphan):
        store.upsert_article(a)
    client = TestClient(create_app(store, DownBackend(), tmp_path), raise_server_exceptions=False)

    page = client.get(f"/bai/{document_id(original.canonical_url)}").text
    assert f'href="/bai/{document_id(copy.canonical_url)}"' in page and "baothaibinh.test" in page
    page = client.get(f"/bai/{document_id(copy.canonical_url)}").text
    assert "Bài đăng lại từ" in page and f'href="/bai/{document_id(original.canonical_url)}"' in page
    page = client.get(f"/bai/{document_id(orphan.canonical_url)}").text
    assert 'href="http://nhandan.test/goc.html"' in page and "chưa có trong kho" in page
    store.close()

"""The web app through FastAPI's TestClient, over a seeded Store + SqliteBackend."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from index.backend import MAX_PAGE_SIZE, MAX_QUERY_CHARS, TimelineQuery
from thidua.models import AwardRecord, from_dict

from web.app import create_app

from .seed import XSS_RECIPIENT


def _links(html: str, pattern: str) -> list[str]:
    return [m.replace("&amp;", "&") for m in re.findall(r'href="(' + pattern + r'[^"]*)"', html)]


# -- search page -----------------------------------------------------------------


def test_search_page_lists_hits_with_title_date_site_snippet_and_event_type(client):
    r = client.get("/", params={"q": "Cờ thi đua Vụ Bản"})
    assert r.status_code == 200
    html = r.text
    assert "Huyện Vụ Bản đón nhận Cờ thi đua của UBND tỉnh" in html
    assert "30/03/2023" in html
    assert "baonamdinh.test" in html
    assert re.search(r'<p class="snippet">.*<mark>', html)
    assert '<span class="badge event">trao tặng</span>' in html


def test_search_without_diacritics_finds_the_same_article(client, seeded):
    plain = client.get("/api/search", params={"q": "co thi dua vu ban"}).json()
    marked = client.get("/api/search", params={"q": "Cờ thi đua Vụ Bản"}).json()
    assert seeded.ids["vu_ban"] in {h["id"] for h in plain["hits"]}
    assert {h["id"] for h in plain["hits"]} == {h["id"] for h in marked["hits"]}


def test_facets_combine_and_links_toggle_them(client):
    all_hits = client.get("/api/search", params={"q": "thi đua"}).json()
    one = client.get("/api/search", params={"q": "thi đua", "site": "baonamdinh.test"}).json()
    two = client.get("/api/search", params={"q": "thi đua", "site": "baonamdinh.test", "event_type": "tổng kết"}).json()
    assert all_hits["total"] > one["total"] > two["total"] > 0
    assert all(h["site"] == "baonamdinh.test" and h["event_type"] == "tổng kết" for h in two["hits"])

    # the page's facet link for event_type keeps the site filter and the words
    page = client.get("/", params={"q": "thi đua", "site": "baonamdinh.test"}).text
    link = next(u for u in _links(page, "/\\?") if "event_type=" in u and "t%E1%BB%95ng" in u)
    query = parse_qs(urlsplit(link).query)
    assert query == {"q": ["thi đua"], "site": ["baonamdinh.test"], "event_type": ["tổng kết"]}
    # following it gives the combined result, and its own link for the active value removes it again
    followed = client.get(link).text
    assert f"<strong>{two['total']}</strong>" in followed
    off = next(u for u in _links(followed, "/\\?") if "event_type=" not in u and "site=baonamdinh.test" in u and "q=" in u)
    assert parse_qs(urlsplit(off).query) == {"q": ["thi đua"], "site": ["baonamdinh.test"]}


@pytest.mark.parametrize("param,value", [("unit", "Huyện Vụ Bản, Tỉnh Nam Định"), ("official", "Trần Văn Đông"),
                                          ("award_form", "Giấy khen"), ("conferrer", "Chủ tịch nước")])
def test_every_facet_filter_restricts_results(client, param, value):
    everything = client.get("/api/search").json()["total"]
    filtered = client.get("/api/search", params={param: value}).json()
    assert 0 < filtered["total"] < everything
    assert {c["value"] for c in filtered["facets"][param]} >= {value}


def test_date_range_filter(client):
    r = client.get("/api/search", params={"date_from": "2023-01-01", "date_to": "31/12/2023", "size": 100}).json()
    assert r["total"] > 0
    assert all(h["published"].startswith("2023-") for h in r["hits"])


def test_pagination_pages_are_disjoint_and_linked(client):
    first = client.get("/api/search", params={"q": "Giấy khen", "size": 5}).json()
    second = client.get("/api/search", params={"q": "Giấy khen", "size": 5, "page": 2}).json()
    assert first["total"] > 10
    assert not {h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]}
    html = client.get("/", params={"q": "Giấy khen", "size": 5}).text
    assert any("page=2" in u and "size=5" in u for u in _links(html, "/\\?"))
    assert 'rel="next"' in html


def test_empty_result_page_helps(client):
    r = client.get("/", params={"q": "Cờ thi đua", "site": "baoninhbinh.test"})
    assert r.status_code == 200
    assert "Không có bài nào" in r.text
    tip = next(u for u in _links(r.text, "/\\?") if "site=" not in u and "q=" in u)
    assert client.get("/api/search", params=parse_qs(urlsplit(tip).query)).json()["total"] > 0
    assert "không cần dấu" in r.text


def test_planted_script_in_article_and_query_is_escaped(client, seeded):
    hostile = '<script>alert("q")</script>'
    for r in (client.get("/", params={"q": hostile}), client.get(f"/bai/{seeded.ids['xss']}"),
              client.get("/dong-thoi-gian", params={"unit": "Yên Thắng"}), client.get("/", params={"q": "điển hình"})):
        assert r.status_code == 200
        assert "<script" not in r.text.lower()
        assert "<img" not in r.text.lower()
        assert "&lt;script&gt;" in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]


# -- article and archive ---------------------------------------------------------------


def test_article_page_highlights_every_fact_in_its_own_style(client, seeded):
    html = client.get(f"/bai/{seeded.ids['vu_ban']}").text
    marks = dict((text, cls) for cls, text in re.findall(r'<mark class="fact ([^"]+)"[^>]*>([^<]+)</mark>', html))
    assert marks["Cờ thi đua"] == "fact-award"
    assert marks["Trần Văn Đông"] == "fact-official"
    assert marks["huyện Vụ Bản"] == "fact-unit"
    assert marks["Chung sức xây dựng nông thôn mới"] == "fact-theme"
    assert marks["Chiều 30-3"] == "fact-event"
    assert 'href="http://baonamdinh.test/tin-tuc/vu-ban-don-co-thi-dua.html"' in html
    assert f'href="/luu-tru/{seeded.ids["vu_ban"]}"' in html
    assert 'href="/quan-chuc/Tr%E1%BA%A7n%20V%C4%83n%20%C4%90%C3%B4ng"' in html


def test_article_without_extraction_still_renders(client, seeded):
    r = client.get(f"/bai/{seeded.ids['unextracted']}")
    assert r.status_code == 200
    assert "chưa được trích xuất" in r.text
    assert "<mark" not in r.text


def test_archived_copy_is_sanitised_and_sandboxed(client, seeded):
    r = client.get(f"/luu-tru/{seeded.ids['vu_ban']}")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "sandbox" in csp and "script-src 'none'" in csp
    body = r.text.lower()
    for banned in ("<script", "onload=", "onclick=", "<iframe", "<base", "<form", "javascript:"):
        assert banned not in body
    assert "Huyện Vụ Bản đón nhận Cờ thi đua" in r.text
    assert "Bản lưu trữ" in r.text


def test_archive_refuses_paths_outside_the_data_directory(client, seeded, tmp_path):
    from thidua.models import document_id

    from .seed import _article, ICT
    import datetime as dt

    outside = tmp_path / "secret.warc"
    outside.write_bytes(b"WARC/1.0\r\n")
    for n, warc_file in enumerate(["../../../../etc/passwd", str(outside), "warc/../../secret.warc"]):
        a = _article(f"evil-{n}", "evil.test", "Bài giả", "", ("x",), dt.datetime(2024, 1, 1, tzinfo=ICT),
                     warc_file=warc_file, warc_offset=0)
        seeded.store.upsert_article(a)
        r = client.get(f"/luu-tru/{document_id(a.canonical_url)}")
        assert r.status_code == 404
        assert "root:" not in r.text and "WARC/1.0" not in r.text


@pytest.mark.parametrize("path", ["/bai/abc", "/bai/..%2F..%2Fetc%2Fpasswd", "/luu-tru/..%2Fthidua.sqlite",
                                  "/luu-tru/" + "0" * 40, "/bai/" + "A" * 40, "/api/articles/%3Cscript%3E"])
def test_bad_or_unknown_article_ids_are_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "<script" not in r.text


# -- timeline ---------------------------------------------------------------


def test_timeline_page_draws_bars_matching_the_backend(client, seeded):
    r = client.get("/dong-thoi-gian", params={"form": "giay khen"})
    assert r.status_code == 200
    expected = seeded.backend.timeline(TimelineQuery(form="giay khen"))
    drawn = {int(y): int(c) for y, c in re.findall(r'data-year="(\d+)" data-count="(\d+)"', r.text)}
    assert {y: c for y, c in drawn.items() if c} == dict(expected.per_year)
    assert r.text.count("<tr>") - 1 == len(expected.records)  # header row + one per record
    assert {u.split("/")[-1] for u in _links(r.text, "/bai/")} == {rec.article_id for rec in expected.records}
    csv_link = _links(r.text, "/api/awards.csv")[0]
    assert parse_qs(urlsplit(csv_link).query) == {"form": ["giay khen"]}


def test_timeline_by_unit_and_conferrer(client):
    r = client.get("/api/timeline", params={"unit": "Vụ Bản"}).json()
    assert r["per_year"] == [{"year": 2022, "count": 1}, {"year": 2023, "count": 1}]
    r = client.get("/api/timeline", params={"unit": "Vụ Bản", "conferrer": "UBND tỉnh", "year_from": "2023"}).json()
    assert r["total"] == 1


# -- exports ---------------------------------------------------------------


def _csv(text: str) -> list[dict]:
    assert text.startswith("\ufeff")  # Excel reads the Vietnamese as UTF-8
    return list(csv.DictReader(io.StringIO(text[1:])))


@pytest.mark.parametrize("params", [{}, {"form": "Giấy khen"}, {"unit": "vu ban"}, {"conferrer": "UBND", "year_to": "2022"}])
def test_award_exports_match_the_timeline(client, seeded, params):
    expected = seeded.backend.timeline(TimelineQuery(
        unit=params.get("unit"), form=params.get("form"), conferrer=params.get("conferrer"),
        year_to=int(params["year_to"]) if "year_to" in params else None))
    r = client.get("/api/awards.csv", params=params)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = _csv(r.text)
    assert sorted(row["article_id"] for row in rows) == sorted(rec.article_id for rec in expected.records)

    lines = client.get("/api/awards.ndjson", params=params).text.splitlines()
    records = [from_dict(AwardRecord, json.loads(line)) for line in lines]
    assert sorted(records, key=lambda a: a.id) == sorted(expected.records, key=lambda a: a.id)


def test_csv_cells_cannot_become_spreadsheet_formulas(client, seeded):
    rows = _csv(client.get("/api/awards.csv", params={"unit": "Yên Thắng"}).text)
    assert rows and rows[0]["recipient"] == XSS_RECIPIENT
    from web.exports import _safe_cell

    assert _safe_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert _safe_cell("-1") == "'-1" and _safe_cell("Xã") == "Xã"


def test_search_exports_return_every_hit(client):
    total = client.get("/api/search", params={"q": "thi đua"}).json()["total"]
    rows = _csv(client.get("/api/search.csv", params={"q": "thi đua"}).text)
    assert len(rows) == total
    assert all("<mark>" not in row["snippet"] for row in rows)
    lines = client.get("/api/search.ndjson", params={"q": "thi đua", "site": "baoninhbinh.test"}).text.splitlines()
    assert {json.loads(line)["site"] for line in lines} == {"baoninhbinh.test"}


# -- JSON API ---------------------------------------------------------------


def test_api_search_shape(client, seeded):
    r = client.get("/api/search", params={"q": "Huân chương", "size": 3}).json()
    assert r["size"] == 3 and r["page"] == 1
    hit = r["hits"][0]
    assert hit["id"] == seeded.ids["dien_luc"]
    assert hit["article_url"] == f"/bai/{hit['id']}"
    assert set(r["facets"]) >= {"site", "event_type", "unit", "official", "award_form", "conferrer"}


def test_api_article(client, seeded):
    r = client.get(f"/api/articles/{seeded.ids['vu_ban']}").json()
    assert r["article"]["title"] == "Huyện Vụ Bản đón nhận Cờ thi đua của UBND tỉnh"
    ev = r["extraction"]["awards"][0]["evidence"][0]
    assert r["text"][ev["start"]:ev["end"]] == ev["sentence"]
    assert r["awards"][0]["form_canonical"] == "Cờ thi đua của UBND tỉnh"
    assert r["links"]["archive"] == f"/luu-tru/{seeded.ids['vu_ban']}"
    assert client.get("/api/articles/" + "f" * 40).status_code == 404


def test_api_awards_filter_and_paging(client):
    everything = client.get("/api/awards", params={"form": "Giấy khen", "size": 100}).json()
    page1 = client.get("/api/awards", params={"form": "Giấy khen", "size": 4}).json()
    page2 = client.get("/api/awards", params={"form": "Giấy khen", "size": 4, "page": 2}).json()
    assert page1["total"] == everything["total"] == len(everything["records"]) > 8
    assert [r["id"] for r in page1["records"] + page2["records"]] == [r["id"] for r in everything["records"][:8]]
    assert all("Giấy khen" in r["form"] for r in everything["records"])


def test_api_officials_and_title_history(client):
    people = client.get("/api/officials").json()
    dong = next(p for p in people["officials"] if p["name"] == "Trần Văn Đông")
    assert dong["articles"] == 2
    assert [p["name"] for p in client.get("/api/officials", params={"q": "hoa"}).json()["officials"]] == ["Nguyễn Thị Hoa"]
    profile = client.get("/api/officials/Trần Văn Đông").json()
    assert [s["titles"] for s in profile["title_history"]] == [["Chủ tịch UBND huyện"], ["Phó Chủ tịch UBND tỉnh"]]
    assert profile["awards_presented"][0][:2] == ["Cờ thi đua", "huyện Vụ Bản"]
    assert client.get("/api/officials/Trần Văn Đồng").status_code == 404  # another person: diacritics count


def test_api_units_and_the_2025_reform(client):
    units = client.get("/api/units", params={"q": "vu ban"}).json()["units"]
    assert [u["name"] for u in units] == ["Huyện Vụ Bản, Tỉnh Nam Định"]
    province = client.get("/api/units/Tỉnh Ninh Bình").json()
    assert "Huyện Vụ Bản, Tỉnh Nam Định" in province["predecessors"]
    district = client.get("/api/units/Huyện Vụ Bản, Tỉnh Nam Định").json()
    assert district["successors"] == ["Tỉnh Ninh Bình"]
    assert district["awards_by_year"] == [{"year": 2022, "count": 1}, {"year": 2023, "count": 1}]


def test_openapi_describes_the_api_and_needs_no_cdn(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/articles/{doc_id}", "/api/awards", "/api/awards.csv", "/api/awards.ndjson",
                 "/api/search.csv", "/api/search.ndjson", "/api/timeline", "/api/officials", "/api/units"):
        assert path in spec["paths"]
    assert not any(p.startswith(("/bai", "/luu-tru", "/dong-thoi-gian")) for p in spec["paths"])
    assert client.get("/docs").status_code == 404
    page = client.get("/api").text
    assert "/openapi.json" in page and "cdn" not in page.lower()


# -- entity pages ---------------------------------------------------------------


def test_official_page(client, seeded):
    html = client.get("/quan-chuc/Trần Văn Đông").text
    assert html.index("Chủ tịch UBND huyện") < html.index("Phó Chủ tịch UBND tỉnh")  # oldest first
    assert "15/01/2022" in html and "30/03/2023" in html
    assert f'href="/bai/{seeded.ids["vu_ban"]}"' in html


def test_unit_page_links_across_the_reform(client):
    html = client.get("/don-vi/huyện Vụ Bản").text
    assert "Sắp xếp đơn vị hành chính 2025" in html
    assert 'href="/don-vi/T%E1%BB%89nh%20Ninh%20B%C3%ACnh"' in html
    assert "<svg" in html and "Bằng khen" in html and "Cờ thi đua" in html
    province = client.get("/don-vi/Tỉnh Ninh Bình").text
    assert "Hợp nhất từ" in province and "Huyện Vụ Bản, Tỉnh Nam Định" in province


def test_unknown_entity_page_suggests_names(client):
    r = client.get("/quan-chuc/Lê Văn Đông")
    assert r.status_code == 404
    assert "Trần Văn Đông" in r.text


# -- limits and junk input ----------------------------------------------------------


@pytest.mark.parametrize(
    "url,status",
    [
        ("/?page=abc", 400), ("/?page=-1", 400), ("/?page=0", 400), (f"/?size={MAX_PAGE_SIZE + 1}", 400),
        ("/?page=1001", 400),  # beyond the 10,000-result window at 10 a page
        ("/?q=" + "a" * (MAX_QUERY_CHARS + 1), 400), ("/?date_from=2023-13-45", 400),
        ("/?date_from=2024-01-01&date_to=2023-01-01", 400), ("/?sort=evil", 400), ("/?relevant=maybe", 400),
        ("/?unit=" + "x" * 201, 400), ("/dong-thoi-gian?year_from=abc", 400), ("/dong-thoi-gian?year_from=1800", 400),
        ("/api/search?page=abc", 400), ("/api/awards?size=100000", 400), ("/api/officials?limit=-5", 400),
        ("/?q=" + "x" * 9000, 414), ("/khong-co-trang-nay", 404),
    ],
)
def test_junk_input_is_a_4xx_with_a_message(client, url, status):
    r = client.get(url)
    assert r.status_code == status
    if url.startswith("/api/"):
        assert r.json()["error"]
    else:
        assert '<p class="message">' in r.text


@pytest.mark.parametrize("q", ['"""', "NEAR(a b) OR *", "thi AND đua NOT", "^", "' OR 1=1 --", "\x00", "🎖️"])
def test_odd_queries_never_fail(client, q):
    assert client.get("/", params={"q": q}).status_code == 200
    assert client.get("/api/search", params={"q": q}).status_code == 200


def test_request_bodies_are_limited(client):
    r = client.post("/api/search", content=b"x" * 100_000)
    assert r.status_code == 413


def test_articles_outside_the_topic_are_marked_and_can_be_left_out(client, seeded):
    html = client.get("/", params={"q": "nắng nóng"}).text
    assert "Nắng nóng kéo dài" in html and "ngoài chủ đề" in html
    only = client.get("/api/search", params={"q": "nắng nóng", "relevant": "true"}).json()
    assert only["total"] == 0


def test_an_event_year_guessed_from_the_passage_is_marked_as_a_guess(tmp_path):
    from index.sqlite_backend import SqliteBackend
    from index.store import Store
    from thidua.models import document_id

    from .seed import _giao_uoc

    store = Store(tmp_path / "thidua.sqlite")
    backend = SqliteBackend(tmp_path / "search.sqlite")
    article, extraction = _giao_uoc()
    store.upsert_article(article)
    app_for = lambda: TestClient(create_app(store, backend, tmp_path), raise_server_exceptions=False)  # noqa: E731
    url = f"/bai/{document_id(article.canonical_url)}"
    store.save_extraction(article.canonical_url, extraction)
    with app_for() as c:
        assert "năm ước đoán" not in c.get(url).text
    guessed = dataclasses.replace(extraction, event=dataclasses.replace(extraction.event, date_year_guessed=True))
    store.save_extraction(article.canonical_url, guessed)
    with app_for() as c:
        page = c.get(url).text
    assert "năm ước đoán" in page and "20/02/2025" in page
    store.close()
    backend.close()

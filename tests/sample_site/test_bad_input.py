"""Pages a crawler must survive: windows-1258, NFD, broken HTML, no date, duplicate URLs."""

import re
import unicodedata

from parsel import Selector

from .helpers import fetch, page


def flagged(site, flag):
    found = [a for a in site.articles if a[flag]]
    assert found, f"no article flagged {flag}"
    return found[0]


def test_windows_1258_page_declares_and_decodes(server, site):
    article = flagged(site, "encoding")
    status, headers, body = fetch(server.url + site.path_of(article))
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=windows-1258"
    assert b'<meta charset="windows-1258">' in body
    try:
        body.decode("utf-8")
        raise AssertionError("cp1258 page must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    text = unicodedata.normalize("NFC", body.decode("cp1258"))
    sel = Selector(text=text)
    assert sel.css("h1.title-detail::text").get() == article["title"]
    assert [p.xpath("string()").get() for p in sel.css("#content-detail > p")][:-1] == article["body"]


def test_nfd_page_is_decomposed_but_normalises_back(server, site):
    article = flagged(site, "normalization")
    _, _, body = fetch(server.url + site.path_of(article))
    text = body.decode("utf-8")
    assert article["title"] not in text
    assert unicodedata.normalize("NFD", article["title"]) in text
    assert article["title"] in unicodedata.normalize("NFC", text)


def test_broken_page_is_truncated_but_keeps_title_and_start_of_body(server, site):
    article = flagged(site, "broken_html")
    status, _, body = fetch(server.url + site.path_of(article))
    text = body.decode("utf-8")
    assert status == 200
    assert "</html>" not in text and "BÁO NAM ĐỊNH ĐIỆN TỬ" not in text
    assert "</p>" not in text
    sel = Selector(text=text)  # lxml recovers
    assert sel.css("h1.title-detail::text").get() == article["title"]
    assert article["body"][0] in sel.css("#content-detail").xpath("string()").get()
    assert article["body"][-1] not in text


def test_undated_page_has_no_date_anywhere(server, site):
    article = flagged(site, "hide_date")
    _, _, body = fetch(server.url + site.path_of(article))
    text = body.decode("utf-8")
    when = article["published"]
    assert when.strftime("%d/%m/%Y") not in text
    assert "published_time" not in text
    assert not re.search(r"\d\d:\d\d, \d\d/\d\d/\d{4}", text)
    sitemap = fetch(server.url + "/sitemap.xml")[2].decode()
    entry = re.search(re.escape(site.path_of(article)) + r"</loc>(<lastmod>)?", sitemap)
    assert entry and entry.group(1) is None


def test_duplicate_urls_share_the_canonical(server, site):
    article = flagged(site, "listing_utm")
    canonical = server.url + site.path_of(article)
    section = site.catalog.sections[article["section"]]
    listing_hrefs = []
    for n in range(1, 10):
        status, _, body = fetch(server.url + f"/channel/{section.id}/?page={n}")
        if status != 200:
            break
        listing_hrefs += Selector(text=body.decode()).css("h3.title-news a::attr(href)").getall()
    tracked = [h for h in listing_hrefs if h.startswith(site.path_of(article) + "?utm_source=")]
    assert tracked, "the listing should link the article with utm parameters"
    variants = [server.url + tracked[0], canonical + "?print=1", canonical]
    canonicals = {page(url).css('link[rel="canonical"]::attr(href)').get() for url in variants}
    assert canonicals == {canonical}
    assert page(canonical).css("a.print::attr(href)").get() == site.path_of(article) + "?print=1"


def test_undated_page_sends_no_last_modified_but_still_answers_304(server, site):
    article = flagged(site, "hide_date")
    url = server.url + site.path_of(article)
    status, headers, _ = fetch(url)
    assert status == 200 and "Last-Modified" not in headers and headers["ETag"]
    assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(url, {"If-Modified-Since": "Mon, 01 Jan 2035 00:00:00 GMT"})[0] == 200

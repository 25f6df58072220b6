"""The served site: home, listings with pagination, articles, sitemap, robots."""

import re
import unicodedata
from urllib.parse import urljoin, urlsplit

from sample_site.layouts import LAYOUTS

from .helpers import fetch, page

# (listing selector for article links, selector for the next-page link) per layout
LISTING = {
    "baonamdinh": ("div.list-news h3.title-news a::attr(href)", "div.pagination a.next::attr(href)"),
    "baoninhbinh": ("div.search-item a.title::attr(href)", "div.paging a.next::attr(href)"),
    "baothaibinh": ("li.news-item h3 a::attr(href)", "ul.pager a[rel=next]::attr(href)"),
    "nhandan": ("article.story h3.story__heading a.cms-link::attr(href)", None),
}
DATE_PATTERNS = {
    "baonamdinh": ("span.time-detail::text", r"^\d\d:\d\d, \d\d/\d\d/\d{4}$"),
    "baoninhbinh": ("div.date::text", r"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d\d/\d\d/\d{4} - \d\d:\d\d$"),
    "baothaibinh": ("div.post-date::text", r"^\d{1,2}/\d{1,2}/\d{4} \| \d\d:\d\d GMT\+7$"),
    "nhandan": ("time.time::text", r"^ngày \d\d/\d\d/\d{4} - \d\d:\d\d$"),
}


def walk_listing(server, site, section):
    """Follow a section's pagination from page 1; returns (pages visited, article paths)."""
    layout = LAYOUTS[section.layout]
    link_css, next_css = LISTING[section.layout]
    url, pages, found = server.url + layout.listing_path(section, 1), [], []
    while url and url not in pages:
        pages.append(url)
        sel = page(url)
        found += [urlsplit(urljoin(url, href)).path for href in sel.css(link_css).getall()]
        if next_css:
            nxt = sel.css(next_css).get()
        else:  # nhandan-like: numbered links only
            nxt = layout.listing_path(section, len(pages) + 1)
            nxt = nxt if nxt in sel.css("div.pagination a::attr(href)").getall() else None
        url = urljoin(url, nxt) if nxt else None
    return pages, found


def test_home_links_resolve(server, site):
    sel = page(server.url + "/")
    assert sel.css("title::text").get()
    links = {urlsplit(urljoin(server.url, h)).path for h in sel.css("a::attr(href)").getall() if h.startswith("/")}
    article_paths = {site.path_of(a) for a in site.articles}
    assert links & article_paths, "home links to no article"
    for link in links:
        status, _, _ = fetch(server.url + link)
        assert status in (200, 403), link


def test_every_section_paginates_to_all_its_articles(server, site):
    for section in site.catalog.sections.values():
        pages, found = walk_listing(server, site, section)
        expected = [site.path_of(a) for a in site.catalog.in_section(section.key)]
        assert found == expected, section.key  # newest first, nothing lost or repeated
        assert len(pages) == max(1, -(-len(expected) // 8))


def test_primary_layout_has_two_multi_page_channels(server, site):
    multi = [s for s in site.catalog.sections_of("baonamdinh") if len(walk_listing(server, site, s)[0]) > 1]
    assert len(multi) >= 2


def test_page_past_the_end_is_404(server, site):
    section = site.catalog.sections["tdkt"]
    assert fetch(server.url + "/channel/5091/?page=999")[0] == 404
    assert fetch(server.url + "/channel/5091/?page=abc")[0] == 404
    assert fetch(server.url + "/channel/0000/")[0] == 404
    assert section.id == "5091"


def test_articles_carry_canonical_title_and_layout_date(server, site):
    for article in site.articles:
        if article["encoding"] or article["broken_html"] or article["normalization"]:
            continue
        layout = site.catalog.sections[article["section"]].layout
        url = server.url + site.path_of(article)
        sel = page(url)
        assert sel.css('link[rel="canonical"]::attr(href)').get() == url
        assert sel.css('meta[property="og:url"]::attr(content)').get() == url
        assert article["title"] in sel.css("h1 ::text").getall()
        css, pattern = DATE_PATTERNS[layout]
        shown = sel.css(css).get()
        if article["hide_date"]:
            assert shown is None
        else:
            assert re.match(pattern, shown.strip()), (layout, shown)
            assert str(article["published"].year) in shown


def test_primary_article_markup(server, site):
    article = next(a for a in site.catalog.in_layout("baonamdinh") if len(a["captions"]) >= 2 and not any(
        a[f] for f in ("encoding", "broken_html", "normalization", "hide_date")))
    sel = page(server.url + site.path_of(article))
    assert sel.css("span.time-detail::text").get() == article["published"].strftime("%H:%M, %d/%m/%Y")
    paragraphs = [p.xpath("string()").get() for p in sel.css("#content-detail > p")]
    assert paragraphs[:-1] == article["body"]
    assert paragraphs[-1] == article["author"]
    assert sel.css("figure figcaption::text").getall() == article["captions"]
    assert sel.css("div.tags-detail a::text").getall() == article["tags"]
    assert "BÁO NAM ĐỊNH ĐIỆN TỬ" in sel.css("footer").xpath("string()").get()


def test_robots_txt(server):
    status, headers, body = fetch(server.url + "/robots.txt")
    text = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert "Disallow: /tim-kiem" in text and "Disallow: /admin/" in text
    assert f"Sitemap: {server.url}/sitemap.xml" in text


def test_sitemap_lists_every_article_with_lastmod(server, site):
    status, _, body = fetch(server.url + "/sitemap.xml")
    assert status == 200
    xml = body.decode()
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert sorted(locs) == sorted(server.url + site.path_of(a) for a in site.articles)
    dated = [a for a in site.articles if not a["hide_date"]]
    assert xml.count("<lastmod>") == len(dated)
    for loc in locs:
        assert fetch(loc)[0] == 200


def test_non_article_pages_exist(server, site):
    tagged = next(a for a in site.catalog.in_layout("baonamdinh") if a["tags"])
    from sample_site.layouts.common import tag_path

    for path in ("/tim-kiem?q=thi+%C4%91ua", "/video/", "/lien-he", tag_path(tagged["tags"][0])):
        status, headers, body = fetch(server.url + path)
        assert status == 200, path
        assert "link rel=\"canonical\"" not in body.decode()
    assert fetch(server.url + "/admin/")[0] == 403


def test_article_pages_are_nfc_utf8_by_default(server, site):
    article = next(a for a in site.articles if not any(a[f] for f in ("encoding", "normalization")))
    _, headers, body = fetch(server.url + site.path_of(article))
    text = body.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "charset=utf-8" in headers["Content-Type"]


def test_every_link_on_one_article_per_layout_resolves(server, site):
    for layout in LAYOUTS:
        article = next(a for a in site.catalog.in_layout(layout) if a["tags"] and not a["broken_html"])
        url = server.url + site.path_of(article)
        hrefs = page(url).css("a::attr(href), img::attr(src)").getall()
        local = {urljoin(url, h) for h in hrefs if h.startswith("/")}
        assert any("/tag/" in h for h in local), layout
        for link in local:
            assert fetch(link)[0] in (200, 403), link

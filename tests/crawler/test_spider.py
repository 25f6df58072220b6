"""The news spider's callbacks, driven with HtmlResponse through the real crawler factory."""

import scrapy

from crawler.warc import WarcLocation
from thidua.models import Article

from .conftest import fixture_bytes, make_response

ARTICLE = "http://news.test/channel/5091/202303/huyen-y-yen-ky-ket-giao-uoc-thi-dua-nam-2023-2601001"
OTHER = "http://news.test/channel/5091/202303/tong-ket-cong-tac-thi-dua-2601000"


def requests(results):
    return [r for r in results if isinstance(r, scrapy.Request)]


def test_listing_queues_each_article_once_under_its_canonical_url(make_spider):
    spider = make_spider()
    out = requests(spider.parse_listing(make_response("http://news.test/channel/5091/", fixture_bytes("bnd_listing.html"))))
    articles = [r.url for r in out if r.callback == spider.parse_article]
    assert articles == [ARTICLE, OTHER]  # utm_* / trailing slash / #fragment variants collapsed


def test_listing_follows_pagination_and_sections_but_not_offsite_or_video(make_spider):
    spider = make_spider()
    out = requests(spider.parse_listing(make_response("http://news.test/channel/5091/", fixture_bytes("bnd_listing.html"))))
    listings = {r.url for r in out if r.callback == spider.parse_listing}
    assert "http://news.test/channel/5091/?page=2" in listings
    assert "http://news.test/channel/5083/" in listings
    assert not any("other.example" in u or "/video/" in u for u in listings)


def test_known_articles_are_skipped_and_the_walk_stops_after_a_finished_run(make_spider):
    spider = make_spider()
    spider.state.remember_article({ARTICLE}, ARTICLE)
    spider.state.remember_article({OTHER}, OTHER)
    page = fixture_bytes("bnd_listing.html")

    spider.previous_run_finished = False  # after a crash: skip known articles, but walk on
    out = requests(spider.parse_listing(make_response("http://news.test/channel/5091/", page)))
    assert not [r for r in out if r.callback == spider.parse_article]
    assert "http://news.test/channel/5091/?page=2" in {r.url for r in out}

    spider.previous_run_finished = True  # after a finished run: nothing new here, stop
    out = requests(spider.parse_listing(make_response("http://news.test/channel/5091/", page)))
    assert "http://news.test/channel/5091/?page=2" not in {r.url for r in out}


def test_listings_are_fetched_conditionally_with_stored_validators(make_spider):
    spider = make_spider()
    spider.previous_run_finished = True
    spider.state.remember_page("http://news.test/channel/5083/", '"abc"', "Thu, 30 Mar 2023 10:43:00 GMT")
    out = requests(spider.parse_listing(make_response("http://news.test/channel/5091/", fixture_bytes("bnd_listing.html"))))
    (req,) = [r for r in out if r.url == "http://news.test/channel/5083/"]
    assert req.headers.get("If-None-Match") == b'"abc"'
    assert req.headers.get("If-Modified-Since") == b"Thu, 30 Mar 2023 10:43:00 GMT"
    assert 304 in req.meta["handle_httpstatus_list"]


def test_article_carries_its_warc_location(make_spider):
    spider = make_spider()
    where = WarcLocation("<urn:uuid:1>", "warc/x.warc.gz", 1234)
    response = make_response(ARTICLE + "?utm_source=x", fixture_bytes("bnd_article.html"), meta={"warc": where})
    (article,) = [a for a in spider.parse_article(response) if isinstance(a, Article)]
    assert (article.warc_record_id, article.warc_file, article.warc_offset) == ("<urn:uuid:1>", "warc/x.warc.gz", 1234)
    assert article.canonical_url == ARTICLE and article.fetched_at.tzinfo is not None


def test_windows_1258_page_decodes_to_nfc(make_spider):
    from .helpers import to_windows_1258

    spider = make_spider()
    html = fixture_bytes("bnd_article.html").decode("utf-8").replace('charset="utf-8"', 'charset="windows-1258"')
    body = to_windows_1258(html)
    assert "Huyện".encode("utf-8") not in body  # really not UTF-8 on the wire
    (article,) = [a for a in spider.parse_article(make_response(ARTICLE, body)) if isinstance(a, Article)]
    assert article.title == "Huyện Ý Yên ký kết giao ước thi đua năm 2023"
    assert article.author == "Thu Hà"


def test_non_article_page_is_logged_and_counted_not_raised(make_spider, caplog):
    spider = make_spider()
    events = []
    spider.on_event = lambda kind, url: events.append((kind, url))
    response = make_response(ARTICLE, b"<html><body><h1>Video</h1><video></video></body></html>")
    assert list(spider.parse_article(response)) == []
    assert ("error", ARTICLE) in events
    assert spider.crawler.stats.get_value("thidua/errors") == 1
    assert "not parsed" in caplog.text


def test_not_modified_article_is_reported_unchanged(make_spider):
    spider = make_spider()
    events = []
    spider.on_event = lambda kind, url: events.append(kind)
    assert list(spider.parse_article(make_response(ARTICLE, b"", status=304))) == []
    assert events == ["unchanged"]


def test_sitemap_queues_unknown_and_changed_articles_only(make_spider):
    spider = make_spider()
    spider.state.remember_article({OTHER}, OTHER)
    spider.state.remember_page(OTHER, None, None)  # fetched now, i.e. after lastmod below
    changed = "http://news.test/channel/5083/202303/sua-doi-2600500"
    spider.state.remember_article({changed}, changed)
    sitemap = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{ARTICLE}</loc><lastmod>2023-03-30T17:43:00+07:00</lastmod></url>
<url><loc>{OTHER}</loc><lastmod>2023-03-29T08:00:00+07:00</lastmod></url>
<url><loc>{changed}</loc><lastmod>2023-03-31T08:00:00+07:00</lastmod></url>
<url><loc>http://news.test/lien-he</loc></url>
</urlset>""".encode()
    response = scrapy.http.XmlResponse("http://news.test/sitemap.xml", body=sitemap)
    out = requests(spider.parse_sitemap(response))
    assert [r.url for r in out] == [ARTICLE, changed]  # the changed one was never fetched by URL

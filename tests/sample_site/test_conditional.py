"""ETag / Last-Modified on article pages, 304s, and the request log."""

import datetime as dt
import email.utils

from .helpers import fetch


def test_etag_and_if_none_match(server, site):
    url = server.url + site.path_of(site.articles[0])
    status, headers, body = fetch(url)
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    status, _, body = fetch(url, {"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    assert fetch(url, {"If-None-Match": '"something-else"'})[0] == 200


def test_if_modified_since(server, site):
    article = site.articles[1]
    url = server.url + site.path_of(article)
    _, headers, _ = fetch(url)
    modified = email.utils.parsedate_to_datetime(headers["Last-Modified"])
    assert modified == article["updated"]
    assert fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    earlier = email.utils.format_datetime(modified - dt.timedelta(days=1), usegmt=True)
    assert fetch(url, {"If-Modified-Since": earlier})[0] == 200


def test_listings_are_not_conditional(server):
    status, headers, _ = fetch(server.url + "/channel/5091/")
    assert status == 200 and "ETag" not in headers


def test_request_log_counts_each_path(server, site):
    path = site.path_of(site.articles[2])
    before = server.request_log[path]
    fetch(server.url + path)
    fetch(server.url + path)
    fetch(server.url + path + "?print=1")
    assert server.request_log[path] == before + 2
    assert server.request_log[path + "?print=1"] >= 1
    assert server.requests_for(path) >= before + 3


def test_edit_and_publish_change_what_is_served():
    from sample_site import SampleSite

    site = SampleSite()
    with site.serve() as server:
        article = next(a for a in site.catalog.in_section("tdkt") if not (a["encoding"] or a["normalization"]))
        url = server.url + site.path_of(article)
        _, headers, _ = fetch(url)
        site.edit(article["id"], body=article["body"] + ["Đoạn bổ sung sau khi đăng."])
        status, new_headers, body = fetch(url, {"If-None-Match": headers["ETag"]})
        assert status == 200 and "Đoạn bổ sung sau khi đăng." in body.decode()
        assert new_headers["Last-Modified"] != headers["Last-Modified"]

        fresh = dict(article, id=9999001, title="Bài mới đăng để thử thu thập tăng dần", slug=None,
                     published="2026-01-05 08:00", expect={"relevant": False})
        fresh.pop("updated")
        site.publish(fresh)
        listing = fetch(server.url + "/channel/5091/")[2].decode()
        assert "Bài mới đăng để thử thu thập tăng dần" in listing


def test_article_at_maps_urls_back_to_articles(server, site):
    article = site.articles[3]
    url = server.url + site.path_of(article)
    assert server.article_at(url) is article
    assert server.article_at(url + "?utm_source=x") is article
    assert server.article_at(server.url + "/channel/5091/") is None
    assert server.article_at("http://example.invalid" + site.path_of(article)) is None


def test_a_rendering_failure_is_a_500_not_a_hang():
    from sample_site import SampleSite

    site = SampleSite()
    with site.serve() as server:
        article = site.articles[0]
        site.edit(article["id"], body=None)  # breaks rendering of that one page
        assert fetch(server.url + site.path_of(article))[0] == 500
        assert server.errors == 1
        assert fetch(server.url + "/")[0] == 200

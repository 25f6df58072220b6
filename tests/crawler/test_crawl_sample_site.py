"""End to end: crawl the project's sample newspaper in a real child process."""


import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.run import crawl
from crawler.warc import read_record
from index.store import Store
from sample_site import SampleSite
from thidua.errors import ConfigError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site():
    return SampleSite()


def primary_articles(site):
    return site.catalog.in_layout("baonamdinh")


def test_crawl_archives_and_stores_every_article_once(site, tmp_path):
    events = []
    with site.serve(host="127.0.0.1", port=0) as server:
        first = crawl("baonamdinh", tmp_path, start_url=server.url + "/", on_item=lambda k, u: events.append(k))
        expected = {server.url + site.path_of(a) for a in primary_articles(site)}
        server.reset_log()
        second = crawl("baonamdinh", tmp_path, start_url=server.url + "/")
        refetched = [p for p in server.request_log if "/channel/" in p and p.count("/") > 3]

    assert first.errors == 0, first.error_urls
    assert first.articles_new == len(expected) and events.count("new") == len(expected)
    assert first.pages_fetched == events.count("page") > len(expected)
    assert second.articles_new == 0 and second.articles_changed == 0
    assert refetched == []  # the second run fetched no article page again
    with Store(tmp_path / "thidua.sqlite") as store:
        stored = {s.article.canonical_url: s.article for s in store.iter_articles()}
    assert set(stored) == expected  # utm/print variants collapsed onto the canonical URL

    # Every article points at its raw page in a readable WARC file.
    for article in stored.values():
        headers, body = read_record(tmp_path, article.warc_file, article.warc_offset)
        assert headers.get_statuscode() == "200"
        assert article.canonical_url.split("/", 3)[3].encode() in body  # its own canonical link
    for path in (tmp_path / "warc").glob("*.warc.gz"):
        with open(path, "rb") as fh:
            kinds = [r.rec_type for r in ArchiveIterator(fh)]
        assert kinds.count("response") == kinds.count("request") >= 1


def test_bad_input_pages_come_out_clean(site, tmp_path):
    with site.serve(host="127.0.0.1", port=0) as server:
        crawl("baonamdinh", tmp_path, start_url=server.url + "/")
        paths = {a["id"]: server.url + site.path_of(a) for a in primary_articles(site)}
    with Store(tmp_path / "thidua.sqlite") as store:
        for a in primary_articles(site):
            stored = store.get(paths[a["id"]]).article
            assert stored.title == a["title"]
            assert stored.body[0] == a["body"][0]
            if a.get("hide_date"):
                assert stored.published is None
            else:
                assert stored.published == a["published"]


def test_unknown_profile_fails_before_starting(tmp_path):
    with pytest.raises(ConfigError):
        crawl("no-such-paper", tmp_path)


def test_articles_rebuild_from_the_archive_alone(site, tmp_path):
    from crawler.reparse import articles_from_archive

    with site.serve(host="127.0.0.1", port=0) as server:
        crawl("baonamdinh", tmp_path, start_url=server.url + "/")
    with Store(tmp_path / "thidua.sqlite") as store:
        stored = {s.article.canonical_url: s.article for s in store.iter_articles()}
    rebuilt = {a.canonical_url: a for a in articles_from_archive(tmp_path, "baonamdinh")}
    assert set(rebuilt) == set(stored)
    for url, article in stored.items():
        again = rebuilt[url]
        assert (again.title, again.body, again.published, again.content_hash) == (
            article.title, article.body, article.published, article.content_hash,
        )
        assert (again.warc_file, again.warc_offset) == (article.warc_file, article.warc_offset)


def test_robots_txt_is_obeyed(site, tmp_path):
    with site.serve(host="127.0.0.1", port=0) as server:
        forbidden = server.url + "/tim-kiem?q=thi+dua"
        summary = crawl(None, tmp_path, start_url=forbidden)
        log = dict(server.request_log)
    assert "/robots.txt" in log
    assert not [p for p in log if p.startswith("/tim-kiem")]
    assert summary.error_urls == [forbidden]  # refused, logged; the rest of the crawl went on


def test_user_agent_names_the_contact(site, tmp_path):
    from crawler.run import crawl_settings

    settings = crawl_settings(tmp_path, "https://example.vn/", settings_overrides={"THIDUA_CONTACT": "mailto:lab@example.org"})
    assert "mailto:lab@example.org" in settings["USER_AGENT"]

"""Daily re-crawls fetch only what is new or changed (the sample server counts requests)."""

import datetime as dt

import pytest

from crawler.run import crawl
from index.store import Store
from sample_site import SampleSite

pytestmark = pytest.mark.slow

PROFILE = "baonamdinh"


def article_requests(server) -> list[str]:
    """Requests for article pages of the primary layout (/channel/<id>/<YYYYMM>/<slug>)."""
    return [p for p, n in server.request_log.items() for _ in range(n) if p.startswith("/channel/") and p.count("/") >= 4]


def test_recrawls_fetch_only_new_and_changed_articles(tmp_path):
    site = SampleSite()
    channels = {s.id for s in site.catalog.sections_of(PROFILE)}
    with site.serve(host="127.0.0.1", port=0) as server:
        first = crawl(PROFILE, tmp_path, start_url=server.url + "/")
        assert first.articles_new == len(site.catalog.in_layout(PROFILE))

        # 1. Nothing changed: robots.txt, the sitemap, the home page and page 1 of each channel.
        server.reset_log()
        again = crawl(PROFILE, tmp_path, start_url=server.url + "/")
        assert (again.articles_new, again.articles_changed) == (0, 0)
        assert article_requests(server) == []
        assert again.pages_fetched == sum(server.request_log.values()) <= 3 + len(channels)

        # 2. One article edited: the sitemap's lastmod sends us back to it, and only to it.
        later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=5)
        victim = site.catalog.in_layout(PROFILE)[3]
        new_body = ["Bài viết đã được cập nhật: số tập thể được khen thưởng là 12."] + victim["body"][1:]
        site.edit(victim["id"], when=later, body=new_body)
        server.reset_log()
        edited = crawl(PROFILE, tmp_path, start_url=server.url + "/")
        assert (edited.articles_new, edited.articles_changed) == (0, 1)
        assert article_requests(server) == [site.path_of(victim)]

        # 3. Touched but not changed: a conditional request answered 304.
        site.edit(victim["id"], when=later + dt.timedelta(minutes=5))
        server.reset_log()
        touched = crawl(PROFILE, tmp_path, start_url=server.url + "/")
        assert (touched.articles_new, touched.articles_changed, touched.articles_unchanged) == (0, 0, 1)

        # 4. A new article appears at the top of its channel.
        fresh = site.publish(
            {
                "id": 9_200_001,
                "section": site.catalog.sections_of(PROFILE)[0].key,
                "title": "Thành phố Nam Định phát động thi đua cao điểm cuối năm",
                "lead": "Chiều 2-12, UBND thành phố phát động đợt thi đua cao điểm hoàn thành nhiệm vụ năm.",
                "published": (dt.datetime.now() + dt.timedelta(days=1)).strftime("%Y-%m-%d %H:%M"),
                "author": "Hải Yến",
                "body": ["Đợt thi đua kéo dài đến hết ngày 31-12, tập trung vào thu ngân sách và cải cách hành chính."],
                "expect": {"relevant": True},
            }
        )
        server.reset_log()
        newer = crawl(PROFILE, tmp_path, start_url=server.url + "/")
        assert (newer.articles_new, newer.articles_changed) == (1, 0)
        assert article_requests(server) == [site.path_of(fresh)]

    with Store(tmp_path / "thidua.sqlite") as store:
        assert store.count() == len(site.catalog.in_layout(PROFILE))
        assert store.get(server.url + site.path_of(victim)).article.body[0] == new_body[0]


def test_a_capped_run_is_completed_by_the_next_one(tmp_path):
    site = SampleSite()
    total = len(site.catalog.in_layout(PROFILE))
    with site.serve(host="127.0.0.1", port=0) as server:
        capped = crawl(PROFILE, tmp_path, start_url=server.url + "/", max_pages=12)
        assert capped.articles_new < total
        rest = crawl(PROFILE, tmp_path, start_url=server.url + "/")
    assert capped.articles_new + rest.articles_new == total
    with Store(tmp_path / "thidua.sqlite") as store:
        assert store.count() == total


def test_a_deleted_store_is_refilled_not_skipped(tmp_path):
    site = SampleSite()
    total = len(site.catalog.in_layout(PROFILE))
    with site.serve(host="127.0.0.1", port=0) as server:
        crawl(PROFILE, tmp_path, start_url=server.url + "/")
        for suffix in ("", "-wal", "-shm"):
            (tmp_path / f"thidua.sqlite{suffix}").unlink(missing_ok=True)
        again = crawl(PROFILE, tmp_path, start_url=server.url + "/")
    assert again.articles_new == total

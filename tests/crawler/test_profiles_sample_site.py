"""Every site profile against its layout on the sample site, through a real crawl.

The sample site's own articles are used as they are; a few more are published
into each layout here so every profile sees more than one listing page.
"""

import datetime as dt

import pytest

from crawler.profile import available_profiles
from crawler.run import crawl
from index.store import Store
from sample_site import SampleSite

pytestmark = pytest.mark.slow

LAYOUT_SECTIONS = {}  # layout -> a section key, filled from the site's own sections
EXTRA_PER_LAYOUT = 11  # more than one listing page (8 per page)


def _extra_article(n: int, section: str) -> dict:
    when = dt.datetime(2024, 5, 1, 8, 0) + dt.timedelta(days=n, minutes=7 * n)
    return {
        "id": 9_100_000 + n,
        "section": section,
        "title": f"Xã Hải Minh tổng kết phong trào thi đua năm {2000 + n}",
        "lead": f"Sáng {when.day}-{when.month}, Đảng ủy xã Hải Minh tổ chức hội nghị tổng kết phong trào thi đua lần thứ {n}.",
        "published": when.strftime("%Y-%m-%d %H:%M"),
        "author": "Lan Anh",
        "body": [
            f"Hội nghị đã đánh giá kết quả thực hiện các phong trào thi đua trong năm, với {n + 3} tập thể tiêu biểu.",
            "Dịp này, Chủ tịch UBND xã tặng Giấy khen cho các tập thể và cá nhân có thành tích xuất sắc.",
        ],
        "captions": ["Quang cảnh hội nghị."],
        "tags": ["thi đua", "Hải Minh"],
        "expect": {"relevant": True},
    }


@pytest.fixture(scope="module")
def site():
    site = SampleSite()
    layouts = {}
    for key, section in site.catalog.sections.items():
        layouts.setdefault(section.layout, key)
    n = 0
    for layout, key in layouts.items():
        for _ in range(EXTRA_PER_LAYOUT):
            n += 1
            site.publish(_extra_article(n, key))
    return site


def test_there_is_a_profile_for_every_layout(site):
    layouts = {s.layout for s in site.catalog.sections.values()}
    assert layouts <= set(available_profiles())
    assert len(layouts) >= 4


@pytest.mark.parametrize("profile", ["baonamdinh", "baoninhbinh", "baothaibinh", "nhandan"])
def test_profile_extracts_every_article_of_its_layout(site, profile, tmp_path):
    articles = site.catalog.in_layout(profile)
    with site.serve(host="127.0.0.1", port=0) as server:
        summary = crawl(profile, tmp_path, start_url=server.url + "/")
        urls = {a["id"]: server.url + site.path_of(a) for a in articles}
    assert summary.errors == 0, summary.error_urls
    assert summary.articles_new == len(articles)
    with Store(tmp_path / "thidua.sqlite") as store:
        assert store.count() == len(articles)
        for a in articles:
            got = store.get(urls[a["id"]]).article
            assert got.canonical_url == urls[a["id"]]
            assert got.site == profile
            assert got.title == a["title"]
            assert got.lead == a["lead"]
            if a.get("broken_html"):
                # The page is cut off inside the body: what arrived is kept, paragraph by paragraph.
                *whole, last = got.body
                assert whole == a["body"][: len(whole)] and a["body"][len(whole)].startswith(last)
                assert set(got.captions) <= set(a["captions"])
                continue
            assert list(got.body) == a["body"]
            assert got.author == a["author"]
            assert list(got.captions) == a["captions"]
            assert got.published == (None if a.get("hide_date") else a["published"])
            assert got.published_raw or a.get("hide_date")

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.spiders.news import NewsSpider

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def make_response(url: str, body: bytes, callback=None, status: int = 200, headers=None, meta=None) -> HtmlResponse:
    request = Request(url, callback=callback, meta=meta or {})
    return HtmlResponse(url, body=body, status=status, headers=headers, request=request)


@pytest.fixture
def make_spider(tmp_path):
    """A NewsSpider built through Scrapy's real crawler factory, state in tmp_path."""
    crawlers = []

    def build(site="baonamdinh", start_url="http://news.test/", **settings):
        settings.setdefault("THIDUA_DATA_DIR", str(tmp_path))
        crawler = get_crawler(NewsSpider, settings_dict=settings)
        crawler.spider = NewsSpider.from_crawler(crawler, site=site, start_url=start_url)
        crawlers.append(crawler)
        return crawler.spider

    yield build
    for crawler in crawlers:
        if crawler.spider.state is not None:
            crawler.spider.state.close()

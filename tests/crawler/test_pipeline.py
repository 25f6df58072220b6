"""The item pipeline hands Articles to the configured sink."""

import dataclasses

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.pipelines import StorePipeline, list_sink
from crawler.spiders.news import NewsSpider
from tests.core.factories import make_article
from thidua.errors import ConfigError


def build(tmp_path, **settings):
    settings.setdefault("THIDUA_DATA_DIR", str(tmp_path))
    crawler = get_crawler(NewsSpider, settings_dict=settings)
    crawler.spider = NewsSpider.from_crawler(crawler, site="baonamdinh", start_url="http://news.test/")
    return StorePipeline.from_crawler(crawler), crawler


def test_a_list_sink_collects_articles_and_reports_outcomes(tmp_path):
    sink, events = [], []
    pipeline, crawler = build(tmp_path, THIDUA_SINK=list_sink(sink), THIDUA_ON_EVENT=lambda k, u: events.append(k))
    a = make_article(1)
    pipeline.process_item(a)
    pipeline.process_item(a)
    pipeline.process_item(dataclasses.replace(a, body=("Nội dung mới.",)).with_hash())
    assert sink == [a] and events == ["new", "unchanged", "changed"]
    assert crawler.spider.state.is_known_article(a.url) and crawler.spider.state.is_known_article(a.canonical_url)


def test_default_sink_is_the_store_of_record_and_reruns_add_nothing(tmp_path):
    from index.store import Store

    pipeline, _ = build(tmp_path)
    articles = [make_article(n) for n in range(3)]
    outcomes = [pipeline.process_item(a) and None for a in articles]
    pipeline.close_spider()
    pipeline2, crawler = build(tmp_path)
    for a in articles:
        pipeline2.process_item(a)
    pipeline2.close_spider()
    assert crawler.stats.get_value("thidua/articles_unchanged") == 3
    with Store(tmp_path / "thidua.sqlite") as store:
        assert store.count() == 3
        assert store.get(articles[0].url).article == articles[0]
    assert outcomes == [None] * 3


def test_a_failing_sink_drops_only_that_item(tmp_path):
    def sink(article):
        if "bai-2" in article.url:
            raise RuntimeError("disk full")
        return "new"

    events = []
    pipeline, crawler = build(tmp_path, THIDUA_SINK=sink, THIDUA_ON_EVENT=lambda k, u: events.append(k))
    pipeline.process_item(make_article(1))
    with pytest.raises(DropItem):
        pipeline.process_item(make_article(2))
    pipeline.process_item(make_article(3))
    assert events == ["new", "error", "new"]
    assert not crawler.spider.state.is_known_article(make_article(2).canonical_url)  # fetched again next run


def test_sink_factory_by_dotted_name(tmp_path):
    pipeline, _ = build(tmp_path, THIDUA_SINK="tests.crawler.test_pipeline:counting_sink")
    assert pipeline.process_item(make_article(1)) and COUNTED == [make_article(1).url]


COUNTED: list = []


def counting_sink(settings):
    def sink(article):
        COUNTED.append(article.url)
        return "new"

    return sink


def test_bad_sink_setting_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError):
        build(tmp_path, THIDUA_SINK="no.such.module:sink")


def test_extraction_hook_saves_an_extraction_for_new_articles(tmp_path):
    from index.store import Store

    pipeline, crawler = build(tmp_path, THIDUA_EXTRACT=True)
    article = make_article(1)
    pipeline.process_item(article)
    pipeline.process_item(article)  # unchanged: not extracted again
    pipeline.close_spider()
    assert crawler.stats.get_value("thidua/extraction_errors") is None
    with Store(tmp_path / "thidua.sqlite") as store:
        assert store.count_extracted() == 1
        assert store.get(article.canonical_url).extraction is not None

"""SampleSite(scale=N): generated articles join the primary layout."""

from collections import Counter

from sample_site import SampleSite
from sample_site.content import EVENT_TYPES

from .helpers import fetch, page


def test_scale_adds_generated_articles_with_unique_urls():
    base = SampleSite()
    big = SampleSite(scale=120)
    assert len(big.articles) == len(base.articles) + 120
    paths = Counter(big.path_of(a) for a in big.articles)
    assert max(paths.values()) == 1
    generated = [a for a in big.articles if a["id"] not in base.catalog.by_id]
    assert {big.catalog.sections[a["section"]].layout for a in generated} == {"baonamdinh"}
    assert any(not a["expect"]["relevant"] for a in generated)
    for article in generated:
        if article["expect"]["relevant"]:
            assert article["expect"]["event_type"] in EVENT_TYPES
            text = " ".join([article["title"], article["lead"], *article["body"]])
            assert all(name in text for name in article["expect"]["officials"])


def test_scale_is_deterministic():
    first = [a["title"] for a in SampleSite(scale=30).articles]
    assert first == [a["title"] for a in SampleSite(scale=30).articles]
    assert first != [a["title"] for a in SampleSite(scale=30, seed=8).articles]


def test_generated_pages_are_served_and_paginated():
    site = SampleSite(scale=200)
    with site.serve() as server:
        tdkt = site.catalog.sections["tdkt"]
        items = site.catalog.in_section("tdkt")
        last = -(-len(items) // 8)
        sel = page(server.url + f"/channel/{tdkt.id}/?page={last}")
        assert sel.css("h3.title-news a::attr(href)").getall()[-1] == site.path_of(items[-1])
        assert fetch(server.url + f"/channel/{tdkt.id}/?page={last + 1}")[0] == 404
        article = items[len(items) // 2]
        assert page(server.url + site.path_of(article)).css("h1.title-detail::text").get() == article["title"]

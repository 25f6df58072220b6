import datetime as dt

import pytest

from crawler.dates import parse_published
from crawler.urls import canonicalize

ICT = dt.timezone(dt.timedelta(hours=7))


@pytest.mark.parametrize(
    "url",
    [
        "http://News.Test/channel/5091/202303/bai-viet-2601001",
        "http://news.test/channel/5091/202303/bai-viet-2601001/",
        "http://news.test/channel/5091/202303/bai-viet-2601001?utm_source=zalo&utm_medium=share",
        "http://news.test/channel/5091/202303/bai-viet-2601001?fbclid=AbC123#comments",
        "http://news.test/channel/5091/202303/bai-viet-2601001?print=1",
        "http://m.news.test/channel/5091/202303/bai-viet-2601001",
        "http://news.test:80/channel/5091/202303/bai-viet-2601001?page=2",
    ],
)
def test_variants_of_one_article_share_one_canonical_url(url):
    assert canonicalize(url) == "http://news.test/channel/5091/202303/bai-viet-2601001"


def test_listing_keeps_its_page_number_but_drops_tracking():
    assert canonicalize("http://news.test/channel/5091/?utm_source=x&page=3", article=False) == (
        "http://news.test/channel/5091/?page=3"
    )


def test_query_keys_a_site_needs_survive():
    url = "http://portal.test/news.aspx?id=77&utm_source=x"
    assert canonicalize(url) == "http://portal.test/news.aspx?id=77"
    assert canonicalize("http://portal.test/a?page=2", keep_keys=frozenset({"page"})).endswith("?page=2")


@pytest.mark.parametrize(
    "raw, formats",
    [
        ("17:43, 30/03/2023", ["%H:%M, %d/%m/%Y"]),
        ("Thứ Năm, 30/03/2023 - 17:43", ["%d/%m/%Y %H:%M"]),
        ("30/3/2023 | 17:43 GMT+7", ["%d/%m/%Y %H:%M"]),
        ("Cập nhật lúc: 17:43 |30/03/2023", ["%H:%M %d/%m/%Y"]),
        ("2023-03-30T17:43:00+0700", []),
        ("2023-03-30T10:43:00Z", []),
    ],
)
def test_vietnamese_date_lines_become_aware_datetimes(raw, formats):
    value = parse_published(raw, formats)
    assert value is not None and value.utcoffset() is not None
    assert value == dt.datetime(2023, 3, 30, 17, 43, tzinfo=ICT)


def test_day_comes_first_even_without_a_matching_format():
    value = parse_published("03/02/2023 08:15", formats=["%Y"])
    assert (value.day, value.month) == (3, 2)


@pytest.mark.parametrize("raw", ["", "   ", "Hôm qua", "Lượt xem: 321"])
def test_no_date_gives_none(raw):
    assert parse_published(raw, ["%H:%M, %d/%m/%Y"]) is None

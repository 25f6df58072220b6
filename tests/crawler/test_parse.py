"""Parsing article pages with a site profile, including the bad input real sites serve."""

import datetime as dt
import unicodedata

import pytest

from crawler.parse import parse_article
from crawler.profile import load_profile
from thidua.errors import ConfigError, ParseError

from .conftest import fixture_bytes

URL = "http://news.test/channel/5091/202303/huyen-y-yen-ky-ket-giao-uoc-thi-dua-nam-2023-2601001"
ICT = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="module")
def profile():
    return load_profile("baonamdinh")


def article_html() -> str:
    return fixture_bytes("bnd_article.html").decode("utf-8")


def test_fields_come_from_the_profile_selectors(profile):
    a = parse_article(URL + "?utm_source=fb", article_html(), profile)
    assert a.title == "Huyện Ý Yên ký kết giao ước thi đua năm 2023"
    assert a.lead.startswith("Sáng 30-3, Ủy ban nhân dân huyện Ý Yên")
    assert a.published == dt.datetime(2023, 3, 30, 17, 43, tzinfo=ICT)
    assert a.published_raw == "17:43, 30/03/2023"
    assert a.author == "Thu Hà"
    assert a.captions == ("Các đơn vị ký kết giao ước thi đua.",)
    assert a.tags == ("thi đua", "Ý Yên")
    assert a.site == "baonamdinh"


def test_boilerplate_stays_out_of_the_body(profile):
    a = parse_article(URL, article_html(), profile)
    assert len(a.body) == 3
    text = a.text()
    for junk in ("Quảng cáo", "BÁO NAM ĐỊNH", "Lượt xem", "In bài", "Bài khác", "Thu Hà", "adSlot"):
        assert junk not in text


def test_canonical_link_is_normalised(profile):
    a = parse_article(URL + "?utm_source=fb#x", article_html(), profile)
    assert a.url.endswith("?utm_source=fb#x")
    assert a.canonical_url == URL


def test_content_hash_is_set_and_follows_the_text(profile):
    a = parse_article(URL, article_html(), profile)
    b = parse_article(URL, article_html().replace("5 tập thể", "6 tập thể"), profile)
    assert len(a.content_hash) == 64 and a.content_hash != b.content_hash


def test_nfd_page_comes_out_nfc(profile):
    nfd = unicodedata.normalize("NFD", article_html())
    a = parse_article(URL, nfd, profile)
    assert a.title == "Huyện Ý Yên ký kết giao ước thi đua năm 2023"
    assert all(unicodedata.is_normalized("NFC", s) for s in (a.title, a.lead, *a.body, a.author))


def test_missing_date_gives_an_article_without_one(profile):
    html = article_html().replace('<span class="time-detail">17:43, 30/03/2023</span>', "")
    html = html.replace('<meta property="article:published_time" content="2023-03-30T17:43:00+07:00">', "")
    a = parse_article(URL, html, profile)
    assert a.published is None and a.title


def test_broken_html_still_parses_what_is_there(profile):
    html = article_html().replace("</p>", "").replace("</div>", "")
    html = html[: html.index("Dịp này")]  # cut off mid-body, like a dropped connection
    a = parse_article(URL, html, profile)
    assert a.title.startswith("Huyện Ý Yên")
    assert any("Chung sức xây dựng nông thôn mới" in p for p in a.body)


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html><body><h1>Liên hệ tòa soạn</h1><form><input></form></body></html>",
        "<html><body><p>Không có tiêu đề</p></body></html>",
        "\x00\x01\x02 not html at all",
    ],
)
def test_non_article_pages_raise_parse_error(profile, html):
    with pytest.raises(ParseError):
        parse_article(URL, html, profile)


def test_unknown_profile_is_a_config_error():
    with pytest.raises(ConfigError, match="baonamdinh"):
        load_profile("no-such-paper")


def test_print_view_and_mobile_host_land_on_the_same_canonical_url(profile):
    html = article_html()
    urls = [URL + "?print=1", URL.replace("//news.test", "//m.news.test"), URL + "/?page=2"]
    assert {parse_article(u, html, profile).canonical_url for u in urls} == {URL}


def test_syndicated_copy_keeps_its_own_url_and_names_the_original(profile):
    original = "https://baonamdinh.vn/channel/5091/202303/huyen-y-yen-2601001"
    html = article_html().replace(
        'href="http://news.test/channel/5091/202303/huyen-y-yen-ky-ket-giao-uoc-thi-dua-nam-2023-2601001?utm_source=zalo"',
        f'href="{original}?utm_source=x"',
    )
    copy_url = "http://aggregator.test/channel/5091/202303/huyen-y-yen-2700001"
    a = parse_article(copy_url, html, profile)
    assert a.canonical_url == copy_url
    assert a.syndicated_from == original
    assert parse_article(URL, article_html(), profile).syndicated_from == ""

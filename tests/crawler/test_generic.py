"""Generic mode: any news site without a profile."""

import datetime as dt

import pytest

from crawler.generic import NotAnArticle, looks_like_article_url, looks_like_listing_url, parse_generic

from .conftest import fixture_bytes

ICT = dt.timezone(dt.timedelta(hours=7))


@pytest.mark.parametrize(
    "url",
    [
        "https://baonamdinh.vn/channel/5083/201611/tuoi-tre-nam-dinh-hoc-tap-2515311",
        "https://baoninhbinh.org.vn/glamping-san-pham-du-lich/d2023032215063906.htm",
        "https://baothaibinh.com.vn/tin-tuc/260/154962/bo-thuoc-la-vi-suc-khoe-cong-dong",
        "https://nhandan.vn/ocop/nghi-quyet-ve-sap-xep-don-vi-hanh-chinh-post850408.html",
        "https://vnexpress.net/hop-tac-xa-don-nhan-huan-chuong-lao-dong-4791234.html",
        "https://baoapbac.vn/xa-hoi/202209/ky-ket-giao-uoc-thi-dua-960690/",
    ],
)
def test_article_urls_of_real_cms_styles_are_recognised(url):
    assert looks_like_article_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://baonamdinh.vn/video/",
        "https://baonamdinh.vn/lien-he",
        "https://baonamdinh.vn/tag/thi-dua",
        "https://baolaocai.vn/tu-khoa/thi-dua-tag1234.html",
        "https://baonamdinh.vn/file/anh-hoi-nghi-20230330.jpg",
        "https://baoninhbinh.org.vn/s/cong-tac-thi-dua?page=2",
        "https://baonamdinh.vn/channel/5091/",
    ],
)
def test_non_article_urls_are_not_fetched_as_articles(url):
    assert not looks_like_article_url(url)


def test_sections_are_listings():
    assert looks_like_listing_url("https://baonamdinh.vn/channel/5091/?page=2")
    assert not looks_like_listing_url("https://baonamdinh.vn/tag/thi-dua")


def test_article_fields_without_a_profile():
    html = fixture_bytes("bnd_article.html").decode("utf-8")
    a = parse_generic("http://news.test/channel/5091/202303/huyen-y-yen-2601001?utm_source=x", html, site="news.test")
    assert a.title == "Huyện Ý Yên ký kết giao ước thi đua năm 2023"
    assert a.published == dt.datetime(2023, 3, 30, 17, 43, tzinfo=ICT)
    assert a.canonical_url.endswith("huyen-y-yen-ky-ket-giao-uoc-thi-dua-nam-2023-2601001")
    assert any("Chung sức xây dựng nông thôn mới" in p for p in a.body)
    assert "BÁO NAM ĐỊNH" not in a.text() and "Tin liên quan" not in a.text()


def test_visible_date_line_is_used_when_no_metadata():
    html = """<html><body><h1>Xã Yên Cường đón nhận danh hiệu nông thôn mới kiểu mẫu</h1>
<div class="date">Thứ Năm, 30/03/2023 - 17:43</div>
<p>Sáng 30-3, xã Yên Cường tổ chức lễ đón nhận danh hiệu xã nông thôn mới kiểu mẫu năm 2022 với nhiều hoạt động.</p>
<p>Phó Chủ tịch UBND tỉnh trao Bằng công nhận và Cờ thi đua cho Đảng bộ, chính quyền và nhân dân xã Yên Cường.</p>
</body></html>"""
    a = parse_generic("http://x.test/tin/xa-yen-cuong-don-nhan-2601002.html", html)
    assert a.published == dt.datetime(2023, 3, 30, 17, 43, tzinfo=ICT)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><h1>Liên hệ</h1><form><input name=q></form></body></html>",
        "<html><body><h1>Video</h1><video src=a.mp4></video><h3>Bản tin thời sự</h3></body></html>",
        "<html><body><ul>" + "".join(f"<li><a href='/a-{i}'>Tin số {i}</a></li>" for i in range(30)) + "</ul></body></html>",
    ],
)
def test_pages_that_are_not_articles_are_refused(html):
    with pytest.raises(NotAnArticle):
        parse_generic("http://x.test/a-2601003.html", html)


@pytest.mark.slow
def test_generic_crawl_of_the_sample_site_finds_exactly_its_articles(tmp_path):
    from crawler.run import crawl
    from index.store import Store
    from sample_site import SampleSite

    site = SampleSite()
    with site.serve(host="127.0.0.1", port=0) as server:
        summary = crawl(None, tmp_path, start_url=server.url + "/")
        expected = {server.url + site.path_of(a) for a in site.articles}
        video_or_tag = [p for p in server.request_log if p.startswith(("/video", "/tag/", "/lien-he", "/tim-kiem"))]
    assert summary.errors == 0, summary.error_urls
    with Store(tmp_path / "thidua.sqlite") as store:
        assert {s.article.canonical_url for s in store.iter_articles()} == expected
    assert video_or_tag == []
    assert "/sitemap.xml" in server.request_log  # found without being told


@pytest.mark.slow
def test_generic_crawl_from_a_sitemap_alone(tmp_path):
    from crawler.run import crawl
    from index.store import Store
    from sample_site import SampleSite

    site = SampleSite()
    with site.serve(host="127.0.0.1", port=0) as server:
        summary = crawl(None, tmp_path, start_url=server.url + "/sitemap.xml")
        expected = {server.url + site.path_of(a) for a in site.articles}
        listings = [p for p in server.request_log if p.startswith(("/channel/5091/?", "/nb/s/"))]
    assert summary.errors == 0, summary.error_urls
    assert listings == []  # articles straight from the sitemap, no listing walk
    with Store(tmp_path / "thidua.sqlite") as store:
        assert {s.article.canonical_url for s in store.iter_articles()} == expected


@pytest.mark.slow
def test_generic_extraction_quality_floor():
    """Pinned floors a little under today's figures (python -m crawler.evaluate)."""
    from crawler.evaluate import evaluate

    rates = evaluate()
    generic, profile = rates["generic"], rates["profile"]
    assert profile["title"] == 1.0 and profile["body"] >= 0.99
    assert generic["parsed"] == 1.0
    assert generic["title"] >= 0.95
    assert generic["lead"] >= 0.95
    assert generic["author"] >= 0.9
    assert generic["published_day"] >= 0.95
    assert generic["body"] >= 0.95


def test_a_page_without_a_date_does_not_borrow_a_related_articles_date():
    html = """<html><body><h1>Hội thao Cụm thi đua các huyện phía Nam</h1>
<div class="sapo">Các đoàn vận động viên của năm huyện tranh tài ở tám môn thể thao trong ba ngày liền.</div>
<p>Hội thao là dịp để cán bộ, công chức giao lưu, học hỏi kinh nghiệm lẫn nhau trong phong trào thi đua.</p>
<p>Ban tổ chức trao 5 giải nhất, 8 giải nhì và 12 giải ba cho các đoàn có thành tích cao.</p>
<p>Huyện Hải Hậu dẫn đầu toàn đoàn, huyện Giao Thủy xếp thứ hai, huyện Nghĩa Hưng xếp thứ ba.</p>
<div class="box-related"><ul><li><a href="/tin/hoi-thao-cum-bac-2555876">Hội thao cụm phía Bắc</a>
<span class="time">(16/09/2023)</span></li></ul></div>
<aside><span>08:00, 01/01/2024</span></aside></body></html>"""
    a = parse_generic("http://x.test/tin/hoi-thao-cum-nam-2557239", html)
    assert a.published is None
    assert a.lead.startswith("Các đoàn vận động viên")
    assert "16/09/2023" not in a.text()


def test_headline_is_the_h1_that_agrees_with_og_title_not_a_banner():
    from parsel import Selector

    from crawler.generic import pick_title

    page = """<html><head><meta property="og:title" content="Huyện Ý Yên đón nhận Cờ thi đua - Báo Tỉnh"></head>
    <body><h1>Báo Tỉnh điện tử</h1><article><h1>Huyện Ý Yên đón nhận Cờ thi đua</h1></article></body></html>"""
    assert pick_title(Selector(text=page), "") == "Huyện Ý Yên đón nhận Cờ thi đua"
    no_og = page.replace('property="og:title"', 'property="og:site"')
    assert pick_title(Selector(text=no_og), "") == "Huyện Ý Yên đón nhận Cờ thi đua"
    assert pick_title(Selector(text="<html><body><p>x</p></body></html>"), "Tiêu đề") == "Tiêu đề"

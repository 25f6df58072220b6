"""A small archive for the web tests: our own Vietnamese articles, extractions and a WARC.

``seed(data_dir)`` fills a real Store and SqliteBackend, the way the CLI's jobs
would after crawl + extract + index.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from index.backend import SearchBackend
from index.documents import to_index_document
from index.sqlite_backend import SqliteBackend
from index.store import Store
from thidua.models import Article, Award, Event, Evidence, Extraction, Official, Theme, Unit, document_id

ICT = dt.timezone(dt.timedelta(hours=7))
XSS_TITLE = 'Hội nghị điển hình tiên tiến <script>window.__pwned = "title"</script> năm 2023'
XSS_BODY = 'Đại biểu dự hội nghị <img src="x" onerror="window.__pwned = \'img\'"> tại xã Yên Thắng.'
XSS_RECIPIENT = '<script>window.__pwned = "award"</script>Xã Yên Thắng'
ARCHIVED_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Vụ Bản đón Cờ thi đua</title>
<script>window.__archive_pwned = true;</script><base href="http://evil.test/"></head>
<body onload="window.__archive_pwned = 'onload'"><h1>Huyện Vụ Bản đón nhận Cờ thi đua</h1>
<p onclick="alert(1)">Chiều 30-3, huyện Vụ Bản tổ chức lễ đón nhận Cờ thi đua.</p>
<iframe src="http://evil.test/frame"></iframe><a href="javascript:alert(2)">liên kết</a>
<form action="http://evil.test/"><input name="x"></form></body></html>"""


def ev(text: str, sentence: str) -> tuple[Evidence, ...]:
    start = text.index(sentence)
    return (Evidence(sentence, start, start + len(sentence)),)


@dataclass
class Seeded:
    store: Store
    backend: SearchBackend
    data_dir: Path
    ids: dict[str, str]  # short name -> document id


def _article(slug: str, site: str, title: str, lead: str, body: tuple[str, ...], when: dt.datetime, **kw) -> Article:
    url = f"http://{site}/tin-tuc/{slug}.html"
    return Article(url=url, canonical_url=url, site=site, title=title, lead=lead, body=body, published=when, **kw).with_hash()


def _write_warc(data_dir: Path, url: str) -> tuple[str, int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rel = "warc/thidua-test-00001.warc.gz"
    path = data_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        # a first record, so the article's record is not at offset 0
        writer.write_record(writer.create_warc_record("urn:x:warcinfo", "warcinfo", payload=io.BytesIO(b"software: test")))
        offset = fh.tell()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(ARCHIVED_HTML.encode("utf-8")), http_headers=headers)
        writer.write_record(record)
    return rel, offset


def _vu_ban(data_dir: Path) -> tuple[Article, Extraction]:
    url = "http://baonamdinh.test/tin-tuc/vu-ban-don-co-thi-dua.html"
    warc_file, offset = _write_warc(data_dir, url)
    a = _article(
        "vu-ban-don-co-thi-dua", "baonamdinh.test",
        "Huyện Vụ Bản đón nhận Cờ thi đua của UBND tỉnh",
        "Chiều 30-3, tại hội trường UBND huyện, huyện Vụ Bản tổ chức lễ đón nhận Cờ thi đua.",
        ("Đồng chí Trần Văn Đông, Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho huyện Vụ Bản.",
         "Đây là phần thưởng ghi nhận phong trào thi đua \"Chung sức xây dựng nông thôn mới\"."),
        dt.datetime(2023, 3, 30, 17, 43, tzinfo=ICT), warc_file=warc_file, warc_offset=offset,
    )
    t = a.text()
    s1 = a.body[0]
    x = Extraction(
        relevant=True, relevance_score=0.97,
        event=Event("trao tặng", "Chiều 30-3", dt.date(2023, 3, 30), "hội trường UBND huyện", ev(t, a.lead)),
        officials=(Official("Trần Văn Đông", ("Phó Chủ tịch UBND tỉnh",), (), ev(t, s1)),),
        units=(Unit("huyện Vụ Bản", "Huyện Vụ Bản, Tỉnh Nam Định", "huyện", "Tỉnh Ninh Bình", ev(t, s1)),),
        awards=(Award("Cờ thi đua", "huyện Vụ Bản", conferrer="UBND tỉnh", period="năm 2022", presenter="Trần Văn Đông",
                      form_canonical="Cờ thi đua của UBND tỉnh", category="flag", evidence=ev(t, s1)),),
        themes=(Theme("Chung sức xây dựng nông thôn mới", evidence=ev(t, a.body[1])),),
        extractor_version="test",
    )
    return a, x


def _vu_ban_2021() -> tuple[Article, Extraction]:
    a = _article(
        "vu-ban-tong-ket-2021", "baonamdinh.test",
        "Vụ Bản tổng kết công tác thi đua, khen thưởng năm 2021",
        "Sáng 15-1, huyện Vụ Bản tổng kết phong trào thi đua năm 2021.",
        ("Đồng chí Trần Văn Đông, Chủ tịch UBND huyện phát biểu chỉ đạo hội nghị.",
         "Huyện Vụ Bản được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích xuất sắc."),
        dt.datetime(2022, 1, 15, 9, 0, tzinfo=ICT),
    )
    t = a.text()
    x = Extraction(
        relevant=True, relevance_score=0.9,
        event=Event("tổng kết", "Sáng 15-1", dt.date(2022, 1, 15), None, ev(t, a.lead)),
        officials=(Official("Trần Văn Đông", ("Chủ tịch UBND huyện",), (), ev(t, a.body[0])),),
        units=(Unit("Huyện Vụ Bản", "Huyện Vụ Bản, Tỉnh Nam Định", "huyện", "Tỉnh Ninh Bình", ev(t, a.body[1])),),
        awards=(Award("Bằng khen", "Huyện Vụ Bản", conferrer="Chủ tịch UBND tỉnh", form_canonical="Bằng khen của Chủ tịch UBND tỉnh",
                      category="certificate", evidence=ev(t, a.body[1])),),
        extractor_version="test",
    )
    return a, x


def _dien_luc() -> tuple[Article, Extraction]:
    a = _article(
        "dien-luc-huan-chuong", "baoninhbinh.test",
        "Công ty Điện lực Ninh Bình đón nhận Huân chương Lao động hạng Ba",
        "Ngày 10-6, Công ty Điện lực Ninh Bình long trọng tổ chức lễ đón nhận Huân chương Lao động hạng Ba.",
        ("Thừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Thị Hoa, Phó Bí thư Tỉnh ủy trao Huân chương Lao động hạng Ba cho Công ty.",),
        dt.datetime(2024, 6, 10, 10, 5, tzinfo=ICT),
    )
    t = a.text()
    s = a.body[0]
    x = Extraction(
        relevant=True, relevance_score=0.95,
        event=Event("trao tặng", "Ngày 10-6", dt.date(2024, 6, 10), None, ev(t, a.lead)),
        officials=(Official("Nguyễn Thị Hoa", ("Phó Bí thư Tỉnh ủy",), (), ev(t, s)),),
        units=(Unit("Công ty Điện lực Ninh Bình", None, "doanh nghiệp", None, ev(t, a.lead)),),
        awards=(Award("Huân chương Lao động hạng Ba", "Công ty Điện lực Ninh Bình", conferrer="Chủ tịch nước",
                      presenter="Nguyễn Thị Hoa", form_canonical="Huân chương Lao động hạng Ba", category="order",
                      award_class="hạng Ba", evidence=ev(t, s)),),
        extractor_version="test",
    )
    return a, x


def _giao_uoc() -> tuple[Article, Extraction]:
    a = _article(
        "ky-ket-giao-uoc-2025", "baoninhbinh.test",
        "Tỉnh Ninh Bình ký kết giao ước thi đua năm 2025",
        "Ngày 20-2, tỉnh Ninh Bình tổ chức ký kết giao ước thi đua với các tỉnh trong cụm.",
        ("Đồng chí Nguyễn Thị Hoa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì lễ ký kết.",),
        dt.datetime(2025, 2, 20, 8, 30, tzinfo=ICT),
    )
    t = a.text()
    x = Extraction(
        relevant=True, relevance_score=0.88,
        event=Event("ký kết giao ước thi đua", "Ngày 20-2", dt.date(2025, 2, 20), None, ev(t, a.lead)),
        officials=(Official("Nguyễn Thị Hoa", ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"), (), ev(t, a.body[0])),),
        units=(Unit("tỉnh Ninh Bình", "Tỉnh Ninh Bình", "tỉnh", None, ev(t, a.lead)),),
        extractor_version="test",
    )
    return a, x


def _xss() -> tuple[Article, Extraction]:
    a = _article(
        "hoi-nghi-dien-hinh", "baonamdinh.test", XSS_TITLE,
        "Hội nghị biểu dương điển hình tiên tiến của xã Yên Thắng.",
        (XSS_BODY, "Xã Yên Thắng được tặng Bằng khen của Chủ tịch UBND huyện."),
        dt.datetime(2023, 11, 2, 14, 0, tzinfo=ICT),
    )
    t = a.text()
    x = Extraction(
        relevant=True, relevance_score=0.8,
        event=Event("hội nghị điển hình tiên tiến", None, dt.date(2023, 11, 2), None, ev(t, a.lead)),
        units=(Unit("xã Yên Thắng", None, "xã", None, ev(t, a.body[1])),),
        awards=(Award("Bằng khen", XSS_RECIPIENT, conferrer="Chủ tịch UBND huyện", category="certificate",
                      evidence=ev(t, a.body[1])),),
        extractor_version="test",
    )
    return a, x


def _filler(n: int) -> tuple[Article, Extraction]:
    """Short articles about commune-level certificates, spread over the years, for paging and charts."""
    year = 2019 + n % 6
    commune = ("Yên Thọ", "Yên Lợi", "Kim Thái", "Minh Tân", "Đại Thắng")[n % 5]
    a = _article(
        f"giay-khen-{n}", "baonamdinh.test",
        f"Xã {commune} nhận Giấy khen về phong trào thi đua năm {year}",
        f"Xã {commune} được tặng Giấy khen của Chủ tịch UBND huyện vì thành tích trong phong trào thi đua.",
        (f"Buổi lễ trao Giấy khen diễn ra tại trụ sở xã {commune}.",),
        dt.datetime(year, 1 + n % 12, 1 + n % 27, 8, 0, tzinfo=ICT),
    )
    t = a.text()
    x = Extraction(
        relevant=True, relevance_score=0.7,
        event=Event("trao tặng", None, None, None, ()),
        units=(Unit(f"xã {commune}", None, "xã", None, ev(t, a.lead)),),
        awards=(Award("Giấy khen", f"Xã {commune}", conferrer="Chủ tịch UBND huyện", category="commendation",
                      evidence=ev(t, a.lead)),),
        extractor_version="test",
    )
    return a, x


def _unextracted() -> Article:
    return _article(
        "thoi-tiet", "baonamdinh.test", "Nắng nóng kéo dài ở các tỉnh đồng bằng",
        "Nhiệt độ cao nhất trong ngày có nơi trên 38 độ C.", ("Người dân nên hạn chế ra ngoài vào buổi trưa.",),
        dt.datetime(2024, 5, 20, 7, 0, tzinfo=ICT),
    )


def seed(data_dir: Path, fillers: int = 14, backend: SearchBackend | None = None) -> Seeded:
    """Fill a store in ``data_dir`` and index it into ``backend`` (default: SQLite beside it)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(data_dir / "thidua.sqlite")
    backend = backend or SqliteBackend(data_dir / "search.sqlite")
    named = {
        "vu_ban": _vu_ban(data_dir),
        "vu_ban_2021": _vu_ban_2021(),
        "dien_luc": _dien_luc(),
        "giao_uoc": _giao_uoc(),
        "xss": _xss(),
        **{f"filler_{n}": _filler(n) for n in range(fillers)},
    }
    ids = {}
    for name, (article, extraction) in named.items():
        store.upsert_article(article)
        store.save_extraction(article.canonical_url, extraction)
        ids[name] = document_id(article.canonical_url)
    plain = _unextracted()
    store.upsert_article(plain)
    ids["unextracted"] = document_id(plain.canonical_url)
    report = backend.index(to_index_document(s) for s in store.iter_articles())
    assert report.failed == 0, report.errors
    return Seeded(store, backend, data_dir, ids)

"""Small hand-written records for unit tests (our own Vietnamese sentences)."""

from __future__ import annotations

import datetime as dt

from thidua.models import Article, Award, Event, Evidence, Extraction, Official, Theme, Unit

ICT = dt.timezone(dt.timedelta(hours=7))


def make_article(n: int = 1, title: str = "Huyện Vụ Bản đón nhận Cờ thi đua của UBND tỉnh", **kw) -> Article:
    defaults = dict(
        url=f"http://news.test/channel/5083/202303/bai-{n}-{1000 + n}?utm_source=fb",
        canonical_url=f"http://news.test/channel/5083/202303/bai-{n}-{1000 + n}",
        site="news.test",
        title=title,
        lead="Chiều 30-3, tại hội trường UBND huyện, huyện Vụ Bản tổ chức lễ đón nhận Cờ thi đua.",
        published=dt.datetime(2023, 3, 30, 17, 43, tzinfo=ICT),
        published_raw="17:43, 30/03/2023",
        author="Minh Châu",
        body=(
            "Đồng chí Trần Văn Đông, Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho huyện Vụ Bản.",
            "Đây là phần thưởng ghi nhận phong trào thi đua \"Chung sức xây dựng nông thôn mới\".",
        ),
        captions=("Lãnh đạo tỉnh trao Cờ thi đua.",),
        tags=("thi đua", "Vụ Bản"),
        fetched_at=dt.datetime(2023, 3, 31, 8, 0, tzinfo=dt.timezone.utc),
    )
    defaults.update(kw)
    return Article(**defaults).with_hash()


def make_extraction(article: Article) -> Extraction:
    text = article.text()
    sentence = article.body[0]
    start = text.index(sentence)
    ev = (Evidence(sentence, start, start + len(sentence)),)
    return Extraction(
        relevant=True,
        relevance_score=0.97,
        event=Event(type="trao tặng", date_text="Chiều 30-3", date=dt.date(2023, 3, 30), location="hội trường UBND huyện"),
        officials=(Official("Trần Văn Đông", ("Phó Chủ tịch UBND tỉnh",), ("Phó Chủ tịch Ủy ban nhân dân tỉnh",), ev),),
        units=(Unit("huyện Vụ Bản", canonical="Huyện Vụ Bản, Tỉnh Nam Định", kind="huyện", successor="Tỉnh Ninh Bình", evidence=ev),),
        awards=(
            Award(
                form="Cờ thi đua",
                recipient="huyện Vụ Bản",
                conferrer="UBND tỉnh",
                period="năm 2022",
                presenter="Trần Văn Đông",
                form_id="co_thi_dua_tinh",
                form_canonical="Cờ thi đua của UBND tỉnh",
                category="flag",
                evidence=ev,
            ),
        ),
        themes=(Theme("Chung sức xây dựng nông thôn mới", kind="movement"),),
        extractor_version="test",
    )

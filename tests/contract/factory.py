"""Small Vietnamese test documents for the backend contract suite.

Every text here is written for these tests. Documents are built from a few
keyword arguments so each test states only what it relies on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Optional

from thidua.models import AwardRecord, IndexDocument, document_id

VN = dt.timezone(dt.timedelta(hours=7))


def when(year: int, month: int = 1, day: int = 1, hour: int = 9) -> dt.datetime:
    return dt.datetime(year, month, day, hour, 0, tzinfo=VN)


def award(
    doc_id: str,
    n: int,
    form: str,
    recipient: str,
    *,
    year: int,
    form_canonical: Optional[str] = None,
    recipient_canonical: Optional[str] = None,
    conferrer: Optional[str] = None,
    month: int = 6,
) -> AwardRecord:
    return AwardRecord(
        id=hashlib.sha1(f"{doc_id}:{n}".encode()).hexdigest(),
        article_id=doc_id,
        article_url=f"https://bao.example.vn/{doc_id}.html",
        article_title="",
        site="baonamdinh.vn",
        form=form,
        recipient=recipient,
        form_canonical=form_canonical,
        recipient_canonical=recipient_canonical,
        conferrer=conferrer,
        event_date=dt.date(year, month, 15),
    )


def doc(
    slug: str,
    title: str,
    *,
    lead: str = "",
    body: str = "",
    site: str = "baonamdinh.vn",
    published: Optional[dt.datetime] = None,
    event_type: Optional[str] = None,
    units: tuple[str, ...] = (),
    officials: tuple[str, ...] = (),
    award_forms: tuple[str, ...] = (),
    conferrers: tuple[str, ...] = (),
    relevant: bool = True,
    awards: tuple[tuple, ...] = (),  # (form, recipient, year, extra kwargs) per conferral
) -> IndexDocument:
    url = f"https://{site}/{slug}.html"
    doc_id = document_id(url)
    records = tuple(
        award(doc_id, i, form, recipient, year=year, **(extra[0] if extra else {}))
        for i, (form, recipient, year, *extra) in enumerate(awards)
    )
    return IndexDocument(
        id=doc_id,
        url=url,
        site=site,
        title=title,
        lead=lead,
        body=body,
        published=published or when(2023),
        event_type=event_type,
        units=units,
        officials=officials,
        award_forms=award_forms,
        conferrers=conferrers,
        relevant=relevant,
        awards=records,
    )


def corpus() -> dict[str, IndexDocument]:
    """The shared read-only corpus, by a short name each test can refer to."""
    return {
        "vuban": doc(
            "vu-ban-tong-ket",
            "Huyện Vụ Bản tổng kết phong trào thi đua năm 2023",
            lead="Chiều 20/12, huyện Vụ Bản tổ chức hội nghị tổng kết công tác thi đua, khen thưởng.",
            body=(
                "Năm 2023, các xã trong huyện Vụ Bản đã hoàn thành tốt nhiệm vụ. "
                "Huyện được tặng Cờ thi đua của Ủy ban nhân dân tỉnh."
            ),
            published=when(2023, 12, 20),
            event_type="tổng kết",
            units=("huyện Vụ Bản",),
            officials=("Trần Văn Hùng",),
            award_forms=("Cờ thi đua của UBND tỉnh",),
            conferrers=("UBND tỉnh Nam Định",),
            awards=(("Cờ thi đua của UBND tỉnh", "huyện Vụ Bản", 2023, {"conferrer": "UBND tỉnh Nam Định"}),),
        ),
        "lookalike": doc(
            "cong-ty-vu-ban",
            "Công ty Vu Ban Logistics ký kết giao ước thi đua",
            lead="Doanh nghiệp vu ban logistics cùng công đoàn cơ sở ký giao ước.",
            body="Công ty vu ban cam kết thực hiện tốt phong trào.",
            site="baothainguyen.vn",
            published=when(2024, 2, 1),
            event_type="ký kết giao ước thi đua",
            units=("Công ty Vu Ban Logistics",),
        ),
        "danang": doc(
            "da-nang-phat-dong",
            "Đà Nẵng phát động đợt thi đua cao điểm",
            lead="Thành phố Đà Nẵng phát động thi đua chào mừng đại hội Đảng bộ.",
            body="Đồng chí Lê Thị Đào, Phó Chủ tịch UBND thành phố, phát biểu chỉ đạo.",
            site="baodanang.vn",
            published=when(2024, 3, 31, 6),  # early morning local time: still 30/3 in UTC
            event_type="phát động",
            units=("thành phố Đà Nẵng",),
            officials=("Lê Thị Đào",),
        ),
        "hostile": doc(
            "trao-huan-chuong",
            "Trao tặng Huân chương Lao động hạng Ba",
            lead="Lễ trao tặng diễn ra trang trọng.",
            body='Trích dẫn: <script>alert("x")</script> & Huân chương Lao động được trao cho trường.',
            site="baonamdinh.vn",
            published=when(2022, 9, 5),
            event_type="trao tặng",
            units=("trường THPT Lương Thế Vinh",),
            award_forms=("Huân chương Lao động hạng Ba",),
            conferrers=("Chủ tịch nước",),
            awards=(
                ("Huân chương Lao động hạng Ba", "trường THPT Lương Thế Vinh", 2022, {"conferrer": "Chủ tịch nước"}),
            ),
        ),
        "phrase": doc(
            "dai-hoi-thi-dua-yeu-nuoc",
            "Đại hội thi đua yêu nước tỉnh lần thứ VI",
            lead="Đại hội tôn vinh các điển hình tiên tiến.",
            body="Phong trào thi đua yêu nước lan tỏa rộng khắp.",
            published=when(2025, 5, 10),
            event_type="đại hội thi đua yêu nước",
            units=("tỉnh Nam Định",),
            relevant=True,
        ),
        "scattered": doc(
            "yeu-nuoc-va-thi-dua",
            "Bồi dưỡng lòng yêu nước cho học sinh",
            lead="Nhà trường tổ chức thi văn nghệ.",
            body="Các lớp đua nhau tập luyện; tinh thần yêu nước được đề cao.",
            site="baothainguyen.vn",
            published=when(2021, 11, 2),
            event_type="khác",
            relevant=False,
        ),
        # Three documents for field boosts: "biểu dương" once, in a different field each.
        "boost_title": doc(
            "bieu-duong-title",
            "Biểu dương người tốt việc tốt",
            lead="Hội nghị diễn ra tại hội trường.",
            body="Nhiều tập thể được khen.",
            site="baothainguyen.vn",
            published=when(2022, 1, 10),
            event_type="hội nghị điển hình tiên tiến",
        ),
        "boost_lead": doc(
            "bieu-duong-lead",
            "Hội nghị điển hình tiên tiến ngành giáo dục",
            lead="Hội nghị biểu dương các giáo viên tiêu biểu.",
            body="Nhiều tập thể được khen.",
            site="baothainguyen.vn",
            published=when(2022, 1, 11),
            event_type="hội nghị điển hình tiên tiến",
        ),
        "boost_body": doc(
            "bieu-duong-body",
            "Hội nghị điển hình tiên tiến ngành y tế",
            lead="Hội nghị diễn ra tại hội trường.",
            body="Ngành y tế biểu dương các bác sĩ tiêu biểu.",
            site="baothainguyen.vn",
            published=when(2022, 1, 12),
            event_type="hội nghị điển hình tiên tiến",
        ),
    }


TIMELINE_UNIT = "huyện Vụ Bản"


def timeline_docs() -> list[IndexDocument]:
    """Conferrals to huyện Vụ Bản and to a neighbour across several years."""
    docs = []
    plan = [
        (2020, "Cờ thi đua của UBND tỉnh", TIMELINE_UNIT),
        (2021, "Bằng khen của Chủ tịch UBND tỉnh", TIMELINE_UNIT),
        (2021, "Cờ thi đua của UBND tỉnh", "UBND huyện Vụ Bản"),
        (2022, "Cờ thi đua của Chính phủ", TIMELINE_UNIT),
        (2022, "Cờ thi đua của UBND tỉnh", "thành phố Nam Định"),
        (2023, "Cờ thi đua của UBND tỉnh", TIMELINE_UNIT),
        (2023, "Bằng khen của Thủ tướng Chính phủ", "xã Liên Minh"),
    ]
    for i, (year, form, recipient) in enumerate(plan):
        conferrer = "Thủ tướng Chính phủ" if "Chính phủ" in form else "UBND tỉnh Nam Định"
        docs.append(
            doc(
                f"khen-thuong-{i}",
                f"Khen thưởng năm {year}: {recipient}",
                body=f"{recipient} được tặng {form}.",
                published=when(year, 12, 1),
                event_type="trao tặng",
                units=(recipient,),
                award_forms=(form,),
                awards=((form, recipient, year, {"conferrer": conferrer}),),
            )
        )
    return docs


def many_docs(n: int, *, start_year: int = 2015) -> list[IndexDocument]:
    """n similar documents with distinct dates, for paging."""
    out = []
    for i in range(n):
        out.append(
            doc(
                f"tin-thi-dua-{i}",
                f"Tin thi đua số {i}",
                lead="Phong trào thi đua ở cơ sở.",
                body=f"Bản tin số {i} về phong trào thi đua khen thưởng.",
                published=when(start_year + i // 300, 1 + (i // 25) % 12, 1 + i % 25, 8),
                site=("baonamdinh.vn", "baothainguyen.vn", "baodanang.vn")[i % 3],
            )
        )
    return out

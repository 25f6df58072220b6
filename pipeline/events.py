"""Event: type, date (resolved against the publication date) and place."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from thidua.models import Event
from thidua.textnorm import fold

from .orgnames import ORG_HEAD_RE, extend_name  # an organisation as venue: "tại Trường Đại học Vinh"
from .textutil import CAP_WORD, DOCUMENT_KINDS, Sentence, clean_spaces, paren_spans, inside, sentence_at

# "<authority> tặng <form>": who confers, then a form of commendation (folded text)
_AUTHORITY_GIVES = (r"(chu tich nuoc|chu tich ubnd|thu tuong|chinh phu|ubnd|uy ban nhan dan|bo truong|nha nuoc|\bbo (?!doi|chi huy)\w)"
                    r"[^.;:]{0,40} (tang|truy tang|tang thuong) (bang khen|co thi dua|huan chuong|danh hieu|giay khen|ky niem chuong)")

# (event type, folded pattern); the earliest match in the lead wins (GUIDELINE §2).
TYPE_PATTERNS = (
    # ("chủ trì lễ ký", "Lễ ký kết nhằm …": the signing ceremony itself; not "lễ kỷ niệm", folded alike)
    ("ký kết giao ước thi đua", r"\bky (ket )?(giao uoc|ket thi dua)|\ble ky( ket)?(?=\s+\w|\s*[.,;:])(?!\s*(?:niem|quyet))"),
    ("tổng kết", r"\b(tong ket|so ket)\b"),
    ("phát động", r"\bphat dong\b"),
    # ("Chủ tịch UBND tỉnh đã khen thưởng đột xuất 4 tập thể": an unscheduled commendation, handed over on the spot)
    ("trao tặng", r"\b((?<!de nghi )khen thuong dot xuat|trao tang|le (?:phong tang|truy tang|khen thuong)|cong bo (?:va trao )?(?:cac )?quyet dinh[^.;]{0,60}?(?:phong tang|truy tang|tang|khen thuong)"
                  r"|duoc (?:trao )?tang (?:bang khen|co thi dua|huan chuong|danh hieu|giay khen|ky niem chuong)|trao thuong|le trao|don nhan|trao (quyet dinh|huan chuong|huy chuong|huy hieu|bang khen|co|danh hieu|giay khen|ky niem chuong)|truy tang|tang thuong (huan|huy)|(?<!cong )(?<!de nghi )nhan (co thi dua|co dan dau|bang khen|huan chuong|danh hieu anh hung|ky niem chuong))"),
    ("hội nghị điển hình tiên tiến", r"\b(hoi nghi [^.;:]{0,30}?dien hinh tien tien|hoi nghi dien hinh|hoi nghi (tuyen duong|bieu duong|ton vinh)"
                                     r"|(tuyen duong|bieu duong|ton vinh)(,? khen thuong)?( cac| nhung| \d[\d.]*)? (dien hinh|guong|tap the|nguoi tot|ca nhan"
                                     # "tuyên dương, khen thưởng học sinh đạt giải", "biểu dương người cao tuổi"
                                     r"|hoc sinh|sinh vien|doan vien|hoi vien|nguoi cao tuoi|nguoi lao dong|cong nhan|nong dan|nha giao|giao vien|thanh nien|phu nu)"
                                     # "biểu dương cấp ủy, đảng viên có thành tích xuất sắc", "tuyên dương nông dân sản xuất giỏi"
                                     r"|(tuyen duong|bieu duong|ton vinh)( \d[\d.]*)? [^.;:]{0,60}?\b(gioi|tieu bieu|xuat sac|tien tien|guong mau|co thanh tich)\b)"),
    ("đại hội thi đua yêu nước", r"\bdai hoi thi dua (yeu nuoc|quyet thang)\b"),
    ("họp xét khen thưởng", r"\b(hop (xet|de xet|lan thu|phien|hoi dong thi dua)|xet (de nghi |thi dua,? )?khen thuong|(?<!duoc )xet tang (danh hieu|bang khen|co thi dua|huan chuong|ky niem chuong)|xem xet khen thuong|xet (thuong|duyet khen thuong)"
                            # "phiên họp thường kỳ … Hội đồng Thi đua …", "xét chọn các tập thể, cá nhân … đề nghị tặng"
                            r"|(phien|cuoc) hop[^.;]{0,50}hoi dong thi dua|xet chon (cac |nhung )?(tap the|ca nhan|don vi)"
                            r"|thong qua danh sach (de nghi )?khen thuong|(cuoc|phien) hop[^.;]{0,100}\bde nghi (khen thuong|tang)"
                            # "Hội đồng … họp", not "phối hợp" / "tổng hợp"
                            r"|hoi dong thi dua[^.]{0,60}(?<!phoi )(?<!ket )(?<!tong )(?<!phu )(?<!thich )\bhop\b)"),
    ("quyết định khen thưởng", r"\b(ky quyet dinh|(co |ban hanh )?quyet dinh\s+(so|tang|truy tang|phong tang|tang thuong|khen thuong|cong nhan|ve (viec )?(tang|khen thuong|cong nhan|truy tang|phong tang))"
                               # "Chủ tịch UBND tỉnh vừa tặng Bằng khen cho …": a decision reported, no ceremony named
                               r"|(chu tich|thu tuong|ubnd|bo truong)[^.;]{0,40} vua (tang thuong|tang|khen thuong|cong nhan|truy tang) "
                               # "5 tập thể được Thủ tướng Chính phủ tặng Bằng khen": a conferral stated without a ceremony
                               rf"|{_AUTHORITY_GIVES})"),
)
_TYPES = [(t, re.compile(p)) for t, p in TYPE_PATTERNS]
# a conferral reported as decided: "Thủ tướng Chính phủ vừa tặng Bằng khen …", "UBND tỉnh tặng Cờ thi đua …"
# (unless handed over at some gathering the passage tells of: "Tại buổi gặp mặt, …")
_DECIDED = dict(_TYPES)["quyết định khen thưởng"]
# the armed forces' "Đại hội Thi đua Quyết thắng" is their emulation congress
_CONGRESS = re.compile(r"\bdai hoi thi dua (yeu nuoc|quyet thang)\b")
# A congress named only as where something began or what is ahead is not this passage's event:
# "phong trào … do Thủ tướng phát động tại Đại hội thi đua yêu nước toàn quốc", "hướng tới Đại hội …".
# Likewise one a delegation goes to, one the passage looks back to, or one whose resolutions are carried out.
_CONGRESS_ELSEWHERE = re.compile(r"(huong toi|tien toi|chao mung|chuan bi( cho| to chuc)?|ban to chuc|(phat dong|de ra|khoi xuong|thong qua) tai"
                                 r"|di du|(tu )?sau|\bdo|nghi quyet|ket luan)\s*(cac |ky |cua )?$")
# "Đại hội thi đua yêu nước tỉnh X lần thứ I sẽ diễn ra vào ngày 9/10": a congress still ahead
_CONGRESS_AHEAD = re.compile(r"[^.;]{0,60}?\b(se|du kien)( duoc)? (dien ra|to chuc|khai mac)\b")


def _congress_elsewhere(folded: str, m: re.Match) -> bool:
    """Is the congress named at `m` in `folded` another than this passage's event: one looked towards, prepared
    for or run by its organising committee, or one still ahead ("… sẽ diễn ra vào ngày 9/10")?"""
    return bool(_CONGRESS_ELSEWHERE.search(folded[max(0, m.start() - 40):m.start()])
                or _CONGRESS_AHEAD.match(folded, m.end()))


# A sentence opening on the day it tells of ("Ngày 27/12/2019, tại …, Khối thi đua … tổ chức hội nghị tổng kết …")
_DATED_OPENING = re.compile(r"\s*(?:-\s*)?(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b")
# Words that name a ceremony (as opposed to a decision or a bare "X tặng Y").
_CEREMONY = re.compile(r"\b(trao tang|trao thuong|le trao|le (phong tang|truy tang|khen thuong)|cong bo (va trao )?(cac )?quyet dinh|le don nhan|don nhan|trao (quyet dinh|huan chuong|huy hieu|bang khen|co thi dua|danh hieu|giay khen|ky niem chuong)|to chuc le)\b")
# A sentence about the occasion itself, where a headline-less excerpt names its activity.
_AT_THE_OCCASION = re.compile(r"\b(tai|trong) (hoi nghi|buoi le|le|dai hoi|buoi|phien hop|cuoc hop|ky hop)\b|\bdip nay\b")
# An activity that is only a document's subject: "Kế hoạch số 12/KH-UBND về tổng kết …", "Kế hoạch phát động …".
_DOC_WORD = r"\b(ke hoach|huong dan|cong van|chi thi|thong bao|nghi quyet|to trinh|quyet dinh|thong tu)"
_DOCUMENT_NAME = re.compile(rf"{_DOC_WORD}(\s+so\b|\s+\d)[^.;,]{{0,70}}$|{_DOC_WORD}\s+(ve\s+(viec\s+)?)?$")
# A proposal: "được đề nghị tặng thưởng …", "đề nghị Chủ tịch UBND tỉnh tặng Bằng khen" (not "theo đề nghị của …, X tặng").
_PROPOSED = re.compile(r"(?<!theo )(?<!co so )\bde nghi\b(?: xet)?[^.;,]{0,30}$")
# A notice asking the public about proposed commendations names no event of its own.
_NOTICE = re.compile(r"\b(lay y kien (cua )?(nhan dan|nhan dan doi voi|ve|doi voi)|(cong khai|thong bao|niem yet)( cong khai)? danh sach)\b"
                     r"(?=[^.]{0,120}\bde nghi\b)")
_PLANNED = re.compile(r"\b(se|du kien|chuan bi|ke hoach|sap)\b[^.;]{0,20}$")
_PLANNED_AFTER = re.compile(r"[^.;]{0,30}\b(du kien|se duoc|sap)\b")
_DECISION_DOC = re.compile(r"\b(ky quyet dinh|quyet dinh so|(co |ban hanh )?quyet dinh (tang|truy tang|khen thuong|ve (viec )?(tang|khen thuong|truy tang)))")

_DAYPART = r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)"
# "Sáng nay", "Chiều hôm qua", "Sáng thứ Sáu", "Chiều Chủ nhật": words between the part of day and the date
_DAY_WORDS = (r"(?:\s+(?:tối|sớm))?(?:\s+(?:nay|mai|qua|hôm qua|hôm nay))?"
              r"(?:\s+(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Bb]ẩy|[2-7])|[Cc]hủ\s+[Nn]hật))?,?")
# "Sáng 18.8" / "ngày 26.3.2015": some papers separate day and month with a dot.
# Only a letter may not precede the date: a scraped dateline can run into it ("19/07/2024Sáng nay (19/7)").
_SEP = r"\s*[/-]\s*|\.(?=\d)"
DATE_RE = re.compile(
    rf"(?<![^\W\d])(?P<text>(?:{_DAYPART}{_DAY_WORDS}(?:\s*\([^)]{{0,12}}\))?(?:\s+ngày)?"
    rf"|[Nn]gày(?:\s+hôm\s+(?:qua|nay))?|[Hh]ôm(?:\s+(?:qua|nay))?)\s+"
    rf"(?:(?P<d>\d{{1,2}})(?:{_SEP})(?P<m>\d{{1,2}})(?:(?:{_SEP})(?P<y>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})(?:\s+năm\s+(?P<y2>\d{{4}}))?))(?![\d/])"
    # "Trong hai ngày 15 và 16-9", "ngày 15-16/4", "từ ngày 20 đến ngày 22/12": the first day
    rf"|(?<!\w)(?P<text4>(?:[Tt]rong\s+(?:các|hai|2|ba|3)\s+)?ngày,?\s+(?P<d4>\d{{1,2}})(?:\s+(?:và|đến|tới)\s+(?:ngày\s+)?|\s*[-–,]\s*)"
    rf"\d{{1,2}}\s*[/-]\s*(?P<m4>\d{{1,2}})(?:\s*[/-]\s*(?P<y4>\d{{4}}))?)(?!\d)"
    # "Ngày 10 và 11 tháng 8 (năm 2024)": days joined, then the month in words
    rf"|(?<!\w)(?P<text5>(?:[Tt]rong\s+(?:các|hai|2|ba|3)\s+)?[Nn]gày\s+(?P<d5>\d{{1,2}})(?:\s*(?:,|và|đến|tới)\s*\d{{1,2}})+"
    rf"\s+tháng\s+(?P<m5>\d{{1,2}})(?:\s+năm\s+(?P<y5>\d{{4}}))?)(?![\d/])"
    # "Sáng nay (15/4)", "Sáng ngày (10/8)": the date in brackets right after the part of day
    rf"|(?<![^\W\d])(?P<text3>(?:{_DAYPART}{_DAY_WORDS}(?:\s+ngày)?|[Hh]ôm\s+(?:qua|nay))\s*\(\s*(?P<d3>\d{{1,2}})\s*[/-]\s*(?P<m3>\d{{1,2}})(?:\s*[/-]\s*(?P<y3>\d{{4}}))?\s*\))"
)
# A page dateline: "08:04, 15/04/2021", "Cập nhật lúc: 16:12 20/05/2018", "Thứ ba, 28/12/2021 | 10:02".
DATELINE_RE = re.compile(
    r"^[^\n]{0,40}?(?P<d>\d{1,2})([/.-])(?P<m>\d{1,2})\2(?P<y>\d{4})[^\n]{0,30}$", re.M
)
_TIME = re.compile(r"\d{1,2}:\d{2}|[Cc]ập nhật|[Tt]hứ (hai|ba|tư|năm|sáu|bảy)|[Cc]hủ nhật|[Nn]gày đăng|[Đđ]ăng ngày|[Xx]uất bản|lượt xem")
# Month written as a word: "Thứ Năm, 15 Tháng 12, 2022 10:30", "Thứ hai, ngày 3 tháng 4 năm 2023".
DATELINE_WORDS_RE = re.compile(
    r"^[^\n]{0,40}?(?P<d>\d{1,2})\s+[Tt]háng\s+(?P<m>\d{1,2})(?:\s*,\s*|\s+năm\s+|\s+)(?P<y>\d{4})[^\n]{0,30}$", re.M
)
# A line holding nothing but a full date, "(22/01/2024)" or "15-04-2022", is the page's date too.
_BARE_DATE_LINE = re.compile(r"[\s(\[|–-]*\d{1,2}([/.-])\d{1,2}\1\d{4}[\s)\]|]*")

_LOC_RE = re.compile(
    rf"(?<!\w)[Tt]ại\s+(?P<loc>(?:(?:[Tt]hành phố|TP\.?|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã|TX\.?|[Xx]ã|[Pp]hường|[Tt]hị trấn)[ \t]+{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}"
    rf"|(?:[Tt]rụ sở|[Hh]ội trường|[Tt]rung tâm|[Nn]hà văn hóa|[Nn]hà văn hoá|[Nn]hà hát|[Nn]hà thi đấu|[Nn]hà truyền thống|[Nn]hà khách|[Nn]hà thiếu nhi|Nhà(?=\s[A-ZĐ])|trường(?=\s[A-ZĐ])|[Cc]ung|[Ss]ân|[Kk]hu|[Tt]hủ đô)\s(?:[^,.;:\n]|\.(?=\w)){{2,60}}?(?=\s*(?:[,;:\n]|\.(?!\w))|\s(?:đã|vừa|tổ chức|diễn ra|long trọng|trang trọng|với|cho)\s)"
    rf"|{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}))"
)
_NOT_PLACE = re.compile(r"^(?:Kỳ|Lễ|Hội(?! trường)|Phiên|Đại(?! học)|Buổi|Quyết|Chương|Công|Nghị|Tại|Thông|Kế|Văn|Ảnh|Bộ|Ban|Cụm|Khối|Ủy|UBND|HĐND)")


# a count of recipients in a headline: "hơn 3.000 công dân … được Thủ tướng tặng bằng khen" (folded)
_COUNTED_BEFORE = re.compile(r"\b(?:hon |gan |tren )?\d[\d.]*\s+(?:\w+\s+){1,4}duoc\s")


def event_type(text: str) -> str:
    folded = fold(text)
    lead = _lead(folded)
    # GUIDELINE §2: the first list activity named in the headline wins, even when the lead then places it
    # at a congress ("Huyện X đón nhận Huân chương …" over "… tại Đại hội Thi đua yêu nước huyện …")
    headed = _first_type(_headline(folded))
    if headed and headed[0] == "quyết định khen thưởng" and _COUNTED_BEFORE.search(_headline(folded)) \
            and re.search(r"\bto chuc (?:[^.;]{0,20} )?dai hoi thi dua (yeu nuoc|quyet thang)\b", lead):
        headed = None  # "5 năm …, hơn 3.000 công dân được Thủ tướng tặng bằng khen": a figure of the congress the lead holds
    if headed is None and any(not _congress_elsewhere(folded, m) for m in _CONGRESS.finditer(folded)):
        return "đại hội thi đua yêu nước"
    # the lead first; an excerpt without headline or lead names the activity later, in a sentence
    # about the occasion itself ("Tại hội nghị, … biểu dương …"), not in background ("đã phát động nhiều đợt …")
    found = _first_type(lead, folded) or _first_type(" . ".join(
        sent for sent in re.split(r"(?<!\d)[.!?\n]+", folded) if _AT_THE_OCCASION.search(sent) or _DATED_OPENING.match(sent)))
    notice = _NOTICE.search(lead)
    if found is None or (notice and notice.start() < lead.find(found[1])):
        return "khác"  # nothing of the list, or a notice put before the public ("lấy ý kiến … đề nghị khen thưởng")
    etype, cue = found
    # a ceremony that took place; "Lễ đón nhận dự kiến tổ chức …", "sẽ trao …" is only planned
    ceremony = any(not _PLANNED.search(folded[max(0, m.start() - 30):m.start()]) and not _PLANNED_AFTER.match(folded, m.end())
                   for m in _CEREMONY.finditer(folded))
    if etype == "trao tặng" and not _CEREMONY.search(cue) and not ceremony and (
            _DECISION_DOC.search(folded) or (_DECIDED.search(folded) and not _AT_THE_OCCASION.search(folded))):
        return "quyết định khen thưởng"  # "Truy tặng …" headline over "Chủ tịch nước đã ký Quyết định truy tặng …"
    if etype == "quyết định khen thưởng" and re.fullmatch(_AUTHORITY_GIVES, cue) and "quyet dinh" not in cue and ceremony:
        return "trao tặng"  # "được Chủ tịch nước tặng Huân chương" then "đã trao tặng …": a ceremony took place
    return etype


def _first_type(lead: str, goes_on: str | None = None) -> tuple[str, str] | None:
    """(type, matched cue) of the earliest list activity named in `lead` (folded text); `goes_on`, when given, is
    the text `lead` opens, read past its end to see whether a congress is still ahead."""
    best = None
    for t, rx in _TYPES:
        for m in rx.finditer(lead):
            if t not in ("quyết định khen thưởng", "họp xét khen thưởng") and _DOCUMENT_NAME.search(lead[max(0, m.start() - 90):m.start()]):
                continue  # "Thực hiện Kế hoạch số 12/KH-UBND về tổng kết …": a document's subject, not the event
            if t in ("trao tặng", "quyết định khen thưởng") and _PROPOSED.search(lead, max(0, m.start() - 40), m.start()):
                continue  # "danh sách cá nhân được đề nghị tặng thưởng Huân chương": a proposal, nothing conferred yet
            if t == "đại hội thi đua yêu nước" and _congress_elsewhere(goes_on or lead, m):
                continue  # "chuẩn bị tổ chức Đại hội …", "Đại hội … sẽ diễn ra vào ngày 9/10": not this event
            if t == "phát động" and re.search(r"(\bdo\b[^.;]{0,30}|\bduoc\s)$", lead[max(0, m.start() - 40):m.start()]):
                continue  # "phong trào … do các cấp, các ngành phát động", "phong trào được phát động": launched before or by others
            if t == "trao tặng" and m.group(0).startswith("nhan") and re.search(
                    r"\d+\s+(?:don vi|tap the|ca nhan|dia phuong|co quan|truong|doanh nghiep)\s+$", lead[max(0, m.start() - 30):m.start()]):
                continue  # "117 đơn vị nhận cờ thi đua": a count of recipients reports a decision or review, not a ceremony
            if best is None or m.start() < best[0]:
                best = (m.start(), t, m.group(0))
            break
    return (best[1], best[2]) if best else None


def _headline(folded: str) -> str:
    """The passage's heading lines: the short leading lines that end without a full stop ("" if none).

    An excerpt that opens mid-article ("Tại phiên trù bị, 26 tập thể … nhận Bằng khen.") has no headline.
    """
    heads = []
    for line in folded.lstrip().split("\n"):
        line = line.strip()
        if not line:
            if heads:
                break
            continue
        if len(line) > 200 or re.search(r"[.!?;:…]$", line) or len(heads) == 3:
            break
        if re.search(r"\(\s*anh\s*:|\banh\s*:\s*\w", line):
            continue  # a photo caption ("… tại buổi lễ. (Ảnh: TTXVN)"), no heading
        heads.append(line)
    return " . ".join(heads)


def _lead(folded: str) -> str:
    """Headline and lead: the first few non-trivial lines/sentences (about 500 characters)."""
    return folded[:500]


_DOCUMENT_BEFORE = re.compile(DOCUMENT_KINDS + r"(?:\s+số)?"
                              # "Quyết định số 231/QĐ-TTg, ngày 14/3/2023": a number, then a comma
                              r"(?:[^,;.()]{0,30}|\s+[\w/-]*\d[\w/-]*\s*,\s*(?:ngày\s*)?)$", re.I)
# "Ngày 14/4/2020, Chủ tịch nước đã ban hành Quyết định …": the day a decision was signed
_SIGNS_AFTER = re.compile(r"[^.;\n]{0,140}?\b(?:ký|ban hành|(?:đã|vừa) có)\s+(?:các\s+)?[Qq]uyết định")
# "Ngày 19/7, Thủ tướng tặng Cờ thi đua cho …": the day of a conferral by decision
_CONFERS_AFTER = re.compile(r"[^.;\n]{0,140}?\b(?:tặng|truy tặng|phong tặng|tặng thưởng|khen thưởng|công nhận)\b")
_DECISION_BEFORE = re.compile(r"quyết định(?:\s+số)?(?:[^,;.()]{0,30}|\s+[\w/-]*\d[\w/-]*\s*,\s*(?:ngày\s*)?)$", re.I)


class FoundDate(NamedTuple):
    date_text: str | None
    date: dt.date | None
    sentence: Sentence | None
    year_guessed: bool = False  # the year is the latest the passage names, not one it ties to the event


def find_date(text: str, sentences: list[Sentence], published: dt.date | None,
              event_type: str | None = None) -> FoundDate:
    """(date_text, resolved date, sentence, year guessed) of the event.

    The first date that is not the page's dateline, a deadline, a celebrated day or in brackets.
    A document's date ("Quyết định số 12 ngày 5/1/2023") is the event date only for a decision
    reported without a ceremony, and then it is preferred over the day the decision was reported.
    """
    found = list(_dates(text, published))
    # a document the sentence carries out ("Thực hiện Quyết định … ngày …") dates the event only when
    # nothing else does: then it is the decision being carried out
    cited = {f[3] for f in found if _cited(text, f)}
    found = [f for f in found if f[3] not in cited] + [f for f in found if f[3] in cited]
    if event_type != "quyết định khen thưởng":
        own = [f for f in found if not _DOCUMENT_BEFORE.search(text[max(0, f[3] - 50):f[3]])
               and not _SIGNS_AFTER.match(text, f[2])]
        # "… lễ truy tặng theo Quyết định số 12/QĐ-CTN ngày 30/9/2014": the decision is not the ceremony
        # (with no type known, a document's date is still better than none)
        found = own if event_type else (own or found)
    else:
        # for a decision, the decision's own date ("… ký Quyết định số 12, ngày 5/1/2023") over a reporting day
        # or the day an authority signs or confers ("Ngày 4/3, Chủ tịch nước ký quyết định …"); another day
        # told along the way ("… dũng cảm cứu người … vào ngày 9/4/2022") is not the decision's
        # (also a decision's own header: "Hà Nội, ngày 3 tháng 4 năm 2008" on the line above "QUYẾT ĐỊNH")
        of_decision = [f for f in found if _DECISION_BEFORE.search(text[max(0, f[3] - 50):f[3]])
                       or re.match(r"[^\n]{0,3}\n\s*QUYẾT ĐỊNH\b", text[f[2]:])]
        found = ([f for f in of_decision if f[3] not in cited]
                 or [f for f in found if f[3] not in cited and (_SIGNS_AFTER.match(text, f[2]) or _CONFERS_AFTER.match(text, f[2]))]
                 or of_decision
                 # no day a decision was signed or conferred on: the day the passage opens on ("Chiều 13/11, tại …")
                 or [f for f in found[:1] if re.match(_DAYPART, f[0]) and f[3] not in cited])
    if not found:
        return FoundDate(None, None, None)
    date_text, resolved, _end, start, guessed = found[0]
    return FoundDate(date_text, resolved, sentence_at(sentences, start), guessed)


_OCCASION_BEFORE = re.compile(r"(?:[Cc]hào mừng|[Kk]ỷ niệm|[Hh]ướng tới|[Tt]iến tới|[Hh]ưởng ứng)\s+(?:các\s+)?$")
# A legal text's preamble cites other documents by date ("Căn cứ Luật … ngày 26 tháng 11 năm 2003;",
# "Xét đề nghị của … (Tờ trình … ngày 4/6/2008)"): none of them is the event's date.
_CITED_LINE = re.compile(r"^\s*(?:[Cc]ăn cứ|[Xx]ét đề nghị|[Tt]heo đề nghị)\b")
# "Thực hiện Quyết định số 12/QĐ-UBND ngày 5/1/2023 của …": a sentence opening on the document it carries out
_CARRIED_OUT = DOCUMENT_KINDS + r"\b"
_CITES_SENTENCE = re.compile(rf"(?:[Tt]hực hiện|[Cc]ăn cứ|[Tt]rên cơ sở|[Tt]heo)\s+(?:các\s+)?{_CARRIED_OUT}")
_DOC_NEAR = re.compile(rf"{_CARRIED_OUT}[^\n]{{0,45}}?(?:\bngày)?\s*$")


def _cited(text: str, found: tuple) -> bool:
    """The date of a document that its sentence opens by citing (a part-of-day date is always the event's)."""
    date_text, at = found[0], found[3]
    if re.match(_DAYPART, date_text):
        return False
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at), text.rfind(";", 0, at)) + 1
    return bool(_CITES_SENTENCE.match(text[start:at].lstrip(" .;")) and _DOC_NEAR.search(text, max(start, at - 60), at))


# A date still ahead of the page: "sẽ được tổ chức vào ngày 19.8 tới", "dự kiến ngày 5/1".
_AHEAD_BEFORE = re.compile(r"\b(?:sẽ|dự kiến|sắp)\b[^.;\n]{0,60}$")
_AHEAD_AFTER = re.compile(r"\s+(?:sắp\s+)?tới\b(?!\s+(?:ngày|\d))")
_DEADLINE_BEFORE = re.compile(r"(?:[Tt]rước|[Cc]hậm nhất|[Mm]uộn nhất|[Hh]ạn chót|[Kk]ể từ|[Ss]au)\s+(?:là\s+)?$")


# "Hôm nay (ngày 10/7/2018)": a bracketed date that says which day "today" is
_TODAY_BEFORE = re.compile(r"(?<!\w)(?:[Hh]ôm nay|[Hh]ôm qua|[Ss]áng nay|[Cc]hiều nay|[Tt]ối nay)[ \t]*\([ \t]*$")
# how far back a dated day is still news: older ones are history the passage recounts
_HISTORY_YEARS = 20


def _written(m: re.Match, part: str) -> str | None:
    """The day, month, year or text of whichever of DATE_RE's shapes matched ("d", "d2", … "d5")."""
    return next((m.group(f"{part}{k}") for k in ("", "2", "3", "4", "5")
                 if f"{part}{k}" in m.re.groupindex and m.group(f"{part}{k}")), None)


def _dates(text: str, published: dt.date | None):
    parens = paren_spans(text)
    page_dates = datelines(text)
    pub = published or (page_dates[0] if page_dates else None)
    latest = latest_year_named(text) if pub is None else None  # read once: the fallback for every date
    now = pub.year if pub else latest  # the passage's own time, as far as it tells
    for m in DATE_RE.finditer(text):
        if inside(parens, m.start(), m.end()) and not _TODAY_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # (but "Hôm nay (ngày 10/7/2018), …": the bracket gives today's date)
        if _DEADLINE_BEFORE.search(text, max(0, m.start() - 15), m.start()):
            continue  # "trình Bộ trước ngày 15/12": a deadline, not the event
        if _OCCASION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "chào mừng ngày 20/11", "hướng tới ngày 2/9": the day celebrated, not the event's
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if _CITED_LINE.match(line):
            continue  # a document cited in a legal preamble
        if _TIME.search(line) and len(line) < 60 and not re.match(_DAYPART, m.group(0)):
            continue  # the page's dateline, not the event ("Sáng Chủ nhật, 5/6, …" is the event)
        d, mo, y = int(_written(m, "d")), int(_written(m, "m")), _written(m, "y")
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        if y and now and int(y) < now - _HISTORY_YEARS:
            continue  # "Ngày 11-6-1948, Chủ tịch Hồ Chí Minh ra Lời kêu gọi …": history told, not the event
        date_text = clean_spaces(_written(m, "text"))
        ahead = bool(_AHEAD_AFTER.match(text, m.end()) or _AHEAD_BEFORE.search(text, max(0, m.start() - 80), m.start()))
        year = int(y) if y else _infer_year(text, mo, d, pub, page_dates, m.start(), ahead)
        guessed = False
        if year is None and pub is None:
            # no page date and nothing ties a year to the event: news reports recent events, so the latest
            # year the passage names is the likeliest (right 20 times in 25 where annotators gave a year)
            year = _guessed_year(text, latest, mo, d) if latest else None
            guessed = year is not None
        resolved = None
        if year:
            try:
                resolved = dt.date(year, mo, d)
            except ValueError:
                resolved = None
        yield date_text, resolved, m.end(), m.start(), guessed and resolved is not None


# "hồ sơ gửi đến ngày 20/10/2019", "hạn ngày …": a day looked ahead to
_UNTIL_BEFORE = re.compile(r"(?:[Đđ]ến|[Tt]ới|[Hh]ạn)\s+(?:ngày\s+)?$")


def _guessed_year(text: str, year: int, month: int, day: int) -> int:
    """The latest `year` the passage names, as the year of the day `day`/`month`, but
    - the year before when `year` closes a school year the passage names and the day falls from August on
      ("khai giảng năm học 2019-2020" on 5/9 is in 2019);
    - the year after when the passage dates something in `year` two months or more after that day: news
      recounts what led up to an event ("Trước đó, ngày 25/11/2017, anh … cứu người" before the ceremony
      "Chiều 26/3"). A deadline's date does not count."""
    if month >= 8 and re.search(rf"(?i)năm học(?:\s+mới)?\s+{year - 1}\s*[-–—]\s*{year}(?!\d)", text):
        return year - 1
    for m in re.finditer(rf"(?<!\d)(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*[/.-]\s*{year}(?!\d)", text):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12 and (mo - month) * 31 + d - day >= 60 \
                and not _DEADLINE_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                and not _UNTIL_BEFORE.search(text, max(0, m.start() - 15), m.start()):
            return year + 1
    return year


# a year a plan or target looks ahead to: "đến năm 2030", "tầm nhìn 2045", "kế hoạch 5 năm 2011-2015",
# "phương hướng, nhiệm vụ năm 2023", "ký kết Thỏa thuận hợp tác giai đoạn 2022-2027"
_YEAR_AHEAD = re.compile(r"(?:\bden|\btoi|tam nhin|dinh huong|ke hoach|phuong huong|nhiem vu|muc tieu|thoa thuan(?: hop tac)?)"
                         r"(?:\s+(?:\d+\s+nam|giai doan|nam))*\s*$")
_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20[0-3]\d)(?!\d)")
_BIRTH_YEAR_BEFORE = re.compile(r"(?:\bsn|\bsinh(?:\s+nam)?)\s*:?\s*$")  # "(SN 1981)", "sinh năm 1990": a person's, not the news's
_RANGE_START = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–—]\s*$")


_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")


def latest_year_named(text: str) -> int | None:
    """The latest year (1940–2039) written in the passage, not counting years looked ahead to (the end of
    a range "2011-2015" is judged by what stands before its start)."""
    folded = fold(text)
    years = []
    for m in _YEAR.finditer(folded):
        at = m.start()
        opening = _RANGE_START.search(folded, max(0, at - 8), at)
        if opening:
            at = opening.start()
        if not _YEAR_AHEAD.search(folded, max(0, at - 40), at) and not _BIRTH_YEAR_BEFORE.search(folded, max(0, at - 12), at):
            years.append(int(m.group(1)))
    # a term reviewed and the next one planned ("giai đoạn 2015-2020 … phát động … giai đoạn 2020-2025"): the
    # passage stands where one ends and the other begins
    # (not school years, "năm học 2018-2019 … năm học 2019-2020", which _guessed_year reads itself)
    spans = {(int(m.group(1)), int(m.group(2))) for m in _SPAN.finditer(folded)
             if not re.search(r"\bnam hoc(?: moi)?\s*$", folded[max(0, m.start() - 12):m.start()])}
    joints = [b for a, b in spans if any(c == b and d > b for c, d in spans)]
    if joints and years and max(years) > max(joints):
        return max(joints)
    return max(years, default=None)


def dateline(text: str) -> dt.date | None:
    """The page's own dateline near the top, if the passage carries one."""
    lines = datelines(text)
    return lines[0] if lines else None


def datelines(text: str) -> list[dt.date]:
    """Every dateline near the top, in order: a page may print when it was rendered above the article's own
    ("Thứ 2, 18/11/2024, 08:48 | … | Thứ 3, 14/04/2020 | 16:51:26")."""
    head = text[:800]
    candidates = sorted([*DATELINE_RE.finditer(head), *DATELINE_WORDS_RE.finditer(head)], key=lambda m: m.start())
    out = []
    for m in candidates:
        if _TIME.search(m.group(0)) or _BARE_DATE_LINE.fullmatch(m.group(0)):
            try:
                out.append(dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
            except ValueError:
                continue
    return out


# What reviews a named year or period: a summing-up, a mid-term review, a review of results, an
# advanced-model conference, the honouring of a cluster's leading unit, a council's ranking of units or its
# review of a year's commendations ("xét khen thưởng cho các tập thể, cá nhân năm 2020").
_REVIEW_RE = re.compile(
    r"\b(?:tong ket|so ket|danh gia (?:ket qua|viec thuc hien|thuc hien)|dien hinh tien tien|hoi nghi dien hinh"
    r"|(?:bieu duong|tuyen duong|ton vinh)(?:,? khen thuong)? (?:cac |nhung )?(?:dien hinh|guong|tap the|ca nhan|nguoi tot)"
    r"|suy ton|binh xet|xet (?:de nghi )?khen thuong)\b")
# the reviewed year or period, written right after the review: "năm 2022", "giai đoạn 2016-2020",
# "năm học 2022-2023", "5 năm (2016-2020)", "(2016-2020)"
_YEAR_AFTER = re.compile(
    r"[^.\n]{0,120}?(?P<when>nam hoc (?P<s1>\d{4})\s*[-–—]\s*(?P<s2>\d{4})"
    r"|(?:giai doan|nhiem ky|nam|\d{1,2} nam\s*\(|\()\s*(?P<p1>\d{4})\s*[-–—]\s*(?P<p2>\d{4})"
    # "phát động thi đua đợt 3-2012": a drive's phase numbered within its year
    r"|(?:nam |dot \d{1,2}\s*[-–/]\s*)(?P<y>\d{4})\b)")
# Between the activity and its year (read with diacritics, "cá nhân" is no "nhận"): no second clause that
# could own the year ("… được tặng Bằng khen năm 2019"), nor the year a plan or target looks ahead to
# ("… định hướng đến năm 2030", "triển khai kế hoạch năm 2024").
_GAP_STOP = re.compile(r"\b(?:được|đã|vừa|tặng|truy tặng|nhận|vào năm|từ năm|sinh năm|kể từ|trong đó|gồm|ngày|đến|tới"
                       r"|triển khai|phương hướng|kế hoạch|tầm nhìn|mục tiêu|phát động|ký kết)\b")
_QUOTED = re.compile(r"[“\"«][^”\"»\n]{0,200}[”\"»]")
_LAUNCH = re.compile(r"\b(?:phat dong|ky ket|giao uoc)\b")


def _year_named_after(cues: re.Pattern, text: str) -> tuple[str, re.Match] | None:
    """(the folded words from cue to year, the year's match) for the first cue in `text` followed in its
    sentence by the year or period it concerns, a quoted movement name between them skipped whole."""
    lower = _QUOTED.sub(" q ", text.lower())
    folded = fold(lower)  # same length as `lower`, so offsets agree
    for cue in cues.finditer(folded):
        m = _YEAR_AFTER.match(folded, cue.end())
        if m and not _GAP_STOP.search(lower, cue.end(), m.start("when")):
            return folded[cue.start():m.end()], m
    return None


_NEXT_SENTENCE = re.compile(r"\s*[^.!?\n]*")


def _about_the_event(text: str, at: int) -> str:
    """The headline, the paragraph holding the date at `at` and the sentence after it: where a passage
    says what its event reviews ("Sáng 30-6, … tổ chức hội nghị điển hình tiên tiến giai đoạn …"), not a
    review recalled further on ("Tại hội nghị tổng kết năm 2019, huyện được tặng …")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    after = _NEXT_SENTENCE.match(text, end)
    return _headline(text) + "\n" + text[start:after.end() if after else end]


def _reviewed_year(text: str, month: int) -> int | None:
    """The year of an event that reviews a named year or period (GUIDELINE §2: "tổng kết năm 2022" → 2022).

    A whole year is reviewed as it closes or just after: held from July on it is that year (a cluster
    honours its leading unit of 2015 in November 2015), from January to March the next year ("tổng kết
    năm 2022" on 10 February is 2023); from April to June either could be meant, so no year. A part year
    ("sơ kết 6 tháng đầu năm 2023", "quý I") stays in its year.
    A period of several years is reviewed in its closing year, often before it ends (advanced-model
    conferences of 2015-2020 met from spring 2020 on), or in the first quarter after it: from April on
    the closing year, January to March the year after; a review of its first years ("sơ kết 3 năm …
    giai đoạn 2019-2025", "giữa nhiệm kỳ") names no year.  A school year (September to May) is reviewed in
    its second year, or in its first from August on.  Only the year written with the review counts,
    never one mentioned elsewhere in the passage.
    """
    found = _year_named_after(_REVIEW_RE, text)
    if not found:
        return None
    words, m = found
    if m.group("s1"):  # năm học
        return int(m.group("s1")) if month >= 8 else int(m.group("s2"))
    if m.group("p1"):  # a period
        first, last = int(m.group("p1")), int(m.group("p2"))
        count = re.search(r"\b(\d{1,2}) nam\b", words)
        if (count and int(count.group(1)) < last - first) or re.search(r"\bgiua (nhiem )?ky\b", words):
            return None  # a mid-term review ("sơ kết 3 năm thực hiện … giai đoạn 2019-2025"): the period is still open
        return last if month >= 4 else last + 1
    y = int(m.group("y"))
    if re.search(r"\b(6|9|sau|chin) thang|\bquy [1-4i]", words) or month >= 7:
        return y
    return y + 1 if month <= 3 else None


# an anniversary's years, each perhaps with day and month, typed loosely ("20/10//2020", "26.3.1975 - 26.3.2015")
_DAY = r"(?:\d{1,2}\s*[/.-]+\s*\d{1,2}\s*[/.-]+\s*)?"
_ANNIV_SPAN = rf"{_DAY}(\d{{4}})\s*[-–—/]+\s*{_DAY}(\d{{4}})"
# what an anniversary counts: "130 năm thành lập", "40 năm giải phóng", "75 năm Ngày truyền thống"
_ANNIV_WORDS = (r"(?:ngay )?(?:thanh lap|truyen thong|giai phong|xay dung|ra doi|thong nhat|chien thang|khoi nghia"
                r"|tai lap|hinh thanh|chia tach|dong khoi|phat trien)\b")
_ANNIV_WORDS_RE = re.compile(_ANNIV_WORDS)


def _anniversary_year(folded: str) -> int | None:
    """The closing year of an anniversary: "Kỷ niệm 25 năm … (1997–2022)" → 2022 (GUIDELINE §2)."""
    # in brackets after "kỷ niệm": written "1997–2022", "15/3/2002 - 15/3/2022", "22-12-1944/22-12-2023"
    an = re.search(rf"\bk[iy] niem\b[^.\n]{{0,120}}?\(\s*{_ANNIV_SPAN}\s*\)", folded)
    if an and 0 < int(an.group(2)) - int(an.group(1)) <= 300:
        return int(an.group(2))
    # otherwise the span must measure the anniversary, after "kỷ niệm N năm" or "N năm thành lập":
    # "kỷ niệm 70 năm … 1953 - 2023", "130 năm thành lập trường (1890-2020)"
    for an in re.finditer(rf"\b(\d{{1,3}}) nam\b[^.\n]{{0,100}}?\b{_ANNIV_SPAN}", folded):
        named = re.search(r"\bk[iy] niem\s*$", folded[max(0, an.start() - 12):an.start()]) or _ANNIV_WORDS_RE.match(
            folded, an.end(1) + len(" nam "))
        # "130 năm (1890-2020)": a long span bracketed straight after is an anniversary, not a term of work
        # ("5 năm (2016-2020)", "10 năm (2012-2022) thực hiện …")
        named = named or (int(an.group(1)) >= 15 and re.match(r"\s*\(", folded[an.end(1) + len(" nam"):]))
        if named and int(an.group(3)) - int(an.group(2)) == int(an.group(1)):
            return int(an.group(3))
    # an anniversary named in one sentence and its span written in another: "Kỷ niệm 130 năm … . … (1890-2020)"
    if re.search(r"\bk[iy] niem\b", folded):
        counted = {int(n) for n in re.findall(r"\b(\d{1,3}) nam\b", folded)}
        for an in re.finditer(rf"\(\s*{_ANNIV_SPAN}\s*\)", folded):
            if int(an.group(2)) - int(an.group(1)) in counted:
                return int(an.group(2))
    return None


def _year_near(month: int, day: int, pub: dt.date, ahead: bool) -> int | None:
    """The year that puts a day and month nearest the page's date."""
    if ahead:
        # an event announced as still to come is held on the first such day after the page's date
        # ("sẽ được tổ chức vào ngày 19.8 tới" on 3 June), however far ahead (a page dated a few days late
        # may still call it coming)
        for year in (pub.year, pub.year + 1):
            try:
                if dt.date(year, month, day) >= pub - dt.timedelta(days=7):
                    return year
            except ValueError:
                continue
    # A past day being far likelier than a future one: "Chiều 28/12" published on 3 January is last
    # year's event, "Sáng 5/1 tới" announced on 28 December next year's, "dự kiến ngày 11/6" announced
    # on 1 June this year's.
    best = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            days = (dt.date(year, month, day) - pub).days
        except ValueError:
            continue
        if days > 60:
            continue  # no page announces its event that far ahead
        cost = -days if days <= 7 else days * 8
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def _infer_year(text: str, month: int, day: int, pub: dt.date | None, page_dates: list[dt.date],
                at: int = 0, ahead: bool = False) -> int | None:
    """`page_dates`: the passage's datelines (see `datelines`)."""
    same_day = [d for d in ([pub] if pub else []) + page_dates if (d.month, d.day) == (month, day)]
    if same_day:
        return same_day[0].year  # "Sáng 21.7" under the dateline "21/07/2020": the page reports its own day
    review = _reviewed_year(_about_the_event(text, at), month)
    if pub:
        near = _year_near(month, day, pub, ahead)
        # the year the passage itself gives its event ("… tổng kết phong trào thi đua năm 2017" in March →
        # 2018) outranks a page date years later, that of a repost; within a year or so the page's date is
        # surer than a review's year guessed from its month
        if review and (near is None or abs(review - near) >= 2):
            return review
        return near
    folded = fold(text[:800])
    if review:
        # an anniversary the passage opens on dates its own ceremony, whatever period the ceremony also honours
        # ("Kỷ niệm 70 năm … (1946-2016). Sáng 21/11, … tôn vinh … giai đoạn 2011-2015" is in 2016)
        anniversary = _anniversary_year(folded[:300])
        return anniversary if anniversary and anniversary == review + 1 else review
    # a launch or a covenant opens its year, period or school year; from October on it may as well be an
    # early start of the next one or a drive for the last months of this one, so no year
    # (the year a target looks ahead to, "phát động … đến năm 2025", is no launched year)
    launched = _LAUNCH.search(folded) and _year_named_after(_LAUNCH, text[:800])
    if launched:
        m = launched[1]
        if m.group("s1"):
            return int(m.group("s1")) if month >= 8 else int(m.group("s2"))
        if month <= 9:
            return int(m.group("y") or m.group("p1"))
    anniversary = _anniversary_year(folded)
    if anniversary:
        return anniversary
    # "Đại hội … nhiệm kỳ 2020-2025" / "giai đoạn 2025 - 2030" / "(2020-2025)": a term congress sits in the opening year
    # (the period must belong to the congress's name, not to "đánh giá kết quả giai đoạn 2015-2020");
    # the armed forces' "Đại hội Thi đua Quyết thắng giai đoạn 2019-2024" closes its period instead.
    nk = re.search(r"\bdai hoi\b((?:(?!danh gia|ket qua|tong ket|phuong huong|nhiem vu|thuc hien|de ra)[^.\n]){0,120}?)"
                   r"(?:\bnhiem ky|\bgiai doan|\()\s*(\d{4})\s*[-–—]\s*(\d{4})", folded)
    if nk:
        start, end = int(nk.group(2)), int(nk.group(3))
        if re.search(r"\bthi dua quyet thang\b", nk.group(1)):
            return end
        if start % 5 and not end % 5:
            return end  # emulation congresses meet in the five-yearly years (2010, 2015, 2020): "2006-2010" met in 2010
        # a congress named by the period it closes ("lần thứ X giai đoạn 2015-2020") when the passage also names the
        # next period ("giai đoạn 2020-2025") or dates something in its closing year ("ngày 5/8/2020")
        if re.search(rf"(?<!\d){end}\s*[-–—]\s*{end + 5}(?!\d)", folded) or re.search(rf"\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{end}(?!\d)", folded):
            return end
        return start
    # "Đại hội Thi đua yêu nước tỉnh lần thứ IV - năm 2015": a congress named with its year
    ny = re.search(r"\bdai hoi thi dua\b(?:(?!danh gia|ket qua|tong ket|phuong huong|nhiem vu|thuc hien|de ra)[^.\n]){0,80}?"
                   r"\bnam (\d{4})\b", folded)
    if ny:
        return int(ny.group(1))
    # "tổ chức Giải bóng chuyền … năm 2023", "họp Hội đồng … xét tặng danh hiệu … năm 2015": the event named with
    # its own year (a review's year was read above; a plan's or a target's stops the reading)
    named = _year_named_after(_NAMED_EVENT, _about_the_event(text, at))
    if named and named[1].group("y") and not named[1].group("when").startswith("dot"):
        return int(named[1].group("y"))
    return None


# the events a passage names with their year (folded)
_NAMED_EVENT = re.compile(r"\b(?:hoi nghi|cuoc hop|giai|hoi thi|hoi thao|hoi dien|le|chuong trinh|xet tang|hoi dong)\b")


_PERSON_PLACE = re.compile(r"(?:[Cc]ư trú|[Tt]hường trú|[Tt]ạm trú|[Nn]guyên quán|[Qq]uê quán|[Ss]inh sống|[Cc]ông tác|[Ll]àm việc|[Hh]ọc tập|[Nn]ơi ở)\s*$")


def find_location(text: str) -> tuple[str | None, tuple[int, int] | None]:
    parens = paren_spans(text)
    for m in _LOC_RE.finditer(text):
        if inside(parens, m.start(), m.start()):
            continue  # "(nguyên quán tại xã …)": where a person comes from, not where the event is
        if _PERSON_PLACE.search(text, max(0, m.start() - 25), m.start()):
            continue  # "cư trú tại xã …", "công tác tại …": a person's home or workplace
        loc = m.group("loc").strip()
        head = ORG_HEAD_RE.match(text, m.start("loc"))
        if head and not re.match(r"(?:Hội trường|Trung tâm|Nhà văn hóa|Trụ sở)", loc, re.I):
            end = extend_name(text, head.end(), head.end() + 150, True)
            if end > head.end():
                loc = text[m.start("loc"):end]
        if _NOT_PLACE.match(loc):
            continue
        if " " not in loc and re.match(r"[ \t]+(?!(?:đã|vừa|sẽ|tổ|diễn|long|trang|với|cho|và|là|có|được|trong|vào|từ|để|nhằm|đến|cùng)\b)[a-zà-ỹđ]",
                                       text[m.start("loc") + len(loc):]):
            continue  # "tại Đài tưởng niệm …": one capitalised word opening a common noun, no name
        if m.start() > 400 and not re.match(r"(?:[Tt]hành phố|TP|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị|[Xx]ã|[Pp]hường|[Tt]rụ sở|[Hh]ội trường|[Tt]rung tâm|[Nn]hà)", loc):
            continue  # a bare name far from the lead is rarely the venue
        loc = re.sub(r"\s+(?:đã|vừa)$", "", loc)
        return clean_spaces(loc), (m.start("loc"), m.start("loc") + len(loc))
    return None, None


def find_event(text: str, sentences: list[Sentence], published: dt.date | None) -> tuple[Event, tuple[int, int] | None]:
    etype = event_type(text)
    date_text, date, sent, year_guessed = find_date(text, sentences, published, etype)
    location, loc_span = find_location(text)
    evidence = []
    if sent:
        evidence.append(sent.evidence())
    if loc_span:
        s = sentence_at(sentences, loc_span[0])
        if s and s.evidence() not in evidence:
            evidence.append(s.evidence())
    return Event(type=etype, date_text=date_text, date=date, date_year_guessed=year_guessed, location=location,
                 evidence=tuple(evidence)), loc_span

"""Awards: one record per (form, recipient) for conferrals stated as made.

Per sentence (numbered or bulleted lists split over lines are joined back into
one): find award forms; skip proposals and registrations, and the forms listed
after a proposal; recipients come from "FORM … cho R1; R2 và R3", "FORM … là R1,
R2", "FORM (của X) gồm: 1.A; 2.B", "trao FORM tặng R", or the subject before
"(cũng) được (X) tặng / nhận / đón nhận FORM" (a person's name, a counted subject
names no one). The conferrer comes from "FORM của X", "FORM Chính phủ", "X tặng
FORM", "được X tặng", "FORM do X trao tặng", a sentence/article-level "thừa ủy
quyền (của) X" or "thay mặt Đảng, Nhà nước", or "X (vừa) ký Quyết định"; "B cũng
được tặng …" keeps the authority of the conferral before it. The host of a
"tổ chức lễ đón nhận" is dropped when the passage names who received that form;
those attending a "Lễ (kỷ niệm …) đón nhận FORM" receive nothing, its owner does.
A later "4 tập thể này gồm:", "Đó là:", "Trong đó, tập thể gồm: …; cá nhân gồm: …"
or "FORM (của X): A; B" line names the recipients of a counted conferral before it.
Recipient names run on where orgnames.extend_name stops (a dotted "TP. X", a trailing number,
lowercase name words); a conferrer is an office, never its holder's name.
A period is a plausible year in a clause about achievements, never a term, a
conferral date ("Năm 2015, …", "vào năm 2010") or digits in a file name; the
article-level period holds only from its sentence on, for the family it names.
Also: bodies a count names in brackets ("cho 02 tập thể (A, B và C)"); heroic mothers, not the relatives who
receive for them ("cho thân nhân mẹ A", "cho các mẹ: B, C"); abbreviated forms as written ("NSƯT", "HCLĐ hạng Ba",
taxonomy from the expansion) unless they address a person ("NSND Lê Thị A"); "X là 1/16 tập thể … nhận FORM";
"Được X tặng FORM, R tổ chức lễ đón nhận"; a decision written out ("THỦ TƯỚNG CHÍNH PHỦ … QUYẾT ĐỊNH: Điều 1. …
cho | 1. Ông A …; | 2. …") with its signing office as written.
Round 4: a counted subject or ceremony with its list later ("có 4 cá nhân được X phong tặng FORM theo Quyết định …,
gồm các nghệ nhân A, B", "… cho 3 Mẹ. | Các Mẹ gồm: Mẹ A, …; Mẹ B …", "Tập thể được tặng FORM là A và B"); a passage-level
"thừa ủy quyền / thay mặt" authority only for the award families its own sentence names; a deputy presenting confers
nothing; the year of a launch, a compact or a cluster's term is no period, nor a summing-up's year for an order;
"Đây là những đơn vị đã … năm 2020" after a list gives its period; "được xét tặng" is made, "xét tặng" proposed.
Round 5: "Danh hiệu vinh dự Nhà nước cho (N) Mẹ Việt Nam anh hùng (gồm: Mẹ A, trú ở …; Mẹ B … và Mẹ C)" names the title by
its recipients; "huyện X hiện có N mẹ được phong tặng" is a count; "A đón nhận FORM1 của X trao tặng và đón nhận FORM2
của Y" (A receives both); "Tặng FORM đối với A"; "đề nghị A tặng … cho B và C tặng … cho D" proposes both.
"""

from __future__ import annotations

import dataclasses
import re

from thidua.models import Award
from thidua.textnorm import fold

from . import gazetteer, lexicon
from .officials import NAME_RUN, pick_name
from .textutil import _NO_BREAK, CAP_WORD, UP, Sentence, clean_spaces, quoted_spans, inside
from .orgnames import (ADMIN_TYPES, COMPLETE_HEADS, NAME_WORDS, ORG_HEAD_RE, ORG_STOP, admin_at, extend_name, looks_complete,
                       looks_like_person, sector_spelling_re)

# Recipients the organisation heads of orgnames.py (ORG_HEADS) do not open: a corporation written "Tổng Công ty", military
# formations ("Binh chủng …", "Binh đoàn 15", "Quân chủng …"), teams and stations ("Đội …", "Đồn Biên phòng …").
_MORE_HEADS = ("Tổng Công ty", "Binh chủng", "Binh đoàn", "Quân chủng", "Quân đoàn", "Bộ Tư lệnh", "Hải đoàn", "Hải đội",
               "Đồn Biên phòng", "Đồn", "Tiểu đoàn", "Đại đội", "Tổng đội", "Đội", "Nhà xuất bản", "Tạp chí",
               "Thông tấn xã", "Trại giam", "Quỹ", "Bưu điện", "Nhà hát", "Nhà Thiếu nhi", "Cung Văn hóa", "Vườn quốc gia", "Khu di tích")
_HEAD_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in sorted(_MORE_HEADS, key=len, reverse=True))
                      + r")(?!\w)(?![ \t]+(?:ngũ|tuyển|viên|trưởng)(?!\w))|" + ORG_HEAD_RE.pattern)
# "Công an TP. Hà Nội", "Công ty X TP.HCM": a city written with its abbreviated type word and a dot
_DOTTED_TYPE = re.compile(r"(?<!\w)(?:TP|Tp|TX)\.$")
# "Tổng Công ty May 10", "Ban An ninh quận 2", "Binh đoàn 15": a number that ends the name, not a count or a year
_NAME_NUMBER = re.compile(r"[ \t]+(?:số[ \t]+)?\d{1,3}(?![\w.,/%–-]\w|[\w%])(?![ \t]+(?:năm|tháng|ngày|lần|tập thể|cá nhân|đơn vị"
                          r"|người|hộ|xã|huyện|tỉnh|đồng|triệu|tỷ|giờ|km|ha)(?!\w))")
# verbs and function words that end a run of lowercase name words ("Phòng Cảnh sát giao thông đường bộ" goes on,
# "Công ty A góp phần …" does not)
_LOWER_STOP = ORG_STOP | {"góp", "hoàn", "thực", "tham", "có", "đạt", "xuất", "tiêu", "điển", "tiên", "nhiều", "luôn",
                           "lập", "tích", "giữ", "bảo", "xây", "đóng", "không", "nhận", "được", "vinh", "là", "ở",
                           "trên", "dưới", "một", "hai", "ba", "bốn", "năm", "từ", "qua", "khi", "đã", "đang", "hội", "họp",
                           "từng", "lần", "liên", "đều", "mới", "lại", "tiếp"}  # "Bộ Nội vụ từng/lần thứ hai được …"
# lowercase words that name an office's work ("Phòng Tổ chức cán bộ", "Ban tổ chức", "Phòng tham mưu")
_OFFICE_WORDS = re.compile(r"(?:cán bộ|tổng hợp|hàng không|hàng hải|xuất nhập cảnh|xuất nhập khẩu|quản lý hành chính về trật tự xã hội|tuyên giáo|tuyên huấn|kế hoạch|hậu cần|tham mưu"
                           r"|thi hành án|trật tự|an ninh|hành chính|đặc công|đường bộ|đường sắt|đường thủy|đường thuỷ)(?!\w)")
_LEVEL_END = re.compile(r"(?<!\w)(?<![Hh]ợp tác )" + ADMIN_TYPES + r"(?:[ \t]+\S+(?:[ \t]+\S+){0,3})?$")  # "… huyện Yên Lạc"


_SPLIT_WORDS = {"Ngoại giao", "Ngoại thương", "Ngoại ngữ", "Ngoại vụ"}


def _run_on(text: str, end: int, stop: int | None = None) -> int:
    """Extend a unit name that ends at `end` over what orgnames.extend_name stops short of: the dotted city
    ("… TP.HCM", "Công an TP. Hà Nội"), a trailing number ("Binh đoàn 15", "Ban An ninh quận 2") and lowercase name
    words up to the item's end ("Binh chủng đặc công", "Phòng Cảnh sát giao thông đường bộ", "Cục cứu hộ, cứu nạn")."""
    stop = len(text) if stop is None else stop
    while True:
        before = text[:end]
        dotted = _DOTTED_TYPE.search(text[:end + 1]) if text[end:end + 1] == "." else None
        if dotted:
            probe = text[:end] + " " + text[end + 1:]  # "TP.HCM" -> "TP HCM": the same offsets, a plain place
            caps = re.match(r"[ \t]*[A-ZĐ]{2,}(?!\w)", probe[end:])
            new = end + caps.end() if caps else admin_at(probe, dotted.start())
            if new > end + 1:
                end = new
                continue
        num = _NAME_NUMBER.match(text, end)
        # after "số", a capitalised word, a type word ("quận 2") or a head ("Binh đoàn 15"), not after a verb
        if num and num.end() <= stop and (num.group(0).split()[0] == "số"
                                          or re.search(rf"(?<!\w)(?:{ADMIN_TYPES}|{UP}[\wÀ-ỹđ]*)$", before)
                                          or any(h.end() == len(before) for h in _HEAD_RE.finditer(before, max(0, end - 30)))):
            end = num.end()
            after = NAME_RUN.match(text, end + 1) if re.match(r"[ \t]", text[end:end + 1]) else None
            person = after and after.group(0).split()[0] in lexicon.surnames() and len(after.group(0).split()) >= 3
            if after and not person and not lexicon.title_head_re().match(text, end + 1):
                more = extend_name(text, end + 1, end + 200, False)  # "Trường THPT số 1 Bảo Yên": the place after
                if end + 1 < more <= stop:
                    end = more
            continue
        break
    if _LEVEL_END.search(text[:end]) and not re.search(r"\d$", text[:end]):
        return end  # "Công an huyện A" + "góp phần …": after a place the name has ended
    # lowercase words, a known name word ("giao thông", "cứu hộ") taken whole, up to the item's end or its verb
    pos, n = end, 0
    while n < 6:
        sep = re.match(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+", text[pos:stop])
        if not sep:
            break
        at = pos + sep.end()
        known = max((k for k in (NAME_WORDS.match(text, at), _OFFICE_WORDS.match(text, at) if "," not in sep.group(0) else None)
                     if k), key=lambda k: k.end(), default=None)
        if known and known.end() <= stop:
            pos, n = known.end(), n + 1
            continue
        word = re.match(r"[a-zà-ỹđ]+(?!\w)", text[at:stop])
        # "Xổ số": "số" after a capitalised syllable is the second half of a word, not a number's label
        second_half = word and word.group(0) == "số" and pos == end and re.search(rf"{UP}\S*$", text[:pos]) \
            and not re.match(r"số\s+\d", text[at:stop])
        # "Bộ Ngoại giao", "Học viện Ngoại giao": a two-syllable word whose second half is written lowercase
        second_half = second_half or word and pos == end and (text[:pos].split() or [""])[-1] + " " + word.group(0) in _SPLIT_WORDS
        if not word or "," in sep.group(0) or word.group(0) in _LOWER_STOP and not second_half:
            break
        pos, n = at + word.end(), n + 1
    if pos > end and re.match(r"[ \t]*(?:$|[,;:(]|và[ \t]+(?:[A-ZĐÀ-Ỹ]|" + ADMIN_TYPES + r")|(?:số[ \t]+)?\d"
                              r"|(?:đã|vinh dự|được|nhận|đón nhận|vừa|cũng|long trọng|trang trọng|tổ chức)(?!\w))",
                              text[pos:stop]):
        return _run_on(text, pos, stop) if _NAME_NUMBER.match(text, pos) else pos
    if pos > end and re.match(rf"[ \t]+{UP}", text[pos:stop]) and not lexicon.title_head_re().match(text, pos + 1):
        # "Công ty Xổ số kiến thiết Quảng Ninh": lowercase words inside a name that goes on with capitals
        more = extend_name(text, pos + 1, pos + 200, False)
        if pos + 1 < more <= stop:
            return _run_on(text, more, stop)
    return end


# State and emulation titles and orders written abbreviated ("danh hiệu NSƯT", "CSTĐ toàn quốc", "HCLĐ hạng Ba"): the
# form as written, the taxonomy fields from the expansion (see _normalise)
_ABBREVIATIONS = {"NNND": "nhà giáo nhân dân", "NGND": "nhà giáo nhân dân", "NNƯT": "nhà giáo ưu tú", "NGƯT": "nhà giáo ưu tú",
                  "NSND": "nghệ sĩ nhân dân", "NSƯT": "nghệ sĩ ưu tú", "TTND": "thầy thuốc nhân dân", "TTƯT": "thầy thuốc ưu tú",
                  "CSTĐ": "chiến sĩ thi đua", "AHLĐ": "anh hùng lao động", "AHLLVTND": "anh hùng lực lượng vũ trang nhân dân",
                  "BMVNAH": "bà mẹ việt nam anh hùng", "VNAH": "việt nam anh hùng", "HCLĐ": "huân chương lao động",
                  "HCBVTQ": "huân chương bảo vệ tổ quốc", "HCCC": "huân chương chiến công"}
_TITLE_ABBREV = "NNND|NGND|NNƯT|NGƯT|NSND|NSƯT|TTND|TTƯT|CSTĐ|AHLĐ|AHLLVTND|BMVNAH"
GRADE = r"(?:[Hh]ạng\s+(?:Nhất|Nhì|Ba|nhất|nhì|ba|I{1,3}|[123])(?!\w))"
_ORDER_NAMES = "|".join(re.escape(n) for n in lexicon.order_names())
FORM_RE = re.compile(
    rf"(?<!\w)(?:"
    rf"(?P<order>(?:[Hh]uân|[Hh]uy) chương[ \t]+(?![Vv]àng|[Bb]ạc|[Đđ]ồng)(?:(?i:{_ORDER_NAMES})|{CAP_WORD}(?:[ \t]+{CAP_WORD})*)(?:[ \t]+{GRADE})?)"
    rf"|(?P<bare>[Hh]uân chương(?=[ \t]+(?:cho|tới|đến)[ \t]))"  # "tặng thưởng Huân chương cho …": written without its name
    rf"|(?P<cert>[Bb]ằng khen|[Gg]iấy khen|[Kk]ỷ niệm chương(?:\s*[“\"][^”\"]{{2,80}}[”\"])?)"
    rf"|(?P<flag>[Cc]ờ(?:\s+[Tt]hi đua(?:\s+xuất sắc)?|\s+(?:đơn vị\s+)?dẫn đầu[^,;.:“”\"()]{{0,60}}?(?=\s+(?:của|cho|do|năm)\s|\s*[“\",;.(]|$)|\s+[Đđ]ơn vị[^,;.:“”\"()]{{0,60}}?(?=\s+(?:của|cho|do|năm)\s|\s*[“\",;.(]|$)))"
    rf"|(?P<title>(?P<mother>[Dd]anh hiệu vinh dự [Nn]hà nước(?=[ \t]+cho[ \t]+(?:(?:\d+|các|những)[ \t]+)?(?P<mother_title>(?:[Bb]à[ \t]+)?[Mm]ẹ[ \t]+(?:Việt Nam[ \t]+[Aa]nh hùng|VNAH))(?!\w)))|(?:[Dd]anh hiệu(?:\s+vinh dự [Nn]hà nước)?\s+)?(?:[Tt]ập thể [Ll]ao động (?:xuất sắc|tiên tiến)|[Cc]hiến s[ĩỹ] thi đua(?:\s+(?:toàn quốc|cơ sở|cấp\s+\w+))?|[Aa]nh hùng (?:[Ll]ao động|[Ll]ực lượng [Vv]ũ trang [Nn]hân dân|LLVTND)(?:\s+(?:trong\s+)?thời kỳ đổi mới)?|[Ll]ao động tiên tiến|[Đđ]ơn vị quyết thắng|(?:[Nn]hà giáo|[Tt]hầy thuốc|[Nn]ghệ sĩ|[Nn]ghệ nhân) (?:[Nn]hân dân|[Ưư]u tú)|[Bb]à [Mm]ẹ (?:Việt Nam [Aa]nh hùng|VNAH)(?!\w)|(?:{_TITLE_ABBREV})(?!\w)(?:\s+(?:toàn quốc|cơ sở|cấp\s+\w+))?))"
    rf"|(?P<abbr_order>HCLĐ|HCBVTQ|HCCC)(?!\w)(?:[ \t]+{GRADE})?"
    rf"|(?P<named>(?P<named_head>[Dd]anh hiệu(?:\s+vinh dự [Nn]hà nước)?|[Cc]ờ)\s*(?:[“\"](?P<named_body>[^”\"]{{2,80}})[”\"]|‘(?P<named_single>[^’]{{2,80}})’))"
    rf")"
)
_CONFERRAL = re.compile(r"(?<!\w)(tặng|trao|nhận|đón nhận|truy tặng|tặng thưởng|công nhận|trao tặng|được tặng|khen thưởng)(?!\w)", re.I)
# a proposal, vote or registration: not a conferral made; "Theo/Xét đề nghị của X, Y tặng …" names whose proposal a
# decision followed, and the decision is made
_NOT_MADE = re.compile(r"(?<!\w)((?:đề nghị|đề xuất|(?<!công )(?<!chương )(?<!quá )trình)(?!\s+của)|xét duyệt|(?<!được )xét tặng|biểu quyết"
                       r"|đăng ký|hiệp thương|bỏ phiếu|dự kiến|phấn đấu)(?!\w)", re.I)
_COUNT = re.compile(r"^(?:\s*(?:cho\s+)?(?:\d+|[Cc]ác|những|hai|ba|bốn|năm)\s+(?:tập thể|cá nhân|đơn vị|đồng chí|hộ|gia đình|doanh nghiệp|người|địa phương|cơ quan|(?<=\d )(?:[Bb]à )?[Mm]ẹ)[^;:]*?)(?:(?:,\s*)?(?:đó là|gồm|là|cụ thể)\s*:?|:)\s*")
# A plausible achievement year, not digits inside a file name, a document number or a URL
# ("img-4806-1657639497.jpg", "số 45/2022/QĐ-UBND").
_YEAR_DIGITS, _NOT_BEFORE, _NOT_AFTER = r"(?:19[4-9]\d|20\d\d|2100)", r"(?<![\w/.\-–])", r"(?![\w/]|[.,\-–]\d)"
_YEAR = _NOT_BEFORE + _YEAR_DIGITS + _NOT_AFTER
_SPAN = rf"{_NOT_BEFORE}{_YEAR_DIGITS}\s*[-–—]\s*{_YEAR_DIGITS}{_NOT_AFTER}"
_PERIOD = re.compile(rf"(?<!\w)(giai đoạn\s+{_SPAN}|từ năm\s+{_YEAR}\s+(?:đến(?: hết)?(?: năm)?\s+{_YEAR}|đến nay(?!\w))|năm học\s+{_SPAN}"
                     rf"|năm\s+(?:{_SPAN}|{_YEAR})|{_SPAN})")
# "(Trước đó,) năm 2015, X được tặng …", "… vào năm 2002": when it was given, not what it rewards
_WHEN_BEFORE = re.compile(r"(?:^|[,;:.]\s*)(?:(?:[Tt]rước đó|[Ss]au đó)\s*,?\s*)?(?:[Vv]ào\s+|[Tt]rong\s+)?$")


# words that say what a year rewards: "thành tích … năm 2022", "dẫn đầu phong trào thi đua năm 2021"
_ACHIEVEMENT = re.compile(r"(?<!\w)(?:thành tích|công tác|nhiệm vụ|thi đua|phong trào|khen thưởng|dẫn đầu|hoàn thành|xuất sắc"
                          r"|tiêu biểu|tổng kết|sơ kết|danh hiệu|Cờ|Bằng khen|Giấy khen)(?!\w)", re.I)


def _year_to_come(before: str) -> bool:
    """Is the year after `before` one an activity looks ahead to ("phát động / ký giao ước thi đua năm 2022"), or the
    term of a cluster ("Khối trưởng Khối thi đua năm 2022"), rather than one a summing-up or an award reviews?"""
    if re.search(r"(?:Khối|Cụm)\s+thi đua(?:\s+số)?(?:\s+\d+)?\s*$", before):
        return True
    last = None
    for last in re.finditer(r"(?<!\w)(?:tổng kết|sơ kết|phát động|ký kết|ký giao ước|khen thưởng|thành tích)(?!\w)", before, re.I):
        pass
    return bool(last) and last.group(0).lower() in ("phát động", "ký kết", "ký giao ước")


def _rewards(s: str, p: re.Match) -> bool:
    """Does the year or span at p say what the award rewards? Not a term ("nhiệm kỳ 2020-2025"); a bare "năm 2022" only
    in a clause about achievements (not "…, đơn vị có doanh thu lớn nhất năm 2022")."""
    before = s[:p.start()]
    if re.search(r"(?:nhiệm kỳ|khóa|khoá)\s*(?:[IVXLC]+\s*,?\s*)?$", before):
        return False
    if not re.fullmatch(r"năm\s+\d{4}", p.group(1)):
        return True
    clause = re.split(r";|\.\s", before)[-1][-120:]
    return bool(_ACHIEVEMENT.search(clause))


# "Với những thành tích đạt được trong năm 2023, A được tặng …": a year written before the form that says what it rewards
_ACHIEVED_BEFORE = re.compile(r"(?<!\w)thành tích[^,;.]{0,40}?\s(?:trong\s+|của\s+)?$")


def _sentence_period(s: str, mentions: list[re.Match] | None = None) -> str | None:
    """The first achievement period of a sentence: not a date ("tháng 5 năm 2022"), not a bracketed anniversary or term
    span ("(1997–2012)"), not a conferral date, not a year that rewards nothing, and not the year written right after
    one of its forms ("Huân chương … và Cờ thi đua năm 2022": the flag's own year, see `own` in find_awards)."""
    for p in _PERIOD.finditer(s):
        if re.search(r"tháng\s+\d{1,2}\s*$", s[:p.start()]) or p.group(1)[0].isdigit() and s[max(0, p.start() - 1):p.start()] == "(":
            continue
        if not _when(s, p) and _rewards(s, p):
            # (not "… của Chính phủ về thành tích năm 2013": what the award rewards)
            if any(re.fullmatch(r"\s*(?:của\s+(?:(?!về|vì|thành tích)[^,;.()]){1,60}?\s*)?\(?\s*", s[m.end():p.start()])
                   for m in mentions or () if m.end() <= p.start() or not _ACHIEVED_BEFORE.search(s[:p.start()])):
                return None
            return p.group(1)
    return None


def _when(s: str, p: re.Match) -> bool:
    """Is the year at p a time adverbial ("Năm 2015, …", "vào năm 2002") rather than an achievement period?"""
    if re.search(r"(?<!\w)vào\s+$", s[:p.start()]):
        return True
    return p.group(1).startswith(("năm ", "Năm ")) and bool(_WHEN_BEFORE.search(s[:p.start()])) \
        and re.match(r"\s*,", s[p.end():]) is not None


_DOC_PERIOD = re.compile(rf"(?:thành tích|công tác|khen thưởng|thi đua)[^.;\n]{{0,60}}?(?<!\w)(giai đoạn\s+{_SPAN}"
                         rf"|từ năm\s+{_YEAR}\s+đến(?: hết)?(?: năm)?\s+{_YEAR}|năm học\s+{_SPAN}|năm\s+{_YEAR})")
_AUTHORISED = re.compile(r"(?:[Tt]hừa?|[Đđ]ược sự|[Tt]heo sự|[Đđ]ược) (?:ủy|uỷ) quyền(?: của)?\s+(?P<x>[^;.]{3,200}?)(?=\s+(?:(?:đã|đến|tới)\s+)*(?:trao tặng|trao|tặng|gắn|công bố)(?!\w))")


def _authorised(s: str) -> str | None:
    """"Thừa ủy quyền của X, <presenter> trao …" -> X. When the authorising person is written with titles and name
    ("của Tổng Bí thư, Chủ tịch nước Nguyễn Văn A, Bí thư Tỉnh ủy B trao"), X is the title written next to the name."""
    m = _AUTHORISED.search(s)
    if not m:
        return None
    # "Bộ Văn hóa, Thể thao và Du lịch": the commas inside a sector's name do not separate segments
    x = sector_spelling_re().sub(lambda t: t.group(0).replace(",", "\x00"), m.group("x"))
    segs = [g.strip().replace("\x00", ",") for g in x.split(",")]
    for k, seg in enumerate(segs[:-1]):
        if re.match(r"(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)\s", seg) or _RANK.match(seg):
            break  # the presenter starts here ("đồng chí A", "Trung tướng B")
        run = None
        for run in NAME_RUN.finditer(seg):
            pass
        span = pick_name(run.group(0), False) if run and run.end() == len(seg) else None
        if span and run.start() + span[0] > 0:
            return _trim_conferrer(seg[:run.start() + span[0]])
    return _trim_conferrer(_decider(segs[0]) or segs[0]) if segs[0] else None
_ON_BEHALF = re.compile(r"[Tt]hay mặt (?:[Ll]ãnh đạo\s+)?(?P<x>Đảng, Nhà nước|Đảng và Nhà nước|Nhà nước)")
_DECIDER = re.compile(rf"(?P<x>(?:{UP}[\wÀ-ỹđĐ]*)(?:[ \t]+[\wÀ-ỹđĐ]+){{0,12}}?)[ \t]+(?:vừa[ \t]+|đã[ \t]+)*(?:ký|ban hành|có)[ \t]+(?:các[ \t]+)?[Qq]uyết định")
# "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch đã ký quyết định": a signer whose office is named by a sector with commas
_SECTOR_DECIDER = re.compile(rf"(?P<x>(?:(?:Bộ trưởng|Giám đốc|Chủ nhiệm|Trưởng ban)\s+)?(?:Bộ|Sở|Ủy ban|Ban)\s+(?:{sector_spelling_re().pattern})"
                             rf"(?:\s+(?:tỉnh|thành phố)(?:\s+{CAP_WORD}(?!\w))*)?)\s+(?:vừa\s+|đã\s+)*(?:ký|ban hành|có)\s+(?:các\s+)?[Qq]uyết định")
_CONFERRER_TAIL = re.compile(
    rf"^\s*(?:xuất sắc\s+)?của\s+(?P<x>Đảng(?:,|\s+và)\s+Nhà nước(?=\s|[,;.:(]|$)"
    rf"|(?:(?:Bộ trưởng|Giám đốc|Chủ nhiệm|Trưởng ban)\s+)?(?:Bộ|Sở|Ủy ban|Ban)\s+(?:{sector_spelling_re().pattern})"
    rf"(?:\s+(?:tỉnh|thành phố)(?:\s+{CAP_WORD}(?!\w))*)?(?=\s*[,;.:(“\"]|\s+(?:cho|tới|đến|năm|tặng|trao|về|vì|được|đã|do)\s|$)"
    rf"|(?:{UP}[\wÀ-ỹđĐ]*|tỉnh|huyện|thành phố|UBND|Ủy ban)(?:\s+(?:[\wÀ-ỹđĐ]+|-))*?)(?=\s+(?:cho|tới|đến|là|vì|về|năm|trong|tại|nhằm|do|đã|và|giai|từ|tặng|trao|được|sẽ|vừa|gồm|bao)[\s:]|\s*[,;.:(“\"]|$)"
)


# "Cờ thi đua Chính phủ", "Cờ thi đua Bộ cho …": the authority written straight after the form, without "của"
_BARE_CONFERRER = re.compile(
    r"^[ \t]+(?P<x>Thủ tướng Chính phủ|Chính phủ|(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|huyện|thị xã|quận)"
    rf"|Bộ(?:[ \t]+{CAP_WORD}(?!\w))*)(?=\s+(?:cho|gồm|năm|tặng|trao|vì|về|đã)[\s:]|\s*[,;.:(]|$)")
_LIST_AFTER_FORM = re.compile(r"^\s*(?:(?:năm|giai đoạn)\s+[\d\s\-–]+)?,?\s*(?:\([^)]{0,40}\)\s*)?(?:(?:gồm có|bao gồm|gồm|như sau)\s*:?|:)\s*(?=\S)")
# "FORM do Chủ tịch nước (trao) tặng": an authority, not a presenter named with a person's name
_BY_AUTHORITY = re.compile(
    r"^\s*do\s+(?P<x>(?:Chủ tịch|Thủ tướng|Chính phủ|Nhà nước|Bộ|UBND|Ủy ban|Giám đốc|Tổng Liên đoàn|Trung ương)[^,;.]{0,50}?)"
    r"\s+(?:(?:vừa|đã)\s+)?(?:(?:trao tặng|tặng thưởng|truy tặng|phong tặng|tặng|trao|ký|quyết định|công nhận)(?!\w))")
# "Theo Quyết định số 12/QĐ-UBND (ngày …) của Chủ tịch UBND tỉnh": the decision's author confers
_DECISION_OF = re.compile(rf"[Qq]uyết định(?:\s+số\s+\S+)?(?:\s+ngày\s+[\d/.-]+)?\s+của\s+(?P<x>(?:{UP}[\wÀ-ỹđĐ]*)(?:\s+[\wÀ-ỹđĐ]+){{0,6}}?)(?=\s*[,;.]|\s+(?:về|tặng|trao|khen|công nhận|cho)\s)")


# "FORM theo Quyết định số 55/QĐ-CTN (ngày …) của Chủ tịch nước, gồm: …": the decision between a form and its list
_BY_DECISION = re.compile(r"^\s*,?\s*(?:theo|tại)\s+(?:các\s+)?[Qq]uyết định(?:\s+số\s+\S+|\s+\d+/\S+)?(?:\s+ngày\s+[\d/.-]+)?"
                          r"(?:\s+của\s+(?P<x>[^,;:()]{3,80}?))?(?=\s*,?\s*(?:gồm|bao gồm|là|cho)(?!\w)|\s*:)")


_OCCUPATION_WORDS = r"bác sĩ|dược sĩ|kỹ sư|giáo viên|nhà giáo|nghệ sĩ|nghệ nhân|thầy thuốc|nhạc sĩ|họa sĩ|đạo diễn|diễn viên"
_ADDRESSED = re.compile(rf"(?:{_TITLE_ABBREV}|HCLĐ)(?:\s+(?:toàn quốc|cơ sở))?(?=\s*,?\s*{UP}|\s*,\s*(?:{_OCCUPATION_WORDS})\s)")


def _form_text(m: re.Match) -> str:
    if m.group("named"):
        body = clean_spaces(m.group("named_body") or m.group("named_single"))
        # the quoted title stays in the form as written, without the quotes ("cờ …", "danh hiệu …")
        return f"{clean_spaces(m.group('named_head'))} {body}"
    if m.group("mother"):
        # "trao Danh hiệu vinh dự Nhà nước cho (7) Mẹ Việt Nam anh hùng …": the title as its recipients are written
        title = clean_spaces(m.group("mother_title"))
        return f"{clean_spaces(m.group('mother'))} {title[:1].upper()}{title[1:]}"
    form = clean_spaces(re.sub(r"[“”\"]", " ", m.group(0)))  # "Kỷ niệm chương “Vì …”": the medal's own name
    return form.strip(" ,")


# "cùng 20 tập thể, cá nhân", "và một số trạm y tế": the named list has ended
_GENERIC_TAIL = re.compile(r"(?:,\s*|\s+)(?:cùng(?:\s+với)?|và|cùng nhiều|với)\s+(?=(?:\d+|một số|nhiều|các|những|hàng)\s)")
# villages and residential groups are written lowercase ("thôn Đông Hạ", "tổ dân phố số 3")
_VILLAGE = re.compile(r"(?:[Tt]hôn|[Xx]óm|[Ấấ]p|[Bb]ản|[Tt]ổ dân phố|[Kk]hu phố|[Ll]àng)\s+(?:[A-ZĐÀ-Ỹ]|số\s+\d)")


def _recipients_from_list(seg: str) -> list[tuple[str, str]]:
    """Split "R1; R2 và R3" into (recipient, kind) pairs."""
    # "cho thân nhân (của) 3 mẹ: …", "cho gia đình các mẹ …": the mothers are honoured, not their families
    seg = re.sub(r"^\s*(?:cho\s+)?(?:đại diện\s+)?(?:(?:thân nhân|gia đình|người thân)\s*)*(?:\s*\([^)]*\))?(?:\s+của)?\s*"
                 r"(?=(?:\d+\s+|các\s+)?[Mm]ẹ(?!\w))", "", seg)
    # "cho 02 tập thể (Sở A, Sở B và C) và 01 cá nhân (ông D)": the bodies a count names in brackets, one each
    counted = list(_COUNT_BRACKET.finditer(seg))
    if counted and re.match(r"\s*(?:cho\s+)?(?:\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)", seg):
        out = []
        for b in counted:
            # the bracket holds names only: each capitalised piece is one ("Khoa Nhi, Khoa Sản"), sectors stay whole
            inner = sector_spelling_re().sub(lambda t: t.group(0).replace(",", "\x00").replace(" và ", "\x01"), b.group("in"))
            inner = "; ".join(p.replace("\x00", ",").replace("\x01", " và ")
                              for p in re.split(rf"\s*,\s*(?={UP})|\s+và\s+(?={UP})", inner))
            out.extend(r for r in _recipients_from_list(inner) if r not in out)
        if out:
            return out
    c = _COUNT.match(seg)
    if c:
        seg = seg[c.end():]
    # "3 nguyên Phó Chủ tịch QH: A, B": a counted description before the list
    seg = re.sub(r"^\s*(?:cho\s+)?(?:\d+|hai|ba|bốn|năm)\s+(?!tập thể|cá nhân|đơn vị)[^:;]{1,60}:\s*", "", seg)
    # "01 tập thể Vụ A và 01 cá nhân ông B": one counted recipient, named right after its count
    seg = re.sub(rf"(?:^|(?<=\s))(?:0?1|một)\s+(?:tập thể|cá nhân|đơn vị)\s+(?={UP}|ông\s|bà\s)", "", seg)
    if not c and re.match(r"^\s*(?:cho\s+)?(?:\d+|các|những)\s", seg) and not _PEOPLE_INTRO.match(seg) \
            and not re.match(r"^\s*(?:các|những)\s+[^:;]{1,40}:", seg):
        return []  # "cho 32 tập thể": count only
    people = _PEOPLE_INTRO.match(seg)
    if people:
        return _bare_names(seg[people.end():])
    # "4 cá nhân là các vận động viên: A, B", "các tập thể sau:": a description before the list
    seg = re.sub(rf"^\s*(?:các|những)\s+(?:(?!{UP})[^:;]){{1,40}}:\s*", "", seg)
    out: list[tuple[str, str]] = []
    if _ITEM_START.match(seg):
        # "1.A; 2. B, Sở C; 3- Ông D - T": each numbered item names one recipient, whatever follows a comma
        for item in _ITEM_MARK.split(seg):
            item = _cut_reason(re.sub(r"\([^)]*\)", "", item.split(";")[0]))
            r = _recipient(item, whole=True) if item else None
            if r:
                out.append(r)
        return out
    # "Mẹ A, trú ở xã B và Mẹ C": each mother named starts an item, whatever her address said before
    items = re.split(r";|,?\s+và\s+(?=(?:cho\s+)?[Mm]ẹ\s+[A-ZĐÀ-Ỹ])", seg)
    listed = len([i for i in items if i.strip(" .")]) >= 2
    for item in items:
        item = _drop_place_qualifiers(_cut_reason(re.sub(r"\([^)]*\)", "", item)))
        # "cho thân nhân (gia đình) mẹ A", "; cho mẹ B, sinh năm 1930, thôn C": the mother is honoured, not her family
        item = re.sub(r"^(?:cho\s+)?(?:(?:đại diện\s+)?(?:(?:thân nhân|gia đình|người thân)\s+)+(?:của\s+)?|đại diện(?:\s+của)?\s+)?(?=[Mm]ẹ\s+[A-ZĐÀ-Ỹ])", "", item)
        # "cho mẹ Việt Nam anh hùng A": the title before the mother's name is no part of it
        item = re.sub(r"^(?:cho\s+)?([Mm]ẹ)\s+(?:Việt Nam\s+[Aa]nh hùng|VNAH)\s+(?=[A-ZĐÀ-Ỹ])", r"\1 ", item)
        if not item:
            continue
        names = _only_names(item)
        if names:
            out.extend(names)
            continue
        pieces = _split_coordinated(item)
        if listed and len(pieces) == 1 and "," not in item and item[:1].isupper():
            r = _recipient(item, whole=True)  # "A; Viện Nghiên cứu và phát triển Vùng; C": each item one name
            if r:
                out.append(r)
            continue
        for piece in pieces:
            r = _recipient(piece, listed=listed)
            if r:
                out.append(r)
    return out


_COUNT_BRACKET = re.compile(r"(?<!\w)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:tập thể|cá nhân|đơn vị|cơ quan|địa phương"
                            r"|doanh nghiệp|đồng chí)(?:\s+[a-zà-ỹđ]+){0,3}?\s*\((?P<in>[^()]{3,400})\)")
# "1." "2)" "3-" "a)" before an item, or a bullet ("- ", "+ ", "•") opening a line
_ITEM_MARK = re.compile(r"(?:^|(?<=[;:\s]))(?:\d{1,2}\s*[.)\-–](?!\d)|[a-zđ]\))\s*|(?:^|\n)\s*[-–+•]\s+")
# "Hội người Việt Nam tại Pháp": "tại" before a proper name other than a venue or a Vietnamese place stays in the name
_VENUE = (r"(?:Lễ|Hội nghị|Hội trường|Hội thảo|Đại hội|Kỳ họp|Trung tâm|Nhà|Sân|Quảng trường|Khu|Trụ sở|Đền|Tượng đài"
          r"|Nghĩa trang|Ngày|Chương trình|Cuộc|Giải|Thành phố|TP|Tỉnh|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn)(?!\w)")


_LEVEL = {"xã": 3, "phường": 3, "thị trấn": 3, "huyện": 2, "quận": 2, "thị xã": 2, "thành phố": 1.5, "tp": 1.5, "tp.": 1.5,
          "tỉnh": 1}
_LEVEL_RE = r"(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP\.?|[Tt]ỉnh)"


def _drop_place_qualifiers(item: str) -> str:
    """"Nhân dân xã A, huyện B, tỉnh C" -> "Nhân dân xã A": a higher-level place after a comma locates the recipient."""
    while True:
        m = re.search(rf",\s*(?P<t>{_LEVEL_RE})\s+{CAP_WORD}(?:\s+{CAP_WORD})*\s*$", item)
        if not m:
            return item
        # only a chain of ever larger places ("xã A, huyện B, tỉnh C"), not a list ("Huyện A, Huyện B, Thành phố C")
        levels = [_LEVEL[t.group("t").lower()] for t in re.finditer(rf"(?<!\w)(?P<t>{_LEVEL_RE})\s+{UP}", item[:m.start()])]
        levels.append(_LEVEL[m.group("t").lower()])
        if len(levels) < 2 or any(a <= b for a, b in zip(levels, levels[1:])):
            return item
        item = item[:m.start()]


def _cut_reason(item: str) -> str:
    """"Trường A đã có thành tích …", "Sở B vì …", "… cùng 20 tập thể": the recipient before its reason or a count."""
    cut = re.search(r"\s+(?:đã có|vì đã|vì có|có thành tích|đã|vì|trong|nhân dịp|nhằm|tại|về thành tích)\s", item)
    while cut and cut.group(0).strip() == "tại" and re.match(rf"{CAP_WORD}(?!\w)", item[cut.end():]) \
            and not re.match(_VENUE, item[cut.end():]) \
            and not gazetteer.is_any_place(re.split(r"[,;(]", item[cut.end():])[0].strip(" .")):
        cut = re.compile(r"\s+(?:đã có|vì đã|vì có|có thành tích|đã|vì|trong|nhân dịp|nhằm|tại|về thành tích)\s").search(item, cut.end())
    if cut:
        item = item[:cut.start()]
    item = _GENERIC_TAIL.split(item)[0]  # "… cùng 20 tập thể", "… và nhiều xã": counts and unnamed groups
    return item.strip(" .,:/")


def _only_names(item: str) -> list[tuple[str, str]]:
    """"A, B, C và D" where every piece is a person's full name (surname first): one individual each."""
    # "A, B (Tên hiệu), bà C": brackets are gone by now; an honorific before an item is dropped
    pieces = [re.sub(r"^(?:[Ôô]ng|[Bb]à|[Mm]ẹ)\s+(?=[A-ZĐÀ-Ỹ])", "", p.strip(" .")) for p in re.split(r"\s*,\s*|\s+và\s+", item)]
    if len(pieces) < 2:
        return []
    out = []
    for p in pieces:
        run = NAME_RUN.fullmatch(p)
        span = pick_name(p, False) if run else None
        if not span or span != (0, len(p)) or ORG_HEAD_RE.match(p) and not looks_like_person(p, 0):
            return []
        out.append((p, "individual"))
    return out


_PERSON_HONORIFIC = r"(?:đồng chí|ngài|ông|bà|anh|chị|em|cô giáo|thầy giáo|cháu|mẹ|cụ)"
# a military rank or academic degree before a name works like an honorific
_RANK = re.compile(r"(?:(?:Đại|Thượng|Trung|Thiếu|Chuẩn) (?:tướng|tá|úy|uý)|(?:NSND|NSƯT|NGND|NGƯT|NNND|NNƯT|TTND|TTƯT|AHLĐ)(?!\w)|(?:GS|PGS)\.?\s?(?:TSKH|TS)\.?|TSKH\.?|TS\.?|ThS\.?|P?GS\.?)\s*(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


# "các ông, bà: A, B và C", "các đồng chí: A, B": one honorific for a list of bare names
_PEOPLE_INTRO = re.compile(r"^\s*(?:(?:các\s+)?(?:ông,?\s*bà|ông\s*/\s*bà|ông|bà mẹ|bà|mẹ|anh,?\s*chị|đồng chí|cá nhân)\s*:\s*"
                           r"|(?i:các)\s+(?:(?i:ông),?\s*bà|đồng chí|Đồng chí|ông|bà|anh|chị|em|cháu|mẹ|" + _OCCUPATION_WORDS + r")\s+(?=[A-ZĐÀ-Ỹ]))", re.I)


def _bare_names(seg: str) -> list[tuple[str, str]]:
    """Names in "A, Giám đốc X; B và C": each one, without its title."""
    out = []
    for piece in re.split(r"\s*;\s*|\s*,\s*(?=[A-ZĐÀ-Ỹ][^,;]*?(?:,|;|\s+và\s+|$))|\s+và\s+", seg.strip(" .")):
        run = NAME_RUN.match(piece.strip())
        if run:
            span = pick_name(run.group(0), True)
            if span:
                name = clean_spaces(run.group(0)[span[0]:span[1]])
                if not lexicon.title_head_re().match(name) and name not in [n for n, _k in out]:
                    out.append((name, "individual"))
    return out


def _split_coordinated(item: str) -> list[str]:
    """"Hội A thành phố và Hội B thành phố" -> two; "Nhân dân và cán bộ xã X" stays one; persons split on honorifics."""
    person = rf"(?:cá nhân\s+)?{_PERSON_HONORIFIC}\s|nguyên\s|{_RANK.pattern}|(?:[Ll]iệt sĩ|[Ll]iệt sỹ|{_OCCUPATION})\s+(?=[A-ZĐÀ-Ỹ])"
    parts = re.split(rf"\s+và\s+(?={person})|,\s+(?={person})", item)
    out = []
    for p in parts:
        if re.match(_PERSON_HONORIFIC + r"\s", p, re.I) or _RANK.match(p) or re.match(r"[Ll]iệt s[ĩỹ]\s", p):
            out.append(p)  # "anh A, thôn B": what follows a person qualifies that person
            continue
        pieces = re.split(r"(\s+và\s+(?=" + _HEAD_RE.pattern + r")|,\s+(?=" + _HEAD_RE.pattern + r")|,\s+(?=Nhân dân|Đảng bộ|Tập thể)|\s+và\s+(?=Nhân dân và)"
                          r"|(?:,\s+|\s+và\s+)(?=" + _VILLAGE.pattern + ")"
                          r"|(?:,\s+|\s+và\s+)(?=(?:[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hị xã|[Qq]uận|[Tt]hành phố|TP)\s+[A-ZĐ]))", p)
        # re-join "Văn phòng Đoàn ĐBQH và HĐND thành phố": split only after a complete name
        merged = [pieces[0]]
        for k in range(1, len(pieces), 2):
            sep, nxt = pieces[k], pieces[k + 1]
            # only when the second name is a bare head with a level ("HĐND thành phố") that the first shares
            if re.fullmatch(r"(?:[Nn]hân dân|[Cc]án bộ|[Cc]hính quyền|Đảng bộ|[Qq]uân)(?:\s*(?:,|và)\s*(?:[Nn]hân dân|[Cc]án bộ|[Cc]hính quyền))*",
                            merged[-1].strip()):
                merged[-1] = merged[-1] + sep + nxt  # "Nhân dân và Lực lượng vũ trang xã X" is one collective
            elif "và" in sep and not looks_complete(merged[-1]) and not re.match(ADMIN_TYPES + r"\s", nxt) \
                    and not re.match(rf"(?:Sở|Bộ|Cục|Chi cục|Trường|Công ty|Bệnh viện|Ngân hàng)\s+{UP}", merged[-1].strip()) \
                    and re.fullmatch(r"\S+(?:\s+\S+)?\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|Trung ương)", nxt.strip(" ,.")):
                merged[-1] = merged[-1] + sep + nxt
            else:
                merged.append(nxt)
        out.extend(merged)
    return out


def _recipient(piece: str, whole: bool = False, listed: bool = False) -> tuple[str, str] | None:
    """`whole`: the piece is one numbered item, a name as written; `listed`: one of several ";"-separated items,
    so a capitalised name counts as a recipient even without a known organisation head ("Vụ Công nghệ cao")."""
    piece = piece.strip(" .,:;")
    piece = re.sub(r"^(?:cho|tới|đến|là)\s+", "", piece)
    piece = re.sub(r"^(?:các|những|tập thể|cá nhân|toàn thể)\s+(?=[A-ZĐÀ-Ỹ]|(?:ông|bà)\s)", "", piece)
    if not piece:
        return None
    hon = re.match(r"(?:[Cc]ác đồng chí|[Đđ]ồng chí|[Đđ]/c|[Nn]gài|[Ôô]ng|[Bb]à|[Tt]hầy giáo|[Cc]ô giáo|[Tt]hầy|[Aa]nh|[Cc]hị|[Ee]m|[Mm]ẹ|[Cc]ụ)\s*:?\s+", piece)
    if not hon:
        hon = _RANK.match(piece)
    if not hon:
        # "thợ lò A", "nguyên điều dưỡng B", "Bác sĩ C": a description before a full name (surname first)
        desc = re.match(rf"(?:nguyên\s+)?(?:{_OCCUPATION}|(?!{UP})[\wÀ-ỹđ]+(?:\s+(?!{UP})[\wÀ-ỹđ]+){{0,3}})\s+(?={UP})", piece)
        if desc and not re.match(_COLLECTIVE_PREFIX.pattern[1:] + "|" + ADMIN_TYPES + r"\s", piece):
            run = NAME_RUN.match(piece, desc.end())
            span = pick_name(run.group(0), False) if run else None
            if span == (0, len(run.group(0))) and not ORG_HEAD_RE.match(run.group(0)) \
                    and re.match(r"\s*(?:[,\-–—]|$)", piece[run.end():]):
                return clean_spaces(run.group(0)), "individual"
    if not hon and lexicon.title_head_re().match(piece):
        # "nguyên Chủ nhiệm Ủy ban X Trần Thị A": a title, then the person's full name at the end
        last = None
        for last in NAME_RUN.finditer(piece):
            pass
        span = pick_name(last.group(0), False) if last and last.end() == len(piece) else None
        if span and span[1] == len(last.group(0)) and last.start() + span[0] > 0:
            return clean_spaces(last.group(0)[span[0]:]), "individual"
    rest = piece[hon.end():] if hon else piece
    run = NAME_RUN.match(rest)
    if run:
        span = pick_name(run.group(0), bool(hon))
        if span and (hon or span[0] == 0):
            name = rest[span[0]:span[1]]
            tail = rest[run.end():]
            if hon or re.match(r"\s*(?:[,\-–—]|$)", tail):
                if (not ORG_HEAD_RE.match(name) or looks_like_person(name, 0)) and not re.match(ADMIN_TYPES + r"\s", name):
                    return clean_spaces(name), "individual"
    # collective: cut titles/qualifiers after a comma or dash that opens a title or lowercase words,
    # but keep official collective forms ("Đảng bộ, chính quyền và nhân dân huyện X")
    coll = re.split(r"(?:,\s+|\s+[-–—]\s+)(?=" + lexicon.title_head_re().pattern
                    + r"|(?!chính quyền|nhân dân|cán bộ|chiến sĩ|đảng viên|" + NAME_WORDS.pattern + r")[a-zà-ỹđ])|,\s+(?=" + ADMIN_TYPES + r"\s)",
                    piece)[0].strip()
    coll = re.sub(r"\s+(?:và|cùng|với|,)$", "", coll).strip()
    extent = _unit_extent(coll)
    # a numbered item is one name as written; "Hội người Việt Nam tại Ba Lan" keeps its "tại" (see _cut_reason);
    # "Ban Quản lý các khu công nghiệp tỉnh": a list item that goes on in lowercase name words to its end is whole
    rest = coll[len(extent):]
    lower_tail = extent != coll and _HEAD_RE.match(extent) and re.fullmatch(r"(?:\s+[a-zà-ỹđ]+){1,8}\s*", rest) \
        and not any(w in _PIECE_STOP for w in rest.split()) and not _PERSON_WORD.search(rest)
    if not whole and not lower_tail and not re.fullmatch(r"\s+tại\s+[A-ZĐÀ-Ỹ][^,;]*", rest):
        coll = extent
    if _VILLAGE.match(coll):
        return clean_spaces(coll), "collective"
    # "nhân dân và cán bộ xã X", "lực lượng Công an nhân dân": official collective forms written in lowercase
    lower_collective = re.match(r"(?:lực lượng(?: vũ trang)?\s+|quân và dân\s+|(?:(?:cán bộ|chiến sĩ|đảng viên|chính quyền)(?:\s*,\s*|\s+và\s+))*[Nn]hân dân"
                                r"(?:(?:\s*,\s*|\s+và\s+)(?:cán bộ|chính quyền|lực lượng vũ trang))*\s+)"
                                rf"(?={ADMIN_TYPES}\s+{UP}|(?:thôn|xóm|ấp|bản|làng|tổ dân phố|khu phố)\s+{UP}|{UP})", coll)
    if not coll or not coll[0].isupper() and not re.match(ADMIN_TYPES + r"\s", coll) and not lower_collective:
        return None
    if not (_HEAD_RE.search(coll) or re.search(ADMIN_TYPES + r"\s+[A-ZĐ]", coll) or (whole or listed) and coll[0].isupper() or lower_collective
            or re.match(r"(?:Nhân dân|Đảng bộ|Tập thể|Gia đình|Trường|Công ty|Hợp tác xã|Chi bộ|Lực lượng|Cụm|Khối)", coll)):
        return None
    if coll in COMPLETE_HEADS and coll != "Chính phủ":
        return coll, "collective"  # "Tỉnh đoàn": a whole name in one head
    if len(coll) > 120 or len(coll.split()) < 2 or _HEAD_RE.fullmatch(coll):
        return None  # a bare "HĐND", "UBND" or "Huyện ủy" names no one
    return clean_spaces(coll), "collective"


_COLLECTIVE_PREFIX = re.compile(
    r"^(?:(?:Đảng bộ|[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|[Cc]ông nhân viên chức|[Qq]uân và dân|[Cc]án bộ, chiến sĩ|[Ll]ực lượng vũ trang)"
    r"(?:\s*,\s*|\s+và\s+|\s+))+(?=[^\s])")


def _unit_extent(coll: str) -> str:
    """Cut a collective recipient after its name: "Trường THPT X khai giảng năm học mới" -> "Trường THPT X"."""
    prefix = _COLLECTIVE_PREFIX.match(coll)
    if prefix and prefix.end() < len(coll):
        rest = _unit_extent(coll[prefix.end():])
        return coll[:prefix.end()] + rest
    head = None
    for m in _HEAD_RE.finditer(coll):
        head = (m.start(), max(m.end(), extend_name(coll, m.end(), m.end() + 200, True)))
        break
    am = re.search(r"(?<!\w)" + ADMIN_TYPES + r"\s+[A-ZĐ0-9]", coll)
    if am and (head is None or am.start() >= head[1] or am.start() < head[0]):
        if head is None or am.start() < head[0]:
            head = (am.start(), admin_at(coll, am.start()))
    if head is None:
        return coll
    # "Văn phòng Ủy ban nhân dân tỉnh X": a name that runs into a second organisation's head takes it whole
    for m in _HEAD_RE.finditer(coll):
        if head[0] < m.start() <= head[1] + 1 and m.end() > head[1]:
            head = (head[0], max(m.end(), extend_name(coll, m.end(), m.end() + 200, True)))
    # "Sở Giao thông Vận tải tỉnh X": a sector name with a lowercase word, then the unit's place
    gap = re.match(rf"((?:\s+[\wÀ-ỹđĐ]+){{1,4}}?)\s+{ADMIN_TYPES}\s+{CAP_WORD}", coll[head[1]:])
    if gap and re.search(rf"\s{UP}", gap.group(1)):
        head = (head[0], admin_at(coll, head[1] + gap.end(1) + 1))
    # "lực lượng Công an nhân dân", "Quân đội nhân dân": "nhân dân" closes the name
    people = re.match(rf"\s+nhân dân(?=\s*$|\s+{ADMIN_TYPES}\s|\s+Việt Nam)", coll[head[1]:])
    if people:
        head = (head[0], head[1] + people.end())
    # the prefix ("Nhân dân và cán bộ", "Đảng bộ, chính quyền và nhân dân") stays as written
    return coll[:_run_on(coll, head[1])].rstrip(" ,")


# verbs and function words that end a recipient's name before the end of its list item
_PIECE_STOP = {"được", "đã", "vừa", "sẽ", "đang", "là", "có", "vì", "do", "cho", "tặng", "trao", "nhận", "đón", "đạt",
               "góp", "hoàn", "tham", "với", "về", "trong", "tại", "từ", "nhiều", "năm", "tháng", "ngày", "lần", "liền",
               "luôn", "đều", "cũng", "này", "đó", "thuộc", "của", "giai", "đoạn", "tiêu", "biểu", "xuất", "sắc", "nhất",
               "nhì", "ba", "hạng", "loại", "khen", "thưởng", "dẫn", "đầu", "tiên", "tiến", "điển", "hình"}
_PERSON_WORD = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|em|đồng chí|cháu)(?!\w)")
# "bác sĩ chuyên khoa II Nguyễn Văn A", "kỹ sư Trần Thị B": an occupation (with its grade) before a name
_OCCUPATION = (r"(?:[Bb]ác sĩ|[Yy] sĩ|[Dd]ược sĩ|[Đđ]iều dưỡng|[Kk]ỹ sư|[Kk]ĩ sư|[Gg]iáo viên|[Nn]hà giáo|[Nn]ghệ nhân"
               r"|[Nn]ghệ sĩ|[Cc]hiến sĩ|[Cc]ông nhân|[Nn]ông dân|[Cc]ựu chiến binh|[Hh]ọc sinh|[Ss]inh viên|[Dd]oanh nhân)"
               rf"(?:\s+(?:chuyên khoa|cấp|bậc|hạng|[IVX]+|\d|(?!{UP}|và\s)[a-zà-ỹđ]+)(?!\w)){{0,3}}")  # not "Đặng": Đ is in à-ỹ


_COUNT_SUBJECT = re.compile(
    r"(?<!\w)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|một số|nhiều)\s+(?:tập thể|cá nhân|đơn vị|đồng chí|người|hộ"
    r"|gia đình|vận động viên|học sinh|cán bộ|chiến sĩ|mẹ)(?:\s+[a-zà-ỹđ]+){0,3}\s*$")


def _name_at_end(head: str, extents: list[tuple[int, int]]) -> str | None:
    """A person's name right before the verb, after any description: "HLV bắn súng Nguyễn Thị A (cũng) được tặng",
    "chuyên gia người Hàn Quốc - Kim Min Su được tặng". Not a name inside an organisation ("Trường THPT Nguyễn Du")."""
    h = re.sub(r"(?:\s+(?:đã|cũng|vinh dự|vừa))+$", "", head)
    run = None
    for run in NAME_RUN.finditer(h):
        pass
    if not run or run.end() != len(h):
        return None
    seg_start = max(h.rfind(",", 0, run.start()), h.rfind(" - ", 0, run.start())) + 1
    titled = lexicon.title_head_re().match(h[seg_start:].lstrip())  # "Phó Chủ tịch UBND tỉnh Nguyễn Văn A"
    if any(a <= run.start() < b for a, b in extents) and not titled:
        return None
    words = run.group(0).split()
    lead = re.match(r"(?:Ông|Bà|Anh|Chị|Em|Cô|Thầy)\s+(?=\S+\s)", run.group(0))  # an honorific opening the sentence
    span = pick_name(run.group(0)[lead.end():], True) if lead else pick_name(run.group(0), False)
    if span and span[1] == len(run.group(0)) - (lead.end() if lead else 0):
        return clean_spaces(run.group(0)[(lead.end() if lead else 0) + span[0]:])
    # a foreign name after a dash: two to four capitalised words, neither a place nor an organisation
    if re.search(r"[-–]\s*$", h[:run.start()]) and 2 <= len(words) <= 4 and not ORG_HEAD_RE.match(run.group(0)) \
            and not gazetteer.is_any_place(run.group(0)) and not lexicon.title_head_re().match(run.group(0)):
        return clean_spaces(run.group(0))
    return None


_SUBJECT_VERB = re.compile(r"(?:(?<!đạt)(?<!thu)\s(?:(?:đã|cũng|vinh dự|vừa|từng)\s+)*(?:được|nhận|đón nhận|vinh dự nhận)(?:\s|$))")
# orders, medals and State titles: a bare year after them is when they were given
_ORDER_LIKE = re.compile(r"(?:[Hh]uân chương|[Hh]uy chương|HCLĐ|HCBVTQ|HCCC|(?:[Dd]anh hiệu\s+)?(?:vinh dự [Nn]hà nước\s+)?(?:[Aa]nh hùng|[Bb]à mẹ"
                         r"|[Nn]hà giáo|[Tt]hầy thuốc|[Nn]ghệ sĩ|[Nn]ghệ nhân|NNND|NGND|NNƯT|NGƯT|NSND|NSƯT|TTND|TTƯT|AHLĐ|AHLLVTND|BMVNAH))")


def _verb_head(span: str) -> str:
    """What stands before the passive or receiving verb: "A - T được trao tặng " -> "A - T"."""
    m = None
    for m in _SUBJECT_VERB.finditer(span):
        pass
    return span[:m.start()] if m else span


# "A - Giám đốc Sở X", "A, Phó Giám đốc", "A (Chánh Văn phòng)": the title written after a person's name
_TITLE_AFTER = re.compile(r"\s*(?:[-–]\s*\S|\(\s*\S|,\s*(?:nguyên\s+)?(?=" + lexicon.title_head_re().pattern + "))")
_PERSON_LEAD = re.compile(rf"(?:(?:[Cc]ác\s+)?(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+|{_RANK.pattern})+")


def _titled_people(head: str) -> list[tuple[str, str]]:
    """Persons each written with a title after a dash, listed with ";" or "và": "GS.TS A - Giám đốc Sở X",
    "các đồng chí B - T1, T2; C - T và đồng chí D - T". Every item must be such a person, or none is taken."""
    head = re.sub(r"^\s*[;,.]?\s*(?:(?:Theo đó|Cụ thể|Đồng thời|Dịp này|Nhân dịp này|Trong đó|Bên cạnh đó)\s*,\s*)?", "", head)
    items = re.split(rf"\s*;\s*|\s+và\s+(?=(?:{_PERSON_LEAD.pattern})|{UP}\S*\s+{UP}\S*(?:\s+{UP}\S*){{0,3}}\s*[-–,(])", head.strip(" .;"))
    out: list[tuple[str, str]] = []
    for item in items:
        lead = _PERSON_LEAD.match(item)
        rest = item[lead.end():] if lead else item
        run = NAME_RUN.match(rest)
        if not run:
            return []
        span = pick_name(run.group(0), True) if lead else pick_name(run.group(0), False)
        if not span or span[0] != 0 or span[1] != len(run.group(0)):
            return []
        after = rest[run.end():]
        # the title after a dash, a comma or in brackets, or nothing: a bare name is a person only among titled ones
        if after.strip() and not _TITLE_AFTER.match(after):
            return []
        if _HEAD_RE.match(run.group(0)) and not looks_like_person(run.group(0), 0):
            return []
        out.append((clean_spaces(run.group(0)), "individual"))
    titled = sum(1 for item in items if _TITLE_AFTER.search(item))
    return out if titled else []


_WITH_PERSONS = re.compile(rf"\s+cùng(?:\s+với)?\s+(?=(?:các\s+|\d+\s+|hai\s+|ba\s+)?(?:cá nhân|tập thể|đồng chí|ông|bà)(?!\w)|{_RANK.pattern})"
                           # "Công an xã A và anh B", "Ông A và bà B": a further person named with an honorific or rank
                           rf"|(?:\s+và|\s*,)\s+(?=(?:[Đđ]ồng chí|ông|bà|anh|chị|em|cháu)\s+{UP}|{_RANK.pattern})")
# "Hai tập thể A và B", "02 cá nhân C": a count right before the names it counts
_COUNTED_LEAD = re.compile(rf"^(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|\d+)\s+(?:tập thể|cá nhân|đơn vị)\s*:?\s+(?={UP})")


# "Được X tặng FORM (năm 2020), R (đã) tổ chức lễ đón nhận …": the subject of the main clause after the comma
_FRONTED_SUBJECT = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:năm\s+\d{4}\s*)?,\s*(?P<subj>[^,;.]{3,120}?)\s+(?:(?:đã|vừa|đang)\s+)?"
                              r"(?:tổ chức|long trọng|trang trọng|vinh dự|đón nhận|nhận)(?!\w)")
# "X là 1/16 tập thể toàn tỉnh", "X là một trong 5 đơn vị được …": X is one of those counted
_ONE_OF = re.compile(rf"(?:^|[,;:.]\s*)(?P<x>{UP}[^,;:]{{0,80}}?)(?:\s+(?:vinh dự|cũng|đã))*\s+(?:là|trở thành)\s+(?:\d+\s*/\s*\d+|một trong(?:\s+số)?(?:\s+\d+)?"
                     r"|một|01|1)\s+(?:trong\s+(?:số\s+)?\d+\s+)?(?P<kind>tập thể|đơn vị|doanh nghiệp|cơ quan|địa phương|công ty|cá nhân"
                     r"|người)(?!\w)[^;]*$")


# "Tại Lễ kỷ niệm, … trao tặng Bộ A Huân chương …": the verb and its recipient right before the form, in a ceremony
_VERB_THEN_RECIPIENT = re.compile(r"(?<!\w)(?:trao tặng|tặng thưởng|trao|tặng)\s+(?:Bộ|Sở|Ban|Cục|Hội|Công ty|Tổng Công ty|Trường"
                                  r"|Bệnh viện|Viện|Báo|Đài|Liên đoàn|Tập đoàn|Ngân hàng|Ủy ban|UBND|Đảng bộ|Công an)\s[^,;:]{1,100}?"
                                  r"(?:\s+danh hiệu)?\s*$")
# "các cá nhân (vinh dự) được tặng …": a plural subject that names no one
_UNNAMED_SUBJECT = re.compile(r"(?:^|\s)(?:các|những)\s+(?:tập thể|cá nhân|đơn vị|đồng chí)(?:\s*(?:,|và)\s*(?:tập thể|cá nhân|đơn vị))?"
                              r"\s+(?:(?:đã|vinh dự|cũng|vừa)\s+)*(?:được|nhận|đón nhận)(?:\s+[^,;]{0,40})?\s*$")
_COLLECTIVE_WORD = r"(?:Đảng bộ|[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|[Qq]uân và dân|[Ll]ực lượng vũ trang|[Cc]hiến sĩ)"
_BARE_PLACE_COLLECTIVE = re.compile(rf"(?:^|[,;:]\s*)(?P<x>{_COLLECTIVE_WORD}(?:(?:\s*,\s*|\s+và\s+){_COLLECTIVE_WORD})+"
                                    r"\s+(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn))\s*$")


def _subject_recipients(clause: str) -> list[tuple[str, str]]:
    """Recipients written before the verb: "Ban A và Ủy ban B nhận FORM", "Công an huyện được Bộ X tặng FORM"."""
    m = _SUBJECT_VERB.search(clause)
    head = clause[:m.start()] if m else clause
    head = re.sub(r"\([^)]*\)", "", head).rstrip()
    if re.search(r"(?<!\w)(?:hiện\s+|đã\s+)?có\s+(?:\d[\d.]*|hàng\s+\w+|nhiều)\s+[^,;]{1,30}$", head):
        return []  # "huyện A hiện có 245 mẹ được phong tặng …": a count of holders, nobody named receives
    one = _ONE_OF.search(head)
    if one:  # "Thaco là 1/16 tập thể toàn tỉnh nhận …": the body counted among the recipients
        x = clean_spaces(one.group("x"))
        kind = "individual" if one.group("kind") in ("cá nhân", "người") else "collective"
        r = _recipient(x)
        if r:
            return [r]
        if re.fullmatch(rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,4}}", x) and not lexicon.title_head_re().match(x) \
                and not re.match(r"(?:Đây|Đó|Điều|Như|Hiện|Nay|Năm|Đơn|Tập|Cá|Ông|Bà|Anh|Chị|Em|Chúng|Họ|Mình|Tôi|Trong|Với|Qua)(?!\w)", x) \
                and not gazetteer.is_any_place(x):
            return [(x, kind)]  # a body known by its own name only ("Thaco", "Vinamilk")
        return []
    # "Hai tập thể A và B cùng cá nhân C": collectives and persons named side by side, each part on its own
    parts = _WITH_PERSONS.split(head)
    if len(parts) > 1 and all(p.strip() for p in parts):
        out = []
        for part in parts:
            out.extend(r for r in _subject_recipients(_COUNTED_LEAD.sub("", part.strip())) if r not in out)
        return out
    head = _COUNTED_LEAD.sub("", head)
    if _COUNT_SUBJECT.search(head):
        return []  # "Bộ CHQS tỉnh 4 cá nhân được tặng …": the recipients are only counted
    group = re.search(r"(?<!\w)(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a|\d+)\s+(?:em|ông|bà|ông,\s*bà|đồng chí|anh|chị|cháu|vận động viên"
                      r"|học sinh|sinh viên)\s*:?\s+(?P<names>[^;:]+)$", head)
    if group:  # "Các em A, B và C được tặng …": one plural honorific for the named persons
        names = _only_names(group.group("names").strip(" ,"))
        if names:
            return names
    # The subject is the last organisation/unit/person run in the head, with "và"-joined siblings.
    extents: list[tuple[int, int]] = []
    for om in _HEAD_RE.finditer(head):
        extents.append((om.start(), _run_on(head, max(om.end(), extend_name(head, om.end(), om.end() + 200, True)))))
    for am in re.finditer(r"(?<!\w)" + ADMIN_TYPES + r"\s+[A-ZĐ]", head):
        extents.append((am.start(), _run_on(head, admin_at(head, am.start()))))
    # "tại huyện X, HTX Y tổ chức lễ đón nhận": the venue is not a recipient
    extents = [e for e in extents if not re.search(r"(?:[Tt]ại|ở)\s+$", head[max(0, e[0] - 6):e[0]])]
    extents = sorted(e for e in extents if not any(o != e and o[0] <= e[0] and e[1] <= o[1] for o in extents))
    # ", phường X, tỉnh Y" after the subject are qualifiers, not further recipients
    while len(extents) >= 2 and re.match(ADMIN_TYPES, head[extents[-1][0]:]) and \
            re.fullmatch(r"\s*,\s*", head[extents[-2][1]:extents[-1][0]]):
        extents.pop()
    spans = [a for a, _b in extents]
    person = None
    for hm in re.finditer(r"(?<!\w)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Tt]hầy giáo|[Cc]ô giáo|[Tt]hầy|[Aa]nh|[Cc]hị|[Ee]m|[Mm]ẹ|[Cc]ụ|" + _OCCUPATION
                          + r")\s+(?=[A-ZĐÀ-Ỹ])", head):
        nm = NAME_RUN.match(head, hm.end())
        # "giáo viên Trường X": the workplace, not a name; "Ngày Nhà giáo Việt Nam": a holiday, not a teacher
        if any(a < hm.start() < b for a, b in extents):
            continue  # "Hội Nông dân xã A": an occupation inside an organisation's name
        if not ORG_HEAD_RE.match(head, hm.end()) and not re.search(r"Ngày\s+$", head[:hm.start()]) \
                and not (nm and nm.group(0).startswith("Việt Nam")):
            person = hm.end()
    for hm in _RANK.finditer(head):  # "Thiếu tá A, Đội trưởng Đội B": a rank before a name works like an honorific
        if (person is None or hm.end() > person) and re.search(r"(?:^|[\s,;(])$", head[:hm.start()]):
            person = hm.end()
    if person is not None and (not spans or person > spans[-1]):
        r = _recipient(head[person:])
        nm = NAME_RUN.match(head, person)
        if not r and nm:
            # "nghệ nhân hát văn Nam Định Lê Thị A": a capitalised place in the occupation, then the surname-led name
            span = pick_name(nm.group(0), False)
            if span and span[0] > 0 and span[1] == len(nm.group(0)):
                r = (clean_spaces(nm.group(0)[span[0]:]), "individual")
        return [r] if r and r[1] == "individual" else []
    if person is not None:
        # "Ông A, Giám đốc Công ty B được tặng …": the organisations sit inside the person's title
        nm = NAME_RUN.match(head, person)
        if nm and re.match(r"\s*[,–-]\s*", head[nm.end():]) \
                and not re.search(r"(?<!\w)(?:và|cùng|về|tổ chức|của|cho|lễ|tại)(?!\w)", head[nm.end():]):
            r = _recipient(head[person:])
            if r and r[1] == "individual":
                return [r]
    named = _name_at_end(head, extents)
    if named:
        return [(named, "individual")]
    # "Đảng bộ, chính quyền và nhân dân thị xã được tặng …": an official collective of a place not named again
    bare = _BARE_PLACE_COLLECTIVE.search(head)
    if bare:
        return [(clean_spaces(bare.group("x")), "collective")]
    if not spans:
        return []
    # walk back over "X và Y" / "X, Y"
    start = spans[-1]
    for s in reversed(spans[:-1]):
        between = head[s:start]
        if re.search(r"(?:\svà\s|,\s)[^\s]*$", between) or re.search(r"\svà\s$", between):
            start = s
        else:
            break
    # "Đảng bộ và nhân dân xã X", "Quân và dân huyện Y": the official collective form before the place stays whole
    prefix = re.search(r"(?:(?:Đảng bộ|[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|[Qq]uân và dân|[Ll]ực lượng vũ trang)"
                       r"(?:\s*,\s*|\s+và\s+|\s+))+$", head[:start])
    if prefix:
        start = prefix.start()
    # skip a leading clause ("Theo đó, năm 2021, ")
    text = head[start:extents[-1][1]] if extents else head[start:]
    text = re.split(r"\s+(?:thành lập|kỷ niệm)\s", text)[-1] if re.search(r"\s(?:thành lập|kỷ niệm)\s", text) else text
    out = []
    for piece in _split_coordinated(text.strip()):
        piece = re.sub(r"\s+(?:đã|cũng|vừa|vinh dự)$", "", piece.strip())
        r = _recipient(piece)
        if r:
            out.append(r)
    return out


def _normalise(form: str, conferrer: str | None) -> dict:
    low = re.sub(r"(?<!\w)(?:" + "|".join(_ABBREVIATIONS) + r")(?!\w)", lambda m: _ABBREVIATIONS[m.group(0)], form).lower()
    for rx, entry in lexicon.award_forms():
        probe = low
        if entry["id"].startswith("bang_khen") or entry["id"].startswith("co_thi_dua"):
            probe = f"{low} của {conferrer.lower()}" if conferrer else low
        if rx.search(probe):
            grade = re.search(GRADE, form)
            award_class = None
            if grade:
                g = grade.group(0).split()[-1].lower()
                award_class = {"nhất": "hạng Nhất", "i": "hạng Nhất", "1": "hạng Nhất", "nhì": "hạng Nhì",
                               "ii": "hạng Nhì", "2": "hạng Nhì", "ba": "hạng Ba", "iii": "hạng Ba", "3": "hạng Ba"}.get(g)
            canonical = entry["name"] + (f" {award_class}" if award_class and entry.get("graded") else "")
            return {"form_id": entry["id"], "form_canonical": canonical, "category": entry["category"],
                    "award_class": award_class, "level": entry.get("level")}
    return {}


# "… gồm: 1.A; 2. B": an item number before its item ("2." ends a sentence chunk when a space follows it)
_ITEM_NO = re.compile(r"(?:^|[;:]\s*|\n\s*)\d{1,2}\s*[.)]$")  # not "… hạng 3." or "… Khối 2."
_ITEM_LEAD = re.compile(r"\s*(?:[-–+•]\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\)\s*)?")
_ITEM_START = re.compile(r"^\s*(?:\d{1,2}\s*[.)\-–]|[a-zđ]\)|[-–+•]\s)")


def _join_list_items(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Numbered recipient lists split into sentences at "2. " or at line breaks are one sentence again."""
    out: list[Sentence] = []
    joining = False  # the last sentence opened a list (": …") whose numbered items follow
    glue: set[int] = set()  # sentences that the next one continues
    for sent in sentences:
        if out and (_ITEM_NO.search(out[-1].text) or joining and _ITEM_START.match(sent.text) or len(out) - 1 in glue):
            glue.discard(len(out) - 1)
            last = out[-1]
            out[-1] = Sentence(last.start, sent.end, text[last.start:sent.end])
            joining = joining or bool(_ITEM_START.match(sent.text))
        else:
            out.append(sent)
            joining = False
        ended = out[-1].text.rstrip()
        # "… cho các ông:" + next paragraph, "+ GS.TSKH." + "Đặng …": what follows belongs to the same list item
        # "Điều 1. Phong tặng FORM cho" + "1. Ông A, …;" "2. Ông B, …": a decision's article, its persons a line each
        opens = ended.endswith(":") or re.search(r"(?<!\w)(?:cho|gồm|sau)$", ended) and bool(FORM_RE.search(ended))
        if opens and FORM_RE.search(ended) or joining and re.search(r"(?<![\w.])(?:[A-ZĐ][A-Za-zĐ]{0,5}\.)+$", ended):
            glue.add(len(out) - 1)
        elif joining and ended.endswith(";") and "\n" in text[out[-1].end:out[-1].end + 3]:
            glue.add(len(out) - 1)  # "gồm:\nSở A;\nSở B;\nSở C.": one item a line, each ending in ";"
        joining = joining or bool(opens)
    return out


def find_awards(text: str, sentences: list[Sentence], theme_spans: list[tuple[int, int]]) -> list[Award]:
    sentences = _join_list_items(text, sentences)
    doc_conferrer = None
    authorised = _authorised(text)
    m = _ON_BEHALF.search(text)
    presenting = bool(authorised or m)  # someone presents on behalf of the authority: "X trao" names a presenter
    doc_conferrer_forms: list[str] = []  # the families its sentence names: an authority delegates only those
    if authorised or m:
        doc_conferrer = authorised or m.group("x").strip()
        at = _AUTHORISED.search(text).start() if authorised else m.start()
        for sent in sentences:
            if sent.start <= at < sent.end:
                doc_conferrer_forms = [_family(_form_text(f)) for f in FORM_RE.finditer(sent.text)]
    else:
        d = _SECTOR_DECIDER.search(text) or _DECIDER.search(text) or _DECISION_OF.search(text)
        if d:
            doc_conferrer = _decider(d.group("x"))
        doc_conferrer = _signing_office(text) or doc_conferrer
    # the period of the article's overall decision ("khen thưởng thành tích năm 2019", "tặng … cho 6 tập thể … từ năm
    # 2009 đến năm 2013"): it holds from the sentence that states it on, unless that sentence named its own recipients
    doc_period = None
    meeting_period = [False]  # the article-level period is the year a summing-up meeting reviews
    doc_forms: list[str] = []  # the award families that sentence names (none: a decision on commendation in general)
    made = [0]  # conferrals recorded so far (merged ones included)
    awards: list[Award] = []
    seen_order: list[tuple[str, str]] = []  # (folded form, folded recipient) of each record in `awards`
    pending: tuple[str, str | None, str | None] | None = None  # the last conferral with only counts as recipients
    pending_at = -9  # index of the sentence it was in

    last_made: list[str | None] = [None]  # the conferrer of the last conferral recorded
    hosted: set[int] = set()  # records whose recipient is only the host of a "tổ chức lễ đón nhận"

    def add(form: str, name: str, kind: str, conferrer: str | None, period: str | None, sent: Sentence,
            host: bool = False) -> None:
        if conferrer and _is_conferrer(name, conferrer):
            return  # "Chủ tịch UBND tỉnh công nhận … cho …": the authority never receives its own award
        last_made[0] = conferrer
        made[0] += 1
        key = (fold(form), fold(name))
        for k, (f, r) in enumerate(seen_order):
            if _same_form(f, key[0]) and (r == key[1] or _same_recipient(r, key[1])):
                made_at.setdefault(current[0], []).append(k)  # named again here: a period after it applies too
                if not host and k in hosted:
                    # the explicit "trao FORM cho X" tells the authority and period better than the host's lead
                    hosted.discard(k)
                    awards[k] = dataclasses.replace(awards[k], conferrer=conferrer or awards[k].conferrer,
                                                    period=period)
                elif not host and (period and not awards[k].period or conferrer and not awards[k].conferrer):
                    # the headline named the award; the body tells who gave it and for what period
                    awards[k] = dataclasses.replace(awards[k], conferrer=awards[k].conferrer or conferrer,
                                                    period=awards[k].period or period,
                                                    **_normalise(awards[k].form, awards[k].conferrer or conferrer))
                last_word = name.split()[-1] if len(name.split()) > 1 else ""
                if len(name) > len(awards[k].recipient) and not (last_word.islower() and last_word not in (
                        "tỉnh", "huyện", "xã", "phường", "quận", "phố", "trấn")):  # (str.islower: "Đồng" is no lowercase word)
                    # the fuller written form ("Công ty cổ phần" over "Công ty CP"), not one running into a verb
                    awards[k] = dataclasses.replace(awards[k], recipient=name)
                if conferrer and awards[k].conferrer and len(conferrer) > len(awards[k].conferrer) \
                        and conferrer.startswith(awards[k].conferrer + " "):
                    # "Chủ tịch nước" and "Chủ tịch nước CHXHCN Việt Nam": written twice, the fuller form
                    awards[k] = dataclasses.replace(awards[k], conferrer=conferrer)
                if len(key[0]) > len(f):  # "Huân chương Lao động" (headline) is the body's "… hạng Ba"
                    awards[k] = dataclasses.replace(awards[k], form=form, **_normalise(form, awards[k].conferrer))
                    seen_order[k] = (key[0], seen_order[k][1])
                return
        seen_order.append(key)
        made_at.setdefault(current[0], []).append(len(awards))
        if host:
            hosted.add(len(awards))
        awards.append(Award(form=form, recipient=name, recipient_kind=kind, conferrer=conferrer,
                            period=period, **_normalise(form, conferrer), evidence=(sent.evidence(),)))

    def in_which(k: int, sent: Sentence, after: int) -> None:
        """"…; trong đó có A, B" / next sentence "Trong đó có A, B": names among a counted conferral's recipients."""
        w = _IN_WHICH.search(sent.text, after)
        if w and FORM_RE.search(sent.text, after, w.start()):
            return  # "tặng A cho 25 tập thể; tặng B cho 12 tập thể, trong đó có …": the list belongs to B
        if w and pending and pending_at >= k - 1:
            lists = [w.group("list")]
            nxt = _NEXT_KIND.match(sent.text, w.end())
            while nxt:
                lists.append(nxt.group("list"))
                nxt = _NEXT_KIND.match(sent.text, nxt.end())
            for lst in lists:
                for name, kind in _recipients_from_list(_distribute_types(lst)):
                    add(pending[0], name, kind, pending[1], pending[2], sent)

    def inherited(form: str) -> str | None:
        """The article-level period, for an award of the family its sentence names (another decision has its own)."""
        if meeting_period[0] and _ORDER_LIKE.match(form):
            return None
        return doc_period if not doc_forms or _family(form) in doc_forms else None

    made_before = 0
    made_at: dict[int, list[int]] = {}  # sentence index -> records it added or named again
    current = [0]  # the sentence being read
    header_list_at = -9  # the last sentence that was a "FORM: A, B" list item
    for k, sent in enumerate(sentences):
        current[0] = k
        if k:
            dp = _DOC_PERIOD.search(sentences[k - 1].text)
            if dp and re.match(r"\s*Căn cứ|[^.;]*(?<!\w)(?:Luật|Nghị định|Thông tư)\s", sentences[k - 1].text):
                dp = None  # "Căn cứ Luật Thi đua, khen thưởng năm 2022": the law's year rewards nothing
            if dp:
                # "hội nghị tổng kết công tác thi đua năm 2022": the year a meeting sums up, which an order or State
                # title (rewarding years of work) does not take as its period
                meeting_period[0] = bool(re.search(r"(?<!\w)(?:[Tt]ổng kết|[Ss]ơ kết|[Hh]ội nghị|đánh giá)\s+(?:(?!tặng|trao)[^.;])*$",
                                                   sentences[k - 1].text[:dp.start(1)]))
            if dp and _year_to_come(sentences[k - 1].text[:dp.start(1)]) and not FORM_RE.search(sentences[k - 1].text):
                dp = None  # "phát động và ký giao ước thi đua năm 2022": the year to come rewards nothing yet
            if dp:
                doc_period = dp.group(1) if made[0] == made_before else None
                doc_forms = [_family(_form_text(f)) for f in FORM_RE.finditer(sentences[k - 1].text)]
        if k and made_at.get(k - 1) and re.match(r"\s*(?:(?:Đây|Đó) là\s+(?:những|các)\s+(?:đơn vị|tập thể|cá nhân)(?:\s*,\s*(?:tập thể|cá nhân))?\s+)?"
                                                  r"(?:đã|vì)\s+(?:có\s+)?(?:thành tích|hoàn thành)", sent.text):
            # "… 2. Trường B, | đã có thành tích xuất sắc trong công tác năm 2023.", "Đây là những đơn vị đã hoàn thành
            # xuất sắc … năm 2020": the period of the list before
            when = _sentence_period(sent.text)
            for j in made_at[k - 1]:
                if when and not awards[j].period:
                    awards[j] = dataclasses.replace(awards[j], period=when)
        made_before = made[0]
        made_at[k] = []
        s = sent.text
        if pending_at == k - 1:
            in_which(k, sent, 0)
        # "NSND Lê Thị A", "NGƯT Trần B": an abbreviated title before a name is how the person is addressed
        mentions = [mm for mm in FORM_RE.finditer(s) if not _ADDRESSED.match(s, mm.start())]
        back = _LIST_BACKREF.search(s)
        if back and back.group("mid"):
            # "Các tập thể được khen thưởng gồm: …"; a counted subject with its own form is a conferral of its own
            if not re.search(r"khen|tặng|trao|nhận", back.group("mid")) or back.group("count") and FORM_RE.search(back.group("mid")):
                back = None
        elif back and not (pending and (back.group("this") or pending_at == k - 1) and not FORM_RE.search(s)):
            back = None  # "(4 tập thể này / Các đơn vị) gồm: …" names the recipients of a counted conferral before
        if not back and pending and pending_at == k - 1 and not FORM_RE.search(s):
            back = _LIST_THAT.match(s)  # "Đó là các đơn vị: …", "Cụ thể: …"
        if back and not _NOT_MADE.search(s[:back.start("list")]):
            # "Các tập thể được khen thưởng gồm: A, B, C": the recipients of an earlier (or named) conferral
            named = FORM_RE.search(back.groupdict().get("mid") or "")
            target = (_form_text(named), None, None) if named else pending
            if target:
                sm = _sentence_period(s)
                conferrer = target[1]
                if named:
                    ct = _CONFERRER_TAIL.match(back.group("mid")[named.end():])
                    conferrer = _trim_conferrer(ct.group("x")) if ct else (pending[1] if pending else doc_conferrer)
                period = sm or target[2] or inherited(target[0])
                found = _recipients_from_list(_distribute_types(back.group("list")))
                for name, kind in found:
                    add(target[0], name, kind, conferrer, period, sent)
                if found:
                    continue
        head = _ITEM_LEAD.match(s)
        if mentions and mentions[0].start() == head.end() and not _CONFERRAL.search(s) and k and (
                header_list_at == k - 1 or _CONFERRAL.search(sentences[k - 1].text) and not _NOT_MADE.search(sentences[k - 1].text)):
            # "… tặng các hình thức khen thưởng sau: | - Huân chương Lao động hạng Ba: A, B. | - Bằng khen của X: C."
            mm = mentions[0]
            tail = s[mm.end():mentions[1].start() if len(mentions) > 1 else len(s)]
            ct = _CONFERRER_TAIL.match(tail) or _BARE_CONFERRER.match(tail)
            colon = re.match(r"\s*(?:\([^)]*\))?\s*:\s*", tail[ct.end():] if ct else tail)
            if colon:
                form = _form_text(mm)
                lst = (tail[ct.end():] if ct else tail)[colon.end():]
                own = _sentence_period(s)
                for name, kind in _recipients_from_list(_distribute_types(lst)):
                    add(form, name, kind, _trim_conferrer(ct.group("x")) if ct else doc_conferrer,
                        own or inherited(form), sent)
                header_list_at = k
                continue
        if not mentions or not _CONFERRAL.search(s):
            continue
        sent_conferrer = None
        am = _ON_BEHALF.search(s)
        sent_conferrer = _authorised(s) or (am.group("x").strip() if am else None)
        if sent_conferrer == "Đảng, Nhà nước" and re.search(r"(?<!\w)Đảng và Nhà nước(?!\w)", text):
            sent_conferrer = "Đảng và Nhà nước"  # the same authority written twice differently: the fuller form
        dm = _SECTOR_DECIDER.search(s) or _DECIDER.search(s) or _DECISION_OF.search(s)  # "X đã ký quyết định tặng …" here
        sent_decider = _decider(dm.group("x")) if dm else None
        # "(1997–2012)" after an anniversary or a term: a bracketed bare span is not an achievement period
        period = _sentence_period(s, mentions)
        last_conferrer = None  # "X tặng A cho B; tặng C cho D": X confers both
        proposal = False  # "thống nhất trình X khen thưởng A cho B; B cho C": the whole list is proposed
        per_mention: list[tuple[str, list, str | None, bool, bool, str | None]] = []
        mention_ends: list[int] = []  # where each of them ends in the sentence
        for i, mm in enumerate(mentions):
            if inside(quoted_spans(s), mm.start(), mm.end()) and not (mm.group("named") or mm.group("title")):
                continue
            before_all = s[:mm.start()]
            # the clause begins after ";" or a full stop, not after the dot of "TP. Tuy Hòa"
            stops = [d.start() for d in re.finditer(r"\. ", before_all) if not _NO_BREAK.search(before_all[max(0, d.start() - 4):d.start() + 1])]
            clause_start = max(before_all.rfind(";"), stops[-1] if stops else -1)
            prev_end = mentions[i - 1].end() if i else 0
            clause = s[max(clause_start + 1, prev_end):mm.start()]
            if _NOT_MADE.search(clause) or _NOT_MADE.search(s[:mm.start()][-60:]):
                proposal = True
                continue
            if proposal and (not _CONFERRAL.search(clause) or ";" not in clause and re.search(
                    r"\svà\s+(?:[^;,.]{0,40}?\s)?(?:tặng|trao tặng|tặng thưởng)\s*$", clause)):
                continue  # "đề nghị A tặng FORM cho B và C tặng FORM cho D": both conjuncts are proposed
            form = _form_text(mm)
            seg_end = mentions[i + 1].start() if i + 1 < len(mentions) else len(s)
            tail = s[mm.end():seg_end]
            conferrer = None
            ct = _CONFERRER_TAIL.match(tail) or _BARE_CONFERRER.match(tail)
            rest_start = 0
            if ct:
                conferrer = _trim_conferrer(ct.group("x"))
                rest_start = ct.end()
            rest = tail[rest_start:]
            if ct:  # "đón nhận FORM của X trao tặng (và …)": X gave it; no recipient follows the verb
                rest = re.sub(r"^\s*(?:trao tặng|tặng thưởng|tặng|trao)(?=\s*(?:[.;:)]|$|và\s))", "", rest)
            decision = _BY_DECISION.match(rest)  # "NNƯT theo Quyết định số 55/QĐ-CTN của Chủ tịch nước, gồm: …"
            if decision:
                if not conferrer and decision.group("x"):
                    conferrer = _decider(decision.group("x"))
                rest = rest[decision.end():]
            by = _BY_AUTHORITY.match(rest)
            if by and not conferrer:
                conferrer = _decider(by.group("x"))  # "… hạng Ba do Chủ tịch nước trao tặng"
            rest = re.sub(r"^\s*[“\"][^”\"]*[”\"]", "", rest)  # the movement name after a flag
            recipients: list[tuple[str, str]] = []
            host = False  # recipients taken from "X tổ chức lễ đón nhận FORM": the host, unless named otherwise
            # ("FORM … là R1, R2"; not "…, xã B là địa phương …": another clause's subject)
            # "Tặng FORM đối với A": the recipient right after the form (not "… vì đóng góp đối với ngành")
            cm = re.match(r"^\s*(?:năm\s+\d{4}\s+)?đối với(?:\s*:)?\s+(?=[A-ZĐÀ-Ỹ0-9]|các|\d)", rest) or re.match(r"^[^;]*?(?:\s|^)(?:cho|(?:tới|đến)(?!\s+(?:hết\s+)?(?:năm\s+|ngày\s+)?\d|\s+nay(?!\w)))(?:\s*:)?\s+|^[^;,]*?(?:\s|^)là(?:\s*:)?\s+", rest) or (
                re.match(r"^\s*(?:tặng|trao tặng|trao)\s+(?=[^;]{0,12}[A-ZĐÀ-Ỹ])", rest) if ct else None) or (
                re.match(r"^\s*tặng\s+", rest) if re.search(r"(?<!\w)trao\s*$", clause) else None)  # "trao FORM tặng R"
            # "5 tập thể được X tặng Bằng khen: 1.A; 2.B", "FORM của X gồm: A, B và C": the list follows the form
            colon = _LIST_AFTER_FORM.match(rest)
            if colon:
                lst = re.split(r"(?<!\w)(?:tặng|trao tặng|trao)\s", rest[colon.end():])[0]
                lst = re.sub(r"\n\s*(?:[-–+•]|\d{1,2}\s*[.)])?\s*$", "", lst)  # the next item's bullet, before its form
                recipients = _recipients_from_list(lst)
                pre = re.search(r"được\s+(?P<x>.+?)\s+(?:tặng thưởng|truy tặng|phong tặng|tặng|trao tặng|trao)\s*$", clause)
                if pre and not conferrer:
                    conferrer = _trim_conferrer(pre.group("x"))
            # "FORM năm 2020 cho R": a period between the form and its recipients
            elif cm and (not re.match(r"^\s*(?:năm|giai đoạn)", rest) or re.match(rf"^\s*{_PERIOD.pattern}\s+(?:cho|tới|đến)\s", rest)):
                lst = rest[cm.end():]
                parts = re.split(r"(?<!\w)(?:tặng|trao tặng|trao)\s", lst, maxsplit=1)
                lst = parts[0]
                if len(parts) > 1 and ";" in lst:
                    lst = lst[:lst.rfind(";")]  # "cho A; UBND tỉnh tặng …": the next clause's subject is no recipient
                elif len(parts) > 1 and re.search(r"\svà\s+[^,;]{2,40}$", lst):
                    lst = lst[:re.search(r"\svà\s+[^,;]{2,40}$", lst).start()]  # "cho A và Giám đốc Sở tặng …": likewise
                recipients = _recipients_from_list(_distribute_types(lst))  # "cho UBND các huyện A và B": one each
            elif _CEREMONY.search(clause) and not _VERB_THEN_RECIPIENT.search(clause):
                # "dự Lễ (kỷ niệm … và) đón nhận FORM của X": X owns the ceremony and receives; those attending do not;
                # "… FORM của Chủ tịch nước": the authority, and the owner is named in the ceremony's title if at all
                owned = ct and not _confers(ct.group("x"), form)
                founded = re.search(r"(?:thành lập|truyền thống)\s+(?:của\s+)?(?P<x>[A-ZĐÀ-Ỹ][^;,]*?)\s+(?:và\s+)?đón nhận\s*$", clause)
                owner = _recipient(_cut_reason(ct.group("x") if owned else founded.group("x") if founded else ""))
                recipients = [owner] if owner and owner[1] == "collective" else []
                named_in = re.search(r"(?:[Ll]ễ|Đại hội|Hội nghị)\s+(?P<x>[^;]*?)\s+(?:và\s+)?đón nhận\s*$", clause)
                if not recipients and not owned and named_in:  # "dự Đại hội thi đua yêu nước Tập đoàn X và đón nhận …"
                    recipients = [r for r in _subject_recipients(named_in.group("x")) if r[1] == "collective"]
                if owned:
                    conferrer = None
            elif re.search(r"(?:được(?:\s+công nhận)?|(?<!công )nhận|đón nhận)\s*(?:(?:[^,;]|,(?=\s*Nhà nước))"  # "được Đảng, Nhà nước tặng"
                           r"{0,40}(?:tặng thưởng|truy tặng|tặng|trao))?\s*$", clause):
                # "GS.TS A - Giám đốc Sở X được …", "…; các đồng chí B - T1, T2; C - T và đồng chí D - T được …":
                # titled persons listed with ";" before the verb, back to the previous form
                recipients = _titled_people(_verb_head(s[prev_end:mm.start()])) or _subject_recipients(clause)
                if _UNNAMED_SUBJECT.search(clause):
                    recipients = []  # "A tặng hoa chúc mừng các cá nhân vinh dự được tặng …": no one named
                host = bool(re.search(r"(?<!\w)tổ chức(?!\w)", clause))
                pre = re.search(r"được\s+(?P<x>.+?)\s+(?:tặng thưởng|truy tặng|tặng|trao tặng|trao)\s*$", clause)
                if pre and not conferrer:
                    conferrer = _trim_conferrer(pre.group("x"))
            else:
                vm = re.search(r"(?P<x>(?:[A-ZĐÀ-Ỹ][\wÀ-ỹđĐ]*)(?:\s+[\wÀ-ỹđĐ-]+){0,6}?)\s+(?:đã\s+|vừa\s+)?(?:tặng|trao tặng|trao|tặng thưởng)\s*$", clause)
                if vm and not conferrer and not sent_conferrer and lexicon.title_head_re().match(vm.group("x")) \
                        and not (presenting and re.search(r"trao(?: tặng)?\s*$", vm.group(0))):
                    conferrer = _trim_conferrer(vm.group("x"))
                # "Chủ tịch nước tặng Trường THPT A Huân chương …": the recipient sits between verb and form
                between = re.search(r"(?<!\w)(?:tặng thưởng|truy tặng|trao tặng|tặng|trao)\s+(?P<r>(?:[A-ZĐÀ-Ỹ]|lực lượng\s+[A-ZĐ]"
                                    r"|(?:nhân dân|quân và dân|cán bộ)(?:\s*(?:,|và)\s*[a-zà-ỹđN]+(?:\s+[a-zà-ỹđ]+)?)*\s+(?:xã|huyện|tỉnh|thị xã|thành phố|phường|thị trấn|quận)\s)"
                                    r"[^,;:]{2,120}?)\s*$", clause)  # "tặng thưởng lực lượng Công an nhân dân FORM"
                if between and not vm:
                    recipients = _recipients_from_list(re.sub(r"\s+danh hiệu$", "", between.group("r")))  # "… A danh hiệu Huân chương"
                    if recipients and not conferrer and not sent_conferrer:
                        before_verb = clause[:between.start()]
                        who = re.search(r"(?<![\w/-])(?<!Phó )(?<!Chủ tịch )(?P<x>(?:Đảng(?:,|\s+và)\s+Nhà nước|Chủ tịch|Thủ tướng|Bộ trưởng|Giám đốc|Bộ|UBND|Ủy ban"
                                        r"|Chính phủ|Nhà nước)[^,;.]{0,40}?)\s*(?:đã\s+|vừa\s+)?$", before_verb)
                        if who:
                            conferrer = _decider(who.group("x"))
            fronted = _FRONTED_SUBJECT.match(rest) if re.match(r"\s*(?:[Vv]inh dự\s+)?[Đđ]ược\s", clause) else None
            if not recipients and fronted:
                # "Được Chủ tịch nước tặng FORM, Hội A tổ chức lễ đón nhận": the subject after the comma received it
                recipients = _subject_recipients(fronted.group("subj") + " nhận")
            if not conferrer and not sent_conferrer:  # "thay mặt …, X trao": X only presents
                vm = re.search(r"(?<![\w/-])(?<!Phó )(?<!Chủ tịch )(?P<x>(?:Đảng(?:,|\s+và)\s+Nhà nước|Chủ tịch|Thủ tướng|Bộ trưởng|Giám đốc|Bộ|UBND|Ủy ban|Chính phủ"
                               r"|Nhà nước)[^,;.]{0,40}?)\s+(?:đã\s+|vừa\s+)?(?:tặng|trao tặng|tặng thưởng)\s*$", clause)
                if vm and not re.search(r"(?:ký|ban hành)\s+[Qq]uyết định|(?<!\w)(?:được|tổ chức|lễ)(?!\w)", vm.group("x")) \
                        and not (presenting and re.search(r"trao(?: tặng)?\s*$", vm.group(0))):
                    conferrer = _decider(vm.group("x"))
            if not conferrer and not sent_conferrer:
                # "Cùng dịp, Liên đoàn Lao động tỉnh tặng Bằng khen …": the organisation right before "tặng" gives it
                om = re.search(rf"(?:^|[,;:]\s*)(?P<x>(?:{_HEAD_RE.pattern})[^,;.]{{0,50}}?)\s+(?:đã\s+|vừa\s+)?"
                               r"(?:tặng|tặng thưởng|trao tặng)\s*$", clause)
                if om and not re.search(r"(?<!\w)(?:được|ký|ban hành|và|tổ chức|lễ)(?!\w)", om.group("x")) \
                        and not (presenting and re.search(r"trao tặng\s*$", om.group(0))) \
                        and not re.search(r"[Tt]hay mặt|(?:ủy|uỷ) quyền", clause):  # "Thay mặt …, X trao tặng": a presenter
                    conferrer = _trim_conferrer(om.group("x"))
            # "Cờ thi đua, Bằng khen …", "Bằng khen năm 2020 và Cờ thi đua …"
            joined = bool(re.fullmatch(rf"\s*(?:\(?\s*{_PERIOD.pattern}\s*\)?\s*|\(\s*(?:năm\s+)?\d{{4}}\s*\)\s*)?(?:,|và)\s*",
                                       clause)) and i > 0  # "… hạng Nhất (2010), Huân chương …": the year it was given
            if not conferrer and re.search(r"(?<!\w)cũng\s+(?:(?:được|vinh dự|đã)\s+)*(?:được|nhận)(?!\w)", clause) \
                    and last_made[0]:
                conferrer = last_made[0]  # "B cũng được tặng …": also, so by the same authority as the last conferral
            if conferrer:
                last_conferrer = conferrer
            elif (joined or re.match(r"^\s*(?:;|,)?\s*(?:và\s+)?(?:tặng|trao)", clause) or not clause.strip() and re.search(r";\s*$", s[:mm.start()])
                  or re.search(r"(?<!\w)được\s+(?:trao tặng|tặng thưởng|tặng|trao)\s*$", clause)) and last_conferrer:
                conferrer = last_conferrer  # "A cũng được X tặng …, B được tặng …": one authority for the sentence
            # "A đón nhận FORM1 của X trao tặng và đón nhận FORM2 của Y": A receives again
            again = i > 0 and re.fullmatch(r"\s*(?:của\s+[^,;.]{1,60}?\s*)?(?:(?:trao tặng|tặng thưởng|tặng|trao)\s*)?(?:,|và|,\s*và)\s*"
                                           r"(?:(?:đã|cũng|vinh dự)\s+)*(?:đón nhận|nhận)\s*", clause)
            if (joined or again) and not recipients and per_mention and per_mention[-1][1]:
                recipients = per_mention[-1][1]  # "X nhận Cờ thi đua, Bằng khen": the same subject
            # "Thừa ủy quyền của Chủ tịch nước, A trao danh hiệu Anh hùng …" does not reach "B được trao huân chương
            # Chiến công" in another sentence: the delegated authority covers the awards its own sentence names
            delegated = doc_conferrer if not doc_conferrer_forms or _family(form) in doc_conferrer_forms else None
            conferrer = conferrer or sent_conferrer or sent_decider or delegated
            shares_next = not recipients and i + 1 < len(mentions) and re.fullmatch(r"\s*(?:,|và)\s*", rest)
            own = re.match(rf"^\s*\(?\s*{_PERIOD.pattern}", rest)  # "Bằng khen năm 2020 và Cờ thi đua năm 2022"
            if own and re.fullmatch(r"năm\s+\d{4}", own.group(1)) and _ORDER_LIKE.match(form):
                own = None  # "được tặng Huân chương Hồ Chí Minh năm 2015": the year it was given, not what it rewards
            mention_ends.append(mm.end())
            per_mention.append((form, recipients, conferrer, shares_next, host,
                                own.group(1) if own else period or inherited(form)))
        # "Cờ thi đua và Bằng khen cho X": a form joined to the next one shares its recipients
        for j in range(len(per_mention) - 2, -1, -1):
            form, recipients, conferrer, shares_next, host, when = per_mention[j]
            if shares_next:
                per_mention[j] = (form, per_mention[j + 1][1], conferrer or per_mention[j + 1][2], False, host, when)
        for (form, recipients, conferrer, _shares, host, when), end in zip(per_mention, mention_ends):
            for name, kind in recipients:
                add(form, name, kind, conferrer, when, sent, host)
            if not recipients:
                pending, pending_at = (form, conferrer, when), k
                in_which(k, sent, end)
    # "Huyện ủy, UBND huyện X tổ chức lễ đón nhận FORM … trao FORM cho Đảng bộ và nhân dân huyện X":
    # the host is not a recipient when the passage names who received that award
    named = [a for k, a in enumerate(awards) if k not in hosted and a.recipient_kind == "collective"]

    def named_instead(host: Award) -> bool:
        place = " ".join(fold(host.recipient).lower().split()[-2:])  # "… huyện Thăng Bình": the place both name
        return any(_same_form(fold(host.form).lower(), fold(b.form).lower()) and f" {place}" in f" {fold(b.recipient).lower()}"
                   for b in named)
    return [a for k, a in enumerate(awards) if k not in hosted or not named_instead(a)]


_KINDS = r"(?:(?:các\s+)?(?:tập thể|cá nhân|đơn vị)\s+)"
_IN_WHICH = re.compile(rf"(?:^|[;,.:]\s*)(?:[Tt]rong đó|[Tt]rong số này)\s*,?\s*{_KINDS}?(?:có|gồm|là)\s*:?\s+(?P<list>[^;]+)")
# "…; cá nhân gồm: A, B": the next kind of recipient in the same "Trong đó" list
_NEXT_KIND = re.compile(rf";\s*{_KINDS}(?:có|gồm|là)\s*:?\s+(?P<list>[^;]+)")


# "Các tập thể được khen thưởng gồm: …", "Trong số các đơn vị được công nhận có …",
# "Những cá nhân được tặng Bằng khen là …": a list naming recipients of a conferral
_LIST_BACKREF = re.compile(
    r"(?:(?:^|(?<=[\s,:]))(?:[Tt]rong số\s+)?(?:[Cc]ác|[Nn]hững|[Dd]anh sách(?:\s+các)?|(?P<count>\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy"
    r"|[Tt]ám|[Cc]hín|[Mm]ười))\s+(?:tập thể|đơn vị|cá nhân|địa phương|cơ quan|đồng chí|(?:[Bb]à\s+)?[Mm]ẹ)"
    r"|^\s*(?:Tập thể|Cá nhân|Đơn vị)(?=\s+(?:(?:đã|vinh dự|vừa)\s+)*(?:được|nhận)\s))"  # "Tập thể được tặng … là: …"
    r"(?:\s*(?:,|và)\s*(?:tập thể|đơn vị|cá nhân))?(?P<this>\s+(?:này|trên|nói trên|kể trên))?"
    r"(?:\s+(?:(?:đã|vinh dự|vừa)\s+)*(?P<mid>(?:được|nhận|đón nhận)(?:\s+[^:;.]{0,90}?)?)(?:\s*(?:gồm có|bao gồm|gồm|là|có|như)\s*:?|\s*:)"
    r"|\s*(?:gồm có|bao gồm|gồm|là)\s*:?|\s*:)\s+(?P<list>[^;]+(?:;[^;]+)*)")
# "Đó là (các đơn vị):", "Cụ thể:" after a counted conferral: its recipients
_LIST_THAT = re.compile(r"(?:^|(?<=[.;:]\s))(?:[Đđ]ó là(?:\s+(?:các|những)\s+(?:tập thể|đơn vị|cá nhân|địa phương|cơ quan|đồng chí)"
                        r"(?:\s*(?:,|và)\s*(?:tập thể|đơn vị|cá nhân))?)?\s*:?|[Cc]ụ thể(?:\s+(?:gồm|là))?\s*:)\s+"
                        r"(?P<list>[A-ZĐÀ-Ỹ][^;]*(?:;[^;]+)*)")

_TYPE_WORDS = r"(?:tỉnh|huyện|thị xã|quận|xã|phường|thị trấn|thành phố)"


def _distribute_types(seg: str) -> str:
    """"UBND các huyện A, B và C" -> "UBND huyện A; UBND huyện B; UBND huyện C" (the head and type word are shared)."""
    name = rf"{CAP_WORD}(?!\w)(?:[ \t]+{CAP_WORD}(?!\w))*"

    def expand(m: re.Match) -> str:
        head = m.group("h") or ""
        names = re.findall(name, m.group("n"))
        return "; ".join(f"{head}{m.group('t')} {n}" for n in names) + ";"

    # the shared head: an organisation ("UBND các huyện …") or an official collective ("nhân dân và cán bộ các xã …")
    collective = r"(?:(?:Đảng bộ|[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|[Qq]uân và dân|[Ll]ực lượng vũ trang)(?:\s*,\s*|\s+và\s+|\s+))+"
    return re.sub(rf"(?P<h>{collective}|(?:{_HEAD_RE.pattern})[^,;]*?\s+)?các\s+(?P<t>{_TYPE_WORDS})\s*:?\s+"
                  rf"(?P<n>{name}(?:\s*,\s*{name})*(?:\s+và\s+{name})?)", expand, seg)


# "(tham) dự Lễ kỷ niệm … và đón nhận FORM": a ceremony someone attends, named after what its owner receives
_CEREMONY = re.compile(r"(?:(?<!\w)(?:dự|tham dự|tới dự|đến dự|chứng kiến|chủ trì|phát biểu tại|[Tt]ại)|^\s*(?:[Tt]ham dự|[Dd]ự))"
                       r"\s+(?:buổi\s+)?(?:[Ll]ễ|Đại hội|Hội nghị)(?:\s+[^;,]{0,150}?)?\s+(?:và\s+)?đón nhận\s*$")
# who may confer an order or a State title; a flag or a certificate also comes from a ministry, a province or a body
_STATE_AUTHORITY = re.compile(r"(?:Chủ tịch nước|Chủ tịch Nước|Nhà nước|Đảng|Chính phủ|Thủ tướng|Quốc hội)(?!\w)")
_AUTHORITY = re.compile(r"(?:Chủ tịch|Thủ tướng|Chính phủ|Nhà nước|Đảng|Bộ(?! đội)|Bộ trưởng|UBND|Ủy ban|Uỷ ban|Tổng Liên đoàn|Trung ương"
                        r"|Ban Chấp hành|Ban Thường vụ|Tỉnh ủy|Thành ủy|Huyện ủy|Tỉnh uỷ|Thành uỷ|Huyện uỷ|Giám đốc|Tổng cục"
                        r"|Quân ủy|Hội đồng|Ban Bí thư|Tổng Giám đốc|Bộ Tư lệnh|Quân khu|Cục trưởng|Tư lệnh|Hội)(?!\w)")


def _confers(x: str, form: str) -> bool:
    """Is the X of "FORM của X" the authority that gives it? An order only from the State ("Huân chương … của Công ty A":
    the company's own order)."""
    if re.match(r"(?:Huân chương|Huy chương|[Dd]anh hiệu|Anh hùng)", form):
        return bool(_STATE_AUTHORITY.match(x))
    return bool(_AUTHORITY.match(x))


# a decision written out: the signing office in capitals on a line of its own, before "QUYẾT ĐỊNH:"
_OFFICE_LINE = re.compile(r"^[ \t]*(?P<x>(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|TƯ LỆNH|CHÁNH ÁN"
                          r"|VIỆN TRƯỞNG|TRƯỞNG BAN|CHÍNH PHỦ)(?:[ \t]+[A-ZĐÀ-Ỹ\-]+)*)[ \t]*$", re.M)
_DECIDES = re.compile(r"^[ \t]*QUYẾT ĐỊNH[ \t]*:[ \t]*$", re.M)


def _signing_office(text: str) -> str | None:
    """"THỦ TƯỚNG CHÍNH PHỦ … QUYẾT ĐỊNH: Điều 1. Phong tặng …": the office that signs, as written."""
    decides = _DECIDES.search(text)
    if not decides:
        return None
    office = None
    for office in _OFFICE_LINE.finditer(text, 0, decides.start()):
        pass
    if office is None or office.group("x").upper() != office.group("x"):
        return None
    # "CHỦ TỊCH ỦY BAN NHÂN DÂN" + "TỈNH HÀ TĨNH" on the next line: one office
    place = re.match(r"[ \t]*\n[ \t]*((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)(?:[ \t]+[A-ZĐÀ-Ỹ\-]+)+)[ \t]*$", text[office.end():decides.start()], re.M)
    return clean_spaces(office.group("x") + (" " + place.group(1) if place and place.group(1).isupper() else ""))


def _family(form: str) -> str:
    """"Huân chương Lao động hạng Nhì" and "Huân chương Lao động các hạng" -> "huan chuong lao": one kind of award."""
    words = re.sub(r"^danh hieu\s+(?:vinh du nha nuoc\s+)?", "", fold(form).lower()).split()
    return " ".join(words[:3])


def _same_form(a: str, b: str) -> bool:
    """Folded forms of one award: equal, or one the other with its class or grade left out."""
    # "danh hieu anh hung lao dong" (written with its prefix) is "anh hung lao dong"; "ba me vnah" is written out
    a, b = (re.sub(r"(?<!\w)(?:bmvnah|vnah)(?!\w)", lambda m: "ba me viet nam anh hung" if m.group(0) == "bmvnah"
                   else "viet nam anh hung", re.sub(r"^danh hieu\s+(?:vinh du nha nuoc\s+)?", "", x.lower())) for x in (a, b))
    short, long_ = sorted((a, b), key=len)
    if short == "huan chuong" and long_.startswith("huan chuong "):
        return True  # "trao Huân chương cho A" after "Huân chương Lao động hạng Ba … A": the order written bare
    return short == long_ or long_.startswith(short + " ") and re.fullmatch(r"(?:hang|loai)\s+\S+|xuat sac", long_[len(short) + 1:]) is not None


def _is_conferrer(recipient: str, conferrer: str) -> bool:
    """Is the recipient the conferring body itself ("UBND tỉnh" for "Chủ tịch UBND tỉnh")?"""
    r, c = fold(recipient).lower(), fold(conferrer).lower()
    return r == c or (len(r.split()) >= 2 and f" {r} " in f" {c} ")


def _same_recipient(a: str, b: str) -> bool:
    """Folded recipients naming the same unit: one contains the other as whole words (≥ 2 words)."""
    def core(x: str) -> str:
        x = re.sub(r"(?<!\w)cp(?!\w)", "co phan", re.sub(r"(?<!\w)tnhh(?!\w)", "trach nhiem huu han", x))
        return re.sub(r"^(?:huyen|xa|tinh|thanh pho|thi xa|thi tran|phuong|quan) ", "", x)
    x, y = core(a), core(b)
    short, long_ = sorted((x, y), key=len)
    if len(short.split()) >= 2 and f" {short} " in f" {long_} ":
        return True
    # "hop tac xa tan phong" / "hop tac xa dich vu nong nghiep tan phong": words left out of one name
    a, b = short.split(), long_.split()
    it = iter(b)
    return len(a) >= 3 and a[0] == b[0] and a[-1] == b[-1] and all(w in it for w in a)


def _decider(x: str) -> str | None:
    """"Chủ tịch UBND tỉnh Phạm Văn Hùng" (who signed the decision) -> "Chủ tịch UBND tỉnh"."""
    head = lexicon.title_head_re().search(x) or ORG_HEAD_RE.search(x)
    if head:
        x = x[head.start():]
    for run in NAME_RUN.finditer(x):
        span = pick_name(run.group(0), False)
        if span and run.start() + span[1] == len(x.rstrip()):
            x = x[:run.start() + span[0]]
            break
    return _trim_conferrer(x)


def _trim_conferrer(x: str | None) -> str | None:
    if not x:
        return None
    x = clean_spaces(x).strip(" ,.;")
    if re.fullmatch(r"(?:trao|truy|phong|tặng|trao tặng)", x):
        return None  # "được trao tặng": no authority named
    x = re.sub(r"^(?:Cụ thể|Theo đó|Đồng thời|Dịp này|Tại buổi lễ|Tại lễ)\s*,?\s*", "", x)
    x = re.split(r"\s+(?:vừa|đã|ký|ban hành|quyết định|truy|phong)(?:\s|$)", x)[0]
    x = re.sub(r"\s+(?:đợt|lần|năm|dịp)\s+(?:này|nay)$", "", x)  # "… của Thủ tướng Chính phủ đợt này"
    # "Thủ tướng Chính phủ Phạm Minh Chính", "Chủ tịch nước Nguyễn Văn A": the office confers, not its holder
    holder = _HOLDER_NAME.search(x)
    if holder and lexicon.title_head_re().match(x):
        span = pick_name(holder.group("n"), False)
        if span and span[1] == len(holder.group("n")):
            x = x[:holder.start("n") + span[0]].rstrip(" ,-–")
    return x or None


# a person's full name written after an office ("… Chính phủ Phạm Minh Chính", "… tỉnh Lê Văn A")
_HOLDER_NAME = re.compile(rf"(?<=\s)(?P<n>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,4}})$")

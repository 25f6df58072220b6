"""Award forms: the pattern that finds them (FORM_RE), abbreviations and grades, the form as written, and\nthe taxonomy fields (`normalise`); whether two written forms are one award."""

from __future__ import annotations

import re

from thidua.models import Award
from thidua.textnorm import fold

from .. import lexicon
from ..orgnames import ADMIN_TYPES, ORG_HEAD_RE
from ..textutil import CAP_WORD, NUMBER_WORDS, UP, clean_spaces


# State and emulation titles and orders written abbreviated ("danh hiệu NSƯT", "CSTĐ toàn quốc", "HCLĐ hạng Ba"): the
# form as written, the taxonomy fields from the expansion (see normalise)
_ABBREVIATIONS = {"NNND": "nghệ nhân nhân dân", "NGND": "nhà giáo nhân dân", "NNƯT": "nghệ nhân ưu tú", "NGƯT": "nhà giáo ưu tú",
                  "NSND": "nghệ sĩ nhân dân", "NSƯT": "nghệ sĩ ưu tú", "TTND": "thầy thuốc nhân dân", "TTƯT": "thầy thuốc ưu tú",
                  "CSTĐ": "chiến sĩ thi đua", "AHLĐ": "anh hùng lao động", "AHLLVTND": "anh hùng lực lượng vũ trang nhân dân",
                  "BMVNAH": "bà mẹ việt nam anh hùng", "VNAH": "việt nam anh hùng", "HCLĐ": "huân chương lao động",
                  "HCBVTQ": "huân chương bảo vệ tổ quốc", "HCCC": "huân chương chiến công"}
_TITLE_ABBREV = "NNND|NGND|NNƯT|NGƯT|NSND|NSƯT|TTND|TTƯT|CSTĐ|AHLĐ|AHLLVTND|BMVNAH"
GRADE = r"(?:[Hh]ạng\s+(?:Nhất|Nhì|Ba|nhất|nhì|ba|I{1,3}|[123])(?!\w))"
_ORDER_NAMES = "|".join(re.escape(n) for n in lexicon.order_names())
# "Huân chương Tự do hạng Nhì": an order the lexicon does not know, named by a capitalised word and what follows it
# up to its grade (lowercase words included, not a function word that would join two phrases)
_GRADED_NAME = rf"{CAP_WORD}(?:[ \t]+(?!(?:cho|của|và|tặng|trao|năm|các)[ \t])[\wÀ-ỹđĐ]+){{0,3}}?(?=[ \t]+{GRADE})"
FORM_RE = re.compile(
    rf"(?<!\w)(?:"
    rf"(?P<order>(?:[Hh]uân|[Hh]uy) chương[ \t]+(?![Vv]àng|[Bb]ạc|[Đđ]ồng)(?:{_GRADED_NAME}|(?i:{_ORDER_NAMES})|{CAP_WORD}(?:[ \t]+{CAP_WORD})*)(?:[ \t]+{GRADE})?)"
    rf"|(?P<bare>[Hh]uân chương(?=[ \t]+(?:cho|tới|đến)[ \t]))"  # "tặng thưởng Huân chương cho …": written without its name
    rf"|(?P<cert>[Bb]ằng khen|[Gg]iấy khen|[Kk]ỷ niệm chương(?:\s*[“\"][^”\"]{{2,80}}[”\"])?|[Hh]uy hiệu [Tt]uổi trẻ dũng cảm)"
    rf"|(?P<flag>[Cc]ờ(?:\s+[Tt]hi đua(?:\s+xuất sắc)?|\s+(?:xuất sắc\s+)?(?:đơn vị\s+)?dẫn đầu[^,;.:“”\"()]{{0,60}}?(?=\s+(?:của|cho|do|năm)\s|\s*[“\",;.(]|$)|\s+[Đđ]ơn vị[^,;.:“”\"()]{{0,60}}?(?=\s+(?:của|cho|do|năm)\s|\s*[“\",;.(]|$)))"
    rf"|(?P<title>(?P<mother>[Dd]anh hiệu vinh dự [Nn]hà nước(?=[ \t]+cho[ \t]+(?:(?:\d+|các|những)[ \t]+)?(?P<mother_title>(?:[Bb]à[ \t]+)?[Mm]ẹ[ \t]+(?:Việt Nam[ \t]+[Aa]nh hùng|VNAH))(?!\w)))|(?:[Dd]anh hiệu(?:\s+vinh dự [Nn]hà nước)?\s+)?(?:[Tt]ập thể [Ll]ao động (?:xuất sắc|tiên tiến)|[Cc]hiến s[ĩỹ] thi đua(?:\s+(?:toàn quốc|cơ sở|cấp\s+\w+))?|[Aa]nh hùng (?:[Ll]ao [Đđ]ộng|[Ll]ực lượng [Vv]ũ trang [Nn]hân dân|LLVT(?:ND)?(?!\w))(?:\s+(?:trong\s+)?thời kỳ đổi mới)?|[Ll]ao động tiên tiến|[Đđ]ơn vị quyết thắng|(?<=[Hh]iệu )(?:[Cc]hiến s[ĩỹ]|[Đđ]ơn vị) tiên tiến|(?:Chiến s[ĩỹ]|Đơn vị) [Tt]iên tiến|(?:[Nn]hà giáo|[Tt]hầy thuốc|[Nn]ghệ sĩ|[Nn]ghệ nhân) (?:[Nn]hân dân|[Ưư]u tú)|[Bb]à [Mm]ẹ (?:Việt Nam [Aa]nh hùng|VNAH)(?!\w)|(?:{_TITLE_ABBREV})(?!\w)(?:\s+(?:toàn quốc|cơ sở|cấp\s+\w+))?))"
    rf"|(?P<abbr_order>HCLĐ|HCBVTQ|HCCC)(?!\w)(?:[ \t]+{GRADE})?"
    # prizes of the State and of mass organisations that honour as awards do; a prize named after a person
    # ("Giải thưởng Nguyễn Đức Cảnh" of the unions) — not a contest's prize ("giải Nhất", "giải thưởng cao quý")
    rf"|(?P<prize>[Gg]iải thưởng[ \t]+(?:Hồ Chí Minh|[Nn]hà nước|[Pp]hụ nữ Việt Nam|(?:{lexicon.surname_alternation()})(?:[ \t]+{CAP_WORD}){{1,2}}))(?!\w)"
    rf"|(?P<named>(?P<named_head>[Dd]anh hiệu(?:\s+vinh dự [Nn]hà nước)?|[Cc]ờ|[Hh]uy hiệu)\s*(?:[“\"](?P<named_body>[^”\"]{{2,80}})[”\"]|‘(?P<named_single>[^’]{{2,80}})’))"
    rf")"
)
CONFERRAL = re.compile(r"(?<!\w)(tặng|trao|nhận|đón nhận|truy tặng|tặng thưởng|công nhận|trao tặng|được tặng|khen thưởng)(?!\w)", re.I)
# a proposal, vote or registration: not a conferral made; "Theo/Xét đề nghị của X, Y tặng …" names whose proposal a
# decision followed, and the decision is made
NOT_MADE = re.compile(r"(?<!\w)((?:đề nghị|đề xuất|(?<!công )(?<!chương )(?<!quá )trình)(?!\s+của)|xét duyệt|(?<!được )xét tặng|biểu quyết"
                      r"|đăng ký|hiệp thương|bỏ phiếu|dự kiến|phấn đấu)(?!\w)", re.I)
# a notice putting proposed commendations before the public ("… để lấy ý kiến nhân dân về việc xét tặng …"):
# every form it lists is still a proposal
_PUBLIC_CONSULTATION = re.compile(r"(?<!\w)lấy ý kiến(?:[ \t]+(?:của|rộng rãi(?:[ \t]+của)?))?[ \t]+(?:[Nn]hân dân|công chúng)(?!\w)")


def consults_the_public(text: str) -> bool:
    """Does the passage ask the public's opinion on commendations proposed (so none of them is made yet)?"""
    return bool(_PUBLIC_CONSULTATION.search(text)) and bool(re.search(r"(?<!\w)(?:đề nghị|xét tặng|trình)(?!\w)", text))


# honours only a person can hold: the honorary titles of teachers, doctors, artists and artisans, an emulation
# fighter, a heroic mother ("tỉnh X có 3 nhà giáo được phong tặng danh hiệu Nhà giáo Ưu tú": the province holds none)
_PERSONAL_TITLE = re.compile(r"(?i)(?:nhà giáo|thầy thuốc|nghệ sĩ|nghệ nhân)\s+(?:nhân dân|ưu tú)"
                             r"|(?<!\w)(?:NGƯT|NGND|TTƯT|TTND|NSƯT|NSND|NNƯT|NNND)(?!\w)|chiến s[ĩỹ] thi đua|mẹ việt nam anh hùng")


def personal_title_to_a_body(award: Award) -> bool:
    """A title only persons hold, read as given to a place or a body: a misreading (the place is where the persons
    honoured come from)."""
    return award.recipient_kind == "collective" and bool(_PERSONAL_TITLE.search(award.form)) \
        and bool(ORG_HEAD_RE.match(award.recipient) or re.match(ADMIN_TYPES + r"\s", award.recipient))


# (the reason may follow a semicolon: "cho 01 tập thể và 01 cá nhân; đã có thành tích xuất sắc …, cụ thể: …")
COUNT = re.compile(rf"^(?:\s*(?:cho\s+)?(?:\d+|[Cc]ác|những|mỗi|{NUMBER_WORDS})\s+(?:tập thể|cá nhân|đơn vị|đồng chí|hộ|gia đình|doanh nghiệp|người|địa phương|cơ quan|(?<=\d )(?:[Bb]à )?[Mm]ẹ)[^;:]*?"
                   r"(?:;\s*(?=(?:đã\s+)?(?:có\s+)?thành tích|vì\s)[^;:]*?)?)(?:(?:,\s*)?(?:đó là|gồm|là|cụ thể)\s*:?|:)\s*")


OCCUPATION_WORDS = r"bác sĩ|dược sĩ|kỹ sư|giáo viên|nhà giáo|nghệ sĩ|nghệ nhân|thầy thuốc|nhạc sĩ|họa sĩ|đạo diễn|diễn viên"
ADDRESSED = re.compile(rf"(?:{_TITLE_ABBREV}|HCLĐ)(?:\s+(?:toàn quốc|cơ sở))?(?=\s*,?\s*{UP}|\s*,\s*(?:{OCCUPATION_WORDS})\s)"
                       # "cho Nghệ nhân Ưu tú Nguyễn Văn A": the title written out before a recipient's name
                       rf"|(?:(?<=cho )|(?<=ông )|(?<=bà )|(?<=và )|(?<=, )|(?<=; )|(?<=: ))(?:Nhà giáo|Thầy thuốc|Nghệ sĩ|Nghệ nhân)"
                       rf"\s+(?:Nhân dân|Ưu tú|nhân dân|ưu tú)\s+(?={UP}[a-zà-ỹđ]*\s+{UP})")


def form_text(m: re.Match) -> str:
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


def normalise(form: str, conferrer: str | None) -> dict:
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


def form_family(form: str) -> str:
    """"Huân chương Lao động hạng Nhì" and "Huân chương Lao động các hạng" -> "huan chuong lao": one kind of award."""
    words = re.sub(r"^danh hieu\s+(?:vinh du nha nuoc\s+)?", "", fold(form).lower()).split()
    return " ".join(words[:3])


_GRADE_FOLDED = re.compile(r"(?<!\w)hang\s+(1|2|3|i|ii|iii|nhat|nhi|ba)(?!\w)")
_GRADE_WORD = {"1": "nhat", "i": "nhat", "nhat": "nhat", "2": "nhi", "ii": "nhi", "nhi": "nhi", "3": "ba", "iii": "ba", "ba": "ba"}


def same_form(a: str, b: str) -> bool:
    """Folded forms of one award: equal, or one the other with its class or grade left out."""
    # "danh hieu anh hung lao dong" (written with its prefix) is "anh hung lao dong"; "ba me vnah" is written out
    a, b = (re.sub(r"(?<!\w)(?:bmvnah|vnah)(?!\w)", lambda m: "ba me viet nam anh hung" if m.group(0) == "bmvnah"
                   else "viet nam anh hung", re.sub(r"^danh hieu\s+(?:vinh du nha nuoc\s+)?", "", x.lower())) for x in (a, b))
    a, b = (_GRADE_FOLDED.sub(lambda m: "hang " + _GRADE_WORD[m.group(1)], x) for x in (a, b))  # "hạng 3" is "hạng Ba"
    short, long_ = sorted((a, b), key=len)
    if short == "huan chuong" and long_.startswith("huan chuong "):
        return True  # "trao Huân chương cho A" after "Huân chương Lao động hạng Ba … A": the order written bare
    return short == long_ or long_.startswith(short + " ") and re.fullmatch(r"(?:hang|loai)\s+\S+|xuat sac", long_[len(short) + 1:]) is not None

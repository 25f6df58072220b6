"""Who confers an award: "FORM của X", "X tặng", "thừa ủy quyền X", "X ký Quyết định", a signing office;\nan office, never its holder's name."""

from __future__ import annotations

import re

from thidua.textnorm import fold

from .. import lexicon
from ..orgnames import ORG_HEAD_RE, sector_spelling_re
from ..textutil import CAP_WORD, UP, clean_spaces
from ..officials import NAME_RUN, pick_name
from .names import RANK


# (a dot inside an abbreviation, "Ủy viên T.Ư Đảng", does not end the presenter's titles; nor a ";" before a short
# presenter: "thừa ủy quyền của Chủ tịch nước, của Chủ tịch UBND tỉnh; huyện X đã trao")
AUTHORISED = re.compile(r"(?:[Tt]hừa?|[Đđ]ược sự|[Tt]heo sự|[Đđ]ược) (?:ủy|uỷ) (?:quyền|nhiệm)(?: của)?\s+(?P<x>(?:[^;.]|\.(?=\w)|;(?=\s*[^;.]{0,60}?\s(?:(?:đã|đến|tới)\s+)*(?:trao tặng|trao|tặng|gắn)\s)){3,200}?)(?=\s+(?:(?:đã|đến|tới)\s+)*(?:trao tặng|trao|tặng|gắn|công bố)(?!\w))")


# "Đảng, Nhà nước": one joint authority written with a comma
_JOINT_AUTHORITY = re.compile(r"Đảng,\s*Nhà nước(?!\w)")
# an authority named after a passive "được": a short noun phrase, no clause ("được Thủ tướng công nhận huyện …, và
# được Chủ tịch nước tặng": only the last "được" before the verb, but "được X 2 lần được phong tặng";
# a comma only inside "Đảng, Nhà nước")
# ("được T.Ư Đoàn ghi nhận và trao tặng": what the authority did before giving is no part of its name)
PASSIVE_BY = re.compile(r"(?<!\w)được\s+(?P<x>(?:(?!(?<!lần )được\s)[^,:;\s]+\s+){1,11}?)"
                        r"(?:(?:ghi nhận|biểu dương|khen ngợi|xét|đánh giá cao)\s+(?:và\s+)?)?"
                        r"(?:tặng thưởng|truy tặng|phong tặng|tặng|trao tặng|trao)[\s“\"]*(?::\s*)?(?:\d{1,2}\s+)?$")


def passive_conferrer(clause: str) -> str | None:
    """"A được Bộ trưởng Bộ X tặng FORM", "được Đảng, Nhà nước trao tặng" -> the authority between "được" and the verb."""
    # (the commas inside "Đảng, Nhà nước" and a sector's name "Bộ Văn hóa, Thể thao và Du lịch" join, not separate)
    masked = sector_spelling_re().sub(lambda t: t.group(0).replace(",", "\x00"), clause)
    masked = _JOINT_AUTHORITY.sub(lambda t: t.group(0).replace(",", "\x00"), masked)
    m = PASSIVE_BY.search(masked)
    return trim_conferrer(m.group("x").replace("\x00", ",")) if m else None


def authorised_by(s: str) -> str | None:
    """"Thừa ủy quyền của X, <presenter> trao …" -> X. When the authorising person is written with titles and name
    ("của Tổng Bí thư, Chủ tịch nước Nguyễn Văn A, Bí thư Tỉnh ủy B trao"), X is the title written next to the name."""
    m = AUTHORISED.search(s)
    if not m:
        return None
    # "Bộ Văn hóa, Thể thao và Du lịch": the commas inside a sector's name do not separate segments
    x = sector_spelling_re().sub(lambda t: t.group(0).replace(",", "\x00"), m.group("x"))
    x = _JOINT_AUTHORITY.sub(lambda t: t.group(0).replace(",", "\x00"), x)  # "của Đảng, Nhà nước, ông A trao"
    segs = [g.strip().replace("\x00", ",") for g in x.split(",")]
    for k, seg in enumerate(segs[:-1]):
        if re.match(r"(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|anh|Anh|chị|Chị)\s", seg) or RANK.match(seg):
            break  # the presenter starts here ("đồng chí A", "Trung tướng B", "anh C, Phó Bí thư Tỉnh đoàn")
        run = None
        for run in NAME_RUN.finditer(seg):
            pass
        span = pick_name(run.group(0), False) if run and run.end() == len(seg) else None
        if span and run.start() + span[0] > 0:
            return trim_conferrer(seg[:run.start() + span[0]])
    first = segs[0]
    # "của Chủ tịch nước Thứ trưởng Bộ Nội vụ A trao": the presenter's title follows the authority without a comma
    # (not a second authority joined by "và": "Chủ tịch nước và Thủ tướng Chính phủ")
    later = [t for t in lexicon.title_head_re().finditer(first) if t.start() > 0 and first[t.start() - 1] == " "
             and not re.search(r"(?:\svà|&)\s*$", first[:t.start()])]
    if later and lexicon.title_head_re().match(first):
        first = first[:later[0].start()].strip()
    return trim_conferrer(decider(first) or first) if first else None
# ("Thay mặt Nhà nước Cộng hòa dân chủ nhân dân Lào, …": a foreign State kept whole)
ON_BEHALF = re.compile(r"[Tt]hay mặt (?:[Ll]ãnh đạo\s+)?(?P<x>Đảng, Nhà nước|Đảng và Nhà nước|Nhà nước(?:\s+(?:CHDCND|Cộng hòa|Lào|Campuchia"
                       r"|Vương quốc|Liên bang)[^,;.]{0,60}?(?=\s*[,;.]|\s+(?:trao|tặng)\s))?)")
DECIDER = re.compile(rf"(?P<x>(?:{UP}[\wÀ-ỹđĐ]*)(?:[ \t]+[\wÀ-ỹđĐ]+){{0,12}}?)[ \t]+(?:vừa[ \t]+|đã[ \t]+)*(?:ký|ban hành|có)[ \t]+(?:các[ \t]+)?[Qq]uyết định")
# "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch đã ký quyết định": a signer whose office is named by a sector with commas
SECTOR_DECIDER = re.compile(rf"(?P<x>(?:(?:Bộ trưởng|Giám đốc|Chủ nhiệm|Trưởng ban)\s+)?(?:Bộ|Sở|Ủy ban|Ban)\s+(?:{sector_spelling_re().pattern})"
                            rf"(?:\s+(?:tỉnh|thành phố)(?:\s+{CAP_WORD}(?!\w))*)?)\s+(?:vừa\s+|đã\s+)*(?:ký|ban hành|có)\s+(?:các\s+)?[Qq]uyết định")
CONFERRER_TAIL = re.compile(
    rf"^\s*(?:xuất sắc\s+)?của\s+(?P<x>Đảng(?:,|\s+và)\s+Nhà nước(?=\s|[,;.:(]|$)"
    rf"|(?:(?:Bộ trưởng|Giám đốc|Chủ nhiệm|Trưởng ban)\s+)?(?:Bộ|Sở|Ủy ban|Ban)\s+(?:{sector_spelling_re().pattern})"
    rf"(?:\s+(?:tỉnh|thành phố)(?:\s+{CAP_WORD}(?!\w))*)?(?=\s*[,;.:(“\"]|\s+(?:cho|tới|đến|năm|tặng|trao|về|vì|được|đã|do|gồm|bao gồm)[\s:]|$)"
    # ("Bộ trưởng Bộ GD&ĐT": an ampersand inside an abbreviated ministry; "của T.Ư Đoàn": a dotted abbreviation)
    rf"|(?:T\.[ƯW]|{UP}[\wÀ-ỹđĐ]*|tỉnh|huyện|thành phố|UBND|Ủy ban)(?:\s+(?:[\wÀ-ỹđĐ&]+|-))*?)(?=\s+(?:cho|tới|đến|là|vì|về|năm|trong|tại|nhằm|do|đã|và|giai|từ|tặng|trao|được|sẽ|vừa|gồm|bao|đối với|kèm theo|kèm)[\s:]|\s*[,;.:(“\"]|$)"
)


# "Cờ thi đua Chính phủ", "Cờ thi đua Bộ cho …": the authority written straight after the form, without "của"
BARE_CONFERRER = re.compile(
    r"^[ \t]+(?P<x>Thủ tướng Chính phủ|Chính phủ|(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|huyện|thị xã|quận)"
    rf"|Bộ(?:[ \t]+{CAP_WORD}(?!\w))*)(?=\s+(?:cho|gồm|năm|tặng|trao|vì|về|đã)[\s:]|\s*[,;.:(]|$)")


# "FORM do Chủ tịch nước (trao) tặng": an authority, not a presenter named with a person's name
BY_AUTHORITY = re.compile(
    r"^\s*do\s+(?P<x>(?:Chủ tịch|Thủ tướng|Chính phủ|Nhà nước|Đảng(?:,|\s+và)\s+[Nn]hà nước|Bộ|UBND|Ủy ban|Giám đốc|Tổng Liên đoàn|Trung ương)[^,;.]{0,50}?)"
    r"\s+(?:(?:vừa|đã)\s+)?(?:(?:trao tặng|tặng thưởng|truy tặng|phong tặng|tặng|trao|ký|quyết định|công nhận)(?!\w))"
    r"(?:\s+(?:tặng|trao tặng|truy tặng|phong tặng))?")  # "do Chủ tịch nước ký tặng"
# "Theo Quyết định số 12/QĐ-UBND (ngày …) của Chủ tịch UBND tỉnh": the decision's author confers
DECISION_OF = re.compile(rf"[Qq]uyết định(?:\s+số\s+\S+)?(?:\s+ngày\s+[\d/.-]+)?\s+của\s+(?P<x>(?:{UP}[\wÀ-ỹđĐ]*)(?:\s+[\wÀ-ỹđĐ]+){{0,6}}?)(?=\s*[,;.]|\s+(?:về|tặng|trao|khen|công nhận|cho)\s)")


# "FORM theo Quyết định số 55/QĐ-CTN (ngày …) của Chủ tịch nước, gồm: …": the decision between a form and its list
BY_DECISION = re.compile(r"^\s*,?\s*(?:theo|tại)\s+(?:các\s+)?[Qq]uyết định(?:\s+số\s+\S+|\s+\d+/\S+)?(?:\s+ngày\s+[\d/.-]+)?"
                         r"(?:\s+của\s+(?P<x>[^,;:()]{3,80}?))?(?=\s*,?\s*(?:gồm|bao gồm|là|cho)(?!\w)|\s*:)")


# who may confer an order or a State title; a flag or a certificate also comes from a ministry, a province or a body
_STATE_OFFICES = r"Chính phủ|Thủ tướng|Chủ tịch nước|Nhà nước|Quốc hội"
_STATE_AUTHORITY = re.compile(rf"(?:{_STATE_OFFICES}|Chủ tịch Nước|Đảng)(?!\w)")
# a recipient that is one of the State's offices ("quyết định của Thủ tướng Chính phủ công nhận X …, đón nhận FORM"),
# not a body sitting somewhere ("… Việt Nam tại …")
_STATE_OFFICE_NAMED = re.compile(rf"(?:{_STATE_OFFICES})(?!\w)(?!\s+(?:Việt Nam\s+)?tại\s)")
_AUTHORITY = re.compile(r"(?:Chủ tịch|Thủ tướng|Chính phủ|Nhà nước|Đảng|Bộ(?! đội)|Bộ trưởng|UBND|Ủy ban|Uỷ ban|Tổng Liên đoàn|Trung ương"
                        r"|Ban Chấp hành|Ban Thường vụ|Tỉnh ủy|Thành ủy|Huyện ủy|Tỉnh uỷ|Thành uỷ|Huyện uỷ|Giám đốc|Tổng cục"
                        r"|Quân ủy|Hội đồng|Ban Bí thư|Tổng Giám đốc|Bộ Tư lệnh|Quân khu|Cục trưởng|Tư lệnh|Hội)(?!\w)")


def confers(x: str, form: str) -> bool:
    """Is the X of "FORM của X" the authority that gives it? An order only from the State ("Huân chương … của Công ty A":
    the company's own order)."""
    if re.match(r"(?:Huân chương|Huy chương|[Dd]anh hiệu|Anh hùng)", form):
        return bool(_STATE_AUTHORITY.match(x))
    return bool(_AUTHORITY.match(x))


# a decision written out: the signing office in capitals on a line of its own, before "QUYẾT ĐỊNH:"
_OFFICE_LINE = re.compile(r"^[ \t]*(?P<x>(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|TƯ LỆNH|CHÁNH ÁN"
                          r"|VIỆN TRƯỞNG|TRƯỞNG BAN|CHÍNH PHỦ)(?:[ \t]+[A-ZĐÀ-Ỹ\-]+)*)[ \t]*$", re.M)
_DECIDES = re.compile(r"^[ \t]*QUYẾT ĐỊNH[ \t]*:[ \t]*$", re.M)


def signing_office(text: str) -> str | None:
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


_HEAD_OF_STATE = re.compile(r"Chủ tịch [Nn]ước(?!\w)")
# orders, medals and State titles: the head of state confers them
STATE_FORM = re.compile(r"(?:[Hh]uân chương|[Hh]uy chương|HCLĐ|HCBVTQ|HCCC|[Dd]anh hiệu\s+(?:vinh dự\s+)?(?:[Nn]hà nước|[Aa]nh hùng|[Bb]à mẹ)"
                         r"|[Aa]nh hùng|[Bb]à mẹ Việt Nam|[Nn]hà giáo|[Tt]hầy thuốc|[Nn]ghệ sĩ)")


def share_out(authority: str | None, form: str) -> str | None:
    """"thừa ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ, A trao Huân chương … và Bằng khen …": each form from
    the office that can confer it (an order from the head of state, a certificate or flag from the other office).
    "Đảng và Nhà nước" and other joint authorities stay whole."""
    if not authority:
        return authority
    parts = re.split(r"\s+và\s+", authority)
    if len(parts) != 2:
        return authority
    state = [p for p in parts if _HEAD_OF_STATE.match(p)]
    other = [p for p in parts if not _HEAD_OF_STATE.match(p) and _AUTHORITY.match(p)]
    if len(state) != 1 or len(other) != 1:
        return authority
    return state[0] if STATE_FORM.match(form) else other[0]


def is_conferrer(recipient: str, conferrer: str | None) -> bool:
    """Is the recipient the conferring body itself ("UBND tỉnh" for "Chủ tịch UBND tỉnh"), or one of the State's
    offices, which confer and never receive?"""
    if _STATE_OFFICE_NAMED.match(recipient):
        return True
    if not conferrer:
        return False
    r, c = fold(recipient).lower(), fold(conferrer).lower()
    return r == c or (len(r.split()) >= 2 and f" {r} " in f" {c} ")


def decider(x: str) -> str | None:
    """"Chủ tịch UBND tỉnh Phạm Văn Hùng" (who signed the decision) -> "Chủ tịch UBND tỉnh"."""
    head = lexicon.title_head_re().search(x) or ORG_HEAD_RE.search(x)
    if head and not re.fullmatch(r"(?:Trung ương|TW|T\.Ư|TƯ)\s+", x[:head.start()]):
        x = x[head.start():]  # (not "Trung ương Đoàn": the central body the head belongs to)
    for run in NAME_RUN.finditer(x):
        span = pick_name(run.group(0), False)
        if span and run.start() + span[1] == len(x.rstrip()):
            x = x[:run.start() + span[0]]
            break
    return trim_conferrer(x)


def trim_conferrer(x: str | None) -> str | None:
    if not x:
        return None
    x = clean_spaces(x).strip(" ,.;")
    if re.fullmatch(r"(?:trao|truy|phong|tặng|trao tặng)", x):
        return None  # "được trao tặng": no authority named
    x = re.sub(r"^(?:Cụ thể|Theo đó|Đồng thời|Dịp này|Tại buổi lễ|Tại lễ)\s*,?\s*", "", x)
    # "Đảng và Nhà nước 2 lần được phong tặng": the authority ends before a count of times or a second "được"
    # ("Chủ tịch nước còn / cũng phong tặng": an adverb before the verb is no part of the authority)
    # ("Quyết định … của Chủ tịch nước về việc tặng thưởng …": the authority ends before what the decision is about;
    # "của Chính phủ đúng dịp kỷ niệm …", "của UBND tỉnh vì …": before the occasion or the reason)
    x = re.split(r"\s+(?:vừa|đã|còn|cũng|ký|ban hành|quyết định|truy|phong|được|về việc|\d+\s+lần|vì|(?:nhân|đúng|vào)\s+dịp|trong|tại|nhằm)(?:\s|$)", x)[0]
    x = re.sub(r"\s+(?:đợt|lần|năm|dịp)\s+(?:này|nay)$", "", x)  # "… của Thủ tướng Chính phủ đợt này"
    # "Thủ tướng Chính phủ Phạm Minh Chính", "Chủ tịch nước Nguyễn Văn A": the office confers, not its holder
    holder = _HOLDER_NAME.search(x)
    span = pick_name(holder.group("n"), False) if holder else None
    if span and span[1] == len(holder.group("n")):
        if lexicon.title_head_re().match(x):
            x = x[:holder.start("n") + span[0]].rstrip(" ,-–")
        elif not ORG_HEAD_RE.match(x):
            return None  # "… Trưởng Ban Dân vận Trung ương Lê Văn An trao": the presenter, named
    return x or None


# a person's full name written after an office ("… Chính phủ Phạm Minh Chính", "… tỉnh Lê Văn A")
_HOLDER_NAME = re.compile(rf"(?<=\s)(?P<n>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,4}})$")

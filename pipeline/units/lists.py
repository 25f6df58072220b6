"""Lists of units written with one shared head, type word or qualifier ("Huyện ủy, HĐND, UBND huyện X",
"các huyện A và B", "Công an 5 thành phố: A, B và C", "các sở: Nội vụ, Tài chính")."""

from __future__ import annotations

import re

from .. import gazetteer
from ..orgnames import ADMIN_TYPES, CW, HEAD_ALT, ORG_HEAD_RE, ORG_HEADS, ORG_STOP, sector_spelling_re
from ..textutil import CAP_WORD, LO, NUMBER_WORDS
from .merge import Candidate


_BARE_HEADS = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ", "Đảng ủy", "HĐND", "UBND",
               "Hội đồng nhân dân", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ", "UBMTTQ",
               "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "MTTQ", "MTTQ Việt Nam",
               "UBMTTQ Việt Nam", "UBMTTQVN", "UBMTTQ VN",
               # the old tone placement ("Uỷ ban MTTQ Việt Nam huyện X")
               "Uỷ ban MTTQ Việt Nam", "Uỷ ban MTTQ", "Uỷ ban Mặt trận Tổ quốc Việt Nam", "Uỷ ban Mặt trận Tổ quốc")
_BARE_HEAD_ALT = "|".join(re.escape(h) for h in sorted(_BARE_HEADS, key=len, reverse=True))
BARE_HEAD_RE = re.compile(rf"(?<!\w)(?:{_BARE_HEAD_ALT})(?!\w)")
# "Thường trực HĐND, lãnh đạo UBND, …": who of each body came, written before its name
_BODY_PART = r"(?:(?:Thường trực|[Ll]ãnh đạo|[Đđ]ại diện)[ \t]+)?"
SHARED_QUALIFIER = re.compile(
    rf"(?<!\w)(?P<bare>(?:{_BODY_PART}(?:{_BARE_HEAD_ALT})(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]*[-–][ \t]*))+)"
    # the level may open with a capital ("UBND Thành phố Nam Định"): the city's own spelling of its name
    rf"{_BODY_PART}(?:{_BARE_HEAD_ALT})[ \t]+(?P<level>[Tt]ỉnh|[Tt]hành phố|TP|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)(?!\w)"
    rf"(?:[ \t]+(?P<place>{CAP_WORD}(?!\w)(?:[ \t]+{CAP_WORD}(?!\w)){{0,3}}))?")
BODY_OF_EACH = re.compile(
    rf"(?:gồm|bao gồm)[ \t]+(?:\d+|các)[ \t]+(?P<head>sở|ban|công an|hội|liên đoàn|đài)[ \t]+(?P<name>[A-ZĐ][^,;.:\n]{{0,40}}?)"
    rf"[ \t]+(?:của[ \t]+)?các[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã)[^,;.:\n]{{0,60}}?[ \t]+(?:là|gồm)[ \t]*:?[ \t]*"
    rf"(?P<list>(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*(?:[ \t]*(?:,|và)[ \t]*(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*)+)")
SECTOR_LIST = re.compile(r"(?<!\w)(?P<head>(?:các[ \t]+)?(?:[Ss]ở|Bộ|bộ)(?:[ \t]*,[ \t]*ngành)?)[ \t]*:?[ \t]*(?P<list>[A-ZĐ][^;.:\n()]{2,200})")
# one member of a counted list: a name with or without its type word, or a city abbreviated ("TP.HCM", "TP HCM")
COUNTED_ITEM = rf"(?:(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*|(?:TP\.[ \t]?|TP[ \t]+)?[A-ZĐ]{{2,}}(?!\w))"
# the heads written in lowercase as a common noun before a count: "thanh tra 5 tỉnh: A, B và C"
_LOWER_HEAD_ALT = "|".join(re.escape(h[0].lower() + h[1:]) for h in sorted(ORG_HEADS, key=len, reverse=True)
                           if h[1:2].islower() and " " in h)
# (a department named by its sector may hold "và": "Sở Giáo dục và Đào tạo 5 thành phố: …")
COUNTED_BODIES = re.compile(
    rf"(?<!\w)(?P<head>(?:Sở|Bộ)[ \t]+(?i:{sector_spelling_re().pattern})"
    rf"|(?:{HEAD_ALT}|{_LOWER_HEAD_ALT})(?:[ \t]+(?!(?:{'|'.join(sorted(ORG_STOP))})(?!\w))[\w&]+){{0,5}}?)[ \t]+"
    rf"(?:\d+|{NUMBER_WORDS}|các)[ \t]+"
    r"(?P<kind>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|địa phương)(?:[ \t]+[^:;.\n]{0,40}?)?[ \t]*(?::|là|gồm)[ \t]*"
    rf"(?P<list>{COUNTED_ITEM}(?:[ \t]*(?:,|và)[ \t]*{COUNTED_ITEM})+)")
# a body of one place, then more places of the same kind it stands for too: "Hội Chữ thập đỏ quận Gò Vấp, Bình Tân,
# Quận 7 và Quận 12", "Công an huyện A, B và C" (each further name is checked against the gazetteer by the caller)
LISTED_PLACE = rf"(?:(?:[Qq]uận|[Hh]uyện|[Pp]hường)[ \t]+\d{{1,2}}(?!\w)|{CW}(?:[ \t]+{CW}){{0,3}})"
HEAD_THEN_PLACES = re.compile(
    rf"(?<!\w)(?P<head>(?:{HEAD_ALT})(?:[ \t]+(?!(?:{'|'.join(sorted(ORG_STOP))}|{NUMBER_WORDS}|\d+)(?!\w))[\w&]+){{0,5}}?)[ \t]+"
    r"(?P<kind>tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)[ \t]+"
    rf"(?P<first>{CW}(?:[ \t]+{CW}){{0,3}})(?P<rest>(?:[ \t]*,[ \t]*{LISTED_PLACE})*[ \t]*(?:,|và)[ \t]*{LISTED_PLACE})(?!\w)(?![ \t]*\()(?![ \t]+{CW})")


def same_kind_of_place(kind: str, name: str) -> bool:
    """Is `name` (bare) a place of this kind in the gazetteer: a province, a district, or a commune?"""
    if re.match(r"(?:[Qq]uận|[Hh]uyện|[Pp]hường)[ \t]+\d", name):
        return kind in ("quận", "huyện", "phường")  # "Quận 7": a numbered district or ward of a city
    if kind == "tỉnh":
        return gazetteer.is_province(name)
    if kind in ("huyện", "quận", "thị xã", "thành phố"):
        return bool(gazetteer.provinces_with_district(name))
    return gazetteer.is_any_place(name) and not gazetteer.is_place(name)


PLACE_HAS_COUNT = re.compile(
    rf"(?:^|\n|[.:;,][ \t]+|[-–][ \t]+)(?P<place>{CW}(?:[ \t]+{CW}){{1,2}})[ \t]+có[ \t]+(?:thêm[ \t]+)?\d+[ \t]+"
    r"(?:tập thể|đơn vị|doanh nghiệp|xã|huyện)(?!\w)")  # (not persons counted: "X có 3 nhà giáo được …" is their home)
# a bare place opening a headline or sentence with what it does: "Kiến Xương tổ chức lễ …", "Hà Giang đón nhận …"
# (several places may act together: "Thanh Hà, Bình Giang trao danh hiệu …")
PLACE_ACTS = re.compile(
    rf"(?:^|\n|[.!?][ \t]+)(?P<places>{CW}(?:[ \t]+{CW}){{1,2}}(?:[ \t]*(?:,|và)[ \t]*{CW}(?:[ \t]+{CW}){{1,2}}){{0,4}})"
    r"[ \t]+(?:(?:đã|vừa|long trọng|trang trọng)[ \t]+)*"
    r"(?:tổ chức|đón nhận|phát động|ký kết|tổng kết|sơ kết|kỷ niệm|trao|trao tặng|truy tặng|tuyên dương|biểu dương)(?!\w)")
# one place a shared head is given to; a province named with a dash stays whole ("Bà Rịa - Vũng Tàu")
DISTRIBUTED_NAME = rf"{CW}(?:[ \t]+{CW})*(?:[ \t]*[-–][ \t]*{CW}(?:[ \t]+{CW})*)?"
DISTRIBUTE = re.compile(
    rf"^\s+các\s+(?P<kind>tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|địa phương|đơn vị)"
    # "BĐBP các tỉnh, thành phố: A, B": two kinds of place, so no type word fits every name
    rf"(?P<mixed>\s*(?:,|và)\s*(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)(?!\w))?\s*:?\s*"
    rf"(?P<names>{DISTRIBUTED_NAME}(?:\s*(?:,|và)\s*{DISTRIBUTED_NAME})*)"
)
LIST_INTRO = re.compile(
    rf"(?:gồm|bao gồm|là)\s*:?\s*(?:(?:các|\d+)\s+(tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|địa phương|đơn vị)\s*:?\s*)?"
    rf"((?:{CW}(?:\s+{CW})*)(?:\s*(?:,|và)\s*{CW}(?:\s+{CW})*)+)"
)
# "các xã A, B và C", "05 xã A, B, C" (a count for "các"); an item may carry a type of its own ("các xã Thị trấn X, Y")
SHARED_ITEM = rf"(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*"
SHARED_TYPE = re.compile(
    rf"(?<!\w)(?:các|\d+|{NUMBER_WORDS})[ \t]+(tỉnh|huyện|thị xã|quận|xã|phường|thị trấn)[ \t]+"
    rf"({SHARED_ITEM}(?:[ \t]*(?:,|và)[ \t]*{SHARED_ITEM})+)"
)


_MEMBER_LIST_SO_FAR = re.compile(
    rf"(?<!\w)(?:gồm|bao gồm)[ \t]*(?:(?:các|\d+|{NUMBER_WORDS})[ \t]+"
    rf"(?:đơn vị|địa phương|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?!\w)[ \t]*)?:?[ \t]*"
    rf"(?:(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW}){{0,3}}[ \t]*(?:,|và)[ \t]*)+$")


def in_member_list(text: str, a: int) -> bool:
    """"Cụm thi đua số 1 (gồm: huyện A, huyện B, thành phố C)": after "gồm" each typed name is a member,
    whatever its rank, not a qualifier of the one before."""
    return bool(_MEMBER_LIST_SO_FAR.search(text, max(0, a - 300), a))


_MASS_ORG = re.compile(r"(?:Hội|Đoàn|Công đoàn|Chi hội|Chi đoàn|Mặt trận|Ủy ban MTTQ|Uỷ ban MTTQ|Ủy ban Mặt trận|Liên đoàn)(?!\w)")
_PLACE_QUALIFIER = re.compile(ADMIN_TYPES + rf"(?:[ \t]+{CW}(?:[ \t]+{CW}){{0,3}})?$")


def share_place_over_mass_organisations(cands: list[Candidate], text: str) -> None:
    """"Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên xã X": the place written on the last names them all."""
    orgs = sorted((c for c in cands if not c.admin and c.role == "participant"), key=lambda c: c.start)
    run: list[Candidate] = []
    for c in orgs:
        if run and re.fullmatch(r"[ \t]*(?:,|và)[ \t]*", text[run[-1].end:c.start]):
            run.append(c)
        else:
            run = [c]
        q = _PLACE_QUALIFIER.search(c.surface)
        if len(run) < 2 or not q or not _MASS_ORG.match(c.surface):
            continue
        for prev in run[:-1]:
            if _MASS_ORG.match(prev.surface) and not re.search(ADMIN_TYPES + r"(?!\w)", prev.surface):
                prev.surface = f"{prev.surface} {q.group(0)}"


# "Khối thi đua số 3 gồm 10 đơn vị:", "Cụm gồm các địa phương:", "các đơn vị thành viên trong Cụm:": a colon
# after "gồm …" or after the word for members opens a list of the member units
MEMBER_INTRO = re.compile(
    r"(?:(?<!\w)(?:bao[ \t]+gồm|gồm(?:[ \t]+có)?)(?:[ \t]+[^\s:;.,\n]+){0,4}|(?<!\w)(?:đơn vị|thành viên)[^:;.\n]{0,30})[ \t]*:[ \t]*")
# a list of people, not of units: "Các cá nhân gồm: Ông A, …"
# (nor of the venues of a hybrid meeting: "tại 3 điểm cầu gồm: Hà Nội, Đà Nẵng …")
_PEOPLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:cá nhân|đồng chí|người|ông|bà|đại biểu|vận động viên|học sinh|điểm cầu|địa điểm)"
                            r"(?:[ \t]+\S+){0,2}[ \t]*$")
# where one item ends and the next begins; "và" only before a new capitalised item (the caller checks it)
_ITEM_SEP = re.compile(r"[ \t]*[,;][ \t]*|[ \t]+và[ \t]+(?=[A-ZĐ])")
# a lowercase piece of a name cut off by a comma ("cứu nạn"), not the sentence going on ("và các đơn vị khác")
_NAME_GOES_ON = re.compile(rf"(?!(?:và|các|cùng|những|nhiều|đã|được)(?!\w)){LO}+(?:[ \t]+{LO}+){{0,2}}")
# what a sentence does after the last item: "…, Long An và Tây Ninh tham gia ký kết"
_AFTER_LAST = re.compile(r"[ \t]+(?:đã|vừa|sẽ|đều|cùng|được|tham gia|tham dự|tổ chức|ký|nhận|đón nhận|có|là|với|tại|năm"
                         rf"|và(?=[ \t]+{LO}))(?!\w)")
# heads of member units the organisation lexicon lacks: "Quỹ Bảo vệ và Phát triển rừng tỉnh X", "Binh chủng Y"
EXTRA_MEMBER_HEADS = ("Quỹ", "Binh chủng", "Binh đoàn", "Đội", "Nhà hát", "Cảng", "Đoàn")


def member_list_items(text: str, intro_end: int, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the capitalised items after a member-list colon, up to the end of the sentence. Separators
    inside a `protected` span (a name with a comma of its own, "Sở Văn hóa, Thể thao và Du lịch") do not split."""
    stop = re.compile(r"\.(?=\s|$)|\n|[“”\"]")
    m = stop.search(text, intro_end)
    end = m.start() if m else len(text)
    items, pos = [], intro_end
    first = text[intro_end:intro_end + 12].split()[:1]
    for sep in _ITEM_SEP.finditer(text, intro_end, end):
        if any(a < sep.start() < b for a, b in protected) or sep.start() <= pos:
            continue
        if "và" in sep.group(0) and (not _opens_item(text, sep.end(), first) or text.startswith("Văn phòng", pos)):
            continue  # "Quỹ Bảo vệ và Phát triển rừng": "và" inside a name; "Văn phòng HĐND và UBND": one office of two
        items.append((pos, sep.start()))
        pos = sep.end()
    items.append((pos, end))
    out = []
    for k, (a, b) in enumerate(items):
        seg = text[a:b]
        bracket = seg.find("(")
        if bracket > 0:
            b = a + bracket  # "Bệnh viện X (Bộ Y tế)": the owner in brackets is no part of the name
        last = _AFTER_LAST.search(text, a, b)  # the sentence goes on after this item
        b = last.start() if last else b
        b = a + len(text[a:b].rstrip(" \t,;-–"))
        if out and b > a and _NAME_GOES_ON.fullmatch(text[a:b]):
            out[-1] = (out[-1][0], b)  # "Cục Cứu hộ, cứu nạn": a lowercase word pair after a comma goes on with the name
            continue
        if b <= a or not text[a].isupper():
            break  # the list has ended ("…, và nhiều đơn vị khác")
        out.append((a, b))
        if last:
            break
    return out


def people_list(text: str, intro_start: int) -> bool:
    return bool(_PEOPLE_BEFORE.search(text, max(0, intro_start - 30), intro_start))


def _opens_item(text: str, pos: int, first: list[str]) -> bool:
    """Does a new member start at pos: an organisation head, a place, or the first member's own head ("CN")?"""
    word = text[pos:pos + 30].split()[:1]
    return bool(ORG_HEAD_RE.match(text, pos) or re.match(ADMIN_TYPES + r"[ \t]", text[pos:pos + 12])
                or text.startswith(EXTRA_MEMBER_HEADS, pos) or word == first
                or gazetteer.is_place(" ".join(re.findall(rf"{CW}", text[pos:pos + 40])[:3])) or _place_prefix(text, pos))


def _place_prefix(text: str, pos: int) -> bool:
    words = re.match(rf"{CW}(?:[ \t]+{CW}){{0,3}}", text[pos:pos + 40])
    ws = words.group(0).split() if words else []
    return any(gazetteer.is_place(" ".join(ws[:k])) for k in range(2, len(ws) + 1))

"""Recipients written as a list after a form ("cho A; B và C", "gồm: 1. A; 2. B"): splitting the list and\nturning each piece into a recipient name and kind."""

from __future__ import annotations

import functools
import re

from thidua.textnorm import fold

from .. import gazetteer, lexicon
from ..orgnames import (ADDRESSED_HEAD, ADMIN_TYPES, COMPLETE_HEADS, NAME_WORDS, ORG_HEAD_RE, admin_at, extend_name, looks_complete,
                        looks_like_person, person_like, sector_spelling_re)
from ..textutil import CAP_WORD, NUMBER_WORDS, UP, VILLAGE_WORDS, clean_spaces, Sentence
from ..officials import NAME_RUN, pick_name
from .names import HEAD_RE, RANK, lowercase_sibling, run_on
from ..residence import strip_person_home
from .forms import COUNT, FORM_RE, OCCUPATION_WORDS


# "cùng 20 tập thể, cá nhân", "và một số trạm y tế": the named list has ended
_GENERIC_TAIL = re.compile(r"(?:,\s*|\s+)(?:cùng(?:\s+với)?|và|cùng nhiều|với)\s+(?=(?:\d+|một số|nhiều|các|những|hàng)\s)")
# villages and residential groups are written lowercase ("thôn Đông Hạ", "tổ dân phố số 3")
_VILLAGE = re.compile(rf"(?:(?i:{VILLAGE_WORDS}))\s+(?:[A-ZĐÀ-Ỹ]|số\s+\d)")


# "8 Sở GD&ĐT được nhận", "các Công an tỉnh đã được tặng": a counted head of one kind before the form
_COUNTED_HEAD = re.compile(r"(?:^|\s)(?:\d{1,3}|[Cc]ác|[Nn]hững)\s+(?P<h>[^\d\s,;:][^,;:]{1,40}?)\s+(?:(?:đã|vừa|cũng|vinh dự|được)\s+)*"
                           r"(?:nhận|đón nhận|tặng|trao tặng|tặng thưởng|trao)?\s*$")


# the leaders of a place receiving what is handed to the place: "(trao Cờ thi đua …) cho lãnh đạo tỉnh X"
_LEADERS_OF_PLACE = re.compile(rf"\s*(?:cho\s+)?(?:đại diện\s+)?lãnh đạo\s+(?P<x>{ADMIN_TYPES}\s+{CAP_WORD}(?:\s+{CAP_WORD})*)"
                               r"(?:\s*\([^)]*\))?\s*[.,;]?\s*")


def counted_head_places(clause: str, lst: str) -> list[tuple[str, str]]:
    """"8 Sở GD&ĐT được nhận Cờ thi đua gồm: A, B và C" (A, B, C bare places) -> "Sở GD&ĐT A", "Sở GD&ĐT B", …:
    the head written once before the form, each place after the colon one body of that kind."""
    places = [p.strip(" .") for p in re.split(r"\s*[,;]\s*|\s+và\s+", lst.strip(" .\n"))]
    if len(places) < 2 or not all(p and gazetteer.is_any_place(p) for p in places):
        return []
    m = _COUNTED_HEAD.search(clause)
    if not m or not HEAD_RE.match(m.group("h")) or re.match(r"(?:tập thể|đơn vị|cá nhân)(?!\w)", m.group("h")):
        return []
    head = clean_spaces(m.group("h"))
    return [(f"{head} {p}", "collective") for p in places]


def recipients_from_list(seg: str) -> list[tuple[str, str]]:
    """Split "R1; R2 và R3" into (recipient, kind) pairs."""
    led = _LEADERS_OF_PLACE.fullmatch(seg)
    if led:
        return [(clean_spaces(led.group("x")), "collective")]  # "trao Cờ thi đua … cho lãnh đạo tỉnh X": to the province
    seg = share_head_over_codes(seg)
    # "cho thân nhân (của) 3 mẹ: …", "cho gia đình các mẹ …", "cho thân nhân của 03 gia đình gồm: A, B": the mothers
    # are honoured, not their families
    seg = re.sub(r"^\s*(?:cho\s+)?(?:đại diện\s+)?(?:(?:thân nhân|gia đình|người thân)\s*)*(?:\s*\([^)]*\))?(?:\s+của)?\s*"
                 r"(?=(?:\d+\s+|các\s+)?(?:[Mm]ẹ|gia đình\s+(?:gồm|là|:)|gia đình\s*:)(?!\w))", "", seg)
    # "cho 02 tập thể (Sở A, Sở B và C) và 01 cá nhân (ông D)": the bodies a count names in brackets, one each
    counted = list(COUNT_BRACKET.finditer(seg))
    if counted and re.match(rf"\s*(?:cho\s+)?(?:\d|{NUMBER_WORDS})", seg):
        out = []
        for b in counted:
            # the bracket holds names only: each capitalised piece is one ("Khoa Nhi, Khoa Sản"), sectors stay whole
            inner = sector_spelling_re().sub(lambda t: t.group(0).replace(",", "\x00").replace(" và ", "\x01"), b.group("in"))
            inner = "; ".join(p.replace("\x00", ",").replace("\x01", " và ")
                              for p in re.split(rf"\s*,\s*(?={UP})|\s+và\s+(?={UP})", inner))
            out.extend(r for r in recipients_from_list(inner) if r not in out)
        if out:
            return out
    counted_people = _COUNTED_PERSONS.match(seg)
    if counted_people:
        names = only_names(seg[counted_people.end():].strip(" ."))
        if names:
            return names  # "cho bốn vận động viên A, B, C và D": the persons the count names
    c = COUNT.match(seg)
    # "cho 13 địa phương gồm: Hà Nội, Nam Định, …": places counted, then named bare
    counted_places = bool(c) and re.search(r"(?<!\w)(?:địa phương|tỉnh|thành phố|huyện)(?!\w)", c.group(0))
    if c:
        seg = seg[c.end():]
        if counted_places:
            pieces = [p.strip(" .") for p in re.split(r"\s*[,;]\s*|\s+và\s+", seg)]
            if len(pieces) >= 2 and all(gazetteer.is_any_place(p) or re.fullmatch(r"TP\.?\s?HCM|TP\.?\s?Hồ Chí Minh", p)
                                        for p in pieces):
                return [(p, "collective") for p in pieces]
    # "3 nguyên Phó Chủ tịch QH: A, B": a counted description before the list
    # ("9 văn nghệ sĩ đã có nhiều đóng góp … giai đoạn 1975-2010, gồm: A; B": what the counted persons did, then the list)
    seg = re.sub(rf"^\s*(?:cho\s+)?(?:\d+|{NUMBER_WORDS})\s+(?!tập thể|cá nhân|đơn vị)(?:[^:;]{{1,60}}|[^:;]{{1,200}}?,?\s+gồm\s*):\s*", "", seg)
    # "01 tập thể Vụ A và 01 cá nhân ông B": one counted recipient, named right after its count
    seg = re.sub(rf"(?:^|(?<=\s))(?:0?1|một)\s+(?:tập thể|cá nhân|đơn vị)\s+(?={UP}|ông\s|bà\s)", "", seg)
    if not c and re.match(r"^\s*(?:cho\s+)?(?:\d+|các|những)\s", seg) and not _PEOPLE_INTRO.match(seg) \
            and not re.match(r"^\s*(?:cho\s+)?(?:các|những)\s+[^:;]{1,40}:", seg):
        return []  # "cho 32 tập thể": count only
    people = _PEOPLE_INTRO.match(seg)
    if people:
        return _bare_names(seg[people.end():])
    # "4 cá nhân là các vận động viên: A, B", "các tập thể sau:": a description before the list
    # ("các Thứ trưởng: Thượng tướng A, B và C": a title shared by the persons listed)
    seg = re.sub(rf"^\s*(?:cho\s+)?(?:các|những)\s+(?:(?!{UP})[^:;]|(?<=\s)(?={lexicon.title_head_re().pattern})\w){{1,40}}:\s*", "", seg)
    out: list[tuple[str, str]] = []
    if _ITEM_START.match(seg):
        # "1.A; 2. B, Sở C; 3- Ông D - T": each numbered item names one recipient, whatever follows a comma
        for item in _ITEM_MARK.split(seg):
            item = cut_reason(re.sub(r"\([^)]*\)", "", item.split(";")[0]))
            if _PARENT_CHAIN.search(item.rstrip(" ,.")) and HEAD_RE.match(item):
                item = item[:item.find(",")].strip()  # "1. Công ty A, Tổng Công ty B;": the item's parent follows it
            r = piece_recipient(item, whole=True) if item else None
            if r:
                out.append(r)
        return out
    # "Mẹ A, trú ở xã B và Mẹ C": each mother named starts an item, whatever her address said before
    # (so does each titled person: "…; bà A, nguyên Giám đốc X và ông B, Hiệu trưởng Y"; not the couple heading a
    # family: "gia đình ông A và bà B")
    items = [part for item in re.split(r";|,?\s+và\s+(?=(?:cho\s+)?[Mm]ẹ\s+[A-ZĐÀ-Ỹ])", seg) for part in _titled_persons_apart(item)]
    listed = len([i for i in items if i.strip(" .")]) >= 2
    for item in items:
        # each coordinated part may carry its own address ("Trường A, huyện B và Trường C, huyện D")
        item = " và ".join(map(_drop_place_qualifiers, cut_reason(re.sub(r"\([^)]*\)", "", item)).split(" và ")))
        if listed and HEAD_RE.match(item) and (_PARENT_CHAIN.search(item) or _POLICE_PARENT.search(item)
                                                and not item.startswith("Công an")):  # (a body's item, not a person's)
            item = item[:item.find(",")].strip()  # "…; Viện A, Tập đoàn B, Bộ C; …": the item's parents follow it
        # "cho thân nhân (gia đình) mẹ A", "; cho mẹ B, sinh năm 1930, thôn C": the mother is honoured, not her family
        item = re.sub(r"^(?:cho\s+)?(?:(?:đại diện\s+)?(?:(?:thân nhân|gia đình|người thân)\s+)+(?:của\s+)?|đại diện(?:\s+của)?\s+)?(?=[Mm]ẹ\s+[A-ZĐÀ-Ỹ])", "", item)
        # "cho mẹ Việt Nam anh hùng A": the title before the mother's name is no part of it
        item = re.sub(r"^(?:cho\s+)?([Mm]ẹ)\s+(?:Việt Nam\s+[Aa]nh hùng|VNAH)\s+(?=[A-ZĐÀ-Ỹ])", r"\1 ", item)
        if not item:
            continue
        # "…; Trung tướng A, nguyên Chính trị viên Tiểu đoàn 8, Trung đoàn 3; …": the person, then the posts held
        # (not "anh A, Bí thư X và chị B, Bí thư Y": two persons in the item)
        ranked = _RANKED_PERSON_FIRST.match(item) if listed else None
        if ranked and not _ANOTHER_PERSON.search(item, ranked.end()) \
                and pick_name(ranked.group("name"), True) == (0, len(ranked.group("name"))):
            out.append((ranked.group("name"), "individual"))
            continue
        bare = _PERSON_FIRST.match(item) if listed else None
        after = NAME_RUN.match(item, len(item) - len(item[bare.end():].lstrip())) if bare else None
        if bare and person_like(bare.group("name").split()) and not _ANOTHER_PERSON.search(item, bare.end()) \
                and not (after and person_like(after.group(0).split()[:4])):  # (not "A, B ở xã C": two persons)
            out.append((bare.group("name"), "individual"))
            continue
        staff = staff_recipients(item)
        if staff:
            out.extend(staff)
            continue
        names = only_names(item) or titled_persons(item)
        if names:
            out.extend(names)
            continue
        sibling = lowercase_sibling(item)
        if sibling is not None:
            # "Đội tuyển A và đội tuyển B": read the second as if capitalised, give it back as written
            probe = item[:sibling] + item[sibling].upper() + item[sibling + 1:]
            for name, kind in recipients_from_list(probe):
                at = probe.find(name)
                out.append((item[at:at + len(name)] if at >= 0 else name, kind))
            continue
        # (one person after an occupation: "Nông dân A huyện B"; not "Bác sĩ A và điều dưỡng B", two persons)
        described = _described_person(item) if listed or re.match(OCCUPATION + r"\s", item) and not re.search(r",|\svà\s", item) else None
        if described:
            out.append((described, "individual"))
            continue
        pieces = split_coordinated(item)
        if listed and len(pieces) == 1 and "," not in item and item[:1].isupper():
            r = piece_recipient(item, whole=True)  # "A; Viện Nghiên cứu và phát triển Vùng; C": each item one name
            if r:
                out.append(r)
            continue
        for piece in pieces:
            r = piece_recipient(piece, listed=listed)
            if r:
                out.append(r)
    return out


# the staff or people of a body, written before its name ("cán bộ, công chức X", "cán bộ và nhân dân phường Y")
_STAFF_WORD = r"(?:cán bộ|công chức|viên chức|nhân viên|chiến sĩ|giáo viên|người lao động|đoàn viên|hội viên|nhân dân)"
_STAFF_OF = re.compile(rf"^\s*(?:cho\s+)?(?:tập thể\s+)?(?P<who>(?:[Cc]án bộ|[Cc]ông chức|[Vv]iên chức|[Nn]hân viên|[Cc]hiến sĩ|[Gg]iáo viên)"
                       rf"(?:\s*(?:,|và)\s*{_STAFF_WORD})+)\s+(?P<body>(?:{UP}|{ADMIN_TYPES}\s)[^;]*)$")


# (posts after a dash too: "nhà giáo A - Giáo viên Trường X và nhà giáo B - Giáo viên Trường Y")
_AND_TITLED_PERSON = re.compile(r"\s+và\s+(?=(?:ông|bà|nhà giáo)\s+[A-ZĐÀ-Ỹ][^,;]*?(?:,|\s[-–]\s))")


def _titled_persons_apart(item: str) -> list[str]:
    """"bà A, nguyên Giám đốc X và ông B, Hiệu trưởng Y" -> each person with her or his posts; the item is kept whole
    when the person before "và" has no posts written ("gia đình ông A và bà B, …": a couple)."""
    m = _AND_TITLED_PERSON.search(item)
    if m and re.search(r",|\s[-–]\s", item[:m.start()]) and not re.search(r"gia đình\s+(?:ông|bà)\s+[^,]*$", item[:m.start()]):
        return [item[:m.start()], *_titled_persons_apart(item[m.end():])]
    return [item]


def staff_recipients(item: str) -> list[tuple[str, str]]:
    """"cán bộ, nhân viên Thanh tra thành phố X": the staff of one body, an official collective form, one recipient;
    "cán bộ và nhân dân phường A, phường B": the same people of each place, one each."""
    staff = _STAFF_OF.match(item)
    if not staff:
        return []
    body = staff.group("body").strip(" .")
    places = re.split(r"\s*,\s*|\s+và\s+", body)
    bodies = places if len(places) > 1 and all(re.match(ADMIN_TYPES + r"\s", p) for p in places) else [body]
    return [(f"{staff.group('who')} {b}", "collective") for b in bodies]


# in a list of ";" items, a comma chain ending in a ministry or a city or province names the item's parent bodies
# ("…; Công ty A, Tổng Công ty B, Thành phố C; Viện D, Bộ E; …")
# (or in a higher echelon: "…; Lữ đoàn Tăng thiết giáp 416, Quân khu 9; Trung đoàn 238, Sư đoàn 363, Quân chủng X; …")
_PARENT_CHAIN = re.compile(rf",\s*(?:(?:Bộ|Thành phố|Tỉnh|TP\.?)\s+(?!Tư lệnh|Chỉ huy)|(?:Tổng cục|Quân khu|Quân chủng|Quân đoàn|Binh chủng"
                           rf"|Bộ Tư lệnh|Tập đoàn|Tổng [Cc]ông ty)\s+){UP}[^,]*$|,\s*(?:Tổng cục|Quân khu|Quân đoàn)\s+[\dIVX]+$")
# "…; Đội Điều tra trọng án, Phòng Cảnh sát hình sự, Công an Thành phố; …": a police team's parents follow it
_POLICE_PARENT = re.compile(rf",\s*Công an\s+(?:(?:quận|huyện|thị xã|thành phố|tỉnh|TP\.?)\s+)?{UP}[^,]*$")
_PERSON_HONORIFIC = r"(?:đồng chí|ngài|ông|bà|anh|chị|em|cô giáo|thầy giáo|nhà giáo|cháu|mẹ|cụ)"
# a list item opening with a rank or honorific and a person's name, then a comma: the rest are that person's posts
_RANKED_PERSON_FIRST = re.compile(rf"^\s*(?:cho\s+)?(?:(?i:{_PERSON_HONORIFIC})\s+|{RANK.pattern})(?P<name>{NAME_RUN.pattern})\s*(?:,|[-–]\s)")
# ("…; Lê Văn A, Trường Tiểu học B; …": a bare name a surname opens, then where the person works or lives)
# (or a dash before the posts: "…; Lê Văn A - Trưởng thôn B, xã C; …")
_PERSON_FIRST = re.compile(rf"^\s*(?:cho\s+)?(?P<name>{NAME_RUN.pattern})\s*(?:,|[-–]\s)")
_ANOTHER_PERSON = re.compile(rf"(?:,|\svà)\s+(?:(?:{_PERSON_HONORIFIC})\s+|{RANK.pattern})[A-ZĐÀ-Ỹ]")
# "bốn vận động viên", "3 nhà giáo", "hai đồng chí" right before the full names they count
_COUNTED_PERSONS = re.compile(rf"^\s*(?:cho\s+)?(?:\d+|{NUMBER_WORDS})\s+(?:{OCCUPATION_WORDS}|vận động viên"
                              rf"|huấn luyện viên|học sinh|sinh viên|đồng chí|chiến sĩ|cán bộ|nhà khoa học|cá nhân"
                              rf"|đoàn viên|hội viên|thanh niên|công dân|quần chúng|công nhân|nông dân|đội viên|em|cháu|nữ sinh"
                              rf"|nam sinh)\s+(?={UP})")  # ("2 em A và B": two children, named)
COUNT_BRACKET = re.compile(rf"(?<!\w)(?:\d+|{NUMBER_WORDS})\s+(?:tập thể|cá nhân|đơn vị|cơ quan|địa phương"
                            r"|doanh nghiệp|đồng chí)(?:\s+[a-zà-ỹđ]+){0,3}?\s*\((?P<in>[^()]{3,400})\)")
# "1." "2)" "3-" "a)" before an item, or a bullet ("- ", "+ ", "•") opening a line
_ITEM_MARK = re.compile(r"(?:^|(?<=[;:\s]))(?:\d{1,2}\s*[.)\-–](?!\d)|[a-zđ]\))\s*|(?:^|\n|(?<=;))\s*[-–+•]\s+")  # "…; - B"
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
        if len(levels) == 1 and _addressed_body(item[:m.start()], m.group("t")):
            return item[:m.start()]  # "Trường Mầm non A, huyện B": the address of a school, office or firm
        if len(levels) < 2 or any(a <= b for a, b in zip(levels, levels[1:])):
            return item
        item = item[:m.start()]


def _addressed_body(before: str, level_word: str) -> bool:
    """Whether "<before>, <level_word> X" names one body and its address: the body's head is one that is located
    (a school, a firm), no place level is written inside it, and the address is written in lowercase."""
    return bool(ADDRESSED_HEAD.match(before) and "," not in before and (level_word[:1].islower() or level_word.startswith("TP"))
                and not re.search(rf"(?<!\w){_LEVEL_RE}\s+{UP}", before))


# ", cùng trú xã X", ", ngụ xã Y, thị xã Z", ", quê ở huyện W": where the persons before live, up to the next person
_RESIDENCE = re.compile(r",\s*(?:cùng\s+)?(?:trú|thường trú|ngụ|quê quán|quê)(?:\s+(?:tại|ở))?\s+(?:thôn|xóm|ấp|bản|khối|tổ|xã|phường"
                        rf"|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP)(?!\w)[^;]*?(?=\s+và\s+(?:ông|bà|anh|chị|em|mẹ|{UP})|$)")


@functools.lru_cache(maxsize=1)
def _name_at_end() -> re.Pattern:
    return re.compile(rf"(?:^|(?<=[\s,]))(?P<name>{lexicon.full_name_pattern()})[ \t.]*$")


def _described_person(item: str) -> str | None:
    """"Đạo diễn điện ảnh, NSND Đặng Nhật Minh", "Kiến trúc sư, Tiến sĩ A", "Nhà nghiên cứu văn hóa B": one listed
    person written after what they do (occupation, academic rank, honour), with no body named before the name."""
    item = re.sub(rf"\s+{ADMIN_TYPES}\s+{CAP_WORD}(?:\s+{CAP_WORD})*\s*$", "", item)  # "… Nguyễn Thị Mai huyện Định Quán"
    m = _name_at_end().search(item)
    if not m or m.start() == 0 or ORG_HEAD_RE.search(item[:m.start()]) or HEAD_RE.search(item[:m.start()]) \
            or gazetteer.is_any_place(m.group("name")) or re.search(r"\d|;", item):
        return None
    return m.group("name")


def cut_reason(item: str) -> str:
    """"Trường A đã có thành tích …", "Sở B vì …", "… cùng 20 tập thể": the recipient before its reason or a count."""
    # ("Nhà máy A thuộc Tổng cục B": the body it belongs to qualifies it)
    cut = re.search(r"\s+(?:đã có|vì đã|vì có|có thành tích|đã|vì|trong|nhân dịp|nhằm|tại|về thành tích|thuộc)\s", item)
    while cut and cut.group(0).strip() == "tại" and re.match(rf"{CAP_WORD}(?!\w)", item[cut.end():]) \
            and not re.match(_VENUE, item[cut.end():]) \
            and not gazetteer.is_any_place(re.split(r"[,;(]", item[cut.end():])[0].strip(" .")):
        cut = re.compile(r"\s+(?:đã có|vì đã|vì có|có thành tích|đã|vì|trong|nhân dịp|nhằm|tại|về thành tích|thuộc)\s").search(item, cut.end())
    if cut:
        item = item[:cut.start()]
    item = strip_person_home(item)  # "Vũ Văn Đáp ở phường rối nước xã X": where the person lives
    # "A và B, cùng trú xã X", "C, quê ở huyện Y": where the persons before live
    item = _RESIDENCE.sub("", item)
    item = _GENERIC_TAIL.split(item)[0]  # "… cùng 20 tập thể", "… và nhiều xã": counts and unnamed groups
    return item.strip(" .,:/")


def only_names(item: str) -> list[tuple[str, str]]:
    """"A, B, C và D" where every piece is a person's full name (surname first): one individual each."""
    # "A, B (Tên hiệu), bà C": brackets are gone by now; an honorific before an item is dropped
    # ("Thượng tướng A, B và C": a rank before the first name is shared by all)
    pieces = [re.sub(rf"^(?:[Ôô]ng|[Bb]à|[Mm]ẹ|[Aa]nh|[Cc]hị|[Ee]m)\s+(?=[A-ZĐÀ-Ỹ])|^{RANK.pattern}", "", p.strip(" .")) for p in re.split(r"\s*,\s*|\s+và\s+", item)]
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


def titled_persons(item: str) -> list[tuple[str, str]]:
    """"T1 A, T2, T3 B và T4 C": persons each written after their titles (a title alone is a segment of the next
    person's titles), listed with commas or "và"; one individual each. Every segment must be a title, and the list
    must end with a name, or none is taken."""
    title = lexicon.title_head_re()
    if not title.match(item.strip()):
        return []
    out: list[tuple[str, str]] = []
    named_last = False
    for seg in re.split(r"\s*,\s*|\s+và\s+", item.strip(" .")):
        if not title.match(seg):
            return []
        last = None
        for last in NAME_RUN.finditer(seg):
            pass
        span = pick_name(last.group(0), False) if last and last.end() == len(seg) else None
        named_last = bool(span and span[1] == len(last.group(0)) and last.start() + span[0] > 0)
        if named_last:
            out.append((clean_spaces(last.group(0)[span[0]:]), "individual"))
    return out if named_last else []


# "các ông, bà: A, B và C", "các đồng chí: A, B": one honorific for a list of bare names
_PEOPLE_INTRO = re.compile(r"^\s*(?:(?:các\s+)?(?:ông,?\s*bà|ông\s*/\s*bà|ông|bà mẹ|bà|mẹ|anh,?\s*chị|đồng chí|cá nhân)\s*:\s*"
                           r"|(?i:các)\s+(?:(?i:ông),?\s*bà|đồng chí|Đồng chí|ông|bà|anh|chị|em|cháu|mẹ|" + OCCUPATION_WORDS + r")\s+(?=[A-ZĐÀ-Ỹ]))", re.I)


def _bare_names(seg: str) -> list[tuple[str, str]]:
    """Names in "A, Giám đốc X; B và C": each one, without its title."""
    out = []
    seg = re.sub(r"\s*\([^()]*\)", "", seg)  # "A (phóng viên báo Lao động và Xã hội), B": the bracket says who A is
    for piece in re.split(r"\s*;\s*|\s*,\s*(?=[A-ZĐÀ-Ỹ][^,;]*?(?:,|;|\s+và\s+|$))|\s+và\s+", seg.strip(" .")):
        piece = re.sub(r"^\s*(?:ông|bà|đồng chí)\s+(?=[A-ZĐÀ-Ỹ])", "", piece)  # "…; ông B, T": the next person
        run = NAME_RUN.match(piece.strip())
        if run and lexicon.title_head_re().match(re.sub(r"^(?:nguyên|Nguyên|phó|quyền)\s+", "", piece.strip())):
            continue  # "A, Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy": A's titles, no one else
        if run:
            span = pick_name(run.group(0), True)
            if span:
                name = clean_spaces(run.group(0)[span[0]:span[1]])
                if not lexicon.title_head_re().match(name) and name not in [n for n, _k in out]:
                    out.append((name, "individual"))
    return out


def split_coordinated(item: str) -> list[str]:
    """"Hội A thành phố và Hội B thành phố" -> two; "Nhân dân và cán bộ xã X" stays one; persons split on honorifics."""
    # (an occupation before an organisation, ", chiến sĩ Đội X", is the person's description, not a new person)
    person = rf"(?:cá nhân\s+)?{_PERSON_HONORIFIC}\s|nguyên\s|{RANK.pattern}|(?:[Ll]iệt sĩ|[Ll]iệt sỹ|{OCCUPATION})\s+(?=[A-ZĐÀ-Ỹ])(?!{HEAD_RE.pattern})"
    parts = re.split(rf"\s+và\s+(?={person})|,\s+(?={person})", item)
    # "bà A, nguyên Hiệu trưởng, Trường B": a former post after a person's name is hers, no new person
    for k in range(len(parts) - 1, 0, -1):
        if re.match(r"nguyên\s", parts[k]) and lexicon.title_head_re().match(parts[k][len("nguyên "):]) \
                and re.match(_PERSON_HONORIFIC + r"\s", parts[k - 1], re.I):
            parts[k - 1:k + 1] = [parts[k - 1] + ", " + parts[k]]
    out = []
    for p in parts:
        if re.match(_PERSON_HONORIFIC + r"\s", p, re.I) or RANK.match(p) or re.match(r"[Ll]iệt s[ĩỹ]\s", p):
            out.append(p)  # "anh A, thôn B": what follows a person qualifies that person
            continue
        pieces = re.split(r"(\s+và\s+(?=" + HEAD_RE.pattern + r")|,\s+(?=" + HEAD_RE.pattern + r")|,\s+(?=Nhân dân|Đảng bộ|Tập thể)|\s+và\s+(?=Nhân dân và)"
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


def piece_recipient(piece: str, whole: bool = False, listed: bool = False) -> tuple[str, str] | None:
    """`whole`: the piece is one numbered item, a name as written; `listed`: one of several ";"-separated items,
    so a capitalised name counts as a recipient even without a known organisation head ("Vụ Công nghệ cao")."""
    piece = piece.strip(" .,:;")
    piece = re.sub(r"^(?:cho|tới|đến|là)\s+", "", piece)
    if re.match(r"(?:các\s+)?(?:vị\s+)?lãnh đạo\s", piece):
        return None  # "… và lãnh đạo Bộ X": the body's leaders, persons not named, not the body
    # "cho tập thể tỉnh X": the place's collective is the place
    # ("cho tập thể nhân dân và cán bộ tỉnh X": the official collective form)
    piece = re.sub(r"^(?:các|những|tập thể|cá nhân|toàn thể)\s+(?=[A-ZĐÀ-Ỹ]|(?:ông|bà)\s|(?:nhân dân|quân và dân)\s|" + ADMIN_TYPES + rf"\s+{UP})", "", piece)
    if not piece:
        return None
    # a rank or honorary title first: "Thầy thuốc Ưu tú A" is not the honorific "Thầy" before a name
    hon = RANK.match(piece) or re.match(
        r"(?:[Cc]ác đồng chí|[Đđ]ồng chí|[Đđ]/c|[Nn]gài|[Ôô]ng|[Bb]à|[Tt]hầy giáo|[Cc]ô giáo|[Tt]hầy|[Aa]nh|[Cc]hị|[Ee]m|[Mm]ẹ|[Cc]ụ|[Ll]iệt s[ĩỹ])\s*:?\s+", piece)
    if not hon:
        # "thợ lò A", "nguyên điều dưỡng B", "Bác sĩ C": a description before a full name (surname first)
        desc = re.match(rf"(?:nguyên\s+)?(?:{OCCUPATION}|(?!{UP})[\wÀ-ỹđ]+(?:\s+(?!{UP})[\wÀ-ỹđ]+){{0,3}})\s+(?={UP})", piece)
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
    foreign = _HYPHENATED_NAME.match(rest) if hon else None
    if foreign:
        return clean_spaces(foreign.group(0)), "individual"  # "đồng chí Khăm-phởi Bút-đa-viêng": hyphenated syllables
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
    # a numbered item is one name as written; "Hội người Việt Nam tại Ba Lan" keeps its "tại" (see cut_reason);
    # "Ban Quản lý các khu công nghiệp tỉnh", "Trung tâm nghiên cứu ứng dụng và chuyển giao kỹ thuật": a list
    # item that goes on in lowercase name words to its end is whole
    rest = coll[len(extent):]
    lower_tail = extent != coll and HEAD_RE.match(extent) and re.fullmatch(r"(?:\s+[a-zà-ỹđ]+){1,15}\s*", rest) \
        and not any(w in _PIECE_STOP for w in rest.split()) and not _PERSON_WORD.search(rest)
    if not whole and not lower_tail and not re.fullmatch(r"\s+tại\s+[A-ZĐÀ-Ỹ][^,;]*", rest):
        coll = extent
    if _VILLAGE.match(coll):
        return clean_spaces(coll), "collective"
    # "nhân dân và cán bộ xã X", "lực lượng Công an nhân dân": official collective forms written in lowercase
    lower_collective = re.match(r"(?:lực lượng(?: vũ trang)?\s+|quân và dân\s+|(?:(?:cán bộ|chiến sĩ|đảng viên|chính quyền)(?:\s*,\s*|\s+và\s+))*[Nn]hân dân"
                                r"(?:(?:\s*,\s*|\s+và\s+)(?:cán bộ|chính quyền|lực lượng vũ trang))*\s+)"
                                rf"(?={ADMIN_TYPES}\s+{UP}|(?:{VILLAGE_WORDS})\s+{UP}|{UP})", coll)
    if not coll or not coll[0].isupper() and not re.match(ADMIN_TYPES + r"\s", coll) and not lower_collective:
        return None
    if not (HEAD_RE.search(coll) or re.search(ADMIN_TYPES + r"\s+[A-ZĐ]", coll) or (whole or listed) and coll[0].isupper() or lower_collective
            or re.match(r"(?:Nhân dân|Đảng bộ|Tập thể|Gia đình|Trường|Công ty|Hợp tác xã|Chi bộ|Lực lượng|Cụm|Khối)", coll)):
        return None
    if coll in COMPLETE_HEADS and coll != "Chính phủ":
        return coll, "collective"  # "Tỉnh đoàn": a whole name in one head
    if len(coll) > 120 or len(coll.split()) < 2 or HEAD_RE.fullmatch(coll):
        return None  # a bare "HĐND", "UBND" or "Huyện ủy" names no one
    return clean_spaces(coll), "collective"


# a foreign name written in hyphenated syllables after an honorific ("Khăm-phởi Bút-đa-viêng", "Xỉ-xổm-phon")
_HYPHENATED_NAME = re.compile(rf"{UP}[a-zà-ỹđ]*-[\wÀ-ỹđĐ-]*[\wÀ-ỹđĐ](?:[ \t]+{UP}[\wÀ-ỹđĐ]*(?:-[\wÀ-ỹđĐ]+)*)*")
_COLLECTIVE_PREFIX = re.compile(
    r"^(?:(?:Đảng bộ|[Nn]hân dân(?: các dân tộc)?|[Cc]hính quyền|[Cc]án bộ|[Cc]ông nhân viên chức|[Qq]uân và dân|[Cc]án bộ, chiến sĩ|[Ll]ực lượng vũ trang)"
    r"(?:\s*,\s*|\s+và\s+|\s+))+(?=[^\s])")


# the level of a school after "Trường", written with lowercase syllables
_SCHOOL_LEVEL = re.compile(r"Trường[ \t]+(?:Phổ thông|Trung học|Tiểu học|Mầm non|Trung cấp|Cao đẳng|Đại học)"
                           r"(?:[ \t]+(?:phổ thông|cơ sở|[Dd]ân tộc|[Nn]ội trú|[Bb]án trú|[Cc]huyên|[Nn]ăng khiếu))*(?!\w)")


def _unit_extent(coll: str) -> str:
    """Cut a collective recipient after its name: "Trường THPT X khai giảng năm học mới" -> "Trường THPT X"."""
    prefix = _COLLECTIVE_PREFIX.match(coll)
    if prefix and prefix.end() < len(coll):
        rest = _unit_extent(coll[prefix.end():])
        return coll[:prefix.end()] + rest
    head = None
    for m in HEAD_RE.finditer(coll):
        head = (m.start(), max(m.end(), extend_name(coll, m.end(), m.end() + 200, True)))
        break
    am = re.search(r"(?<!\w)" + ADMIN_TYPES + r"\s+[A-ZĐ0-9]", coll)
    if am and (head is None or am.start() >= head[1] or am.start() < head[0]):
        if head is None or am.start() < head[0]:
            head = (am.start(), admin_at(coll, am.start()))
    if head is None:
        return coll
    # "Trường Phổ thông Năng khiếu", "Trường Trung học cơ sở A": a school's level mixes cases, then its name goes on
    school = _SCHOOL_LEVEL.match(coll, head[0])
    if school:
        head = (head[0], max(head[1], extend_name(coll, school.end(), school.end() + 200, True)))
    # "Văn phòng Ủy ban nhân dân tỉnh X": a name that runs into a second organisation's head takes it whole
    for m in HEAD_RE.finditer(coll):
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
    return coll[:run_on(coll, head[1])].rstrip(" ,")


# verbs and function words that end a recipient's name before the end of its list item
_PIECE_STOP = {"được", "đã", "vừa", "sẽ", "đang", "là", "có", "vì", "do", "cho", "tặng", "trao", "nhận", "đón", "đạt",
               "góp", "hoàn", "tham", "với", "về", "trong", "tại", "từ", "nhiều", "năm", "tháng", "ngày", "lần", "liền",
               "luôn", "đều", "cũng", "này", "đó", "thuộc", "của", "giai", "đoạn", "tiêu", "biểu", "xuất", "sắc", "nhất",
               "nhì", "ba", "hạng", "loại", "khen", "thưởng", "dẫn", "đầu", "tiên", "tiến", "điển", "hình"}
_PERSON_WORD = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|em|đồng chí|cháu)(?!\w)")
# "bác sĩ chuyên khoa II Nguyễn Văn A", "kỹ sư Trần Thị B": an occupation (with its grade) before a name
OCCUPATION = (r"(?:[Bb]ác sĩ|[Yy] sĩ|[Dd]ược sĩ|[Đđ]iều dưỡng|[Kk]ỹ sư|[Kk]ĩ sư|[Gg]iáo viên|[Nn]hà giáo|[Nn]ghệ nhân"
              r"|[Nn]ghệ sĩ|[Cc]hiến sĩ|[Cc]ông nhân|[Nn]ông dân|[Cc]ựu chiến binh|[Hh]ọc sinh|[Ss]inh viên|[Dd]oanh nhân)"
              rf"(?:\s+(?:chuyên khoa|cấp|bậc|hạng|[IVX]+|\d|(?!{UP}|và\s)[a-zà-ỹđ]+)(?!\w)){{0,3}}")  # not "Đặng": Đ is in à-ỹ


_TYPE_WORDS = r"(?:tỉnh|huyện|thị xã|quận|xã|phường|thị trấn|thành phố)"
_PLACE_NAME = rf"{CAP_WORD}(?!\w)(?:[ \t]+{CAP_WORD}(?!\w))*"
# "Công an tỉnh A, B và C": the head and type word written once for the places that follow as bare names
SHARED_HEAD = re.compile(rf"(?P<h>(?:{HEAD_RE.pattern})[^,;]*?\s+)(?P<t>{_TYPE_WORDS})\s+(?P<first>[^\s,;]+(?:[ \t]+{CAP_WORD}(?!\w))*)"
                          rf"(?P<more>(?:\s*,\s*{_PLACE_NAME})+(?:\s+và\s+{_PLACE_NAME})?|\s+và\s+{_PLACE_NAME})"
                          r"(?=\s*(?:[,;.]|$|\s+(?:được|đã|cũng|vinh dự|nhận)\s))")


# a unit code with a digit ("PC03", "PA06", "K20"): a bare code after a comma is a sibling of the headed one before it
_CODE = r"[A-ZĐ]{1,4}\d{1,3}[A-Z]?"
_HEADED_CODES = re.compile(rf"(?P<h>(?<!\w){UP}[\wÀ-ỹđĐ]*)[ \t]+(?P<first>{_CODE})(?P<more>(?:[ \t]*,[ \t]*{_CODE}(?!\w))+"
                           rf"(?:[ \t]+và[ \t]+{_CODE}(?!\w))?)(?![\w ]*[A-ZĐ]{{2}})")


def share_head_over_codes(seg: str, sep: str = "; ") -> str:
    """"Phòng PC01, PC02, PC09 và PK20" -> "Phòng PC01; Phòng PC02; Phòng PC09; Phòng PK20": one head written for
    several unit codes."""
    def expand(m: re.Match) -> str:
        codes = [m.group("first")] + re.findall(_CODE, m.group("more"))
        return sep.join(f"{m.group('h')} {c}" for c in codes)
    return _HEADED_CODES.sub(expand, seg)


# "(Đó là) các bệnh viện: Bạch Mai, Bỏng quốc gia, Nhi đồng I (TP.HCM)…": a lowercase kind of body written once for the
# names after it (the names end at "…" or a full stop, not at the dot of "TP.HCM")
_KIND_LIST = re.compile(r"^(?:Đó là\s+)?các\s+(?P<k>bệnh viện|trường|hợp tác xã|công ty|ngân hàng)\s*:\s*(?P<n>(?:[^;.…]|\.(?=\w))+)")


def _one_kind_each(m: re.Match) -> str:
    kind = m.group("k")[:1].upper() + m.group("k")[1:]  # capitalised, so that it reads as a body's head
    names = [re.sub(r"\s*\([^)]*\)", "", n).strip(" .…") for n in re.split(r"\s*,\s*|\s+và\s+", m.group("n"))]
    return "; ".join(f"{kind} {n}" for n in names if n) + ";"


def distribute_types(seg: str) -> str:
    """"UBND các huyện A, B và C" -> "UBND huyện A; UBND huyện B; UBND huyện C" (the head and type word are shared)."""
    name = rf"{CAP_WORD}(?!\w)(?:[ \t]+{CAP_WORD}(?!\w))*"

    def expand(m: re.Match) -> str:
        head = m.group("h") or ""
        names = re.findall(name, m.group("n"))
        return "; ".join(f"{head}{m.group('t') or m.group('t2')} {n}" for n in names) + ";"

    # the shared head: an organisation ("UBND các huyện …") or an official collective ("nhân dân và cán bộ các xã …")
    collective = r"(?:(?:Đảng bộ|[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|[Qq]uân và dân|[Ll]ực lượng vũ trang)(?:\s*,\s*|\s+và\s+|\s+))+"

    def share(m: re.Match) -> str:
        more = re.findall(name, m.group("more"))
        if not all(gazetteer.is_any_place(n) for n in more):
            return m.group(0)  # "Công an tỉnh A, Sở B": not bare place names
        return "; ".join(f"{m.group('h')}{m.group('t')} {n}" for n in [m.group("first")] + more) + ";"

    seg = SHARED_HEAD.sub(share, seg)
    # "các bệnh viện: Bạch Mai, Bỏng quốc gia, Nhi đồng I": a lowercase kind of body written once for the names after it
    seg = _KIND_LIST.sub(_one_kind_each, seg)
    # ("UBND 7 phường thuộc thị xã X (cũ): A, B, C": a count for "các", and what the places share before the colon)
    return re.sub(rf"(?P<h>{collective}|(?:{HEAD_RE.pattern})[^,;]*?\s+)?(?:các\s+(?P<t>{_TYPE_WORDS})\s*:?"
                  rf"|(?:các|\d+|{NUMBER_WORDS})\s+(?P<t2>{_TYPE_WORDS})(?:\s+[^:;]{{1,60}}?)?\s*:)\s+"
                  rf"(?P<n>{name}(?:\s*,\s*{name})*(?:\s+và\s+{name})?)", expand, seg)


@functools.lru_cache(maxsize=None)
def _folded_abbreviations() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(rf"(?<![\w&-]){re.escape(fold(a).lower())}(?![\w&-])"), fold(f).lower())
                 for a, f in lexicon.unit_abbreviations().items())


def same_recipient(a: str, b: str) -> bool:
    """Folded recipients naming the same unit: one contains the other as whole words (≥ 2 words)."""
    def core(x: str) -> str:
        # "LĐLĐ tỉnh" / "Liên đoàn Lao động tỉnh X", "Công ty CP" / "Công ty cổ phần": abbreviations written out
        for abbr, full in _folded_abbreviations():
            x = abbr.sub(full, x)
        x = re.sub(r"(?<!\w)tp\.?(?=\s)", "thanh pho", x)  # "Công an TP Hà Nội" = "Công an thành phố Hà Nội"
        return re.sub(r"^(?:huyen|xa|tinh|thanh pho|thi xa|thi tran|phuong|quan) ", "", x)
    x, y = core(a), core(b)
    short, long_ = sorted((x, y), key=len)
    if long_[len(short) + 1:] in ("nam", "bac", "dong", "tay", "trung") and long_.startswith(short + " ") \
            and short.split()[-1] not in ("tinh", "huyen", "xa", "phuong", "quan", "tran", "pho"):
        return False  # "phường Hoài Nhơn" and "phường Hoài Nhơn Nam": two places, the second named by its direction
    if len(short.split()) >= 2 and f" {short} " in f" {long_} ":
        return True
    # "hop tac xa tan phong" / "hop tac xa dich vu nong nghiep tan phong": words left out of one name
    a, b = short.split(), long_.split()
    it = iter(b)
    return len(a) >= 3 and a[0] == b[0] and a[-1] == b[-1] and all(w in it for w in a)


# "… gồm: 1.A; 2. B": an item number before its item ("2." ends a sentence chunk when a space follows it)
_ITEM_NO = re.compile(r"(?:^|[;:]\s*|\n\s*)\d{1,2}\s*[.)]$")  # not "… hạng 3." or "… Khối 2."
ITEM_LEAD = re.compile(r"\s*(?:[-–+•]\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\)\s*)?")
_ITEM_START = re.compile(r"^\s*(?:\d{1,2}\s*[.)\-–]|[a-zđ]\)|[-–+•]\s)")


def join_list_items(text: str, sentences: list[Sentence]) -> list[Sentence]:
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

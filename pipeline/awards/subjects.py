"""Recipients written as the subject of the conferral ("A được tặng FORM", "A đón nhận FORM", "Tập thể được\ntặng FORM là A và B"), and the later lists that name the recipients of a counted conferral."""

from __future__ import annotations

import re

from .. import gazetteer, lexicon
from ..orgnames import ADMIN_TYPES, ORG_HEAD_RE, admin_at, extend_name, looks_like_person
from ..textutil import CAP_WORD, NUMBER_WORDS, UP, clean_spaces
from ..officials import NAME_RUN, pick_name
from .names import HEAD_RE, RANK, lowercase_sibling, run_on
from ..residence import strip_person_home
from .recipients import (COUNT_BRACKET, OCCUPATION, SHARED_HEAD, distribute_types, only_names, piece_recipient, recipients_from_list, staff_recipients,
                         share_head_over_codes, split_coordinated)


# a counted group as the subject, opening its clause or after "có", described in lowercase words rather than named
# ("tỉnh X đã có hơn 50 tập thể, cá nhân được …", "12 cán bộ đang công tác tại … được"); not "Hai tập thể A và B"
_COUNTED_GROUP = re.compile(rf"(?:^|[,;:]\s*|(?<!\w)có\s+)(?:(?:thêm|tổng cộng|tổng số|hơn|gần|trên|khoảng)\s+)*(?:\d[\d.]*|(?i:{NUMBER_WORDS}))"
                            r"\s+(?:tập thể|cá nhân|đơn vị|đồng chí|người|hộ|gia đình|cán bộ|chiến sĩ|(?:bà\s+)?mẹ)(?!\w)"
                            rf"(?!\s*(?:[:(]|gồm|là|{UP}))")
_COUNT_SUBJECT = re.compile(
    rf"(?<!\w)(?:\d+|{NUMBER_WORDS}|một số|nhiều)\s+(?:tập thể|cá nhân|đơn vị|đồng chí|người|hộ"
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
    # "Phó Chủ tịch UBND tỉnh Nguyễn Văn A", "cá nhân Hiệu trưởng Trường B Lê Văn C"
    titled = lexicon.title_head_re().match(re.sub(r"^(?:cá nhân|[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+", "", h[seg_start:].lstrip()))
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


# ("Ghi nhận thành tích đó, X được …", "công nhận", "tiếp nhận": no receiving verb)
_SUBJECT_VERB = re.compile(r"(?:(?<!đạt)(?<!thu)(?<![Gg]hi)(?<!công)(?<!tiếp)(?<!xác)\s(?:(?:đã|cũng|vinh dự|vừa|từng)\s+)*"
                           r"(?:được|nhận|đón nhận|vinh dự nhận)(?:\s|$))")
# orders, medals and State titles: a bare year after them is when they were given
ORDER_LIKE = re.compile(r"(?:[Hh]uân chương|[Hh]uy chương|HCLĐ|HCBVTQ|HCCC|(?:[Dd]anh hiệu\s+)?(?:vinh dự [Nn]hà nước\s+)?(?:[Aa]nh hùng|[Bb]à mẹ"
                        r"|[Nn]hà giáo|[Tt]hầy thuốc|[Nn]ghệ sĩ|[Nn]ghệ nhân|NNND|NGND|NNƯT|NGƯT|NSND|NSƯT|TTND|TTƯT|AHLĐ|AHLLVTND|BMVNAH))")


def verb_head(span: str) -> str:
    """What stands before the passive or receiving verb: "A - T được trao tặng " -> "A - T"."""
    m = None
    for m in _SUBJECT_VERB.finditer(span):
        pass
    return span[:m.start()] if m else span


# "A - Giám đốc Sở X", "A, Phó Giám đốc", "A (Chánh Văn phòng)": the title written after a person's name
_TITLE_AFTER = re.compile(r"\s*(?:[-–]\s*\S|\(\s*\S|,\s*(?:nguyên\s+)?(?=" + lexicon.title_head_re().pattern + "))")
_PERSON_LEAD = re.compile(rf"(?:(?:[Cc]ác\s+)?(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+|{RANK.pattern})+")


def titled_people(head: str) -> list[tuple[str, str]]:
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
        if HEAD_RE.match(run.group(0)) and not looks_like_person(run.group(0), 0):
            return []
        out.append((clean_spaces(run.group(0)), "individual"))
    titled = sum(1 for item in items if _TITLE_AFTER.search(item))
    return out if titled else []


_WITH_PERSONS = re.compile(rf"\s+cùng(?:\s+với)?\s+(?=(?:các\s+|\d+\s+|hai\s+|ba\s+)?(?:cá nhân|tập thể|đồng chí|ông|bà)(?!\w)|{RANK.pattern})"
                           # "Công an xã A và anh B", "Ông A và bà B": a further person named with an honorific or rank
                           rf"|(?:\s+và|\s*,)\s+(?=(?:cá nhân\s+)?(?:[Đđ]ồng chí|ông|bà|anh|chị|em|cháu)\s+{UP}|{RANK.pattern})")
# "4 tập thể là A, B, C (và 43 cá nhân)", "Ba đơn vị gồm: A, B và C": a count, then "là/gồm" and the names it counts
_COUNT_THEN_NAMES = re.compile(rf"(?:^|[\s,;:])(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm)\s+(?:tập thể|đơn vị)\s+(?:là|gồm(?:\s+có)?)\s*:?\s+"
                               rf"(?P<names>{UP}[^;]*?)(?:\s+(?:và|cùng)\s+(?:\d+|[a-zà-ỹđ]+)\s+cá nhân(?:\s+khác)?)?\s*$")
# "Hai tập thể A và B", "02 cá nhân C": a count right before the names it counts
_COUNTED_LEAD = re.compile(rf"^(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|\d+)\s+(?:tập thể|cá nhân|đơn vị)\s*:?\s+(?={UP})")


# "Được X tặng FORM (năm 2020), R (đã) tổ chức lễ đón nhận …": the subject of the main clause after the comma
FRONTED_SUBJECT = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:năm\s+\d{4}\s*)?,\s*(?P<subj>[^,;.]{3,120}?)\s+(?:(?:đã|vừa|đang)\s+)?"
                             r"(?:tổ chức|long trọng|trang trọng|vinh dự|đón nhận|nhận)(?!\w)")
# "X là 1/16 tập thể toàn tỉnh", "X là một trong 5 đơn vị được …": X is one of those counted
_ONE_OF = re.compile(rf"(?:^|[,;:.]\s*)(?P<x>{UP}[^,;:]{{0,80}}?)(?:\s+(?:vinh dự|cũng|đã))*\s+(?:là|trở thành)\s+(?:\d+\s*/\s*\d+|một trong(?:\s+số)?(?:\s+\d+)?"
                     r"|một|01|1)\s+(?:trong\s+(?:số\s+)?\d+\s+)?(?P<kind>tập thể|đơn vị|doanh nghiệp|cơ quan|địa phương|công ty|cá nhân"
                     r"|người)(?!\w)[^;]*$"
                     # "Sở X tỉnh A là 1 trong 8 Sở GD&ĐT được nhận …": counted bodies of the kind named by their head
                     r"|(?:^|[,;:.]\s*)(?P<y>[A-ZĐÀ-Ỹ][^,;:]{0,80}?)(?:\s+(?:vinh dự|cũng|đã))*\s+là\s+(?:một|01|1)\s+trong\s+(?:số\s+)?\d+\s+(?=[A-ZĐ])[^;]*$")


# "Sở A và Sở B là 2 đơn vị tiêu biểu …": bodies named, then counted
_SEVERAL_OF = re.compile(rf"(?P<x>{UP}[^;:]{{0,160}}?)\s+là\s+(?:[2-9]|0[2-9]|hai|ba|bốn|năm)\s+(?:tập thể|đơn vị|cơ quan|địa phương)"
                         r"(?!\w)[^;]*$")
# "Tại Lễ kỷ niệm, … trao tặng Bộ A Huân chương …": the verb and its recipient right before the form, in a ceremony
VERB_THEN_RECIPIENT = re.compile(r"(?<!\w)(?:trao tặng|tặng thưởng|trao|tặng)\s+(?:Bộ|Sở|Ban|Cục|Hội|Công ty|Tổng Công ty|Trường"
                                 r"|Bệnh viện|Viện|Báo|Đài|Liên đoàn|Tập đoàn|Ngân hàng|Ủy ban|UBND|Đảng bộ|Công an)\s[^,;:]{1,100}?"
                                 r"(?:\s+danh hiệu)?\s*$")
# "các cá nhân (vinh dự) được tặng …": a plural subject that names no one
UNNAMED_SUBJECT = re.compile(r"(?:^|\s)(?:các|những)\s+(?:tập thể|cá nhân|đơn vị|đồng chí)(?:\s*(?:,|và)\s*(?:tập thể|cá nhân|đơn vị))?"
                             r"\s+(?:(?:đã|vinh dự|cũng|vừa)\s+)*(?:được|nhận|đón nhận)(?:\s+[^,;]{0,40})?\s*$")
_COLLECTIVE_WORD = r"(?:Đảng bộ|[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|[Qq]uân và dân|[Ll]ực lượng vũ trang|[Cc]hiến sĩ)"
# "Đảng bộ, chính quyền và nhân dân thị xã", "… nhân dân Kiến Xương": a place not named again, or named without its type
_BARE_PLACE_COLLECTIVE = re.compile(rf"(?:^|[,;:]\s*)(?P<x>{_COLLECTIVE_WORD}(?:(?:\s*,\s*|\s+và\s+){_COLLECTIVE_WORD})+"
                                    rf"\s+(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn|{CAP_WORD}(?:\s+{CAP_WORD}){{0,3}}))\s*$")


# a person with posts set off by dashes, then the person's own lowercase predicate ("ông A – Giám đốc Công ty B –
# vẫn ngày ngày sáng chế và vừa được …"): the person is the subject, not the body inside the posts
_APPOSED_PERSON = re.compile(rf"(?:^|[\s,;:])(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Đđ]ồng chí)\s+(?P<name>{NAME_RUN.pattern})\s*[–—]\s"
                             rf"[^–—;]{{3,150}}?\s[–—]\s+(?=(?:(?!{UP})[^;])*$)")


def subject_recipients(clause: str) -> list[tuple[str, str]]:
    """Recipients written before the verb: "Ban A và Ủy ban B nhận FORM", "Công an huyện được Bộ X tặng FORM"."""
    clause = share_head_over_codes(clause, ", ")  # "Các tập thể Phòng PC03, PA06 và …": one head for several codes
    # "Báo X: 40 thầy thuốc được …": the outlet that reports, labelling its headline, receives nothing
    clause = re.sub(r"^\s*(?:Báo|Đài|Tạp chí|Cổng thông tin|Thông tấn)[^:;,.]{0,40}:\s*", "", clause)
    at = lowercase_sibling(clause)
    if at is not None:
        # read the sibling as if capitalised, then give back each name as written
        probe = clause[:at] + clause[at].upper() + clause[at + 1:]
        out = []
        for name, kind in subject_recipients(probe):
            pos = probe.find(name)
            out.append((clause[pos:pos + len(name)] if pos >= 0 else name, kind))
        return out
    m = _SUBJECT_VERB.search(clause)
    head = clause[:m.start()] if m else clause
    # "A vinh dự là một trong những gương tiêu biểu được nhận …": A, before the copula
    # ("A là đơn vị được vinh dự tặng …": A, before the copula)
    copula = re.search(r"\s+(?:(?:vinh dự|cũng|đã)\s+)*(?:là|trở thành)\s+(?:(?:một|1)\s+trong\s+(?:những|các|số)\s(?![^,;]*\d)"
                       r"|(?P<body>đơn vị|tập thể)\s*$)", head)
    if copula:
        head = head[:copula.start()]
        named = re.search(r"(?:^|[,;:.]\s+)(?P<x>[A-ZĐÀ-Ỹ][\wÀ-ỹđĐ&.-]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹđĐ&.-]*){0,5})$", head)
        if copula.group("body") and named and not HEAD_RE.match(named.group("x")) and not looks_like_person(named.group("x"), 0):
            return [(named.group("x"), "collective")]  # "VN Đà Thành Group là đơn vị được …": a body by its own name
    apposed = _APPOSED_PERSON.search(head)
    if apposed and pick_name(apposed.group("name"), True) == (0, len(apposed.group("name"))):
        return [(apposed.group("name"), "individual")]  # "ông A – Giám đốc Công ty B – vẫn … và vừa được": A
    counted = COUNT_BRACKET.search(head)
    if counted:  # "tỉnh X có 02 tập thể (A, B) và 01 cá nhân (C) được trao tặng …": the bodies the counts name
        got = recipients_from_list(head[counted.start():])
        if got:
            return got
    head = re.sub(r"\([^)]*\)", "", head).rstrip()
    # "Trường A, ngôi trường mang tên danh nhân A vinh dự …": the appositive says whom the school is named after
    head = re.sub(r",\s*(?:ngôi trường|trường|đơn vị|nơi|con đường)\s+(?:mang tên|được đặt tên|vinh dự mang tên)\s[^,;]*$", "", head)
    head = strip_person_home(head)  # "Nông dân A ở xã B, huyện C vinh dự được …": A, wherever A lives
    if re.search(r"(?:^|[\s,;:])(?:[Cc]ác\s+)?(?:vị\s+)?[Ll]ãnh đạo\s+(?=[A-ZĐ])[^,;]*$", head):
        return []  # "Các lãnh đạo Bộ X được tặng …": the body's leaders, persons not named, not the body
    if re.search(r"(?<!\w)(?:hiện\s+|đã\s+)?có\s+(?:\d[\d.]*|hàng\s+\w+|nhiều)\s+[^,;]{1,30}$", head):
        return []  # "huyện A hiện có 245 mẹ được phong tặng …": a count of holders, nobody named receives
    tail = re.split(r"[;:]", head)[-1]
    at = re.search(r"(?<!\w)(?:[Cc]án bộ|[Cc]ông chức|[Vv]iên chức|[Nn]hân viên|[Cc]hiến sĩ|[Gg]iáo viên)\s*(?:,|và)\s", tail)
    staff = staff_recipients(tail[at.start():]) if at and not re.search(r"(?:,|và)\s*$", tail[:at.start()]) else []
    if staff:
        return staff  # "…; cán bộ và nhân dân phường A, phường B được nhận …"
    starts = [0] + [m.end() for m in re.finditer(r"[,;:.]\s*", head)]
    for several in filter(None, (_SEVERAL_OF.match(head, st) for st in starts)):
        # "Sở A và Sở B là 2 đơn vị tiêu biểu được …": each body the count names
        pieces = [piece_recipient(p) for p in re.split(r"\s*,\s*|\s+và\s+", several.group("x"))]
        if len(pieces) >= 2 and all(p and p[1] == "collective" for p in pieces):
            return pieces
    one = _ONE_OF.search(head)
    if one:  # "Thaco là 1/16 tập thể toàn tỉnh nhận …": the body counted among the recipients
        x = clean_spaces(one.group("x") or one.group("y"))
        kind = "individual" if one.group("kind") in ("cá nhân", "người") else "collective"
        r = piece_recipient(x)
        if r:
            return [r]
        if re.fullmatch(rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,4}}", x) and not lexicon.title_head_re().match(x) \
                and not re.match(r"(?:Đây|Đó|Điều|Như|Hiện|Nay|Năm|Đơn|Tập|Cá|Ông|Bà|Anh|Chị|Em|Chúng|Họ|Mình|Tôi|Trong|Với|Qua)(?!\w)", x) \
                and not gazetteer.is_any_place(x):
            return [(x, kind)]  # a body known by its own name only ("Thaco", "Vinamilk")
        return []
    sh = SHARED_HEAD.search(head)
    shared = distribute_types(head[sh.start():]) if sh else None
    if sh and shared != head[sh.start():]:  # "Công an tỉnh A, B, C được tặng …": one head for several places
        return recipients_from_list(shared)
    # "Hai tập thể A và B cùng cá nhân C": collectives and persons named side by side, each part on its own
    parts = _WITH_PERSONS.split(head)
    if len(parts) > 1 and all(p.strip() for p in parts):
        out = []
        for part in parts:
            out.extend(r for r in subject_recipients(_COUNTED_LEAD.sub("", part.strip())) if r not in out)
        return out
    named = _COUNT_THEN_NAMES.search(head)
    if named:  # "4 tập thể là A (X), B (Y) và 43 cá nhân nhận …": the bodies the count names
        got = recipients_from_list(re.sub(r"\s*\([^)]*\)", "", named.group("names")))
        if got:
            return got
    if _COUNTED_GROUP.search(head):
        return []  # "tỉnh X có 6 đồng chí … được", "12 cán bộ đang công tác tại Sở Y tế được": only counted
    head = _COUNTED_LEAD.sub("", head)
    if _COUNT_SUBJECT.search(head):
        return []  # "Bộ CHQS tỉnh 4 cá nhân được tặng …": the recipients are only counted
    group = re.search(r"(?<!\w)(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a|\d+)\s+(?:em|ông|bà|ông,\s*bà|đồng chí|anh|chị|cháu|vận động viên"
                      r"|học sinh|sinh viên)\s*:?\s+(?P<names>[^;:]+)$", head)
    if group:  # "Các em A, B và C được tặng …": one plural honorific for the named persons
        names = only_names(group.group("names").strip(" ,"))
        if names:
            return names
    # "kình ngư A và B", "ông A và bà B", "vận động viên A, B và C được …": lowercase words (a description or an
    # honorific) before full names joined by "và", every piece a person's name
    one = r"(?:(?:ông|bà)\s+)?[A-ZĐÀ-Ỹ][\wÀ-ỹđĐ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹđĐ]*)+"
    pair = re.search(rf"(?:^|[\s,(])(?:[a-zà-ỹđ]+\s+){{1,3}}(?P<names>{one}(?:\s*,\s*{one})*\s+và\s+{one})\s*$", head)
    if pair:
        names = only_names(pair.group("names"))
        if names:
            return names
    # The subject is the last organisation/unit/person run in the head, with "và"-joined siblings.
    extents: list[tuple[int, int]] = []
    for om in HEAD_RE.finditer(head):
        extents.append((om.start(), run_on(head, max(om.end(), extend_name(head, om.end(), om.end() + 200, True)))))
    for am in re.finditer(r"(?<!\w)" + ADMIN_TYPES + r"\s+[A-ZĐ]", head):
        extents.append((am.start(), run_on(head, admin_at(head, am.start()))))
    # "tại huyện X, HTX Y tổ chức lễ đón nhận": the venue is not a recipient
    extents = [e for e in extents if not re.search(r"(?:[Tt]ại|ở)\s+$", head[max(0, e[0] - 6):e[0]])]
    extents = sorted(e for e in extents if not any(o != e and o[0] <= e[0] and e[1] <= o[1] for o in extents))
    # ", phường X, tỉnh Y" after the subject are qualifiers, not further recipients
    while len(extents) >= 2 and re.match(ADMIN_TYPES, head[extents[-1][0]:]) and \
            re.fullmatch(r"\s*,\s*", head[extents[-2][1]:extents[-1][0]]):
        extents.pop()
    spans = [a for a, _b in extents]
    person = None
    for hm in re.finditer(r"(?<!\w)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Tt]hầy giáo|[Cc]ô giáo|[Tt]hầy|[Aa]nh|[Cc]hị|[Ee]m|[Mm]ẹ|[Cc]ụ|" + OCCUPATION
                          + r")\s+(?=[A-ZĐÀ-Ỹ])", head):
        nm = NAME_RUN.match(head, hm.end())
        # "giáo viên Trường X": the workplace, not a name; "Ngày Nhà giáo Việt Nam": a holiday, not a teacher
        if any(a < hm.start() < b for a, b in extents):
            continue  # "Hội Nông dân xã A": an occupation inside an organisation's name
        if not ORG_HEAD_RE.match(head, hm.end()) and not re.search(r"Ngày\s+$", head[:hm.start()]) \
                and not (nm and nm.group(0).startswith("Việt Nam")):
            person = hm.end()
    for hm in RANK.finditer(head):  # "Thiếu tá A, Đội trưởng Đội B": a rank before a name works like an honorific
        if (person is None or hm.end() > person) and re.search(r"(?:^|[\s,;(])$", head[:hm.start()]):
            person = hm.end()
    if person is not None and (not spans or person > spans[-1]):
        r = piece_recipient(head[person:])
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
            r = piece_recipient(head[person:])
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
    for s, e in reversed(extents[:-1]):
        between = head[s:start]
        # (only siblings: not "tỉnh A, theo quyết định … của X, Công ty B", where a clause lies between)
        if (re.search(r"(?:\svà\s|,\s)[^\s]*$", between) or re.search(r"\svà\s$", between)) \
                and len(head[e:start].split()) <= 6 and len(re.findall(r",|\svà\s", head[e:start])) <= 1:
            start = s
        else:
            break
    # "Đảng bộ và nhân dân xã X", "Quân và dân huyện Y": the official collective form before the place stays whole
    prefix = re.search(r"(?:(?:Đảng bộ|[Nn]hân dân(?: các dân tộc)?|[Cc]hính quyền|[Cc]án bộ|[Qq]uân và dân|[Ll]ực lượng vũ trang)"
                       r"(?:\s*,\s*|\s+và\s+|\s+))+$", head[:start])
    if prefix:
        start = prefix.start()
    # skip a leading clause ("Theo đó, năm 2021, ")
    text = head[start:extents[-1][1]] if extents else head[start:]
    text = re.split(r"\s+(?:thành lập|kỷ niệm)\s", text)[-1] if re.search(r"\s(?:thành lập|kỷ niệm)\s", text) else text
    out = []
    for piece in split_coordinated(text.strip()):
        piece = re.sub(r"\s+(?:đã|cũng|vừa|vinh dự)$", "", piece.strip())
        r = piece_recipient(piece)
        if r:
            out.append(r)
    return out


_KINDS = r"(?:(?:các\s+)?(?:tập thể|cá nhân|đơn vị)\s+)"
IN_WHICH = re.compile(rf"(?:^|[;,.:]\s*)(?:[Tt]rong đó|[Tt]rong số này)\s*,?\s*{_KINDS}?(?:chỉ\s+)?(?:có|gồm|là)\s*:?\s+(?P<list>[^;]+)")
# "…; cá nhân gồm: A, B": the next kind of recipient in the same "Trong đó" list
NEXT_KIND = re.compile(rf";\s*{_KINDS}(?:có|gồm|là)\s*:?\s+(?P<list>[^;]+)")


# "Các tập thể được khen thưởng gồm: …", "Trong số các đơn vị được công nhận có …",
# "Những cá nhân được tặng Bằng khen là …": a list naming recipients of a conferral
LIST_BACKREF = re.compile(
    r"(?:(?:^|(?<=[\s,:]))(?:[Tt]rong số\s+)?(?:[Cc]ác|[Nn]hững|[Dd]anh sách(?:\s+các)?|(?P<count>\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy"
    r"|[Tt]ám|[Cc]hín|[Mm]ười))\s+(?:tập thể|đơn vị|cá nhân|địa phương|cơ quan|đồng chí|(?:[Bb]à\s+)?[Mm]ẹ"
    r"|chiến sĩ|cán bộ|vận động viên|học sinh|sinh viên|nhà giáo|giáo viên|nông dân|công nhân|đoàn viên|người dân"
    r"|gia đình|doanh nghiệp)"  # "Các chiến sĩ được truy tặng gồm: …", "Ba nông dân được khen thưởng gồm: …"
    # "Tập thể được tặng … là: …", "Cá nhân gồm: …"
    r"|^\s*(?:Tập thể|Cá nhân|Đơn vị)(?=\s+(?:(?:đã|vinh dự|vừa)\s+)*(?:được|nhận)\s|\s*(?:gồm có|gồm|là)\s*:)"
    # "Danh sách được khen thưởng gồm: …": the list of those a conferral named before counted
    r"|(?:^|(?<=[\s,:]))[Dd]anh sách(?=\s+(?:(?:đã|vừa)\s+)?được\s))"
    r"(?:\s*(?:,|và)\s*(?:tập thể|đơn vị|cá nhân|địa phương))?(?P<this>\s+(?:này|trên|nói trên|kể trên|còn lại))?"
    # "39 tập thể có thành tích xuất sắc trong phong trào … gồm: …": what they achieved, before the list
    r"(?:\s+(?:(?:đã\s+)?có|đạt)\s+thành tích[^:;.]{0,100}?(?=\s*(?:gồm|bao gồm|là)\s*:?\s+[A-ZĐÀ-Ỹ]))?"
    r"(?:\s+(?:(?:đã|vinh dự|vừa)\s+)*(?P<mid>(?:được|nhận|đón nhận)(?:\s+[^:;.]{0,90}?)?)(?:\s*(?:gồm có|bao gồm|gồm|là|có|như)\s*:?|\s*:)"
    r"|\s*(?:gồm có|bao gồm|gồm|là)\s*:?|\s*:)\s+(?P<list>[^;]+(?:;[^;]+)*)")
# "Đó là (các đơn vị):", "Cụ thể:" after a counted conferral: its recipients
_LISTED_KIND = (r"(?:tập thể|đơn vị|cá nhân|địa phương|cơ quan|đồng chí|nhà giáo|chiến sĩ|cán bộ|học sinh|em|gia đình"
                r"|doanh nghiệp|(?:thầy|cô)(?:\s+giáo)?)")
LIST_THAT = re.compile(r"(?:^|(?<=[.;:]\s))(?:[Đđ]ó là(?:\s+(?:các|những)\s+" + _LISTED_KIND +
                       r"(?:\s*(?:,|và)\s*" + _LISTED_KIND + r")?)?\s*:?|[Cc]ụ thể(?:\s+(?:gồm|là))?\s*:)\s+"
                       # ("Đó là anh A; chị B", "Đó là các bệnh viện: A, B": a kind of body written once for the names)
                       r"(?P<list>(?:(?:anh|chị|ông|bà|em|đồng chí|thầy|cô)\s+|các\s+(?:bệnh viện|trường|hợp tác xã|công ty|ngân hàng)\s*:\s*)?"
                       r"[A-ZĐÀ-Ỹ][^;]*(?:;[^;]+)*)")


# "(tham) dự Lễ kỷ niệm … và đón nhận FORM": a ceremony someone attends, named after what its owner receives
CEREMONY = re.compile(r"(?:(?<!\w)(?:dự|tham dự|tới dự|đến dự|chứng kiến|chủ trì|phát biểu tại|[Tt]ại)|^\s*(?:[Tt]ham dự|[Dd]ự))"
                      r"\s+(?:buổi\s+)?(?:[Ll]ễ|Đại hội|Hội nghị)(?:\s+[^;,]{0,150}?)?\s+(?:và\s+)?đón nhận\s*$")


# "Thành tích đó / Những thành tích trên / Với thành tích ấy …": the achievements of the sentence before
_ACHIEVEMENT_BACKREF = re.compile(r"\s*(?:(?:Với|Từ|Nhờ|Bằng|Ghi nhận)\s+)?(?:(?:[Nn]hững|[Cc]ác)\s+)?(?:[Tt]hành tích|[Tt]hành quả|[Đđ]óng góp|[Kk]ết quả)"
                                  r"(?:\s+(?:đạt được|nổi bật|xuất sắc))?\s+(?:đó|này|trên|ấy|nói trên|kể trên)(?!\w)")
# "…: năm 2002 được tặng FORM; năm 2003 được tặng …": a conferral written without its subject
# (also with its authority: "…, năm 2015 được Chủ tịch nước tặng …")
_SUBJECTLESS = re.compile(r"\s*(?:(?:[Nn]ăm|[Tt]rong năm)\s+\d{4}(?:\s*(?:,|và|-)\s*\d{4})*\s*,?\s*)?(?:(?:đã|cũng|lại|liên tục|vinh dự)\s+)*"
                          r"(?:được(?:\s+[^\s,;:.][^,;:.]{0,40}?)?|nhận)(?:\s+(?:tặng thưởng|truy tặng|phong tặng|trao tặng|tặng|trao))?\s*")
# the main verb of a sentence whose subject is an achiever ("…, Đảng bộ và nhân dân X đã đoàn kết …")
_MAIN_VERB = re.compile(r"\s(?:đã|luôn|đang|vẫn|không ngừng|tiếp tục|đều|đạt|giữ vững|hoàn thành|là)\s")


def implied_subject(sentence: str, clause: str, previous: str) -> list[tuple[str, str]]:
    """"Thành tích đó được … khen thưởng: năm 2002 được tặng FORM; …": the list's conferrals have no subject of their
    own; they go to the collective that achieved, the subject of the sentence before."""
    if not _ACHIEVEMENT_BACKREF.match(sentence) or not (_SUBJECTLESS.fullmatch(re.split(r"[:;]", clause)[-1])
                                                      or _SUBJECTLESS.fullmatch(re.split(r"[:;,]", clause)[-1])):
        return []
    verb = _MAIN_VERB.search(previous)
    if not verb:
        return []
    return [r for r in subject_recipients(previous[:verb.start()]) if r[1] == "collective"]


# "Năm 2022, anh được …", "Cô cũng được …": a pronoun for the person the text has just named
_PRONOUN = re.compile(r"\s*(?:[^,;:]{0,40},\s*)?(?P<p>[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Cc]ô|[Tt]hầy|[Ee]m)(?:\s+(?:đã|cũng|vinh dự|từng|liên tục|vừa|còn))*\s*")
# a person named with an honorific, an occupation or a rank: whom a later pronoun stands for
_INTRODUCED = re.compile(rf"(?<!\w)(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Cc]ô giáo|[Tt]hầy giáo|[Cc]ô|[Tt]hầy|[Ee]m|[Đđ]ồng chí|{OCCUPATION}|{RANK.pattern})\s*(?={UP})")


def pronoun_subject(clause: str, before: str) -> list[tuple[str, str]]:
    """"Anh Nguyễn Văn A là … . Năm 2022, anh được X tặng FORM": the one person named just before."""
    pronoun = _PRONOUN.fullmatch(verb_head(clause))
    if not pronoun:
        return []
    word = pronoun.group("p").lower()
    names = []
    for hm in _INTRODUCED.finditer(before):
        honorific = hm.group(0).split()[0].lower() if hm.group(0).strip() else ""
        if honorific in ("anh", "chị", "ông", "bà", "cô", "thầy", "em") and honorific != word:
            continue  # "ông A … Bà được tặng": the pronoun stands for someone of its own kind
        run = NAME_RUN.match(before, hm.end())
        span = pick_name(run.group(0), True) if run else None
        if span and span[0] == 0 and not ORG_HEAD_RE.match(run.group(0)):
            name = clean_spaces(run.group(0)[:span[1]])
            if name not in names:
                names.append(name)
    return [(names[0], "individual")] if len(names) == 1 else []


# "nhà trường", "bệnh viện", "đơn vị" written for the body the article is about, as the subject of a conferral
# ("…, nhà trường đã được tặng FORM", "Đơn vị … , trong đó vinh dự được Chủ tịch nước tặng FORM")
_STAFF = r"(?:cán bộ|công nhân|viên chức|người lao động|nhân viên|giáo viên|đảng viên|lao động|chiến sĩ)"
_BODY_WORD = re.compile(r"\s*(?:[^,;:]{0,60},\s*){0,2}"
                        # "tập thể cán bộ, công nhân lao động Công ty": the staff of the body, for the body
                        rf"(?:(?:tập thể\s+)?{_STAFF}(?:(?:\s*,\s*|\s+và\s+|\s+){_STAFF})*\s+)?(?P<w>[Nn]hà trường|[Đđ]ơn vị|[Bb]ệnh viện|[Cc]ông ty|[Nn]hà máy|[Tt]rường(?!\s*[A-ZĐÀ-Ỹ\d]))"
                        r"(?:\s+(?:này|cũng|đã|vinh dự|từng|liên tục|luôn))*\s*")
# the written head of the body each word stands for ("đơn vị": any body)
_BODY_HEAD = {"nhà trường": r"Trường", "trường": r"Trường", "bệnh viện": r"Bệnh viện", "công ty": r"Công ty", "nhà máy": r"Nhà máy"}
# a body named as the subject of its sentence or clause: the one a later "đơn vị" refers back to
_SUBJECT_BODY = re.compile(rf"(?:^|[.!?:]\s+|\n\s*|,\s+)(?=(?:{ORG_HEAD_RE.pattern})\s+{UP})")


def body_backref(clause: str, sentence: str, before: str) -> list[tuple[str, str]]:
    """"Trường THPT A … . Năm 1998, nhà trường đã được tặng FORM": the body named before receives. The word
    stands at the head of the clause, or opens the sentence whose later clause has no subject of its own."""
    head_of_clause = verb_head(clause)
    word = _BODY_WORD.fullmatch(head_of_clause)
    if not word and re.fullmatch(r"\s*(?:trong đó\s*,?\s*)?(?:(?:đã|cũng|vinh dự|liên tục|từng|và)\s*)*",
                                 re.split(r"[,;]", head_of_clause)[-1]):
        word = _BODY_WORD.match(sentence)  # "Đơn vị liên tục …, trong đó vinh dự được tặng": the sentence's subject
        word = word if word and re.match(r"[a-zà-ỹđ]", sentence[word.end():]) else None
    if not word:
        return []
    head = _BODY_HEAD.get(word.group("w").lower())
    starts = [m.start() if head else m.end()
              for m in (re.finditer(rf"(?<!\w){head}(?=\s+(?:(?:cổ phần|TNHH)\s+)?{UP})", before) if head else _SUBJECT_BODY.finditer(before))]
    if not starts:
        return []
    a = starts[-1]
    name = clean_spaces(before[a:extend_name(before, a, min(len(before), a + 120), False)])
    return [(name, "collective")] if len(name.split()) >= 2 else []

"""Collective award recipients added as participating units (GUIDELINE §4), unless a recipient is a person,
only inside a title or only the owner of another body."""

from __future__ import annotations

import re

from thidua.models import Unit

from ..orgnames import ADMIN_TYPES, ORG_HEAD_RE
from ..textutil import VILLAGE_WORDS, inside, UP
from .roles import (OCCASION_OF, OCCUPATION, OWNED_BY, PERSON_OF_BODY_BEFORE, PREDECESSOR_BEFORE, RECEIVES_AFTER, SOURCE_BEFORE, VENUE_BEFORE,
                    WORKPLACE_BEFORE, clause_before)
from .merge import PEOPLE_OF, core_name, org_kind, person_tail, shortened


def add_recipient_units(units: list[Unit], recipients: list[tuple[str, tuple]], text: str = "",
                        title_spans: list[tuple[int, int]] = ()) -> list[Unit]:
    """Collective award recipients take part in the event (GUIDELINE §4): add those no unit names yet.

    `recipients` holds (name, evidence) pairs; a recipient already covered by a unit (one name containing
    the other) adds nothing. With the article `text`, a recipient written only inside a person's title or
    only as the owner of another body ("thuộc Bộ X") adds nothing either."""
    out = list(units)
    for name, evidence in recipients:
        if re.search(r"(?:[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|Đảng bộ)[ \t]+" + ADMIN_TYPES + r"$", name):
            continue  # "Đảng bộ, chính quyền và nhân dân thị xã": the place named before, referred back to
        name = PEOPLE_OF.sub("", name).strip()
        if len(name.split()) < 2 or not _recipient_is_body(name, text, title_spans, evidence):
            continue
        if person_tail(name):
            continue  # "Chủ tịch Hội X Việt Nam Nguyễn Văn A được nhận Bằng khen": the person receives, the body is his title's
        core = core_name(name)
        if any(_covers(core, core_name(u.name)) or shortened(name, u.name) or shortened(u.name, name) for u in out):
            continue
        out.append(Unit(name=name, kind=org_kind(name) or _village_kind(name), evidence=evidence))
    return out


def _recipient_is_body(name: str, text: str, title_spans: list[tuple[int, int]], evidence: tuple = ()) -> bool:
    if ":" in name or re.match(r"(?:[Bb]à mẹ|[Mm]ẹ|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ee]m|[Đđ]ồng chí)(?!\w)", name) \
            or re.search(rf"(?<!\w){UP}\w*[ \t]+(?:Thị|Văn)[ \t]+{UP}", name) and not ORG_HEAD_RE.match(name):
        return False  # a list label or a person ("Bà mẹ: Đặng Thị L …"), not a body
    if re.match(OCCUPATION + r"[ \t]", name):
        return False  # "Điều dưỡng Khoa Nhi": a person's occupation and workplace
    if not text:
        return True
    # where the award's sentence writes the name; a name the award only refers back to ("công ty được tặng")
    # stands for itself wherever it was written
    ranges = [(e.start, e.end) for e in evidence if getattr(e, "start", None) is not None] or [(0, len(text))]
    spots = [a + m.start() for a, b in ranges for m in re.finditer(re.escape(name), text[a:b])]
    if not spots:
        return True
    # "Đại úy A, Đội trưởng, Công an huyện X nhận Giấy khen": the person receives; the body only ends the title
    return any(not (inside(title_spans, a, a + len(name)) and RECEIVES_AFTER.match(text, _title_chain_end(title_spans, a)))
               and not OWNED_BY.search(text[max(0, a - 20):a]) and not SOURCE_BEFORE.search(text[max(0, a - 30):a])
               # "kỷ niệm Ngày truyền thống Bộ đội Biên phòng": the occasion's name, not the recipient
               and not OCCASION_OF.search(text[max(0, a - 40):a]) and not PREDECESSOR_BEFORE.search(text[max(0, a - 40):a])
               and not WORKPLACE_BEFORE.search(clause_before(text, a, 220))  # "bà A, giáo viên Trường B"
               # "cho nam sinh Trường THPT X", "vận động viên tỉnh Y": the person's school or home, not the recipient
               and not PERSON_OF_BODY_BEFORE.search(text[max(0, a - 30):a])
               and not VENUE_BEFORE.search(text[max(0, a - 40):a])  # "tại hội trường UBND huyện X": the venue
               # "Công ty X của tỉnh Y nhận …": the place owns the recipient
               and not (re.match(ADMIN_TYPES + r"[ \t]", name) and re.search(r"\S[ \t]+của[ \t]+$", text[max(0, a - 12):a]))
               for a in spots)


def _title_chain_end(title_spans: list[tuple[int, int]], pos: int) -> int:
    """End of the run of title segments (joined by commas or dashes) that holds `pos`."""
    end = max((b for a, b in title_spans if a <= pos < b), default=pos)
    moved = True
    while moved:
        moved = False
        for a, b in title_spans:
            if end < a <= end + 3 and b > end:
                end, moved = b, True
    return end


def _covers(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short.split()) >= 2 and f" {short} " in f" {long_} ")


def _village_kind(name: str) -> str | None:
    m = re.match(rf"({VILLAGE_WORDS})(?!\w)", name.lower())
    return m.group(1) if m else None

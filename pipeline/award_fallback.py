"""Awards that no rule of pipeline/awards shaped: named people and bodies after a stated conferral.

The award rules read recipients from sentence shapes they know ("FORM … cho A, B", "A được tặng FORM",
lists after "gồm:"); news text has more shapes than rules. When a sentence states a conferral (an award
form and a conferral verb, no proposal) and the rules found nothing in it, the officials and units the
other stages found after the form in that sentence receive it. Conferrer and period are left to the
rules: only "FORM của X" right after the form names one here.
"""

from __future__ import annotations

import re

from thidua.models import Award, Official, Unit
from thidua.textnorm import fold

from .awards.forms import CONFERRAL, FORM_RE, NOT_MADE, form_family, form_text, normalise
from .textutil import Sentence

# where the recipients of a form written before its verb start: "FORM được trao tặng A", "FORM cho A"
_RECIPIENTS_START = re.compile(r"(?<!\w)(?:cho|được(?:\s+\w+){0,2}?\s+(?:trao tặng|tặng|trao|phong tặng|truy tặng))(?!\w)")
# a body named as the authority or the owner, not a recipient: "của Bộ X", "do UBND tỉnh", "(Bộ Quốc phòng)",
# or whose leaders receive ("cho các lãnh đạo Bộ X")
_AUTHORITY_BEFORE = re.compile(r"(?:(?<!\w)(?:của|do|thừa ủy quyền|thừa uỷ quyền|thay mặt|theo|thuộc|tại|ở|trên địa bàn"
                               r"|lãnh đạo)\s+"
                               r"|\(\s*)$")
# recipients only counted ("cho 2 tập thể và 3 cá nhân thuộc Công an tỉnh X", "76 Bà Mẹ tại huyện Y"): the body
# named after the count is their owner or their place, and no one is named
_COUNTED = re.compile(r"(?<!\w)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những)\s+(?:tập thể|cá nhân|đơn vị|gia đình"
                      r"|đồng chí|cán bộ|chiến sĩ|người|hộ|doanh nghiệp|[Bb]à [Mm]ẹ|[Mm]ẹ|trường hợp)(?!\w)")
_OF_AFTER_FORM = re.compile(r"^\s*của\s+(?P<x>[^,;.()\n]{3,60}?)(?=\s*(?:[,;.()\n]|$|\s(?:cho|và|tặng|trao)\s))")
# recipients come before the venue, the occasion or the reason: "… cho A tại Hội trường tỉnh X", "… vì đã có thành tích"
# (or the authority: "… được tặng bằng khen của Bộ trưởng Bộ X và Chủ tịch UBND tỉnh Y"), or a sentence run on
# without its space ("… huyện Việt Yên.Dự lễ có …")
_REGION_END = re.compile(r"\s(?:tại|vì|về|nhân dịp|nhân kỷ niệm|trong|đã có|có thành tích|do đã|theo)\s"
                         r"|\scủa\s+(?=(?:Chủ tịch|Thủ tướng|Bộ trưởng|UBND|Ủy ban|Uỷ ban|Chính phủ|Nhà nước|Giám đốc|Tổng)\b)"
                         r"|\.(?=[A-ZĐ])")
# a legal text cited, not a conferral told: "thực hiện Nghị định 56/2013/NĐ-CP … quy định Danh hiệu …"
_LAW_CITED = re.compile(r"(?<!\w)(?:Nghị định|Pháp lệnh|Luật|Thông tư|Nghị quyết)(?!\w)")
# a sentence about those attending or presenting, not receiving: "Dự lễ có các đồng chí …"
_ATTENDANCE = re.compile(r"^\s*(?:[Tt]ham\s+)?[Dd]ự\b|^\s*[Cc]ùng dự\b")
_ATTENDING_BEFORE = re.compile(r"(?:^|[.;]\s*)(?:[Tt]ham\s+|[Cc]ùng\s+)?[Dd]ự\s[^.;]*$")


def awards_from_named_entities(sentences: list[Sentence], awards: list[Award], officials: list[Official],
                               units: list[Unit]) -> list[Award]:
    """Extra awards for conferral sentences where the rules found no recipient."""
    covered = [(e.start, e.end) for a in awards for e in a.evidence]
    extra: list[Award] = []
    known = [(form_family(a.form), fold(a.recipient).lower()) for a in awards]  # read already, by the rules or here
    for sent in sentences:
        if any(a < sent.end and sent.start < b for a, b in covered):
            continue
        s = sent.text
        if not CONFERRAL.search(s) or _ATTENDANCE.match(s):
            continue  # no conferral, or those attending
        first_form = FORM_RE.search(s)
        if first_form and _LAW_CITED.search(s, 0, first_form.start()):
            continue  # a law that defines the form, not a conferral
        for m in FORM_RE.finditer(s):
            if NOT_MADE.search(s, 0, m.start()):
                break  # a proposal or a vote: nothing conferred from here on
            if _ATTENDING_BEFORE.search(s, 0, m.start()):
                continue  # "Dự lễ … đón nhận FORM có A, B": those named attend the ceremony
            form = form_text(m)
            start = m.end()
            later = _RECIPIENTS_START.search(s, m.end())
            nxt = FORM_RE.search(s, m.end())
            end = nxt.start() if nxt else len(s)
            if later and later.start() < end:
                start = later.end()
            stop = _REGION_END.search(s, start, end)
            end = stop.start() if stop else end
            of = _OF_AFTER_FORM.match(s[m.end():])
            conferrer = of.group("x").strip() if of else None
            for name, kind in _named_in(s, start, end, officials, units):
                family, folded = form_family(form), fold(name).lower()
                if (conferrer and name in conferrer) or any(f == family and (folded in r or r in folded) for f, r in known):
                    continue  # read already, maybe in its fuller form ("Nhân dân và cán bộ xã X" for "xã X")
                known.append((family, folded))
                extra.append(Award(form=form, recipient=name, recipient_kind=kind, conferrer=conferrer,
                                   **normalise(form, conferrer), evidence=(sent.evidence(),)))
    return extra


def _named_in(s: str, start: int, end: int, officials: list[Official], units: list[Unit]) -> list[tuple[str, str]]:
    """People and bodies written in s[start:end], in order, not as an authority or owner."""
    found: list[tuple[int, str, str]] = []
    for name, kind in [(o.name, "individual") for o in officials] + [(u.name, "collective") for u in units]:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", s[start:end]):
            at = start + m.start()
            if _COUNTED.search(s, start, at):
                break
            if not _AUTHORITY_BEFORE.search(s[max(0, at - 20):at]):
                found.append((at, name, kind))
                break
    found.sort()
    # a person's workplace inside their description ("A, Giám đốc Sở X") is not a second recipient
    people_at = [at for at, _n, k in found if k == "individual"]
    out = []
    for at, name, kind in found:
        if kind == "collective" and any(p < at for p in people_at):
            continue
        if any(name != other and name in other for _a, other, _k in found):
            continue  # "Sở X" inside "Giám đốc Sở X"'s unit written whole
        out.append((name, kind))
    return out

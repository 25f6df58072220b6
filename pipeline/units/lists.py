"""Lists of units written with one shared head, type word or qualifier ("Huyện ủy, HĐND, UBND huyện X",
"các huyện A và B", "Công an 5 thành phố: A, B và C", "các sở: Nội vụ, Tài chính")."""

from __future__ import annotations

import re

from ..orgnames import ADMIN_TYPES, CW, HEAD_ALT, ORG_STOP
from ..textutil import CAP_WORD
from .merge import Candidate


_BARE_HEADS = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ", "Đảng ủy", "HĐND", "UBND",
               "Hội đồng nhân dân", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ", "UBMTTQ",
               "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "MTTQ")
_BARE_HEAD_ALT = "|".join(re.escape(h) for h in sorted(_BARE_HEADS, key=len, reverse=True))
BARE_HEAD_RE = re.compile(rf"(?<!\w)(?:{_BARE_HEAD_ALT})(?!\w)")
# "Thường trực HĐND, lãnh đạo UBND, …": who of each body came, written before its name
_BODY_PART = r"(?:(?:Thường trực|[Ll]ãnh đạo|[Đđ]ại diện)[ \t]+)?"
SHARED_QUALIFIER = re.compile(
    rf"(?<!\w)(?P<bare>(?:{_BODY_PART}(?:{_BARE_HEAD_ALT})(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+[-–][ \t]+))+)"
    # the level may open with a capital ("UBND Thành phố Nam Định"): the city's own spelling of its name
    rf"{_BODY_PART}(?:{_BARE_HEAD_ALT})[ \t]+(?P<level>[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)"
    rf"(?:[ \t]+(?P<place>{CAP_WORD}(?!\w)(?:[ \t]+{CAP_WORD}(?!\w)){{0,3}}))?")
BODY_OF_EACH = re.compile(
    rf"(?:gồm|bao gồm)[ \t]+(?:\d+|các)[ \t]+(?P<head>sở|ban|công an|hội|liên đoàn|đài)[ \t]+(?P<name>[A-ZĐ][^,;.:\n]{{0,40}}?)"
    rf"[ \t]+(?:của[ \t]+)?các[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã)[^,;.:\n]{{0,60}}?[ \t]+(?:là|gồm)[ \t]*:?[ \t]*"
    rf"(?P<list>(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*(?:[ \t]*(?:,|và)[ \t]*(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*)+)")
SECTOR_LIST = re.compile(r"(?<!\w)(?P<head>(?:các[ \t]+)?(?:[Ss]ở|Bộ|bộ)(?:[ \t]*,[ \t]*ngành)?)[ \t]*:?[ \t]*(?P<list>[A-ZĐ][^;.:\n()]{2,200})")
COUNTED_BODIES = re.compile(
    rf"(?<!\w)(?P<head>{HEAD_ALT}(?:[ \t]+(?!(?:{'|'.join(sorted(ORG_STOP))})(?!\w))[\w&]+){{0,5}}?)[ \t]+"
    r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)[ \t]+"
    r"(?P<kind>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|địa phương)(?:[ \t]+[^:;.\n]{0,40}?)?[ \t]*(?::|là|gồm)[ \t]*"
    rf"(?P<list>(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*(?:[ \t]*(?:,|và)[ \t]*(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*)+)")
PLACE_HAS_COUNT = re.compile(
    rf"(?:^|\n|[.:;,][ \t]+|[-–][ \t]+)(?P<place>{CW}(?:[ \t]+{CW}){{1,2}})[ \t]+có[ \t]+(?:thêm[ \t]+)?\d+[ \t]+"
    r"(?:tập thể|cá nhân|đơn vị|vận động viên|học sinh|giáo viên|người|gia đình|doanh nghiệp|xã|huyện)(?!\w)")
DISTRIBUTE = re.compile(
    rf"^\s+các\s+(tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|địa phương|đơn vị)\s*:?\s*"
    rf"((?:{CW}(?:\s+{CW})*)(?:\s*(?:,|và)\s*{CW}(?:\s+{CW})*)*)"
)
LIST_INTRO = re.compile(
    rf"(?:gồm|bao gồm|là)\s*:?\s*(?:(?:các|\d+)\s+(tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|địa phương|đơn vị)\s*:?\s*)?"
    rf"((?:{CW}(?:\s+{CW})*)(?:\s*(?:,|và)\s*{CW}(?:\s+{CW})*)+)"
)
SHARED_TYPE = re.compile(
    rf"(?<!\w)các[ \t]+(tỉnh|huyện|thị xã|quận|xã|phường|thị trấn)[ \t]+"
    rf"({CW}(?:[ \t]+{CW})*(?:[ \t]*(?:,|và)[ \t]*{CW}(?:[ \t]+{CW})*)+)"
)


_MEMBER_LIST_SO_FAR = re.compile(
    rf"(?<!\w)(?:gồm|bao gồm)[ \t]*(?:(?:các|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+"
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

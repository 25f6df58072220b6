"""Where a named person lives or belongs ("Vũ Văn Đáp ở phường rối nước xã X", "A và B đều thuộc xã Y"): the place is
the person's home, neither a participating unit nor part of an award's recipient."""

from __future__ import annotations

import functools
import re

from . import gazetteer, lexicon
from .orgnames import ADMIN_TYPES, CW
from .textutil import LO, VILLAGE_WORDS


@functools.lru_cache(maxsize=1)
def _person_then_home() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?P<name>(?:{lexicon.surname_alternation()})(?:[ \t]+{CW}){{1,3}})(?:[ \t]*\([^()\n]{{0,40}}\))?[ \t]*,?[ \t]+"
                      rf"(?:ở|trú ở|trú tại|quê ở|đều thuộc)[ \t]+(?:{LO}+[ \t]+){{0,4}}$")


def person_home_before(before: str) -> bool:
    """Does `before` end with a person's full name and where they live or belong ("Vũ Văn Đáp ở (phường rối nước)",
    "A và B đều thuộc")? The place that follows is the person's home, not a participant. ("Hà Nam thuộc Cụm …"
    is a province: a name the gazetteer knows is no person.)"""
    m = _person_then_home().search(before)
    return bool(m) and not gazetteer.is_any_place(m.group("name"))


_HOME = re.compile(rf"[ \t]+(?:ở|trú ở|trú tại|quê ở)[ \t]+(?:{LO}+[ \t]+){{0,4}}"
                   rf"(?:(?:{VILLAGE_WORDS}|khối)[ \t]+[^,;()\n]{{1,25}},[ \t]*)?{ADMIN_TYPES}[ \t]+{CW}(?:[ \t]+{CW})*"
                   rf"(?:[ \t]*,[ \t]*{ADMIN_TYPES}[ \t]+{CW}(?:[ \t]+{CW})*)*(?:[ \t]*\([^()\n]{{0,40}}\))?")


_BARE_PLACE_AFTER = re.compile(rf"[ \t]*,[ \t]*({CW}(?:[ \t]+{CW}){{0,3}})(?!\w)")


def strip_person_home(s: str) -> str:
    """"bà A ở xã B (thành phố C) và 16 cá nhân" -> "bà A và 16 cá nhân": where a named person lives, dropped."""
    for m in reversed(list(_HOME.finditer(s))):
        word = m.group(0).split()[0]  # "ở", "trú", "quê": the person must stand right before it
        if person_home_before(s[:m.start()] + " " + " ".join(m.group(0).split()[:2 if word != "ở" else 1]) + " "):
            end = m.end()
            while (more := _BARE_PLACE_AFTER.match(s, end)) and gazetteer.is_any_place(more.group(1)):
                end = more.end()  # "…, huyện Hương Sơn, Hà Tĩnh": a bare province ends the address
            s = s[:m.start()] + s[end:]
    return s

"""The fullest written form of a conferrer (GUIDELINE §5: "if written twice differently, the fuller form").

A passage often names the authority once in full and then shortly: "Chủ tịch UBND tỉnh Thanh Hóa" and
"Chủ tịch UBND tỉnh", "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam" and "Chủ tịch nước". The short
form a rule read is widened to a longer one written in the same passage when the extra words only name
the place or the State, never the office holder.
"""

from __future__ import annotations

import dataclasses
import re

from thidua.models import Award

from .. import gazetteer
from ..textutil import CAP_WORD
from ..officials import COMMON_SURNAMES
from .forms import normalise

# the State named in full after "Chủ tịch nước" / "Nhà nước" / "Chính phủ"
_STATE_NAME = (r"(?:nước\s+)?(?:Cộng\s+hòa|Cộng\s+hoà)\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam|(?:nước\s+)?CHXHCN\s+Việt\s+Nam"
               r"|(?:nước\s+)?(?:Cộng\s+hòa|Cộng\s+hoà)\s+[Dd]ân\s+chủ\s+[Nn]hân\s+dân\s+Lào|(?:nước\s+)?CHDCND\s+Lào")
_PLACE_WORDS = rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}"


def fullest_conferrers(awards: list[Award], text: str) -> list[Award]:
    """Each award with its conferrer in the fullest form the passage writes."""
    cache: dict[str, str] = {}
    out = []
    for a in awards:
        if a.conferrer:
            if a.conferrer not in cache:
                cache[a.conferrer] = _fullest(a.conferrer, text)
            if cache[a.conferrer] != a.conferrer:
                a = dataclasses.replace(a, conferrer=cache[a.conferrer], **normalise(a.form, cache[a.conferrer]))
        out.append(a)
    return out


def _fullest(conferrer: str, text: str) -> str:
    best = conferrer
    tail = rf"[ \t]+(?P<more>{_STATE_NAME}|{_PLACE_WORDS})"
    for m in re.finditer(rf"(?<!\w){re.escape(conferrer)}{tail}", text):
        more = m.group("more")
        if not re.match(_STATE_NAME, more):
            # only a known place (the longest one the words begin with), never the office holder's name
            words = more.split()
            if len(words) >= 3 and words[0] in COMMON_SURNAMES:
                continue  # "Chủ tịch nước Đặng Thị Ngọc Thịnh": the holder
            more = next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                         if gazetteer.is_any_place(" ".join(words[:n]))), "")
        if more and len(conferrer) + 1 + len(more) > len(best):
            best = f"{conferrer} {' '.join(more.split())}"
    return best

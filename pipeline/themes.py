"""Themes: quoted movement, campaign, topic and slogan names (GUIDELINE §6)."""

from __future__ import annotations

import re

from thidua.models import Theme
from thidua.textnorm import fold

from . import lexicon
from .textutil import Sentence, sentence_at

# trigger word(s), then up to three plain words ("thi đua", "xây dựng"), then an opening quote
_TRIGGER = re.compile(
    r"(?<!\w)(?P<kind>[Pp]hong trào|[Cc]uộc vận động|[Cc]hủ đề|[Kk]hẩu hiệu|[Cc]hương trình thi đua|[Đđ]ợt thi đua)"
    r"(?P<gap>(?:\s+[\wÀ-ỹđĐ]+){0,4}?)\s*:?\s*(?P<open>[“\"«])(?P<body>[^“”\"«»\n]{2,400}?)[”\"»]"
)
_KIND = {"phong trào": "movement", "cuộc vận động": "campaign", "chủ đề": "topic", "khẩu hiệu": "slogan",
         "chương trình thi đua": "movement", "đợt thi đua": "movement"}
# Words allowed between the trigger and the quote; anything else (a verb, "với tinh thần") breaks the link.
_GAP_OK = re.compile(r"^(?:\s+(?:thi|đua|xây|dựng|đặc|biệt|yêu|nước|là|của|năm|\d{4}|với|mang|có|thực|hiện|hưởng|ứng))*$")


def find_themes(text: str, sentences: list[Sentence]) -> tuple[list[Theme], list[tuple[int, int]]]:
    """Themes and the spans of their quoted names."""
    themes: list[Theme] = []
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    for m in _TRIGGER.finditer(text):
        if not _GAP_OK.match(m.group("gap")):
            continue
        # 'phong trào "A" và "B"', 'các phong trào "A", "B"': every quoted name coordinated with the first
        quoted = [m]
        while (nxt := _NEXT_QUOTED.match(text, quoted[-1].end())):
            quoted.append(nxt)
        for q in quoted:
            _add_theme(text, sentences, q, m.group("kind"), themes, spans, seen)
    return themes, spans


_NEXT_QUOTED = re.compile(r"\s*(?:,|;|và|cùng|,\s*và)\s*(?P<open>[“\"«])(?P<body>[^“”\"«»\n]{2,400}?)[”\"»]")


def _add_theme(text: str, sentences: list[Sentence], m: re.Match, trigger: str, themes: list[Theme],
               spans: list[tuple[int, int]], seen: set[str]) -> None:
    """Record one quoted name (once per article) and its span."""
    body = m.group("body").strip()
    if len(body) < 3:
        return
    spans.append((m.start("open"), m.end()))
    key = fold(body)
    if key in seen:
        return
    seen.add(key)
    kind = _KIND.get(trigger.lower(), "movement")
    canonical = None
    for mv in lexicon.movements():
        mk = fold(mv["name"])
        if mk == key or (len(mk) > 12 and mk in key):
            canonical = mv["name"]
            kind = mv.get("kind", kind) if kind == "movement" else kind
            break
    s = sentence_at(sentences, m.start("body"))
    themes.append(Theme(name=body, kind=kind, canonical=canonical,
                        evidence=(s.evidence(),) if s else ()))

"""Themes: quoted movement, campaign, topic and slogan names (GUIDELINE §6)."""

from __future__ import annotations

import functools
import re

from thidua.models import Theme
from thidua.textnorm import fold

from . import lexicon
from .textutil import Sentence, sentence_at

# trigger word(s), then a few plain words ("thi đua", "xây dựng"; see _GAP_OK and _GAP_INTRO), then an opening quote
_TRIGGER = re.compile(
    r"(?<!\w)(?P<kind>[Pp]hong trào|[Cc]uộc vận động|[Cc]hủ đề|[Kk]hẩu hiệu|[Cc]hương trình thi đua|[Đđ]ợt thi đua)"
    r"(?P<gap>(?:\s+(?:[\wÀ-ỹđĐ]+|[-–](?=\s)),?){0,16}?)\s*:?\s*(?P<open>[“\"«‘])(?P<body>(?:[^“”\"«»\n]|\n(?![ \t]*\n)){2,400}?)(?:[”\"»]|’(?!\w))"
)  # single curly quotes as headlines write them: phong trào ‘Dân vận khéo’ (a ’ inside "K’Ho" does not close)
# (a name may wrap onto the next line of a page laid out in short lines, never into the next paragraph)
_KIND = {"phong trào": "movement", "cuộc vận động": "campaign", "chủ đề": "topic", "khẩu hiệu": "slogan",
         "chương trình thi đua": "movement", "đợt thi đua": "movement"}
# Words allowed between the trigger and the quote; anything else (a verb, "với tinh thần") breaks the link.
# ("khẩu hiệu hành động “…”", "chủ đề hành động năm 2024 “…”": the action slogan or topic of a year)
# ("chủ đề công tác “…”", "chủ đề trọng tâm “…”", "chủ đề của Trung ương phát động “…”", "khẩu hiệu của thành phố “…”")
_GAP_OK = re.compile(r"^(?:\s+(?:thi|đua|xây|dựng|đặc|biệt|yêu|nước|là|của|năm|\d{4}|với|mang|có|thực|hiện|hưởng|ứng|hành\s+động"
                     r"|công\s+tác|trọng\s+tâm|do|(?:Trung\s+ương|Chính\s+phủ|thành\s+phố|tỉnh|huyện|ngành)|phát\s+động))*$")
# A longer gap that ends by introducing the name: 'chủ đề hành động năm 2021 của Chính phủ là "…"',
# 'nhiều phong trào mang dấu ấn đậm nét như "…"', 'phong trào thi đua thiết thực, hiệu quả như: "…"'
# (not 'với tinh thần', which GUIDELINE §6 excludes); only such a gap may hold a comma
# ('các phong trào thi đua trọng tâm được Thủ tướng Chính phủ phát động như "…"')
# ('các phong trào thi đua gắn với đẩy mạnh việc: "A", "B"': the names a colon lists for the movements; without the
# colon, '… gắn với việc "A"' names a task the movements serve, not a movement of the passage)
# ('phong trào gắn với nhiệm vụ sản xuất - kinh doanh như "…"': a dash between two words of the gap)
_GAP_INTRO = re.compile(r"^(?:\s+(?:[\wÀ-ỹđĐ]+|[-–]),?){0,15}\s+(?:là|như|gồm|gắn với|việc)$")
_NOT_INTRO = re.compile(r"(?<!\w)(?:tinh thần|lời|câu|dạy|nói)(?!\w)")


def find_themes(text: str, sentences: list[Sentence]) -> tuple[list[Theme], list[tuple[int, int]]]:
    """Themes and the spans of their quoted names."""
    themes: list[Theme] = []
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    pos = 0
    while (m := _TRIGGER.search(text, pos)):
        pos = m.end()
        gap = m.group("gap")
        if len(gap.split()) > 6 or not _GAP_OK.match(gap):
            if not _GAP_INTRO.match(gap) or _NOT_INTRO.search(gap) \
                    or re.search(r"(?:gắn với|việc)$", gap) and ":" not in text[m.end("gap"):m.start("open")]:
                pos = m.end("kind")  # a later trigger inside the gap may still own the quote
                continue
        cut = _unclosed_end(text, m)
        if cut is not None:
            # the name's closing quote is missing: keep its words up to the clause that follows it, and read
            # the quote taken for its end as the opening of the next name
            _add_theme(text, sentences, m, m.group("kind"), themes, spans, seen, end=cut)
            pos = cut
            continue
        # 'phong trào "A" và "B"', 'các phong trào "A", "B"': every quoted name coordinated with the first
        quoted = [m]
        while (nxt := _NEXT_QUOTED.match(text, quoted[-1].end())):
            quoted.append(nxt)
        for q in quoted:
            _add_theme(text, sentences, q, m.group("kind"), themes, spans, seen)
    _add_known_movements(text, sentences, themes, spans, seen)
    return themes, spans


_QUOTED_NAME = re.compile(r"(?P<open>[“\"«])(?P<body>[^“”\"«»\n]{3,200}?)[”\"»]")
_TRIGGER_WORD = re.compile(r"(?<!\w)(?:[Pp]hong trào|[Cc]uộc vận động)(?!\w)")


def _add_known_movements(text: str, sentences: list[Sentence], themes: list[Theme], spans: list[tuple[int, int]],
                         seen: set[str]) -> None:
    """A quoted name of a known movement, further from its trigger than the patterns above reach ("Các phong
    trào tiêu biểu được nêu gồm: …; “Cả nước chung sức xây dựng nông thôn mới”; …"): the sentence must name
    a movement or campaign before it."""
    for q in _QUOTED_NAME.finditer(text):
        key = fold(q.group("body").strip())
        known, name = _known_movement(key)
        # the name itself, a long part of it, or it with a year after ("… nhà dột nát trong năm 2025"); not a name
        # with words before it (“Quỹ Đền ơn đáp nghĩa”, a fund) nor a short part ("Vì người nghèo"); a campaign such
        # as "Học tập và làm theo …" is quoted as a task as often as a theme: left to the patterns
        if any(a <= q.start() < b for a, b in spans) or known is None or known.get("kind") != "movement":
            continue
        if not (key == name or key.startswith(name) or (len(key) > 20 and key in name)):
            continue
        s = sentence_at(sentences, q.start())
        trigger = _TRIGGER_WORD.search(text, s.start, q.start()) if s else None
        if trigger:
            _add_theme(text, sentences, q, trigger.group(0), themes, spans, seen)


@functools.lru_cache(maxsize=1)
def _folded_movements() -> tuple[tuple[str, dict], ...]:
    return tuple((fold(mv["name"]), mv) for mv in lexicon.movements())


def _known_movement(key: str) -> tuple[dict | None, str | None]:
    """(the known movement a folded name is, or is a long enough part of — a renamed movement's new half —,
    its folded name), or (None, None)."""
    for mk, mv in _folded_movements():
        if mk == key or (len(mk) > 12 and mk in key) or (len(key) > 12 and key in mk):
            return mv, mk
    return None, None


# After an unclosed name, the clause that tells who launched it or when: 'chủ đề "A do Thủ tướng phát động …'
_AFTER_NAME = re.compile(r"\s+(?:do|được|đã|vừa|nhằm|giai đoạn|năm \d{4}|và các)(?!\w)")


def _unclosed_end(text: str, m: re.Match) -> int | None:
    """End of a quoted name whose closing quote is missing, or None when the quotes pair up.

    A straight quote with a space before it and a word right after it opens a name, so it cannot close the one
    before: '"Đoàn kết, sáng tạo do X phát động … các phong trào "Y"'."""
    close = m.end() - 1
    if text[close] != '"' or m.group("open") != '"' or not text[close - 1].isspace() \
            or not text[close + 1:close + 2].isalnum():
        return None
    cut = _AFTER_NAME.search(text, m.start("body"), close)
    if not cut or cut.start() - m.start("body") < 3:
        return None
    return cut.start()


# 'các phong trào "A" giai đoạn 2021-2025, "B"': a period may follow a name before the next one;
# 'chủ đề của Chính phủ là "A" và của Ban Thường vụ Tỉnh ủy "B"': a second owner's name
_NEXT_QUOTED = re.compile(r"(?:\s+(?:giai đoạn|năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?)?"
                          r"\s*(?:,|;|và|cùng|,\s*và|và của(?:\s+[\wÀ-ỹđĐ]+){1,6}?(?:\s+là)?)\s*"
                          r"(?:(?P<open>[“\"«‘])(?P<body>(?:[^“”\"«»\n]|\n(?![ \t]*\n)){2,400}?)(?:[”\"»]|’(?!\w))"
                          # '…”, B”, “C”': a name inside the list whose opening quote the page lost (no comma in it,
                          # and another quoted name follows)
                          r"|(?P<bare>[^“”\"«»\n,;]{3,120}?)”(?=\s*[,;]\s*“))")


def _add_theme(text: str, sentences: list[Sentence], m: re.Match, trigger: str, themes: list[Theme],
               spans: list[tuple[int, int]], seen: set[str], end: int | None = None) -> None:
    """Record one quoted name (once per article) and its span; `end` cuts a name whose closing quote is missing."""
    g = "body" if m.groupdict().get("body") is not None else "bare"  # (a chained name may have lost its opening quote)
    body = " ".join((text[m.start(g):end] if end is not None else m.group(g)).split())  # (a wrapped name on one line)
    if len(body) < 3:
        return
    spans.append((m.start("open") if g == "body" else m.start(g), end if end is not None else m.end()))
    key = fold(body)
    if key in seen:
        return
    seen.add(key)
    kind = _KIND.get(trigger.lower(), "movement")
    canonical = None
    mv, _name = _known_movement(key)
    if mv:
        canonical = mv["name"]
        kind = mv.get("kind", kind) if kind == "movement" else kind
    s = sentence_at(sentences, m.start(g))
    themes.append(Theme(name=body, kind=kind, canonical=canonical,
                        evidence=(s.evidence(),) if s else ()))

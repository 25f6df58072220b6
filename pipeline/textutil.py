"""Small text helpers shared by the extractors: letters, sentences, masks.

Everything works on the NFC text and returns character offsets into it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from thidua.models import Evidence


def _letters(upper: bool) -> str:
    chars = []
    for code in range(0x41, 0x1F00):
        ch = chr(code)
        if not unicodedata.name(ch, "").startswith("LATIN"):
            continue
        if (ch.isupper() if upper else ch.islower()):
            chars.append(ch)
    return "".join(chars)


UPPER = _letters(True)
LOWER = _letters(False)
UP = f"[{re.escape(UPPER)}]"
LO = f"[{re.escape(LOWER)}]"
# A capitalised syllable, including ethnic-minority forms such as "K’" or "H'".
CAP_WORD = rf"{UP}{LO}*(?:['’]{UP}?{LO}*)?(?:-{LO}+)*"
# spelled-out counts before a counted noun ("hai tập thể", "năm xã"); digits are written beside them as \d+
NUMBER_WORDS = "hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
# the words that name a village or a residential group, below a commune ("thôn Đông", "tổ dân phố số 3"), lowercase
VILLAGE_WORDS = "thôn|xóm|ấp|bản|làng|tổ dân phố|khu phố"
# the kinds of official document a text cites ("Quyết định số …", "Chỉ thị 39-CT/TW của Bộ Chính trị"): its date
# is the document's, its issuer no participant
DOCUMENT_KINDS = (r"(?:[Qq]uyết định|[Cc]ông văn|[Kk]ế hoạch|[Hh]ướng dẫn|[Tt]hông báo|[Cc]hỉ thị|[Nn]ghị quyết|[Nn]ghị định"
                  r"|[Tt]hông tư|[Qq]uy chế|[Qq]uy định|[Kk]ết luận|[Đđ]ề án|[Cc]hương trình hành động|[Tt]ờ trình|[Bb]áo cáo|[Vv]ăn bản)")
QUOTE_OPEN = "“\"«„‘"
QUOTE_CLOSE = "”\"»‟’"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str

    def evidence(self) -> Evidence:
        return Evidence(self.text, self.start, self.end)


# Abbreviations that end in a dot but do not end a sentence.
_NO_BREAK = re.compile(r"\b(?:TP|TX|TS|ThS|GS|PGS|BS|Q|H|P|X|Tp|St|Mr|Th|CN|KS)\.$")
_BREAK = re.compile(r"[.!?…]+[”\"’)]*\s+|\n+")


# a line break inside a sentence, as pages laid out in short lines write them: after a comma, or before a word in
# lowercase that goes on from a line not ended by a stop ("vận động các\ntầng lớp nhân dân", "“Kỳ\nnghỉ hồng”")
_WRAPPED_LINE = re.compile(r"[ \t]*\n[ \t]*(?=\w)")
ITEM_LINE = re.compile(r"[ \t]*(?:\d{1,2}[ \t]*[.)]|[-–+•])[ \t]")


def join_wrapped_lines(text: str) -> str:
    """`text` with each line break inside a sentence made a space; the length, and so every offset, is unchanged."""
    def join(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else "\n"
        if text[m.end()].islower():
            joins = before == "," or before not in "\n.!?:;…" and not before.isspace()
        else:
            # (a numbered or bulleted item ends at its line: "2. Công ty A, Tổng Công ty B,\nĐã hoàn thành …")
            joins = before == "," and not ITEM_LINE.match(text, text.rfind("\n", 0, m.start()) + 1)
        return m.group(0).replace("\n", " ") if joins else m.group(0)
    return _WRAPPED_LINE.sub(join, text)


def split_sentences(text: str) -> list[Sentence]:
    """Split on sentence punctuation and line breaks, keeping offsets into `text`."""
    out: list[Sentence] = []
    start = 0
    for m in _BREAK.finditer(text):
        end = m.end()
        chunk_end = m.start() + len(m.group(0).rstrip())
        if "\n" not in m.group(0) and _NO_BREAK.search(text[max(start, m.start() - 4):m.start() + 1]):
            continue
        nxt = text[end:end + 1]
        if "\n" not in m.group(0) and nxt and nxt.islower():
            continue  # "... 5 tr. đồng" style: next word lowercase, not a new sentence
        _add(out, text, start, chunk_end)
        start = end
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    for s in sentences:
        if s.start <= offset < s.end or (offset == s.end and s.end > s.start):
            return s
    return None


_QUOTED = re.compile(r"[“\"«„]([^“”\"«»„\n]{1,400}?)[”\"»‟]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages, quotes included."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def paren_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\([^()\n]{0,300}\)", text)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def clean_spaces(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def nfc_with_offsets(raw: str) -> tuple[str, list[int]]:
    """NFC text plus, for every NFC offset (and its end), the matching offset in `raw`.

    Normalises cluster by cluster (a base letter and its combining marks), so
    a span [s, e) of the NFC text corresponds to raw[offsets[s]:offsets[e]].
    """
    out: list[str] = []
    offsets: list[int] = []
    i = 0
    n = len(raw)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        piece = unicodedata.normalize("NFC", raw[i:j])
        out.append(piece)
        offsets.extend([i] * len(piece))
        i = j
    offsets.append(n)
    return "".join(out), offsets

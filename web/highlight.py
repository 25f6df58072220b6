"""Where each extracted fact sits in the article text, as segments ready to render.

Evidence offsets index :meth:`Article.text` and point at a whole sentence. Inside
that sentence we look for the mention itself (the official's name, the award form…)
so the reader sees the fact, not a yellow paragraph; when the mention cannot be
found the sentence is highlighted instead. Pure functions: the template escapes
every segment's text and only wraps it in a tag.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from thidua.models import PARAGRAPH_SEPARATOR, Evidence, Extraction
from thidua.textnorm import fold

# Draw order when facts overlap: the first kind names the segment's main style.
KINDS = ("award", "official", "unit", "theme", "event")
KIND_LABELS = {
    "award": "Khen thưởng",
    "official": "Cán bộ",
    "unit": "Đơn vị",
    "theme": "Phong trào",
    "event": "Sự kiện",
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    label: str  # what the fact says, shown as a tooltip


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()

    @property
    def css(self) -> str:
        return " ".join(f"fact-{k}" for k in self.kinds)

    @property
    def title(self) -> str:
        return "; ".join(self.labels)


def _find_folded(text: str, needle: str, start: int, end: int) -> int:
    """Position of ``needle`` in text[start:end], exact first, then ignoring diacritics."""
    i = text.find(needle, start, end)
    if i >= 0:
        return i
    window = text[start:end]
    folded, folded_needle = fold(window), fold(needle)
    # fold keeps lengths for NFC text; if it did not, positions would be wrong: give up.
    if len(folded) != len(window) or len(folded_needle) != len(needle):
        return -1
    j = folded.find(folded_needle)
    return start + j if j >= 0 else -1


def _sentence_bounds(text: str, evidence: Evidence) -> Optional[tuple[int, int]]:
    """The evidence window, trusting offsets only when they still point at the sentence."""
    s, e = evidence.start, evidence.end
    if 0 <= s < e <= len(text) and (not evidence.sentence or text[s:e] == evidence.sentence):
        return s, e
    if evidence.sentence:
        found = text.find(evidence.sentence)
        if found >= 0:
            return found, found + len(evidence.sentence)
    return None


def _first_mention(text: str, mentions: tuple[str, ...], start: int, end: int) -> Optional[tuple[int, int]]:
    for mention in mentions:
        i = _find_folded(text, mention, start, end)
        if i >= 0:
            return i, i + len(mention)
    return None


def locate(text: str, evidence: Iterable[Evidence], mention: Optional[str], *alternatives: str) -> list[tuple[int, int]]:
    """Spans of one fact: the mention (or a shorter way of writing it) inside each
    evidence sentence, else the sentence itself.

    A fact without usable evidence is placed at the first occurrence of its mention.
    """
    mentions = tuple(m for m in (mention, *alternatives) if m)
    spans: list[tuple[int, int]] = []
    for ev in evidence:
        bounds = _sentence_bounds(text, ev)
        if bounds is None:
            continue
        found = _first_mention(text, mentions, *bounds)
        spans.append(found or bounds)
    if not spans and mentions:
        found = _first_mention(text, mentions, 0, len(text))
        if found:
            spans.append(found)
    return sorted(set(spans))


def _without_kind(name: str, kind: Optional[str]) -> str:
    """"huyện Ý Yên" -> "Ý Yên": articles often drop the unit's kind word in lists."""
    if kind and fold(name).startswith(fold(kind) + " "):
        return name[len(kind) + 1 :]
    return ""


def fact_spans(text: str, extraction: Optional[Extraction]) -> list[Span]:
    """Every fact of the extraction as spans over ``text`` (= Article.text())."""
    if extraction is None:
        return []
    out: list[Span] = []

    def add(kind: str, label: str, evidence, mention: Optional[str], *alternatives: str) -> None:
        for s, e in locate(text, evidence, mention, *alternatives):
            out.append(Span(s, e, kind, f"{KIND_LABELS[kind]}: {label}"))

    for award in extraction.awards:
        add("award", f"{award.form} → {award.recipient}", award.evidence, award.form)
    for official in extraction.officials:
        titles = ", ".join(official.titles)
        add("official", f"{official.name} ({titles})" if titles else official.name, official.evidence, official.name)
    for unit in extraction.units:
        add("unit", unit.canonical or unit.name, unit.evidence, unit.name, _without_kind(unit.name, unit.kind))
    for theme in extraction.themes:
        add("theme", theme.canonical or theme.name, theme.evidence, theme.name)
    event = extraction.event
    if event.type or event.date_text:
        add("event", event.type or event.date_text or "", event.evidence, event.date_text)
    return out


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """Cut ``text`` at every span boundary; each piece knows which facts cover it."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        kinds = tuple(k for k in KINDS if any(s.kind == k for s in covering))
        labels = tuple(dict.fromkeys(s.label for s in covering))
        if out and out[-1].kinds == kinds and out[-1].labels == labels:
            out[-1] = Segment(out[-1].text + text[a:b], kinds, labels)
        else:
            out.append(Segment(text[a:b], kinds, labels))
    return out


def paragraphs(segs: Iterable[Segment]) -> list[list[Segment]]:
    """Split segments at paragraph breaks so each paragraph renders as its own block."""
    paras: list[list[Segment]] = [[]]
    for seg in segs:
        pieces = seg.text.split(PARAGRAPH_SEPARATOR)
        for n, piece in enumerate(pieces):
            if n > 0:
                paras.append([])
            if piece:
                paras[-1].append(Segment(piece, seg.kinds, seg.labels))
    return [p for p in paras if p]


def highlighted_paragraphs(text: str, extraction: Optional[Extraction]) -> list[list[Segment]]:
    return paragraphs(segments(text, fact_spans(text, extraction)))

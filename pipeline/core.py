"""extract(): article text in, Extraction out. Pure; never raises."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from thidua.models import Article, Evidence, Extraction, nfc

from .awards import find_awards
from .awards.forms import consults_the_public, personal_title_to_a_body
from .awards.fullest import fullest_conferrers
from .awards.learned import learned_awards
from .events import find_event
from .officials import find_officials
from .relevance import relevance_score
from .textutil import join_wrapped_lines, nfc_with_offsets, split_sentences
from .themes import find_themes
from .units import add_recipient_units, find_units

EXTRACTOR_VERSION = "rules-10+crf-3"  # bump when rules change: `thidua extract` then redoes older extractions
log = logging.getLogger(__name__)


def extract(text: str, published: dt.date | None = None) -> Extraction:
    """Facts in `text`; evidence offsets index `text` itself.

    Matching runs on the NFC form; when that differs in length from the input
    (NFD text), evidence offsets are mapped back onto the caller's text.
    """
    try:
        return _extract(text if isinstance(text, str) else "", published)
    except Exception:  # one bad article must never stop a crawl or a batch
        log.exception("extraction failed; returning an empty result")
        return Extraction(extractor_version=EXTRACTOR_VERSION)


def _extract(text: str, published: dt.date | None) -> Extraction:
    if isinstance(published, dt.datetime):
        published = published.date()
    work = nfc(text)
    offsets = None
    if len(work) != len(text):
        work, offsets = nfc_with_offsets(text)
    if not work.strip():
        return Extraction(extractor_version=EXTRACTOR_VERSION)
    if ETH in work:
        # Some CMSs write "Ð" (Latin eth) for "Đ": match on "Đ", hand back the text as written.
        return _restore_eth(_extract_nfc(work.replace(ETH, "Đ"), published), work, text, offsets)
    result = _extract_nfc(work, published)
    return _remap(result, text, offsets) if offsets is not None else result


def _extract_nfc(text: str, published: dt.date | None) -> Extraction:
    work = join_wrapped_lines(text)  # a sentence wrapped over short lines is read as one (offsets unchanged)
    result = _extract_joined(work, published)
    # evidence quotes the text as written, its line breaks included
    return _remap(result, text, list(range(len(text) + 1))) if work != text else result


def _extract_joined(work: str, published: dt.date | None) -> Extraction:
    score = relevance_score(work)
    if score < 0.5:
        return Extraction(relevant=False, relevance_score=score, extractor_version=EXTRACTOR_VERSION)
    sentences = split_sentences(work)
    themes, theme_spans = find_themes(work, sentences)
    officials, title_spans = find_officials(work, sentences)
    event, loc_span = find_event(work, sentences, published)
    proposals_only = consults_the_public(work)  # a notice asking the public about proposals confers nothing
    awards = [] if proposals_only else find_awards(work, sentences, theme_spans)
    recipients = tuple(a.recipient for a in awards if a.recipient_kind == "collective")
    persons = tuple(o.name for o in officials) + tuple(a.recipient for a in awards if a.recipient_kind == "individual")
    units = find_units(work, sentences, theme_spans, title_spans, loc_span, persons, recipients)
    units = add_recipient_units(units, [(a.recipient, a.evidence) for a in awards if a.recipient_kind == "collective"],
                                work, title_spans)
    if not proposals_only:
        awards = fullest_conferrers(learned_awards(work, sentences, awards, title_spans), work)
    awards = [a for a in awards if not personal_title_to_a_body(a)]
    result = Extraction(
        relevant=True,
        relevance_score=score,
        event=event,
        officials=tuple(officials),
        units=tuple(units),
        awards=tuple(awards),
        themes=tuple(themes),
        extractor_version=EXTRACTOR_VERSION,
    )
    return result


ETH = "\u00d0"  # "Ð", LATIN CAPITAL LETTER ETH
# fields that quote the article; canonical names, kinds and expansions stay in standard spelling
_AS_WRITTEN = {"name", "titles", "form", "recipient", "conferrer", "presenter", "period", "date_text", "location"}


def _restore_eth(result: Extraction, work: str, raw: str, offsets: list[int] | None) -> Extraction:
    """Put back the "Ð" the article wrote: evidence from the text itself, and every extracted
    string that was matched with "Đ" (the swap is one character for one, so offsets hold)."""
    matched = work.replace(ETH, "Đ")

    def as_written(value: str) -> str:
        if "Đ" not in value:
            return value
        at = matched.find(value)
        if at >= 0:
            return work[at:at + len(value)]
        # a string built from pieces ("Ban Tổ chức Tỉnh ủy" + a place): restore word by word
        return re.sub(r"\w*Đ\w*", lambda m: _eth_word(m.group(0), matched, work), value)

    def walk(value):
        if isinstance(value, Evidence):
            return value
        if isinstance(value, str):
            return as_written(value)
        if isinstance(value, tuple):
            return tuple(walk(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(value, **{
                f.name: walk(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name in _AS_WRITTEN or f.name in ("officials", "units", "awards", "themes", "event")})
        return value

    result = walk(result)
    return _remap(result, raw, offsets if offsets is not None else list(range(len(work) + 1)))


def _eth_word(word: str, matched: str, work: str) -> str:
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", matched)
    return work[m.start():m.end()] if m else word


def _remap(value, raw: str, offsets: list[int]):
    """Rewrite every Evidence so its offsets and sentence index the raw (non-NFC) text."""
    if isinstance(value, Evidence):
        start, end = offsets[value.start], offsets[value.end]
        return Evidence(raw[start:end], start, end)
    if isinstance(value, tuple):
        return tuple(_remap(v, raw, offsets) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _remap(getattr(value, f.name), raw, offsets) for f in dataclasses.fields(value)
                   if isinstance(getattr(value, f.name), (tuple, Evidence)) or dataclasses.is_dataclass(getattr(value, f.name))}
        return dataclasses.replace(value, **changes)
    return value


def extract_article(article: Article) -> Extraction:
    published = article.published.date() if article.published else None
    return extract(article.text(), published)

"""extract(): article text in, Extraction out. Pure; never raises."""

from __future__ import annotations

import datetime as dt
import logging

from thidua.models import Article, Extraction, nfc

from .awards import find_awards
from .events import find_event
from .officials import find_officials
from .relevance import relevance_score
from .textutil import split_sentences
from .themes import find_themes
from .units import find_units

EXTRACTOR_VERSION = "rules-1"
log = logging.getLogger(__name__)


def extract(text: str, published: dt.date | None = None) -> Extraction:
    """Facts in `text`; evidence offsets index `text` itself.

    NFD input is normalised for matching only when that keeps offsets valid
    (NFC changes lengths); otherwise the raw text is used as is.
    """
    try:
        return _extract(text if isinstance(text, str) else "", published)
    except Exception:  # one bad article must never stop a crawl or a batch
        log.exception("extraction failed; returning an empty result")
        return Extraction(extractor_version=EXTRACTOR_VERSION)


def _extract(text: str, published: dt.date | None) -> Extraction:
    if isinstance(published, dt.datetime):
        published = published.date()
    work = text
    normalised = nfc(text)
    if len(normalised) == len(text):
        work = normalised  # same length: offsets still index the caller's text
    if not work.strip():
        return Extraction(extractor_version=EXTRACTOR_VERSION)
    score = relevance_score(work)
    if score < 0.5:
        return Extraction(relevant=False, relevance_score=score, extractor_version=EXTRACTOR_VERSION)
    sentences = split_sentences(work)
    if work is not text:
        sentences = [s.__class__(s.start, s.end, text[s.start:s.end]) for s in sentences]
    themes, theme_spans = find_themes(work, sentences)
    officials, title_spans = find_officials(work, sentences)
    event, loc_span = find_event(work, sentences, published)
    units = find_units(work, sentences, theme_spans, title_spans, loc_span, tuple(o.name for o in officials))
    awards = find_awards(work, sentences, theme_spans)
    return Extraction(
        relevant=True,
        relevance_score=score,
        event=event,
        officials=tuple(officials),
        units=tuple(units),
        awards=tuple(awards),
        themes=tuple(themes),
        extractor_version=EXTRACTOR_VERSION,
    )


def extract_article(article: Article) -> Extraction:
    published = article.published.date() if article.published else None
    return extract(article.text(), published)

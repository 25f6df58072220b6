"""Derive the searchable documents from what the store holds (pure functions)."""

from __future__ import annotations

import hashlib

from thidua.models import AwardRecord, IndexDocument, StoredArticle, document_id


def _unique(values) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return tuple(seen)


def award_records(stored: StoredArticle) -> tuple[AwardRecord, ...]:
    article, extraction = stored.article, stored.extraction
    if extraction is None:
        return ()
    doc_id = document_id(article.canonical_url)
    unit_canonical = {u.name: u.canonical for u in extraction.units if u.canonical}
    records = []
    for i, award in enumerate(extraction.awards):
        records.append(
            AwardRecord(
                id=hashlib.sha1(f"{doc_id}:{i}:{award.form}:{award.recipient}".encode()).hexdigest(),
                article_id=doc_id,
                article_url=article.canonical_url,
                article_title=article.title,
                site=article.site,
                form=award.form,
                recipient=award.recipient,
                recipient_kind=award.recipient_kind,
                form_canonical=award.form_canonical,
                category=award.category,
                conferrer=award.conferrer,
                recipient_canonical=_canonical_recipient(award.recipient, unit_canonical),
                period=award.period,
                presenter=award.presenter,
                event_type=extraction.event.type,
                event_date=extraction.event.date,
                published=article.published,
                evidence=award.evidence,
            )
        )
    return tuple(records)


def _canonical_recipient(recipient: str, unit_canonical: dict[str, str]) -> str | None:
    """The canonical unit of a collective recipient, when a unit of the article names it."""
    if recipient in unit_canonical:
        return unit_canonical[recipient]
    for name, canonical in unit_canonical.items():
        if name and name in recipient:
            return canonical
    return None


def to_index_document(stored: StoredArticle) -> IndexDocument:
    article, extraction = stored.article, stored.extraction
    base = dict(
        id=document_id(article.canonical_url),
        url=article.canonical_url,
        site=article.site,
        title=article.title,
        lead=article.lead,
        body="\n\n".join(article.body),
        published=article.published,
        author=article.author,
        tags=article.tags,
    )
    if extraction is None:
        return IndexDocument(**base)
    awards = award_records(stored)
    return IndexDocument(
        **base,
        relevant=extraction.relevant,
        relevance_score=extraction.relevance_score,
        event_type=extraction.event.type,
        event_date=extraction.event.date,
        event_location=extraction.event.location,
        units=_unique(u.canonical or u.name for u in extraction.units),
        officials=_unique(o.name for o in extraction.officials),
        award_forms=_unique(a.form_canonical or a.form for a in extraction.awards),
        conferrers=_unique(a.conferrer for a in extraction.awards),
        themes=_unique(t.canonical or t.name for t in extraction.themes),
        awards=awards,
    )

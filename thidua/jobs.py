"""The work behind each command, as importable functions (the CLI is a thin shell).

Each job takes a ``progress`` callback ``progress(advance: int, total: int | None)``
so the CLI can draw a bar and tests can count calls.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, TextIO

from index.backend import IndexReport, SearchBackend, batched
from index.documents import to_index_document
from index.store import Store
from thidua.errors import BackendError
from thidua.models import AwardRecord, StoredArticle, to_dict

log = logging.getLogger("thidua")

Progress = Callable[[int, Optional[int]], None]


def _no_progress(advance: int, total: Optional[int]) -> None:
    pass


@dataclass
class ExtractSummary:
    extracted: int = 0
    relevant: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def extract_stored(store: Store, everything: bool = False, progress: Progress = _no_progress) -> ExtractSummary:
    """(Re-)run extraction over stored articles; by default only new or changed ones, and
    those extracted by an older version of the rules."""
    from pipeline import EXTRACTOR_VERSION, extract_article  # the NLP stack loads only when needed

    summary = ExtractSummary()
    total = store.count() if everything else None
    for stored in store.iter_articles(needs_extraction=not everything, extractor_version=EXTRACTOR_VERSION):
        try:
            extraction = extract_article(stored.article)
            store.save_extraction(stored.article.canonical_url, extraction)
            summary.extracted += 1
            summary.relevant += int(extraction.relevant)
        except Exception as exc:  # one bad article must not stop the run
            summary.failed += 1
            summary.errors.append(f"{stored.article.url}: {exc}")
            log.error("extraction failed for %s: %s", stored.article.url, exc)
        progress(1, total)
    return summary


@dataclass
class IndexSummary:
    indexed: int = 0
    failed: int = 0
    store_count: int = 0
    index_count: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        return self.store_count == self.index_count and not self.failed


def index_all(store: Store, backend: SearchBackend, progress: Progress = _no_progress, batch: int = 1000) -> IndexSummary:
    """Index every stored article (idempotent: ids are stable), then compare counts."""
    total = store.count()
    summary = IndexSummary(store_count=total)
    for chunk in batched((to_index_document(s) for s in store.iter_articles()), batch):
        report: IndexReport = backend.index(chunk)
        summary.indexed += report.indexed
        summary.failed += report.failed
        summary.errors.extend(report.errors)
        progress(len(chunk), total)
    summary.index_count = backend.count()
    return summary


def reindex(store: Store, backend: SearchBackend, progress: Progress = _no_progress) -> IndexSummary:
    """Rebuild the index from the store. Backends with versioned indices swap atomically."""
    rebuild = getattr(backend, "rebuild", None)
    if rebuild is not None:
        total = store.count()
        docs = (to_index_document(s) for s in store.iter_articles())
        report = rebuild(docs, progress=lambda n: progress(n, total))
        return IndexSummary(
            indexed=report.indexed,
            failed=report.failed,
            store_count=store.count(),
            index_count=backend.count(),
            errors=report.errors,
        )
    backend.delete_all()
    return index_all(store, backend, progress)


# -- exports ---------------------------------------------------------------


def article_record(stored: StoredArticle) -> dict:
    """One line of ``thidua export articles``."""
    a, ex = stored.article, stored.extraction
    return {
        "url": a.url,
        "canonical_url": a.canonical_url,
        "site": a.site,
        "title": a.title,
        "lead": a.lead,
        "published": a.published.isoformat() if a.published else None,
        "author": a.author,
        "text": "\n\n".join(a.body),
        "captions": list(a.captions),
        "tags": list(a.tags),
        "warc_record_id": a.warc_record_id,
        "syndicated_from": a.syndicated_from or None,
        "relevant": ex.relevant if ex else None,
        "extraction": to_dict(ex) if ex else None,
    }


def export_articles(store: Store, out: TextIO, progress: Progress = _no_progress) -> int:
    n = 0
    total = store.count()
    for stored in store.iter_articles():
        out.write(json.dumps(article_record(stored), ensure_ascii=False) + "\n")
        n += 1
        progress(1, total)
    return n


AWARD_COLUMNS = (
    "year",
    "event_date",
    "form",
    "form_canonical",
    "category",
    "conferrer",
    "recipient",
    "recipient_kind",
    "recipient_canonical",
    "period",
    "presenter",
    "event_type",
    "article_title",
    "article_url",
)


def award_row(record: AwardRecord) -> dict:
    data = to_dict(record)
    data["year"] = record.year
    return {c: data.get(c) for c in AWARD_COLUMNS}


def awards_csv(records: Iterable[AwardRecord]) -> Iterator[str]:
    """CSV text of award records, one chunk per row (streams)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=AWARD_COLUMNS)
    writer.writeheader()
    for record in records:
        writer.writerow(award_row(record))
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()


def check_backend(backend: SearchBackend) -> None:
    """Fail early with a readable message when the backend cannot be reached."""
    try:
        backend.count()
    except BackendError:
        raise
    except Exception as exc:  # driver errors become our error type at the edge
        raise BackendError(f"search backend {backend.name} is not usable: {exc}") from exc

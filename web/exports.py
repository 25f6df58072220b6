"""CSV and NDJSON exports, produced row by row so a large export never sits in memory.

Award exports walk the store of record in batches (``Store.iter_articles``) and
filter with the same rule the timeline uses; search exports page through the
backend with its cursor. Both are plain generators handed to a StreamingResponse.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from typing import Callable, Iterable, Iterator, Optional

from index.backend import Hit, SearchBackend, TimelineQuery
from index.documents import award_records
from thidua.models import AwardRecord, StoredArticle, to_dict
from thidua.textnorm import fold

AWARD_COLUMNS = (
    "year", "event_date", "published", "form", "form_canonical", "category", "recipient",
    "recipient_canonical", "recipient_kind", "conferrer", "presenter", "period", "event_type",
    "site", "article_title", "article_url", "article_id", "evidence",
)
HIT_COLUMNS = ("id", "title", "site", "published", "event_type", "relevant", "score", "url", "snippet")
_TAG = re.compile(r"<[^>]+>")


def award_matches(record: AwardRecord, query: TimelineQuery) -> bool:
    """The timeline's filter rule: each given name is contained, ignoring diacritics and case,
    in the name as written or its canonical form."""
    checks = (
        (query.unit, f"{record.recipient} | {record.recipient_canonical or ''}"),
        (query.form, f"{record.form} | {record.form_canonical or ''}"),
        (query.conferrer, record.conferrer or ""),
    )
    for wanted, haystack in checks:
        if wanted and fold(wanted).strip() not in fold(haystack):
            return False
    year = record.year
    if query.year_from and (year is None or year < query.year_from):
        return False
    if query.year_to and (year is None or year > query.year_to):
        return False
    return True


def iter_awards(articles: Iterable[StoredArticle], query: TimelineQuery) -> Iterator[AwardRecord]:
    for stored in articles:
        for record in award_records(stored):
            if award_matches(record, query):
                yield record


def iter_hits(backend: SearchBackend, make_query: Callable[..., object], limit: Optional[int] = None) -> Iterator[Hit]:
    """Every hit of a search, a page at a time, following the backend's cursor.

    ``make_query(cursor)`` returns the SearchQuery for the page after ``cursor``.
    """
    cursor = None
    sent = 0
    while True:
        result = backend.search(make_query(cursor))
        for hit in result.hits:
            yield hit
            sent += 1
            if limit is not None and sent >= limit:
                return
        if not result.hits or result.next_cursor is None:
            return
        cursor = result.next_cursor


def _safe_cell(value) -> str:
    """Spreadsheet-safe text: a cell starting with = + - @ would run as a formula in Excel."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def award_row(record: AwardRecord) -> list:
    return [
        record.year, record.event_date, record.published, record.form, record.form_canonical,
        record.category, record.recipient, record.recipient_canonical, record.recipient_kind,
        record.conferrer, record.presenter, record.period, record.event_type, record.site,
        record.article_title, record.article_url, record.article_id,
        record.evidence[0].sentence if record.evidence else "",
    ]


def hit_row(hit: Hit) -> list:
    plain = html.unescape(_TAG.sub("", hit.snippet or ""))
    return [hit.id, hit.title, hit.site, hit.published, hit.event_type, hit.relevant, f"{hit.score:.3f}", hit.url, plain]


def csv_lines(columns: Iterable[str], rows: Iterable[list]) -> Iterator[str]:
    """CSV text one line at a time; starts with a BOM so Excel reads Vietnamese as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(list(columns))
    yield "\ufeff" + flush()
    for row in rows:
        writer.writerow([_safe_cell(v.isoformat() if hasattr(v, "isoformat") else v) for v in row])
        yield flush()


def ndjson_lines(records: Iterable) -> Iterator[str]:
    for record in records:
        yield json.dumps(to_dict(record), ensure_ascii=False) + "\n"


CHUNK_BYTES = 64 * 1024


def chunked(lines: Iterable[str], size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """Lines gathered into chunks of about ``size`` bytes.

    The server pulls each chunk through a worker thread; one line per pull would
    make a 100,000-row export 100,000 thread hops.
    """
    batch: list[bytes] = []
    held = 0
    for line in lines:
        data = line.encode("utf-8")
        batch.append(data)
        held += len(data)
        if held >= size:
            yield b"".join(batch)
            batch, held = [], 0
    if batch:
        yield b"".join(batch)

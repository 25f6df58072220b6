"""The embedded search backend: SQLite holds the documents, tantivy the full-text index.

Why two parts: SQLite FTS5 ranks every match with bm25 before it can return the
best ten, and counting facets means joining every match, so a query matching most
of 100,000 articles took hundreds of milliseconds (see
``benchmarks/bench_search_sqlite.py``, which prints both). tantivy (Rust,
in-process, no server) keeps a top-k heap and counts facets from column storage.

- SQLite (``search.sqlite``) keeps each IndexDocument as JSON and one row per award
  record; timelines are SQL over those rows.
- tantivy (``search.tantivy/`` beside it) indexes the folded text (``fold``:
  "Vụ Bản" -> "vu ban", đ -> d) for diacritic-insensitive matching, its consecutive
  word pairs ("thi|dua") so phrases and adjacent words are term lookups, the folded
  title and lead again so matches there score higher, the NFC text as written
  (``exact``) so exact-diacritic matches score higher, facet values as raw strings,
  and sort keys as columns.

The text index is derived from the SQLite rows. A ``dirty`` flag is set before a
write and cleared after both parts have committed; an index found dirty (a crash in
between), missing, or built by an older version of this module is rebuilt from
SQLite on open. tantivy allows one writer per index across processes: writes take
it for their duration and wait for it when another process holds it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path
from typing import Iterable, Iterator, Optional

import tantivy

from thidua.errors import BackendError, QueryError
from thidua.models import AwardRecord, IndexDocument, from_dict, to_dict
from thidua.sqlite import connect
from thidua.textnorm import fold, nfc

from .backend import (
    batched,
    FACET_FIELDS,
    MAX_PAGE_SIZE,
    FacetCount,
    Hit,
    IndexReport,
    SearchBackend,
    SearchQuery,
    SearchResult,
    Timeline,
    TimelineQuery,
)
from .query_text import ParsedQuery, best_snippet, parse_query, words

SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    rowid      INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    published  TEXT,
    site       TEXT,
    relevant   INTEGER NOT NULL DEFAULT 0,
    data       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS awards (
    id            TEXT PRIMARY KEY,
    doc_rowid     INTEGER NOT NULL,
    year          INTEGER,
    sort_date     TEXT,
    form_key      TEXT NOT NULL,
    recipient_key TEXT NOT NULL,
    conferrer_key TEXT NOT NULL,
    data          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS awards_doc ON awards(doc_rowid);
CREATE INDEX IF NOT EXISTS awards_year ON awards(year);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Every word is matched (and scored) in the whole text; found in the title or lead
# it scores again with these weights, so title > lead > body.
FIELD_BOOSTS = (("title", 2.0), ("lead", 1.0))
EXACT_BOOST = 4.0  # the words as typed, diacritics included, found in the text
PROXIMITY_BOOST = 2.0  # loose words found next to each other, in order
FACET_SIZE = 50

# Sort key for "newest first" with a unique tie-break: published second << 30 | rowid
# (unique up to 2**30 rows). Documents without a date sort after every dated one.
_ROWID_BITS = 30
_NO_DATE_SECONDS = -(1 << 32)
# Bump when what goes into the text index changes: indexes of other versions are rebuilt.
TEXT_INDEX_VERSION = "4"
PAIR_JOIN = "|"  # never inside a word
MAX_WORD_BYTES = 40  # tantivy's default tokenizer drops words this long or longer
WRITER_HEAP = 100_000_000
# tantivy tokenizes at commit time; a second thread overlaps that work with Python's
WRITER_THREADS = min(2, os.cpu_count() or 1)
WRITER_WAIT_SECONDS = 30.0

log = logging.getLogger(__name__)


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_integer_field("rowid", stored=True, indexed=True, fast=True)
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    # folded text; the default tokenizer splits on non-alphanumerics and lowercases
    sb.add_text_field("text")  # title + lead + body: what must match, scored as body
    # each two consecutive words of "text" as one token ("thi|dua"): phrases and
    # adjacency become single-term lookups instead of position checks across
    # tens of thousands of documents
    sb.add_text_field("pairs", tokenizer_name="whitespace", index_option="freq")
    for name, _ in FIELD_BOOSTS:
        sb.add_text_field(name)  # matches here add to the score
    # NFC text as written, lowercased by the tokenizer; only term frequencies, since
    # exact matches are scored word by word (the folded phrase decides matching)
    sb.add_text_field("exact", index_option="freq")
    for name in FACET_FIELDS:
        sb.add_text_field(name, tokenizer_name="raw", fast=True, index_option="basic")
    sb.add_integer_field("sort_key", indexed=True, fast=True)
    sb.add_integer_field("day", indexed=True, fast=True)  # published date (as written) ordinal; 0 = none
    return sb.build()


def _facet_values(doc: IndexDocument) -> Iterator[tuple[str, str]]:
    for field in FACET_FIELDS:
        value = getattr(doc, field)
        if field == "relevant":
            yield field, "true" if value else "false"
        elif isinstance(value, tuple):
            for v in value:
                if v:
                    yield field, v
        elif value:
            yield field, value


def _sort_key(rowid: int, published: Optional[dt.datetime]) -> int:
    seconds = int(published.timestamp()) if published else _NO_DATE_SECONDS
    return (seconds << _ROWID_BITS) | (rowid & ((1 << _ROWID_BITS) - 1))


def _pairs(ws) -> list[str]:
    """Consecutive word pairs; none with a word the text tokenizer drops as too long."""
    if ws and max(map(len, ws)) * 4 >= MAX_WORD_BYTES:  # some word may be too long (4 bytes/char at most)
        ws = [w if len(w.encode()) < MAX_WORD_BYTES else None for w in ws]
        return [f"{a}{PAIR_JOIN}{b}" for a, b in zip(ws, ws[1:]) if a and b]
    return list(map(PAIR_JOIN.join, zip(ws, ws[1:])))


def _text_document(rowid: int, doc: IndexDocument) -> tantivy.Document:
    td = tantivy.Document()
    td.add_integer("rowid", rowid)
    td.add_text("id", doc.id)
    title, lead = fold(doc.title), fold(doc.lead)
    text = f"{title}\n{lead}\n{fold(doc.body)}"
    td.add_text("text", text)
    td.add_text("pairs", " ".join(_pairs(words(text))))
    td.add_text("title", title)
    td.add_text("lead", lead)
    td.add_text("exact", nfc(f"{doc.title}\n{doc.lead}\n{doc.body}"))
    for field, value in _facet_values(doc):
        td.add_text(field, value)
    td.add_integer("sort_key", _sort_key(rowid, doc.published))
    td.add_integer("day", doc.published.date().toordinal() if doc.published else 0)
    return td


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False)


def _from_json(cls, text: str):
    return from_dict(cls, json.loads(text))


def _key(text: Optional[str]) -> str:
    """Folded words padded with spaces, so LIKE '% vu ban %' matches whole words only.

    Two names in one column are joined with "|", which no search key contains, so a
    match never spans the end of one name and the start of the other.
    """
    return " " + " ".join(words(fold(text or ""))) + " "


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SqliteBackend(SearchBackend):
    name = "sqlite"

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._db = connect(self.path, SCHEMA)
        self._lock = threading.RLock()
        self.text_path = self.path.with_suffix(".tantivy")
        self._schema = _schema()
        self._open_text_index()

    # -- the text index ----------------------------------------------------

    def _open_text_index(self) -> None:
        self.text_path.mkdir(parents=True, exist_ok=True)
        try:
            self._text = tantivy.Index(self._schema, path=str(self.text_path), reuse=True)
        except ValueError:  # written with another schema: it is derived, so start over
            shutil.rmtree(self.text_path)
            self.text_path.mkdir(parents=True)
            self._text = tantivy.Index(self._schema, path=str(self.text_path), reuse=True)
        self._text.reload()
        stored = self._db.execute("SELECT count(*) FROM docs").fetchone()[0]
        stale = self._meta("text_index_version") not in (None, TEXT_INDEX_VERSION) or (
            self._meta("text_index_version") is None and stored
        )
        if stale or self._is_dirty() or self._text.searcher().num_docs != stored:
            try:
                self.rebuild_text_index(wait=0)
            except BackendError:
                # another process is writing right now (and leaves the flag clear when
                # it finishes); searching what is committed is better than failing
                log.warning("search index %s is being written elsewhere; not rebuilding it now", self.text_path)

    def _meta(self, key: str) -> Optional[str]:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _is_dirty(self) -> bool:
        return self._meta("dirty") == "1"

    def _set_dirty(self, dirty: bool) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('dirty', ?)", ("1" if dirty else "0",))
            if not dirty:  # both parts were just written by this version
                self._db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('text_index_version', ?)", (TEXT_INDEX_VERSION,)
                )

    def _writer(self, wait: Optional[float] = None) -> tantivy.IndexWriter:
        """The index's one writer; waits while another process or backend holds it.

        One writer per write call, released afterwards: tantivy allows one writer
        per index across processes, and a web app may hold this index open.
        """
        deadline = time.monotonic() + (WRITER_WAIT_SECONDS if wait is None else wait)
        while True:
            try:
                return self._text.writer(heap_size=WRITER_HEAP, num_threads=WRITER_THREADS)
            except ValueError as exc:
                if "LockBusy" not in str(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise BackendError(
                        f"the search index {self.text_path} is being written by another process; try again later"
                    ) from exc
                time.sleep(0.2)

    @staticmethod
    def _release(writer: tantivy.IndexWriter) -> None:
        writer.wait_merging_threads()

    def rebuild_text_index(self, wait: Optional[float] = None) -> int:
        """Re-create the full-text index from the documents in SQLite; returns the count."""
        with self._lock:
            writer = self._writer(wait)
            self._set_dirty(True)
            n = 0
            try:
                writer.delete_all_documents()
                for rowid, data in self._db.execute("SELECT rowid, data FROM docs"):
                    writer.add_document(_text_document(rowid, _from_json(IndexDocument, data)))
                    n += 1
                writer.commit()  # one commit: searches see the old index until the new one is whole
                self._set_dirty(False)  # both parts committed; cleared before the lock is released
            finally:
                self._release(writer)
            self._text.reload()
            return n

    # -- writing -----------------------------------------------------------

    def index(self, docs: Iterable[IndexDocument], batch: int = 500) -> IndexReport:
        report = IndexReport()
        with self._lock:
            writer = self._writer()
            self._set_dirty(True)
            try:
                for chunk in batched(docs, batch):
                    with self._db:  # one SQLite transaction per batch
                        self._write_batch(chunk, writer, report)
                # the writer spills to disk by itself when its heap fills; committing once
                # means searches never see half of a run
                writer.commit()
                self._set_dirty(False)  # both parts committed; cleared before the lock is released
            finally:
                self._release(writer)
            self._text.reload()
        return report

    def rebuild(self, docs: Iterable[IndexDocument], progress=None, batch: int = 500) -> IndexReport:
        """Make the index hold exactly ``docs`` (``thidua reindex``), with no moment of emptiness.

        One SQLite transaction and one tantivy commit: searches see the old contents
        until both parts have the new ones. Documents keep their rowids, so the two
        parts agree while the swap happens; documents not in ``docs`` are dropped.
        ``progress(n)`` is told how many documents each batch held.
        """
        report = IndexReport()
        with self._lock:
            writer = self._writer()
            self._set_dirty(True)
            try:
                with self._db:
                    self._db.execute("CREATE TEMP TABLE IF NOT EXISTS kept (id TEXT PRIMARY KEY)")
                    self._db.execute("DELETE FROM kept")
                    writer.delete_all_documents()
                    for chunk in batched(docs, batch):
                        written = self._write_batch(chunk, writer, report)
                        self._db.executemany("INSERT OR IGNORE INTO kept (id) VALUES (?)", [(i,) for i in written])
                        if progress:
                            progress(len(chunk))
                    self._db.execute(
                        "DELETE FROM awards WHERE doc_rowid IN "
                        "(SELECT rowid FROM docs WHERE id NOT IN (SELECT id FROM kept))"
                    )
                    self._db.execute("DELETE FROM docs WHERE id NOT IN (SELECT id FROM kept)")
                    self._db.execute("DELETE FROM kept")
                writer.commit()
                self._set_dirty(False)  # both parts committed; cleared before the lock is released
            finally:
                self._release(writer)
            self._text.reload()
        return report

    def _write_batch(self, docs: list[IndexDocument], writer: tantivy.IndexWriter, report: IndexReport) -> list[str]:
        """Write documents to SQLite (inside the caller's transaction) and queue them in the
        text index; returns the ids written."""
        written = []
        for doc in docs:
            # a savepoint per document: a bad one is reported and leaves no half-written rows
            self._db.execute("SAVEPOINT doc")
            try:
                rowid = self._write_row(doc)
                text_doc = _text_document(rowid, doc)
                self._db.execute("RELEASE doc")
            except (sqlite3.Error, TypeError, ValueError, AttributeError) as exc:
                self._db.execute("ROLLBACK TO doc")
                self._db.execute("RELEASE doc")
                report.failed += 1
                report.errors.append(f"{getattr(doc, 'id', '?')}: {exc}")
                continue
            writer.delete_documents_by_term("id", doc.id)
            writer.add_document(text_doc)
            report.indexed += 1
            written.append(doc.id)
        return written

    def _write_row(self, doc: IndexDocument) -> int:
        db = self._db
        row = db.execute("SELECT rowid FROM docs WHERE id = ?", (doc.id,)).fetchone()
        plain = to_dict(doc)
        values = (doc.published.isoformat() if doc.published else None, doc.site, int(doc.relevant), _dumps(plain))
        if row:
            rowid = row[0]
            db.execute("UPDATE docs SET published=?, site=?, relevant=?, data=? WHERE rowid=?", (*values, rowid))
            db.execute("DELETE FROM awards WHERE doc_rowid = ?", (rowid,))
        else:
            rowid = db.execute(
                "INSERT INTO docs (id, published, site, relevant, data) VALUES (?,?,?,?,?)", (doc.id, *values)
            ).lastrowid
        db.executemany(
            """INSERT OR REPLACE INTO awards (id, doc_rowid, year, sort_date, form_key, recipient_key,
                   conferrer_key, data) VALUES (?,?,?,?,?,?,?,?)""",
            [
                (
                    award.id,
                    rowid,
                    award.year,
                    when.isoformat() if when else None,
                    _key(award.form) + "|" + _key(award.form_canonical),
                    _key(award.recipient) + "|" + _key(award.recipient_canonical),
                    _key(award.conferrer),
                    _dumps(award_plain),
                )
                for award, award_plain in zip(doc.awards, plain["awards"])
                for when in [award.event_date or (award.published.date() if award.published else None)]
            ],
        )
        return rowid

    def delete_all(self) -> None:
        with self._lock:
            writer = self._writer()
            self._set_dirty(True)
            try:
                with self._db:
                    for table in ("docs", "awards"):
                        self._db.execute(f"DELETE FROM {table}")
                writer.delete_all_documents()
                writer.commit()
                self._set_dirty(False)  # both parts committed; cleared before the lock is released
            finally:
                self._release(writer)
            self._text.reload()

    # -- reading -----------------------------------------------------------

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM docs").fetchone()[0]

    def iter_ids(self) -> Iterator[str]:
        with self._lock:
            ids = [r[0] for r in self._db.execute("SELECT id FROM docs ORDER BY id")]
        yield from ids

    def get(self, doc_id: str) -> Optional[IndexDocument]:
        with self._lock:
            row = self._db.execute("SELECT data FROM docs WHERE id = ?", (doc_id,)).fetchone()
        return _from_json(IndexDocument, row[0]) if row else None

    def _field_query(self, folded: tuple[str, ...], field: str) -> tantivy.Query:
        if len(folded) == 1:
            return tantivy.Query.term_query(self._schema, field, folded[0])
        return tantivy.Query.phrase_query(self._schema, field, list(folded))

    def _phrase_match(self, phrase: tuple[str, ...]) -> tantivy.Query:
        """A word, or a phrase as its consecutive word pairs, in the folded text.

        A phrase of three or more words matches when each of its pairs appears side by
        side somewhere; position checks would make it exact but cost tens of
        milliseconds on common words, and a chain of pairs scattered apart is rare.
        """
        Q, Occur = tantivy.Query, tantivy.Occur
        pairs = _pairs(phrase)
        if len(phrase) == 1 or len(pairs) < len(phrase) - 1:  # a word too long to be indexed
            return self._field_query(phrase, "text")
        terms = [Q.term_query(self._schema, "pairs", p, index_option="freq") for p in dict.fromkeys(pairs)]
        return terms[0] if len(terms) == 1 else Q.boolean_query([(Occur.Must, t) for t in terms])

    def _match_query(self, parsed: ParsedQuery) -> tantivy.Query:
        """Which documents match: every word or quoted phrase somewhere in the folded text."""
        Q, Occur = tantivy.Query, tantivy.Occur
        return Q.boolean_query([(Occur.Must, self._phrase_match(p)) for p in parsed.phrases])

    def _scored_query(self, parsed: ParsedQuery) -> tantivy.Query:
        """The match query plus what orders it: title and lead hits, exact diacritics, adjacency.

        The extra clauses are optional (Should): they never change which documents
        match, only their scores. All are single-term lookups, cheap on any corpus.
        """
        Q, Occur = tantivy.Query, tantivy.Occur
        clauses = [(Occur.Must, self._phrase_match(p)) for p in parsed.phrases]
        for word in dict.fromkeys(parsed.words):
            for field, boost in FIELD_BOOSTS:
                clauses.append((Occur.Should, Q.boost_query(Q.term_query(self._schema, field, word), boost)))
        for word in dict.fromkeys(w for p in parsed.originals for w in p):
            exact = Q.term_query(self._schema, "exact", word, index_option="freq")
            clauses.append((Occur.Should, Q.boost_query(exact, EXACT_BOOST)))
        for pair in dict.fromkeys(_pairs(parsed.loose_words)):  # loose words typed side by side
            near = Q.term_query(self._schema, "pairs", pair, index_option="freq")
            clauses.append((Occur.Should, Q.boost_query(near, PROXIMITY_BOOST)))
        return Q.boolean_query(clauses)

    def _ranked_page(self, searcher, parsed: ParsedQuery, filters: list, offset: int, size: int, count: bool):
        """One page of hits by relevance: (score, address) pairs, and the total if asked for."""
        result = searcher.search(self._combine(self._scored_query(parsed), filters), size, count=count, offset=offset)
        return list(result.hits), result.count if count else None

    def _filter_queries(self, query: SearchQuery) -> list[tantivy.Query]:
        Q = tantivy.Query
        out = []
        for field, values in query.filters:
            if field not in FACET_FIELDS:
                raise QueryError(f"unknown filter {field!r}; use one of {', '.join(FACET_FIELDS)}")
            if field == "relevant":  # stored as "true"/"false"; accept booleans too
                values = ["true" if str(v).lower() in ("true", "1") else "false" for v in values]
            values = [str(v) for v in values if str(v)]
            if values:
                out.append(Q.term_set_query(self._schema, field, values))
        if query.date_from or query.date_to:
            lower = query.date_from.toordinal() if query.date_from else 1  # 0 means "no date"
            upper = query.date_to.toordinal() if query.date_to else None
            if upper is not None and upper < lower:
                return [Q.empty_query()]
            out.append(Q.range_query(self._schema, "day", tantivy.FieldType.Integer, lower, upper))
        return out

    def _combine(self, scored: Optional[tantivy.Query], filters: list[tantivy.Query]) -> tantivy.Query:
        Q, Occur = tantivy.Query, tantivy.Occur
        if scored is None and not filters:
            return Q.all_query()
        clauses = [(Occur.Must, scored)] if scored is not None else []
        # filters decide membership only; they must not change the ranking
        clauses += [(Occur.Must, Q.const_score_query(f, 0.0)) for f in filters]
        return Q.boolean_query(clauses)

    def search(self, query: SearchQuery) -> SearchResult:
        parsed = parse_query(query.text)
        if parsed.is_empty() and query.text.strip():
            return SearchResult(total=0, hits=())  # only punctuation or operators: nothing to look for
        size = max(1, min(query.size, MAX_PAGE_SIZE))
        by_date = query.sort == "date" or parsed.is_empty()
        filters = self._filter_queries(query)
        matching = self._combine(None if parsed.is_empty() else self._match_query(parsed), filters)
        cursor = _read_cursor(query.search_after)
        offset = cursor if isinstance(cursor, int) else (max(1, query.page) - 1) * size
        with self._lock:
            self._text.reload()
            searcher = self._text.searcher()
        # A searcher is a fixed snapshot of the index: it needs no lock, so concurrent
        # requests (the web app) are not serialised behind each other.
        # Counting visits every match; the facet aggregation does too, so when
        # facets are asked for they give the total and the search skips counting.
        facets, total = self._facets(searcher, matching) if query.facets else ({}, None)
        if by_date:
            # newest first by sort_key; one extra hit tells whether another page exists
            if isinstance(cursor, tuple):  # keyset: everything older than the last hit seen
                below = tantivy.Query.range_query(
                    self._schema, "sort_key", tantivy.FieldType.Integer, None, cursor[1], include_upper=False
                )
                offset = 0
                result = searcher.search(
                    self._combine(matching, [below]), size + 1, count=False, order_by_field="sort_key"
                )
                if total is None:
                    total = searcher.search(matching, 1, count=True).count
            else:
                result = searcher.search(
                    matching, size + 1, count=total is None, order_by_field="sort_key", offset=offset
                )
            more = len(result.hits) > size
            page = result.hits[:size]
            if total is None:
                total = result.count
        else:
            page, counted = self._ranked_page(searcher, parsed, filters, offset, size, count=total is None)
            total = counted if total is None else total
            more = offset + size < total
        rowids = searcher.fast_field_values("rowid", [addr for _, addr in page]) if page else []
        with self._lock:
            docs = self._load(rowids)
        hits = []
        for (order_key, _), rowid in zip(page, rowids):
            doc = docs.get(rowid)
            if doc is None:  # deleted in SQLite by a writer whose text commit is still to come
                continue
            hits.append(
                Hit(
                    id=doc.id,
                    url=doc.url,
                    title=doc.title,
                    site=doc.site,
                    published=doc.published,
                    snippet=best_snippet([doc.lead, doc.body], parsed),
                    score=0.0 if by_date else float(order_key),
                    event_type=doc.event_type,
                    relevant=doc.relevant,
                )
            )
        next_cursor = None
        if more and page:
            next_cursor = ("date", int(page[-1][0])) if by_date else ("offset", offset + size)
        return SearchResult(total=total, hits=tuple(hits), facets=facets, next_cursor=next_cursor)

    def _load(self, rowids: list[int]) -> dict[int, IndexDocument]:
        if not rowids:
            return {}
        rows = self._db.execute(
            f"SELECT rowid, data FROM docs WHERE rowid IN ({','.join('?' * len(rowids))})", rowids
        ).fetchall()
        return {rid: _from_json(IndexDocument, data) for rid, data in rows}

    def _facets(
        self, searcher: tantivy.Searcher, query: tantivy.Query
    ) -> tuple[dict[str, tuple[FacetCount, ...]], int]:
        """Facet counts of the matching documents, and how many match.

        Exact counts, not estimates: every segment reports every value
        (``segment_size``) before the top values are kept.
        """
        aggs = {field: {"terms": {"field": field, "size": 100_000, "segment_size": 100_000}} for field in FACET_FIELDS}
        result = searcher.aggregate(query, aggs)
        out = {}
        for field in FACET_FIELDS:
            buckets = result.get(field, {}).get("buckets", [])
            ordered = sorted(((b["key"], b["doc_count"]) for b in buckets), key=lambda kv: (-kv[1], kv[0]))
            out[field] = tuple(FacetCount(str(k), n) for k, n in ordered[:FACET_SIZE])
        # every document has exactly one "relevant" value, so its counts add up to the total
        total = sum(fc.count for fc in out["relevant"])
        return out, total

    def timeline(self, query: TimelineQuery) -> Timeline:
        where = " WHERE 1=1"
        params: list = []
        for column, value in (
            ("recipient_key", query.unit),
            ("form_key", query.form),
            ("conferrer_key", query.conferrer),
        ):
            if value is not None:
                key = _key(value)
                if not key.strip():
                    return Timeline(per_year=(), records=(), total=0)  # punctuation only: nothing can match
                where += f" AND {column} LIKE ? ESCAPE '\\'"
                params.append("%" + _like_escape(key) + "%")
        if query.year_from:
            where += " AND year >= ?"
            params.append(query.year_from)
        if query.year_to:
            where += " AND year <= ?"
            params.append(query.year_to)
        order = " ORDER BY sort_date, id"
        if query.limit is None and not query.offset:
            # every record: one scan gives the records and their counts
            with self._lock:
                rows = self._db.execute("SELECT data, year FROM awards" + where + order, params).fetchall()
            counts: dict[Optional[int], int] = {}
            for _, year in rows:
                counts[year] = counts.get(year, 0) + 1
            records = tuple(_from_json(AwardRecord, data) for data, _ in rows)
        else:
            # one scan of the light columns for the counts and the order; JSON only for the page
            with self._lock:
                keys = self._db.execute(f"SELECT sort_date, id, year, rowid FROM awards{where}", params).fetchall()
            counts = {}
            for _, _, year, _ in keys:
                counts[year] = counts.get(year, 0) + 1
            keys.sort(key=lambda k: (k[0] is not None, k[0] or "", k[1]))  # NULL dates first, as in SQL
            start = max(0, query.offset)
            page = [k[3] for k in keys[start : None if query.limit is None else start + query.limit]]
            data: dict[int, str] = {}
            for chunk in batched(page, 500):
                marks = ",".join("?" * len(chunk))
                with self._lock:
                    data.update(self._db.execute(f"SELECT rowid, data FROM awards WHERE rowid IN ({marks})", chunk))
            records = tuple(_from_json(AwardRecord, data[rowid]) for rowid in page)
        per_year = tuple(sorted((y, n) for y, n in counts.items() if y is not None))
        return Timeline(per_year=per_year, records=records, total=sum(counts.values()))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _read_cursor(cursor: Optional[tuple]):
    """("date", sort_key) -> the tuple; ("offset", n) or (n,) -> n; None -> None."""
    if not cursor:
        return None
    try:
        if len(cursor) == 2 and cursor[0] == "date":
            return ("date", int(cursor[1]))
        if len(cursor) == 2 and cursor[0] == "offset":
            return max(0, int(cursor[1]))
        if len(cursor) == 1:
            return max(0, int(cursor[0]))
    except (TypeError, ValueError):
        pass
    raise QueryError(f"not a cursor this backend returned: {cursor!r}")

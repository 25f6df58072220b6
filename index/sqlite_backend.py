"""The embedded search backend: SQLite FTS5 over diacritic-folded text.

FTS5's ``unicode61 remove_diacritics 2`` folds tone marks but not đ, so we index
:func:`thidua.textnorm.fold` output (which maps đ→d too) and fold queries the same
way. Exact-diacritic matches are ranked first by re-ranking the best BM25
candidates against the original text.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Iterator, Optional

from thidua.errors import QueryError
from thidua.models import AwardRecord, IndexDocument, from_dict, to_json
from thidua.textnorm import fold

from .backend import (
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
from .query_text import ParsedQuery, fts5_expression, parse_query, snippet

SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    rowid      INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    published  TEXT,
    site       TEXT,
    relevant   INTEGER NOT NULL DEFAULT 0,
    data       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_published ON docs(published);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
    title, lead, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS facets (
    doc_rowid INTEGER NOT NULL,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS facets_lookup ON facets(field, value, doc_rowid);
CREATE INDEX IF NOT EXISTS facets_doc ON facets(doc_rowid);
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
"""

# BM25 weights for title, lead, body.
FIELD_WEIGHTS = (10.0, 4.0, 1.0)
RERANK_WINDOW = 200
EXACT_BONUS = 5.0  # added to -bm25 (higher is better) when the exact diacritics match


def _facet_values(doc: IndexDocument) -> Iterator[tuple[str, str]]:
    for field in FACET_FIELDS:
        value = getattr(doc, field)
        if field == "relevant":
            yield field, "true" if value else "false"
        elif isinstance(value, tuple):
            for v in value:
                yield field, v
        elif value:
            yield field, value


class SqliteBackend(SearchBackend):
    name = "sqlite"

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    # -- writing ---------------------------------------------------------

    def index(self, docs: Iterable[IndexDocument], batch: int = 500) -> IndexReport:
        report = IndexReport()
        pending: list[IndexDocument] = []
        for doc in docs:
            pending.append(doc)
            if len(pending) >= batch:
                self._write(pending, report)
                pending = []
        if pending:
            self._write(pending, report)
        return report

    def _write(self, docs: list[IndexDocument], report: IndexReport) -> None:
        with self._lock, self._db:
            for doc in docs:
                try:
                    self._write_one(doc)
                    report.indexed += 1
                except (sqlite3.Error, TypeError, ValueError) as exc:
                    report.failed += 1
                    report.errors.append(f"{doc.id}: {exc}")

    def _write_one(self, doc: IndexDocument) -> None:
        db = self._db
        row = db.execute("SELECT rowid FROM docs WHERE id = ?", (doc.id,)).fetchone()
        values = (doc.published.isoformat() if doc.published else None, doc.site, int(doc.relevant), to_json(doc))
        if row:
            rowid = row[0]
            db.execute("UPDATE docs SET published=?, site=?, relevant=?, data=? WHERE rowid=?", (*values, rowid))
            db.execute("DELETE FROM docs_fts WHERE rowid = ?", (rowid,))
            db.execute("DELETE FROM facets WHERE doc_rowid = ?", (rowid,))
            db.execute("DELETE FROM awards WHERE doc_rowid = ?", (rowid,))
        else:
            rowid = db.execute(
                "INSERT INTO docs (id, published, site, relevant, data) VALUES (?,?,?,?,?)", (doc.id, *values)
            ).lastrowid
        db.execute(
            "INSERT INTO docs_fts (rowid, title, lead, body) VALUES (?,?,?,?)",
            (rowid, fold(doc.title), fold(doc.lead), fold(doc.body)),
        )
        db.executemany(
            "INSERT INTO facets (doc_rowid, field, value) VALUES (?,?,?)",
            [(rowid, f, v) for f, v in _facet_values(doc)],
        )
        for award in doc.awards:
            when = award.event_date or (award.published.date() if award.published else None)
            db.execute(
                """INSERT OR REPLACE INTO awards (id, doc_rowid, year, sort_date, form_key, recipient_key,
                       conferrer_key, data) VALUES (?,?,?,?,?,?,?,?)""",
                (
                    award.id,
                    rowid,
                    award.year,
                    when.isoformat() if when else None,
                    fold(f"{award.form} | {award.form_canonical or ''}"),
                    fold(f"{award.recipient} | {award.recipient_canonical or ''}"),
                    fold(award.conferrer or ""),
                    to_json(award),
                ),
            )

    def delete_all(self) -> None:
        with self._lock, self._db:
            for table in ("docs", "docs_fts", "facets", "awards"):
                self._db.execute(f"DELETE FROM {table}")

    # -- reading ---------------------------------------------------------

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
        return from_dict(IndexDocument, json.loads(row[0])) if row else None

    def _match_sql(self, query: SearchQuery, parsed: ParsedQuery) -> tuple[str, list]:
        """SQL selecting (rid, published, rank) of every matching document."""
        params: list = []
        if parsed.is_empty():
            sql = "SELECT d.rowid AS rid, d.published AS pub, 0.0 AS rank FROM docs d WHERE 1=1"
        else:
            w = ", ".join(str(x) for x in FIELD_WEIGHTS)
            sql = (
                f"SELECT d.rowid AS rid, d.published AS pub, bm25(docs_fts, {w}) AS rank "
                "FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid WHERE docs_fts MATCH ?"
            )
            params.append(fts5_expression(parsed))
        for field, values in query.filters:
            if field not in FACET_FIELDS:
                raise QueryError(f"unknown filter {field!r}; use one of {', '.join(FACET_FIELDS)}")
            if not values:
                continue
            marks = ",".join("?" * len(values))
            sql += f" AND d.rowid IN (SELECT doc_rowid FROM facets WHERE field = ? AND value IN ({marks}))"
            params.extend([field, *values])
        if query.date_from:
            sql += " AND d.published >= ?"
            params.append(query.date_from.isoformat())
        if query.date_to:
            sql += " AND d.published < ?"
            params.append((query.date_to + dt.timedelta(days=1)).isoformat())
        return sql, params

    def search(self, query: SearchQuery) -> SearchResult:
        parsed = parse_query(query.text)
        if parsed.is_empty() and query.text.strip():
            return SearchResult(total=0, hits=())  # only punctuation or operators: nothing to look for
        size = max(1, min(query.size, MAX_PAGE_SIZE))
        offset = int(query.search_after[0]) if query.search_after else (max(1, query.page) - 1) * size
        match_sql, params = self._match_sql(query, parsed)
        with self._lock:
            try:
                total = self._db.execute(f"SELECT count(*) FROM ({match_sql})", params).fetchone()[0]
                ranked = self._rank(match_sql, params, query, parsed, offset, size)
                facets = self._facets(match_sql, params) if query.facets else {}
            except sqlite3.OperationalError as exc:  # FTS5 refuses an expression: treat as no match
                raise QueryError(f"cannot search for {query.text!r}: {exc}") from exc
            docs = {
                rid: from_dict(IndexDocument, json.loads(data))
                for rid, data in self._db.execute(
                    f"SELECT rowid, data FROM docs WHERE rowid IN ({','.join('?' * len(ranked))})",
                    [rid for rid, _ in ranked],
                )
            }
        hits = []
        for rid, score in ranked:
            doc = docs[rid]
            text_for_snippet = doc.body if any(w in fold(doc.body) for w in parsed.words) else doc.lead
            hits.append(
                Hit(
                    id=doc.id,
                    url=doc.url,
                    title=doc.title,
                    site=doc.site,
                    published=doc.published,
                    snippet=snippet(text_for_snippet or doc.body, parsed),
                    score=score,
                    event_type=doc.event_type,
                    relevant=doc.relevant,
                )
            )
        next_cursor = (offset + size,) if offset + size < total else None
        return SearchResult(total=total, hits=tuple(hits), facets=facets, next_cursor=next_cursor)

    def _rank(self, match_sql, params, query, parsed, offset, size) -> list[tuple[int, float]]:
        if query.sort == "date" or parsed.is_empty():
            rows = self._db.execute(
                f"SELECT rid, rank FROM ({match_sql}) ORDER BY pub DESC, rid DESC LIMIT ? OFFSET ?",
                [*params, size, offset],
            ).fetchall()
            return [(rid, -rank) for rid, rank in rows]
        window = max(RERANK_WINDOW, offset + size)
        rows = self._db.execute(
            f"SELECT rid, rank FROM ({match_sql}) ORDER BY rank LIMIT ?", [*params, window]
        ).fetchall()
        if not rows:
            return []
        texts = dict(
            self._db.execute(
                f"SELECT rowid, data FROM docs WHERE rowid IN ({','.join('?' * len(rows))})", [r for r, _ in rows]
            ).fetchall()
        )
        scored = []
        for rid, rank in rows:
            score = -rank
            if parsed.exact:
                doc = json.loads(texts[rid])
                original = f"{doc['title']}\n{doc['lead']}\n{doc['body']}".casefold()
                if parsed.exact in original:
                    score += EXACT_BONUS
            scored.append((rid, score))
        scored.sort(key=lambda x: -x[1])
        return scored[offset : offset + size]

    def _facets(self, match_sql, params) -> dict[str, tuple[FacetCount, ...]]:
        rows = self._db.execute(
            f"""WITH m AS ({match_sql})
                SELECT f.field, f.value, count(*) AS n FROM facets f JOIN m ON f.doc_rowid = m.rid
                GROUP BY f.field, f.value ORDER BY f.field, n DESC, f.value""",
            params,
        ).fetchall()
        out: dict[str, list[FacetCount]] = {field: [] for field in FACET_FIELDS}
        for field, value, n in rows:
            if len(out[field]) < 50:
                out[field].append(FacetCount(value, n))
        return {k: tuple(v) for k, v in out.items()}

    def timeline(self, query: TimelineQuery) -> Timeline:
        sql = "SELECT data, year FROM awards WHERE 1=1"
        params: list = []
        for column, value in (
            ("recipient_key", query.unit),
            ("form_key", query.form),
            ("conferrer_key", query.conferrer),
        ):
            if value:
                sql += f" AND {column} LIKE ? ESCAPE '\\'"
                params.append("%" + _like_escape(fold(value).strip()) + "%")
        if query.year_from:
            sql += " AND year >= ?"
            params.append(query.year_from)
        if query.year_to:
            sql += " AND year <= ?"
            params.append(query.year_to)
        sql += " ORDER BY sort_date, id"
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        records = tuple(from_dict(AwardRecord, json.loads(data)) for data, _ in rows)
        counts: dict[int, int] = {}
        for _, year in rows:
            if year is not None:
                counts[year] = counts.get(year, 0) + 1
        return Timeline(per_year=tuple(sorted(counts.items())), records=records)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

"""The store of record: articles and their extractions in one SQLite file.

Everything the search indexes hold is derived from here and can be rebuilt.
Each write is one transaction, and the database runs in WAL mode, so a crash
(even ``kill -9``) leaves either the old or the new row, never half of one.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from pathlib import Path
from typing import Iterator, Optional

from thidua.errors import StoreError
from thidua.sqlite import connect
from thidua.models import (
    Article,
    Extraction,
    StoredArticle,
    document_id,
    from_dict,
    to_json,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,      -- document_id(canonical_url)
    canonical_url TEXT NOT NULL UNIQUE,
    url           TEXT NOT NULL,
    site          TEXT NOT NULL,
    title         TEXT NOT NULL,
    published     TEXT,
    content_hash  TEXT NOT NULL,
    warc_file     TEXT,
    warc_offset   INTEGER,
    data          TEXT NOT NULL,         -- the Article as JSON
    first_seen    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS url_aliases (
    url        TEXT PRIMARY KEY,         -- every URL an article was reached under
    article_id TEXT NOT NULL REFERENCES articles(id)
);
CREATE TABLE IF NOT EXISTS extractions (
    article_id        TEXT PRIMARY KEY REFERENCES articles(id),
    relevant          INTEGER NOT NULL,
    extractor_version TEXT,
    data              TEXT NOT NULL,     -- the Extraction as JSON
    content_hash      TEXT NOT NULL,     -- hash of the article text it was computed from
    updated_at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_site ON articles(site);
-- syndicated_copies() looks copies up by the original they name; few pages are copies
CREATE INDEX IF NOT EXISTS articles_syndicated_from ON articles(json_extract(data, '$.syndicated_from'))
    WHERE json_extract(data, '$.syndicated_from') != '';
"""

UPSERT_NEW, UPSERT_CHANGED, UPSERT_UNCHANGED = "new", "changed", "unchanged"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    """SQLite store of record. Safe to share between threads (one lock)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            self._db = connect(self.path, SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        self._lock = threading.Lock()

    # -- writing ---------------------------------------------------------

    def upsert_article(self, article: Article) -> str:
        """Insert or update an article keyed by canonical URL.

        Returns "new", "changed" (text differs from the stored copy) or "unchanged".
        The extraction of a changed article is kept until it is recomputed; it is
        marked stale by its content hash.
        """
        if not article.canonical_url:
            raise StoreError(f"article without canonical URL: {article.url}")
        if not article.content_hash:
            article = article.with_hash()
        doc_id = document_id(article.canonical_url)
        now = _now()
        with self._lock, self._db:
            row = self._db.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (doc_id,)
            ).fetchone()
            if row and row[0] == article.content_hash:
                outcome = UPSERT_UNCHANGED
            else:
                outcome = UPSERT_CHANGED if row else UPSERT_NEW
                self._db.execute(
                    """INSERT INTO articles (id, canonical_url, url, site, title, published,
                           content_hash, warc_file, warc_offset, data, first_seen, updated_at)
                       VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                       ON CONFLICT(id) DO UPDATE SET url=excluded.url, site=excluded.site,
                           title=excluded.title, published=excluded.published,
                           content_hash=excluded.content_hash, warc_file=excluded.warc_file,
                           warc_offset=excluded.warc_offset, data=excluded.data,
                           updated_at=excluded.updated_at""",
                    (
                        doc_id,
                        article.canonical_url,
                        article.url,
                        article.site,
                        article.title,
                        article.published.isoformat() if article.published else None,
                        article.content_hash,
                        article.warc_file,
                        article.warc_offset,
                        to_json(article),
                        now,
                        now,
                    ),
                )
            for url in {article.url, article.canonical_url}:
                self._db.execute(
                    "INSERT OR REPLACE INTO url_aliases (url, article_id) VALUES (?, ?)", (url, doc_id)
                )
        return outcome

    def save_extraction(self, canonical_url_or_id: str, extraction: Extraction) -> None:
        doc_id = self._resolve_id(canonical_url_or_id)
        with self._lock, self._db:
            row = self._db.execute("SELECT content_hash FROM articles WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise StoreError(f"no stored article {canonical_url_or_id}")
            self._db.execute(
                """INSERT OR REPLACE INTO extractions
                   (article_id, relevant, extractor_version, data, content_hash, updated_at)
                   VALUES (?,?,?,?,?,?)""",
                (doc_id, int(extraction.relevant), extraction.extractor_version, to_json(extraction), row[0], _now()),
            )

    # -- reading ---------------------------------------------------------

    def _resolve_id(self, key: str) -> str:
        if len(key) == 40 and "/" not in key:
            return key
        row = self._db.execute("SELECT article_id FROM url_aliases WHERE url = ?", (key,)).fetchone()
        return row[0] if row else document_id(key)

    def get(self, key: str) -> Optional[StoredArticle]:
        """Look an article up by id, canonical URL or any URL it was reached under."""
        with self._lock:
            doc_id = self._resolve_id(key)
            row = self._db.execute(
                """SELECT a.data, e.data FROM articles a LEFT JOIN extractions e ON e.article_id = a.id
                   WHERE a.id = ?""",
                (doc_id,),
            ).fetchone()
        return _stored(row) if row else None

    def iter_articles(
        self, site: Optional[str] = None, batch: int = 500, needs_extraction: bool = False
    ) -> Iterator[StoredArticle]:
        """Articles in canonical-URL order, fetched in batches (memory stays flat).

        ``needs_extraction`` keeps only articles never extracted or changed since.
        """
        stale = " AND (e.article_id IS NULL OR e.content_hash != a.content_hash)" if needs_extraction else ""
        last = ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    f"""SELECT a.data, e.data, a.canonical_url FROM articles a
                       LEFT JOIN extractions e ON e.article_id = a.id
                       WHERE a.canonical_url > ? AND (? IS NULL OR a.site = ?){stale}
                       ORDER BY a.canonical_url LIMIT ?""",
                    (last, site, site, batch),
                ).fetchall()
            if not rows:
                return
            for row in rows:
                yield _stored(row)
            last = rows[-1][2]

    def syndicated_copies(self, canonical_url: str) -> list[Article]:
        """Copies on other sites that declare this article as their original (linked, each kept)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT data FROM articles WHERE json_extract(data, '$.syndicated_from') = ?"
                " AND json_extract(data, '$.syndicated_from') != '' ORDER BY canonical_url",
                (canonical_url,),
            ).fetchall()
        return [from_dict(Article, json.loads(row[0])) for row in rows]

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def count_extracted(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM extractions").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _stored(row) -> StoredArticle:
    article = from_dict(Article, json.loads(row[0]))
    extraction = from_dict(Extraction, json.loads(row[1])) if row[1] else None
    return StoredArticle(article=article, extraction=extraction)

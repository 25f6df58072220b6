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
from thidua.textnorm import fold, name_key
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
-- Who and what each extraction names, so entity lists and profiles need not read every article.
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL,
    kind       TEXT NOT NULL,            -- "official" or "unit"
    key        TEXT NOT NULL,            -- officials: name_key(name); units: name_key(canonical or name)
    name       TEXT NOT NULL,            -- shown in lists: the name, or the unit's canonical name
    detail     TEXT NOT NULL,            -- the official's titles, the unit's kind
    names      TEXT NOT NULL,            -- folded names as written and canonical, each padded with spaces
    successor  TEXT NOT NULL,            -- folded, padded successor of a unit after the 2025 reform
    sort_date  TEXT NOT NULL             -- event date, else publication date, else ''
);
CREATE INDEX IF NOT EXISTS mentions_key ON mentions(kind, key);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
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
        self._fill_mentions()

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
            row = self._db.execute("SELECT content_hash, published FROM articles WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise StoreError(f"no stored article {canonical_url_or_id}")
            self._db.execute(
                """INSERT OR REPLACE INTO extractions
                   (article_id, relevant, extractor_version, data, content_hash, updated_at)
                   VALUES (?,?,?,?,?,?)""",
                (doc_id, int(extraction.relevant), extraction.extractor_version, to_json(extraction), row[0], _now()),
            )
            self._write_mentions(doc_id, extraction, row[1])

    def _write_mentions(self, doc_id: str, extraction: Extraction, published: Optional[str]) -> None:
        self._db.execute("DELETE FROM mentions WHERE article_id = ?", (doc_id,))
        self._db.executemany(
            "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)", mention_rows(doc_id, extraction, published)
        )

    def _fill_mentions(self) -> None:
        """Stores written before the mentions table existed get it filled once, on open."""
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        if version >= MENTIONS_VERSION:
            return
        with self._db:
            last = ""
            while True:  # in batches: memory stays flat on a large archive
                rows = self._db.execute(
                    """SELECT e.article_id, e.data, a.published FROM extractions e JOIN articles a ON a.id = e.article_id
                       WHERE e.article_id > ? ORDER BY e.article_id LIMIT 500""",
                    (last,),
                ).fetchall()
                if not rows:
                    break
                for doc_id, data, published in rows:
                    self._write_mentions(doc_id, from_dict(Extraction, json.loads(data)), published)
                last = rows[-1][0]
            self._db.execute(f"PRAGMA user_version = {MENTIONS_VERSION}")

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
        self,
        site: Optional[str] = None,
        batch: int = 500,
        needs_extraction: bool = False,
        extractor_version: Optional[str] = None,
    ) -> Iterator[StoredArticle]:
        """Articles in canonical-URL order, fetched in batches (memory stays flat).

        ``needs_extraction`` keeps only articles never extracted or changed since, and,
        given ``extractor_version``, those extracted by another version of the rules.
        """
        stale = ""
        params: tuple = ()
        if needs_extraction:
            stale = " AND (e.article_id IS NULL OR e.content_hash != a.content_hash"
            if extractor_version is not None:
                stale += " OR e.extractor_version IS NOT ?"
                params = (extractor_version,)
            stale += ")"
        last = ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    f"""SELECT a.data, e.data, a.canonical_url FROM articles a
                       LEFT JOIN extractions e ON e.article_id = a.id
                       WHERE a.canonical_url > ? AND (? IS NULL OR a.site = ?){stale}
                       ORDER BY a.canonical_url LIMIT ?""",
                    (last, site, site, *params, batch),
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

    # -- officials and units named in extractions ------------------------

    def entity_counts(self, kind: str, contains: Optional[str] = None) -> list[tuple[str, int, str]]:
        """(name, articles, detail) for every official or unit, most-mentioned first.

        ``contains`` keeps names that contain it, diacritic-insensitively. The name and
        detail shown are those of the latest dated mention (titles change over a career).
        """
        where, params = "kind = ?", [kind]
        needle = fold(contains or "").strip()
        if needle:
            where += " AND names LIKE ? ESCAPE '\\'"
            params.append("%" + _like_escape(needle) + "%")
        with self._lock:
            rows = self._db.execute(
                f"""SELECT name, count(DISTINCT article_id), detail, max((detail != '') || sort_date)
                    FROM mentions WHERE {where} GROUP BY key""",
                params,
            ).fetchall()
        return sorted(((name, n, detail) for name, n, detail, _ in rows), key=lambda e: (-e[1], e[0]))

    def articles_naming_official(self, name: str) -> Iterator[StoredArticle]:
        """Articles whose extraction names this official (exact name, case-insensitive)."""
        return self._articles_where("kind = 'official' AND key = ?", [name_key(name)])

    def articles_naming_unit(self, name: str) -> Iterator[StoredArticle]:
        """Articles naming a unit whose written, canonical or successor name contains ``name`` as whole words."""
        words = " " + _like_escape(_folded_words(name)) + " "
        return self._articles_where(
            "kind = 'unit' AND (names LIKE ? ESCAPE '\\' OR successor LIKE ? ESCAPE '\\')",
            ["%" + words + "%"] * 2,
        )

    def _articles_where(self, where: str, params: list) -> Iterator[StoredArticle]:
        with self._lock:
            ids = [r[0] for r in self._db.execute(
                f"SELECT DISTINCT article_id FROM mentions WHERE {where} ORDER BY article_id", params
            )]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            with self._lock:
                rows = self._db.execute(
                    f"""SELECT a.data, e.data FROM articles a JOIN extractions e ON e.article_id = a.id
                        WHERE a.id IN ({",".join("?" * len(chunk))}) ORDER BY a.canonical_url""",
                    chunk,
                ).fetchall()
            for row in rows:
                yield _stored(row)

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


MENTIONS_VERSION = 1  # PRAGMA user_version once the mentions table covers every extraction


def _padded(*names: str) -> str:
    """Folded names, commas as spaces, each between spaces: LIKE '% vu ban %' is a whole-word match."""
    return "".join(f" {_folded_words(n)} |" for n in names if n)


def _folded_words(name: str) -> str:
    return fold(name).replace(",", " ").strip()


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def mention_rows(doc_id: str, extraction: Extraction, published: Optional[str]) -> list[tuple]:
    """The mentions table's rows for one extraction: each official and unit once."""
    when = extraction.event.date.isoformat() if extraction.event.date else (published or "")[:10]
    rows: dict[tuple[str, str], tuple] = {}
    for o in extraction.officials:
        key = name_key(o.name)
        rows.setdefault(("official", key), (doc_id, "official", key, o.name, ", ".join(o.titles), _padded(o.name), "", when))
    for u in extraction.units:
        shown = u.canonical or u.name
        key = name_key(shown)
        row = rows.get(("unit", key))
        names = (row[5] if row else "") + _padded(u.name, u.canonical)
        successor = (row[6] if row else "") + _padded(u.successor)
        rows[("unit", key)] = (doc_id, "unit", key, shown, u.kind or "", names, successor, when)
    return list(rows.values())


def _stored(row) -> StoredArticle:
    article = from_dict(Article, json.loads(row[0]))
    extraction = from_dict(Extraction, json.loads(row[1])) if row[1] else None
    return StoredArticle(article=article, extraction=extraction)

"""What earlier crawls saw, so a daily re-crawl fetches only what is new.

One SQLite file per data directory (``crawl_state.sqlite``):

* ``articles`` — every URL an article was stored under (requested and
  canonical). Written only after the sink accepted the article, so an article
  lost to a crash is simply not "known" and is fetched again.
* ``pages`` — HTTP validators (ETag, Last-Modified) per URL for conditional
  requests, and when the URL was last fetched (compared with sitemap lastmod).
* ``runs`` — whether the last crawl of a site finished. Listing walks stop
  early at known articles only after a finished run; after a crash or a page
  cap the next run walks the listings fully so nothing in between is skipped.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Optional

from thidua.sqlite import connect

STATE_FILE = "crawl_state.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url           TEXT PRIMARY KEY,
    canonical_url TEXT NOT NULL,
    content_hash  TEXT,
    stored_at     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    fetched_at    TEXT NOT NULL,
    lastmod       TEXT               -- the sitemap <lastmod> our copy corresponds to
);
CREATE TABLE IF NOT EXISTS runs (
    site        TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    reason      TEXT
);
"""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class CrawlState:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._db = connect(self.path, SCHEMA)
        self._lock = threading.Lock()

    @classmethod
    def in_data_dir(cls, data_dir: Path | str) -> "CrawlState":
        return cls(Path(data_dir) / STATE_FILE)

    # -- articles ----------------------------------------------------------

    def is_known_article(self, url: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM articles WHERE url = ?", (url,)).fetchone() is not None

    def remember_article(self, urls: set[str], canonical_url: str, content_hash: str = "") -> None:
        now = _now()
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO articles (url, canonical_url, content_hash, stored_at) VALUES (?,?,?,?)",
                [(u, canonical_url, content_hash, now) for u in urls | {canonical_url}],
            )

    def forget_articles(self) -> None:
        """Start over: every article counts as unseen (and every run as unfinished)."""
        with self._lock, self._db:
            self._db.execute("DELETE FROM articles")
            self._db.execute("DELETE FROM pages")
            self._db.execute("DELETE FROM runs")

    def known_article_count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(DISTINCT canonical_url) FROM articles").fetchone()[0]

    # -- pages -------------------------------------------------------------

    def validators(self, url: str) -> tuple[Optional[str], Optional[str]]:
        with self._lock:
            row = self._db.execute("SELECT etag, last_modified FROM pages WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def last_fetched(self, url: str) -> Optional[dt.datetime]:
        with self._lock:
            row = self._db.execute("SELECT fetched_at FROM pages WHERE url = ?", (url,)).fetchone()
        return dt.datetime.fromisoformat(row[0]) if row else None

    def sitemap_lastmod(self, url: str) -> Optional[str]:
        with self._lock:
            row = self._db.execute("SELECT lastmod FROM pages WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def remember_page(
        self, url: str, etag: Optional[str], last_modified: Optional[str], lastmod: Optional[str] = None
    ) -> None:
        with self._lock, self._db:
            self._db.execute(
                """INSERT INTO pages (url, etag, last_modified, fetched_at, lastmod) VALUES (?,?,?,?,?)
                   ON CONFLICT(url) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified,
                       fetched_at=excluded.fetched_at, lastmod=coalesce(excluded.lastmod, pages.lastmod)""",
                (url, etag, last_modified, _now(), lastmod),
            )

    def touch_page(self, url: str, lastmod: Optional[str] = None) -> None:
        """A 304 confirmed our copy is current as of now (and as of the sitemap's lastmod)."""
        with self._lock, self._db:
            self._db.execute(
                "UPDATE pages SET fetched_at = ?, lastmod = coalesce(?, lastmod) WHERE url = ?", (_now(), lastmod, url)
            )

    # -- runs --------------------------------------------------------------

    def last_run_finished(self, site: str) -> bool:
        with self._lock:
            row = self._db.execute("SELECT finished_at, reason FROM runs WHERE site = ?", (site,)).fetchone()
        return bool(row and row[0] and row[1] == "finished")

    def start_run(self, site: str) -> bool:
        """Record a run's start; returns whether the previous run of the site finished."""
        finished = self.last_run_finished(site)
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO runs (site, started_at, finished_at, reason) VALUES (?,?,NULL,NULL)",
                (site, _now()),
            )
        return finished

    def finish_run(self, site: str, reason: str) -> None:
        with self._lock, self._db:
            self._db.execute("UPDATE runs SET finished_at = ?, reason = ? WHERE site = ?", (_now(), reason, site))

    def close(self) -> None:
        with self._lock:
            self._db.close()

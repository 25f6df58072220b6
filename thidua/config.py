"""Where data lives and which search backend to use (settings at the edge)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from index.backend import SearchBackend
from index.store import Store

DEFAULT_DATA_DIR = Path("thidua-data")
STORE_FILE = "thidua.sqlite"
SEARCH_FILE = "search.sqlite"


def data_dir(value: Optional[str | Path] = None) -> Path:
    """--data-dir, else THIDUA_DATA_DIR, else ./thidua-data."""
    return Path(value or os.environ.get("THIDUA_DATA_DIR") or DEFAULT_DATA_DIR)


def es_url(value: Optional[str] = None) -> Optional[str]:
    """--es, else THIDUA_ES_URL, else None (embedded SQLite backend)."""
    return value or os.environ.get("THIDUA_ES_URL") or None


def open_store(directory: Path) -> Store:
    return Store(Path(directory) / STORE_FILE)


def open_backend(directory: Path, es: Optional[str] = None) -> SearchBackend:
    if es:
        from index.elastic import ElasticBackend  # imported only when asked for

        return ElasticBackend(es)
    from index.sqlite_backend import SqliteBackend

    return SqliteBackend(Path(directory) / SEARCH_FILE)

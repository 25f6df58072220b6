"""Where data lives and which search backend to use (settings at the edge)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from index.backend import SearchBackend
from index.store import Store
from thidua.errors import ConfigError

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


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    if not value:
        return default
    if not value.isdigit():
        raise ConfigError(f"{name} must be a whole number, not {value!r}")
    return int(value)


def open_backend(directory: Path, es: Optional[str] = None) -> SearchBackend:
    if es:
        from index.elastic import ElasticBackend  # imported only when asked for

        # Index settings for new (re)built indices; 2 shards let 2 cores search a large index at once.
        return ElasticBackend(
            es,
            index_prefix=os.environ.get("THIDUA_ES_PREFIX") or "thidua",
            shards=_int_env("THIDUA_ES_SHARDS", 1),
            replicas=_int_env("THIDUA_ES_REPLICAS", 0),
        )
    from index.sqlite_backend import SqliteBackend

    return SqliteBackend(Path(directory) / SEARCH_FILE)

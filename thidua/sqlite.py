"""Opening the project's SQLite files the same way everywhere."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect(path: Path | str, schema: str) -> sqlite3.Connection:
    """A connection shared between threads (callers hold their own lock), in WAL mode.

    WAL keeps readers working during writes and makes a killed process leave the
    last committed transaction intact.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, check_same_thread=False, timeout=30)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(schema)
    return db

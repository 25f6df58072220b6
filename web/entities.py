"""Lists of the officials and units the archive mentions, with how many articles name them.

Profiles of one official or unit come from :mod:`index.entities`; this module only
counts, for the index pages and ``/api/officials`` / ``/api/units``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from thidua.models import StoredArticle
from thidua.textnorm import fold, name_key


@dataclass(frozen=True)
class EntityCount:
    name: str
    articles: int
    detail: str = ""  # latest titles of an official, kind of a unit


def _matches(name: str, contains: Optional[str]) -> bool:
    return not contains or fold(contains).strip() in fold(name)


def count_officials(articles: Iterable[StoredArticle], contains: Optional[str] = None) -> list[EntityCount]:
    """Officials by number of articles (one person per exact name, diacritics included)."""
    counts: dict[str, list] = {}  # name_key -> [name, count, titles]
    for stored in articles:
        ex = stored.extraction
        if not ex:
            continue
        for key, official in {name_key(o.name): o for o in ex.officials}.items():
            if not _matches(official.name, contains):
                continue
            entry = counts.setdefault(key, [official.name, 0, ""])
            entry[1] += 1
            entry[2] = ", ".join(official.titles) or entry[2]
    return sorted((EntityCount(n, c, t) for n, c, t in counts.values()), key=lambda e: (-e.articles, e.name))


def count_units(articles: Iterable[StoredArticle], contains: Optional[str] = None) -> list[EntityCount]:
    """Units by number of articles, grouped under their canonical name when it is known."""
    counts: dict[str, list] = {}
    for stored in articles:
        ex = stored.extraction
        if not ex:
            continue
        seen = {}
        for unit in ex.units:
            name = unit.canonical or unit.name
            if _matches(name, contains) or _matches(unit.name, contains):
                seen[name_key(name)] = (name, unit.kind or "")
        for key, (name, kind) in seen.items():
            entry = counts.setdefault(key, [name, 0, kind])
            entry[1] += 1
    return sorted((EntityCount(n, c, k) for n, c, k in counts.values()), key=lambda e: (-e.articles, e.name))


class EntityCache:
    """Entity lists and profiles, kept between requests until the store changes.

    Each one costs a pass over every stored article, so a busy page must not redo
    it per visit. A cached value is reused while the store's article and extraction
    counts are unchanged and it is younger than ``ttl`` seconds (a re-extraction
    that keeps the counts shows up after at most ``ttl``).
    """

    def __init__(self, store, ttl: float = 300.0, max_entries: int = 256, clock=None):
        import threading
        import time
        from collections import OrderedDict

        self.store = store
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock or time.monotonic
        self._lock = threading.Lock()
        self._entries: "OrderedDict[tuple, tuple[tuple, float, object]]" = OrderedDict()

    def _signature(self) -> tuple:
        return (self.store.count(), self.store.count_extracted())

    def get(self, key: tuple, compute):
        signature, now = self._signature(), self._clock()
        with self._lock:
            hit = self._entries.get(key)
            if hit and hit[0] == signature and now - hit[1] < self.ttl:
                self._entries.move_to_end(key)
                return hit[2]
        value = compute()
        with self._lock:
            self._entries[key] = (signature, now, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return value

    def officials(self, contains: Optional[str] = None) -> list[EntityCount]:
        return self.get(("officials", fold(contains or "")), lambda: count_officials(self.store.iter_articles(), contains))

    def units(self, contains: Optional[str] = None) -> list[EntityCount]:
        return self.get(("units", fold(contains or "")), lambda: count_units(self.store.iter_articles(), contains))

    def official(self, name: str):
        from index.entities import official_profile

        return self.get(("official", name_key(name)), lambda: official_profile(name, self.store.iter_articles()))

    def unit(self, name: str):
        from index.entities import unit_profile

        return self.get(("unit", fold(name).strip()), lambda: unit_profile(name, self.store.iter_articles()))

"""Lists of the officials and units the archive mentions, with how many articles name them.

Counts come from the store's mentions table and profiles of one official or unit from
:mod:`index.entities`; this module keeps both between requests for the index pages,
the profile pages and ``/api/officials`` / ``/api/units``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from thidua.textnorm import fold, name_key


@dataclass(frozen=True)
class EntityCount:
    name: str
    articles: int
    detail: str = ""  # latest titles of an official, kind of a unit


class EntityCache:
    """Entity lists and profiles, kept between requests until the store changes.

    Lists are counted by the store's mentions table; a profile reads every article
    naming the entity, which for a busy unit is thousands, so a page must not redo
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

    def _counts(self, kind: str, contains: Optional[str]) -> list[EntityCount]:
        return self.get(
            (kind, fold(contains or "")),
            lambda: [EntityCount(*row) for row in self.store.entity_counts(kind, contains)],
        )

    def officials(self, contains: Optional[str] = None) -> list[EntityCount]:
        return self._counts("official", contains)

    def units(self, contains: Optional[str] = None) -> list[EntityCount]:
        return self._counts("unit", contains)

    def official(self, name: str):
        from index.entities import official_profile

        return self.get(("official", name_key(name)), lambda: official_profile(name, self.store.articles_naming_official(name)))

    def unit(self, name: str):
        from index.entities import unit_profile

        return self.get(("unit", fold(name).strip()), lambda: unit_profile(name, self.store.articles_naming_unit(name)))

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

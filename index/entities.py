"""Entities across articles: officials with a title history, units across the 2025 reform.

Pure functions over stored articles. Officials are one person per exact name
(diacritic-sensitive: "Trần Văn Đông" and "Trần Văn Đồng" are different people).
Units are grouped by canonical unit; a unit's predecessors and successors from the
2025 administrative reform are linked so that either name finds both histories.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Optional

from thidua.models import StoredArticle, document_id
from thidua.textnorm import fold, name_key


@dataclass(frozen=True)
class Appearance:
    """One article in which an entity appears."""

    article_id: str
    title: str
    url: str
    date: Optional[dt.date]
    event_type: Optional[str]


@dataclass(frozen=True)
class TitleSpell:
    """Titles an official held, as first and last seen in the articles."""

    titles: tuple[str, ...]
    first_seen: Optional[dt.date]
    last_seen: Optional[dt.date]
    articles: tuple[str, ...]  # article ids


@dataclass
class OfficialProfile:
    name: str
    title_history: list[TitleSpell] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)
    awards_presented: list[tuple[str, str, Optional[dt.date]]] = field(default_factory=list)  # form, recipient, date


@dataclass
class UnitProfile:
    name: str  # canonical name when known, else as written
    names_written: set[str] = field(default_factory=set)
    predecessors: set[str] = field(default_factory=set)
    successors: set[str] = field(default_factory=set)
    appearances: list[Appearance] = field(default_factory=list)
    awards: list[tuple[Optional[int], str, Optional[str], str]] = field(default_factory=list)  # year, form, conferrer, article id

    def awards_by_year(self) -> dict[Optional[int], int]:
        out: dict[Optional[int], int] = {}
        for year, *_ in self.awards:
            out[year] = out.get(year, 0) + 1
        return dict(sorted(out.items(), key=lambda kv: (kv[0] is None, kv[0])))


def _when(stored: StoredArticle) -> Optional[dt.date]:
    ex = stored.extraction
    if ex and ex.event.date:
        return ex.event.date
    return stored.article.published.date() if stored.article.published else None


def _appearance(stored: StoredArticle) -> Appearance:
    a = stored.article
    return Appearance(
        article_id=document_id(a.canonical_url),
        title=a.title,
        url=a.canonical_url,
        date=_when(stored),
        event_type=stored.extraction.event.type if stored.extraction else None,
    )


def official_profile(name: str, articles: Iterable[StoredArticle]) -> Optional[OfficialProfile]:
    """Everything the archive says about the official called ``name`` (exact, case-insensitive)."""
    key = name_key(name)
    profile: Optional[OfficialProfile] = None
    sightings: list[tuple[Optional[dt.date], tuple[str, ...], str]] = []
    for stored in articles:
        ex = stored.extraction
        if not ex:
            continue
        for official in ex.officials:
            if name_key(official.name) != key:
                continue
            profile = profile or OfficialProfile(name=official.name)
            appearance = _appearance(stored)
            profile.appearances.append(appearance)
            sightings.append((appearance.date, official.titles, appearance.article_id))
            for award in ex.awards:
                if award.presenter and name_key(award.presenter) == key:
                    profile.awards_presented.append((award.form, award.recipient, appearance.date))
    if profile is None:
        return None
    profile.appearances.sort(key=lambda a: (a.date is None, a.date))
    profile.title_history = title_history(sightings)
    return profile


def title_history(sightings: list[tuple[Optional[dt.date], tuple[str, ...], str]]) -> list[TitleSpell]:
    """Collapse dated title sightings into spells: consecutive sightings with the same titles."""
    spells: list[TitleSpell] = []
    ordered = sorted((s for s in sightings if s[1]), key=lambda s: (s[0] is None, s[0] or dt.date.min))
    for when, titles, article_id in ordered:
        if spells and spells[-1].titles == titles:
            last = spells[-1]
            spells[-1] = TitleSpell(titles, last.first_seen, when or last.last_seen, (*last.articles, article_id))
        else:
            spells.append(TitleSpell(titles, when, when, (article_id,)))
    return spells


def unit_profile(name: str, articles: Iterable[StoredArticle]) -> Optional[UnitProfile]:
    """A unit's history, matched diacritic-insensitively on any name it was written or resolved under.

    A query naming a successor (e.g. the post-2025 province) also collects the
    units that merged into it, and the reverse.
    """
    wanted = fold(name).strip()
    if not wanted:
        return None
    profile: Optional[UnitProfile] = None
    for stored in articles:
        ex = stored.extraction
        if not ex:
            continue
        matched = [
            u
            for u in ex.units
            if any(wanted == fold(n) or _contains_words(fold(n), wanted) for n in (u.name, u.canonical, u.successor) if n)
        ]
        if not matched:
            continue
        unit = matched[0]
        profile = profile or UnitProfile(name=unit.canonical or unit.name)
        profile.appearances.append(_appearance(stored))
        for u in matched:
            profile.names_written.add(u.name)
            if u.successor and fold(u.successor) != fold(u.canonical or u.name):
                if _contains_words(fold(u.successor), wanted):
                    profile.predecessors.add(u.canonical or u.name)
                else:
                    profile.successors.add(u.successor)
        written = {fold(u.name) for u in matched}
        for award in ex.awards:
            if any(w and w in fold(award.recipient) for w in written):
                when = _when(stored)
                profile.awards.append((when.year if when else None, award.form, award.conferrer, _appearance(stored).article_id))
    if profile:
        profile.appearances.sort(key=lambda a: (a.date is None, a.date))
    return profile


def _contains_words(haystack: str, needle: str) -> bool:
    """Whole-word containment on folded text ("vu ban" in "huyen vu ban", not in "vu bang")."""
    return f" {needle} " in f" {haystack.replace(',', ' ')} "

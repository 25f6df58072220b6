"""Site profiles: how to walk and parse one newspaper, as a YAML file.

A profile lives in ``crawler/profiles/<name>.yaml``. Selectors are CSS (parsel);
a selector ending in ``::text`` or ``::attr(x)`` yields those strings, any other
selector yields elements whose whole text is taken. Every field accepts a list
of selectors, tried in order (sites redesign; keep the old selector as a
fallback). URL patterns are regular expressions searched in the URL path+query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from thidua.errors import ConfigError

PROFILE_DIR = Path(__file__).parent / "profiles"


def _selectors(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


@dataclass(frozen=True)
class ArticleSelectors:
    title: tuple[str, ...]
    lead: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    body: tuple[str, ...] = ()  # selects paragraph elements
    captions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    canonical: tuple[str, ...] = ('link[rel="canonical"]::attr(href)', 'meta[property="og:url"]::attr(content)')


@dataclass(frozen=True)
class SiteProfile:
    name: str
    label: str
    start_urls: tuple[str, ...]  # absolute, or paths joined to the crawl's start URL
    article_url: re.Pattern  # which links are article pages
    listing_url: re.Pattern  # which links are listing pages worth walking
    next_page: tuple[str, ...]  # selectors for the pagination link(s)
    link_scope: tuple[str, ...]  # where article/listing links are looked for (empty: whole page)
    article: ArticleSelectors
    drop: tuple[str, ...] = ()  # boilerplate elements removed before parsing
    drop_text: tuple[re.Pattern, ...] = ()  # paragraphs matching these are boilerplate
    author_pattern: re.Pattern | None = None  # a body paragraph matching this is the byline
    date_formats: tuple[str, ...] = ()
    timezone: str = "Asia/Ho_Chi_Minh"
    sitemaps: tuple[str, ...] = ()
    keep_query_keys: frozenset[str] = frozenset()
    extra: dict = field(default_factory=dict, hash=False, compare=False)

    def is_article_url(self, url: str) -> bool:
        return bool(self.article_url.search(_path_and_query(url)))

    def is_listing_url(self, url: str) -> bool:
        return bool(self.listing_url.search(_path_and_query(url))) and not self.is_article_url(url)


def _path_and_query(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"bad regular expression in {where}: {pattern!r}: {exc}") from exc


def profile_from_dict(data: dict, name: str = "") -> SiteProfile:
    """Build a profile from parsed YAML; raises ConfigError naming what is wrong."""
    name = data.get("name") or name
    where = f"site profile {name!r}"
    try:
        art = data["article"]
        listing = data.get("listing") or {}
        selectors = ArticleSelectors(
            title=_selectors(art["title"]),
            lead=_selectors(art.get("lead")),
            published=_selectors(art.get("published")),
            author=_selectors(art.get("author")),
            body=_selectors(art.get("body")),
            captions=_selectors(art.get("captions")),
            tags=_selectors(art.get("tags")),
            **({"canonical": _selectors(art["canonical"])} if art.get("canonical") else {}),
        )
        date = data.get("date") or {}
        return SiteProfile(
            name=name,
            label=data.get("label", name),
            start_urls=_selectors(data.get("start_urls") or "/"),
            article_url=_compile(art["url_pattern"], where),
            listing_url=_compile(listing.get("url_pattern", r"$^"), where),
            next_page=_selectors(listing.get("next_page")),
            link_scope=_selectors(listing.get("link_scope")),
            article=selectors,
            drop=_selectors(data.get("boilerplate", {}).get("drop")),
            drop_text=tuple(_compile(p, where) for p in _selectors(data.get("boilerplate", {}).get("drop_text"))),
            author_pattern=_compile(art["author_pattern"], where) if art.get("author_pattern") else None,
            date_formats=_selectors(date.get("formats")),
            timezone=date.get("timezone", "Asia/Ho_Chi_Minh"),
            sitemaps=_selectors(data.get("sitemaps")),
            keep_query_keys=frozenset(_selectors(data.get("keep_query_keys"))),
            extra={k: v for k, v in data.items() if k not in _KNOWN},
        )
    except KeyError as exc:
        raise ConfigError(f"{where} lacks required key {exc}") from exc


_KNOWN = {"name", "label", "start_urls", "article", "listing", "boilerplate", "date", "sitemaps", "keep_query_keys"}


def available_profiles() -> list[str]:
    return sorted(p.stem for p in PROFILE_DIR.glob("*.yaml"))


def load_profile(name_or_path: str | Path) -> SiteProfile:
    """Load ``crawler/profiles/<name>.yaml`` (or a path to any profile file)."""
    path = Path(name_or_path)
    if path.suffix not in (".yaml", ".yml"):
        path = PROFILE_DIR / f"{name_or_path}.yaml"
    if not path.is_file():
        known = ", ".join(available_profiles()) or "none"
        raise ConfigError(f"no site profile {str(name_or_path)!r} (known: {known})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"site profile {path} is not valid YAML: {exc}") from exc
    return profile_from_dict(data, name=path.stem)

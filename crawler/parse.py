"""Turn one fetched page into an :class:`Article` with a site profile's selectors.

Pure: takes the URL and the decoded HTML, returns an Article or raises
:class:`ParseError`. The spider and re-extraction from the WARC archive both
call it, so a page parses the same way whether fresh or archived.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Optional

from parsel import Selector, SelectorList

from crawler.dates import parse_published
from crawler.profile import SiteProfile
from crawler.urls import canonicalize
from thidua.errors import ParseError
from thidua.models import Article
from thidua.textnorm import nfc

log = logging.getLogger(__name__)

_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """NFC, non-breaking and zero-width spaces gone, whitespace collapsed."""
    text = nfc(text).replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return _SPACES.sub(" ", text).strip()


# An element's own text: its text nodes and those of inline children, not of
# nested blocks. In broken markup (unclosed <div> inside a <p>) the parser
# nests every later paragraph inside the first; each must still count once.
_OWN_TEXT = (
    "./text() | ./*[not(self::p or self::div or self::figure or self::table or self::ul or self::ol"
    " or self::section or self::article or self::aside or self::figcaption or self::script"
    " or self::style or self::header or self::footer or self::nav)]//text()[not(ancestor::script)"
    " and not(ancestor::style)]"
)


def element_text(el: Selector) -> str:
    return clean_text(" ".join(el.xpath(_OWN_TEXT).getall()))


def _is_string_selector(css: str) -> bool:
    return css.endswith("::text") or "::attr(" in css


def select_texts(sel: Selector, selectors: tuple[str, ...]) -> list[str]:
    """Texts of the first selector that matches anything, cleaned, empties dropped."""
    for css in selectors:
        found = sel.css(css)
        if not found:
            continue
        if _is_string_selector(css):
            texts = [clean_text(t) for t in found.getall()]
        else:
            texts = [element_text(el) for el in found]
        texts = [t for t in texts if t]
        if texts:
            return texts
    return []


def select_first(sel: Selector, selectors: tuple[str, ...]) -> str:
    texts = select_texts(sel, selectors)
    return texts[0] if texts else ""


def _drop(found: SelectorList) -> None:
    for el in found:
        try:
            el.drop()
        except Exception:  # a root or already-detached node: nothing to drop
            pass


def canonical_url(sel: Selector, url: str, keep_keys: frozenset[str] = frozenset(), selectors=None) -> tuple[str, str]:
    """(canonical URL, syndicated_from) from ``<link rel=canonical>`` or the page URL.

    A canonical on another site marks a syndicated copy: the copy keeps this
    site's own URL (so it is stored, not merged into the original) and names
    the original in ``syndicated_from`` so the two can be linked.
    """
    from urllib.parse import urljoin, urlsplit

    own = canonicalize(url, article=True, keep_keys=keep_keys)
    declared = select_first(sel, selectors or DEFAULT_CANONICAL)
    if not declared:
        return own, ""
    target = canonicalize(urljoin(url, declared), article=True, keep_keys=keep_keys)
    if urlsplit(target).netloc == urlsplit(own).netloc:
        return target, ""
    return own, target


DEFAULT_CANONICAL = ('link[rel="canonical"]::attr(href)', 'meta[property="og:url"]::attr(content)')


def _content_fields(sel: Selector, profile: SiteProfile, drop: bool):
    """(body, lead, author, captions, tags), boilerplate removed first when ``drop``."""
    if drop:
        for css in profile.drop:
            _drop(sel.css(css))
    lead = select_first(sel, profile.article.lead)
    captions = tuple(dict.fromkeys(select_texts(sel, profile.article.captions)))
    tags = tuple(dict.fromkeys(select_texts(sel, profile.article.tags)))
    author = select_first(sel, profile.article.author)
    body: list[str] = []
    for para in select_texts(sel, profile.article.body):
        if para == lead or para in captions or para in body:
            continue  # a lead or caption repeated inside the body container
        if any(p.search(para) for p in profile.drop_text):
            continue
        body.append(para)
    if profile.author_pattern and body and profile.author_pattern.fullmatch(body[-1]):
        byline = body.pop()  # papers such as Báo Nam Định sign with a last standalone line
        author = author or byline
    return tuple(body), lead, author, captions, tags


def parse_article(
    url: str,
    html: str,
    profile: SiteProfile,
    fetched_at: Optional[dt.datetime] = None,
) -> Article:
    """Parse ``html`` fetched from ``url``; raises ParseError when it is not an article."""
    if not html or not html.strip():
        raise ParseError(f"{url}: empty page")
    html = nfc(html)
    sel = Selector(text=html)
    # Before boilerplate removal: the canonical link may sit in <head> only.
    canonical, syndicated_from = canonical_url(sel, url, profile.keep_query_keys, profile.article.canonical)
    title = select_first(sel, profile.article.title)
    published_raw = select_first(sel, profile.article.published)
    fields = _content_fields(sel, profile, drop=True)
    if not fields[0] and not fields[1] and profile.drop:
        # In broken markup an unclosed boilerplate element (a share box, an ad)
        # swallows the rest of the page; dropping it dropped the article too,
        # so parse again and keep everything.
        fields = _content_fields(Selector(text=html), profile, drop=False)
    body, lead, author, captions, tags = fields

    if not title:
        raise ParseError(f"{url}: no title (not an article page?)")
    if not body and not lead:
        raise ParseError(f"{url}: no body text (not an article page?)")

    published = parse_published(published_raw, profile.date_formats, profile.timezone)
    return Article(
        url=url,
        canonical_url=canonical,
        site=profile.name,
        title=title,
        lead=lead,
        published=published,
        published_raw=published_raw,
        author=author,
        body=tuple(body),
        captions=captions,
        tags=tags,
        fetched_at=fetched_at,
        syndicated_from=syndicated_from,
    ).with_hash()

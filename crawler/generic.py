"""Generic mode: any news site from a start URL, without a site profile.

Two questions per page, both pure functions:

* is this URL worth fetching as an article, a listing, or not at all
  (:func:`looks_like_article_url`, :func:`looks_like_listing_url`);
* once fetched, is it really an article, and what are its fields
  (:func:`parse_generic`: trafilatura for the main text, dates from JSON-LD and
  meta tags first, then the page's own date lines, then htmldate — htmldate
  alone tends to pick a header's "today" over the article's date).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Optional
from urllib.parse import urlsplit

from parsel import Selector

from crawler.dates import parse_published
from crawler.parse import canonical_url, clean_text
from thidua.errors import ParseError
from thidua.models import Article
from thidua.textnorm import nfc

# Path segments of pages that are not articles on Vietnamese news sites.
_NOT_ARTICLE = re.compile(
    r"/(tag|tags|tu-khoa|chu-de|video|videos|clip|podcast|media|multimedia|photo|anh|infographic|emagazine|"
    r"lien-he|contact|gioi-thieu|about|tim-kiem|search|s|rss|login|dang-nhap|dang-ky|quang-cao|"
    r"author|tac-gia|feed|print|lich-phat-song)(/|$|\?)",
    re.IGNORECASE,
)
_ASSET = re.compile(r"\.(jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|zip|rar|mp[34]|css|js|xml|rss|ico)$", re.I)
_ARTICLE_PATH = re.compile(
    r"(-\d{4,}(\.html?|\.htm|\.aspx?|\.bcb)?/?$)"  # slug-123456(.html)
    r"|(post\d+\.html?$)"  # -post123.html
    r"|(/d\d{12,}\.htm$)"  # /d20230322150639.htm
    r"|(/\d{4}/\d{2}/[^/]+-[^/]+)"  # /2023/03/slug
    r"|(/\d{6}/[^/]+-[^/]+)"  # /202303/slug
    r"|(/[a-z0-9]+(-[a-z0-9]+){4,}\.html?$)"  # a long slug .html
    r"|(/\d{3,}/[a-z0-9]+(-[a-z0-9]+){3,}/?$)",  # /<numeric id>/<slug> (Thái Bình style)
    re.IGNORECASE,
)
_MIN_TEXT = 200  # characters of main text (lead included) below which a page is not an article
_MIN_PARAGRAPHS = 2  # lead included


class NotAnArticle(ParseError):
    """The page is fine but is not an article (a listing, a tag or video page)."""


def looks_like_article_url(url: str) -> bool:
    path = urlsplit(url).path
    if _ASSET.search(path) or _NOT_ARTICLE.search(path):
        return False
    return bool(_ARTICLE_PATH.search(path))


def looks_like_listing_url(url: str) -> bool:
    parts = urlsplit(url)
    if _ASSET.search(parts.path) or _NOT_ARTICLE.search(parts.path) or looks_like_article_url(url):
        return False
    depth = len([s for s in parts.path.split("/") if s])
    return depth <= 3


def _json_ld_objects(sel: Selector):
    for raw in sel.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                yield obj
                if "@graph" in obj:
                    stack.append(obj["@graph"])


_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle"}


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    return set(t) if isinstance(t, list) else {t} if isinstance(t, str) else set()


def declared_article(sel: Selector) -> bool:
    """Does the page say it is an article (og:type or JSON-LD)?"""
    og = (sel.css('meta[property="og:type"]::attr(content)').get() or "").lower()
    if og == "article":
        return True
    return any(_types(o) & _ARTICLE_TYPES for o in _json_ld_objects(sel))


_DATE_META = (
    'meta[property="article:published_time"]::attr(content)',
    'meta[name="pubdate"]::attr(content)',
    'meta[name="publishdate"]::attr(content)',
    'meta[itemprop="datePublished"]::attr(content)',
    'meta[name="date"]::attr(content)',
    "time[datetime]::attr(datetime)",
)
# A date line as Vietnamese papers print it, with an optional time on either side.
_DATE_LINE = re.compile(
    r"(\d{1,2}:\d{2}(:\d{2})?\s*[,|-]?\s*)?\d{1,2}/\d{1,2}/\d{4}(\s*[,|-]?\s*\d{1,2}:\d{2}(:\d{2})?)?"
)
# Text after the headline, leaving out links, lists, sidebars and "related" boxes,
# whose dates belong to other articles.
_AFTER_TITLE = (
    "//h1[1]/following::text()[not(ancestor::a) and not(ancestor::script) and not(ancestor::li)"
    " and not(ancestor::aside) and not(ancestor::footer) and not(ancestor::*[contains(@class, 'related')"
    " or contains(@class, 'other') or contains(@class, 'most') or contains(@class, 'lien-quan')])]"
)
_OTHER_ARTICLES = (
    "//aside | //footer | //nav | //li | //*[contains(@class, 'related') or contains(@class, 'other')"
    " or contains(@class, 'most') or contains(@class, 'lien-quan')]"
)
_FALLBACK_FORMATS = (
    "%H:%M, %d/%m/%Y", "%H:%M %d/%m/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y, %H:%M",
    "%d/%m/%Y %H:%M:%S", "%H:%M:%S %d/%m/%Y", "%d/%m/%Y",
)


def find_published(sel: Selector, html: str, fetched_at: Optional[dt.datetime]) -> tuple[Optional[dt.datetime], str]:
    """(published, raw text) by JSON-LD, meta tags, a visible date line, then htmldate."""
    for obj in _json_ld_objects(sel):
        if _types(obj) & _ARTICLE_TYPES and obj.get("datePublished"):
            raw = str(obj["datePublished"])
            value = parse_published(raw)
            if value:
                return value, raw
    for css in _DATE_META:
        raw = sel.css(css).get()
        if raw:
            value = parse_published(raw.strip())
            if value:
                return value, raw.strip()
    # A short date line after the title: Vietnamese CMSs print one under the headline.
    # Short, so a date inside a sentence of the body is not taken for the publication date;
    # links skipped, so the times in "related articles" boxes are not either.
    for text in sel.xpath(_AFTER_TITLE).getall()[:300]:
        match = _DATE_LINE.search(text)
        if match and len(clean_text(text)) <= len(match.group(0)) + 30:
            raw = match.group(0).strip()
            value = parse_published(raw, _FALLBACK_FORMATS)
            if value and (fetched_at is None or value <= fetched_at + dt.timedelta(days=1)):
                return value, raw
    try:
        from htmldate import find_date

        # Without the boxes of other articles, whose dates htmldate would happily take.
        cleaned = Selector(text=html)
        for el in cleaned.xpath(_OTHER_ARTICLES):
            try:
                el.drop()
            except Exception:  # inside a box already dropped
                pass
        found = find_date(cleaned.get(), extensive_search=False, original_date=True)
    except Exception:
        found = None
    if found:
        return parse_published(found), found
    return None, ""


# CMS class names for the sapo (lead) and the byline, across Vietnamese papers.
_LEAD_CSS = '[class*="sapo"], [class*="lead"], [class*="summary"], [class*="desc"], [class*="intro"], [class*="chapeau"]'
_AUTHOR_CSS = '[class*="author"], [rel="author"], [itemprop="author"], [class*="byline"]'
# A standalone signature: two to five capitalised words, no sentence punctuation.
_BYLINE = re.compile(r"[A-ZĐÀ-Ỹ][^\s.,;:!?\d]*(\s[A-ZĐÀ-Ỹ][^\s.,;:!?\d]*){1,4}")


def find_lead(sel: Selector, title: str) -> str:
    """The sapo: the first lead-classed element of plausible length that is not the title."""
    for el in sel.css(_LEAD_CSS):
        if el.root.tag in ("meta", "html", "body", "ul", "ol", "a", "img"):
            continue
        text = clean_text(el.xpath("string()").get() or "")
        if 40 <= len(text) <= 800 and text != title:
            return text
    return ""


_CAPTION_CSS = 'figcaption, [class*="caption"], [class*="image_desc"], [class*="img-desc"], td[class*="desc"]'


def find_captions(sel: Selector) -> tuple[str, ...]:
    """Photo captions: figcaption-like elements, and paragraphs that are one <em>
    (the Thái Bình CMS style), which trafilatura would keep as body text."""
    texts = [clean_text(el.xpath("string()").get() or "") for el in sel.css(_CAPTION_CSS)]
    for p in sel.css("p"):
        if p.xpath("./em | ./i") and not clean_text("".join(p.xpath("./text()").getall())):
            texts.append(clean_text(p.xpath("string()").get() or ""))
    return tuple(dict.fromkeys(t for t in texts if t))


def find_author(sel: Selector) -> str:
    meta = clean_text(sel.css('meta[name="author"]::attr(content)').get() or "")
    if meta:
        return meta
    for el in sel.css(_AUTHOR_CSS):
        text = clean_text(el.xpath("string()").get() or "")
        if 2 <= len(text) <= 60:
            return text
    return ""


def pick_title(sel: Selector, extracted: str) -> str:
    """The headline: an <h1> that agrees with og:title, else one inside the article, else the first.

    A page's first <h1> is sometimes the site banner or a sidebar heading.
    """
    headings = [clean_text(h.xpath("string()").get() or "") for h in sel.css("h1")]
    headings = [h for h in headings if h]
    og = clean_text(sel.css('meta[property="og:title"]::attr(content)').get() or "")
    if og:
        for h in headings:
            if h in og or og in h:
                return h
    inside = [clean_text(h.xpath("string()").get() or "") for h in sel.css("article h1, main h1")]
    inside = [h for h in inside if h]
    if inside:
        return inside[0]
    return headings[0] if headings else clean_text(extracted) or og


def _paragraphs(text: str, title: str) -> list[str]:
    paras = [clean_text(p) for p in (text or "").split("\n")]
    paras = [p for p in paras if p]
    if paras and paras[0] == title:
        paras = paras[1:]
    return paras


def parse_generic(url: str, html: str, fetched_at: Optional[dt.datetime] = None, site: str = "") -> Article:
    """Extract an Article from any news page; ParseError when the page is not an article."""
    import trafilatura

    if not html or not html.strip():
        raise ParseError(f"{url}: empty page")
    html = nfc(html)
    sel = Selector(text=html)
    # Tables stay out: Vietnamese CMSs put photo captions in layout tables (with them in,
    # body similarity on the sample site fell 0.991 -> 0.983 while the public benchmark
    # gained only 0.002 F1).
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        raise NotAnArticle(f"{url}: no main text found")
    title = pick_title(sel, doc.title or "")
    paragraphs = _paragraphs(doc.text, title)
    text_length = sum(len(p) for p in paragraphs)
    declared = declared_article(sel)
    if not title:
        raise NotAnArticle(f"{url}: no title")
    if not declared and (text_length < _MIN_TEXT or len(paragraphs) < _MIN_PARAGRAPHS):
        raise NotAnArticle(f"{url}: {text_length} characters in {len(paragraphs)} paragraphs")
    if declared and not paragraphs:
        raise ParseError(f"{url}: declared an article but has no text")
    lead = find_lead(sel, title) or clean_text(sel.css('meta[name="description"]::attr(content)').get() or "")
    if lead and paragraphs and (paragraphs[0] == lead or lead.startswith(paragraphs[0][:60])):
        lead = paragraphs.pop(0)
    elif paragraphs and not lead:
        lead = paragraphs.pop(0)
    paragraphs = [p for p in paragraphs if p != lead]
    author = find_author(sel) or clean_text(doc.author or "")
    if paragraphs and _BYLINE.fullmatch(paragraphs[-1]):
        byline = paragraphs.pop()  # the signature line many Vietnamese papers end with
        author = author or byline
    elif paragraphs and author and paragraphs[-1] == author:
        paragraphs.pop()
    captions = find_captions(sel)
    paragraphs = [p for p in paragraphs if p not in captions]
    published, raw = find_published(sel, html, fetched_at)
    canonical, syndicated_from = canonical_url(sel, url)
    return Article(
        url=url,
        canonical_url=canonical,
        site=site or urlsplit(canonical).netloc,
        title=title,
        lead=lead,
        published=published,
        published_raw=raw,
        author=author,
        body=tuple(paragraphs),
        captions=captions,
        tags=tuple(clean_text(t) for t in (doc.tags or []) if clean_text(t)),
        fetched_at=fetched_at,
        syndicated_from=syndicated_from,
    ).with_hash()

"""The ``news`` spider: walk a newspaper's listings and archive its articles.

    scrapy crawl news -a site=baonamdinh -a start_url=http://127.0.0.1:8000/
    scrapy crawl news -a start_url=https://example-news.vn/     # generic mode

With a site profile, listings and articles are recognised by the profile's URL
patterns and parsed with its selectors. Without one (generic mode) article
pages are detected by :mod:`crawler.generic` and parsed with trafilatura.

Incremental (THIDUA_INCREMENTAL, on by default): known articles are not
fetched again unless the sitemap's lastmod says they changed; listings and
changed articles are fetched conditionally (ETag / Last-Modified); pagination
stops at a page holding only known articles once a previous run has finished.
"""

from __future__ import annotations

import datetime as dt
import gzip
import logging
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.sitemap import Sitemap

from crawler import generic
from crawler.parse import parse_article
from crawler.profile import SiteProfile, load_profile
from crawler.state import CrawlState
from crawler.urls import canonicalize
from thidua.errors import ConfigError, ParseError

log = logging.getLogger(__name__)

NOT_MODIFIED = 304


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _meta(response, key: str):
    """request.meta[key], or None for a response built without a request (tests, archives)."""
    try:
        return response.meta.get(key)
    except AttributeError:
        return None


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, site: Optional[str] = None, start_url: Optional[str] = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not site and not start_url:
            raise ConfigError("give a site profile (-a site=NAME) or a start URL (-a start_url=URL)")
        self.profile: Optional[SiteProfile] = load_profile(site) if site else None
        self.start_url = start_url
        self.site = self.profile.name if self.profile else canonicalize(start_url or "", article=False).split("/")[2]
        self.entry_urls, self.sitemap_urls = self._entry_points()
        self.hosts = {urlsplit(canonicalize(u, article=False)).netloc for u in self.entry_urls + self.sitemap_urls}
        self.state: Optional[CrawlState] = None
        self.incremental = True
        self.previous_run_finished = False
        self.on_event = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.incremental = settings.getbool("THIDUA_INCREMENTAL", True)
        spider.on_event = settings.get("THIDUA_ON_EVENT")
        data_dir = Path(settings.get("THIDUA_DATA_DIR"))
        spider.state = CrawlState.in_data_dir(data_dir)
        if settings.get("THIDUA_SINK") is None and not (data_dir / "thidua.sqlite").exists():
            if spider.state.known_article_count():
                # The store was deleted but the crawl state survived: trusting the
                # state would skip every article the store no longer has.
                log.warning("store missing in %s: forgetting the crawl state, crawling in full", data_dir)
                spider.state.forget_articles()
        return spider

    # -- where to start ------------------------------------------------------

    def _entry_points(self) -> tuple[list[str], list[str]]:
        """Start pages and sitemaps: the profile's, rooted at the start URL's origin.

        A start URL that is a bare origin ("http://host/") means "this site,
        the profile's usual way in"; any other start URL is the only entry.
        """
        if self.profile is None:
            url = self.start_url or ""
            if urlsplit(url).path.endswith((".xml", ".xml.gz")):
                return [], [url]
            # Most news sites keep a sitemap at the root; its lastmods make re-crawls cheap.
            return [url], [_origin(url) + "/sitemap.xml"]
        base = self.start_url or self.profile.extra.get("base_url") or ""
        if not base:
            raise ConfigError(f"profile {self.profile.name!r} has no base_url; give a start URL")
        if self.start_url and urlsplit(self.start_url).path not in ("", "/"):
            if urlsplit(self.start_url).path.endswith((".xml", ".xml.gz")):
                return [], [self.start_url]
            return [self.start_url], []
        origin = _origin(base)
        return (
            [urljoin(origin + "/", u) for u in self.profile.start_urls],
            [urljoin(origin + "/", u) for u in self.profile.sitemaps],
        )

    async def start(self):
        if self.state is not None:
            self.previous_run_finished = self.state.start_run(self.site)
        # After a crash or a capped run, fetch listings and sitemaps in full: a
        # "304 Not Modified" would hide articles the broken run never reached.
        for url in self.sitemap_urls:
            # A guessed sitemap (generic mode) may not exist: that is no error.
            meta = {"optional": self.profile is None and url != self.start_url}
            yield self._request(url, self.parse_sitemap, conditional=self.previous_run_finished, meta=meta)
        for url in self.entry_urls:
            # Entry pages are always fetched in full: their links are the way in.
            yield self._request(url, self.parse_listing, dont_filter=True, meta={"entry": True})

    def closed(self, reason: str) -> None:
        if self.state is not None:
            self.state.finish_run(self.site, reason)
            self.state.close()

    # -- requests --------------------------------------------------------------

    def _emit(self, kind: str, url: str) -> None:
        if self.on_event:
            self.on_event(kind, url)

    def _request(self, url, callback, conditional: bool = False, dont_filter: bool = False, meta=None):
        headers = {}
        if conditional and self.incremental and self.state is not None:
            etag, last_modified = self.state.validators(url)
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            headers=headers,
            dont_filter=dont_filter,
            meta={"handle_httpstatus_list": [NOT_MODIFIED], **(meta or {})},
        )

    def on_error(self, failure):
        request = failure.request
        if request.meta.get("optional"):
            log.info("optional page unavailable: %s (%s)", request.url, failure.getErrorMessage())
            return
        log.error("fetch failed for %s: %s", request.url, failure.getErrorMessage())
        self.crawler.stats.inc_value("thidua/errors")
        self._emit("error", request.url)

    def _remember_validators(self, response) -> None:
        if self.state is None or response.status != 200:
            return
        etag = response.headers.get(b"ETag")
        last_modified = response.headers.get(b"Last-Modified")
        self.state.remember_page(
            response.url,
            etag.decode("latin-1") if etag else None,
            last_modified.decode("latin-1") if last_modified else None,
            lastmod=_meta(response, "lastmod"),
        )

    def _known(self, url: str) -> bool:
        return self.incremental and self.state is not None and self.state.is_known_article(url)

    # -- classification ------------------------------------------------------------

    def _in_scope(self, url: str) -> bool:
        return urlsplit(url).netloc in self.hosts

    def is_article_url(self, url: str) -> bool:
        if self.profile is not None:
            return self.profile.is_article_url(url)
        return generic.looks_like_article_url(url)

    def is_listing_url(self, url: str) -> bool:
        if self.profile is not None:
            return self.profile.is_listing_url(url)
        return generic.looks_like_listing_url(url)

    def _article_key(self, url: str) -> str:
        keep = self.profile.keep_query_keys if self.profile else frozenset()
        return canonicalize(url, article=True, keep_keys=keep)

    def _links(self, response) -> Iterator[str]:
        scopes = self.profile.link_scope if self.profile else ()
        nodes = [n for css in scopes for n in response.css(css)] or [response]
        seen = set()
        for node in nodes:
            for href in node.css("a::attr(href)").getall():
                href = href.strip()
                if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
                    continue
                url = response.urljoin(href)
                if url not in seen and url.startswith("http"):
                    seen.add(url)
                    yield url

    # -- callbacks -------------------------------------------------------------------

    def parse_listing(self, response):
        """A home, section or listing page: queue unknown articles and further listings."""
        if response.status == NOT_MODIFIED:
            self.crawler.stats.inc_value("thidua/listing_not_modified")
            return
        if not isinstance(response, TextResponse):
            log.error("not an HTML page: %s", response.url)
            return
        if not response.meta.get("entry") and self.is_article_url(response.url):
            yield from self.parse_article(response)
            return
        self._remember_validators(response)
        here = urlsplit(response.url)
        pagination = set()
        if self.profile is not None:
            for css in self.profile.next_page:
                pagination.update(response.urljoin(h) for h in response.css(css).getall())
        articles, known, listings = [], 0, []
        for url in self._links(response):
            plain = canonicalize(url, article=False)
            if not self._in_scope(plain):
                continue
            key = self._article_key(url)
            if self.is_article_url(key):
                articles.append(key)
                if self._known(key):
                    known += 1
            elif url in pagination or self.is_listing_url(plain):
                # Same path (?page=N) or named by the profile's pagination selector:
                # more of this listing. Anything else is another section's listing.
                if url in pagination or urlsplit(plain).path == here.path:
                    pagination.add(plain)
                else:
                    listings.append(plain)
        pagination = {canonicalize(u, article=False) for u in pagination}
        for key in dict.fromkeys(articles):
            if not self._known(key):
                yield self._request(key, self.parse_article)
        for url in listings:
            yield self._request(url, self.parse_listing, conditional=self.previous_run_finished)
        # Once a finished run has archived everything older, a page holding
        # only known articles means the rest of this listing is known too.
        stop = self.incremental and self.previous_run_finished and articles and known == len(articles)
        if stop:
            self.crawler.stats.inc_value("thidua/listing_walk_stopped")
            return
        for url in sorted(pagination):
            yield self._request(url, self.parse_listing)

    def parse_sitemap(self, response):
        """Queue articles the sitemap lists that are unknown or changed since last fetched."""
        if response.status == NOT_MODIFIED:
            return
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)
            except OSError:
                log.error("broken gzip sitemap: %s", response.url)
                return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:
            log.error("unreadable sitemap %s: %s", response.url, exc)
            self._emit("error", response.url)
            return
        self._remember_validators(response)
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                yield self._request(loc, self.parse_sitemap, conditional=self.previous_run_finished)
                continue
            key = self._article_key(loc)
            if not self.is_article_url(key) or not self._in_scope(canonicalize(loc, article=False)):
                continue
            lastmod = (entry.get("lastmod") or "").strip() or None
            if not self._known(key):
                yield self._request(key, self.parse_article, meta={"lastmod": lastmod})
            elif self._changed_since_fetch(key, lastmod):
                yield self._request(key, self.parse_article, conditional=True, meta={"lastmod": lastmod})

    def _changed_since_fetch(self, url: str, lastmod: Optional[str]) -> bool:
        """Has the sitemap's lastmod moved since our copy? Compared as recorded text
        first, so a server clock ahead of ours cannot make us fetch forever."""
        if not lastmod or self.state is None:
            return False
        recorded = self.state.sitemap_lastmod(url)
        if recorded is not None:
            return recorded != lastmod
        fetched = self.state.last_fetched(url)
        if fetched is None:
            return True
        try:
            modified = dt.datetime.fromisoformat(lastmod.strip().replace("Z", "+00:00"))
        except ValueError:
            return False
        if modified.tzinfo is None:
            modified = modified.replace(tzinfo=dt.timezone.utc)
        return modified > fetched

    def parse_article(self, response):
        if response.status == NOT_MODIFIED:
            self.crawler.stats.inc_value("thidua/articles_not_modified")
            if self.state is not None:
                self.state.touch_page(response.url, _meta(response, "lastmod"))
            self._emit("unchanged", response.url)
            return
        if not isinstance(response, TextResponse):
            log.error("not an HTML page, skipped: %s", response.url)
            self._emit("error", response.url)
            return
        fetched_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        try:
            if self.profile is not None:
                article = parse_article(response.url, response.text, self.profile, fetched_at)
            else:
                article = generic.parse_generic(response.url, response.text, fetched_at, site=self.site)
        except generic.NotAnArticle as exc:
            # Generic mode guesses article pages from their URLs; a wrong guess is no error.
            log.info("skipped, not an article: %s", exc)
            self.crawler.stats.inc_value("thidua/not_articles")
            self._emit("skipped", response.url)
            return
        except ParseError as exc:
            log.error("not parsed: %s", exc)
            self.crawler.stats.inc_value("thidua/errors")
            self._emit("error", response.url)
            return
        except Exception as exc:  # bad markup must never stop the crawl
            log.exception("parser crashed on %s: %s", response.url, exc)
            self.crawler.stats.inc_value("thidua/errors")
            self._emit("error", response.url)
            return
        if article.published is None:
            log.error("no publication date on %s (raw %r); stored without one", response.url, article.published_raw)
            self.crawler.stats.inc_value("thidua/missing_date")
        location = _meta(response, "warc")
        if location is not None:
            import dataclasses

            article = dataclasses.replace(
                article,
                warc_record_id=location.record_id,
                warc_file=location.warc_file,
                warc_offset=location.offset,
            )
        self._remember_validators(response)
        yield article
        if self.profile is None:  # generic mode discovers articles through articles too
            yield from self._follow_generic(response)

    def _follow_generic(self, response):
        for url in self._links(response):
            key = self._article_key(url)
            if self._in_scope(canonicalize(url, article=False)) and self.is_article_url(key):
                if not self._known(key):
                    yield self._request(key, self.parse_article)

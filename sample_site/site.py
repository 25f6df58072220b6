"""The sample newspaper as a set of pages: maps a request path to a rendered page.

`SampleSite` owns the data; `SiteView` is the site as seen at one base URL
(canonical links are absolute, so they depend on the port the server got).
Pages are rendered on first request and cached.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from . import extras
from .badinput import break_html, to_cp1258, to_nfd
from .content import DATA_DIR, Catalog, Section, load_catalog, normalise_article
from .layouts import LAYOUTS, baonamdinh

PAGE_SIZE = 8  # items per listing page (the real CMS shows about ten)
UTM_SUFFIX = "?utm_source=zalo&utm_medium=social&utm_campaign=chia-se"
# 1x1 transparent GIF served for every image URL, so pages have no broken links.
PIXEL = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")
ASSET_PREFIXES = ("/file/", "/static/", "/nb/DATA/", "/nb/images/", "/tb/upload/", "/nd/images/")
PARTNER_HOMES = {"/nb/": "baoninhbinh", "/tb/": "baothaibinh", "/nd/": "nhandan"}


@dataclass(frozen=True)
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    last_modified: dt.datetime | None = None  # sent as Last-Modified (article pages)
    conditional: bool = False  # article pages: send an ETag and answer conditional GETs

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:20] + '"'


def html(text: str, status: int = 200, last_modified=None, conditional: bool = False) -> Page:
    return Page(text.encode("utf-8"), status=status, last_modified=last_modified, conditional=conditional)


NOT_FOUND = html("<!DOCTYPE html><html><head><meta charset='utf-8'><title>404</title></head><body>Không tìm thấy trang</body></html>", 404)


class SampleSite:
    """The project's own sample newspaper. Loads the data once.

    `scale=N` adds N generated articles to the primary layout (for the crawler
    benchmark); `.articles` lists every article dict, newest first.
    """

    def __init__(self, scale: int = 0, data_dir: Path = DATA_DIR, seed: int = 7):
        extra = []
        if scale:
            from .synthetic import generate

            extra = generate(scale, seed=seed)
        self.catalog: Catalog = load_catalog(data_dir, extra)
        self._views: list[SiteView] = []
        self._lock = threading.Lock()

    @property
    def articles(self) -> list[dict]:
        return self.catalog.articles

    def view(self, base_url: str) -> "SiteView":
        view = SiteView(self, base_url)
        self._views.append(view)
        return view

    def path_of(self, article: dict) -> str:
        section = self.catalog.sections[article["section"]]
        return LAYOUTS[section.layout].article_path(article, section)

    def serve(self, host: str = "127.0.0.1", port: int = 0):
        """Start serving in a background thread; use as a context manager."""
        from .server import RunningServer

        return RunningServer(self, host, port)

    # -- changes, for incremental-crawl tests ---------------------------------
    def edit(self, article_id: int, when: dt.datetime | None = None, **fields) -> dict:
        """Change an article's fields (e.g. body) and bump its Last-Modified."""
        article = self.catalog.by_id[article_id]
        with self._lock:
            article.update(fields)
            article["updated"] = when or dt.datetime.now(article["published"].tzinfo).replace(microsecond=0)
            self.catalog.reindex()
            self._forget()
        return article

    def publish(self, raw: dict) -> dict:
        """Add a new article (same fields as a data file entry)."""
        article = normalise_article(raw, self.catalog.sections, "publish()")
        with self._lock:
            if article["id"] in self.catalog.by_id:
                raise ValueError(f"article id {article['id']} already exists")
            self.catalog.articles.append(article)
            self.catalog.reindex()
            self._forget()
        return article

    def _forget(self) -> None:
        for view in self._views:
            view.clear()


class SiteView:
    """The site at one base URL; also the object layouts render against."""

    def __init__(self, site: SampleSite, base_url: str):
        self.site = site
        self.catalog = site.catalog
        self.base_url = base_url.rstrip("/")
        self._cache: dict[str, Page] = {}
        self._memo: dict[str, list] = {}
        self._routes: dict[str, tuple] | None = None

    def clear(self) -> None:
        self._cache = {}
        self._memo = {}
        self._routes = None

    # -- helpers the layouts call ---------------------------------------------
    def absolute(self, path: str) -> str:
        return self.base_url + path

    def section(self, article: dict) -> Section:
        return self.catalog.sections[article["section"]]

    def url(self, article: dict) -> str:
        return self.site.path_of(article)

    def listing_link(self, article: dict) -> str:
        """The href a listing uses; one article is linked with tracking parameters."""
        return self.url(article) + (UTM_SUFFIX if article.get("listing_utm") else "")

    def page_of(self, section: Section, page: int) -> tuple[list[dict], int]:
        items = self.catalog.in_section(section.key)
        last = max(1, math.ceil(len(items) / PAGE_SIZE))
        return items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE], last

    def most_read(self, layout: str, n: int = 5) -> list[dict]:
        """A stable pseudo-random pick among recent articles (no real view counts here)."""
        key = f"most-read:{layout}:{n}"
        if key not in self._memo:
            pool = self.catalog.in_layout(layout)[:200]
            self._memo[key] = sorted(pool, key=lambda a: (a["id"] * 2654435761) % 1000)[:n]
        return self._memo[key]

    def related(self, article: dict, n: int = 4) -> list[dict]:
        chosen = [self.catalog.by_id[i] for i in article["related"] if i in self.catalog.by_id]
        siblings = self.catalog.in_section(article["section"])
        pos = self.catalog.position(article)
        for other in siblings[pos + 1 : pos + 1 + n] + siblings[max(0, pos - n) : pos]:
            if len(chosen) >= n:
                break
            if other is not article and other not in chosen:
                chosen.append(other)
        return chosen[:n]

    def partner_links(self) -> list[tuple[str, str]]:
        return [(path, LAYOUTS[name].SITE_TITLE) for path, name in PARTNER_HOMES.items()]

    # -- routing ----------------------------------------------------------------
    def routes(self) -> dict[str, tuple]:
        """Exact paths of articles and listing base paths."""
        if self._routes is None:
            routes: dict[str, tuple] = {}
            for article in self.catalog.articles:
                routes[self.url(article)] = ("article", article)
            for section in self.catalog.sections.values():
                layout = LAYOUTS[section.layout]
                routes[layout.listing_path(section, 1)] = ("listing", section)
                if section.layout == "nhandan":
                    _, last = self.page_of(section, 1)
                    for n in range(2, last + 1):
                        routes[layout.listing_path(section, n)] = ("listing", section, n)
            self._routes = routes
        return self._routes

    def page(self, path: str, query: str = "") -> Page:
        """The page for a request path and query string (404 page if none)."""
        params = {k: v[-1] for k, v in parse_qs(query).items()}
        key = path
        if params.get("page"):
            key += "?page=" + params["page"]
        if params.get("print") == "1":
            key += "?print=1"
        if path == "/tim-kiem":
            key += "?q=" + params.get("q", "")
        cached = self._cache.get(key)
        if cached is None:
            cached = self._render(path, params)
            if cached.status != 404:  # arbitrary unknown paths must not grow the cache
                self._cache[key] = cached
        return cached

    def _render(self, path: str, params: dict) -> Page:
        if path.startswith(ASSET_PREFIXES):
            if path.endswith((".jpg", ".png", ".gif")):
                return Page(PIXEL, content_type="image/gif")
            if path.endswith(".css"):
                return Page(b"body{font-family:Arial,sans-serif}", content_type="text/css")
            if path.endswith(".js"):
                return Page(b"/* sample */", content_type="application/javascript")
            if path.endswith(".mp4"):
                return Page(b"", content_type="video/mp4")
            return NOT_FOUND
        feeds = {
            "/robots.txt": (lambda: extras.robots_txt(self.base_url), "text/plain; charset=utf-8"),
            "/sitemap.xml": (lambda: extras.sitemap_xml(self), "application/xml; charset=utf-8"),
            "/rss": (lambda: extras.rss_xml(self), "application/rss+xml; charset=utf-8"),
        }
        if path in feeds:
            make, content_type = feeds[path]
            return Page(make().encode("utf-8"), content_type=content_type)
        simple = {
            "/": lambda: baonamdinh.render_home(self),
            "/video/": lambda: extras.video_page(self),
            "/lien-he": lambda: extras.contact_page(self),
            "/tim-kiem": lambda: extras.search_page(self, params.get("q", "")),
        }
        if path in simple:
            return html(simple[path]())
        if path in PARTNER_HOMES:
            return html(LAYOUTS[PARTNER_HOMES[path]].render_home(self))
        if path.startswith("/admin"):
            return html(extras.admin_page(), 403)
        tag = re.match(r"^/(nb|tb|nd)/tag/([a-z0-9-]+)$", path)
        if tag:
            layout = LAYOUTS[PARTNER_HOMES[f"/{tag.group(1)}/"]]
            text = extras.partner_tag_page(self, layout, tag.group(2))
            return html(text) if text else NOT_FOUND
        if path.startswith("/tag/"):
            text = extras.tag_page(self, path[len("/tag/") :].strip("/"))
            return html(text) if text else NOT_FOUND

        route = self.routes().get(path) or self.routes().get(path.rstrip("/"))
        if route is None:
            return NOT_FOUND
        if route[0] == "listing":
            section = route[1]
            page_no = route[2] if len(route) > 2 else _int(params.get("page"), 1)
            _, last = self.page_of(section, 1)
            if page_no < 1 or page_no > last:
                return NOT_FOUND
            return html(LAYOUTS[section.layout].render_listing(self, section, page_no))
        article = route[1]
        if path.endswith("/") and self.section(article).layout != "baonamdinh":
            return NOT_FOUND
        return self._article_page(article, print_view=params.get("print") == "1")

    def _article_page(self, article: dict, print_view: bool) -> Page:
        layout = LAYOUTS[self.section(article).layout]
        text = layout.render_article(self, article, print_view=print_view)
        # The undated article must not leak its date through Last-Modified; its ETag still allows 304s.
        modified = None if article.get("hide_date") else article["updated"]
        if article.get("normalization") == "NFD":
            text = to_nfd(text)
        if article.get("broken_html"):
            text = break_html(text)
        if article.get("encoding") == "windows-1258":
            return Page(to_cp1258(text), content_type="text/html; charset=windows-1258",
                        last_modified=modified, conditional=True)
        return html(text, last_modified=modified, conditional=True)


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1 if value is not None else default

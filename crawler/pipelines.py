"""Item pipeline: hand each Article to the sink (by default the store of record)."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Callable

from scrapy.exceptions import DropItem

from thidua.errors import ConfigError
from thidua.models import Article

log = logging.getLogger(__name__)

Sink = Callable[[Article], str]


class _ListSink:
    """A list as a sink (tests): appends, and tells new from repeated by canonical URL."""

    def __init__(self, items: list):
        self.items = items

    def __call__(self, article: Article) -> str:
        for old in self.items:
            if old.canonical_url == article.canonical_url:
                return "unchanged" if old.content_hash == article.content_hash else "changed"
        self.items.append(article)
        return "new"


def list_sink(items: list) -> Sink:
    """A sink appending to ``items`` (tests, notebooks).

    Returned as a plain function on purpose: Scrapy deep-copies settings, which
    would copy a list put there directly, but functions are copied by reference.
    """
    collect = _ListSink(items)
    return lambda article: collect(article)


class _StoreSink:
    """The store of record; opened lazily so a crawl that finds nothing leaves no file."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.store = None

    def __call__(self, article: Article) -> str:
        if self.store is None:
            from index.store import Store  # the index package is needed only for the default sink

            self.store = Store(self.data_dir / "thidua.sqlite")
        return self.store.upsert_article(article)

    def save_extraction(self, canonical_url, extraction) -> None:
        self.store.save_extraction(canonical_url, extraction)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def make_sink(value, settings) -> Sink:
    """Resolve THIDUA_SINK: None (the store), a list, a callable or "module:factory"."""
    if value is None:
        return _StoreSink(Path(settings.get("THIDUA_DATA_DIR")))
    if isinstance(value, list):
        return _ListSink(value)  # a copy of the caller's list (see list_sink)
    if isinstance(value, str):
        module, _, name = value.partition(":")
        try:
            factory = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"THIDUA_SINK {value!r} cannot be imported: {exc}") from exc
        return factory(settings)
    if callable(value):
        return value
    raise ConfigError(f"THIDUA_SINK must be a callable, a list or 'module:factory', not {value!r}")


class StorePipeline:
    """Sends Articles to the sink, remembers them in the crawl state, reports the outcome.

    A sink failure drops that one item with a logged error; the crawl goes on.
    """

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.sink = make_sink(settings.get("THIDUA_SINK"), settings)
        self.extract = settings.getbool("THIDUA_EXTRACT", False)
        self.on_event = settings.get("THIDUA_ON_EVENT")
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _emit(self, kind: str, url: str) -> None:
        if self.on_event:
            self.on_event(kind, url)

    def process_item(self, item):
        if not isinstance(item, Article):
            return item
        try:
            outcome = self.sink(item)
        except Exception as exc:
            log.error("could not store %s: %s", item.url, exc)
            self.stats.inc_value("thidua/errors")
            self._emit("error", item.url)
            raise DropItem(f"sink refused {item.url}: {exc}") from exc
        self.stats.inc_value(f"thidua/articles_{outcome}")
        state = getattr(self.crawler.spider, "state", None)
        if state is not None:
            state.remember_article({item.url}, item.canonical_url, item.content_hash)
        if self.extract and outcome != "unchanged":
            self._extract(item)
        self._emit(outcome, item.url)
        return item

    # -- the one extraction hook --------------------------------------------------
    def _extract(self, article: Article) -> None:
        """Run the NLP extraction on a new/changed article and save it (THIDUA_EXTRACT)."""
        from pipeline import extract_article  # heavy NLP import only when enabled

        try:
            extraction = extract_article(article)
            save = getattr(self.sink, "save_extraction", None)
            if save is not None:
                save(article.canonical_url, extraction)
        except Exception as exc:  # extraction failing must not lose the stored article
            log.error("extraction failed for %s: %s", article.url, exc)
            self.stats.inc_value("thidua/extraction_errors")

    def close_spider(self):
        close = getattr(self.sink, "close", None)
        if close is not None:
            close()

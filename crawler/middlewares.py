"""Downloader middlewares: the WARC archive and retries with backoff."""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from crawler.warc import WarcArchive

log = logging.getLogger(__name__)


class WarcMiddleware:
    """Writes every response, with the request that fetched it, to the WARC archive.

    The response record's location goes into ``request.meta["warc"]`` for the
    spider to put on the Article. Settings: THIDUA_WARC_ENABLED,
    THIDUA_DATA_DIR, THIDUA_WARC_MAX_SIZE, THIDUA_WARC_GZIP_LEVEL.
    """

    def __init__(self, archive: WarcArchive, on_event=None):
        self.archive = archive
        self.on_event = on_event

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("THIDUA_WARC_ENABLED", True):
            raise NotConfigured("THIDUA_WARC_ENABLED is off")
        archive = WarcArchive(
            Path(settings.get("THIDUA_DATA_DIR")),
            max_size=settings.getint("THIDUA_WARC_MAX_SIZE"),
            gzip_level=settings.getint("THIDUA_WARC_GZIP_LEVEL"),
            software=settings.get("USER_AGENT", "thidua"),
        )
        for path in archive.repaired:
            log.warning("repaired WARC file left incomplete by an earlier crash: %s", path)
        mw = cls(archive, on_event=settings.get("THIDUA_ON_EVENT"))
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    async def process_response(self, request, response):
        from twisted.internet.threads import deferToThread  # after Scrapy installed its reactor

        try:
            # gzip and write in a worker thread: zlib releases the GIL, so
            # compression overlaps with parsing instead of stalling the reactor.
            location = await maybe_deferred_to_future(
                deferToThread(
                    self.archive.write_exchange,
                    url=response.url,
                    status=response.status,
                    response_headers=list(response.headers.items()),
                    body=response.body,
                    method=request.method,
                    request_headers=list(request.headers.items()),
                )
            )
        except OSError as exc:  # a full disk must not pass silently, nor kill the crawl
            log.error("could not archive %s: %s", response.url, exc)
        else:
            request.meta["warc"] = location
        if self.on_event:
            self.on_event("page", response.url)
        return response

    def spider_closed(self, spider):
        self.archive.close()


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but waiting before each retry: Retry-After, else exponential.

    Retrying a 429 or 503 at once only hammers a server already asking us to
    slow down. Settings: THIDUA_RETRY_BACKOFF_BASE, THIDUA_RETRY_BACKOFF_MAX.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("THIDUA_RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("THIDUA_RETRY_BACKOFF_MAX", 120.0)

    def backoff_delay(self, request, response=None) -> float:
        if response is not None:
            after = response.headers.get(b"Retry-After")
            if after:
                try:
                    return min(float(after.decode("latin-1").strip()), self.cap)
                except ValueError:
                    pass  # an HTTP date: fall back to our own schedule
        attempt = request.meta.get("retry_times", 0)
        return min(self.base * (2**attempt), self.cap)

    async def process_response(self, request, response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = self.backoff_delay(request, response)
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        if delay > 0:
            log.info("HTTP %s from %s: retrying in %.1fs", response.status, request.url, delay)
            from twisted.internet import reactor  # the one Scrapy installed; never import it early

            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return retry

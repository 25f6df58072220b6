"""Serve the sample site over HTTP with the standard library only.

Counts requests per path (`request_log`) and answers conditional GETs on
article pages with 304, so incremental-crawl tests can see what was fetched.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "SampleNewspaper/1.0"
    running: "RunningServer"  # set on the subclass made per server

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        self.running._record(self.path)
        parts = urlsplit(self.path)
        try:
            page = self.running.view.page(parts.path or "/", parts.query)
        except Exception:  # a rendering bug must show up as a 500, not a dropped connection
            self.running.errors += 1
            self.send_error(500, "sample site failed to render this page")
            return
        headers = {"Content-Type": page.content_type}
        status, body = page.status, page.body
        if page.conditional and status == 200:
            etag = page.etag
            headers["ETag"] = etag
            if page.last_modified is not None:
                headers["Last-Modified"] = email.utils.format_datetime(
                    page.last_modified.astimezone(dt.timezone.utc), usegmt=True
                )
            if _not_modified(self.headers, etag, page.last_modified):
                status, body = 304, b""
                headers.pop("Content-Type")
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)

    def log_message(self, format, *args) -> None:  # keep test output quiet
        pass


def _not_modified(headers, etag: str, last_modified) -> bool:
    inm = headers.get("If-None-Match")
    if inm is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
        return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
    ims = headers.get("If-Modified-Since")
    if ims and last_modified is not None:
        try:
            since = email.utils.parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            return False
        return last_modified.replace(microsecond=0) <= since
    return False


class RunningServer:
    """Context manager: the site served on a background thread.

    `url` is the base URL; `request_log` counts requests by path+query.
    """

    def __init__(self, site, host: str = "127.0.0.1", port: int = 0):
        self.site = site
        handler = type("Handler", (_Handler,), {"running": self})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.host, self.port = self.httpd.server_address[:2]
        self.url = f"http://{self.host}:{self.port}"
        self.view = site.view(self.url)
        self.request_log: Counter[str] = Counter()
        self.errors = 0  # pages that failed to render (served as 500)
        self._log_lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def _record(self, path: str) -> None:
        with self._log_lock:
            self.request_log[path] += 1

    def requests_for(self, prefix: str = "") -> int:
        """How many requests were made to paths starting with prefix."""
        with self._log_lock:
            return sum(n for path, n in self.request_log.items() if path.startswith(prefix))

    def article_at(self, url: str) -> dict | None:
        """The article dict served at an absolute URL (query ignored), e.g. to look up
        its `expect:` block from a crawled page's canonical URL."""
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self.url:
            return None
        route = self.view.routes().get(parts.path) or self.view.routes().get(parts.path.rstrip("/"))
        return route[1] if route and route[0] == "article" else None

    def reset_log(self) -> None:
        with self._log_lock:
            self.request_log.clear()

    def start(self) -> "RunningServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="sample-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def serve_forever(self) -> None:
        """Block serving (for `python -m sample_site`)."""
        try:
            self.httpd.serve_forever()
        finally:
            self.httpd.server_close()

    def __enter__(self) -> "RunningServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

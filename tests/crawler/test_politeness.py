"""Polite defaults and retry backoff."""

from scrapy.http import Request, Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler.middlewares import BackoffRetryMiddleware
from crawler.run import crawl_settings


def project_settings(**overrides) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(overrides, priority="cmdline")
    return settings


def test_defaults_are_polite():
    s = project_settings()
    assert s.getbool("ROBOTSTXT_OBEY") is True
    assert s.getbool("AUTOTHROTTLE_ENABLED") is True
    assert 0 < s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 8
    assert s.getfloat("DOWNLOAD_DELAY") > 0
    assert s.getint("CLOSESPIDER_PAGECOUNT") > 0
    assert "thidua" in s.get("USER_AGENT") and "+http" in s.get("USER_AGENT")
    assert {429, 503} <= set(s.getlist("RETRY_HTTP_CODES"))


def test_only_our_own_loopback_server_gets_the_delays_lifted(tmp_path):
    assert crawl_settings(tmp_path, "http://127.0.0.1:8000/")["DOWNLOAD_DELAY"] == 0
    assert "DOWNLOAD_DELAY" not in crawl_settings(tmp_path, "https://baonamdinh.vn/")
    assert crawl_settings(tmp_path, "https://baonamdinh.vn/", max_pages=50)["CLOSESPIDER_PAGECOUNT"] == 50


def middleware(**settings):
    crawler = get_crawler(settings_dict={"THIDUA_RETRY_BACKOFF_BASE": 2.0, "THIDUA_RETRY_BACKOFF_MAX": 60.0, **settings})
    return BackoffRetryMiddleware.from_crawler(crawler)


def test_backoff_grows_exponentially_and_is_capped():
    mw = middleware()
    delays = [mw.backoff_delay(Request("http://x.test/", meta={"retry_times": n})) for n in range(8)]
    assert delays[:4] == [2.0, 4.0, 8.0, 16.0]
    assert max(delays) == 60.0


def test_retry_after_header_wins():
    mw = middleware()
    request = Request("http://x.test/", meta={"retry_times": 3})
    response = Response("http://x.test/", status=429, headers={"Retry-After": "7"})
    assert mw.backoff_delay(request, response) == 7.0
    response = Response("http://x.test/", status=503, headers={"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"})
    assert mw.backoff_delay(request, response) == 16.0


def test_a_503_is_retried_after_a_pause_and_the_article_still_arrives(tmp_path):
    """A real crawl against a tiny server that answers 503 once, with Retry-After."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


    from crawler.run import crawl

    from .conftest import fixture_bytes

    article_path = "/channel/5091/202303/huyen-y-yen-ky-ket-giao-uoc-thi-dua-nam-2023-2601001"
    hits: list[tuple[str, float]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append((self.path, time.monotonic()))
            if self.path == "/":
                body, status, extra = f'<html><body><a href="{article_path}">bài</a></body></html>'.encode(), 200, {}
            elif self.path == article_path and sum(p == article_path for p, _ in hits) == 1:
                body, status, extra = b"busy", 503, {"Retry-After": "1"}
            elif self.path == article_path:
                body, status, extra = fixture_bytes("bnd_article.html"), 200, {}
            else:
                body, status, extra = b"", 404, {}
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for k, v in extra.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        summary = crawl("baonamdinh", tmp_path, start_url=f"http://127.0.0.1:{server.server_port}/")
    finally:
        server.shutdown()
    tries = [t for p, t in hits if p == article_path]
    assert len(tries) == 2
    assert tries[1] - tries[0] >= 0.9  # waited for Retry-After
    assert summary.articles_new == 1

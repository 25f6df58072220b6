"""Run a crawl from Python: what ``thidua crawl`` and ``thidua demo`` call.

Each crawl runs Scrapy in a child process (``python -m crawler.run``): the
Twisted reactor cannot be restarted, so an in-process crawl could run only
once per Python process, and a child also keeps a crashed or killed crawl from
taking the caller down. The child reports one JSON line per event on stdout
(``["page", url]``, ``["new", url]``, ...); its log goes to
``<data_dir>/logs/crawl.log``.
"""

from __future__ import annotations

import ipaddress
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import urlsplit

from thidua.errors import ConfigError, ThiduaError

EVENT_MARK = "\x1e"  # starts every event line, so stray prints in the child are ignored
LOG_DIR = "logs"
LOG_FILE = "crawl.log"


@dataclass
class CrawlSummary:
    pages_fetched: int = 0
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    errors: int = 0
    finish_reason: str = ""
    peak_rss_mb: float = 0.0  # of the crawl process, as the OS reports it
    seconds: float = 0.0  # from spider open to close (without process start-up)
    log_file: Optional[Path] = None
    error_urls: list[str] = field(default_factory=list)

    def count(self, kind: str, url: str) -> None:
        if kind == "page":
            self.pages_fetched += 1
        elif kind == "new":
            self.articles_new += 1
        elif kind == "changed":
            self.articles_changed += 1
        elif kind == "unchanged":
            self.articles_unchanged += 1
        elif kind == "error":
            self.errors += 1
            if len(self.error_urls) < 100:
                self.error_urls.append(url)


def _is_loopback(url: Optional[str]) -> bool:
    host = urlsplit(url or "").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def crawl_settings(
    data_dir: Path,
    start_url: Optional[str] = None,
    max_pages: Optional[int] = None,
    settings_overrides: Optional[dict] = None,
) -> dict:
    """The settings a crawl runs with, on top of ``crawler.settings``."""
    settings: dict = {"THIDUA_DATA_DIR": str(Path(data_dir).resolve())}
    if max_pages is not None:
        settings["CLOSESPIDER_PAGECOUNT"] = int(max_pages)
    if _is_loopback(start_url):
        # Our own test/demo server on this machine: politeness delays only slow us down.
        settings.update(DOWNLOAD_DELAY=0, AUTOTHROTTLE_START_DELAY=0.0, THIDUA_RETRY_BACKOFF_BASE=0.2)
    overrides = dict(settings_overrides or {})
    contact = overrides.get("THIDUA_CONTACT") or os.environ.get("THIDUA_CONTACT")
    if contact and "USER_AGENT" not in overrides:
        from crawler.settings import user_agent

        # Whoever runs the crawl names themselves, so webmasters can reach them.
        settings.update(THIDUA_CONTACT=contact, USER_AGENT=user_agent(contact))
    settings.update(overrides)
    return settings


def crawl(
    site: Optional[str],
    data_dir: Path,
    start_url: Optional[str] = None,
    max_pages: Optional[int] = None,
    on_item: Optional[Callable[[str, str], None]] = None,
    settings_overrides: Optional[dict] = None,
) -> CrawlSummary:
    """Crawl ``site`` (a profile name) or, without one, ``start_url`` in generic mode.

    Blocks until the crawl ends; ``on_item(kind, url)`` is called for every
    fetched page ("page") and article outcome ("new", "changed", "unchanged",
    "error"). ``settings_overrides`` must be JSON-serialisable (it crosses into
    the child process).
    """
    if not site and not start_url:
        raise ConfigError("give a site profile or a start URL")
    if site:
        from crawler.profile import load_profile

        load_profile(site)  # fail here, readably, not in the child
    data_dir = Path(data_dir)
    log_path = data_dir / LOG_DIR / LOG_FILE
    log_path.parent.mkdir(parents=True, exist_ok=True)
    params = {
        "site": site,
        "start_url": start_url,
        "settings": crawl_settings(data_dir, start_url, max_pages, settings_overrides),
    }
    try:
        json.dumps(params)
    except TypeError as exc:
        raise ConfigError(f"settings_overrides must be JSON-serialisable: {exc}") from exc
    summary = CrawlSummary(log_file=log_path)
    with open(log_path, "ab") as log:
        proc = start_child(params, stderr=log)
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                event = read_event(line)
                if event is None:
                    continue
                kind, url = event
                if kind == "finished":
                    summary.finish_reason = url
                    continue
                if kind == "rss":
                    summary.peak_rss_mb = float(url)
                    continue
                if kind == "elapsed":
                    summary.seconds = float(url)
                    continue
                summary.count(kind, url)
                if on_item is not None:
                    on_item(kind, url)
            code = proc.wait()
        except BaseException:
            proc.kill()  # the caller was interrupted: do not leave an orphan crawling
            proc.wait()
            raise
    if code != 0:
        tail = log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        raise ThiduaError(f"crawl failed (exit {code}); end of {log_path}:\n" + "\n".join(tail))
    return summary


def start_child(params: dict, stderr) -> subprocess.Popen:
    """Start the crawl child process; its stdout carries the event lines."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else root
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.run", json.dumps(params)],
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=env,
        text=True,
        encoding="utf-8",
    )


def read_event(line: str) -> Optional[tuple[str, str]]:
    """(kind, url) from one line of the child's stdout, or None for anything else."""
    if not line.startswith(EVENT_MARK):
        return None
    try:
        kind, url = json.loads(line[1:])
    except ValueError:
        return None
    return kind, url


# -- the child process ----------------------------------------------------------


def _emit(kind: str, url: str) -> None:
    sys.stdout.write(EVENT_MARK + json.dumps([kind, url], ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _child(params: dict) -> int:
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(params["settings"], priority="cmdline")
    settings.set("THIDUA_ON_EVENT", _emit, priority="cmdline")
    settings.set("LOG_FILE", None)  # stderr, which the parent sends to the log file

    process = CrawlerProcess(settings)
    crawler = process.create_crawler("news")

    import time

    opened: list[float] = []

    def on_opened(spider):
        opened.append(time.perf_counter())

    def on_closed(spider, reason):
        if opened:
            _emit("elapsed", str(time.perf_counter() - opened[0]))
        _emit("finished", reason)

    crawler.signals.connect(on_opened, signal=signals.spider_opened)
    crawler.signals.connect(on_closed, signal=signals.spider_closed)
    kwargs = {k: v for k in ("site", "start_url") if (v := params.get(k))}
    process.crawl(crawler, **kwargs)
    process.start()
    _emit("rss", str(peak_rss_mb()))
    return 0


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports ru_maxrss in KiB)."""
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


if __name__ == "__main__":
    sys.exit(_child(json.loads(sys.argv[1])))

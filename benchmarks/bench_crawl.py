"""Crawl throughput: the full crawler against a bare Scrapy spider, same pages, same run.

    python benchmarks/bench_crawl.py [--scale 20000] [--concurrency 16]

Serves the sample newspaper with ``scale`` generated articles on 127.0.0.1 and
crawls it twice, each in its own process:

* bare   — a minimal Scrapy spider that follows the same listing and article
           links and does nothing with the pages;
* full   — ``crawler.run.crawl``: parse with the site profile, WARC archive,
           store of record, crawl state.

Prints pages, seconds, pages/s and peak RSS for both, and the ratio of full to
bare pages/s (issue target: at least 0.60, peak RSS under 600 MB). Figures, not
asserts: they depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLE = re.compile(r"^/channel/\d+/\d{6}/[^/?]+-\d+/?$")
LISTING = re.compile(r"^/channel/\d+/?(\?page=\d+)?$")


def speed_settings(concurrency: int) -> dict:
    """Same for both spiders: no politeness delay against our own local server."""
    return {
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CLOSESPIDER_PAGECOUNT": 0,
        "LOG_LEVEL": "WARNING",
        "ROBOTSTXT_OBEY": True,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
    }


def bare_child(start_url: str, concurrency: int) -> None:
    """Runs in a child process: fetch every listing and article page, nothing else."""
    from urllib.parse import urlsplit

    import scrapy
    from scrapy.crawler import CrawlerProcess

    from crawler.run import peak_rss_mb

    class BareSpider(scrapy.Spider):
        name = "bare"
        start_urls = [start_url]

        def parse(self, response):
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href)
                parts = urlsplit(url)
                path = parts.path + (f"?{parts.query}" if parts.query else "")
                if ARTICLE.match(path):
                    yield scrapy.Request(url, callback=self.fetched)
                elif LISTING.match(path):
                    yield scrapy.Request(url, callback=self.parse)

        def fetched(self, response):
            pass

    process = CrawlerProcess(speed_settings(concurrency))
    crawler = process.create_crawler(BareSpider)
    opened: list[float] = []

    def on_opened(spider):  # a named function: Scrapy holds signal handlers weakly
        opened.append(time.perf_counter())

    crawler.signals.connect(on_opened, signal=scrapy.signals.spider_opened)
    process.crawl(crawler)
    process.start()
    elapsed = time.perf_counter() - opened[0]  # open to close, as the full crawler reports it
    pages = crawler.stats.get_value("response_received_count", 0)
    print(json.dumps({"pages": pages, "seconds": elapsed, "rss_mb": peak_rss_mb()}))


def run_bare(start_url: str, concurrency: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--bare-child", start_url, "--concurrency", str(concurrency)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if out.returncode != 0:
        raise SystemExit(f"bare spider failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_full(start_url: str, concurrency: int, data_dir: Path) -> dict:
    from crawler.run import crawl

    summary = crawl("baonamdinh", data_dir, start_url=start_url, settings_overrides=speed_settings(concurrency))
    return {
        "pages": summary.pages_fetched,
        "seconds": summary.seconds,
        "rss_mb": summary.peak_rss_mb,
        "articles": summary.articles_new,
        "errors": summary.errors,
        "warc_mb": sum(p.stat().st_size for p in (data_dir / "warc").glob("*.warc.gz")) / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=20000, help="generated articles added to the sample site")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--bare-child", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_child:
        bare_child(args.bare_child, args.concurrency)
        return

    from sample_site import SampleSite

    t0 = time.perf_counter()
    site = SampleSite(scale=args.scale)
    print(f"sample site: {len(site.articles)} articles (generated in {time.perf_counter() - t0:.1f}s)")
    with site.serve(host="127.0.0.1", port=0) as server, tempfile.TemporaryDirectory() as tmp:
        start = server.url + "/"
        # Warm the server's page cache so neither run pays for first renders.
        run_bare(start, args.concurrency)
        bare = run_bare(start, args.concurrency)
        full = run_full(start, args.concurrency, Path(tmp))
    rows = [("bare scrapy", bare), ("full crawler", full)]
    print(f"{'':<14}{'pages':>8}{'seconds':>10}{'pages/s':>10}{'peak RSS MB':>13}")
    for name, r in rows:
        print(f"{name:<14}{r['pages']:>8}{r['seconds']:>10.1f}{r['pages'] / r['seconds']:>10.1f}{r['rss_mb']:>13.1f}")
    ratio = (full["pages"] / full["seconds"]) / (bare["pages"] / bare["seconds"])
    print(f"full/bare pages/s ratio: {ratio:.2f} (target >= 0.60); full peak RSS {full['rss_mb']:.0f} MB (target < 600)")
    print(f"full crawl stored {full['articles']} articles, {full['errors']} errors, WARC {full['warc_mb']:.1f} MB")


if __name__ == "__main__":
    main()

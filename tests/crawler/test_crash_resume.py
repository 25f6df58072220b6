"""kill -9 in the middle of a real crawl, run it again: nothing lost, nothing twice, WARCs readable."""

import os
import signal
import subprocess
import sys

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.run import crawl, crawl_settings, read_event, start_child
from crawler.warc import read_record
from index.store import Store
from sample_site import SampleSite

pytestmark = pytest.mark.slow

PROFILE = "baonamdinh"
EXTRA = 60


def _article(n: int, section: str) -> dict:
    return {
        "id": 9_300_000 + n,
        "section": section,
        "title": f"Phường Lộc Hạ trao Giấy khen cho tổ dân phố số {n}",
        "lead": f"Tối {n % 28 + 1}-3, UBND phường Lộc Hạ trao Giấy khen cho tổ dân phố số {n}.",
        "published": f"2022-03-{n % 28 + 1:02d} {n % 24:02d}:{n % 60:02d}",
        "author": "Quang Huy",
        "body": [f"Tổ dân phố số {n} có thành tích xuất sắc trong phong trào thi đua xây dựng đô thị văn minh."],
        "expect": {"relevant": True},
    }


def test_kill_9_mid_crawl_then_rerun_stores_every_article_exactly_once(tmp_path):
    site = SampleSite()
    section = site.catalog.sections_of(PROFILE)[0].key
    for n in range(EXTRA):
        site.publish(_article(n, section))
    expected_count = len(site.catalog.in_layout(PROFILE))

    with site.serve(host="127.0.0.1", port=0) as server:
        # Slow the first run down so the kill lands in the middle of it.
        slow = {"CONCURRENT_REQUESTS_PER_DOMAIN": 2, "DOWNLOAD_DELAY": 0.05, "AUTOTHROTTLE_ENABLED": False}
        params = {
            "site": PROFILE,
            "start_url": server.url + "/",
            "settings": crawl_settings(tmp_path, server.url + "/", settings_overrides=slow),
        }
        stored_before_kill = 0
        child = start_child(params, stderr=subprocess.DEVNULL)
        for line in child.stdout:
            event = read_event(line)
            if event and event[0] == "new":
                stored_before_kill += 1
                if stored_before_kill == 15:
                    os.kill(child.pid, signal.SIGKILL)
                    break
        child.wait()
        assert child.returncode == -signal.SIGKILL
        with Store(tmp_path / "thidua.sqlite") as store:
            assert 15 <= store.count() < expected_count  # really killed half-way

        rerun = crawl(PROFILE, tmp_path, start_url=server.url + "/")
        expected = {server.url + site.path_of(a) for a in site.catalog.in_layout(PROFILE)}

    assert rerun.errors == 0
    assert stored_before_kill + rerun.articles_new >= expected_count
    with Store(tmp_path / "thidua.sqlite") as store:
        stored = [s.article for s in store.iter_articles()]
    assert len(stored) == expected_count
    assert {a.canonical_url for a in stored} == expected
    for article in stored:  # every stored article's raw page can be read back
        headers, _ = read_record(tmp_path, article.warc_file, article.warc_offset)
        assert headers.get_statuscode() == "200"

    warcs = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert len(warcs) >= 2 and not list((tmp_path / "warc").glob("*.open"))
    for path in warcs:
        with open(path, "rb") as fh:
            assert sum(1 for _ in ArchiveIterator(fh)) >= 1  # reads to the end without error
    check = subprocess.run(
        [sys.executable, "-c", "from warcio.cli import main; main()", "check", *map(str, warcs)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr

"""The web app in a real browser: Debian's Chromium driven by Playwright, against uvicorn
serving a seeded SQLite store and backend.

Screenshots go to test-output/screenshots/; with THIDUA_UPDATE_SCREENSHOTS=1 the
search and timeline ones are also copied to docs/screenshots/ for the README.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from web.app import create_app

from .conftest import BACKENDS, close_seeded, open_backend
from .seed import XSS_TITLE, seed

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "screenshots"
DOC_SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module", params=BACKENDS)
def server(request, tmp_path_factory):
    uvicorn = pytest.importorskip("uvicorn")
    data_dir = tmp_path_factory.mktemp("browser") / "data"
    data = seed(data_dir, backend=open_backend(request.param, data_dir, "browser"))
    data.kind = request.param
    port = _free_port()
    config = uvicorn.Config(create_app(data.store, data.backend, data.data_dir), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", data
    srv.should_exit = True
    thread.join(timeout=10)
    close_seeded(data)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", accept_downloads=True)
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    context.close()


def _shot(page, data, name: str, publish: bool = False) -> Path:
    """Save a full-page screenshot; the SQLite run's search and timeline go to docs/ too."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{data.kind}-{name}"
    page.screenshot(path=str(path), full_page=True)
    if publish and data.kind == "sqlite" and os.environ.get("THIDUA_UPDATE_SCREENSHOTS") == "1":
        DOC_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOC_SHOTS / name)
    return path


def test_search_with_two_facets(server, page):
    base, data = server
    page.goto(base + "/")
    page.fill("input[name=q]", "thi đua")
    page.click(".search-box button")
    page.wait_for_url("**/?q=*")
    total_before = len(page.locator(".hit").all())
    assert total_before > 0
    summary_before = page.inner_text(".results .summary")

    page.locator('[data-facet=site] a.facet-value', has_text="baonamdinh.test").click()
    page.wait_for_url("**site=baonamdinh.test*")
    page.locator('[data-facet=event_type] a.facet-value', has_text="trao tặng").click()
    page.wait_for_url("**event_type=*")

    query = parse_qs(urlsplit(page.url).query)
    assert query["q"] == ["thi đua"]
    assert query["site"] == ["baonamdinh.test"]
    assert query["event_type"] == ["trao tặng"]
    hits = page.locator(".hit")
    assert hits.count() > 0
    for i in range(hits.count()):
        assert "baonamdinh.test" in hits.nth(i).locator(".site").inner_text()
        assert hits.nth(i).locator(".badge.event").inner_text() == "trao tặng"
    assert page.inner_text(".results .summary") != summary_before
    assert page.locator(".chip").count() >= 2  # both filters shown, each removable
    assert page.locator(".hit .snippet mark").count() > 0
    _shot(page, data, "search.png", publish=True)

    # The URL is the whole state: opening it fresh gives the same page.
    bookmarked = page.url
    first_titles = hits.all_inner_texts()
    page.goto(bookmarked)
    assert page.locator(".hit").all_inner_texts() == first_titles


def test_article_shows_highlighted_award(server, page):
    base, data = server
    page.goto(base + "/?q=" + "Vụ Bản Cờ thi đua")
    page.locator(".hit h3 a", has_text="Huyện Vụ Bản đón nhận Cờ thi đua").click()
    page.wait_for_url(f"**/bai/{data.ids['vu_ban']}")
    award = page.locator("article mark.fact-award", has_text="Cờ thi đua").first
    award.wait_for()
    assert award.is_visible()
    colour = award.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    official = page.locator("article mark.fact-official", has_text="Trần Văn Đông").first
    assert official.evaluate("el => getComputedStyle(el).backgroundColor") != colour  # distinct styles
    assert "Cờ thi đua" in page.inner_text("aside.facts .awards")
    assert page.locator(f'a[href="/luu-tru/{data.ids["vu_ban"]}"]').count() == 1
    _shot(page, data, "article.png")


def test_timeline_chart_and_csv(server, page):
    base, data = server
    page.goto(base + "/dong-thoi-gian")
    page.fill("input[name=form]", "giay khen")
    page.click(".timeline-form button")
    page.wait_for_url("**form=giay*")
    bars = page.locator("svg.chart .bar")
    assert bars.count() >= 2
    heights = page.locator("svg.chart rect").evaluate_all("els => els.map(e => e.getBBox().height)")
    assert max(heights) > 0
    rows = page.locator("table.records tbody tr")
    chart_total = sum(int(c) for c in bars.evaluate_all("els => els.map(e => e.dataset.count)"))
    assert rows.count() == chart_total
    _shot(page, data, "timeline.png", publish=True)

    with page.expect_download() as info:
        page.click("a.download")
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    lines = Path(download.path()).read_text(encoding="utf-8-sig").strip().splitlines()
    assert lines[0].startswith("year,")
    assert len(lines) - 1 == rows.count()
    assert all("Giấy khen" in line for line in lines[1:])


def test_planted_script_does_not_run(server, page):
    base, data = server
    probe = "window.__pwned === undefined && window.__archive_pwned === undefined"

    page.goto(f"{base}/bai/{data.ids['xss']}")
    assert page.evaluate(probe)
    assert XSS_TITLE in page.inner_text("article h1")  # shown as text
    assert page.locator("article script, article img").count() == 0

    hostile = '<script>window.__pwned = "q"</script><img src=x onerror="window.__pwned=1">'
    page.goto(base + "/")
    page.fill("input[name=q]", hostile)
    page.click(".search-box button")
    page.wait_for_load_state()
    assert page.evaluate(probe)
    assert page.input_value("input[name=q]") == hostile
    assert page.locator("main script, main img").count() == 0

    page.goto(base + "/dong-thoi-gian?unit=Yên Thắng")
    assert page.evaluate(probe)
    assert "<script>" in page.inner_text("table.records")

    page.goto(f"{base}/luu-tru/{data.ids['vu_ban']}")
    assert page.evaluate(probe)
    assert page.locator("script, iframe, form, base").count() == 0
    assert "Huyện Vụ Bản đón nhận Cờ thi đua" in page.inner_text("h1")
    _shot(page, data, "archive.png")
    assert page.dialogs == []

"""The README's main job, end to end: serve the sample site, crawl, extract, index, search."""

import contextlib
import io

from rich.console import Console

from sample_site import SampleSite
from thidua.demo import EXAMPLE_SEARCHES, run_demo


@contextlib.contextmanager
def counting_progress(label):
    yield lambda n, total: None


def test_demo_finds_the_expected_sample_articles(tmp_path):
    quiet = Console(file=io.StringIO())
    results = run_demo(tmp_path, console=quiet, out=quiet, crawl_progress=counting_progress)

    site = SampleSite()
    articles = site.articles
    relevant_titles = {a["title"] for a in articles if a["expect"]["relevant"]}

    # every example search returns sample articles about thi đua – khen thưởng first
    for text in EXAMPLE_SEARCHES:
        hits = results[text].hits
        assert hits, text
        assert hits[0].title in relevant_titles, (text, hits[0].title)

    # "vu ban co thi dua" puts an article about Vụ Bản receiving the flag on top
    top = results["vu ban co thi dua"].hits[0]
    assert "Vụ Bản" in top.title and "Cờ thi đua" in top.title

    # the timeline agrees with the hand annotations of the sample site
    expected_years = sorted(
        {
            a["expect"]["event_date"][:4]
            for a in articles
            for award in a["expect"].get("awards", [])
            if "Vụ Bản" in award["recipient"] and award["form"].lower().startswith("cờ thi đua")
        }
    )
    got_years = [str(year) for year, _ in results["timeline"].per_year]
    assert got_years == expected_years


def test_archive_commands_work_on_the_demo_archive(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from thidua.cli import app

    monkeypatch.delenv("THIDUA_ES_URL", raising=False)
    quiet = Console(file=io.StringIO())
    results = run_demo(tmp_path, console=quiet, out=quiet, crawl_progress=counting_progress)
    hit = results["vu ban co thi dua"].hits[0]
    runner = CliRunner()

    shown = runner.invoke(app, ["archive", "show", hit.url, "--data-dir", str(tmp_path)])
    assert shown.exit_code == 0, shown.output
    assert "<html" in shown.stdout and hit.title in shown.stdout

    reparsed = runner.invoke(app, ["archive", "reparse", "--site", "baonamdinh", "--data-dir", str(tmp_path)])
    assert reparsed.exit_code == 0, reparsed.output
    assert "unchanged" in reparsed.output and "new" not in reparsed.output.split("reparsed:")[1].split("\n")[0]


def test_running_the_demo_again_adds_nothing(tmp_path):
    from thidua import config

    quiet = Console(file=io.StringIO())
    run_demo(tmp_path, console=quiet, out=quiet, crawl_progress=counting_progress)
    with config.open_store(tmp_path) as store:
        first = store.count()
    run_demo(tmp_path, console=quiet, out=quiet, crawl_progress=counting_progress)
    with config.open_store(tmp_path) as store:
        assert store.count() == first == len(SampleSite().articles)

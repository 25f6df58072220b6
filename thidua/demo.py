"""`thidua demo`: the main job end to end on the bundled sample newspaper.

Serves the sample site on a free local port, crawls it with its site profile,
extracts facts, indexes into the embedded SQLite backend and runs example
searches and a timeline — what a newcomer runs first.
"""

from __future__ import annotations

from pathlib import Path

from index.backend import SearchQuery, TimelineQuery
from thidua import config, jobs

EXAMPLE_SEARCHES = (
    "vu ban co thi dua",
    "Huân chương Lao động",
    "ký kết giao ước thi đua",
)
EXAMPLE_TIMELINE = TimelineQuery(unit="Vụ Bản", form="Cờ thi đua")
# The sample site serves one section per profiled newspaper layout.
SAMPLE_PROFILES = ("baonamdinh", "baoninhbinh", "baothaibinh", "nhandan")
# A fixed port keeps the sample articles' URLs the same from one demo run to the next,
# so running the demo again adds nothing to the store.
DEMO_PORT = 8765


def run_demo(data_dir: Path, console, out, crawl_progress) -> dict:
    """Run the whole pipeline; returns the example results (tests read them)."""
    from crawler.run import crawl
    from sample_site import SampleSite

    results: dict = {}
    site = SampleSite()
    try:
        serving = site.serve(host="127.0.0.1", port=DEMO_PORT)
    except OSError:
        console.print(f"port {DEMO_PORT} is busy: serving on a free port (URLs will differ from earlier runs)")
        serving = site.serve(host="127.0.0.1", port=0)
    with serving as server:
        console.print(f"sample newspaper served at {server.url}")
        for profile in SAMPLE_PROFILES:
            with crawl_progress(f"crawling {profile}") as advance:
                summary = crawl(
                    site=profile,
                    data_dir=data_dir,
                    start_url=server.url + "/",
                    on_item=lambda kind, url: advance(1, None),
                )
            console.print(
                f"crawl {profile}: {summary.pages_fetched} pages fetched, {summary.articles_new} new articles, "
                f"{summary.errors} errors"
            )
        console.print(f"raw pages archived in {data_dir / 'warc'}")
    with config.open_store(data_dir) as store:
        with crawl_progress("extracting") as advance:
            extracted = jobs.extract_stored(store, progress=advance)
        console.print(f"extraction: {extracted.extracted} articles, {extracted.relevant} about thi đua – khen thưởng")
        backend = config.open_backend(data_dir)
        try:
            with crawl_progress("indexing") as advance:
                indexed = jobs.index_all(store, backend, progress=advance)
            console.print(f"index: {indexed.index_count} documents (store has {indexed.store_count})")
            for text in EXAMPLE_SEARCHES:
                result = backend.search(SearchQuery.build(text, size=3, facets=False))
                results[text] = result
                out.print(f"\n[bold]search[/] {text!r}: {result.total} results")
                for hit in result.hits:
                    when = hit.published.strftime("%d/%m/%Y") if hit.published else "?"
                    out.print(f"  • {hit.title} ({when}) {hit.url}")
            timeline = backend.timeline(EXAMPLE_TIMELINE)
            results["timeline"] = timeline
            out.print("\n[bold]timeline[/] Cờ thi đua to Vụ Bản: " + ", ".join(f"{y}: {c}" for y, c in timeline.per_year))
        finally:
            backend.close()
    out.print(f"\nNext: thidua search \"...\" --data-dir {data_dir}   or   thidua serve --data-dir {data_dir}")
    return results

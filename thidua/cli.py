"""The ``thidua`` command: a thin shell over :mod:`thidua.jobs` and the stage packages."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from thidua import config, jobs
from thidua.errors import ThiduaError

app = typer.Typer(
    help="thidua — archive and search Vietnamese news about thi đua – khen thưởng.\n\n"
    "Start with `thidua demo`, which crawls the bundled sample newspaper and searches it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
export_app = typer.Typer(help="Export data as NDJSON or CSV.", no_args_is_help=True)
archive_app = typer.Typer(help="Read the WARC archive.", no_args_is_help=True)
app.add_typer(export_app, name="export")
app.add_typer(archive_app, name="archive")

console = Console(stderr=True)
out = Console(soft_wrap=True)

DataDir = typer.Option(None, "--data-dir", help="Data directory (default ./thidua-data or $THIDUA_DATA_DIR).")
EsUrl = typer.Option(None, "--es", help="Elasticsearch URL (default $THIDUA_ES_URL; none = embedded SQLite).")


def _fail(message: str, code: int = 1) -> None:
    console.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    """Turn our errors into a readable message and a non-zero exit."""
    try:
        yield
    except ThiduaError as exc:
        _fail(str(exc))


@contextlib.contextmanager
def _progress(label: str) -> Iterator[jobs.Progress]:
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(label, total=None, rate="")

        def advance(n: int, total: Optional[int]) -> None:
            bar.update(task, advance=n, total=total)
            speed = bar.tasks[task].speed
            bar.update(task, rate=f"{speed:.1f}/s" if speed else "")

        yield advance


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details.")) -> None:
    _setup_logging(verbose)


# -- crawl / extract / index ---------------------------------------------------


@app.command()
def crawl(
    site: Optional[str] = typer.Option(None, "--site", help="Site profile name (see crawler/profiles)."),
    url: Optional[str] = typer.Option(
        None, "--url", help="Start URL or sitemap: with --site, where that profile starts; alone, generic mode."
    ),
    max_pages: Optional[int] = typer.Option(None, "--max-pages", help="Stop after this many fetched pages."),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Extract facts from new articles."),
    index: bool = typer.Option(True, "--index/--no-index", help="Index the store after crawling."),
    data_dir: Optional[Path] = DataDir,
    es: Optional[str] = EsUrl,
) -> None:
    """Crawl a news site into the WARC archive and the store, then extract and index.

    Examples:

      thidua crawl --site baonamdinh --url http://127.0.0.1:8000/

      thidua crawl --url https://example-news.vn/sitemap.xml --max-pages 500
    """
    from crawler.run import crawl as run_crawl

    directory = config.data_dir(data_dir)
    if not site and not url:
        _fail("give --site PROFILE or --url URL")
    with _errors():
        with _progress("crawling") as advance:
            summary = run_crawl(
                site=site,
                data_dir=directory,
                start_url=url,
                max_pages=max_pages,
                on_item=lambda kind, _url: advance(1, None),
            )
        console.print(
            f"fetched {summary.pages_fetched} pages: {summary.articles_new} new, "
            f"{summary.articles_changed} changed, {summary.articles_unchanged} unchanged articles, "
            f"{summary.errors} errors"
        )
        if extract:
            _run_extract(directory, everything=False)
        if index:
            _run_index(directory, config.es_url(es))


def _run_extract(directory: Path, everything: bool) -> jobs.ExtractSummary:
    with config.open_store(directory) as store, _progress("extracting") as advance:
        summary = jobs.extract_stored(store, everything=everything, progress=advance)
    console.print(f"extracted {summary.extracted} articles ({summary.relevant} relevant), {summary.failed} failed")
    for err in summary.errors[:10]:
        console.print(f"  [red]{escape(err)}[/]")
    return summary


def _run_index(directory: Path, es: Optional[str], rebuild: bool = False) -> jobs.IndexSummary:
    backend = config.open_backend(directory, es)
    try:
        jobs.check_backend(backend)
        with config.open_store(directory) as store, _progress("reindexing" if rebuild else "indexing") as advance:
            run = jobs.reindex if rebuild else jobs.index_all
            summary = run(store, backend, progress=advance)
    finally:
        backend.close()
    state = "[green]consistent[/]" if summary.consistent else "[red]MISMATCH[/]"
    console.print(
        f"indexed {summary.indexed} documents into {backend.name}, {summary.failed} failed; "
        f"store {summary.store_count} / index {summary.index_count}: {state}"
    )
    for err in summary.errors[:10]:
        console.print(f"  [red]{escape(err)}[/]")
    if summary.failed:
        raise typer.Exit(1)
    return summary


@app.command()
def extract(
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="Read JSON Lines {id, text, published?}; write results to stdout."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Use a baseline extractor instead (underthesea)."),
    everything: bool = typer.Option(False, "--all", help="Re-extract every stored article, not only new, changed or extracted by older rules."),
    data_dir: Optional[Path] = DataDir,
    es: Optional[str] = EsUrl,
) -> None:
    """Extract officials, units, awards, themes and the event.

    Without --jsonl, runs over the stored articles (no re-crawl): those never extracted,
    changed since, or extracted by an older version of the rules.

    Examples:

      thidua extract --all

      thidua extract --jsonl passages.jsonl > predictions.jsonl

      thidua extract --jsonl passages.jsonl --baseline underthesea
    """
    with _errors():
        if jsonl is not None:
            from pipeline.jsonl import run_jsonl

            if not jsonl.exists():
                _fail(f"no such file: {jsonl}")
            with jsonl.open(encoding="utf-8") as stream:
                run_jsonl(stream, sys.stdout, baseline=baseline)
            return
        if baseline:
            _fail("--baseline works with --jsonl")
        _run_extract(config.data_dir(data_dir), everything)


@app.command()
def index(data_dir: Optional[Path] = DataDir, es: Optional[str] = EsUrl) -> None:
    """Index every stored article into the search backend (idempotent) and check counts.

    Examples:

      thidua index

      thidua index --es http://127.0.0.1:9201
    """
    with _errors():
        _run_index(config.data_dir(data_dir), config.es_url(es))


@app.command()
def reindex(data_dir: Optional[Path] = DataDir, es: Optional[str] = EsUrl) -> None:
    """Rebuild the search index from the store (Elasticsearch: new index, then alias swap).

    Example:

      thidua reindex --es http://127.0.0.1:9201
    """
    with _errors():
        _run_index(config.data_dir(data_dir), config.es_url(es), rebuild=True)


# -- search / timeline -----------------------------------------------------------


@app.command()
def search(
    query: str = typer.Argument("", help="Words to look for; diacritics optional (\"vu ban\" finds \"Vụ Bản\")."),
    site: list[str] = typer.Option([], "--site", help="Only this site (repeatable)."),
    event_type: list[str] = typer.Option([], "--event-type", help="Only this event type."),
    unit: list[str] = typer.Option([], "--unit", help="Only articles about this (canonical) unit."),
    official: list[str] = typer.Option([], "--official", help="Only articles naming this official."),
    award_form: list[str] = typer.Option([], "--award-form", help="Only articles with this award form."),
    relevant: Optional[bool] = typer.Option(
        None, "--relevant/--not-relevant", help="Only (or no) emulation/commendation news; default both."
    ),
    date_from: Optional[dt.datetime] = typer.Option(None, "--from", formats=["%Y-%m-%d"]),
    date_to: Optional[dt.datetime] = typer.Option(None, "--to", formats=["%Y-%m-%d"]),
    sort: str = typer.Option("relevance", "--sort", help="relevance or date"),
    page: int = typer.Option(1, "--page", min=1),
    size: int = typer.Option(10, "--size", min=1, max=100),
    as_json: bool = typer.Option(False, "--json", help="Print machine-readable results."),
    data_dir: Optional[Path] = DataDir,
    es: Optional[str] = EsUrl,
) -> None:
    """Search the archive.

    Examples:

      thidua search "vu ban co thi dua"

      thidua search "Huân chương Lao động" --sort date --json
    """
    from index.backend import SearchQuery

    filters = {
        "site": site,
        "event_type": event_type,
        "units": unit,
        "officials": official,
        "award_forms": award_form,
        "relevant": [] if relevant is None else ["true" if relevant else "false"],
    }
    with _errors():
        backend = config.open_backend(config.data_dir(data_dir), config.es_url(es))
        try:
            result = backend.search(
                SearchQuery.build(
                    query,
                    filters,
                    date_from=date_from.date() if date_from else None,
                    date_to=date_to.date() if date_to else None,
                    sort=sort,
                    page=page,
                    size=size,
                )
            )
        finally:
            backend.close()
    if as_json:
        hits = [
            {
                "id": h.id,
                "url": h.url,
                "title": h.title,
                "site": h.site,
                "published": h.published.isoformat() if h.published else None,
                "snippet": h.snippet,
                "score": h.score,
                "event_type": h.event_type,
                "relevant": h.relevant,
            }
            for h in result.hits
        ]
        out.print_json(json.dumps({"total": result.total, "hits": hits}, ensure_ascii=False))
        return
    console.print(f"{result.total} results")
    for n, h in enumerate(result.hits, start=(page - 1) * size + 1):
        when = h.published.strftime("%d/%m/%Y") if h.published else "?"
        out.print(f"[bold]{n}. {escape(h.title)}[/]  [dim]{when} · {escape(h.event_type or '')}[/]")
        out.print(f"   [blue]{escape(h.url)}[/]")
        out.print(f"   {_snippet_markup(h.snippet)}")


def _snippet_markup(snippet_html: str) -> str:
    """Our snippets are escaped HTML with <mark>; show marks in bold for the terminal."""
    import html

    parts = snippet_html.split("<mark>")
    text = escape(html.unescape(parts[0]))
    for part in parts[1:]:
        marked, _, rest = part.partition("</mark>")
        text += f"[bold yellow]{escape(html.unescape(marked))}[/]{escape(html.unescape(rest))}"
    return text


@app.command()
def timeline(
    unit: Optional[str] = typer.Option(None, "--unit", help="Recipient unit, e.g. \"Vụ Bản\"."),
    form: Optional[str] = typer.Option(None, "--form", help="Award form, e.g. \"Cờ thi đua\"."),
    conferrer: Optional[str] = typer.Option(None, "--conferrer", help="Conferring authority."),
    year_from: Optional[int] = typer.Option(None, "--from"),
    year_to: Optional[int] = typer.Option(None, "--to"),
    as_json: bool = typer.Option(False, "--json"),
    as_csv: bool = typer.Option(False, "--csv"),
    data_dir: Optional[Path] = DataDir,
    es: Optional[str] = EsUrl,
) -> None:
    """Award timeline: conferrals per year and the records behind them.

    Examples:

      thidua timeline --unit "Vụ Bản" --form "Cờ thi đua"

      thidua timeline --conferrer "UBND tỉnh" --from 2015 --to 2025 --csv > awards.csv
    """
    from index.backend import TimelineQuery

    with _errors():
        backend = config.open_backend(config.data_dir(data_dir), config.es_url(es))
        try:
            result = backend.timeline(TimelineQuery(unit, form, conferrer, year_from, year_to))
        finally:
            backend.close()
    if as_csv:
        for chunk in jobs.awards_csv(result.records):
            sys.stdout.write(chunk)
        return
    if as_json:
        data = {"per_year": [{"year": y, "count": c} for y, c in result.per_year]}
        data["records"] = [jobs.award_row(r) for r in result.records]
        out.print_json(json.dumps(data, ensure_ascii=False, default=str))
        return
    per_year = Table(title="Conferrals per year")
    per_year.add_column("year")
    per_year.add_column("count", justify="right")
    per_year.add_column("")
    peak = max((c for _, c in result.per_year), default=1)
    for year, count in result.per_year:
        per_year.add_row(str(year), str(count), "█" * max(1, round(20 * count / peak)))
    out.print(per_year)
    records = Table(title=f"{len(result.records)} records")
    for col in ("date", "form", "recipient", "conferrer", "period", "article"):
        records.add_column(col)
    for r in result.records:
        when = r.event_date or (r.published.date() if r.published else None)
        records.add_row(
            str(when or ""), escape(r.form), escape(r.recipient), escape(r.conferrer or ""), escape(r.period or ""),
            escape(r.article_title),
        )
    out.print(records)


@app.command()
def official(
    name: str = typer.Argument(..., help="The official's name, with diacritics (names compare exactly)."),
    as_json: bool = typer.Option(False, "--json"),
    data_dir: Optional[Path] = DataDir,
) -> None:
    """An official across articles: title history, events attended, awards presented.

    Example:

      thidua official "Trần Văn Đông"
    """
    from index.entities import official_profile

    with _errors(), config.open_store(config.data_dir(data_dir)) as store:
        profile = official_profile(name, store.iter_articles())
    if profile is None:
        _fail(f"no official named {name!r} in the archive")
    if as_json:
        from thidua.models import to_dict

        out.print_json(json.dumps(to_dict(profile), ensure_ascii=False, default=str))
        return
    out.print(f"[bold]{escape(profile.name)}[/] — {len(profile.appearances)} articles")
    history = Table(title="Title history")
    for col in ("from", "to", "titles", "articles"):
        history.add_column(col)
    for spell in profile.title_history:
        history.add_row(str(spell.first_seen or "?"), str(spell.last_seen or "?"), escape(", ".join(spell.titles)), str(len(spell.articles)))
    out.print(history)
    _print_appearances(profile.appearances)
    for form, recipient, when in profile.awards_presented:
        out.print(f"  presented {escape(form)} to {escape(recipient)} ({when or '?'})")


@app.command()
def unit(
    name: str = typer.Argument(..., help="Unit name, diacritics optional; old and post-2025 names both work."),
    as_json: bool = typer.Option(False, "--json"),
    data_dir: Optional[Path] = DataDir,
) -> None:
    """A unit across articles: awards by year, events, predecessors/successors (2025 reform).

    Examples:

      thidua unit "Vụ Bản"

      thidua unit "Ninh Bình" --json
    """
    from index.entities import unit_profile

    with _errors(), config.open_store(config.data_dir(data_dir)) as store:
        profile = unit_profile(name, store.iter_articles())
    if profile is None:
        _fail(f"no unit matching {name!r} in the archive")
    if as_json:
        from thidua.models import to_dict

        data = to_dict(profile)
        data["awards_by_year"] = {str(k): v for k, v in profile.awards_by_year().items()}
        out.print_json(json.dumps(data, ensure_ascii=False, default=lambda v: sorted(v) if isinstance(v, set) else str(v)))
        return
    out.print(f"[bold]{escape(profile.name)}[/] — written as: {escape(', '.join(sorted(profile.names_written)))}")
    if profile.predecessors:
        out.print(f"  predecessors: {escape(', '.join(sorted(profile.predecessors)))}")
    if profile.successors:
        out.print(f"  successors: {escape(', '.join(sorted(profile.successors)))}")
    for year, count in profile.awards_by_year().items():
        out.print(f"  {year or '?'}: {count} awards")
    _print_appearances(profile.appearances)


def _print_appearances(appearances) -> None:
    table = Table(title="Articles")
    for col in ("date", "event", "title"):
        table.add_column(col)
    for a in appearances:
        table.add_row(str(a.date or "?"), escape(a.event_type or ""), escape(a.title))
    out.print(table)


# -- exports and archive ------------------------------------------------------------


@export_app.command("articles")
def export_articles(
    output: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write (default stdout)."),
    data_dir: Optional[Path] = DataDir,
    es: Optional[str] = EsUrl,
) -> None:
    """Write every stored article with its extraction as NDJSON.

    Example:

      thidua export articles --out articles.ndjson
    """
    with _errors(), config.open_store(config.data_dir(data_dir)) as store:
        if output:
            with output.open("w", encoding="utf-8") as fh, _progress("exporting") as advance:
                n = jobs.export_articles(store, fh, progress=advance)
            console.print(f"wrote {n} articles to {output}")
        else:
            jobs.export_articles(store, sys.stdout)


@export_app.command("awards")
def export_awards(
    fmt: str = typer.Option("csv", "--format", help="csv or ndjson"),
    data_dir: Optional[Path] = DataDir,
    es: Optional[str] = EsUrl,
) -> None:
    """Write every award record as CSV or NDJSON to stdout.

    Example:

      thidua export awards --format ndjson > awards.ndjson
    """
    from index.backend import TimelineQuery

    with _errors():
        backend = config.open_backend(config.data_dir(data_dir), config.es_url(es))
        try:
            records = backend.timeline(TimelineQuery()).records
        finally:
            backend.close()
    if fmt == "csv":
        for chunk in jobs.awards_csv(records):
            sys.stdout.write(chunk)
    elif fmt == "ndjson":
        for r in records:
            sys.stdout.write(json.dumps(jobs.award_row(r), ensure_ascii=False, default=str) + "\n")
    else:
        _fail("--format is csv or ndjson")


@archive_app.command("show")
def archive_show(
    url: str = typer.Argument(..., help="Article URL (any URL it was reached under)."),
    headers: bool = typer.Option(False, "--headers", help="Print the HTTP headers too."),
    data_dir: Optional[Path] = DataDir,
) -> None:
    """Print the raw archived page of an article from the WARC archive.

    Example:

      thidua archive show http://127.0.0.1:8000/channel/5083/202303/le-ky-ket-1001
    """
    from crawler.warc import read_record

    directory = config.data_dir(data_dir)
    with _errors(), config.open_store(directory) as store:
        stored = store.get(url)
        if stored is None:
            _fail(f"not in the store: {url}")
        a = stored.article
        if not a.warc_file:
            _fail(f"no archived copy recorded for {url}")
        head, body = read_record(directory, a.warc_file, a.warc_offset)
    if headers:
        sys.stdout.write(str(head) + "\n")
    sys.stdout.buffer.write(body)


@archive_app.command("reparse")
def archive_reparse(
    site: Optional[str] = typer.Option(None, "--site", help="Profile to parse with (default: generic extraction)."),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Re-extract changed articles afterwards."),
    data_dir: Optional[Path] = DataDir,
) -> None:
    """Rebuild articles from the WARC archive alone (no network), e.g. after a selector fix.

    Example:

      thidua archive reparse --site baonamdinh && thidua index
    """
    from crawler.reparse import articles_from_archive

    directory = config.data_dir(data_dir)
    counts: dict[str, int] = {}
    with _errors(), config.open_store(directory) as store, _progress("reparsing") as advance:
        for article in articles_from_archive(directory, site):
            outcome = store.upsert_article(article)
            counts[outcome] = counts.get(outcome, 0) + 1
            advance(1, None)
    console.print("reparsed: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) if counts else "nothing archived")
    if extract:
        with _errors():
            _run_extract(directory, everything=False)


# -- web and demo ------------------------------------------------------------------


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8080, "--port"),
    data_dir: Optional[Path] = DataDir,
    es: Optional[str] = EsUrl,
) -> None:
    """Serve the web search, timelines and JSON API.

    Example:

      thidua serve --port 8080   # then open http://127.0.0.1:8080/
    """
    import uvicorn

    from web.app import create_app

    directory = config.data_dir(data_dir)
    with _errors():
        store = config.open_store(directory)
        backend = config.open_backend(directory, config.es_url(es))
        console.print(f"serving on http://{host}:{port}/")
        uvicorn.run(create_app(store, backend, directory), host=host, port=port, log_level="warning")


@app.command()
def demo(
    data_dir: Optional[Path] = DataDir,
    keep_serving: bool = typer.Option(False, "--serve", help="Keep the web app running afterwards."),
) -> None:
    """The main job end to end on the bundled sample newspaper: serve it locally, crawl,
    extract, index into the embedded backend and run example searches.

    Example:

      thidua demo --data-dir ./demo-data
    """
    from thidua.demo import run_demo

    with _errors():
        run_demo(config.data_dir(data_dir), console=console, out=out, crawl_progress=_progress)
    if keep_serving:
        serve(data_dir=data_dir, es=None)


if __name__ == "__main__":
    app()

"""Indexing throughput and search latency of both backends on generated documents.

    python benchmarks/bench_index.py [--docs 100000] [--es URL] [--skip-es] [--skip-sqlite]
                                     [--keep] [--reuse PREFIX] [--skip-plain] [--per-query] [--shards N]

``--keep`` leaves the Elasticsearch indices in place and prints their prefix;
``--reuse PREFIX`` then times the searches against them again without indexing
(for trying query changes; a mapping change needs a fresh index).

Prints, for N generated article documents (each with award records):

* docs/s indexing into Elasticsearch through ElasticBackend.index, and beside it,
  in the same run, a plain ``elasticsearch.helpers.bulk`` of the same documents
  into indices with the same template (the target: thidua >= 80% of plain);
* docs/s indexing into the SQLite backend;
* p50/p95 latency of 20 typical searches with facets (target p95 < 100 ms), and of
  award timelines, on each backend.

Figures also go to benchmarks/out/bench_index.json. Elasticsearch comes from
$THIDUA_ES_URL or --es (start one with scripts/es-node start).

Measured 2026-11-24 on the shared 2-core machine (load average ~4 from other
work), 100,000 docs / 139,602 award records, ES 7.10 single node with -Xmx1g:
ES thidua 718 docs/s vs plain helpers.bulk 606 docs/s (118%; plain runs first
and pays the warm-up); ES search p50 45 ms, p95 185 ms; ES timeline p50 568 ms,
p95 2.1 s (the large timelines return 15,000+ records); SQLite 600 docs/s,
search p50 12 ms, p95 34 ms, timeline p50 258 ms, p95 985 ms. A quieter rerun
of the ES searches alone gave p50 28 ms, p95 104 ms; the slowest query is the
quoted phrase.

Quoted phrases now go to word-pair sub-fields (es_schema, schema 3). Measured
2026-11-24 20:50 UTC, 100,000 docs, searches only (--reuse), one after another
on a quiet machine: before p50 30.7 / 23.0 ms, p95 125.6 / 70.7 ms (two runs);
with pairs, 1 shard p50 24.5 / 25.6 ms, p95 75.9 / 103.4 ms; with pairs and
--shards 2, p50 20.6 ms, p95 57.6 ms. The run-to-run spread on this shared
machine is as large as the change: in a direct A/B of the same request bodies
the phrase took a median 195 ms before, 154 ms with pairs, 98 ms with pairs
and 2 shards; other queries were unchanged by pairs and ~35% faster with 2
shards (the two cores search both shards at once).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index.backend import SearchBackend, SearchQuery, TimelineQuery  # noqa: E402
from thidua.models import AwardRecord, IndexDocument, document_id  # noqa: E402

VN = dt.timezone(dt.timedelta(hours=7))
SITES = ["baonamdinh.vn", "baothainguyen.vn", "baodanang.vn", "baohaiphong.vn", "baonghean.vn", "baothanhhoa.vn"]
UNITS = [
    "huyện Vụ Bản", "huyện Ý Yên", "thành phố Nam Định", "huyện Hải Hậu", "xã Liên Minh", "thành phố Đà Nẵng",
    "quận Hải Châu", "huyện Đại Từ", "thị xã Phổ Yên", "Sở Giáo dục và Đào tạo", "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh", "Liên đoàn Lao động tỉnh", "trường THPT Lê Quý Đôn",
    "Bệnh viện Đa khoa tỉnh", "huyện Nghĩa Hưng", "xã Tam Thanh", "phường Trần Hưng Đạo", "Cục Thuế tỉnh",
]
FORMS = [
    "Cờ thi đua của Chính phủ", "Cờ thi đua của UBND tỉnh", "Bằng khen của Thủ tướng Chính phủ",
    "Bằng khen của Chủ tịch UBND tỉnh", "Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì",
    "Chiến sĩ thi đua cấp tỉnh", "Tập thể lao động xuất sắc", "Giấy khen", "Danh hiệu Anh hùng Lao động",
]
CONFERRERS = ["Chủ tịch nước", "Thủ tướng Chính phủ", "UBND tỉnh", "Chủ tịch UBND tỉnh", "Bộ Công an"]
EVENTS = ["tổng kết", "phát động", "trao tặng", "ký kết giao ước thi đua", "hội nghị điển hình tiên tiến",
          "đại hội thi đua yêu nước", "khác"]
OFFICIALS = ["Trần Văn Hùng", "Lê Thị Đào", "Nguyễn Đức Minh", "Phạm Quang Vinh", "Hoàng Thị Lan", "Đỗ Mạnh Cường"]
MOVEMENTS = ["Cả nước chung tay vì người nghèo", "Chung sức xây dựng nông thôn mới", "Lao động sáng tạo",
             "Dân vận khéo", "Vì an ninh Tổ quốc", "Thi đua yêu nước"]
SENTENCES = [
    "Hội nghị đánh giá kết quả phong trào thi đua yêu nước năm qua và đề ra nhiệm vụ năm tới.",
    "{unit} đã hoàn thành xuất sắc các chỉ tiêu kinh tế, xã hội được giao.",
    "Đồng chí {official} phát biểu ghi nhận những nỗ lực của các tập thể và cá nhân.",
    "Phong trào \"{movement}\" được triển khai sâu rộng tới từng thôn, tổ dân phố.",
    "Nhiều mô hình hay, cách làm sáng tạo được nhân rộng trong toàn {unit}.",
    "Dịp này, {unit} vinh dự được nhận {form}.",
    "Công tác khen thưởng bảo đảm công khai, dân chủ, kịp thời và đúng người, đúng việc.",
    "Các điển hình tiên tiến được biểu dương là tấm gương sáng để học tập và làm theo.",
    "Lễ ký kết giao ước thi đua thể hiện quyết tâm của các đơn vị trong cụm thi đua.",
    "Năm nay, tỉnh tiếp tục đẩy mạnh chuyển đổi số trong công tác thi đua, khen thưởng.",
    "Tổng kết năm, {unit} có nhiều tập thể đạt danh hiệu Tập thể lao động xuất sắc.",
    "Đại hội đã bầu chọn đoàn đại biểu dự đại hội thi đua yêu nước cấp trên.",
]


def generate(n: int, seed: int = 7) -> list[IndexDocument]:
    """n article documents of ~2-3 KB with 0-3 award records each, reproducible from the seed."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        unit = rng.choice(UNITS)
        site = rng.choice(SITES)
        published = dt.datetime(2015, 1, 1, 8, tzinfo=VN) + dt.timedelta(hours=rng.randrange(11 * 365 * 24))
        fill = dict(unit=unit, official=rng.choice(OFFICIALS), movement=rng.choice(MOVEMENTS), form=rng.choice(FORMS))
        body = " ".join(rng.choice(SENTENCES).format(**fill) for _ in range(rng.randint(18, 30)))
        url = f"https://{site}/tin-{i}.html"
        doc_id = document_id(url)
        awards = []
        for k in range(rng.choice((0, 1, 1, 2, 3))):
            form = rng.choice(FORMS)
            recipient = rng.choice(UNITS)
            awards.append(
                AwardRecord(
                    id=hashlib.sha1(f"{doc_id}:{k}".encode()).hexdigest(),
                    article_id=doc_id,
                    article_url=url,
                    article_title="",
                    site=site,
                    form=form,
                    form_canonical=form,
                    recipient=recipient,
                    conferrer=rng.choice(CONFERRERS),
                    event_type="trao tặng",
                    event_date=published.date(),
                    published=published,
                )
            )
        event = rng.choice(EVENTS)
        docs.append(
            IndexDocument(
                id=doc_id,
                url=url,
                site=site,
                title=f"{unit.capitalize()} {event} phong trào thi đua năm {published.year}",
                lead=f"Ngày {published:%d/%m}, {unit} tổ chức {event} công tác thi đua, khen thưởng.",
                body=body,
                published=published,
                relevant=rng.random() < 0.8,
                relevance_score=round(rng.random(), 3),
                event_type=event,
                event_date=published.date(),
                units=(unit,),
                officials=(fill["official"],),
                award_forms=tuple(sorted({a.form for a in awards})),
                conferrers=tuple(sorted({a.conferrer for a in awards if a.conferrer})),
                themes=(fill["movement"],),
                awards=tuple(awards),
            )
        )
    return docs


QUERIES = [
    SearchQuery.build("vụ bản"),
    SearchQuery.build("vu ban"),
    SearchQuery.build("cờ thi đua"),
    SearchQuery.build("huân chương lao động"),
    SearchQuery.build('"thi đua yêu nước"'),
    SearchQuery.build("tổng kết"),
    SearchQuery.build("bằng khen thủ tướng"),
    SearchQuery.build("nông thôn mới"),
    SearchQuery.build("khen thưởng"),
    SearchQuery.build("thi đua"),
    SearchQuery.build("Đà Nẵng"),
    SearchQuery.build("da nang hai chau"),
    SearchQuery.build("chiến sĩ thi đua"),
    SearchQuery.build("giao ước thi đua", {"site": ["baonamdinh.vn"]}),
    SearchQuery.build("", {"event_type": ["trao tặng"]}),
    SearchQuery.build("phát động", sort="date"),
    SearchQuery.build("điển hình tiên tiến", date_from=dt.date(2020, 1, 1), date_to=dt.date(2021, 12, 31)),
    SearchQuery.build("", {"units": ["huyện Vụ Bản"]}, date_from=dt.date(2023, 1, 1)),
    SearchQuery.build("lao động sáng tạo", page=3),
    SearchQuery.build("trao tặng", {"relevant": ["true"], "award_forms": ["Cờ thi đua của Chính phủ"]}),
]

TIMELINES = [
    TimelineQuery(unit="Vụ Bản"),
    TimelineQuery(unit="vu ban", form="co thi dua"),
    TimelineQuery(form="Huân chương Lao động", year_from=2020),
    TimelineQuery(unit="Đà Nẵng", conferrer="Thủ tướng"),
]


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def latencies(call, items, rounds: int) -> dict:
    for item in items:  # warm caches once; measure the steady state an operator sees
        call(item)
    times = []
    per_item: list[list[float]] = [[] for _ in items]
    for _ in range(rounds):
        for k, item in enumerate(items):
            start = time.perf_counter()
            call(item)
            elapsed = (time.perf_counter() - start) * 1000
            times.append(elapsed)
            per_item[k].append(elapsed)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
        "max_ms": round(times[-1], 1),
        "runs": len(times),
        "median_ms_per_item": [round(statistics.median(t), 1) for t in per_item],
    }


def print_per_query(label: str, figures: dict) -> None:
    for query, ms in zip(QUERIES, figures["search"]["median_ms_per_item"]):
        print(f"  {label} {ms:7.1f} ms  {query.text!r} {dict(query.filters) or ''}")


def bench_queries(backend: SearchBackend, rounds: int) -> dict:
    return {
        "search": latencies(backend.search, QUERIES, rounds),
        "timeline": latencies(backend.timeline, TIMELINES, rounds),
    }


def bench_es_reused(url: str, prefix: str, rounds: int) -> dict:
    from index.elastic import ElasticBackend

    ours = ElasticBackend(url, index_prefix=prefix)
    return {"reused": prefix, "count": ours.count(), **bench_queries(ours, rounds)}


def bench_es(url: str, docs: list[IndexDocument], rounds: int, keep: bool, skip_plain: bool, shards: int) -> dict:
    from elasticsearch import helpers

    from index.elastic import ElasticBackend, article_source, award_source

    stamp = time.strftime("%Y%m%d%H%M%S")
    plain = ElasticBackend(url, index_prefix=f"bench-plain-{stamp}", shards=shards)
    ours = ElasticBackend(url, index_prefix=f"bench-thidua-{stamp}", shards=shards)
    out: dict = {}
    try:
        plain_seconds = None
        if not skip_plain:
            plain._ensure()  # same template, mappings and analyzers as thidua's indices

            def plain_actions():
                for d in docs:
                    yield {"_index": plain.articles, "_id": d.id, "_source": article_source(d)}
                    for a in d.awards:
                        yield {"_index": plain.awards, "_id": a.id, "_source": award_source(a)}

            start = time.perf_counter()
            helpers.bulk(plain.client, plain_actions(), chunk_size=500, request_timeout=120)
            plain.client.indices.refresh(index=[plain.articles, plain.awards])
            plain_seconds = time.perf_counter() - start
            out["plain_bulk_docs_per_s"] = round(rate(len(docs), plain_seconds))
            plain.drop()

        start = time.perf_counter()
        report = ours.index(docs)
        ours_seconds = time.perf_counter() - start
        assert report.failed == 0, report.errors[:5]
        assert ours.count() == len(docs)
        out["thidua_docs_per_s"] = round(rate(len(docs), ours_seconds))
        if plain_seconds is not None:
            out["thidua_vs_plain"] = round(plain_seconds / ours_seconds, 2)
        out.update(bench_queries(ours, rounds))
    finally:
        if not keep:
            plain.drop()
            ours.drop()
        else:
            print(f"kept Elasticsearch indices under prefix {ours.prefix} (reuse with --reuse {ours.prefix})")
    return out


def bench_sqlite(docs: list[IndexDocument], rounds: int) -> dict:
    from index.sqlite_backend import SqliteBackend

    with tempfile.TemporaryDirectory(prefix="bench-sqlite-") as tmp:
        backend = SqliteBackend(Path(tmp) / "search.sqlite")
        start = time.perf_counter()
        report = backend.index(docs)
        seconds = time.perf_counter() - start
        assert report.failed == 0, report.errors[:5]
        out = {"docs_per_s": round(rate(len(docs), seconds))}
        out.update(bench_queries(backend, rounds))
        backend.close()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="times each query is timed")
    parser.add_argument("--es", default=os.environ.get("THIDUA_ES_URL"))
    parser.add_argument("--skip-es", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the Elasticsearch indices afterwards")
    parser.add_argument("--reuse", metavar="PREFIX", help="time searches on indices kept by --keep; no indexing")
    parser.add_argument("--shards", type=int, default=1, help="primary shards of the Elasticsearch indices")
    parser.add_argument("--skip-plain", action="store_true", help="skip the plain helpers.bulk comparison")
    parser.add_argument("--per-query", action="store_true", help="print each search's median latency")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    docs = generate(args.docs)
    awards = sum(len(d.awards) for d in docs)
    size = sum(len(d.title) + len(d.lead) + len(d.body) for d in docs) / len(docs)
    print(f"generated {len(docs)} documents ({awards} award records, {size / 1000:.1f} K chars of text each) "
          f"in {time.perf_counter() - start:.1f} s", flush=True)

    results: dict = {"docs": len(docs), "award_records": awards}
    if not args.skip_es:
        if not args.es:
            parser.error("no Elasticsearch: pass --es or set THIDUA_ES_URL (scripts/es-node start), or --skip-es")
        if args.reuse:
            results["elasticsearch"] = es = bench_es_reused(args.es, args.reuse, args.rounds)
            print(f"Elasticsearch: reused {es['count']} indexed documents under {args.reuse}")
        else:
            results["elasticsearch"] = es = bench_es(args.es, docs, args.rounds, args.keep, args.skip_plain, args.shards)
            if "thidua_vs_plain" in es:
                print(f"Elasticsearch indexing: thidua {es['thidua_docs_per_s']} docs/s, plain helpers.bulk "
                      f"{es['plain_bulk_docs_per_s']} docs/s -> thidua at {es['thidua_vs_plain']:.0%} of plain "
                      "(target >= 80%)")
            else:
                print(f"Elasticsearch indexing: thidua {es['thidua_docs_per_s']} docs/s (plain bulk skipped)")
        print(f"Elasticsearch search   p50 {es['search']['p50_ms']} ms  p95 {es['search']['p95_ms']} ms  (target p95 < 100 ms)")
        print(f"Elasticsearch timeline p50 {es['timeline']['p50_ms']} ms  p95 {es['timeline']['p95_ms']} ms", flush=True)
        if args.per_query:
            print_per_query("es", es)
    if not args.skip_sqlite:
        results["sqlite"] = lite = bench_sqlite(docs, args.rounds)
        print(f"SQLite indexing: {lite['docs_per_s']} docs/s")
        print(f"SQLite search   p50 {lite['search']['p50_ms']} ms  p95 {lite['search']['p95_ms']} ms  (target p95 < 100 ms)")
        print(f"SQLite timeline p50 {lite['timeline']['p50_ms']} ms  p95 {lite['timeline']['p95_ms']} ms")
        if args.per_query:
            print_per_query("sqlite", lite)
    out = Path(__file__).parent / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_index.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

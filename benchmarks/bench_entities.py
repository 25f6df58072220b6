"""Entity lists and profiles on a large store: the mentions table against a pass over every article.

    python benchmarks/bench_entities.py [--docs 100000] [--dir /tmp/thidua-bench-entities] [--reuse]

Fills a Store with N generated articles and extractions (officials and units drawn from small
pools, so popular entities appear in thousands of articles), then times, in the same run:

* the officials list and units list (``Store.entity_counts``) against counting the same over
  ``Store.iter_articles()`` (what the web app did before the mentions table);
* one official's and one unit's profile fed by ``Store.articles_naming_*`` against the same
  profile function fed by every article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import time
from pathlib import Path

from index.entities import official_profile, unit_profile
from index.store import Store
from thidua.models import Article, Event, Extraction, Official, Unit
from thidua.textnorm import name_key

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Quang", "Ngọc"]
GIVEN = ["Đông", "Hoa", "Sơn", "Trung", "Hà", "Lan", "Tùng", "Hùng", "Thắng", "Hải", "Yến", "Phong"]
TITLES = ["Chủ tịch UBND huyện", "Bí thư Huyện ủy", "Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Nội vụ"]
DISTRICTS = ["Vụ Bản", "Ý Yên", "Mỹ Lộc", "Nam Trực", "Trực Ninh", "Xuân Trường", "Giao Thủy", "Hải Hậu",
             "Nghĩa Hưng"]


def fill(store: Store, n: int, seed: int) -> None:
    rng = random.Random(seed)
    people = [f"{s} {m} {g}" for s in SURNAMES for m in MIDDLE for g in GIVEN]  # 960 officials
    for i in range(n):
        url = f"http://bench.test/bai-{i}.html"
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        article = Article(url=url, canonical_url=url, site="bench.test", title=f"Bài {i}",
                          body=("Nội dung thi đua khen thưởng.",),
                          published=dt.datetime.combine(day, dt.time(8)))
        store.upsert_article(article)
        officials = tuple(Official(p, (rng.choice(TITLES),)) for p in rng.sample(people[: 40 + i % 900], 3))
        units = tuple(Unit(f"huyện {d}", canonical=f"Huyện {d}, Tỉnh Nam Định", kind="huyện",
                           successor="Tỉnh Ninh Bình") for d in rng.sample(DISTRICTS, 2))
        store.save_extraction(url, Extraction(relevant=True, event=Event(type="trao tặng", date=day),
                                              officials=officials, units=units))


def _time(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    value = fn()
    return (time.perf_counter() - t0) * 1000, value


def count_by_scan(store: Store) -> int:
    """The officials list the old way: every article read and decoded."""
    seen: dict[str, int] = {}
    for stored in store.iter_articles():
        for o in stored.extraction.officials if stored.extraction else ():
            seen[name_key(o.name)] = seen.get(name_key(o.name), 0) + 1
    return len(seen)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/thidua-bench-entities"))
    ap.add_argument("--reuse", action="store_true", help="keep a store of the same size from an earlier run")
    args = ap.parse_args()
    path = args.dir / "store.sqlite"
    if not args.reuse:
        shutil.rmtree(args.dir, ignore_errors=True)
    store = Store(path)
    if store.count() != args.docs:
        t0 = time.perf_counter()
        fill(store, args.docs, args.seed)
        print(f"filled {args.docs} articles in {time.perf_counter() - t0:.0f} s")
    official, unit = "Nguyễn Văn Đông", "Vụ Bản"
    rows = [
        ("officials list", lambda: len(store.entity_counts("official")), lambda: count_by_scan(store)),
        ("units list", lambda: len(store.entity_counts("unit")), None),
        ("official profile", lambda: len(official_profile(official, store.articles_naming_official(official)).appearances),
         lambda: len(official_profile(official, store.iter_articles()).appearances)),
        ("unit profile", lambda: len(unit_profile(unit, store.articles_naming_unit(unit)).appearances),
         lambda: len(unit_profile(unit, store.iter_articles()).appearances)),
    ]
    print(f"{'question':18} {'answer':>8} {'mentions ms':>12} {'full scan ms':>13} {'ratio':>7}")
    for label, fast, scan in rows:
        ms, answer = _time(fast)
        if scan is None:
            print(f"{label:18} {answer:>8} {ms:12.0f} {'-':>13} {'-':>7}")
            continue
        scan_ms, scan_answer = _time(scan)
        assert scan_answer == answer, (label, answer, scan_answer)
        print(f"{label:18} {answer:>8} {ms:12.0f} {scan_ms:13.0f} {scan_ms / ms:6.1f}x")
    store.close()


if __name__ == "__main__":
    main()

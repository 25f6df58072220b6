"""Build the sample newspaper at benchmark scale and measure how fast it serves.

    python benchmarks/gen_big_site.py --scale 20000 --fetch 2000 --workers 8

Prints: load time, number of articles and listing pages, and the request rate
for fetching a random sample of article and listing pages over HTTP. Figures
only — nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from sample_site import SampleSite
from sample_site.layouts import LAYOUTS


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=20000)
    parser.add_argument("--fetch", type=int, default=2000, help="pages to fetch over HTTP")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    started = time.perf_counter()
    site = SampleSite(scale=args.scale)
    loaded = time.perf_counter() - started
    listings = []
    for section in site.catalog.sections.values():
        pages = -(-len(site.catalog.in_section(section.key)) // 8)
        listings += [LAYOUTS[section.layout].listing_path(section, n) for n in range(1, pages + 1)]
    print(f"articles: {len(site.articles)}  listing pages: {len(listings)}  load: {loaded:.2f}s")

    rng = random.Random(args.seed)
    paths = [site.path_of(a) for a in rng.sample(site.articles, min(args.fetch, len(site.articles)))]
    paths += rng.sample(listings, min(len(listings), max(1, args.fetch // 10)))
    with site.serve() as server:
        def get(path: str) -> int:
            with urllib.request.urlopen(server.url + path, timeout=30) as response:
                return len(response.read())

        started = time.perf_counter()
        with ThreadPoolExecutor(args.workers) as pool:
            sizes = list(pool.map(get, paths))
        elapsed = time.perf_counter() - started
        started = time.perf_counter()
        sitemap = get("/sitemap.xml")
        sitemap_time = time.perf_counter() - started
    print(f"fetched {len(sizes)} pages ({sum(sizes) / 1e6:.1f} MB) in {elapsed:.2f}s: {len(sizes) / elapsed:.0f} pages/s "
          f"with {args.workers} workers")
    print(f"sitemap.xml: {sitemap / 1e6:.1f} MB in {sitemap_time:.2f}s (first request, includes rendering)")


if __name__ == "__main__":
    main()

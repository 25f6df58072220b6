"""Generic-mode article bodies beside trafilatura's defaults, on the public article-extraction benchmark.

    python benchmarks/bench_generic_extraction.py [--shared PATH] [--rounds 1] [--worst 10]

Corpus: the 181 real pages of <shared>/benchmarks/article-extraction/
(html/ID.html.gz and ground-truth.json), read at run time; <shared> defaults
to <repo>/../shared. In one run it

* runs crawler.generic.parse_generic over every page; the predicted body is
  "\\n".join(article.body) (Article.body holds the paragraphs after the lead);
  a page that raises counts as an empty body;
* runs trafilatura.extract(html) with its defaults over the same pages;
* scores both with the benchmark's own score_bodies.py (run as a subprocess on
  temporary prediction files, so the published metric is used unchanged);
* prints precision, recall, F1 and pages/s per extractor, and the ratios
  ours/trafilatura for F1 and speed.

Timing covers the extractor calls only (pages are decompressed beforehand)
and counts CPU time of this single-threaded process, so the rates are per core
and hold up when other jobs share the machine; best of --rounds passes. Figures and per-page scores go to
benchmarks/out/bench_generic_extraction.json; --worst N lists the pages where
we trail trafilatura most.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.generic import parse_generic  # noqa: E402


def load_pages(bench: Path) -> tuple[dict, dict[str, str]]:
    """Ground truth and the decompressed HTML of every page it judges, by page id."""
    gold = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    html = {}
    for page_id in sorted(gold):
        with gzip.open(bench / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
            html[page_id] = f.read()
    return gold, html


def run_ours(gold: dict, html: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Body and the error (if any) of parse_generic per page."""
    body, errors = {}, {}
    for page_id, page in html.items():
        try:
            article = parse_generic(gold[page_id].get("url", ""), page)
        except Exception as exc:  # any raise is an empty body, as the benchmark counts a miss
            body[page_id] = ""
            errors[page_id] = f"{type(exc).__name__}: {exc}"[:200]
            continue
        body[page_id] = "\n".join(article.body)
    return body, errors


def run_trafilatura(html: dict[str, str]) -> dict[str, str]:
    import trafilatura

    return {page_id: trafilatura.extract(page) or "" for page_id, page in html.items()}


def timed(fn, rounds: int):
    """(result of the last pass, least CPU seconds over `rounds` passes)."""
    best, result = float("inf"), None
    for _ in range(rounds):
        t0 = time.process_time()
        result = fn()
        best = min(best, time.process_time() - t0)
    return result, best


def score(scorer: Path, gold_path: Path, bodies: dict[str, str]) -> dict:
    """The published metric over one prediction set, by the benchmark's own script."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.json"
        pred.write_text(json.dumps({k: {"articleBody": v} for k, v in bodies.items()}), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, str(scorer), str(pred), "--gold", str(gold_path), "--json"],
            check=True, capture_output=True, text=True,
        )
    return json.loads(out.stdout)


def per_page_f1(scorer: Path, gold: dict, bodies: dict[str, str]) -> dict[str, float]:
    """F1 of each page under the same shingle counts (for finding the worst pages, not for the totals)."""
    spec = importlib.util.spec_from_file_location("score_bodies", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = {}
    for page_id, truth in gold.items():
        tp, fp, fn = module.page_counts(truth.get("articleBody", ""), bodies.get(page_id, ""))
        out[page_id] = round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared reference folder")
    ap.add_argument("--rounds", type=int, default=1, help="timed passes per extractor; the best counts")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages where we trail trafilatura most")
    args = ap.parse_args()
    bench = args.shared / "benchmarks" / "article-extraction"
    scorer, gold_path = bench / "score_bodies.py", bench / "ground-truth.json"
    gold, html = load_pages(bench)
    n = len(html)

    # Warm both up (imports, trafilatura's and htmldate's lazy set-up) outside the timed passes.
    first = next(iter(html))
    run_ours({first: gold[first]}, {first: html[first]})
    run_trafilatura({first: html[first]})

    (ours, errors), ours_s = timed(lambda: run_ours(gold, html), args.rounds)
    theirs, theirs_s = timed(lambda: run_trafilatura(html), args.rounds)

    import trafilatura

    rows = [
        ("thidua parse_generic", score(scorer, gold_path, ours), n / ours_s),
        (f"trafilatura {trafilatura.__version__}", score(scorer, gold_path, theirs), n / theirs_s),
    ]
    f1_ratio = rows[0][1]["f1"] / rows[1][1]["f1"]
    speed_ratio = theirs_s / ours_s  # pages/s ours over pages/s theirs

    print(f"corpus: {n} pages of {bench}, pages/s per core (CPU time), best of {args.rounds} pass(es)")
    print(f"{'extractor':24} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8}")
    for name, s, rate in rows:
        print(f"{name:24} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {rate:8.1f}")
    print(f"ratio ours/trafilatura   F1 {f1_ratio:.3f}   speed {speed_ratio:.2f}")
    print(f"pages where parse_generic raised (empty body): {len(errors)}")

    ours_f1 = per_page_f1(scorer, gold, ours)
    theirs_f1 = per_page_f1(scorer, gold, theirs)
    if args.worst:
        print(f"\nworst {args.worst} pages (our F1 - trafilatura F1):")
        gaps = sorted(gold, key=lambda k: ours_f1[k] - theirs_f1[k])[: args.worst]
        for page_id in gaps:
            note = errors.get(page_id, f"{len(ours[page_id])} vs {len(theirs[page_id])} chars")
            print(f"  {page_id[:12]}  ours {ours_f1[page_id]:.3f}  traf {theirs_f1[page_id]:.3f}  {note}")

    figures = {
        "pages": n,
        "rounds": args.rounds,
        "trafilatura_version": trafilatura.__version__,
        "ours": {**rows[0][1], "pages_per_s": round(n / ours_s, 1)},
        "trafilatura": {**rows[1][1], "pages_per_s": round(n / theirs_s, 1)},
        "f1_ratio": round(f1_ratio, 3),
        "speed_ratio": round(speed_ratio, 2),
        "errors": errors,
        "per_page_f1": {k: {"ours": ours_f1[k], "trafilatura": theirs_f1[k]} for k in sorted(gold)},
    }
    out = REPO / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_generic_extraction.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

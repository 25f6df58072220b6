"""A second quality gate: extraction over the sample newspaper's articles, scored against
the hand annotations that ship with them (written apart from the extraction rules, so
this checks that the rules generalise beyond the dev passages).

Uses the shared scorer (`<repo>/../shared/eval/score.py`), read at run time.
"""

import importlib.util
import io
import json
from pathlib import Path

import pytest

from pipeline.jsonl import run_jsonl
from sample_site import SampleSite

SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"

# Measured figures (F1 / accuracy), rounded down; raised as extraction improved.
FLOORS = {
    "officials": 0.95,
    "units": 0.92,
    "awards": 0.97,
    "themes": 0.97,
    "event_type": 0.97,
    "event_date": 0.95,
    "relevance": 0.95,
}


def _gold_record(article: dict) -> dict:
    expect = article["expect"]
    relevant = bool(expect["relevant"])
    text = "\n\n".join([article["title"], article["lead"], *article["body"]])
    published = article["published"].date().isoformat() if article.get("published") else None
    return {
        "id": str(article["id"]),
        "text": text,
        "published": published,
        "relevant": relevant,
        "event": {
            "type": expect.get("event_type") if relevant else None,
            "date": expect.get("event_date") if relevant else None,
            "date_text": None,
            "location": None,
        },
        "officials": [{"name": n, "titles": []} for n in expect.get("officials", [])] if relevant else [],
        "units": list(expect.get("units", [])) if relevant else [],
        "awards": [
            {"form": a["form"], "recipient": a["recipient"], "conferrer": None, "recipient_kind": None, "period": None}
            for a in expect.get("awards", [])
        ]
        if relevant
        else [],
        "themes": list(expect.get("themes", [])) if relevant else [],
    }


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    if not SCORER.exists():
        pytest.fail(f"shared scorer not found at {SCORER} (expected ../shared/eval beside the repo)")
    spec = importlib.util.spec_from_file_location("thidua_eval_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    gold_path = tmp_path_factory.mktemp("gold") / "sample_gold.jsonl"
    records = [_gold_record(a) for a in SampleSite().articles]
    gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    passages = io.StringIO("".join(json.dumps({k: r[k] for k in ("id", "text", "published")}, ensure_ascii=False) + "\n" for r in records))
    out = io.StringIO()
    run_jsonl(passages, out)
    pred = {str(r["id"]): r for r in map(json.loads, out.getvalue().splitlines())}
    return score.score(score.load(str(gold_path)), pred)


@pytest.mark.parametrize("field", ["officials", "units", "awards", "themes"])
def test_sample_site_f1_at_or_above_floor(figures, field):
    assert figures[field]["f1"] >= FLOORS[field], figures[field]


@pytest.mark.parametrize("field", ["event_type", "event_date", "relevance"])
def test_sample_site_accuracy_at_or_above_floor(figures, field):
    assert figures[field]["accuracy"] >= FLOORS[field], figures[field]

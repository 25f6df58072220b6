"""Quality gate: the dev set through run_jsonl, scored by the shared score.py, against pinned floors.

The dev passages and the scorer live outside the repository (`<repo>/../shared/eval`);
they are read at run time and never copied in. A missing directory fails loudly.
"""

import importlib.util
import io
import json
from pathlib import Path

import pytest

from pipeline.jsonl import run_jsonl

REPO = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO.parent / "shared" / "eval"
FLOORS = json.loads((Path(__file__).with_name("eval_floors.json")).read_text(encoding="utf-8"))


def _scorer():
    path = EVAL_DIR / "score.py"
    if not path.exists():
        pytest.fail(f"evaluation kit not found at {EVAL_DIR} (expected ../shared/eval beside the repo)")
    spec = importlib.util.spec_from_file_location("thidua_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures():
    score = _scorer()
    gold_path = EVAL_DIR / "dev.jsonl"
    out = io.StringIO()
    with open(gold_path, encoding="utf-8") as fh:
        n = run_jsonl(fh, out)
    pred = {str(r["id"]): r for r in map(json.loads, out.getvalue().splitlines())}
    gold = score.load(str(gold_path))
    assert n == len(gold)
    return score.score(gold, pred)


@pytest.mark.parametrize("field", ["officials", "official_titles", "units", "awards", "awards_full", "themes"])
def test_entity_f1_at_or_above_floor(figures, field):
    assert figures[field]["f1"] >= FLOORS[f"{field}_f1"], figures[field]


@pytest.mark.parametrize("field", ["event_type", "event_date", "relevance"])
def test_accuracy_at_or_above_floor(figures, field):
    assert figures[field]["accuracy"] >= FLOORS[f"{field}_accuracy"], figures[field]


def test_every_passage_has_a_prediction(figures):
    assert figures["missing_predictions"] == 0

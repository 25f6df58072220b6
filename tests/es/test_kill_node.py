"""Kill the real Elasticsearch node (SIGKILL) in the middle of `thidua index`, restart it
on the same data, run `thidua index` again: every stored article is indexed exactly once.

Runs its own node on another base port so the shared test node is never disturbed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from index.elastic import ElasticBackend
from index.store import Store
from tests.core.factories import make_article, make_extraction

REPO = Path(__file__).resolve().parents[2]
ES_NODE = REPO / "scripts" / "es-node"
PORT = os.environ.get("THIDUA_KILL_TEST_PORT", "9240")
N = 6000

pytestmark = [pytest.mark.es, pytest.mark.slow]


def es_node(*args: str) -> str:
    done = subprocess.run([str(ES_NODE), *args, "--port", PORT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def thidua_index(data_dir: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "thidua.cli", "index", "--data-dir", str(data_dir), "--es", url],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.fixture
def node():
    subprocess.run([str(ES_NODE), "kill", "--port", PORT], capture_output=True)
    subprocess.run([str(ES_NODE), "wipe", "--port", PORT], capture_output=True)
    url = es_node("start")
    yield url
    subprocess.run([str(ES_NODE), "stop", "--port", PORT], capture_output=True)
    subprocess.run([str(ES_NODE), "wipe", "--port", PORT], capture_output=True)


@pytest.fixture
def data_dir(tmp_path):
    with Store(tmp_path / "thidua.sqlite") as store:
        for i in range(N):
            article = make_article(i, title=f"Bản tin thi đua số {i}")
            store.upsert_article(article)
            if i % 2 == 0:
                store.save_extraction(article.canonical_url, make_extraction(article))
    return tmp_path


def indexed_count(url: str) -> int:
    client = Elasticsearch([url], timeout=2, max_retries=0)
    try:
        return client.count(index="thidua-articles")["count"]
    except Exception:
        return 0


def test_kill_the_node_mid_indexing_then_resume(node, data_dir):
    first = thidua_index(data_dir, node)
    deadline = time.monotonic() + 120
    while indexed_count(node) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert first.poll() is None, "indexing finished before the node could be killed; raise N"
    es_node("kill")  # SIGKILL: no clean shutdown, no flush
    killed_at = indexed_count(node)  # 0: it is gone
    time.sleep(2)
    es_node("start")
    first_output, _ = first.communicate(timeout=600)
    # Either the first run waited the outage out or it stopped with a readable error.
    assert first.returncode == 0 or "not reachable" in first_output, first_output
    assert "Traceback" not in first_output.split("WARNING")[-1]  # no unhandled crash at the end

    second = thidua_index(data_dir, node)
    second_output, _ = second.communicate(timeout=600)
    assert second.returncode == 0, second_output
    assert "consistent" in second_output

    with Store(data_dir / "thidua.sqlite") as store:
        stored = [s for s in store.iter_articles()]
    backend = ElasticBackend(node)
    ids = list(backend.iter_ids())
    assert killed_at == 0
    assert len(ids) == len(set(ids)) == backend.count() == N
    from thidua.models import document_id

    assert set(ids) == {document_id(s.article.canonical_url) for s in stored}
    assert backend.count_awards() == sum(len(s.extraction.awards) for s in stored if s.extraction)

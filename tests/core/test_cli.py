"""The CLI is a thin shell: these check wiring, output formats and exit codes."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from index.sqlite_backend import SqliteBackend
from index.store import Store
from thidua import config, jobs
from thidua.cli import app

from .factories import make_article, make_extraction

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    # the test script exports THIDUA_ES_URL; these tests are about the embedded default
    monkeypatch.delenv("THIDUA_ES_URL", raising=False)
    store = Store(tmp_path / config.STORE_FILE)
    for i in range(2):
        a = make_article(i, title=f"Huyện Vụ Bản nhận Cờ thi đua lần {i}")
        store.upsert_article(a)
        store.save_extraction(a.canonical_url, make_extraction(a))
    other = make_article(9, title="Thời tiết Đà Nẵng", lead="Nắng nóng", body=("Trời nắng.",))
    store.upsert_article(other)
    jobs.index_all(store, SqliteBackend(tmp_path / config.SEARCH_FILE))
    store.close()
    return tmp_path


def test_search_json_lists_hits_with_url_title_date_snippet(data_dir):
    result = runner.invoke(app, ["search", "vu ban", "--json", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"] == 2
    hit = data["hits"][0]
    assert {"url", "title", "published", "snippet"} <= hit.keys()
    assert hit["published"].endswith("+07:00")
    assert "<mark>" in hit["snippet"]


def test_search_filters_by_relevance(data_dir):
    result = runner.invoke(app, ["search", "", "--json", "--data-dir", str(data_dir)])
    assert json.loads(result.stdout)["total"] == 3
    result = runner.invoke(app, ["search", "", "--not-relevant", "--json", "--data-dir", str(data_dir)])
    assert json.loads(result.stdout)["total"] == 1
    result = runner.invoke(app, ["search", "", "--relevant", "--json", "--data-dir", str(data_dir)])
    assert json.loads(result.stdout)["total"] == 2


def test_timeline_csv(data_dir):
    result = runner.invoke(app, ["timeline", "--unit", "Vụ Bản", "--form", "co thi dua", "--csv", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 2 and {r["year"] for r in rows} == {"2023"}


def test_export_articles_ndjson(data_dir, tmp_path):
    out = tmp_path / "a.ndjson"
    result = runner.invoke(app, ["export", "articles", "--out", str(out), "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert {json.loads(l)["relevant"] for l in lines} == {True, None}


def test_official_and_unit_commands(data_dir):
    result = runner.invoke(app, ["official", "Trần Văn Đông", "--json", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["name"] == "Trần Văn Đông"
    result = runner.invoke(app, ["unit", "vu ban", "--json", "--data-dir", str(data_dir)])
    assert json.loads(result.stdout)["awards_by_year"] == {"2023": 2}


def test_unknown_official_exits_non_zero_with_a_message(data_dir):
    result = runner.invoke(app, ["official", "Không Có Ai", "--data-dir", str(data_dir)])
    assert result.exit_code == 1
    assert "no official" in result.output


def test_too_long_query_is_a_readable_error(data_dir):
    result = runner.invoke(app, ["search", "x" * 5000, "--data-dir", str(data_dir)])
    assert result.exit_code == 1
    assert "query too long" in result.output


def test_dead_elasticsearch_is_a_readable_error(data_dir):
    result = runner.invoke(app, ["search", "vu ban", "--es", "http://127.0.0.1:9", "--data-dir", str(data_dir)])
    assert result.exit_code == 1
    assert "error" in result.output.lower()


def test_elasticsearch_index_settings_come_from_the_environment(monkeypatch, tmp_path):
    from thidua.errors import ConfigError

    monkeypatch.setenv("THIDUA_ES_SHARDS", "2")
    monkeypatch.setenv("THIDUA_ES_REPLICAS", "1")
    backend = config.open_backend(tmp_path, "http://127.0.0.1:9")
    assert (backend.shards, backend.replicas) == (2, 1)
    monkeypatch.setenv("THIDUA_ES_SHARDS", "two")
    with pytest.raises(ConfigError):
        config.open_backend(tmp_path, "http://127.0.0.1:9")

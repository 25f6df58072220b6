"""Exports are streamed: a client can read 100,000 rows from an endless archive.

If the app built the export in memory first, the endless store below would never
let the first byte out; and the server stops pulling rows once the client hangs up.
"""

from __future__ import annotations

import dataclasses
import itertools
import socket
import threading
import time

import httpx
import pytest
import uvicorn

from index.sqlite_backend import SqliteBackend
from thidua.models import StoredArticle
from web.app import create_app

from .seed import _dien_luc, _vu_ban_2021

pytestmark = pytest.mark.slow
ROWS = 100_000


class EndlessStore:
    """Stands in for the store: the same two articles under ever new URLs, forever."""

    def __init__(self):
        self.originals = (_vu_ban_2021(), _dien_luc())

    def iter_articles(self, **_kw):
        for n in itertools.count():
            for article, extraction in self.originals:
                url = f"{article.canonical_url}?n={n}"
                yield StoredArticle(dataclasses.replace(article, url=url, canonical_url=url), extraction)


@pytest.fixture(scope="module")
def endless_server(tmp_path_factory):
    backend = SqliteBackend(tmp_path_factory.mktemp("endless") / "search.sqlite")
    app = create_app(EndlessStore(), backend, tmp_path_factory.mktemp("endless-data"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    backend.close()


def _read(url: str, limit: int) -> list[str]:
    lines = []
    with httpx.stream("GET", url, timeout=60) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            lines.append(line)
            if len(lines) > limit:
                break
    return lines


def test_csv_export_streams_100000_rows_from_an_endless_archive(endless_server):
    lines = _read(endless_server + "/api/awards.csv", ROWS)
    assert lines[0].lstrip("\ufeff").startswith("year,")
    assert len(lines) == ROWS + 1
    assert "Huân chương Lao động hạng Ba" in lines[-1] or "Bằng khen" in lines[-1]


def test_ndjson_export_streams_from_an_endless_archive(endless_server):
    lines = _read(endless_server + "/api/awards.ndjson?form=huan+chuong", 1000)
    assert len(lines) == 1001
    assert all('"Huân chương Lao động hạng Ba"' in line for line in lines)

"""Backend fixtures: every contract test runs once per backend.

The ``es`` case talks to the node at ``THIDUA_ES_URL`` (``scripts/test`` starts
one). Without that variable the es case fails with instructions instead of
skipping silently; deselect it explicitly with ``-m "not es"``.
``THIDUA_ES_REPLICAS`` / ``THIDUA_ES_SHARDS`` run the suite against a cluster
(e.g. 3 nodes with one replica).
"""

from __future__ import annotations

import itertools
import os
import uuid

import pytest

from index.sqlite_backend import SqliteBackend

from .factory import corpus

SESSION = uuid.uuid4().hex[:8]
_counter = itertools.count()

BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("es", id="es", marks=pytest.mark.es)]


def es_url() -> str:
    url = os.environ.get("THIDUA_ES_URL")
    if not url:
        pytest.fail(
            "THIDUA_ES_URL is not set: start it with scripts/es-node start and export THIDUA_ES_URL "
            '(or deselect these cases with -m "not es")',
            pytrace=False,
        )
    return url


def make_es_backend(label: str):
    from index.elastic import ElasticBackend

    return ElasticBackend(
        es_url(),
        index_prefix=f"contract-{SESSION}-{label}-{next(_counter)}",
        shards=int(os.environ.get("THIDUA_ES_SHARDS", "1")),
        replicas=int(os.environ.get("THIDUA_ES_REPLICAS", "0")),
    )


def _open(kind: str, tmp_path_factory, label: str):
    if kind == "sqlite":
        return SqliteBackend(tmp_path_factory.mktemp(label) / "search.sqlite")
    return make_es_backend(label)


def _close(backend) -> None:
    if hasattr(backend, "drop"):
        backend.drop()
    backend.close()


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path_factory):
    """A fresh, empty backend for tests that write."""
    b = _open(request.param, tmp_path_factory, "fresh")
    yield b
    _close(b)


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request, tmp_path_factory):
    """A backend holding :func:`factory.corpus`, shared by read-only tests of a module."""
    b = _open(request.param, tmp_path_factory, "corpus")
    report = b.index(corpus().values())
    assert report.failed == 0, report.errors
    yield b
    _close(b)


@pytest.fixture(scope="session")
def docs():
    return corpus()


def pytest_configure(config):
    # elasticsearch-py 7.13 calls an urllib3 method deprecated in urllib3 2.x; not ours to fix.
    config.addinivalue_line("filterwarnings", "ignore:HTTPResponse.getheaders:DeprecationWarning")

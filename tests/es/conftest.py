"""Fixtures for Elasticsearch-only tests (real node at THIDUA_ES_URL)."""

from __future__ import annotations

import itertools
import os
import uuid

import pytest

SESSION = uuid.uuid4().hex[:8]
_counter = itertools.count()


def pytest_configure(config):
    # elasticsearch-py 7.13 calls an urllib3 method deprecated in urllib3 2.x; not ours to fix.
    config.addinivalue_line("filterwarnings", "ignore:HTTPResponse.getheaders:DeprecationWarning")


@pytest.fixture(scope="session")
def es_url() -> str:
    url = os.environ.get("THIDUA_ES_URL")
    if not url:
        pytest.fail(
            "THIDUA_ES_URL is not set: start it with scripts/es-node start and export THIDUA_ES_URL "
            '(or deselect these tests with -m "not es")',
            pytrace=False,
        )
    return url


@pytest.fixture
def es(es_url):
    """A backend on a fresh index prefix, dropped afterwards."""
    from index.elastic import ElasticBackend

    backend = ElasticBackend(es_url, index_prefix=f"es-{SESSION}-{next(_counter)}", retry_seconds=10)
    yield backend
    backend.drop()
    backend.close()

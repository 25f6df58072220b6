"""The web tests run once per search backend: the embedded SQLite one and a real
Elasticsearch node (``THIDUA_ES_URL``; ``scripts/test`` starts one). As in the
contract suite, a missing node fails the es case with instructions; deselect it
explicitly with ``-m "not es"``.
"""

import os
import uuid

import pytest
from fastapi.testclient import TestClient

from web.app import create_app

from .seed import seed

BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("es", id="es", marks=pytest.mark.es)]
SESSION = uuid.uuid4().hex[:8]


def open_backend(kind: str, data_dir, label: str):
    """None means "the default SQLite backend beside the store"."""
    if kind == "sqlite":
        return None
    url = os.environ.get("THIDUA_ES_URL")
    if not url:
        pytest.fail(
            "THIDUA_ES_URL is not set: start a node with scripts/es-node start and export THIDUA_ES_URL "
            '(or deselect these cases with -m "not es")',
            pytrace=False,
        )
    from index.elastic import ElasticBackend

    return ElasticBackend(url, index_prefix=f"web-{SESSION}-{label}")


def close_seeded(data) -> None:
    if hasattr(data.backend, "drop"):
        data.backend.drop()
    data.store.close()
    data.backend.close()


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(request, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("web") / "data"
    data = seed(data_dir, backend=open_backend(request.param, data_dir, request.module.__name__.rsplit(".", 1)[-1]))
    yield data
    close_seeded(data)


@pytest.fixture(scope="module")
def client(seeded):
    app = create_app(seeded.store, seeded.backend, seeded.data_dir)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def pytest_configure(config):
    # elasticsearch-py 7.13 calls an urllib3 method deprecated in urllib3 2.x; not ours to fix.
    config.addinivalue_line("filterwarnings", "ignore:HTTPResponse.getheaders:DeprecationWarning")

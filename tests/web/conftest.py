import pytest
from fastapi.testclient import TestClient

from web.app import create_app

from .seed import seed


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    data = seed(tmp_path_factory.mktemp("web") / "data")
    yield data
    data.store.close()
    data.backend.close()


@pytest.fixture(scope="module")
def client(seeded):
    app = create_app(seeded.store, seeded.backend, seeded.data_dir)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c

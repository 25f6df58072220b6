import pytest

from sample_site import SampleSite


@pytest.fixture(scope="module")
def site():
    return SampleSite()


@pytest.fixture(scope="module")
def server(site):
    with site.serve(host="127.0.0.1", port=0) as running:
        yield running

import urllib.error
import urllib.request

from parsel import Selector


def fetch(url: str, headers: dict | None = None):
    """(status, headers, body bytes); HTTP errors come back as their status."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def page(url: str) -> Selector:
    status, _, body = fetch(url)
    assert status == 200, url
    return Selector(text=body.decode("utf-8"))

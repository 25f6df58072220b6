"""URL canonicalisation: one article, one key, however it was linked.

Tracking parameters, print views, fragments, the mobile host and a trailing
slash do not make a different article, so they are dropped before a URL is
requested (Scrapy's duplicate filter then sees one URL) and before it becomes
``Article.canonical_url`` (the store's key).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query keys that never change what article a URL shows.
TRACKING_KEYS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "zarsrc", "zalo", "igshid", "mc_cid", "mc_eid", "ref", "_ga"}
)
# Query keys that switch to a different rendering of the same article.
VIEW_KEYS = frozenset({"print", "view", "mode", "output", "amp", "page"})
VIEW_PATH_SUFFIXES = ("/print", "/amp")


def _drop_key(key: str, extra: frozenset[str]) -> bool:
    k = key.lower()
    return k.startswith("utm_") or k in TRACKING_KEYS or k in extra


def canonicalize(url: str, *, article: bool = True, keep_keys: frozenset[str] = frozenset()) -> str:
    """Normalise ``url``.

    Always: lowercase scheme and host, drop the default port, the fragment,
    tracking parameters (utm_*, fbclid, ...), a leading ``m.``/``mobile.`` host
    label and sort the remaining query. For an article (``article=True``) also
    drop view switches (print, amp, ``?page=``) and a trailing slash; listing
    URLs keep ``?page=`` because it is their pagination.
    ``keep_keys`` names query keys a site needs to identify the page (e.g. ``id``
    on a ``?id=123`` CMS) and are never dropped.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    for prefix in ("m.", "mobile."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    extra = VIEW_KEYS if article else frozenset()
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k in keep_keys or not _drop_key(k, extra)
    ]
    query.sort()
    path = parts.path or "/"
    if article:
        for suffix in VIEW_PATH_SUFFIXES:
            if path.endswith(suffix) and len(path) > len(suffix):
                path = path[: -len(suffix)]
                break
        if len(path) > 1:
            path = path.rstrip("/") or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))

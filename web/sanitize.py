"""Make an archived page safe to show: no scripts, handlers, frames, forms or base tags.

Cleaning is the first wall; the response also carries a sandboxing CSP header
(:data:`ARCHIVE_CSP`) so that anything the cleaner misses still cannot run or
load from the network.
"""

from __future__ import annotations

import re
from typing import Optional

import lxml.html
from lxml import etree
from lxml_html_clean import Cleaner

ARCHIVE_CSP = (
    "sandbox; default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
    "img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
)

_CLEANER = Cleaner(
    scripts=True,
    javascript=True,  # on* handlers and javascript: URLs
    comments=True,
    style=False,  # keep the page's look; the CSP blocks anything it would load
    links=True,  # <link rel=stylesheet|preload…> would fetch from the origin
    meta=True,  # <meta http-equiv=refresh> could navigate away
    page_structure=False,
    processing_instructions=True,
    embedded=True,  # object, embed, applet
    frames=True,
    forms=True,
    annoying_tags=True,
    kill_tags=["base", "noscript", "template"],
    remove_unknown_tags=False,
    safe_attrs_only=False,
)

BANNER = (
    '<div style="background:#fff3cd;border-bottom:2px solid #c9a227;padding:8px 12px;'
    'font:14px sans-serif;color:#222">Bản lưu trữ (đã loại bỏ mã script) — {label}</div>'
)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def decode_html(raw: bytes, charset: Optional[str] = None) -> str:
    """Text of a page: the HTTP charset, else the page's <meta charset>, else UTF-8,
    else Windows-1258 (the legacy Vietnamese code page)."""
    found = _META_CHARSET.search(raw[:4096])
    for candidate in (charset, found.group(1).decode("ascii", "ignore") if found else None, "utf-8"):
        if not candidate:
            continue
        try:
            return raw.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1258", "replace")


def charset_of(content_type: Optional[str]) -> Optional[str]:
    match = re.search(r"charset=([\w.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def sanitize_archived_html(raw: bytes | str, label: str = "", charset: Optional[str] = None) -> str:
    """Cleaned HTML of an archived page, with a banner saying it is an archive copy.

    ``label`` is plain text (escaped here); ``charset`` comes from the archived
    response's Content-Type when known.
    """
    text = decode_html(raw, charset) if isinstance(raw, bytes) else raw
    text = _XML_DECLARATION.sub("", text.replace("\x00", ""))
    if not text.strip():
        return BANNER.format(label=_escape(label)) + "<p>(trang trống)</p>"
    try:
        doc = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return BANNER.format(label=_escape(label)) + "<pre>" + _escape(text) + "</pre>"
    cleaned = _CLEANER.clean_html(doc)
    body = cleaned.find("body")
    banner = lxml.html.fragment_fromstring(BANNER.format(label=_escape(label)))
    (body if body is not None else cleaned).insert(0, banner)
    head = cleaned.find("head")
    if head is not None:  # the page is re-served as UTF-8 whatever it was archived in
        head.insert(0, lxml.html.fragment_fromstring('<meta charset="utf-8">'))
    return "<!DOCTYPE html>\n" + lxml.html.tostring(cleaned, encoding="unicode", method="html")


def _escape(text: str) -> str:
    from html import escape

    return escape(text or "", quote=True)

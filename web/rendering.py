"""Jinja2 set-up: autoescaping on for everything, and the small filters the templates use."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from urllib.parse import quote, urlsplit

import jinja2
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from thidua.models import document_id

from .highlight import KIND_LABELS

TEMPLATE_DIR = Path(__file__).parent / "templates"

FACET_LABELS = {
    "site": "Trang báo",
    "event_type": "Loại sự kiện",
    "unit": "Đơn vị",
    "official": "Cán bộ",
    "award_form": "Hình thức khen thưởng",
    "conferrer": "Cấp khen",
}
CATEGORY_LABELS = {
    "order": "Huân chương",
    "medal": "Huy chương",
    "emulation_title": "Danh hiệu thi đua",
    "honorary_title": "Danh hiệu vinh dự",
    "flag": "Cờ thi đua",
    "certificate": "Bằng khen",
    "commendation": "Giấy khen",
}
_MARK = re.compile(r"(</?mark>)")


def date_vi(value) -> str:
    """30/03/2023 (and the time for datetimes with one)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def number_vi(value) -> str:
    """12.345 — Vietnamese thousands separator."""
    try:
        return f"{int(value):,}".replace(",", ".")
    except (TypeError, ValueError):
        return str(value)


def path_part(value: str) -> str:
    """A name as one URL path segment (slashes included)."""
    return quote(value or "", safe="")


def safe_href(url: str) -> str:
    """Only http(s) links leave the site; anything else (javascript:, data:) becomes '#'."""
    try:
        scheme = urlsplit(url or "").scheme.lower()
    except ValueError:
        return "#"
    return url if scheme in ("http", "https") else "#"


def safe_snippet(snippet: str) -> Markup:
    """A backend snippet with only <mark> kept: every other piece is re-escaped.

    Backends promise HTML-safe snippets; unescaping then escaping again is a no-op
    for safe text and neutralises a raw tag if one ever slipped through.
    """
    out = []
    for piece in _MARK.split(snippet or ""):
        out.append(piece if piece in ("<mark>", "</mark>") else html.escape(html.unescape(piece), quote=False))
    return Markup("".join(out))


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,  # every template, whatever its extension
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        date_vi=date_vi, doc_id=document_id, num=number_vi, path_part=path_part, safe_href=safe_href,
        snippet=safe_snippet,
    )
    env.globals.update(
        FACET_LABELS=FACET_LABELS, KIND_LABELS=KIND_LABELS, CATEGORY_LABELS=CATEGORY_LABELS, escape=escape
    )
    return Jinja2Templates(env=env)

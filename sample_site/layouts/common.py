"""Helpers every layout shares: escaping, Vietnamese date strings, image URLs."""

from __future__ import annotations

import hashlib
from html import escape

from ..content import slugify

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def esc(text) -> str:
    return escape(str(text), quote=True)


def weekday(when) -> str:
    return WEEKDAYS[when.weekday()]


def image_name(article: dict, n: int) -> str:
    """A stable, CMS-looking file name for the n-th photo of an article."""
    digest = hashlib.md5(f"{article['id']}-{n}".encode()).hexdigest()[:10]
    return f"{article['slug'][:40]}-{digest}.jpg"


def tag_path(tag: str) -> str:
    return f"/tag/{slugify(tag)}"


def paragraphs_with_figures(article: dict, figure) -> list[str]:
    """Body paragraphs as HTML with one photo after the first paragraph and the
    rest spread through the body, the way editors place them.

    `figure(n, caption)` renders the n-th photo in the layout's own markup.
    """
    body = [f"<p>{esc(p)}</p>" for p in article["body"]]
    captions = article["captions"]
    if not captions:
        return body
    slots = _photo_slots(len(body), len(captions))
    out: list[str] = []
    for i, para in enumerate(body):
        out.append(para)
        for n, slot in enumerate(slots):
            if slot == i:
                out.append(figure(n, captions[n]))
    return out


def _photo_slots(n_paragraphs: int, n_photos: int) -> list[int]:
    if n_paragraphs <= 1:
        return [0] * n_photos
    step = max(1, (n_paragraphs - 1) // max(1, n_photos))
    return [min(n_paragraphs - 1, 0 + k * step) for k in range(n_photos)]


def page_numbers(current: int, last: int, span: int = 2) -> list[int]:
    lo, hi = max(1, current - span), min(last, current + span)
    return list(range(lo, hi + 1))

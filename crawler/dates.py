"""Publication dates as Vietnamese newspapers print them, to tz-aware datetimes.

The site profile lists its ``strptime`` formats; the text is cleaned of the
words around the date first (weekday names, "Cập nhật lúc:", "GMT+7"), so
``Thứ Năm, 30/03/2023 - 17:43`` and ``30/3/2023 | 17:43 GMT+7`` both reach the
format as bare numbers. ISO 8601 (meta tags, ``<time datetime>``) is always
accepted. dateparser is the last resort, always day-first.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Optional
from zoneinfo import ZoneInfo

from thidua.textnorm import nfc

DEFAULT_TZ = "Asia/Ho_Chi_Minh"

_WEEKDAY = re.compile(
    r"\b(thứ\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn)\b\s*,?", re.IGNORECASE
)
_NOISE = re.compile(
    r"(cập nhật( lúc)?|đăng( lúc| ngày)?|ngày đăng|nhập ngày|xuất bản|lúc|ngày|\(?\s*gmt\s*\+\s*0?7(:?00)?\s*\)?)\s*:?",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")


def clean_date_text(raw: str) -> str:
    """Strip weekday names and label words; collapse separators to spaces."""
    text = nfc(raw)
    text = _WEEKDAY.sub(" ", text)
    text = _NOISE.sub(" ", text)
    text = text.replace("|", " ").replace("–", " ").replace(" - ", " ")
    text = _SPACES.sub(" ", text).strip(" ,-")
    return text


def _aware(value: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    return value.replace(tzinfo=tz) if value.tzinfo is None else value


def parse_published(raw: str, formats: Iterable[str] = (), timezone: str = DEFAULT_TZ) -> Optional[dt.datetime]:
    """The publication time in ``raw``, tz-aware, or None when there is none.

    ``formats`` are ``strptime`` formats tried against the cleaned text (in
    which "- " and "|" have become single spaces, so write ``%d/%m/%Y %H:%M``
    for ``Thứ Năm, 30/03/2023 - 17:43``).
    """
    if not raw or not raw.strip():
        return None
    tz = ZoneInfo(timezone)
    stripped = raw.strip()
    try:
        return _aware(dt.datetime.fromisoformat(stripped.replace("Z", "+00:00")), tz)
    except ValueError:
        pass
    cleaned = clean_date_text(stripped)
    for fmt in formats:
        try:
            return _aware(dt.datetime.strptime(cleaned, fmt), tz)
        except ValueError:
            continue
    return _dateparser_fallback(cleaned, tz, timezone)


def _dateparser_fallback(text: str, tz: ZoneInfo, timezone: str) -> Optional[dt.datetime]:
    if not re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}", text):
        return None  # dateparser would happily read "hôm qua" relative to today
    import dateparser  # slow import, only when a profile's formats missed

    value = dateparser.parse(
        text,
        languages=["vi"],
        settings={"DATE_ORDER": "DMY", "TIMEZONE": timezone, "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return _aware(value, tz) if value else None

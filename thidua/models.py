"""Contracts between the stages, defined once.

crawler  --Article-->  pipeline  --Extraction-->  index (IndexDocument, AwardRecord)

Every record is a frozen dataclass (hashable, so scoring is set arithmetic and
golden tests are one equality) and round-trips through JSON with
:func:`to_dict` / :func:`from_dict`.

Offsets: every fact carries an :class:`Evidence` whose ``start``/``end`` index
the *article text*, i.e. :meth:`Article.text` — title, lead and body paragraphs
joined by blank lines. The sentence is kept verbatim so a consumer can check it
(``text[start:end] == sentence``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import types
import typing
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, TypeVar

PARAGRAPH_SEPARATOR = "\n\n"


def nfc(text: str | None) -> str:
    """NFC-normalise text on input (NFD Vietnamese is common in the wild)."""
    return unicodedata.normalize("NFC", text) if text else ""


@dataclass(frozen=True)
class Evidence:
    """Where a fact came from: the sentence and its offsets into the article text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One parsed news article, as the crawler hands it on."""

    url: str
    canonical_url: str
    site: str
    title: str
    lead: str = ""
    published: Optional[dt.datetime] = None  # timezone-aware (Asia/Ho_Chi_Minh on Vietnamese sites)
    published_raw: str = ""  # the date as the page wrote it, e.g. "17:43, 30/03/2023"
    author: str = ""
    body: tuple[str, ...] = ()  # paragraphs, boilerplate removed
    captions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    fetched_at: Optional[dt.datetime] = None
    content_hash: str = ""
    warc_record_id: str = ""
    warc_file: str = ""  # path of the WARC file, relative to the data directory
    warc_offset: int = -1  # byte offset of the response record in that file
    syndicated_from: str = ""  # canonical URL on another site this page declares it copies

    def text(self) -> str:
        """The text all evidence offsets index: title, lead and body paragraphs."""
        parts = [self.title, self.lead, *self.body]
        return PARAGRAPH_SEPARATOR.join(p for p in parts if p)

    def with_hash(self) -> "Article":
        """Return a copy whose content_hash is the SHA-256 of its text."""
        digest = hashlib.sha256(self.text().encode("utf-8")).hexdigest()
        return dataclasses.replace(self, content_hash=digest)


@dataclass(frozen=True)
class Official:
    """A named person with the official titles the article gives them."""

    name: str
    titles: tuple[str, ...] = ()
    title_expansions: tuple[str, ...] = ()  # "TUV" -> "Tỉnh ủy viên", same order as titles
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Unit:
    """An organisation or administrative unit taking part in the event."""

    name: str  # as written, fullest form
    canonical: Optional[str] = None  # canonical unit name when a gazetteer knows it
    kind: Optional[str] = None  # huyện, xã, sở, cụm thi đua, ...
    successor: Optional[str] = None  # unit that took it over in the 2025 reform
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Award:
    """One conferral: one form to one recipient."""

    form: str  # as written, e.g. "Huân chương Lao động hạng Ba"
    recipient: str
    recipient_kind: str = "collective"  # collective | individual
    conferrer: Optional[str] = None
    period: Optional[str] = None
    presenter: Optional[str] = None
    form_id: Optional[str] = None  # key in the award taxonomy (domain awards.yaml)
    form_canonical: Optional[str] = None
    category: Optional[str] = None  # order | medal | emulation_title | flag | certificate | ...
    award_class: Optional[str] = None  # hạng Nhất / Nhì / Ba
    level: Optional[str] = None  # conferring level
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Theme:
    """An emulation movement, campaign or the year's slogan."""

    name: str
    kind: str = "movement"  # movement | campaign | slogan | topic
    canonical: Optional[str] = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Event:
    """What happened, when and where."""

    type: Optional[str] = None  # one of EVENT_TYPES
    date_text: Optional[str] = None
    date: Optional[dt.date] = None
    location: Optional[str] = None
    evidence: tuple[Evidence, ...] = ()
    date_year_guessed: bool = False  # the year is the latest the passage names, not one it ties to the event


EVENT_TYPES = (
    "ký kết giao ước thi đua",
    "tổng kết",
    "phát động",
    "trao tặng",
    "hội nghị điển hình tiên tiến",
    "đại hội thi đua yêu nước",
    "họp xét khen thưởng",
    "quyết định khen thưởng",
    "khác",
)


@dataclass(frozen=True)
class Extraction:
    """Structured facts pulled from one article."""

    relevant: bool = False
    relevance_score: float = 0.0
    event: Event = field(default_factory=Event)
    officials: tuple[Official, ...] = ()
    units: tuple[Unit, ...] = ()
    awards: tuple[Award, ...] = ()
    themes: tuple[Theme, ...] = ()
    extractor_version: str = ""


@dataclass(frozen=True)
class StoredArticle:
    """An article with its latest extraction, as the store of record returns it."""

    article: Article
    extraction: Optional[Extraction] = None


@dataclass(frozen=True)
class AwardRecord:
    """One conferral as a first-class document in the index."""

    id: str  # stable: hash of article id + index of the award in the extraction
    article_id: str
    article_url: str
    article_title: str
    site: str
    form: str
    recipient: str
    recipient_kind: str = "collective"
    form_canonical: Optional[str] = None
    category: Optional[str] = None
    conferrer: Optional[str] = None
    recipient_canonical: Optional[str] = None
    period: Optional[str] = None
    presenter: Optional[str] = None
    event_type: Optional[str] = None
    event_date: Optional[dt.date] = None
    published: Optional[dt.datetime] = None
    evidence: tuple[Evidence, ...] = ()

    @property
    def year(self) -> Optional[int]:
        when = self.event_date or (self.published.date() if self.published else None)
        return when.year if when else None


@dataclass(frozen=True)
class IndexDocument:
    """The searchable form of one article, derived from the store."""

    id: str  # stable: SHA-1 of the canonical URL
    url: str
    site: str
    title: str
    lead: str
    body: str
    published: Optional[dt.datetime] = None
    author: str = ""
    tags: tuple[str, ...] = ()
    relevant: bool = False
    relevance_score: float = 0.0
    event_type: Optional[str] = None
    event_date: Optional[dt.date] = None
    event_location: Optional[str] = None
    units: tuple[str, ...] = ()  # canonical where known, else as written
    officials: tuple[str, ...] = ()
    award_forms: tuple[str, ...] = ()  # canonical where known, else as written
    conferrers: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    awards: tuple[AwardRecord, ...] = ()


def document_id(canonical_url: str) -> str:
    """Stable id of an article everywhere (store, index, API)."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------
# JSON round trip. Field lists and type conversions are worked out once per
# class: search pages and exports decode thousands of records.


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _encode(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _encode(getattr(value, name)) for name in _field_names(type(value))}
    return value


def to_dict(record: Any) -> dict:
    """A record as plain JSON-ready data (dates as ISO 8601 strings)."""
    return _encode(record)


def to_json(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False)


T = TypeVar("T")


def _converter(tp: Any) -> Optional[Callable[[Any], Any]]:
    """A function turning JSON data into a value of type ``tp``; None when the JSON value is fine as it is."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):  # Optional[X]
        return _converter(next(a for a in typing.get_args(tp) if a is not type(None)))
    if origin in (tuple, list):
        item = _converter(typing.get_args(tp)[0])
        if item is None:
            return lambda v: None if v is None else origin(v)
        return lambda v: None if v is None else origin(item(x) for x in v)
    if tp is dt.datetime:
        return lambda v: v if v is None or isinstance(v, dt.datetime) else dt.datetime.fromisoformat(v)
    if tp is dt.date:
        return lambda v: v if v is None or isinstance(v, dt.date) else dt.date.fromisoformat(v[:10])
    if dataclasses.is_dataclass(tp):
        return lambda v: None if v is None else from_dict(tp, v)
    return None


@functools.cache
def _field_converters(cls: type) -> tuple[frozenset, tuple]:
    """(names of the fields, (name, converter) for the fields whose JSON needs converting)."""
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    converters = tuple((f.name, c) for f in fields for c in [_converter(hints[f.name])] if c is not None)
    return frozenset(f.name for f in fields), converters


def from_dict(cls: type[T], data: dict) -> T:
    """Rebuild a record from :func:`to_dict` output; unknown keys are ignored."""
    names, converters = _field_converters(cls)
    kwargs = {k: v for k, v in data.items() if k in names}
    for name, convert in converters:
        if name in kwargs:
            kwargs[name] = convert(kwargs[name])
    return cls(**kwargs)


def from_json(cls: type[T], text: str) -> T:
    return from_dict(cls, json.loads(text))

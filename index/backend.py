"""The one interface every search backend implements, and its query/result records.

The store of record (:mod:`index.store`) is the truth; a backend holds a derived,
rebuildable search index of :class:`~thidua.models.IndexDocument` and
:class:`~thidua.models.AwardRecord`. The same contract tests
(``tests/contract``) run against every backend.
"""

from __future__ import annotations

import abc
import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from thidua.models import AwardRecord, IndexDocument

# Filter fields a SearchQuery may use, with the IndexDocument attribute they match.
FACET_FIELDS = ("site", "event_type", "units", "officials", "award_forms", "conferrers", "relevant")

MAX_QUERY_CHARS = 500
MAX_PAGE_SIZE = 100
MAX_RESULT_WINDOW = 10_000


@dataclass(frozen=True)
class SearchQuery:
    """A user's search: free text plus filters.

    ``text`` is user input and never reaches a raw query parser. ``filters`` maps a
    name from FACET_FIELDS to the values that must match (any of them).
    """

    text: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None
    sort: str = "relevance"  # relevance | date
    page: int = 1
    size: int = 10
    facets: bool = True
    search_after: Optional[tuple] = None  # deep paging cursor returned by SearchResult.next_cursor

    def filter_dict(self) -> dict[str, tuple[str, ...]]:
        return dict(self.filters)

    @staticmethod
    def build(text: str = "", filters: Optional[dict[str, Iterable[str]]] = None, **kw) -> "SearchQuery":
        items = tuple(sorted((k, tuple(v)) for k, v in (filters or {}).items() if v))
        return SearchQuery(text=text, filters=items, **kw)


@dataclass(frozen=True)
class Hit:
    id: str
    url: str
    title: str
    site: str
    published: Optional[dt.datetime]
    snippet: str  # HTML-safe text with matches wrapped in <mark>…</mark>
    score: float = 0.0
    event_type: Optional[str] = None
    relevant: bool = False


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[Hit, ...]
    facets: dict[str, tuple[FacetCount, ...]] = field(default_factory=dict)
    next_cursor: Optional[tuple] = None


@dataclass(frozen=True)
class TimelineQuery:
    unit: Optional[str] = None  # matches recipient as written or canonical, diacritic-insensitive
    form: Optional[str] = None  # matches form as written or canonical
    conferrer: Optional[str] = None
    year_from: Optional[int] = None
    year_to: Optional[int] = None
    # A page of the records (ordered by date, then id); per_year and total always count them all.
    offset: int = 0
    limit: Optional[int] = None  # None: every record


@dataclass(frozen=True)
class Timeline:
    per_year: tuple[tuple[int, int], ...]  # (year, count), ascending
    records: tuple[AwardRecord, ...]  # the requested page
    total: int = 0  # matching records, dated or not


class SearchBackend(abc.ABC):
    """A search index. Implementations: SqliteBackend (embedded), ElasticBackend."""

    name: str = "abstract"

    @abc.abstractmethod
    def index(self, docs: Iterable[IndexDocument]) -> "IndexReport":
        """Add or replace documents (and their award records). Idempotent by id."""

    @abc.abstractmethod
    def search(self, query: SearchQuery) -> SearchResult: ...

    @abc.abstractmethod
    def get(self, doc_id: str) -> Optional[IndexDocument]: ...

    @abc.abstractmethod
    def timeline(self, query: TimelineQuery) -> Timeline: ...

    @abc.abstractmethod
    def count(self) -> int:
        """Number of article documents in the index."""

    @abc.abstractmethod
    def delete_all(self) -> None: ...

    def iter_ids(self) -> Iterator[str]:  # pragma: no cover - optional
        raise NotImplementedError

    def close(self) -> None:
        pass


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of at most ``size`` items, streaming (itertools.batched arrives in Python 3.12)."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class IndexReport:
    indexed: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

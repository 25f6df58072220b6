"""Checking what a user typed into the URL, before it reaches a backend.

Every refusal is a :class:`BadRequest` with a Vietnamese message the page or the
API shows as a 4xx; nothing a visitor types should end in a 500.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlencode

from index.backend import MAX_PAGE_SIZE, MAX_QUERY_CHARS, MAX_RESULT_WINDOW, SearchQuery, TimelineQuery
from thidua.textnorm import nfc

MAX_VALUE_CHARS = 200  # one filter value (a unit or award name)
MAX_VALUES_PER_FILTER = 20
DEFAULT_PAGE_SIZE = 10
DOC_ID = re.compile(r"^[0-9a-f]{40}$")

# URL parameter -> backend facet field. Short English names keep shared URLs readable.
FILTER_PARAMS = {
    "site": "site",
    "event_type": "event_type",
    "unit": "units",
    "official": "officials",
    "award_form": "award_forms",
    "conferrer": "conferrers",
}
FACET_PARAMS = {v: k for k, v in FILTER_PARAMS.items()}
SORTS = ("relevance", "date")


class BadRequest(Exception):
    """The request cannot be served as asked; ``message`` tells the user why."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def clean_text(value: Optional[str], what: str, limit: int = MAX_VALUE_CHARS) -> str:
    text = nfc(value or "").replace("\x00", "").strip()
    if len(text) > limit:
        raise BadRequest(f"{what} quá dài ({len(text)} ký tự, tối đa {limit}).")
    return text


def parse_date(value: Optional[str], what: str) -> Optional[dt.date]:
    """ISO (2023-03-30, what <input type=date> sends) or Vietnamese order (30/03/2023)."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", text):
            d, m, y = re.split(r"[/.-]", text)
            return dt.date(int(y), int(m), int(d))
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadRequest(f"{what} «{text[:40]}» không phải ngày hợp lệ (dùng dạng 2023-03-30 hoặc 30/03/2023).")


def parse_int(value: Optional[str], what: str, default: int, low: int, high: int) -> int:
    text = (value or "").strip()
    if not text:
        return default
    if not re.fullmatch(r"\d{1,9}", text):
        raise BadRequest(f"{what} «{text[:20]}» phải là số nguyên dương.")
    number = int(text)
    if not low <= number <= high:
        raise BadRequest(f"{what} phải nằm trong khoảng {low}–{high} (nhận được {number}).")
    return number


def check_doc_id(doc_id: str) -> str:
    """Article ids are 40 lowercase hex digits; anything else never reaches the store or disk."""
    if not DOC_ID.fullmatch(doc_id or ""):
        raise BadRequest("Mã bài viết không hợp lệ (cần 40 ký tự hexa).", status=404)
    return doc_id


@dataclass(frozen=True)
class SearchParams:
    """A validated search request, able to rebuild its own URL (for bookmarks and facet links)."""

    q: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (URL parameter, values)
    relevant: str = ""  # "", "true" or "false"
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None
    sort: str = "relevance"
    page: int = 1
    size: int = DEFAULT_PAGE_SIZE
    explicit_size: bool = field(default=False, compare=False)

    def filter_dict(self) -> dict[str, tuple[str, ...]]:
        return dict(self.filters)

    def to_query(self, facets: bool = True, page: Optional[int] = None, size: Optional[int] = None) -> SearchQuery:
        backend_filters = {FILTER_PARAMS[p]: v for p, v in self.filters}
        if self.relevant:
            backend_filters["relevant"] = (self.relevant,)
        return SearchQuery.build(
            self.q,
            backend_filters,
            date_from=self.date_from,
            date_to=self.date_to,
            sort=self.sort,
            page=page or self.page,
            size=size or self.size,
            facets=facets,
        )

    def pairs(self, **changes) -> list[tuple[str, str]]:
        """URL parameters of this search; ``changes`` override (None drops a parameter)."""
        values: dict[str, object] = {
            "q": self.q,
            **{p: list(v) for p, v in self.filters},
            "relevant": self.relevant,
            "date_from": self.date_from.isoformat() if self.date_from else "",
            "date_to": self.date_to.isoformat() if self.date_to else "",
            "sort": self.sort if self.sort != "relevance" else "",
            "page": str(self.page) if self.page > 1 else "",
            "size": str(self.size) if self.explicit_size else "",
        }
        values.update(changes)
        out: list[tuple[str, str]] = []
        for key, value in values.items():
            for v in value if isinstance(value, list) else [value]:
                if v not in (None, ""):
                    out.append((key, str(v)))
        return out

    def url(self, path: str = "/", **changes) -> str:
        query = urlencode(self.pairs(**changes))
        return f"{path}?{query}" if query else path

    def toggle_url(self, param: str, value: str, path: str = "/") -> str:
        """The same search with one facet value switched on or off, back on page 1."""
        current = list(self.filter_dict().get(param, ()))
        current = [v for v in current if v != value] if value in current else [*current, value]
        return self.url(path, **{param: current, "page": None})

    def is_active(self, param: str, value: str) -> bool:
        return value in self.filter_dict().get(param, ())

    def clear_url(self, path: str = "/") -> str:
        """The same words with every filter removed."""
        return SearchParams(q=self.q, sort=self.sort).url(path)

    def has_filters(self) -> bool:
        return bool(self.filters or self.relevant or self.date_from or self.date_to)


def parse_search(
    q: Optional[str] = "",
    filters: Optional[dict[str, list[str]]] = None,
    relevant: Optional[str] = "",
    date_from: Optional[str] = "",
    date_to: Optional[str] = "",
    sort: Optional[str] = "",
    page: Optional[str] = "",
    size: Optional[str] = "",
) -> SearchParams:
    text = clean_text(q, "Câu tìm kiếm", MAX_QUERY_CHARS)
    cleaned: list[tuple[str, tuple[str, ...]]] = []
    for param, values in (filters or {}).items():
        if param not in FILTER_PARAMS:
            raise BadRequest(f"Bộ lọc «{param}» không tồn tại.")
        vals = tuple(dict.fromkeys(v for v in (clean_text(x, "Giá trị lọc") for x in values or []) if v))
        if len(vals) > MAX_VALUES_PER_FILTER:
            raise BadRequest(f"Quá nhiều giá trị cho bộ lọc «{param}» (tối đa {MAX_VALUES_PER_FILTER}).")
        if vals:
            cleaned.append((param, vals))
    rel = (relevant or "").strip().lower()
    if rel not in ("", "true", "false"):
        raise BadRequest("Tham số relevant chỉ nhận true hoặc false.")
    d_from, d_to = parse_date(date_from, "Ngày bắt đầu"), parse_date(date_to, "Ngày kết thúc")
    if d_from and d_to and d_from > d_to:
        raise BadRequest("Ngày bắt đầu đứng sau ngày kết thúc.")
    order = (sort or "relevance").strip()
    if order not in SORTS:
        raise BadRequest("Cách sắp xếp chỉ nhận relevance hoặc date.")
    page_size = parse_int(size, "Số kết quả mỗi trang", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    page_no = parse_int(page, "Số trang", 1, 1, MAX_RESULT_WINDOW)
    if page_no * page_size > MAX_RESULT_WINDOW:
        raise BadRequest(
            f"Chỉ xem được {MAX_RESULT_WINDOW:,} kết quả đầu tiên; hãy thu hẹp tìm kiếm bằng bộ lọc "
            "hoặc tải toàn bộ kết quả dưới dạng CSV."
        )
    return SearchParams(
        q=text,
        filters=tuple(sorted(cleaned)),
        relevant=rel,
        date_from=d_from,
        date_to=d_to,
        sort=order,
        page=page_no,
        size=page_size,
        explicit_size=bool((size or "").strip()),
    )


@dataclass(frozen=True)
class TimelineParams:
    unit: str = ""
    form: str = ""
    conferrer: str = ""
    year_from: Optional[int] = None
    year_to: Optional[int] = None

    def to_query(self, offset: int = 0, limit: Optional[int] = None) -> TimelineQuery:
        return TimelineQuery(
            unit=self.unit or None,
            form=self.form or None,
            conferrer=self.conferrer or None,
            year_from=self.year_from,
            year_to=self.year_to,
            offset=offset,
            limit=limit,
        )

    def pairs(self) -> list[tuple[str, str]]:
        items = [("unit", self.unit), ("form", self.form), ("conferrer", self.conferrer),
                 ("year_from", self.year_from), ("year_to", self.year_to)]
        return [(k, str(v)) for k, v in items if v not in (None, "")]

    def url(self, path: str) -> str:
        query = urlencode(self.pairs())
        return f"{path}?{query}" if query else path

    def is_empty(self) -> bool:
        return not self.pairs()


def parse_timeline(
    unit: Optional[str] = "",
    form: Optional[str] = "",
    conferrer: Optional[str] = "",
    year_from: Optional[str] = "",
    year_to: Optional[str] = "",
) -> TimelineParams:
    y_from = parse_int(year_from, "Năm bắt đầu", 0, 1900, 2100) or None
    y_to = parse_int(year_to, "Năm kết thúc", 0, 1900, 2100) or None
    if y_from and y_to and y_from > y_to:
        raise BadRequest("Năm bắt đầu đứng sau năm kết thúc.")
    return TimelineParams(
        unit=clean_text(unit, "Tên đơn vị"),
        form=clean_text(form, "Hình thức khen thưởng"),
        conferrer=clean_text(conferrer, "Cấp khen"),
        year_from=y_from,
        year_to=y_to,
    )

"""Request parameters shared by the pages and the API, declared once for OpenAPI."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

from .app import Services
from .params import SearchParams, TimelineParams, parse_search, parse_timeline


def services(request: Request) -> Services:
    return request.app.state.services


def search_params(
    q: Annotated[str, Query(description="Từ khoá; đặt cụm từ trong dấu ngoặc kép. Không phân biệt dấu.")] = "",
    site: Annotated[list[str], Query(description="Trang báo (lặp lại để chọn nhiều)")] = [],
    event_type: Annotated[list[str], Query(description="Loại sự kiện, ví dụ «trao tặng»")] = [],
    unit: Annotated[list[str], Query(description="Đơn vị (tên chuẩn)")] = [],
    official: Annotated[list[str], Query(description="Cán bộ")] = [],
    award_form: Annotated[list[str], Query(description="Hình thức khen thưởng")] = [],
    conferrer: Annotated[list[str], Query(description="Cấp khen")] = [],
    relevant: Annotated[str, Query(description="true: chỉ bài về thi đua – khen thưởng")] = "",
    date_from: Annotated[str, Query(description="Từ ngày (2023-03-30 hoặc 30/03/2023)")] = "",
    date_to: Annotated[str, Query(description="Đến ngày")] = "",
    sort: Annotated[str, Query(description="relevance hoặc date")] = "",
    page: Annotated[str, Query(description="Trang, từ 1")] = "",
    size: Annotated[str, Query(description="Số kết quả mỗi trang (tối đa 100)")] = "",
) -> SearchParams:
    return parse_search(
        q,
        {
            "site": site,
            "event_type": event_type,
            "unit": unit,
            "official": official,
            "award_form": award_form,
            "conferrer": conferrer,
        },
        relevant,
        date_from,
        date_to,
        sort,
        page,
        size,
    )


def timeline_params(
    unit: Annotated[str, Query(description="Đơn vị nhận (tên viết hoặc tên chuẩn, không phân biệt dấu)")] = "",
    form: Annotated[str, Query(description="Hình thức khen thưởng")] = "",
    conferrer: Annotated[str, Query(description="Cấp khen, ví dụ «UBND tỉnh»")] = "",
    year_from: Annotated[str, Query(description="Từ năm")] = "",
    year_to: Annotated[str, Query(description="Đến năm")] = "",
) -> TimelineParams:
    return parse_timeline(unit, form, conferrer, year_from, year_to)

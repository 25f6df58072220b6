"""The JSON API under /api/ (described at /openapi.json) and the streamed exports."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Iterator

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from index.backend import FACET_FIELDS, MAX_PAGE_SIZE
from index.documents import to_index_document
from thidua.models import to_dict

from .app import Services
from .deps import search_params, services, timeline_params
from .exports import (
    AWARD_COLUMNS,
    HIT_COLUMNS,
    award_row,
    chunked,
    csv_lines,
    hit_row,
    iter_awards,
    iter_hits,
    ndjson_lines,
)
from .params import FACET_PARAMS, BadRequest, SearchParams, TimelineParams, check_doc_id, clean_text, parse_int

router = APIRouter(prefix="/api", tags=["api"])


def _hit(hit) -> dict:
    data = to_dict(hit)
    data["article_url"] = f"/bai/{hit.id}"
    return data


@router.get("/search", summary="Tìm bài viết (từ khoá, bộ lọc, phân trang, thống kê theo bộ lọc)")
def api_search(params: Annotated[SearchParams, Depends(search_params)], svc: Annotated[Services, Depends(services)]):
    result = svc.backend.search(params.to_query())
    return {
        "total": result.total,
        "page": params.page,
        "size": params.size,
        "hits": [_hit(h) for h in result.hits],
        "facets": {
            FACET_PARAMS.get(field, field): [{"value": c.value, "count": c.count} for c in counts]
            for field, counts in result.facets.items()
            if field in FACET_FIELDS
        },
    }


def _search_stream(params: SearchParams, svc: Services):
    # Exports walk the results in date order: paging by date is cheap at any depth.
    ordered = dataclasses.replace(params, sort="date")
    return iter_hits(
        svc.backend,
        lambda cursor: dataclasses.replace(
            ordered.to_query(facets=False, page=1, size=MAX_PAGE_SIZE), search_after=cursor
        ),
    )


@router.get("/search.csv", summary="Xuất toàn bộ kết quả tìm kiếm (CSV, truyền dần)")
def api_search_csv(params: Annotated[SearchParams, Depends(search_params)], svc: Annotated[Services, Depends(services)]):
    rows = (hit_row(h) for h in _search_stream(params, svc))
    return _stream(csv_lines(HIT_COLUMNS, rows), "text/csv; charset=utf-8", "ket-qua-tim-kiem.csv")


@router.get("/search.ndjson", summary="Xuất toàn bộ kết quả tìm kiếm (NDJSON, truyền dần)")
def api_search_ndjson(params: Annotated[SearchParams, Depends(search_params)], svc: Annotated[Services, Depends(services)]):
    return _stream(ndjson_lines(_search_stream(params, svc)), "application/x-ndjson", "ket-qua-tim-kiem.ndjson")


@router.get("/articles/{doc_id}", summary="Một bài viết: nội dung, dữ kiện trích xuất, khen thưởng")
def api_article(doc_id: str, svc: Annotated[Services, Depends(services)]):
    stored = svc.store.get(check_doc_id(doc_id))
    if stored is None:
        raise BadRequest("Không có bài viết này.", status=404)
    doc = to_index_document(stored)
    article = stored.article
    return {
        "id": doc.id,
        "article": to_dict(article),
        "text": article.text(),
        "extraction": to_dict(stored.extraction) if stored.extraction else None,
        "awards": [to_dict(a) for a in doc.awards],
        "links": {
            "page": f"/bai/{doc.id}",
            "archive": f"/luu-tru/{doc.id}" if article.warc_file else None,
            "original": article.url,
        },
    }


def _paging(page: str, size: str) -> tuple[int, int]:
    return parse_int(page, "Số trang", 1, 1, 100_000), parse_int(size, "Số bản ghi mỗi trang", 50, 1, MAX_PAGE_SIZE)


@router.get("/awards", summary="Các lượt khen thưởng, lọc theo đơn vị, hình thức, cấp khen, năm")
def api_awards(
    params: Annotated[TimelineParams, Depends(timeline_params)],
    svc: Annotated[Services, Depends(services)],
    page: Annotated[str, Query(description="Trang, từ 1")] = "",
    size: Annotated[str, Query(description="Số bản ghi mỗi trang (tối đa 100)")] = "",
):
    page_no, page_size = _paging(page, size)
    timeline = svc.backend.timeline(params.to_query(offset=(page_no - 1) * page_size, limit=page_size))
    return {
        "total": timeline.total,
        "page": page_no,
        "size": page_size,
        "records": [to_dict(r) for r in timeline.records],
    }


@router.get("/awards.csv", summary="Xuất các lượt khen thưởng (CSV, truyền dần)")
def api_awards_csv(params: Annotated[TimelineParams, Depends(timeline_params)], svc: Annotated[Services, Depends(services)]):
    rows = (award_row(r) for r in iter_awards(svc.store.iter_articles(), params.to_query()))
    return _stream(csv_lines(AWARD_COLUMNS, rows), "text/csv; charset=utf-8", "khen-thuong.csv")


@router.get("/awards.ndjson", summary="Xuất các lượt khen thưởng (NDJSON, truyền dần)")
def api_awards_ndjson(params: Annotated[TimelineParams, Depends(timeline_params)], svc: Annotated[Services, Depends(services)]):
    records = iter_awards(svc.store.iter_articles(), params.to_query())
    return _stream(ndjson_lines(records), "application/x-ndjson", "khen-thuong.ndjson")


@router.get("/timeline", summary="Số lượt khen thưởng theo năm")
def api_timeline(params: Annotated[TimelineParams, Depends(timeline_params)], svc: Annotated[Services, Depends(services)]):
    timeline = svc.backend.timeline(params.to_query(limit=0))
    return {
        "query": dict(params.pairs()),
        "total": timeline.total,
        "per_year": [{"year": y, "count": n} for y, n in timeline.per_year],
    }


def _limit(limit: str) -> int:
    return parse_int(limit, "Giới hạn", 100, 1, 1000)


@router.get("/officials", summary="Cán bộ được nhắc đến, kèm số bài")
def api_officials(
    svc: Annotated[Services, Depends(services)],
    q: Annotated[str, Query(max_length=200, description="Lọc theo tên (không phân biệt dấu)")] = "",
    limit: Annotated[str, Query(description="Tối đa 1000")] = "",
):
    people = svc.entities.officials(q or None)
    return {"total": len(people), "officials": [dataclasses.asdict(p) for p in people[: _limit(limit)]]}


@router.get("/officials/{name:path}", summary="Hồ sơ một cán bộ: quá trình chức danh, sự kiện, khen thưởng đã trao")
def api_official(name: str, svc: Annotated[Services, Depends(services)]):
    profile = svc.entities.official(clean_text(name, "Tên"))
    if profile is None:
        raise BadRequest("Không thấy cán bộ này trong kho lưu trữ.", status=404)
    return to_dict(profile)


@router.get("/units", summary="Đơn vị được nhắc đến, kèm số bài")
def api_units(
    svc: Annotated[Services, Depends(services)],
    q: Annotated[str, Query(max_length=200, description="Lọc theo tên (không phân biệt dấu)")] = "",
    limit: Annotated[str, Query(description="Tối đa 1000")] = "",
):
    units = svc.entities.units(q or None)
    return {"total": len(units), "units": [dataclasses.asdict(u) for u in units[: _limit(limit)]]}


@router.get("/units/{name:path}", summary="Hồ sơ một đơn vị: khen thưởng theo năm, sự kiện, đơn vị trước/sau sắp xếp 2025")
def api_unit(name: str, svc: Annotated[Services, Depends(services)]):
    profile = svc.entities.unit(clean_text(name, "Tên"))
    if profile is None:
        raise BadRequest("Không thấy đơn vị này trong kho lưu trữ.", status=404)
    data = to_dict(profile)
    data["names_written"] = sorted(profile.names_written)
    data["predecessors"] = sorted(profile.predecessors)
    data["successors"] = sorted(profile.successors)
    data["awards_by_year"] = [{"year": y, "count": n} for y, n in profile.awards_by_year().items()]
    return data


def _stream(lines: Iterator[str], media_type: str, filename: str) -> StreamingResponse:
    return StreamingResponse(
        chunked(lines),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )

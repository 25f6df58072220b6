"""The HTML pages (Vietnamese UI)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from index.backend import MAX_RESULT_WINDOW, SearchQuery
from thidua.models import document_id

from .app import Services
from .archive import archived_body
from .charts import bar_chart_svg
from .deps import search_params, services, timeline_params
from .highlight import highlighted_paragraphs
from .params import FACET_PARAMS, BadRequest, SearchParams, TimelineParams, check_doc_id, clean_text
from .rendering import FACET_LABELS
from .sanitize import ARCHIVE_CSP, charset_of, sanitize_archived_html

router = APIRouter(include_in_schema=False)

TIMELINE_TABLE_ROWS = 500  # the page shows this many records; the CSV has them all
ENTITY_LIST_ROWS = 300


def _render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status)


def _facet_groups(params: SearchParams, facets: dict) -> list[dict]:
    """Facet counts as groups of links that toggle each value, in URL-parameter terms."""
    groups = []
    for field, counts in facets.items():
        param = FACET_PARAMS.get(field)
        if not param:
            continue
        active = set(params.filter_dict().get(param, ()))
        items = [
            {"value": c.value, "count": c.count, "active": c.value in active, "url": params.toggle_url(param, c.value)}
            for c in counts
        ]
        # A chosen value stays visible (to switch it off) even when it has no matches left.
        shown = {c.value for c in counts}
        items += [
            {"value": v, "count": 0, "active": True, "url": params.toggle_url(param, v)} for v in active - shown
        ]
        if items:
            groups.append({"param": param, "items": items})
    order = list(FACET_PARAMS.values())
    return sorted(groups, key=lambda g: order.index(g["param"]))


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, params: Annotated[SearchParams, Depends(search_params)],
                svc: Annotated[Services, Depends(services)]):
    result = svc.backend.search(params.to_query())
    pages = max(1, -(-result.total // params.size))
    chips = [
        {"label": f"{_facet_label(p)}: {v}", "url": params.toggle_url(p, v)}
        for p, values in params.filters
        for v in values
    ]
    if params.date_from or params.date_to:
        chips.append({"label": "Thời gian", "url": params.url("/", date_from=None, date_to=None, page=None)})
    if params.relevant:
        chips.append({"label": "Chỉ bài thi đua – khen thưởng", "url": params.url("/", relevant=None, page=None)})
    suggestions = []
    if result.total == 0:
        suggestions = _empty_help(svc, params)
    return _render(
        request,
        "search.html",
        params=params,
        result=result,
        facet_groups=_facet_groups(params, result.facets),
        chips=chips,
        pages=pages,
        page_links=_page_links(params, pages),
        has_next=params.page < pages and params.page * params.size < MAX_RESULT_WINDOW,
        suggestions=suggestions,
        total_docs=svc.backend.count() if result.total == 0 else None,
    )


def _facet_label(param: str) -> str:
    return FACET_LABELS.get(param, param)


def _page_links(params: SearchParams, pages: int) -> list[dict]:
    """Numbered page links around the current page (first, last, and a window of five)."""
    wanted = {1, pages, *range(params.page - 2, params.page + 3)}
    last_allowed = max(1, MAX_RESULT_WINDOW // params.size)
    numbers = sorted(n for n in wanted if 1 <= n <= min(pages, last_allowed))
    links, previous = [], 0
    for n in numbers:
        if n - previous > 1:
            links.append({"gap": True})
        links.append({"n": n, "url": params.url("/", page=n if n > 1 else None), "current": n == params.page})
        previous = n
    return links


def _empty_help(svc: Services, params: SearchParams) -> list[dict]:
    """What to try when nothing matched: drop the filters, or drop the words."""
    tips = []
    if params.has_filters():
        loose = SearchParams(q=params.q, sort=params.sort)
        n = svc.backend.search(loose.to_query(facets=False, size=1)).total
        if n:
            tips.append({"text": f"Bỏ mọi bộ lọc: {n} kết quả", "url": loose.url("/")})
    if params.q and len(params.q.split()) > 1:
        first = params.q.split()[0]
        n = svc.backend.search(SearchQuery.build(first, facets=False, size=1)).total
        if n:
            tips.append({"text": f"Chỉ tìm «{first}»: {n} kết quả", "url": SearchParams(q=first).url("/")})
    return tips


@router.get("/bai/{doc_id}", response_class=HTMLResponse)
def article_page(request: Request, doc_id: str, svc: Annotated[Services, Depends(services)]):
    stored = svc.store.get(check_doc_id(doc_id))
    if stored is None:
        raise BadRequest("Không có bài viết này trong kho lưu trữ.", status=404)
    article, extraction = stored.article, stored.extraction
    paras = highlighted_paragraphs(article.text(), extraction)
    original = svc.store.get(article.syndicated_from) if article.syndicated_from else None
    return _render(
        request,
        "article.html",
        doc_id=document_id(article.canonical_url),
        article=article,
        extraction=extraction,
        title_para=paras[0] if paras else [],
        lead_para=paras[1] if article.lead and len(paras) > 1 else None,
        body_paras=paras[2:] if article.lead else paras[1:],
        has_archive=bool(article.warc_file) and article.warc_offset >= 0,
        # a syndicated page and its original are kept apart and linked both ways
        original=original.article if original else None,
        copies=svc.store.syndicated_copies(article.canonical_url),
    )


@router.get("/luu-tru/{doc_id}", response_class=HTMLResponse)
def archived_page(doc_id: str, svc: Annotated[Services, Depends(services)]):
    stored = svc.store.get(check_doc_id(doc_id))
    if stored is None:
        raise BadRequest("Không có bài viết này trong kho lưu trữ.", status=404)
    body, content_type = archived_body(svc.data_dir, stored.article)
    label = f"{stored.article.title} — {stored.article.url}"
    return HTMLResponse(
        sanitize_archived_html(body, label, charset_of(content_type)),
        headers={"Content-Security-Policy": ARCHIVE_CSP, "X-Frame-Options": "SAMEORIGIN"},
    )


def _choices(svc: Services) -> dict[str, list[str]]:
    """Names to suggest in the timeline form, from the index's facet counts."""
    facets = svc.backend.search(SearchQuery(size=1, facets=True)).facets
    return {field: [c.value for c in facets.get(field, ())] for field in ("units", "award_forms", "conferrers")}


@router.get("/dong-thoi-gian", response_class=HTMLResponse)
def timeline_page(request: Request, params: Annotated[TimelineParams, Depends(timeline_params)],
                  svc: Annotated[Services, Depends(services)]):
    timeline = svc.backend.timeline(params.to_query(limit=TIMELINE_TABLE_ROWS))
    return _render(
        request,
        "timeline.html",
        params=params,
        timeline=timeline,
        records=timeline.records,
        truncated=timeline.total > len(timeline.records),
        chart=bar_chart_svg(timeline.per_year),
        choices=_choices(svc),
        csv_url=params.url("/api/awards.csv"),
        ndjson_url=params.url("/api/awards.ndjson"),
    )


@router.get("/quan-chuc", response_class=HTMLResponse)
def officials_page(request: Request, svc: Annotated[Services, Depends(services)],
                   q: Annotated[str, Query(max_length=200)] = ""):
    people = svc.entities.officials(q or None)
    return _render(request, "entity_list.html", kind="official", q=q, items=people[:ENTITY_LIST_ROWS], total=len(people))


@router.get("/don-vi", response_class=HTMLResponse)
def units_page(request: Request, svc: Annotated[Services, Depends(services)],
               q: Annotated[str, Query(max_length=200)] = ""):
    units = svc.entities.units(q or None)
    return _render(request, "entity_list.html", kind="unit", q=q, items=units[:ENTITY_LIST_ROWS], total=len(units))


@router.get("/quan-chuc/{name:path}", response_class=HTMLResponse)
def official_page(request: Request, name: str, svc: Annotated[Services, Depends(services)]):
    name = _entity_name(name)
    profile = svc.entities.official(name)
    if profile is None:
        similar = svc.entities.officials(name.split()[-1])[:10]
        return _render(request, "not_found_entity.html", status=404, kind="official", name=name, similar=similar)
    return _render(request, "official.html", profile=profile)


@router.get("/don-vi/{name:path}", response_class=HTMLResponse)
def unit_page(request: Request, name: str, svc: Annotated[Services, Depends(services)]):
    name = _entity_name(name)
    profile = svc.entities.unit(name)
    if profile is None:
        similar = svc.entities.units(name.split()[-1])[:10]
        return _render(request, "not_found_entity.html", status=404, kind="unit", name=name, similar=similar)
    by_year = [(y, n) for y, n in profile.awards_by_year().items() if y is not None]
    awards = sorted(profile.awards, key=lambda a: (a[0] is None, a[0] or 0))
    return _render(request, "unit.html", profile=profile, awards=awards, chart=bar_chart_svg(by_year, "Khen thưởng theo năm"))


def _entity_name(name: str) -> str:
    cleaned = clean_text(name, "Tên")
    if not cleaned:
        raise BadRequest("Thiếu tên.", status=404)
    return cleaned


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request):
    routes = [
        (r.path, ", ".join(sorted(r.methods - {"HEAD"})), (r.summary or r.name))
        for r in request.app.routes
        if getattr(r, "path", "").startswith("/api/") and getattr(r, "include_in_schema", False)
    ]
    return _render(request, "api.html", routes=routes)

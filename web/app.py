"""The web application: search pages, article pages, timelines, entity pages and a JSON API.

``create_app(store, backend, data_dir)`` builds it; ``thidua serve`` runs it with
uvicorn. Pages are rendered on the server (Jinja2, autoescaped) and need no
JavaScript; static files come from ``web/static`` only (no CDN).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from index.backend import SearchBackend
from index.store import Store
from thidua.errors import BackendUnavailable, QueryError, StoreError, ThiduaError

from .entities import EntityCache
from .params import BadRequest
from .rendering import make_templates

STATIC_DIR = Path(__file__).parent / "static"
MAX_QUERY_STRING_BYTES = 8 * 1024
MAX_BODY_BYTES = 64 * 1024

# Our own pages load only our own files; inline scripts would not run even if one slipped in.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)

log = logging.getLogger(__name__)


@dataclass
class Services:
    store: Store
    backend: SearchBackend
    data_dir: Path
    entities: EntityCache


def create_app(store: Store, backend: SearchBackend, data_dir: Path | str) -> FastAPI:
    app = FastAPI(
        title="thidua — tra cứu tin thi đua, khen thưởng",
        description="API tìm kiếm bài báo, khen thưởng, dòng thời gian, cán bộ và đơn vị.",
        version="1",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; /api has our own page
        redoc_url=None,
    )
    app.state.services = Services(store=store, backend=backend, data_dir=Path(data_dir), entities=EntityCache(store))
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    from .api import router as api_router
    from .pages import router as page_router

    app.include_router(page_router)
    app.include_router(api_router)
    _install_limits(app)
    _install_error_handlers(app)
    return app


def _install_limits(app: FastAPI) -> None:
    @app.middleware("http")
    async def limits_and_headers(request: Request, call_next):
        if len(request.scope.get("query_string", b"")) > MAX_QUERY_STRING_BYTES:
            return _error(request, 414, "Địa chỉ quá dài.")
        length = request.headers.get("content-length", "")
        if length and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return _error(request, 413, "Yêu cầu quá lớn.")
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest):
        return _error(request, exc.status, exc.message)

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        return _error(request, 400, f"Không tìm được với câu hỏi này: {exc}")

    @app.exception_handler(BackendUnavailable)
    async def backend_down(request: Request, exc: BackendUnavailable):
        log.error("search backend unavailable: %s", exc)
        return _error(request, 503, "Máy tìm kiếm tạm thời không hoạt động. Vui lòng thử lại sau.")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        log.error("store error: %s", exc)
        return _error(request, 503, "Kho dữ liệu tạm thời không đọc được. Vui lòng thử lại sau.")

    @app.exception_handler(ThiduaError)
    async def other_error(request: Request, exc: ThiduaError):
        log.error("error serving %s: %s", request.url.path, exc)
        return _error(request, 503, "Có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'tham số'}: {e.get('msg', '')}" for e in exc.errors()
        )
        return _error(request, 422, f"Tham số không hợp lệ — {problems}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        messages = {404: "Không tìm thấy trang này.", 405: "Phương thức không được hỗ trợ."}
        return _error(request, exc.status_code, messages.get(exc.status_code, str(exc.detail)))

"""Fetching an article's archived page from its WARC file, without leaving the data directory."""

from __future__ import annotations

from pathlib import Path

from thidua.models import Article

from .params import BadRequest

MAX_ARCHIVED_BYTES = 20 * 1024 * 1024


def warc_path(data_dir: Path, warc_file: str) -> Path:
    """The WARC file inside ``data_dir``; a path pointing outside (../, absolute, symlink) is refused."""
    root = Path(data_dir).resolve()
    if not warc_file or "\x00" in warc_file:
        raise BadRequest("Bài viết này không có bản lưu trữ.", status=404)
    candidate = (root / warc_file).resolve()
    if not candidate.is_relative_to(root):
        raise BadRequest("Đường dẫn bản lưu trữ nằm ngoài thư mục dữ liệu.", status=404)
    if not candidate.is_file():
        raise BadRequest("Không tìm thấy tệp lưu trữ của bài viết.", status=404)
    return candidate


def archived_body(data_dir: Path, article: Article) -> tuple[bytes, str]:
    """The HTTP body of the article's response record and its Content-Type."""
    path = warc_path(data_dir, article.warc_file)
    if article.warc_offset < 0:
        raise BadRequest("Bài viết này không có vị trí trong tệp lưu trữ.", status=404)
    try:
        from crawler.warc import read_record  # the crawler's reader, once it exists
    except ImportError:
        read_record = None
    try:
        if read_record is not None:
            root = Path(data_dir).resolve()
            headers, body = read_record(root, str(path.relative_to(root)), article.warc_offset)
            return body[:MAX_ARCHIVED_BYTES], _content_type(headers)
        return _read_with_warcio(path, article.warc_offset)
    except BadRequest:
        raise
    except Exception as exc:  # a damaged record is the archive's problem, not the visitor's
        raise BadRequest(f"Không đọc được bản lưu trữ: {type(exc).__name__}.", status=404) from exc


def _read_with_warcio(path: Path, offset: int) -> bytes:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                break
            return record.content_stream().read(MAX_ARCHIVED_BYTES), _content_type(record.http_headers)
    raise BadRequest("Không có bản ghi phản hồi ở vị trí đã lưu.", status=404)


def _content_type(headers) -> str:
    """Content-Type from warcio's StatusAndHeaders (or anything with get_header / get)."""
    for getter in ("get_header", "get"):
        if hasattr(headers, getter):
            return getattr(headers, getter)("Content-Type") or ""
    return ""

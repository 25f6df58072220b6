"""The WARC archive: every request and response, gzipped, rotated by size.

Each record is its own gzip member (the WARC convention), compressed here at a
modest level: warcio's own gzip wrapper always uses level 9, which costs about
40 % of crawl throughput for a few percent of disk. Records are flushed as they
are written, so a record an Article points at is on disk before the Article is
stored.

Crash safety: a file being written has a sidecar ``<file>.open`` holding the
writer's pid. A ``kill -9`` can leave half a gzip member at the end of that
file; :func:`repair` (run whenever an archive is opened) cuts the file back to
its last complete record, so every file stays readable by any WARC tool.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import threading
import zlib
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Iterable, Iterator, Optional

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from thidua.errors import StoreError

WARC_DIR = "warc"
OPEN_SUFFIX = ".open"
DEFAULT_MAX_SIZE = 256 * 1024 * 1024
DEFAULT_GZIP_LEVEL = 3

# Hop-by-hop headers describe the transfer, not the stored body (Scrapy has
# already de-chunked it), so they would make the record lie about its payload.
_HOP_BY_HOP = {"transfer-encoding", "connection", "keep-alive"}


@dataclass(frozen=True)
class WarcLocation:
    record_id: str  # WARC-Record-ID of the response record, "<urn:uuid:...>"
    warc_file: str  # relative to the data directory, e.g. "warc/thidua-...warc.gz"
    offset: int  # byte offset of the response record's gzip member


def _header_pairs(headers: Iterable[tuple[bytes | str, Iterable[bytes | str] | bytes | str]]) -> list[tuple[str, str]]:
    def s(v: bytes | str) -> str:
        return v.decode("latin-1") if isinstance(v, bytes) else str(v)

    pairs = []
    for name, values in headers:
        if isinstance(values, (bytes, str)):
            values = [values]
        for value in values:
            pairs.append((s(name), s(value)))
    return pairs


def _gzip_member(data: bytes, level: int) -> bytes:
    compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return compressor.compress(data) + compressor.flush()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def complete_length(path: Path) -> int:
    """Length of the leading run of complete gzip members in ``path``."""
    good = 0
    with open(path, "rb") as fh:
        data = fh.read()
    pos = 0
    while pos < len(data):
        decomp = zlib.decompressobj(zlib.MAX_WBITS + 16)
        try:
            decomp.decompress(data[pos:])
        except zlib.error:
            break
        if not decomp.eof:
            break  # the member runs off the end of the file: cut short by a crash
        pos = len(data) - len(decomp.unused_data)
        good = pos
    return good


def repair(data_dir: Path) -> list[str]:
    """Truncate WARC files left open by a dead writer to their last complete record.

    Returns the repaired files (relative paths). Files of a live writer are left alone.
    """
    repaired = []
    for marker in sorted((Path(data_dir) / WARC_DIR).glob(f"*.warc.gz{OPEN_SUFFIX}")):
        try:
            pid = int(marker.read_text().strip() or 0)
        except (OSError, ValueError):
            pid = 0
        if pid and pid != os.getpid() and _pid_alive(pid):
            continue
        warc = marker.with_name(marker.name[: -len(OPEN_SUFFIX)])
        if warc.exists():
            size = warc.stat().st_size
            good = complete_length(warc)
            if good < size:
                with open(warc, "r+b") as fh:
                    fh.truncate(good)
                repaired.append(str(warc.relative_to(data_dir)))
        marker.unlink(missing_ok=True)
    return repaired


class WarcArchive:
    """Appends request/response pairs to ``<data_dir>/warc/*.warc.gz``."""

    def __init__(
        self,
        data_dir: Path | str,
        max_size: int = DEFAULT_MAX_SIZE,
        gzip_level: int = DEFAULT_GZIP_LEVEL,
        prefix: str = "thidua",
        software: str = "thidua crawler",
    ):
        self.data_dir = Path(data_dir)
        self.dir = self.data_dir / WARC_DIR
        self.dir.mkdir(parents=True, exist_ok=True)
        self.max_size = max_size
        self.gzip_level = gzip_level
        self.prefix = prefix
        self.software = software
        # warcio builds and serialises records uncompressed into this buffer; we gzip them.
        self._buffer = io.BytesIO()
        self._builder = WARCWriter(self._buffer, gzip=False, warc_version="1.1")
        self._fh: Optional[io.BufferedWriter] = None
        self._path: Optional[Path] = None
        self._seq = 0
        self.repaired = repair(self.data_dir)
        self.records_written = 0
        # Writers may call from worker threads (compression runs outside the
        # reactor); one exchange at a time keeps records and offsets in order.
        self._lock = threading.Lock()

    # -- files -------------------------------------------------------------

    def _open_next(self) -> None:
        self._close()
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d%H%M%S")
        while True:
            self._seq += 1
            path = self.dir / f"{self.prefix}-{stamp}-{os.getpid()}-{self._seq:05d}.warc.gz"
            if not path.exists():
                break
        path.with_name(path.name + OPEN_SUFFIX).write_text(str(os.getpid()))
        self._fh = open(path, "ab")
        self._path = path
        info = self._builder.create_warcinfo_record(
            path.name, {"software": self.software, "format": "WARC File Format 1.1"}
        )
        self._append(info)

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            assert self._path is not None
            self._path.with_name(self._path.name + OPEN_SUFFIX).unlink(missing_ok=True)
            self._fh = None
            self._path = None

    def __enter__(self) -> "WarcArchive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _append(self, record) -> int:
        """Write one record as one gzip member; returns its offset."""
        assert self._fh is not None
        self._buffer.seek(0)
        self._buffer.truncate()
        self._builder.write_record(record)
        member = _gzip_member(self._buffer.getvalue(), self.gzip_level)
        offset = self._fh.tell()
        self._fh.write(member)
        self._fh.flush()
        self.records_written += 1
        return offset

    # -- records -------------------------------------------------------------

    def write_exchange(
        self,
        url: str,
        status: int,
        response_headers: Iterable,
        body: bytes,
        method: str = "GET",
        request_headers: Iterable = (),
        protocol: str = "HTTP/1.1",
    ) -> WarcLocation:
        """Archive one response and the request that fetched it; returns where the response is.

        Thread-safe.
        """
        with self._lock:
            return self._write_exchange(url, status, response_headers, body, method, request_headers, protocol)

    def _write_exchange(self, url, status, response_headers, body, method, request_headers, protocol) -> WarcLocation:
        if self._fh is None or self._fh.tell() >= self.max_size:
            self._open_next()
        assert self._path is not None
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        headers = [(k, v) for k, v in _header_pairs(response_headers) if k.lower() not in _HOP_BY_HOP]
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{status} {reason}", headers, protocol=protocol)
        response = self._builder.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http_headers
        )
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_pairs = _header_pairs(request_headers)
        if not any(k.lower() == "host" for k, _ in req_pairs):
            req_pairs.insert(0, ("Host", parts.netloc))
        request = self._builder.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(f"{method} {target} {protocol}", req_pairs, is_http_request=True),
        )
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        request.rec_headers.replace_header("WARC-Date", response.rec_headers.get_header("WARC-Date"))
        request.rec_headers.add_header("WARC-Concurrent-To", record_id)
        offset = self._append(response)
        self._append(request)
        return WarcLocation(record_id, str(self._path.relative_to(self.data_dir)), offset)


# -- reading back ---------------------------------------------------------------


def _resolve(data_dir: Path | str, warc_file: str) -> Path:
    base = Path(data_dir).resolve()
    path = (base / warc_file).resolve()
    if base not in path.parents:
        raise StoreError(f"WARC path escapes the data directory: {warc_file}")
    if not path.is_file():
        raise StoreError(f"WARC file missing: {path}")
    return path


def read_record(data_dir: Path | str, warc_file: str, offset: int) -> tuple[StatusAndHeaders, bytes]:
    """The HTTP headers and decoded body of the response record at ``offset``."""
    path = _resolve(data_dir, warc_file)
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                raise StoreError(f"{warc_file}@{offset} is a {record.rec_type} record, not a response")
            return record.http_headers, record.content_stream().read()
    raise StoreError(f"no WARC record at {warc_file}@{offset}")


@dataclass(frozen=True)
class ArchivedResponse:
    url: str
    location: WarcLocation
    status: int
    headers: StatusAndHeaders
    body: bytes
    fetched_at: Optional[dt.datetime] = None  # the record's WARC-Date


def iter_responses(data_dir: Path | str) -> Iterator[ArchivedResponse]:
    """Every archived response, oldest file first (re-extraction from the archive alone)."""
    data_dir = Path(data_dir)
    for path in sorted((data_dir / WARC_DIR).glob("*.warc.gz")):
        rel = str(path.relative_to(data_dir))
        with open(path, "rb") as fh:
            iterator = ArchiveIterator(fh)
            for record in iterator:
                if record.rec_type != "response":
                    continue
                body = record.content_stream().read()
                date = record.rec_headers.get_header("WARC-Date")
                yield ArchivedResponse(
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    location=WarcLocation(record.rec_headers.get_header("WARC-Record-ID"), rel, iterator.offset),
                    status=int(record.http_headers.get_statuscode() or 0),
                    headers=record.http_headers,
                    body=body,
                    fetched_at=dt.datetime.fromisoformat(date.replace("Z", "+00:00")) if date else None,
                )

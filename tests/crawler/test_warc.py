"""The WARC archive: valid records, rotation, reading back, repair after a crash."""

import subprocess
import sys

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.warc import WarcArchive, complete_length, iter_responses, read_record, repair
from thidua.errors import StoreError

PAGE = "<html><body><p>Lễ ký kết giao ước thi đua năm 2023</p></body></html>".encode("utf-8")


def write_pages(archive, n, size=1):
    return [
        archive.write_exchange(
            f"http://news.test/a-{i}",
            200,
            [(b"Content-Type", [b"text/html; charset=utf-8"]), (b"ETag", [b'"e%d"' % i])],
            PAGE * size,
            request_headers=[(b"User-Agent", [b"thidua-test"])],
        )
        for i in range(n)
    ]


def records(path):
    with open(path, "rb") as fh:
        return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(fh)]


def test_every_record_reads_back_with_warcio(tmp_path):
    with WarcArchive(tmp_path) as archive:
        locations = write_pages(archive, 3)
    (path,) = (tmp_path / "warc").glob("*.warc.gz")
    kinds = records(path)
    assert kinds[0][0] == "warcinfo"
    assert [k for k, _ in kinds[1:]] == ["response", "request"] * 3
    for i, where in enumerate(locations):
        headers, body = read_record(tmp_path, where.warc_file, where.offset)
        assert body == PAGE and headers.get_header("ETag") == f'"e{i}"'


def test_warcio_checker_accepts_the_files(tmp_path):
    with WarcArchive(tmp_path) as archive:
        write_pages(archive, 2)
    files = [str(p) for p in (tmp_path / "warc").glob("*.warc.gz")]
    result = subprocess.run([sys.executable, "-m", "warcio.cli", "check", *files], capture_output=True, text=True)
    if "No module named" in result.stderr:  # older warcio: the console script only
        result = subprocess.run(["warcio", "check", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_files_rotate_by_size(tmp_path):
    with WarcArchive(tmp_path, max_size=3000, gzip_level=0) as archive:
        locations = write_pages(archive, 10, size=20)
    files = sorted({w.warc_file for w in locations})
    assert len(files) > 1
    for where in locations:
        assert read_record(tmp_path, where.warc_file, where.offset)[1] == PAGE * 20


def test_iter_responses_lists_every_response_with_its_location(tmp_path):
    with WarcArchive(tmp_path) as archive:
        locations = write_pages(archive, 4)
    found = list(iter_responses(tmp_path))
    assert [r.location.offset for r in found] == [w.offset for w in locations]
    assert all(r.status == 200 and r.body == PAGE for r in found)


def test_a_torn_last_record_is_cut_off_on_the_next_open(tmp_path):
    archive = WarcArchive(tmp_path)
    locations = write_pages(archive, 3)
    path = tmp_path / locations[0].warc_file
    good = path.stat().st_size
    with open(path, "ab") as fh:  # what kill -9 mid-write leaves: half a gzip member
        fh.write(b"\x1f\x8b\x08\x00" + b"\x00" * 40)
    archive._fh.close()  # the writer dies without closing; its .open marker stays
    assert path.with_name(path.name + ".open").exists()
    assert complete_length(path) == good

    # The dead writer was this process, so repair() treats the marker as stale.
    assert repair(tmp_path) == [locations[0].warc_file]
    assert path.stat().st_size == good
    assert len(records(path)) == 7
    assert not path.with_name(path.name + ".open").exists()


def test_reading_outside_the_data_dir_is_refused(tmp_path):
    with pytest.raises(StoreError):
        read_record(tmp_path, "../etc/passwd", 0)
    with pytest.raises(StoreError):
        read_record(tmp_path, "warc/missing.warc.gz", 0)

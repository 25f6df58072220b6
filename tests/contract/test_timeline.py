"""Award timelines: per-year counts and records, filtered diacritic-insensitively."""

from __future__ import annotations

from collections import Counter

import pytest

from index.backend import TimelineQuery
from thidua.textnorm import fold

from .conftest import BACKENDS, _close, _open
from .factory import timeline_docs


@pytest.fixture(scope="module", params=BACKENDS)
def awards(request, tmp_path_factory):
    b = _open(request.param, tmp_path_factory, "timeline")
    report = b.index(timeline_docs())
    assert report.failed == 0, report.errors
    yield b
    _close(b)


def all_records():
    return [r for d in timeline_docs() for r in d.awards]


def expected(keep):
    records = [r for r in all_records() if keep(r)]
    return tuple(sorted(Counter(r.year for r in records).items())), {r.id for r in records}


def check(backend, query, keep):
    per_year, record_ids = expected(keep)
    timeline = backend.timeline(query)
    assert timeline.per_year == per_year
    assert {r.id for r in timeline.records} == record_ids
    years = [r.year for r in timeline.records]
    assert years == sorted(years)
    return timeline


def test_whole_timeline(awards):
    check(awards, TimelineQuery(), lambda r: True)


@pytest.mark.parametrize("unit", ["huyện Vụ Bản", "vu ban", "VỤ BẢN", "Vụ Bản"])
def test_unit_filter_ignores_diacritics_and_case(awards, unit):
    timeline = check(awards, TimelineQuery(unit=unit), lambda r: "vu ban" in fold(r.recipient))
    assert len(timeline.records) == 5


@pytest.mark.parametrize("form", ["Cờ thi đua", "co thi dua"])
def test_unit_and_form_filters_combine(awards, form):
    check(
        awards,
        TimelineQuery(unit="Vụ Bản", form=form),
        lambda r: "vu ban" in fold(r.recipient) and fold(r.form).startswith("co thi dua"),
    )


def test_conferrer_and_year_range(awards):
    check(
        awards,
        TimelineQuery(conferrer="thu tuong", year_from=2022, year_to=2023),
        lambda r: r.conferrer == "Thủ tướng Chính phủ" and 2022 <= r.year <= 2023,
    )
    check(awards, TimelineQuery(year_from=2021, year_to=2021), lambda r: r.year == 2021)


def test_records_round_trip(awards):
    originals = {r.id: r for r in all_records()}
    for record in awards.timeline(TimelineQuery(unit="nam dinh")).records:
        assert record == originals[record.id]


def test_unknown_unit_gives_an_empty_timeline(awards):
    timeline = awards.timeline(TimelineQuery(unit="huyện Không Có"))
    assert timeline.per_year == () and timeline.records == ()


def test_pages_of_records_follow_the_full_order_and_keep_the_full_counts(awards):
    full = awards.timeline(TimelineQuery())
    assert full.total == len(full.records) == len(all_records())
    ids = [r.id for r in full.records]
    size = 3
    paged = []
    for offset in range(0, len(ids) + size, size):
        page = awards.timeline(TimelineQuery(offset=offset, limit=size))
        assert page.per_year == full.per_year and page.total == full.total
        assert len(page.records) <= size
        paged.extend(r.id for r in page.records)
    assert paged == ids
    counted = awards.timeline(TimelineQuery(unit="vu ban", limit=0))
    assert counted.records == () and counted.total == 5 and sum(n for _, n in counted.per_year) == 5
    assert [r.id for r in awards.timeline(TimelineQuery(offset=2)).records] == ids[2:]

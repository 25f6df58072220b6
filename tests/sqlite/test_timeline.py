"""Award timelines against brute force over the generated corpus."""

from __future__ import annotations

from collections import Counter

from index.backend import TimelineQuery
from index.query_text import words
from thidua.textnorm import fold


def _has_words(text: str, wanted: str) -> bool:
    """``wanted``'s folded words appear in ``text`` consecutively."""
    have, need = words(fold(text)), words(fold(wanted))
    return any(have[i : i + len(need)] == need for i in range(len(have) - len(need) + 1))


def test_unit_and_form_timeline_equals_brute_force(filled, corpus):
    expected = [
        a
        for d in corpus
        for a in d.awards
        if (_has_words(a.recipient, "Vụ Bản") or _has_words(a.recipient_canonical or "", "Vụ Bản"))
        and (_has_words(a.form, "cờ thi đua") or _has_words(a.form_canonical or "", "cờ thi đua"))
    ]
    timeline = filled.timeline(TimelineQuery(unit="vu ban", form="Cờ thi đua"))
    assert expected and {r.id for r in timeline.records} == {a.id for a in expected}
    assert timeline.per_year == tuple(sorted(Counter(a.year for a in expected).items()))
    dates = [r.event_date for r in timeline.records]
    assert dates == sorted(dates)


def test_unit_matches_whole_words_only(filled, corpus):
    # "an" is a word of "Công an tỉnh" and only letters of "Vụ Bản", "Lê Hồng Phong", ...
    records = filled.timeline(TimelineQuery(unit="an")).records
    assert records and all(_has_words(r.recipient, "an") for r in records)
    expected = sum(1 for d in corpus for a in d.awards if _has_words(a.recipient, "an"))
    assert len(records) == expected


def test_year_bounds(filled, corpus):
    timeline = filled.timeline(TimelineQuery(form="Bằng khen", year_from=2019, year_to=2020))
    assert timeline.records and all(2019 <= r.year <= 2020 for r in timeline.records)
    expected = sum(1 for d in corpus for a in d.awards if 2019 <= a.year <= 2020 and _has_words(a.form, "Bằng khen"))
    assert len(timeline.records) == expected


def test_a_match_never_spans_the_form_as_written_and_its_canonical_name(backend):
    import datetime as dt

    from thidua.models import AwardRecord

    from .conftest import doc

    award = AwardRecord(
        id="a1", article_id="x", article_url="http://news.test/a", article_title="t", site="news.test",
        form="Bằng khen", form_canonical="Bằng khen của Chủ tịch UBND tỉnh", recipient="huyện Vụ Bản",
        recipient_canonical="Huyện Vụ Bản", event_date=dt.date(2021, 5, 1),
    )
    backend.index([doc(1, "Trao Bằng khen", "Nội dung", awards=(award,))])
    assert len(backend.timeline(TimelineQuery(form="bằng khen của chủ tịch")).records) == 1
    assert backend.timeline(TimelineQuery(form="khen bằng")).records == ()
    assert backend.timeline(TimelineQuery(unit="bản huyện")).records == ()
    assert backend.timeline(TimelineQuery(unit="vu ban")).per_year == ((2021, 1),)

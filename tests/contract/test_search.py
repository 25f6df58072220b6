"""Searching the shared corpus: Vietnamese matching, ranking, highlights, filters, facets."""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections import Counter

import pytest

from index.backend import FACET_FIELDS, SearchQuery
from thidua.errors import QueryError


def ids(result):
    return [h.id for h in result.hits]


def search(backend, text="", filters=None, **kw):
    return backend.search(SearchQuery.build(text, filters, **kw))


# -- Vietnamese matching ---------------------------------------------------------


@pytest.mark.parametrize("text", ["vu ban", "VU BAN", "Vụ Bản", "vụ bản"])
def test_diacritics_and_case_do_not_matter_for_matching(loaded, docs, text):
    found = ids(search(loaded, text))
    assert docs["vuban"].id in found
    assert docs["lookalike"].id in found


def test_d_matches_dj(loaded, docs):
    assert docs["danang"].id in ids(search(loaded, "da nang"))
    assert docs["danang"].id in ids(search(loaded, "Đà Nẵng"))


def test_exact_diacritics_rank_first(loaded, docs):
    # The lookalike says "vu ban" more often, but the user typed the diacritics.
    assert ids(search(loaded, "Vụ Bản"))[0] == docs["vuban"].id
    # Typed without diacritics, the literal "vu ban" document is the exact match.
    assert ids(search(loaded, "vu ban"))[0] == docs["lookalike"].id


def test_decomposed_query_text_is_normalised(loaded, docs):
    nfd = unicodedata.normalize("NFD", "Vụ Bản")
    assert ids(search(loaded, nfd))[0] == docs["vuban"].id


def test_all_words_must_match(loaded, docs):
    assert ids(search(loaded, "Vụ Bản Logistics")) == [docs["lookalike"].id]


def test_quoted_phrase_matches_adjacent_words_only(loaded, docs):
    found = ids(search(loaded, '"thi đua yêu nước"'))
    assert docs["phrase"].id in found
    assert docs["scattered"].id not in found


def test_title_outranks_lead_outranks_body(loaded, docs):
    order = ids(search(loaded, "biểu dương"))
    assert order == [docs["boost_title"].id, docs["boost_lead"].id, docs["boost_body"].id]


# -- highlights ----------------------------------------------------------------------


def test_snippet_marks_the_matched_words(loaded, docs):
    hit = next(h for h in search(loaded, "cờ thi đua").hits if h.id == docs["vuban"].id)
    marked = re.findall(r"<mark>(.*?)</mark>", hit.snippet)
    assert marked, hit.snippet
    assert {m.casefold() for m in marked} <= {"cờ", "thi", "đua"}


def test_snippet_marks_folded_matches_in_the_original_spelling(loaded, docs):
    hit = next(h for h in search(loaded, "vu ban").hits if h.id == docs["vuban"].id)
    assert "<mark>Vụ</mark>" in hit.snippet


def test_snippet_escapes_everything_but_the_marks(loaded, docs):
    hit = next(h for h in search(loaded, "huân chương").hits if h.id == docs["hostile"].id)
    without_marks = hit.snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks and ">" not in without_marks
    assert "<script>" in html.unescape(without_marks)
    assert html.unescape(without_marks).strip("…") in docs["hostile"].body


# -- filters, facets, dates, sorting ---------------------------------------------------


def test_filters_combine_across_fields_and_within_a_field(loaded, docs):
    site = {"site": ["baothainguyen.vn"]}
    event = {"event_type": ["hội nghị điển hình tiên tiến"]}
    on_site = {d.id for d in docs.values() if d.site == "baothainguyen.vn"}
    of_type = {d.id for d in docs.values() if d.event_type == "hội nghị điển hình tiên tiến"}
    assert set(ids(search(loaded, "", site, size=50))) == on_site
    assert set(ids(search(loaded, "", {**site, **event}, size=50))) == on_site & of_type
    either = {"site": ["baodanang.vn", "baothainguyen.vn"]}
    expected = {d.id for d in docs.values() if d.site in either["site"]}
    assert set(ids(search(loaded, "", either, size=50))) == expected


def test_filters_on_list_fields_and_relevance(loaded, docs):
    assert ids(search(loaded, "", {"units": ["huyện Vụ Bản"]})) == [docs["vuban"].id]
    assert ids(search(loaded, "", {"officials": ["Lê Thị Đào"]})) == [docs["danang"].id]
    assert ids(search(loaded, "", {"conferrers": ["Chủ tịch nước"]})) == [docs["hostile"].id]
    not_relevant = {d.id for d in docs.values() if not d.relevant}
    assert set(ids(search(loaded, "", {"relevant": ["false"]}, size=50))) == not_relevant


def test_filters_apply_together_with_text(loaded, docs):
    result = search(loaded, "thi đua", {"site": ["baonamdinh.vn"]}, size=50)
    assert docs["lookalike"].id not in ids(result)
    assert docs["vuban"].id in ids(result)


def test_unknown_filter_is_a_query_error(loaded):
    with pytest.raises(QueryError):
        search(loaded, "", {"password": ["x"]})


def test_facet_counts_match_the_documents(loaded, docs):
    result = search(loaded, "", size=1)
    assert result.total == len(docs)
    for field in FACET_FIELDS:
        expected = Counter()
        for d in docs.values():
            value = getattr(d, field)
            if field == "relevant":
                expected["true" if value else "false"] += 1
            elif isinstance(value, tuple):
                expected.update(value)
            elif value:
                expected[value] += 1
        got = {f.value: f.count for f in result.facets[field]}
        assert got == dict(expected), field


def test_facets_follow_the_query(loaded, docs):
    result = search(loaded, "biểu dương")
    assert {f.value: f.count for f in result.facets["site"]} == {"baothainguyen.vn": 3}
    assert search(loaded, "biểu dương", facets=False).facets == {}


def test_date_range_is_inclusive_in_local_days(loaded, docs):
    day = dt.date(2024, 3, 31)  # "danang" was published at 06:00 that day, Vietnamese time
    assert ids(search(loaded, "", date_from=day, date_to=day)) == [docs["danang"].id]
    in_2022 = {d.id for d in docs.values() if d.published.year == 2022}
    found = ids(search(loaded, "", date_from=dt.date(2022, 1, 1), date_to=dt.date(2022, 12, 31), size=50))
    assert set(found) == in_2022
    after = {d.id for d in docs.values() if d.published.date() >= dt.date(2024, 1, 1)}
    assert set(ids(search(loaded, "", date_from=dt.date(2024, 1, 1), size=50))) == after


def test_sort_by_date_is_newest_first(loaded, docs):
    result = search(loaded, "thi đua", sort="date", size=50)
    dates = [h.published for h in result.hits]
    assert len(dates) >= 3 and dates == sorted(dates, reverse=True)
    everything = search(loaded, "", size=50)
    assert [h.published for h in everything.hits] == sorted((d.published for d in docs.values()), reverse=True)


def test_hits_carry_the_document_fields(loaded, docs):
    hit = search(loaded, "Đà Nẵng").hits[0]
    d = docs["danang"]
    assert (hit.id, hit.url, hit.title, hit.site, hit.published, hit.event_type, hit.relevant) == (
        d.id, d.url, d.title, d.site, d.published, d.event_type, d.relevant
    )
    assert hit.score > 0


# -- hostile input -----------------------------------------------------------------------

JUNK = [
    '"',
    '""',
    "AND OR (",
    "*",
    "?",
    "(((",
    ")",
    "\\",
    "-",
    "|",
    "+",
    "~",
    "NOT",
    "title:vụ",
    "vụ*",
    "a~2",
    "NEAR(thi đua)",
    "'; DROP TABLE docs; --",
    '" OR 1=1 --',
    "<script>alert(1)</script>",
    "{\"query\": {\"match_all\": {}}}",
    "/.*/",
    "\x00",
    "🏅🏅",
    "x" * 10_000,
    "thi đua " * 2000,
]


@pytest.mark.parametrize("text", JUNK, ids=lambda t: repr(t[:20]))
def test_junk_queries_return_empty_results_or_a_query_error(loaded, docs, text):
    try:
        result = search(loaded, text)
    except QueryError as exc:
        assert str(exc)
    else:
        assert result.total >= 0
        # Operators are plain text: nothing hostile can widen the match to everything.
        if not re.search(r"\w", text) or text in ("*", "/.*/"):
            assert result.total == 0
    assert loaded.count() == len(docs)  # nothing was dropped or changed

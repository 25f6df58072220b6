"""Facet counts, filters and date ranges against brute-force answers over the same corpus."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from index.backend import FACET_FIELDS, SearchQuery
from index.query_text import words
from index.sqlite_backend import FACET_SIZE
from thidua.textnorm import fold


def _values(d, field):
    value = getattr(d, field)
    if field == "relevant":
        return ["true" if value else "false"]
    if isinstance(value, tuple):
        return list(dict.fromkeys(v for v in value if v))
    return [value] if value else []


def _matches_text(d, text: str) -> bool:
    have = set(words(fold(f"{d.title}\n{d.lead}\n{d.body}")))
    return all(w in have for w in words(fold(text)))


def _brute_facets(docs) -> dict[str, Counter]:
    out = {f: Counter() for f in FACET_FIELDS}
    for d in docs:
        for f in FACET_FIELDS:
            out[f].update(_values(d, f))
    return out


def _check_facets(result, expected_docs):
    expected = _brute_facets(expected_docs)
    assert result.total == len(expected_docs)
    for field in FACET_FIELDS:
        got = {fc.value: fc.count for fc in result.facets[field]}
        want = expected[field]
        assert len(got) == min(len(want), FACET_SIZE)
        for value, count in got.items():
            assert want[value] == count, (field, value)
        counts = [fc.count for fc in result.facets[field]]
        assert counts == sorted(counts, reverse=True)


def test_facets_over_everything_equal_brute_force(filled, corpus):
    _check_facets(filled.search(SearchQuery.build("")), corpus)


@pytest.mark.parametrize("text", ["khen thưởng", "Vụ Bản", "huan chuong lao dong"])
def test_facets_of_a_text_query_equal_brute_force(filled, corpus, text):
    _check_facets(filled.search(SearchQuery.build(text)), [d for d in corpus if _matches_text(d, text)])


def test_filters_combine_and_within_a_field_any_value_matches(filled, corpus):
    forms = ["Cờ thi đua của UBND tỉnh", "Huân chương Lao động hạng Ba"]
    query = SearchQuery.build("thi đua", filters={"award_forms": forms, "relevant": ["true"]})
    expected = [
        d for d in corpus if d.relevant and set(d.award_forms) & set(forms) and _matches_text(d, "thi đua")
    ]
    assert expected  # the corpus must exercise the filter
    _check_facets(filled.search(query), expected)


def test_date_range_is_inclusive_on_both_ends(filled, corpus):
    lo, hi = dt.date(2019, 1, 1), dt.date(2020, 6, 30)
    result = filled.search(SearchQuery.build("", date_from=lo, date_to=hi, size=100, facets=False))
    expected = {d.id for d in corpus if lo <= d.published.date() <= hi}
    assert result.total == len(expected) > 0
    edge = min((d for d in corpus if d.published.date() >= lo), key=lambda d: d.published)
    one_day = filled.search(SearchQuery.build("", date_from=edge.published.date(), date_to=edge.published.date()))
    assert edge.id in {h.id for h in one_day.hits}


def test_date_sort_is_newest_first(filled):
    hits = filled.search(SearchQuery.build("thi đua", sort="date", size=50)).hits
    dates = [h.published for h in hits]
    assert dates == sorted(dates, reverse=True)


def test_unknown_filter_is_a_query_error(filled):
    from thidua.errors import QueryError

    with pytest.raises(QueryError):
        filled.search(SearchQuery.build("", filters={"password": ["x"]}))


@pytest.mark.parametrize("value", [True, "true", "True", "1"])
def test_relevant_filter_accepts_booleans_and_strings(filled, corpus, value):
    result = filled.search(SearchQuery.build("", filters={"relevant": [value]}, facets=False))
    assert result.total == sum(1 for d in corpus if d.relevant)

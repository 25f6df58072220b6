"""Translating SearchQuery/TimelineQuery into Elasticsearch request bodies and back.

Pure functions: no client here, so the shapes can be unit-tested without a node.
User text only ever reaches ``simple_query_string`` with the PHRASE and WHITESPACE
flags: quotes make phrases, every other operator character is plain text that the
analyzer drops, and the parser never raises on malformed input.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

from thidua.errors import QueryError
from thidua.models import AwardRecord, from_dict

from .backend import (
    FACET_FIELDS,
    MAX_PAGE_SIZE,
    MAX_RESULT_WINDOW,
    FacetCount,
    Hit,
    SearchQuery,
    SearchResult,
    TimelineQuery,
)

# title > lead > body, the same order of weights as the SQLite backend.
FIELD_BOOSTS = {"title": 10.0, "lead": 4.0, "body": 1.0}
EXACT_BOOST = 2.0  # weight of the exact-diacritics clause relative to the folded one
FACET_SIZE = 50
SNIPPET_CHARS = 240
# Vietnamese newspapers date articles in local time; date filters mean local days.
LOCAL_TZ = "+07:00"
SIMPLE_FLAGS = "PHRASE|WHITESPACE"
HIT_SOURCE = ["id", "url", "title", "site", "published", "event_type", "relevant", "lead", "body"]


# simple_query_string's own phrase syntax (PHRASE flag): text between straight quotes.
_QUOTED = re.compile(r'"([^"]*)"')


def pairs_cover_phrases(text: str) -> bool:
    """Whether every quoted phrase in ``text`` can be looked up as word pairs.

    A pair needs two words, so a quoted single word must stay on the main field
    (the pairs sub-fields hold no single words); so must text whose quotes do
    not pair up, since the parser then reads them differently. Two chunks
    between spaces, each with a letter or digit, always give the tokenizer at
    least two words.
    """
    if text.count('"') % 2:
        return False
    for phrase in _QUOTED.findall(text):
        chunks = [c for c in phrase.split() if any(ch.isalnum() for ch in c)]
        if len(chunks) < 2:
            return False
    return True


def _text_clause(text: str, suffix: str, boost: float = 1.0, quote_suffix: Optional[str] = None) -> dict:
    clause = {
        "query": text,
        "fields": [f"{name}{suffix}^{weight}" for name, weight in FIELD_BOOSTS.items()],
        "default_operator": "and",
        "flags": SIMPLE_FLAGS,
        "lenient": True,
        "boost": boost,
    }
    if quote_suffix:  # quoted phrases go to the word-pair sub-field (see es_schema)
        clause["quote_field_suffix"] = quote_suffix
    return {"simple_query_string": clause}


def _filters(query: SearchQuery) -> list[dict]:
    out = []
    for name, values in query.filters:
        if name not in FACET_FIELDS:
            raise QueryError(f"unknown filter {name!r}; use one of {', '.join(FACET_FIELDS)}")
        if values:
            out.append({"terms": {name: list(values)}})
    if query.date_from or query.date_to:
        rng: dict[str, Any] = {"time_zone": LOCAL_TZ, "format": "strict_date"}
        if query.date_from:
            rng["gte"] = query.date_from.isoformat()
        if query.date_to:
            rng["lt"] = (query.date_to + dt.timedelta(days=1)).isoformat()
        out.append({"range": {"published": rng}})
    return out


def _sort(by_relevance: bool) -> list:
    published = {"published": {"order": "desc", "missing": "_last"}}
    if by_relevance:
        return ["_score", published, {"id": "asc"}]
    return [published, {"id": "desc"}]


def search_body(query: SearchQuery, text: str) -> tuple[dict, int]:
    """The request body for ``query`` (with ``text`` already NFC and non-empty of words
    or empty), and the offset of its first hit."""
    size = max(1, min(query.size, MAX_PAGE_SIZE))
    has_text = bool(text.strip())
    bool_query: dict[str, Any] = {"filter": _filters(query)}
    if has_text:
        pairs = '"' in text and pairs_cover_phrases(text)
        # body + ".pairs" and body.exact + "_pairs" = body.exact_pairs
        bool_query["must"] = [_text_clause(text, "", quote_suffix=".pairs" if pairs else None)]
        bool_query["should"] = [_text_clause(text, ".exact", EXACT_BOOST, quote_suffix="_pairs" if pairs else None)]
    body: dict[str, Any] = {
        "query": {"bool": bool_query},
        "size": size,
        "track_total_hits": True,
        "sort": _sort(has_text and query.sort != "date"),
        "_source": HIT_SOURCE,
    }
    cursor = tuple(query.search_after or ())
    if len(cursor) > 1:  # (offset, *sort values of the last hit seen)
        offset = int(cursor[0])
        body["search_after"] = list(cursor[1:])
    else:  # a page number, or a bare offset cursor
        offset = int(cursor[0]) if cursor else (max(1, query.page) - 1) * size
        if offset + size > MAX_RESULT_WINDOW:
            raise QueryError(
                f"page too deep (result {offset + size} > {MAX_RESULT_WINDOW}); follow next_cursor instead"
            )
        body["from"] = offset
    if has_text:
        body["highlight"] = {
            "encoder": "html",  # escapes the text; only our tags stay markup
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            # Phrases are marked where the main field has them word by word, also
            # when the search itself found them through the pairs sub-field.
            # Runs only on the returned hits.
            "highlight_query": _text_clause(text, ""),
            "fields": {
                name: {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1}
                for name in ("body", "lead", "title")
            },
        }
    if query.facets:
        body["aggs"] = {
            name: {"terms": {"field": name, "size": FACET_SIZE, "order": [{"_count": "desc"}, {"_key": "asc"}]}}
            for name in FACET_FIELDS
        }
    return body, offset


def _plain_snippet(text: str) -> str:
    import html

    if len(text) <= SNIPPET_CHARS:
        return html.escape(text)
    cut = text.rfind(" ", 0, SNIPPET_CHARS)
    return html.escape(text[: cut if cut > 0 else SNIPPET_CHARS]) + "…"


def _snippet(hit: dict) -> str:
    """The body fragment if the body matched, else the lead's, else the text's start."""
    highlight = hit.get("highlight", {})
    for name in ("body", "lead"):
        if highlight.get(name):
            return highlight[name][0]
    src = hit["_source"]
    return _plain_snippet(src.get("body") or src.get("lead") or "")


def _parse_datetime(value: Optional[str]) -> Optional[dt.datetime]:
    return dt.datetime.fromisoformat(value) if value else None


# Only what search_result reads: smaller responses parse faster.
SEARCH_FILTER_PATH = ",".join(
    [
        "hits.total",
        "hits.hits._score",
        "hits.hits._source",
        "hits.hits.highlight",
        "hits.hits.sort",
        "aggregations.*.buckets.key",
        "aggregations.*.buckets.key_as_string",
        "aggregations.*.buckets.doc_count",
    ]
)
TIMELINE_FILTER_PATH = "hits.total,hits.hits._source,hits.hits.sort,aggregations.years.buckets"


def search_result(response: dict, offset: int, with_facets: bool) -> SearchResult:
    raw_hits = response["hits"].get("hits", [])
    total = response["hits"]["total"]["value"]
    hits = []
    for h in raw_hits:
        src = h["_source"]
        hits.append(
            Hit(
                id=src["id"],
                url=src["url"],
                title=src["title"],
                site=src["site"],
                published=_parse_datetime(src.get("published")),
                snippet=_snippet(h),
                score=float(h.get("_score") or 0.0),
                event_type=src.get("event_type"),
                relevant=bool(src.get("relevant")),
            )
        )
    facets: dict[str, tuple[FacetCount, ...]] = {}
    if with_facets:
        aggs = response.get("aggregations") or {}
        for name in FACET_FIELDS:
            buckets = aggs.get(name, {}).get("buckets", [])
            facets[name] = tuple(FacetCount(str(b.get("key_as_string", b["key"])), b["doc_count"]) for b in buckets)
    seen = offset + len(raw_hits)
    next_cursor = (seen, *raw_hits[-1]["sort"]) if raw_hits and seen < total else None
    return SearchResult(total=total, hits=tuple(hits), facets=facets, next_cursor=next_cursor)


# -- award timelines --------------------------------------------------------


def timeline_query(query: TimelineQuery) -> dict:
    clauses: list[dict] = []
    for field, value in (
        ("recipient_match", query.unit),
        ("form_match", query.form),
        ("conferrer_match", query.conferrer),
    ):
        if value and value.strip():
            clauses.append({"match_phrase": {field: {"query": value, "analyzer": "vi_fold_only"}}})
    if query.year_from or query.year_to:
        rng = {}
        if query.year_from:
            rng["gte"] = query.year_from
        if query.year_to:
            rng["lte"] = query.year_to
        clauses.append({"range": {"year": rng}})
    return {"bool": {"filter": clauses}}


TIMELINE_SORT = [{"sort_date": {"order": "asc", "missing": "_first"}}, {"id": "asc"}]
YEARS_AGG = {"years": {"terms": {"field": "year", "size": 1000, "order": {"_key": "asc"}}}}


def per_year(response: dict) -> tuple[tuple[int, int], ...]:
    buckets = (response.get("aggregations") or {}).get("years", {}).get("buckets", [])
    return tuple((int(b["key"]), b["doc_count"]) for b in buckets)


def award_record(source: dict) -> AwardRecord:
    """An award record from its indexed source (the source carries extra match fields; from_dict ignores them)."""
    return from_dict(AwardRecord, source)

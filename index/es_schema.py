"""Elasticsearch index templates for articles and award records (pure data).

Text fields are analysed twice:

* the main field (``vi_folded``): lowercase + ASCII folding that also keeps the
  original token, so "vu ban" finds "Vụ Bản" and đ matches d (Lucene's folding
  maps đ→d, unlike Unicode decomposition);
* a ``.exact`` sub-field (``vi_exact``): lowercase only, queried as an optional
  clause so documents with the user's exact diacritics rank first;
* ``.pairs`` and ``.exact_pairs`` sub-fields: adjacent word pairs (shingles of
  two, folded and exact). A quoted phrase is looked up there (the query's
  ``quote_field_suffix``): a two-word phrase becomes one term, a longer one a
  phrase of pairs, far cheaper than checking positions of very common words
  such as "thi" and "đua" in every article. Highlights still come from the main
  field (es_query.highlight_query).

Filterable values are ``keyword`` fields (facets are terms aggregations over
them); the awards inside an article are kept in ``_source`` for :meth:`get` but
not indexed there — they are first-class documents in the awards index.
"""

from __future__ import annotations

from .backend import FACET_FIELDS

ANALYSIS = {
    "filter": {
        "vi_fold": {"type": "asciifolding", "preserve_original": True},
        "vi_pairs": {"type": "shingle", "min_shingle_size": 2, "max_shingle_size": 2, "output_unigrams": False},
    },
    "analyzer": {
        "vi_folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "vi_fold"]},
        "vi_exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
        # Query side of diacritic-insensitive matching: only the folded token, so a
        # query is not a blend of its original and folded forms.
        "vi_fold_only": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
        # Word pairs for quoted phrases; the same analyzer indexes and searches them.
        "vi_pairs_folded": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "vi_pairs"],
        },
        "vi_pairs_exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "vi_pairs"]},
    },
    "normalizer": {
        # For diacritic-insensitive exact lookups on keyword fields.
        "vi_key": {"type": "custom", "filter": ["lowercase", "asciifolding"]},
    },
}

_TEXT = {
    "type": "text",
    "analyzer": "vi_folded",
    # In the mapping rather than in the query, so that a quoted phrase sent to
    # the .pairs sub-field is analysed by that sub-field's own analyzer.
    "search_analyzer": "vi_fold_only",
    "fields": {
        "exact": {"type": "text", "analyzer": "vi_exact"},
        "pairs": {"type": "text", "analyzer": "vi_pairs_folded"},
        "exact_pairs": {"type": "text", "analyzer": "vi_pairs_exact"},
    },
}

_KEYWORD_LIST = {
    "type": "keyword",
    "fields": {"text": {"type": "text", "analyzer": "vi_folded"}},
}

# Facet fields build their terms dictionary at refresh, not on the first search after it.
_FACET = {"type": "keyword", "eager_global_ordinals": True}
_FACET_LIST = {**_KEYWORD_LIST, "eager_global_ordinals": True}

ARTICLE_PROPERTIES = {
    "id": {"type": "keyword"},
    "url": {"type": "keyword", "index": False},
    "site": _FACET,
    "title": _TEXT,
    "lead": _TEXT,
    "body": _TEXT,
    "published": {"type": "date"},
    "author": {"type": "keyword"},
    "tags": {"type": "keyword"},
    "relevant": {"type": "boolean"},
    "relevance_score": {"type": "float"},
    "event_type": _FACET,
    "event_date": {"type": "date"},
    "event_location": {"type": "keyword"},
    "units": _FACET_LIST,
    "officials": _FACET_LIST,
    "award_forms": _FACET_LIST,
    "conferrers": _FACET_LIST,
    "themes": _KEYWORD_LIST,
    "awards": {"type": "object", "enabled": False},
}

AWARD_PROPERTIES = {
    "id": {"type": "keyword"},
    "article_id": {"type": "keyword"},
    "article_url": {"type": "keyword", "index": False},
    "article_title": {"type": "text", "analyzer": "vi_folded"},
    "site": {"type": "keyword"},
    "form": {"type": "keyword"},
    "form_canonical": {"type": "keyword"},
    "recipient": {"type": "keyword"},
    "recipient_canonical": {"type": "keyword"},
    "recipient_kind": {"type": "keyword"},
    "category": {"type": "keyword"},
    "conferrer": {"type": "keyword"},
    "period": {"type": "keyword"},
    "presenter": {"type": "keyword"},
    "event_type": {"type": "keyword"},
    "event_date": {"type": "date"},
    "published": {"type": "date"},
    "evidence": {"type": "object", "enabled": False},
    # Derived at indexing time (see elastic.award_source).
    "year": {"type": "integer"},
    "sort_date": {"type": "date"},
    "form_match": {"type": "text", "analyzer": "vi_folded"},
    "recipient_match": {"type": "text", "analyzer": "vi_folded"},
    "conferrer_match": {"type": "text", "analyzer": "vi_folded"},
}

assert set(FACET_FIELDS) <= set(ARTICLE_PROPERTIES), "every facet needs a mapped field"


def index_settings(shards: int, replicas: int) -> dict:
    return {
        "number_of_shards": shards,
        "number_of_replicas": replicas,
        "analysis": ANALYSIS,
        # search_after does deep paging; from+size stays within this window.
        "max_result_window": 10_000,
    }


def template(pattern: str, properties: dict, shards: int, replicas: int, priority: int = 100) -> dict:
    """A composable index template body (ES >= 7.8)."""
    return {
        "index_patterns": [pattern],
        "priority": priority,
        "template": {
            "settings": index_settings(shards, replicas),
            # dynamic false: a field added to the models later stays in _source
            # instead of being guessed into the mapping.
            "mappings": {"dynamic": False, "properties": properties},
        },
        "_meta": {"owner": "thidua", "schema": SCHEMA_VERSION},
    }


# Bump when the mappings change; reindex picks it up through the template.
SCHEMA_VERSION = 3

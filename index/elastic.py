"""The Elasticsearch backend: versioned indices behind aliases, bulk that survives the cluster.

Layout for a prefix ``p``::

    alias p-articles  ->  index p-articles-v<N>   (one document per article)
    alias p-awards    ->  index p-awards-v<N>     (one document per conferral, for timelines)

Both indices get their settings and mappings from composable index templates
(:mod:`index.es_schema`), so a new version built by :meth:`ElasticBackend.rebuild`
is identical in shape; the aliases then move to it in one atomic request and
search never sees an empty index.

Indexing goes through ``helpers.streaming_bulk``. Documents rejected with 429/503
are sent again with exponential backoff, and so is a whole batch when the
connection drops; index operations are idempotent by id, so a resent batch can
never create a duplicate. Anything still failing is reported per document in the
:class:`IndexReport`, never dropped silently.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from typing import Callable, Iterable, Iterator, Optional

from elasticsearch import Elasticsearch, helpers
from elasticsearch.exceptions import ConnectionError as EsConnectionError
from elasticsearch.exceptions import NotFoundError, RequestError, TransportError

from thidua.errors import BackendError, BackendUnavailable, QueryError
from thidua.models import AwardRecord, IndexDocument, from_dict, to_dict
from thidua.textnorm import nfc

from . import es_query, es_schema
from .backend import (
    batched,
    MAX_QUERY_CHARS,
    IndexReport,
    SearchBackend,
    SearchQuery,
    SearchResult,
    Timeline,
    TimelineQuery,
)
from .query_text import parse_query

log = logging.getLogger("thidua.elastic")

RETRY_STATUSES = (429, 502, 503, 504)
BATCH_DOCS = 500  # documents per streaming_bulk call (their awards ride along)
TIMELINE_PAGE = 10_000  # = max_result_window: one round trip for most timelines
_VERSION = re.compile(r"-v(\d+)$")


def article_source(doc: IndexDocument) -> dict:
    """The stored form of an article: the whole IndexDocument (get() rebuilds it)."""
    return to_dict(doc)


def award_source(award: AwardRecord) -> dict:
    """An award record plus the derived fields the timeline query and sort use."""
    source = to_dict(award)
    when = award.event_date or (award.published.date() if award.published else None)
    source["year"] = award.year
    source["sort_date"] = when.isoformat() if when else None
    # Lists, not joined strings: a phrase must not run from one name into the other.
    source["form_match"] = [v for v in (award.form, award.form_canonical) if v]
    source["recipient_match"] = [v for v in (award.recipient, award.recipient_canonical) if v]
    source["conferrer_match"] = [award.conferrer] if award.conferrer else []
    return source


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, EsConnectionError):
        return True
    return isinstance(exc, TransportError) and exc.status_code in RETRY_STATUSES


class ElasticBackend(SearchBackend):
    name = "es"

    def __init__(
        self,
        url: str,
        index_prefix: str = "thidua",
        shards: int = 1,
        replicas: int = 0,
        *,
        timeout: float = 30.0,
        retry_seconds: float = 120.0,
        batch_docs: int = BATCH_DOCS,
    ):
        self.url = url.rstrip("/")
        self.prefix = index_prefix
        self.shards = shards
        self.replicas = replicas
        self.retry_seconds = retry_seconds  # how long bulk indexing waits out a dead or busy cluster
        self.batch_docs = batch_docs
        self.articles = f"{index_prefix}-articles"  # aliases
        self.awards = f"{index_prefix}-awards"
        self.client = Elasticsearch([self.url], timeout=timeout, max_retries=0, retry_on_timeout=False)
        transport_log = logging.getLogger("elasticsearch")
        if transport_log.level == logging.NOTSET:
            # The client logs every refused connection with a traceback; our own
            # warning ("resending … in 2 s") says what matters during an outage.
            transport_log.setLevel(logging.ERROR)
        self._ready = False

    # -- errors ------------------------------------------------------------

    @contextlib.contextmanager
    def _guard(self, doing: str):
        """Turn client exceptions into the project's error tree, with a readable message."""
        try:
            yield
        except EsConnectionError as exc:
            raise BackendUnavailable(
                f"Elasticsearch at {self.url} is not reachable while {doing} ({type(exc).__name__}). "
                "Start a node with scripts/es-node start, or point --es / THIDUA_ES_URL at a running one."
            ) from exc
        except RequestError as exc:  # 400: the request (usually the query) is unusable
            raise QueryError(f"Elasticsearch refused the request while {doing}: {_reason(exc)}") from exc
        except TransportError as exc:
            raise BackendError(f"Elasticsearch error while {doing}: {exc.status_code} {_reason(exc)}") from exc

    # -- indices, templates, aliases ---------------------------------------

    def _put_templates(self) -> None:
        for alias, props in ((self.articles, es_schema.ARTICLE_PROPERTIES), (self.awards, es_schema.AWARD_PROPERTIES)):
            body = es_schema.template(f"{alias}-v*", props, self.shards, self.replicas)
            self.client.indices.put_index_template(name=alias, body=body)

    def _ensure(self) -> None:
        if self._ready:
            return
        with self._guard("preparing the indices"):
            self._put_templates()
            for alias in (self.articles, self.awards):
                if not self.client.indices.exists_alias(name=alias):
                    try:
                        self.client.indices.create(index=f"{alias}-v1", body={"aliases": {alias: {}}})
                    except RequestError as exc:
                        if "resource_already_exists" not in str(exc):  # another process won the race
                            raise
            self.client.cluster.health(index=[self.articles, self.awards], wait_for_status="yellow", timeout="60s")
        self._ready = True

    def _versions(self, alias: str) -> list[str]:
        """Every versioned index of ``alias`` (live or left over), oldest first."""
        names = self.client.indices.get(index=f"{alias}-v*", expand_wildcards="all").keys()
        return sorted((n for n in names if _VERSION.search(n)), key=lambda n: int(_VERSION.search(n).group(1)))

    def _live(self, alias: str) -> list[str]:
        try:
            return sorted(self.client.indices.get_alias(name=alias).keys())
        except NotFoundError:
            return []

    def live_indices(self) -> dict[str, list[str]]:
        """Which concrete indices the aliases point at (for operators and tests)."""
        with self._guard("reading aliases"):
            return {alias: self._live(alias) for alias in (self.articles, self.awards)}

    # -- writing -------------------------------------------------------------

    def index(self, docs: Iterable[IndexDocument]) -> IndexReport:
        self._ensure()
        report = IndexReport()
        # Nothing indexed yet means no stale award records to clean up.
        had_awards = self._retrying("counting award records", lambda: self.client.count(index=self.awards))["count"]
        for batch in batched(docs, self.batch_docs):
            self._index_batch(batch, self.articles, self.awards, report, clean_stale=had_awards > 0)
        self._retrying("refreshing", lambda: self.client.indices.refresh(index=[self.articles, self.awards]))
        return report

    def _retrying(self, doing: str, call: Callable):
        """Run ``call``, waiting out a dead or busy cluster for up to retry_seconds (write path only)."""
        deadline = time.monotonic() + self.retry_seconds
        delay = 0.5
        while True:
            try:
                return call()
            except TransportError as exc:
                if not _retryable(exc) or time.monotonic() + delay > deadline:
                    with self._guard(doing):
                        raise
                log.warning("Elasticsearch unavailable while %s (%s); retrying in %.1f s", doing, exc, delay)
                time.sleep(delay)
                delay = min(delay * 2, 15.0)

    def _index_batch(
        self, batch: list[IndexDocument], articles: str, awards: str, report: IndexReport, clean_stale: bool
    ) -> None:
        actions: list[dict] = []
        owner: dict[str, str] = {}  # action _id -> article id, to report failures per article
        for doc in batch:
            actions.append({"_op_type": "index", "_index": articles, "_id": doc.id, "_source": article_source(doc)})
            owner[doc.id] = doc.id
            for award in doc.awards:
                actions.append(
                    {"_op_type": "index", "_index": awards, "_id": award.id, "_source": award_source(award)}
                )
                owner[award.id] = doc.id
        failures = self._send(actions)
        failed_docs: dict[str, str] = {}
        for action_id, reason in failures:
            failed_docs.setdefault(owner.get(action_id, action_id), f"{action_id}: {reason}")
        report.failed += len(failed_docs)
        report.indexed += len(batch) - len(failed_docs)
        report.errors.extend(failed_docs.values())
        if clean_stale:
            self._delete_stale_awards(batch, awards)

    def _send(self, actions: list[dict]) -> list[tuple[str, str]]:
        """Bulk-send, retrying what the cluster could not take yet; return lasting (id, reason) failures."""
        by_id = {a["_id"]: a for a in actions}
        pending = actions
        deadline = time.monotonic() + self.retry_seconds
        delay = 0.5
        while True:
            try:
                retry, failed = [], []
                for ok, item in helpers.streaming_bulk(
                    self.client,
                    pending,
                    chunk_size=500,
                    max_retries=3,  # streaming_bulk's own backoff for items rejected with 429
                    initial_backoff=0.5,
                    max_backoff=10,
                    raise_on_error=False,
                    raise_on_exception=True,
                    yield_ok=False,
                ):
                    info = next(iter(item.values()))
                    if info.get("status") in RETRY_STATUSES:
                        retry.append(by_id[info["_id"]])
                    else:
                        failed.append((info.get("_id"), _item_reason(info)))
            except TransportError as exc:
                if not _retryable(exc):
                    with self._guard("bulk indexing"):
                        raise
                retry, failed = pending, []  # the batch may be half done: index ops are idempotent, resend it
                last_error: object = exc
            else:
                last_error = "rejected items"
            if not retry:
                return failed
            if time.monotonic() + delay > deadline:
                if retry is pending and not failed and isinstance(last_error, EsConnectionError):
                    with self._guard("bulk indexing"):
                        raise last_error
                return failed + [(a["_id"], f"gave up after {self.retry_seconds:.0f} s: {last_error}") for a in retry]
            log.warning("Elasticsearch busy or unreachable (%s); resending %d actions in %.1f s", last_error, len(retry), delay)
            time.sleep(delay)
            delay = min(delay * 2, 15.0)
            pending = retry

    def _delete_stale_awards(self, batch: list[IndexDocument], awards: str) -> None:
        """Drop award records a re-extraction no longer produces (so re-indexing is exact)."""
        keep = [a.id for d in batch for a in d.awards]
        body = {
            "query": {
                "bool": {
                    "filter": [{"terms": {"article_id": [d.id for d in batch]}}],
                    "must_not": [{"ids": {"values": keep}}] if keep else [],
                }
            }
        }
        self._retrying(
            "removing stale award records",
            lambda: self.client.delete_by_query(index=awards, body=body, conflicts="proceed", refresh=False),
        )

    def rebuild(
        self, docs: Iterable[IndexDocument], progress: Optional[Callable[[int], None]] = None
    ) -> IndexReport:
        """Build new versions of both indices from ``docs`` and swap the aliases atomically.

        Search keeps answering from the old version until the swap. If any
        document fails, the aliases stay where they were and the new version is
        deleted (the report says so).
        """
        self._ensure()
        with self._guard("creating the new index version"):
            known = self._versions(self.articles) + self._versions(self.awards)
            version = 1 + max((int(_VERSION.search(n).group(1)) for n in known), default=0)
            new = {self.articles: f"{self.articles}-v{version}", self.awards: f"{self.awards}-v{version}"}
            for name in new.values():
                # Bulk loading is faster without replicas and periodic refresh; restored below.
                self.client.indices.create(
                    index=name, body={"settings": {"number_of_replicas": 0, "refresh_interval": "-1"}}
                )
        report = IndexReport()
        try:
            for batch in batched(docs, self.batch_docs):
                self._index_batch(batch, new[self.articles], new[self.awards], report, clean_stale=False)
                if progress:
                    progress(len(batch))
        except BaseException:
            # The live version is untouched; do not leave a half-built one behind.
            with contextlib.suppress(Exception):
                self.client.indices.delete(index=list(new.values()))
            raise
        with self._guard("finishing the new index version"):
            if report.failed:
                self.client.indices.delete(index=list(new.values()))
                report.errors.append(f"{report.failed} documents failed; kept the previous index version")
                return report
            names = list(new.values())
            self.client.indices.put_settings(
                index=names, body={"index": {"number_of_replicas": self.replicas, "refresh_interval": None}}
            )
            self.client.indices.refresh(index=names)
            self.client.cluster.health(index=names, wait_for_status="yellow", timeout="120s")
            old = {alias: self._live(alias) for alias in new}
            swap = []
            for alias, name in new.items():
                swap += [{"remove": {"index": o, "alias": alias}} for o in old[alias]]
                swap.append({"add": {"index": name, "alias": alias}})
            self.client.indices.update_aliases(body={"actions": swap})
            stale = [n for alias in new for n in self._versions(alias) if n not in new.values()]
            if stale:
                self.client.indices.delete(index=stale)
        return report

    def delete_all(self) -> None:
        with self._guard("deleting the indices"):
            for alias in (self.articles, self.awards):
                names = self._versions(alias)
                if names:
                    self.client.indices.delete(index=names)
        self._ready = False
        self._ensure()

    def drop(self) -> None:
        """Remove every index and template of this prefix (tests and benchmarks clean up)."""
        with self._guard("dropping the indices"):
            self.client.indices.delete(index=f"{self.prefix}-articles-v*,{self.prefix}-awards-v*")
            for alias in (self.articles, self.awards):
                with contextlib.suppress(NotFoundError):
                    self.client.indices.delete_index_template(name=alias)
        self._ready = False

    # -- reading -------------------------------------------------------------

    def count(self) -> int:
        self._ensure()
        with self._guard("counting documents"):
            return self.client.count(index=self.articles)["count"]

    def count_awards(self) -> int:
        self._ensure()
        with self._guard("counting award records"):
            return self.client.count(index=self.awards)["count"]

    def get(self, doc_id: str) -> Optional[IndexDocument]:
        self._ensure()
        with self._guard("reading a document"):
            try:
                found = self.client.get(index=self.articles, id=doc_id)
            except NotFoundError:
                return None
        return from_dict(IndexDocument, found["_source"])

    def iter_ids(self) -> Iterator[str]:
        self._ensure()
        body: dict = {"size": 5000, "sort": [{"id": "asc"}], "_source": False, "query": {"match_all": {}}}
        while True:
            with self._guard("listing ids"):
                hits = self.client.search(index=self.articles, body=body)["hits"]["hits"]
            for h in hits:
                yield h["_id"]
            if len(hits) < body["size"]:
                return
            body["search_after"] = hits[-1]["sort"]

    def search(self, query: SearchQuery) -> SearchResult:
        text = nfc(query.text or "")
        if len(text) > MAX_QUERY_CHARS:
            raise QueryError(f"query too long ({len(text)} characters, at most {MAX_QUERY_CHARS})")
        if parse_query(text).is_empty():
            if text.strip():
                return SearchResult(total=0, hits=())  # only punctuation or operators: nothing to look for
            text = ""
        body, offset = es_query.search_body(query, text)
        self._ensure()
        with self._guard("searching"):
            response = self.client.search(index=self.articles, body=body, filter_path=es_query.SEARCH_FILTER_PATH)
        return es_query.search_result(response, offset, query.facets)

    def timeline(self, query: TimelineQuery) -> Timeline:
        self._ensure()
        offset = max(0, query.offset)
        end = None if query.limit is None else offset + max(0, query.limit)
        body: dict = {
            "query": es_query.timeline_query(query),
            "size": TIMELINE_PAGE,
            "sort": es_query.TIMELINE_SORT,
            "aggs": es_query.YEARS_AGG,
            "track_total_hits": True,
        }
        if end is not None and end <= TIMELINE_PAGE:
            body.update({"from": offset, "size": end - offset})  # one page, inside max_result_window
            offset = 0
        records: list[AwardRecord] = []
        per_year: tuple = ()
        total = 0
        while True:
            with self._guard("building a timeline"):
                response = self.client.search(
                    index=self.awards, body=body, filter_path=es_query.TIMELINE_FILTER_PATH
                )
            if "aggs" in body:
                per_year = es_query.per_year(response)
                total = response.get("hits", {}).get("total", {}).get("value", 0)
                del body["aggs"]
            hits = response.get("hits", {}).get("hits", [])
            records.extend(es_query.award_record(h["_source"]) for h in hits)
            if "from" in body or len(hits) < TIMELINE_PAGE or (end is not None and len(records) >= end):
                break
            # deep pages walk the whole sorted list with search_after
            body["search_after"] = hits[-1]["sort"]
        return Timeline(per_year=per_year, records=tuple(records[offset:end]), total=total)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.transport.close()


def _reason(exc: TransportError) -> str:
    info = exc.info if isinstance(exc.info, dict) else {}
    error = info.get("error")
    if isinstance(error, dict):
        root = (error.get("root_cause") or [error])[0]
        return f"{root.get('type')}: {root.get('reason')}"
    return str(exc.error)


def _item_reason(info: dict) -> str:
    error = info.get("error")
    if isinstance(error, dict):
        return f"{info.get('status')} {error.get('type')}: {error.get('reason')}"
    return f"{info.get('status')} {error}"

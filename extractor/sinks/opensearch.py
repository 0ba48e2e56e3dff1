"""OpenSearch / Elasticsearch: the index template, bulk loading with back-off, and search.

The target is a URL, `http://host:9200` or `http://host:9200/INDEX` (default index
`vnextract-records`); credentials may be given in it (`https://user:pass@host:9200`). Documents
are the records' own JSON (`_id` = record id), so `_source` is a record. The mapping indexes
each text twice, as written (`title`) and accent-folded (`title.folded`: đ->d char filter,
`asciifolding`), keeps names as keywords with `.text`/`.folded` sub-fields, dates as dates, and
stores tables without indexing them. `schemas/opensearch-index-template.json` is
`index_template()` written out (`vnextract export --format opensearch-template`).

`opensearch-py` is optional (`pip install "vnextract[search]"`) and imported only here.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..models import Record
from . import Hit, Query, Sink, SinkError
from .text import build_hit, nfc, parse_query

DEFAULT_INDEX = "vnextract-records"
TEMPLATE_NAME = "vnextract"
#: Bump when the settings or mapping change (existing indices must then be re-created).
TEMPLATE_VERSION = 1
#: Statuses worth retrying: too many requests, server errors.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Score added to accent-exact matches, and to matches of the words as one phrase: larger than
#: any BM25 score of a news page, so each forms a tier above the others.
EXACT_BOOST = 1000.0
PHRASE_BOOST = 100.0

_TEXT_FIELDS = {"title": 10, "lead": 3, "paragraphs": 1, "captions": 1, "authors.name.text": 2,
                "entities.people.name.text": 2, "entities.organizations.name.text": 2,
                "entities.locations.name.text": 1.5}


def _text() -> dict:
    return {"type": "text", "analyzer": "vi_text",
            "fields": {"folded": {"type": "text", "analyzer": "vi_folded"}}}


def _name() -> dict:
    return {"type": "keyword", "ignore_above": 512, "fields": {
        "text": {"type": "text", "analyzer": "vi_text"},
        "folded": {"type": "text", "analyzer": "vi_folded"}}}


def _keyword() -> dict:
    return {"type": "keyword", "ignore_above": 1024}


def _object(**properties: dict) -> dict:
    return {"properties": properties}


def index_template() -> dict:
    """The composable index template (settings + mapping) for record indices `vnextract-*`."""
    analysis = {
        # Lucene's asciifolding already folds đ; the mapping makes sure of it on any analyzer
        # chain, and documents the Vietnamese trap.
        "char_filter": {"vi_fold_d": {"type": "mapping", "mappings": ["đ => d", "Đ => D"]}},
        "analyzer": {
            "vi_text": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
            "vi_folded": {"type": "custom", "tokenizer": "standard", "char_filter": ["vi_fold_d"],
                          "filter": ["lowercase", "asciifolding"]},
        },
    }
    entities = _object(
        people=_object(name=_name(), title=_keyword(), organization=_name(), aliases=_name()),
        organizations=_object(name=_name(), expansion=_name(), aliases=_name()),
        locations=_object(name=_name()),
        documents=_object(type=_keyword(), number=_keyword(), issuer=_keyword(),
                          date={"type": "date"}),
    )
    properties = {
        "schema_version": _keyword(), "extractor_version": _keyword(), "id": _keyword(),
        "source": _object(path=_keyword(), format=_keyword(), encoding=_keyword(),
                          sha256=_keyword(), size={"type": "long"}, url=_keyword()),
        "page_type": _keyword(), "language": _keyword(), "site_name": _name(), "tags": _name(),
        "title": _text(), "lead": _text(), "paragraphs": _text(), "captions": _text(),
        "published": {"type": "date"}, "updated": {"type": "date"},
        "authors": _object(name=_name(), organization=_name(), kind=_keyword()),
        "credits": _object(kind=_keyword(), name=_name()),
        "tables": {"type": "object", "enabled": False},
        "entities": entities,
        "problems": _object(stage=_keyword(), code=_keyword(), severity=_keyword()),
    }
    return {
        "index_patterns": [f"{TEMPLATE_NAME}-*"],
        "priority": 100,
        "_meta": {"description": "vnextract news records (Vietnamese): accent-exact fields "
                  "and .folded sub-fields", "template_version": TEMPLATE_VERSION},
        "template": {
            "settings": {"number_of_shards": 1, "analysis": analysis},
            # Fields not listed (dates found, mentions, problem details) are kept in _source only.
            "mappings": {"dynamic": False, "properties": properties},
        },
    }


def parse_target(url: str) -> tuple[str, str]:
    """'http://h:9200/news' -> ('http://h:9200', 'news'); no path -> the default index."""
    parts = urlsplit(url)
    index = parts.path.strip("/") or DEFAULT_INDEX
    if "/" in index or index != index.lower() or index.startswith(("_", "-")):
        raise SinkError(f"{url}: the path must be one lower-case index name")
    return urlunsplit((parts.scheme, parts.netloc, "", "", "")), index


def make_client(base_url: str, **options: Any) -> Any:
    """An `opensearchpy.OpenSearch` client; its own retries are off: the sink backs off itself."""
    try:
        from opensearchpy import OpenSearch
    except ImportError as exc:
        raise SinkError("indexing into OpenSearch/Elasticsearch needs opensearch-py: "
                        "pip install 'vnextract[search]' (or: pip install opensearch-py)") from exc
    options.setdefault("timeout", 60)
    options.setdefault("max_retries", 0)
    return OpenSearch(hosts=[base_url], **options)


def document(record: Record) -> dict:
    """The indexed document: the record's JSON, NFC (clusters rarely have an ICU normaliser)."""
    return json.loads(nfc(record.model_dump_json()))


def bulk_lines(record: Record, index: str | None) -> str:
    """The two NDJSON lines of one bulk `index` action (no `_index` when `index` is None)."""
    meta: dict[str, str] = {"_id": record.id}
    if index:
        meta = {"_index": index, **meta}
    return (json.dumps({"index": meta}) + "\n"
            + json.dumps(document(record), ensure_ascii=False, separators=(",", ":")) + "\n")


def ensure_index(client: Any, index: str) -> None:
    """Apply the template (for this index name) and create the index if it does not exist."""
    from opensearchpy.exceptions import OpenSearchException, TransportError

    template = index_template()
    body = {**template, "index_patterns": [index], "priority": 200}
    try:
        try:
            client.indices.put_index_template(name=f"{TEMPLATE_NAME}-{index}", body=body)
        except TransportError as exc:
            if exc.status_code != 403:  # may index but not manage templates: create it below
                raise
        if not client.indices.exists(index=index):
            _create_index(client, index, template["template"])
        _check_mapping(client, index)
    except OpenSearchException as exc:
        raise SinkError(f"cannot prepare index {index!r}: {exc}") from exc


def _create_index(client: Any, index: str, body: dict) -> None:
    from opensearchpy.exceptions import RequestError

    try:
        client.indices.create(index=index, body=body)
    except RequestError as exc:
        if exc.error != "resource_already_exists_exception":  # another writer was first
            raise


def _check_mapping(client: Any, index: str) -> None:
    mapping = client.indices.get_mapping(index=index)
    props = next(iter(mapping.values()), {}).get("mappings", {}).get("properties", {})
    if "folded" not in props.get("title", {}).get("fields", {}):
        raise SinkError(f"index {index!r} exists without the vnextract mapping: delete it or "
                        "index into another name (URL path)")


def _retryable(exc: Exception) -> bool:
    from opensearchpy.exceptions import ConnectionError as TransportConnectionError
    from opensearchpy.exceptions import TransportError

    if isinstance(exc, TransportConnectionError):
        return True
    return isinstance(exc, TransportError) and exc.status_code in RETRY_STATUSES


class OpenSearchSink(Sink):
    """Bulk-loads records in bounded batches, retrying 429/5xx (whole requests or single
    documents) with exponential back-off and jitter; `_id` is the record id, so re-runs
    overwrite instead of duplicating."""

    def __init__(self, url: str, batch_size: int = 500, max_bytes: int = 5_000_000,
                 max_retries: int = 6, backoff: float = 0.5, client: Any = None,
                 sleep: Callable[[float], None] = time.sleep, **client_options: Any):
        self.base_url, self.index = parse_target(url)
        self.batch_size = max(1, batch_size)
        self.max_bytes = max_bytes
        self.max_retries = max_retries
        self.backoff = backoff
        self._sleep = sleep
        self._client = client if client is not None else make_client(self.base_url,
                                                                     **client_options)
        #: 'indexed', 'failed' (rejected by the cluster, e.g. a mapping error), 'retried'.
        self.stats: Counter[str] = Counter()
        #: The first rejected documents: {'id', 'status', 'error'}.
        self.failures: list[dict] = []
        self._buffer: list[tuple[str, str]] = []
        self._bytes = 0
        self._closed = False
        ensure_index(self._client, self.index)

    def add(self, record: Record) -> None:
        if self._closed:
            raise SinkError(f"{self.index}: the sink is closed")
        lines = bulk_lines(record, self.index)
        self._buffer.append((record.id, lines))
        self._bytes += len(lines.encode())
        if len(self._buffer) >= self.batch_size or self._bytes >= self.max_bytes:
            self.flush()

    def flush(self) -> None:
        batch, self._buffer, self._bytes = self._buffer, [], 0
        if batch:
            self._send(batch)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.flush()
        self._client.indices.refresh(index=self.index)

    def _send(self, batch: list[tuple[str, str]]) -> None:
        pending = batch
        for attempt in range(self.max_retries + 1):
            if attempt:
                self.stats["retried"] += len(pending)
                self._sleep(self._delay(attempt))
            try:
                response = self._client.bulk(body="".join(lines for _, lines in pending))
            except Exception as exc:
                if not _retryable(exc):
                    raise SinkError(f"bulk request to {self.index!r} failed: {exc}") from exc
                continue
            pending = self._settle(pending, response["items"])
            if not pending:
                return
        raise SinkError(f"{len(pending)} records not indexed into {self.index!r} after "
                        f"{self.max_retries + 1} tries (cluster overloaded or down)")

    def _settle(self, sent: list[tuple[str, str]], items: list[dict]) -> list[tuple[str, str]]:
        """Count what the cluster took; return what should be sent again."""
        again = []
        for (doc_id, lines), item in zip(sent, items, strict=True):
            result = next(iter(item.values()))
            status = result.get("status", 500)
            if status in RETRY_STATUSES:
                again.append((doc_id, lines))
            elif status >= 300:
                self.stats["failed"] += 1
                if len(self.failures) < 100:
                    self.failures.append({"id": doc_id, "status": status,
                                          "error": result.get("error")})
            else:
                self.stats["indexed"] += 1
        return again

    def _delay(self, attempt: int) -> float:
        return min(30.0, self.backoff * 2 ** (attempt - 1)) * random.uniform(0.5, 1.0)


class OpenSearchIndex:
    """The same searches as the SQLite index, run by the cluster."""

    def __init__(self, url: str, client: Any = None, **client_options: Any):
        self.base_url, self.index = parse_target(url)
        self._client = client if client is not None else make_client(self.base_url,
                                                                     **client_options)

    def count(self) -> int:
        return self._call(lambda: self._client.count(index=self.index)["count"])

    def search(self, query: Query) -> list[Hit]:
        body = search_body(query)
        response = self._call(lambda: self._client.search(index=self.index, body=body))
        terms = parse_query(query.text)
        hits = []
        for raw in response["hits"]["hits"]:
            record = Record.model_validate(raw["_source"])
            score = raw.get("_score")
            match = "filter" if not terms else (
                "exact" if "exact" in raw.get("matched_queries", ()) else "folded")
            hits.append(build_hit(record, terms, round(score, 4) if score else None, match))
        return hits

    def close(self) -> None:
        self._client.close()

    def _call(self, fn: Callable[[], Any]) -> Any:
        from opensearchpy.exceptions import OpenSearchException

        try:
            return fn()
        except OpenSearchException as exc:
            raise SinkError(f"search in {self.index!r} failed: {exc}") from exc


def search_body(query: Query) -> dict:
    """The request body of `query`: folded words must all match; accent-exact matches and the
    words as one phrase score in tiers above (see EXACT_BOOST); filters never score."""
    terms = parse_query(query.text)
    filters = _filters(query)
    if not terms:
        return {"size": query.limit, "query": {"bool": {"filter": filters}},
                "sort": [{"published": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]}
    exact = " ".join(t.simple_query(folded=False) for t in terms)
    folded = " ".join(t.simple_query(folded=True) for t in terms)
    exact_fields = [f"{f}^{w}" for f, w in _TEXT_FIELDS.items()]
    folded_fields = [f"{f.removesuffix('.text')}.folded^{w}" for f, w in _TEXT_FIELDS.items()]
    phrase = " ".join(t.raw for t in terms)
    return {"size": query.limit, "query": {"bool": {
        "must": [_simple(folded, folded_fields)],
        "should": [
            {"constant_score": {"filter": _simple(exact, exact_fields), "boost": EXACT_BOOST,
                                "_name": "exact"}},
            {"constant_score": {"filter": {"multi_match": {
                "query": phrase, "type": "phrase", "fields": folded_fields}},
                "boost": PHRASE_BOOST}},
        ],
        "filter": filters,
    }}}


def _simple(text: str, fields: list[str]) -> dict:
    return {"simple_query_string": {"query": text, "fields": fields, "default_operator": "and"}}


def _filters(query: Query) -> list[dict]:
    fields = {"author": ["authors.name.folded"],
              "person": ["entities.people.name.folded", "entities.people.aliases.folded"],
              "org": ["entities.organizations.name.folded",
                      "entities.organizations.expansion.folded",
                      "entities.organizations.aliases.folded"]}
    clauses: list[dict] = []
    for kind, values in (("author", query.authors), ("person", query.people), ("org", query.orgs)):
        for value in values:
            clauses.append({"bool": {"minimum_should_match": 1, "should": [
                {"match_phrase": {field: nfc(value)}} for field in fields[kind]]}})
    if query.since or query.until:
        bounds: dict[str, str] = {"time_zone": "+07:00"}
        if query.since:
            bounds["gte"] = query.since.isoformat()
        if query.until:
            bounds["lt"] = (query.until + dt.timedelta(days=1)).isoformat()
        clauses.append({"range": {"published": bounds}})
    return clauses


def export_bulk(records: Iterator[Record], out: Any, index: str | None) -> int:
    """Write bulk NDJSON for `records` to the text stream `out`; returns how many."""
    n = 0
    for record in records:
        out.write(bulk_lines(record, index))
        n += 1
    return n

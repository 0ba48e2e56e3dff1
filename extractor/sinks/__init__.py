"""Search sinks fed from the record stream, and the searches run against them.

    from extractor.sinks import open_sink, open_index, Query

    with open_sink("news.db") as sink:            # or "http://localhost:9200[/index-name]"
        sink.add_many(records)
    hits = open_index("news.db").search(Query("hoi nghi", people=("Nguyen Thi Van Nga",)))

A path is the embedded SQLite/FTS5 index (`sqlite.py`); an http(s) URL is an OpenSearch or
Elasticsearch cluster (`opensearch.py`, needs the optional `opensearch-py`). Both upsert by
record `id`, so feeding the same records twice never duplicates them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from types import TracebackType
from typing import Literal, Protocol

from ..models import Record

__all__ = ["Hit", "Index", "Query", "Sink", "SinkError", "is_url", "open_index", "open_sink"]


class SinkError(RuntimeError):
    """An index cannot be opened or written (missing dependency, server down, wrong schema)."""


class Sink:
    """Receives records; subclasses implement `add` and `close` (which must flush)."""

    def add(self, record: Record) -> None:
        raise NotImplementedError

    def add_many(self, records: Iterable[Record]) -> int:
        n = 0
        for record in records:
            self.add(record)
            n += 1
        return n

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Sink:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        # Records added before an error are complete: keep them (upserts make a re-run safe).
        self.close()


@dataclass(frozen=True)
class Query:
    """A search: free text (may be empty when filters are given) plus filters.

    Name filters match accent-insensitively on whole words ("Van Nga" finds "Nguyễn Thị Vân
    Nga"); several values of one filter must all match. Dates are inclusive days (+07:00).
    """

    text: str = ""
    authors: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int = 20


@dataclass
class Hit:
    id: str
    title: str | None
    published: str | None
    authors: list[str]
    url: str | None
    #: Higher is better; None when listing by date (no text query).
    score: float | None
    #: 'exact': the words as typed, accents included; 'folded': only without accents;
    #: 'filter': no text query.
    match: Literal["exact", "folded", "filter"]
    snippet: str
    #: [start, end) character spans to highlight in `snippet` and in `title`.
    highlights: list[tuple[int, int]] = field(default_factory=list)
    title_highlights: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


class Index(Protocol):
    def search(self, query: Query) -> list[Hit]: ...

    def count(self) -> int: ...

    def close(self) -> None: ...


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def open_sink(target: str, **options) -> Sink:
    """A sink for `target`: an http(s) URL is OpenSearch/Elasticsearch, anything else a SQLite
    file (created if missing). `options` go to the sink's constructor (e.g. batch_size)."""
    if is_url(target):
        from .opensearch import OpenSearchSink

        return OpenSearchSink(target, **options)
    from .sqlite import SQLiteSink

    return SQLiteSink(target, **options)


def open_index(target: str) -> Index:
    """A searchable index at `target` (same forms as `open_sink`); it must already exist."""
    if is_url(target):
        from .opensearch import OpenSearchIndex

        return OpenSearchIndex(target)
    from .sqlite import SQLiteIndex

    return SQLiteIndex(target)

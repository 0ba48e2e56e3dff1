"""`vnextract index`, `vnextract search` and `vnextract export` (added by extractor/cli.py)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..models import Record
from . import Hit, Query, SinkError, open_index, open_sink
from .jsonl import BadLine, read_records


def add_commands(sub: argparse._SubParsersAction) -> None:
    _add_index(sub)
    _add_search(sub)
    _add_export(sub)


def _add_index(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="load JSONL records into a search index",
                       description="Upsert the records of JSONL files (from `vnextract extract`) "
                       "into a SQLite index file or an OpenSearch/Elasticsearch URL, without "
                       "re-extracting. Invalid lines are skipped and reported.")
    p.add_argument("inputs", nargs="+", metavar="JSONL", help="record files ('-' = stdin, .gz ok)")
    p.add_argument("--to", required=True, metavar="TARGET",
                   help="news.db (SQLite, created if missing) or http(s)://host:9200[/index]")
    p.add_argument("--errors", metavar="FILE", help="JSONL file for invalid lines (default stderr)")
    p.add_argument("--batch-size", type=int, default=500, help="records per commit / bulk request")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    p.set_defaults(func=_cmd_index)


def _add_search(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search an index",
                       description="Full-text search, with or without diacritics ('hội nghị' or "
                       "'hoi nghi'); \"quoted phrases\" and prefix* words. Accent-exact matches "
                       "rank first, then BM25 with the title boosted. An empty QUERY lists the "
                       "records the filters keep, newest first. Exit 1 when nothing is found.")
    p.add_argument("query", metavar="QUERY", help="words to find ('' for filters only)")
    p.add_argument("--index", required=True, metavar="TARGET", help="news.db or an http(s) URL")
    p.add_argument("--author", action="append", default=[], help="author name (repeatable)")
    p.add_argument("--person", action="append", default=[], help="person named in the record")
    p.add_argument("--org", action="append", default=[], help="organisation named in the record")
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="published on or after")
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="published on or before")
    p.add_argument("--limit", type=int, default=20, help="at most this many results (20)")
    p.add_argument("--json", action="store_true", help="one JSON object per result")
    p.set_defaults(func=_cmd_search)


def _add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write records as OpenSearch bulk NDJSON",
                       description="opensearch-bulk: NDJSON for the _bulk API of OpenSearch or "
                       "Elasticsearch (apply the index template first, see docs/search.md). "
                       "opensearch-template: the index template itself (no inputs).")
    p.add_argument("inputs", nargs="*", metavar="JSONL", help="record files ('-' = stdin)")
    p.add_argument("--format", required=True, choices=["opensearch-bulk", "opensearch-template"])
    p.add_argument("-o", "--output", default="-", help="output file ('-' = stdout)")
    p.add_argument("--index-name", default="vnextract-records",
                   help="_index of every action ('' for none: give it in the _bulk URL)")
    p.add_argument("--errors", metavar="FILE", help="JSONL file for invalid lines (default stderr)")
    p.set_defaults(func=_cmd_export)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def _cmd_index(args: argparse.Namespace) -> int:
    stats: Counter[str] = Counter()
    started = time.monotonic()
    err = _open_errors(args.errors)
    try:
        with open_sink(args.to, batch_size=args.batch_size) as sink:
            sink.add_many(_valid(read_records(args.inputs), err, stats))
    except SinkError as exc:
        print(f"vnextract index: {exc}", file=sys.stderr)
        return 1
    finally:
        if err is not sys.stderr:
            err.close()
    if not args.quiet:
        _index_summary(args.to, stats, getattr(sink, "stats", Counter()),
                       time.monotonic() - started)
    return 0 if stats["records"] else 1


def _valid(items: Iterator[Record | BadLine], err: TextIO, stats: Counter[str]) -> Iterator[Record]:
    for item in items:
        if isinstance(item, BadLine):
            stats["invalid"] += 1
            err.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
            err.flush()
        else:
            stats["records"] += 1
            yield item


def _index_summary(target: str, stats: Counter[str], sink_stats: Counter[str],
                   seconds: float) -> None:
    rate = stats["records"] / seconds if seconds > 0 else 0.0
    detail = ", ".join(f"{n} {k}" for k, n in sorted(sink_stats.items()))
    print(f"vnextract index: {stats['records']} records ({detail or 'none'}), "
          f"{stats['invalid']} invalid lines into {target} in {seconds:.1f}s "
          f"({rate:.0f} records/s)", file=sys.stderr)


def _open_errors(path: str | None) -> TextIO:
    if not path:
        return sys.stderr
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8")


def _cmd_search(args: argparse.Namespace) -> int:
    query = Query(text=args.query, authors=tuple(args.author), people=tuple(args.person),
                  orgs=tuple(args.org), since=args.since, until=args.until,
                  limit=max(1, args.limit))
    try:
        index = open_index(args.index)
        try:
            hits = index.search(query)
        finally:
            index.close()
    except SinkError as exc:
        print(f"vnextract search: {exc}", file=sys.stderr)
        return 2
    if args.json:
        for hit in hits:
            sys.stdout.write(json.dumps(hit.to_json(), ensure_ascii=False) + "\n")
    else:
        _print_table(hits)
    return 0 if hits else 1


def _print_table(hits: list[Hit]) -> None:
    if not hits:
        print("no results", file=sys.stderr)
        return
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # rich missing: plain lines
        for n, hit in enumerate(hits, 1):
            print(f"{n:>3}. {(hit.published or '')[:10]:10}  {hit.title or ''}\n     {hit.snippet}")
        return
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("title", ratio=2)
    table.add_column("authors", ratio=1)
    table.add_column("snippet", ratio=4)
    table.add_column("match", no_wrap=True)
    for n, hit in enumerate(hits, 1):
        table.add_row(str(n), (hit.published or "")[:10],
                      _marked(hit.title or "", hit.title_highlights, "bold"),
                      ", ".join(hit.authors), _marked(hit.snippet, hit.highlights, ""),
                      hit.match)
    Console().print(table)


def _marked(text: str, spans: list[tuple[int, int]], base: str):
    from rich.text import Text

    out = Text(text, style=base)
    for start, end in spans:
        out.stylize("bold yellow", start, end)
    return out


def _cmd_export(args: argparse.Namespace) -> int:
    from .opensearch import bulk_lines, index_template

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        if args.format == "opensearch-template":
            out.write(json.dumps(index_template(), ensure_ascii=False, indent=2) + "\n")
            return 0
        stats: Counter[str] = Counter()
        err = _open_errors(args.errors)
        try:
            for record in _valid(read_records(args.inputs or ["-"]), err, stats):
                out.write(bulk_lines(record, args.index_name or None))
        finally:
            if err is not sys.stderr:
                err.close()
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"vnextract export: {stats['records']} records, {stats['invalid']} invalid lines",
          file=sys.stderr)
    return 0 if stats["records"] else 1

"""Records per second into the search sinks: SQLite/FTS5 and an OpenSearch-API server.

    python bench/index_speed.py [-n 10000] [--batch-size 500] [--url http://host:9200]

Records are the bundled fixture pages extracted once, then varied (id, title, paragraph order) up to
N. Each sink is timed on a fresh index, then again on the same records (every one an upsert of
an unchanged record). Without --url an in-memory osmem-server is started on a free loopback
port (pip install osmem-server opensearch-py); that row is skipped if it cannot start.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import extractor  # noqa: E402
from extractor.cli import PAGE_SUFFIXES  # noqa: E402
from extractor.models import Record  # noqa: E402
from extractor.sinks import Query, open_index, open_sink  # noqa: E402


def synthesise(n: int) -> list[Record]:
    pages = sorted(p for p in (ROOT / "fixtures").iterdir() if p.name.endswith(PAGE_SUFFIXES))
    base = [extractor.extract(p) for p in pages]
    out = []
    for i in range(n):
        r = base[i % len(base)]
        k = i // len(base) % max(1, len(r.paragraphs))
        out.append(r.model_copy(update={
            "id": f"{i:032x}", "title": f"{r.title} (bản {i})",
            "paragraphs": r.paragraphs[k:] + r.paragraphs[:k]}))
    return out


def timed(target: str, records: list[Record], batch_size: int) -> float:
    started = time.perf_counter()
    with open_sink(target, batch_size=batch_size) as sink:
        sink.add_many(records)
    return len(records) / (time.perf_counter() - started)


def query_ms(target: str, queries: list[str], rounds: int = 5) -> float:
    index = open_index(target)
    index.search(Query(queries[0]))  # warm up (query normaliser import)
    started = time.perf_counter()
    for _ in range(rounds):
        for q in queries:
            index.search(Query(q, limit=10))
    index.close()
    return (time.perf_counter() - started) * 1000 / (rounds * len(queries))


QUERIES = ["hoi nghi", "hội nghị", "Nguyễn Thị Vân Nga", "da nang", "xoài Đồng Tháp", "ngân*"]


def run_sink(name: str, target: str, records: list[Record], batch: int) -> list[str]:
    fresh = timed(target, records, batch)
    again = timed(target, records, batch)
    return [name, f"{len(records):,}", f"{fresh:,.0f}", f"{again:,.0f}",
            f"{query_ms(target, QUERIES):.1f}"]


def with_server(url: str | None, fn: Callable[[str], list[str]]) -> list[str] | str:
    if url:
        return fn(url.rstrip("/") + "/vnextract-bench")
    try:
        from osmem_server import OsmemServer
    except ImportError:
        return "skipped: pip install osmem-server opensearch-py"
    try:
        server = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
    except Exception as exc:  # any start failure skips this row, not the benchmark
        return f"skipped: osmem-server did not start ({exc})"
    with server:
        return fn(f"{server.url}/vnextract-bench")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=10_000)
    p.add_argument("--batch-size", type=int, default=500)
    p.add_argument("--url", help="an OpenSearch/Elasticsearch cluster instead of osmem-server")
    args = p.parse_args()
    records = synthesise(args.n)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        rows.append(run_sink("SQLite (FTS5, WAL)", db, records, args.batch_size))
        size = Path(db).stat().st_size / 1e6
    os_row = with_server(args.url, lambda t: run_sink(
        "OpenSearch API" + ("" if args.url else " (osmem-server)"), t, records, args.batch_size))
    header = ["sink", "records", "records/s new", "records/s re-run", "ms/query"]
    table = [header, *rows] + ([os_row] if isinstance(os_row, list) else [])
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for row in table:
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in
                        enumerate(zip(row, widths, strict=True))))
    if isinstance(os_row, str):
        print(f"OpenSearch API: {os_row}")
    print(f"SQLite file: {size:.1f} MB for {len(records):,} records "
          f"(batch {args.batch_size}; re-run = same ids, unchanged)")


if __name__ == "__main__":
    main()

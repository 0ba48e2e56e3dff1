"""`vnextract`: a thin command line over the library (builds a `Config`, calls `extract`)."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import TextIO

from . import __version__
from .config import OPTIONAL_STAGES, Config
from .inputs import PAGE_SUFFIXES


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    return args.func(args)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vnextract",
        description="Turn scraped Vietnamese news pages (HTML or text dumps) into JSON records.",
    )
    p.add_argument("--version", action="version", version=f"vnextract {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract records from files, directories and WARCs",
                        description="Extract one JSON record per page into a JSONL file. "
                        "Directories are read recursively (" + ", ".join(PAGE_SUFFIXES) + "); "
                        "WARC/ARC files give one page per HTML/text response; '-' reads a list "
                        "of paths from stdin.")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="pages, directories, WARCs, or -")
    ex.add_argument("-o", "--output", default="-", help="output JSONL file ('-' = stdout)")
    ex.add_argument("--errors", help="JSONL file for inputs that gave no record "
                    "(default: OUTPUT.errors.jsonl, or stderr when writing to stdout)")
    ex.add_argument("--skip", action="append", default=[], metavar="STAGE",
                    choices=OPTIONAL_STAGES, help="switch a stage off (repeatable): "
                    + ", ".join(OPTIONAL_STAGES))
    ex.add_argument("-j", "--workers", type=int, default=os.cpu_count() or 1,
                    help="worker processes (default: all cores)")
    ex.add_argument("--unordered", action="store_true",
                    help="write records as they finish instead of in input order (faster)")
    ex.add_argument("--resume", action="store_true", help="append to OUTPUT, skipping inputs "
                    "already in it or in the error file (same path and SHA-256)")
    ex.add_argument("--timeout", type=float, default=60.0, help="seconds per page (default 60)")
    ex.add_argument("--mtime-as-capture", action="store_true", help="take each file's "
                    "modification time as its capture time (resolves '2 giờ trước')")
    ex.add_argument("--max-bytes", type=int, default=20 * 1024 * 1024,
                    help="refuse pages larger than this, after decompression (default 20 MB)")
    ex.add_argument("--dask", metavar="SCHEDULER", help="run on a Dask cluster: its scheduler "
                    "address (tcp://host:8786) or 'local' (needs the 'dask' extra)")
    ex.add_argument("--index", metavar="TARGET", help="also feed every record to a search "
                    "index: a SQLite file (news.db) or an OpenSearch/Elasticsearch URL")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
    ex.set_defaults(func=_cmd_extract)

    tb = sub.add_parser("tables", help="write every table as a CSV file",
                        description="Extract pages (or read records from .jsonl files) and write "
                        "one CSV per table, named RECORD-ID-N.csv (header first).")
    tb.add_argument("paths", nargs="+", metavar="PATH", help="pages, directories or .jsonl")
    tb.add_argument("-o", "--output", required=True, help="directory for the CSV files")
    tb.set_defaults(func=_cmd_tables)

    sc = sub.add_parser("schema", help="print the JSON Schema of a record")
    sc.add_argument("-o", "--output", default="-", help="write to this file ('-' = stdout)")
    sc.set_defaults(func=_cmd_schema)
    _add_optional_commands(sub)
    return p


def _add_optional_commands(sub: argparse._SubParsersAction) -> None:
    """Commands of the search sinks (`index`, `search`, `export`), kept in their own module."""
    try:
        from .sinks.cli import add_commands
    except ImportError:  # sinks not built yet in this checkout
        return
    add_commands(sub)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .inputs import iter_items
    from .runner import Run, done_keys

    config = Config(skip=frozenset(args.skip), page_timeout=args.timeout,
                    max_bytes=args.max_bytes, mtime_as_capture=args.mtime_as_capture)
    try:
        sink = _open_sink(args.index) if args.index else None
    except Exception as exc:  # SinkError and client errors: a clear message, not a traceback
        print(f"vnextract: cannot open index {args.index}: {exc}", file=sys.stderr)
        return 1
    out, err = _open_outputs(args)
    progress = _Progress(quiet=args.quiet, total=_count(args.paths, args.quiet))
    run = Run(config, out, err, workers=max(1, args.workers), ordered=not args.unordered,
              on_result=lambda result, summary: (_feed(sink, result), progress.update(summary)))
    done = done_keys(*_existing(args)) if args.resume else None
    try:
        items = iter_items(args.paths)
        summary = run.dask(items, args.dask, done) if args.dask else run(items, done)
    except _sink_errors() as exc:
        print(f"vnextract: index {args.index}: {exc}", file=sys.stderr)
        return 1
    finally:
        progress.close()
        if sink is not None:
            with contextlib.suppress(*_sink_errors()):
                sink.close()
        for fh in {out, err} - {sys.stdout, sys.stderr}:
            fh.close()
    if not args.quiet:
        _summary(summary)
    if summary.interrupted:
        return 130
    return 0 if summary.records or (summary.skipped and not summary.errors) else 1


def _existing(args: argparse.Namespace) -> list[Path]:
    if args.output == "-":
        return []
    return [Path(args.output), Path(_errors_path(args))]


def _feed(sink, result) -> None:
    if sink is not None and result.line is not None:
        from .models import Record

        sink.add(Record.model_validate_json(result.line))


def _count(paths: list[str], quiet: bool) -> int | None:
    """How many inputs, for the bar's ETA: only on a terminal, and not for stdin lists or WARC
    archives (a WARC's pages are only known by reading it)."""
    from .inputs import WARC_SUFFIXES

    if quiet or not sys.stderr.isatty() or "-" in paths:
        return None
    total = 0
    for raw in paths:
        names = ([os.path.join(d, f) for d, _, files in os.walk(raw) for f in files]
                 if os.path.isdir(raw) else [raw])
        for name in names:
            lower = name.lower()
            if lower.endswith(WARC_SUFFIXES):
                return None
            total += lower.endswith(PAGE_SUFFIXES) or not os.path.isdir(raw)
    return total or None


class _Progress:
    """A progress bar with rate and ETA on a terminal, a plain line every 10 s otherwise,
    nothing when quiet."""

    def __init__(self, *, quiet: bool, total: int | None = None) -> None:
        self.quiet = quiet
        self.bar = None
        self.last = self.started = time.monotonic()
        if not quiet and sys.stderr.isatty():
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(),
                                MofNCompleteColumn(), TextColumn("{task.fields[rate]} pages/s"),
                                TimeRemainingColumn(), transient=True)
            self.task = self.bar.add_task("extracting", total=total, rate="0.0")
            self.bar.start()

    def update(self, summary) -> None:
        if self.quiet:
            return
        done = summary.records + summary.errors + summary.skipped
        rate = done / max(1e-9, time.monotonic() - self.started)
        text = (f"{summary.records} records, {summary.errors} errors, "
                f"{summary.skipped} skipped")
        if self.bar is not None:
            self.bar.update(self.task, completed=done, rate=f"{rate:.1f}")
        elif time.monotonic() - self.last >= 10:
            self.last = time.monotonic()
            print(f"vnextract: {text} ({rate:.1f} pages/s)", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _sink_errors() -> tuple[type[BaseException], ...]:
    try:
        from .sinks import SinkError
    except ImportError:
        return ()
    return (SinkError,)


def _open_sink(target: str):
    from .sinks import open_sink

    return open_sink(target)


def _errors_path(args: argparse.Namespace) -> str | None:
    if args.errors or args.output == "-":
        return args.errors
    return f"{os.path.splitext(args.output)[0]}.errors.jsonl"


def _open_outputs(args: argparse.Namespace) -> tuple[TextIO, TextIO]:
    mode = "a" if args.resume else "w"
    if args.output == "-":
        out: TextIO = sys.stdout
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        out = open(args.output, mode, encoding="utf-8")  # noqa: SIM115 - closed in caller
    err_path = _errors_path(args)
    err: TextIO = open(err_path, mode, encoding="utf-8") if err_path else sys.stderr  # noqa: SIM115
    return out, err


def _summary(summary) -> None:
    line = (f"vnextract: {summary.inputs} inputs, {summary.records} records, "
            f"{summary.errors} errors, {summary.skipped} skipped in {summary.seconds:.1f}s "
            f"({summary.rate:.1f} pages/s)")
    if summary.interrupted:
        line += " — interrupted; run again with --resume to continue"
    print(line, file=sys.stderr)
    if summary.problems:
        problems = sorted(summary.problems.items())
        print("problems: " + ", ".join(f"{code}={n}" for code, n in problems), file=sys.stderr)


def _cmd_tables(args: argparse.Namespace) -> int:
    import csv

    from .models import Record

    outdir = Path(args.output)
    outdir.mkdir(parents=True, exist_ok=True)
    written = 0
    for record in _records(args.paths, Record):
        for i, table in enumerate(record.tables):
            with open(outdir / f"{record.id}-{i}.csv", "w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(table.header)
                writer.writerows(table.rows)
            written += 1
    print(f"vnextract: {written} tables written to {outdir}", file=sys.stderr)
    return 0


def _records(paths: list[str], record_type):
    """Records from .jsonl files as they are, and from pages by extraction (no entities)."""
    from .errors import ExtractionError
    from .inputs import iter_items
    from .pipeline import extract

    jsonl = [p for p in paths if p.endswith(".jsonl")]
    for path in jsonl:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield record_type.model_validate_json(line)
    config = Config(skip=frozenset({"entities"}))
    for item in iter_items([p for p in paths if p not in jsonl]):
        try:
            yield extract(item.data if item.data is not None else Path(item.key), config=config,
                          origin=item.key, url=item.url)
        except ExtractionError as exc:
            print(f"vnextract: {item.key}: {exc}", file=sys.stderr)


def record_schema() -> dict:
    from .models import Record

    schema = Record.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _cmd_schema(args: argparse.Namespace) -> int:
    text = json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

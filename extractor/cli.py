"""`vnextract`: a thin command line over the library (builds a `Config`, calls `extract`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from . import __version__
from .config import OPTIONAL_STAGES, Config

#: File names taken from directories; files named explicitly are always taken.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".html.gz", ".htm.gz", ".txt.gz")


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

    ex = sub.add_parser("extract", help="extract records from files and directories",
                        description="Extract one JSON record per page into a JSONL file. "
                        "Directories are read recursively (" + ", ".join(PAGE_SUFFIXES) + ").")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="page files or directories")
    ex.add_argument("-o", "--output", default="-", help="output JSONL file ('-' = stdout)")
    ex.add_argument("--errors", help="JSONL file for inputs that gave no record "
                    "(default: OUTPUT.errors.jsonl, or stderr when writing to stdout)")
    ex.add_argument("--skip", action="append", default=[], metavar="STAGE",
                    choices=OPTIONAL_STAGES, help="switch a stage off (repeatable): "
                    + ", ".join(OPTIONAL_STAGES))
    ex.add_argument("--index", metavar="TARGET", help="also feed every record to a search "
                    "index: a SQLite file (news.db) or an OpenSearch/Elasticsearch URL")
    ex.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    ex.set_defaults(func=_cmd_extract)

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


def iter_inputs(paths: list[str]) -> Iterator[Path]:
    """Files named explicitly, then page files under directories (recursive, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.is_file() and _is_page(p)]
            yield from sorted(found)
        else:
            yield path


def _is_page(path: Path) -> bool:
    return path.name.lower().endswith(PAGE_SUFFIXES)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .errors import ExtractionError
    from .pipeline import extract

    config = Config(skip=frozenset(args.skip))
    out, err = _open_outputs(args)
    sink = _open_sink(args.index) if args.index else None
    stats: Counter[str] = Counter()
    started = time.monotonic()
    try:
        for path in iter_inputs(args.paths):
            stats["inputs"] += 1
            try:
                record = extract(path, config=config)
            except ExtractionError as exc:
                _error_line(err, str(path), "load", exc.code, exc.detail)
                stats["errors"] += 1
                continue
            out.write(record.model_dump_json() + "\n")
            out.flush()
            if sink is not None:
                sink.add(record)
            stats["records"] += 1
            stats.update(f"problem:{p.code}" for p in record.problems)
    finally:
        if sink is not None:
            sink.close()
        for fh in {out, err} - {sys.stdout, sys.stderr}:
            fh.close()
    if not args.quiet:
        _summary(stats, time.monotonic() - started)
    return 0 if stats["records"] else 1


def _open_sink(target: str):
    from .sinks import open_sink

    return open_sink(target)


def _open_outputs(args: argparse.Namespace) -> tuple[TextIO, TextIO]:
    if args.output == "-":
        out: TextIO = sys.stdout
        err_path = args.errors
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed in caller
        err_path = args.errors or f"{os.path.splitext(args.output)[0]}.errors.jsonl"
    err: TextIO = open(err_path, "w", encoding="utf-8") if err_path else sys.stderr  # noqa: SIM115
    return out, err


def _error_line(err: TextIO, path: str, stage: str, code: str, detail: str) -> None:
    line = {"path": path, "stage": stage, "error": code, "message": detail}
    err.write(json.dumps(line, ensure_ascii=False) + "\n")
    err.flush()


def _summary(stats: Counter[str], seconds: float) -> None:
    rate = stats["inputs"] / seconds if seconds > 0 else 0.0
    print(f"vnextract: {stats['inputs']} inputs, {stats['records']} records, "
          f"{stats['errors']} errors in {seconds:.1f}s ({rate:.1f} pages/s)", file=sys.stderr)
    problems = sorted((k.split(":", 1)[1], v) for k, v in stats.items() if k.startswith("problem:"))
    if problems:
        print("problems: " + ", ".join(f"{code}={n}" for code, n in problems), file=sys.stderr)


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

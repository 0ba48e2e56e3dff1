"""Reading records back from JSONL files (`vnextract extract -o`), never failing on a bad line."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import BinaryIO

from pydantic import ValidationError

from ..models import Record


@dataclass(frozen=True)
class BadLine:
    """A line (or a whole file, line 0) that gave no record."""

    path: str
    line: int
    error: str  # 'unreadable', 'undecodable', 'invalid_json' or 'invalid_record'
    message: str

    def to_json(self) -> dict:
        return asdict(self)


def read_records(paths: list[str]) -> Iterator[Record | BadLine]:
    """Records of every line of every file ('-' = stdin, '.gz' decompressed), in order; blank
    lines are skipped, anything else that is not a valid record is yielded as a `BadLine`."""
    for path in paths:
        try:
            fh = _open(path)
        except OSError as exc:
            yield BadLine(path, 0, "unreadable", exc.strerror or str(exc))
            continue
        try:
            yield from _read(path, fh)
        except (OSError, EOFError) as exc:  # truncated gzip, read error: keep what was read
            yield BadLine(path, 0, "unreadable", str(exc))
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()


def _open(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read(path: str, fh: BinaryIO) -> Iterator[Record | BadLine]:
    for number, raw in enumerate(fh, 1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield BadLine(path, number, "undecodable", str(exc))
            continue
        if not line.strip():
            continue
        try:
            yield Record.model_validate_json(line)
        except ValidationError as exc:
            yield BadLine(path, number, *_describe(exc))


def _describe(exc: ValidationError) -> tuple[str, str]:
    first = exc.errors()[0]
    if first["type"] == "json_invalid":
        return "invalid_json", first["msg"]
    where = ".".join(str(p) for p in first["loc"]) or "record"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return "invalid_record", f"{where}: {first['msg']}{more}"

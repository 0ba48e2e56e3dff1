"""Enumerate inputs lazily: files, directories (recursive, sorted, symlink loops safe), a file
list on stdin ("-"), and WARC/ARC archives (each HTML or text `response` is one page)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: File names taken from directories; files named explicitly are always taken.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".html.gz", ".htm.gz", ".txt.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")


@dataclass(frozen=True)
class Item:
    """One page to extract: a file to read, or bytes already read (from a WARC record)."""

    key: str  # stable identity: the path, or "archive.warc.gz#offset"
    path: str | None = None
    data: bytes | None = None
    url: str | None = None
    captured: str | None = None  # WARC-Date


def iter_items(paths: list[str]) -> Iterator[Item]:
    for raw in paths:
        if raw == "-":
            for line in sys.stdin:
                if line.strip():
                    yield from _one(Path(line.strip()), explicit=True)
        else:
            yield from _one(Path(raw), explicit=True)


def _one(path: Path, *, explicit: bool) -> Iterator[Item]:
    if path.is_dir():
        yield from _walk(path)
    elif path.name.lower().endswith(WARC_SUFFIXES):
        yield from iter_warc(path)
    elif explicit or path.name.lower().endswith(PAGE_SUFFIXES):
        yield Item(key=str(path), path=str(path))


def _walk(top: Path) -> Iterator[Item]:
    """Depth-first in sorted order; each real directory visited once (symlink loops end)."""
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        directory = stack.pop()
        try:
            st = directory.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            path = Path(entry.path)
            if entry.is_dir():
                subdirs.append(path)
            else:
                yield from _one(path, explicit=False)
        stack.extend(reversed(subdirs))


def iter_warc(path: Path) -> Iterator[Item]:
    """HTML and text `response` records of a WARC/ARC file, read as a stream."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        records = ArchiveIterator(fh, arc2warc=True)
        for record in records:
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and not ctype.lower().startswith(_PAGE_TYPES):
                continue
            data = record.content_stream().read()
            yield Item(key=f"{path}#{records.get_record_offset()}", data=data,
                       url=record.rec_headers.get_header("WARC-Target-URI"),
                       captured=record.rec_headers.get_header("WARC-Date"))

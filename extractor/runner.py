"""Run extraction over many inputs: parallel, streaming, resumable, nothing lost.

- Workers: a process pool; at most `window` pages in flight, so memory stays flat whatever
  the number of inputs; heavy models load once per worker (warm-up in the initializer).
- Output: JSONL appended and fsync'ed every batch; output order = input order unless
  `ordered=False`. A line is complete or absent: a partial last line left by a crash is cut on
  resume.
- Resume: inputs whose key (path) and SHA-256 are already in the output or the error file are
  skipped.
- Ctrl-C: no new pages start; pages in flight finish and are written; then the run stops.
- Errors: one JSON line per failed input (path, stage, error, message) in the error file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .config import Config
from .inputs import Item
from .textdates import VN_TZ, parse_iso

_FSYNC_EVERY = 50  # records per fsync


@dataclass
class Result:
    key: str
    sha256: str | None = None
    line: str | None = None  # the record's JSON
    error: dict | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class Summary:
    inputs: int = 0
    skipped: int = 0
    records: int = 0
    errors: int = 0
    problems: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def rate(self) -> float:
        done = self.records + self.errors
        return done / self.seconds if self.seconds > 0 else 0.0


def extract_item(item: Item, config: Config) -> Result:
    """Extract one input into a Result (never raises): the pure per-page function."""
    from .errors import ExtractionError
    from .pipeline import extract

    try:
        with _time_limit(config.page_timeout):
            source = item.data if item.data is not None else Path(item.path or item.key)
            record = extract(source, config=config, origin=item.key, url=item.url,
                             captured=_captured(item, config))
    except ExtractionError as exc:
        return Result(item.key, error=_error(item.key, "load", exc.code, exc.detail))
    except _Timeout:
        return Result(item.key, error=_error(item.key, "pipeline", "timeout",
                                             f"over {config.page_timeout:g}s"))
    except Exception as exc:  # one bad page must not end a run of millions; it is reported
        return Result(item.key, error=_error(item.key, "pipeline", type(exc).__name__, str(exc)))
    return Result(item.key, record.source.sha256, record.model_dump_json(),
                  problems=[p.code for p in record.problems])


def _captured(item: Item, config: Config) -> dt.datetime | None:
    if item.captured:
        value = parse_iso(item.captured)
        return value if isinstance(value, dt.datetime) else None
    if config.mtime_as_capture and item.path:
        with contextlib.suppress(OSError):
            return dt.datetime.fromtimestamp(os.stat(item.path).st_mtime, VN_TZ).replace(
                microsecond=0)
    return None


def _error(key: str, stage: str, code: str, message: str) -> dict:
    return {"path": key, "stage": stage, "error": code, "message": message}


class _Timeout(BaseException):
    """BaseException, so that the pipeline's per-stage error recording cannot swallow it."""


class _time_limit:
    """SIGALRM-based budget (worker processes and the main thread only; else no limit)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.active = False

    def __enter__(self) -> None:
        try:
            signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.active = True
        except (ValueError, AttributeError):
            self.active = False  # not the main thread, or no SIGALRM on this platform

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)

    @staticmethod
    def _expire(signum: int, frame: object) -> None:
        raise _Timeout


def _worker_init() -> None:
    """Workers ignore Ctrl-C (the parent decides) and load the heavy models once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from .ner.analysis import analyse

        analyse("Ông Nguyễn Văn An làm việc tại Hà Nội.")
    except Exception:  # a warm-up failure shows up again, and is reported, on the first page
        return


# --- resume ----------------------------------------------------------------------------------

def done_keys(*paths: Path) -> dict[str, str | None]:
    """key -> sha256 of inputs already written to these JSONL files (records or errors)."""
    done: dict[str, str | None] = {}
    for path in paths:
        if not path.exists():
            continue
        repair_tail(path)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    data = json.loads(line)
                except ValueError:
                    continue
                source = data.get("source") or {}
                key = source.get("path") or data.get("path")
                if key:
                    done[key] = source.get("sha256") or data.get("sha256")
    return done


def repair_tail(path: Path) -> None:
    """Cut a partial last line (a crash mid-write) so appending starts on a clean line."""
    with open(path, "rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return
        fh.seek(max(0, size - 1))
        if fh.read(1) == b"\n":
            return
        chunk, pos = b"", size
        while pos > 0 and b"\n" not in chunk:
            pos = max(0, pos - 65536)
            fh.seek(pos)
            chunk = fh.read(size - pos)
        cut = pos + chunk.rfind(b"\n") + 1 if b"\n" in chunk else 0
        fh.truncate(cut)


def _already_done(item: Item, done: dict[str, str | None]) -> bool:
    if item.key not in done:
        return False
    recorded = done[item.key]
    if recorded is None:
        return True
    try:
        data = item.data if item.data is not None else Path(item.path or item.key).read_bytes()
    except OSError:
        return True
    if data[:2] == b"\x1f\x8b":
        return True  # recorded hashes are of the decompressed bytes; the key is enough
    return hashlib.sha256(data).hexdigest() == recorded


# --- the run ---------------------------------------------------------------------------------

@dataclass
class Run:
    config: Config
    out: TextIO
    errors: TextIO
    workers: int = 1
    ordered: bool = True
    window: int = 0  # pages in flight; 0 = 4 per worker
    on_result: Callable[[Result, Summary], None] | None = None
    summary: Summary = field(default_factory=Summary)
    _stop: bool = False

    def __call__(self, items: Iterable[Item], done: dict[str, str | None] | None = None) -> Summary:
        started = time.monotonic()
        todo = self._skip_done(items, done or {})
        previous = signal.signal(signal.SIGINT, self._interrupt)
        try:
            if self.workers <= 1:
                self._serial(todo)
            else:
                self._parallel(todo)
        finally:
            signal.signal(signal.SIGINT, previous)
            self._sync()
            self.summary.seconds = time.monotonic() - started
        return self.summary

    def _skip_done(self, items: Iterable[Item], done: dict[str, str | None]) -> Iterator[Item]:
        for item in items:
            self.summary.inputs += 1
            if done and _already_done(item, done):
                self.summary.skipped += 1
                continue
            yield item

    def _interrupt(self, signum: int, frame: object) -> None:
        self._stop = True
        self.summary.interrupted = True

    def _serial(self, todo: Iterator[Item]) -> None:
        for item in todo:
            if self._stop:
                break
            self._write(extract_item(item, self.config))

    def _parallel(self, todo: Iterator[Item]) -> None:
        window = self.window or 4 * self.workers
        with ProcessPoolExecutor(self.workers, initializer=_worker_init) as pool:
            pending: dict[Future, int] = {}
            finished: dict[int, Result] = {}
            next_out = 0
            for submitted, item in enumerate(todo):
                if self._stop:
                    break
                pending[pool.submit(extract_item, item, self.config)] = submitted
                # finished-but-unwritten pages count too: one slow page cannot make us hoard
                while len(pending) + len(finished) >= window:
                    next_out = self._collect(pending, finished, next_out)
            while pending:
                next_out = self._collect(pending, finished, next_out)

    def dask(self, items: Iterable[Item], address: str,
             done: dict[str, str | None] | None = None) -> Summary:
        """The same pure function mapped over a Dask cluster ('local' starts one in-process)."""
        from dask.distributed import Client, LocalCluster

        started = time.monotonic()
        cluster = LocalCluster(processes=False, n_workers=1, threads_per_worker=self.workers,
                               dashboard_address=None) if address == "local" else None
        client = Client(cluster if cluster is not None else address)
        try:
            batch: list[Item] = []
            for item in self._skip_done(items, done or {}):
                batch.append(item)
                if len(batch) >= (self.window or 64):
                    self._dask_batch(client, batch)
                    batch = []
            if batch:
                self._dask_batch(client, batch)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
            self._sync()
            self.summary.seconds = time.monotonic() - started
        return self.summary

    def _dask_batch(self, client, batch: list[Item]) -> None:
        futures = client.map(extract_item, batch, config=self.config, pure=False)
        for result in client.gather(futures):  # gather keeps input order
            self._write(result)

    def _collect(self, pending: dict[Future, int], finished: dict[int, Result], next_out: int) -> int:
        done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
        for future in done:
            index = pending.pop(future)
            result = future.result()
            if not self.ordered:
                self._write(result)
            else:
                finished[index] = result
        while self.ordered and next_out in finished:
            self._write(finished.pop(next_out))
            next_out += 1
        return next_out

    def _write(self, result: Result) -> None:
        if result.line is not None:
            self.out.write(result.line + "\n")
            self.summary.records += 1
            self.summary.problems.update(result.problems)
        else:
            self.errors.write(json.dumps(result.error, ensure_ascii=False) + "\n")
            self.summary.errors += 1
        if (self.summary.records + self.summary.errors) % _FSYNC_EVERY == 0:
            self._sync()
        if self.on_result:
            self.on_result(result, self.summary)

    def _sync(self) -> None:
        for fh in (self.out, self.errors):
            fh.flush()
            with contextlib.suppress(OSError, ValueError):  # stdout, a pipe: nothing to sync
                os.fsync(fh.fileno())

"""The batch runner: parallel = serial, resume after a kill, nothing lost, bad input survived,
WARC and stdin inputs, per-page time budget, Dask."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES

from extractor.cli import main
from extractor.config import Config
from extractor.inputs import Item, iter_items
from extractor.runner import Run, extract_item, repair_tail

SEED = FIXTURES / "vast-hoi-nghi-dien-hinh-2020.txt"


def _pages(tmp_path: Path, n: int) -> Path:
    """n distinct text pages (the seed with a numbered last line) plus one empty file."""
    pages = tmp_path / "pages"
    pages.mkdir()
    text = SEED.read_text("utf-8")
    for i in range(n):
        (pages / f"p{i:03d}.txt").write_text(text + f"\n\nGhi chú số {i}.\n", "utf-8")
    (pages / "zz-empty.txt").write_bytes(b"")
    return pages


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_parallel_ordered_equals_serial(tmp_path):
    pages = _pages(tmp_path, 6)
    serial, parallel = tmp_path / "s.jsonl", tmp_path / "p.jsonl"
    assert main(["extract", str(pages), "-o", str(serial), "-j", "1", "-q"]) == 0
    assert main(["extract", str(pages), "-o", str(parallel), "-j", "2", "-q"]) == 0
    assert serial.read_text("utf-8") == parallel.read_text("utf-8")
    assert len(_lines(serial)) == 6
    assert [e["error"] for e in _lines(tmp_path / "s.errors.jsonl")] == ["empty"]


def test_unordered_has_the_same_records(tmp_path):
    pages = _pages(tmp_path, 5)
    out = tmp_path / "u.jsonl"
    assert main(["extract", str(pages), "-o", str(out), "-j", "2", "--unordered", "-q"]) == 0
    assert sorted(r["source"]["path"] for r in _lines(out)) == sorted(
        str(p) for p in pages.glob("p*.txt"))


def test_killed_run_resumes_with_every_input_exactly_once(tmp_path):
    pages = _pages(tmp_path, 40)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(pages), "-o", str(out),
           "-j", "1", "-q", "--skip", "entities"]
    proc = subprocess.Popen(cmd)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20000):
        time.sleep(0.05)
    proc.kill()  # SIGKILL: no cleanup at all
    proc.wait()
    with open(out, "a", encoding="utf-8") as fh:
        fh.write('{"schema_version": "1.1.0", "trunc')  # a line cut by the crash
    assert main(["extract", str(pages), "-o", str(out), "-j", "2", "--resume", "-q",
                 "--skip", "entities"]) == 0
    paths = [r["source"]["path"] for r in _lines(out)]
    assert sorted(paths) == sorted(str(p) for p in pages.glob("p*.txt"))
    assert len(paths) == len(set(paths)) == 40
    errors = _lines(tmp_path / "out.errors.jsonl")
    assert [e["path"] for e in errors] == [str(pages / "zz-empty.txt")]


def test_ctrl_c_finishes_in_flight_pages_and_exits_cleanly(tmp_path):
    pages = _pages(tmp_path, 60)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(pages), "-o", str(out),
           "-j", "2", "-q"]
    proc = subprocess.Popen(cmd)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size == 0):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) in (0, 130)
    records = _lines(out)  # every line is complete JSON
    assert 0 < len(records) <= 60


def test_repair_tail_cuts_a_partial_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n{"b": 2}\n{"c": ', "utf-8")
    repair_tail(path)
    assert path.read_text("utf-8") == '{"a": 1}\n{"b": 2}\n'


def test_time_budget_gives_an_error_line_not_a_hang():
    config = Config(page_timeout=0.001)
    result = extract_item(Item(key=str(SEED), path=str(SEED)), config)
    assert result.line is None and result.error["error"] == "timeout"


def test_bad_pages_never_stop_the_run(tmp_path):
    pages = tmp_path / "bad"
    pages.mkdir()
    (pages / "a.html").write_bytes(b"<html>" + b"<div>" * 50000 + "Trang lồng sâu".encode())
    (pages / "b.txt").write_bytes(b"\x00\x01\x02" * 3000)
    (pages / "c.html.gz").write_bytes(b"\x1f\x8b\x08not gzip at all")
    (pages / "d.txt").write_text("Tiêu đề của một trang bình thường\n\nNội dung.", "utf-8")
    out, err = io.StringIO(), io.StringIO()
    summary = Run(Config(), out, err)(iter_items([str(pages)]))
    assert summary.records + summary.errors == 4 and summary.records >= 2


def test_warc_and_stdin_inputs(tmp_path, monkeypatch):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    html = (FIXTURES / "devset-vnexpress_2.html.gz")
    import gzip

    body = gzip.decompress(html.read_bytes())
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype, payload in [("https://example.vn/a.html", "text/html; charset=utf-8", body),
                                    ("https://example.vn/logo.png", "image/png", b"\x89PNG")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response",
                                payload=io.BytesIO(payload), http_headers=headers))
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{warc}\n{SEED}\n"))
    out = tmp_path / "w.jsonl"
    assert main(["extract", "-", "-o", str(out), "-q", "-j", "1"]) == 0
    records = _lines(out)
    assert len(records) == 2
    assert records[0]["source"]["url"] == "https://example.vn/a.html"
    assert records[0]["source"]["path"].startswith(f"{warc}#")
    assert records[0]["title"].startswith("Việt Nam dự kiến mở lại")


def test_symlink_loops_are_safe(tmp_path):
    pages = _pages(tmp_path, 2)
    os.symlink(pages, pages / "loop")
    keys = [i.key for i in iter_items([str(pages)])]
    assert len(keys) == 3  # two pages and the empty file, each once


def test_dask_local_equals_serial(tmp_path):
    pytest.importorskip("dask.distributed")
    pages = _pages(tmp_path, 3)
    serial, viadask = tmp_path / "s.jsonl", tmp_path / "d.jsonl"
    assert main(["extract", str(pages), "-o", str(serial), "-j", "1", "-q"]) == 0
    assert main(["extract", str(pages), "-o", str(viadask), "--dask", "local", "-q"]) == 0
    assert serial.read_text("utf-8") == viadask.read_text("utf-8")


def test_hostile_html_entity_bomb_and_deep_nesting_are_cheap():
    import extractor

    entities = "".join(f'<!ENTITY e{i} "' + f"&e{i - 1};" * 10 + '">' for i in range(1, 10))
    bomb = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e0 "ha">' + entities + "]>"
            "<html><body><p>&e9;</p></body></html>")
    deep = "<html><body>" + "<div>" * 100000 + "<p>Nội dung</p>" + "</div>" * 100000 + "</body></html>"
    for page in (bomb, deep):
        started = time.monotonic()
        record = extractor.extract(page.encode())
        assert time.monotonic() - started < 10
        assert sum(len(p) for p in record.paragraphs) < 10000  # no entity expansion

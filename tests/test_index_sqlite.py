"""The SQLite/FTS5 search index end to end: accents, folding, filters, upserts, crashes, readers."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, page_fixtures

import extractor
from extractor.cli import main
from extractor.models import Author, Entities, Organization, Person, Record, Source
from extractor.sinks import Query, SinkError, open_index, open_sink
from extractor.sinks.sqlite import SQLiteIndex, SQLiteSink

SEED_TITLE = "Trung tâm Thông tin - Tư liệu"
VN_TZ = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="module")
def fixture_records() -> list[Record]:
    return [extractor.extract(p) for p in page_fixtures()]


@pytest.fixture(scope="module")
def seed(fixture_records) -> Record:
    return next(r for r in fixture_records if (r.title or "").startswith(SEED_TITLE))


@pytest.fixture
def db(tmp_path, fixture_records) -> Path:
    path = tmp_path / "news.db"
    with open_sink(str(path)) as sink:
        sink.add_many(fixture_records)
    return path


def make_record(rid: str, title: str, *, lead: str | None = None, paragraphs: tuple = (),
                authors: tuple = (), people: tuple = (), orgs: tuple = (),
                published: dt.date | dt.datetime | None = None) -> Record:
    return Record(
        extractor_version="test", id=rid,
        source=Source(format="text", encoding="utf-8", sha256="0" * 64, size=1),
        title=title, lead=lead, paragraphs=list(paragraphs), published=published,
        authors=[Author(name=a, raw=a) for a in authors],
        entities=Entities(people=[Person(name=p) for p in people],
                          organizations=[Organization(name=o) for o in orgs]),
    )


def search(path: Path, text: str = "", **filters) -> list:
    index = SQLiteIndex(path)
    try:
        return index.search(Query(text, **filters))
    finally:
        index.close()


def ids(hits) -> list[str]:
    return [h.id for h in hits]


def build(tmp_path: Path, *records: Record) -> Path:
    path = tmp_path / "small.db"
    with SQLiteSink(path) as sink:
        sink.add_many(records)
    return path


# --- accents and folding -------------------------------------------------------------------

def test_seed_found_with_and_without_diacritics(db, seed):
    for text in ("hoi nghi", "hội nghị", "HỘI NGHỊ", "Nguyễn Thị Vân Nga", "nguyen thi van nga"):
        hits = search(db, text)
        assert hits and hits[0].id == seed.id, text
    assert search(db, "hội nghị")[0].match == "exact"
    assert search(db, "hoi nghi")[0].match == "folded"


def test_stacked_marks_need_remove_diacritics_2(tmp_path):
    # 'ộ', 'ễ', 'ẵ' carry two marks: unicode61's default (remove_diacritics 1) keeps them.
    path = build(tmp_path, make_record("a" * 32, "Hội nghị của ông Nguyễn ở Nẵng"))
    for text in ("hoi", "nguyen", "nang", "hoi nghi nguyen nang"):
        assert ids(search(path, text)) == ["a" * 32], text
    legacy = sqlite3.connect(":memory:")
    legacy.execute('CREATE VIRTUAL TABLE t USING fts5(x, tokenize="unicode61 remove_diacritics 1")')
    legacy.execute("INSERT INTO t VALUES ('Hội nghị của ông Nguyễn ở Nẵng')")
    assert legacy.execute("SELECT COUNT(*) FROM t WHERE t MATCH 'hoi'").fetchone()[0] == 0


def test_d_stroke_is_folded(tmp_path):
    rec = make_record("d" * 32, "Đà Nẵng đón khách", authors=("Đào Hữu Hảo",),
                      paragraphs=("Đường về đảo đẹp.",))
    path = build(tmp_path, rec)
    for text in ("da nang", "Da Nang", "duong ve dao", "Đà Nẵng", "dao huu hao"):
        assert ids(search(path, text)) == [rec.id], text
    assert search(path, "da nang")[0].match == "folded"
    assert search(path, "Đà Nẵng")[0].match == "exact"
    assert ids(search(path, "", authors=("Dao Huu Hao",))) == [rec.id]


def test_decomposed_text_and_queries_are_normalised(tmp_path):
    nfd = unicodedata.normalize("NFD", "Hội nghị tổng kết")
    path = build(tmp_path, make_record("e" * 32, nfd))
    hits = search(path, "hội nghị")
    assert ids(hits) == ["e" * 32] and hits[0].match == "exact"
    hits = search(path, unicodedata.normalize("NFD", "hội nghị"))
    assert ids(hits) == ["e" * 32] and hits[0].match == "exact"


def test_old_style_tone_marks_in_query(tmp_path):
    path = build(tmp_path, make_record("f" * 32, "Hòa bình và thủy lợi"))
    hits = search(path, "hoà bình thuỷ")  # old placement typed, new placement stored
    assert ids(hits) == ["f" * 32] and hits[0].match == "exact"


# --- ranking -----------------------------------------------------------------------------

def test_accent_exact_matches_rank_above_folded(tmp_path):
    folded_only = make_record("1" * 32, "Hỏi nghỉ hỏi nghỉ", lead="Hỏi nghỉ, hỏi nghỉ, hỏi nghỉ.")
    exact = make_record("2" * 32, "Tin ngắn", paragraphs=("Chiều nay có hội nghị.",))
    filler = [make_record(f"{i:032x}", f"Tin số {i}") for i in range(10, 20)]
    path = build(tmp_path, folded_only, exact, *filler)
    assert ids(search(path, "hội nghị")) == [exact.id, folded_only.id]
    assert [h.match for h in search(path, "hội nghị")] == ["exact", "folded"]
    assert ids(search(path, "hỏi nghỉ")) == [folded_only.id, exact.id]


def test_title_is_boosted_and_phrases_rank_first(tmp_path):
    in_title = make_record("3" * 32, "Giá xoài tăng", paragraphs=("Nông dân vui.",))
    in_body = make_record("4" * 32, "Nông dân vui", paragraphs=("Giá xoài tăng.",))
    scattered = make_record("5" * 32, "Xoài Đồng Tháp", paragraphs=("Giá lúa giảm, cam tăng.",))
    filler = [make_record(f"{i:032x}", f"Tin số {i}") for i in range(10, 20)]
    path = build(tmp_path, in_body, scattered, in_title, *filler)
    found = ids(search(path, "xoai"))
    assert set(found[:2]) == {scattered.id, in_title.id} and found[2] == in_body.id  # title first
    assert ids(search(path, "gia xoai tang")) == [in_title.id, in_body.id, scattered.id]


def test_snippet_highlights_matching_words(db, seed):
    hit = search(db, "hoi nghi")[0]
    assert hit.id == seed.id and hit.title.startswith(SEED_TITLE)
    marked = {hit.snippet[a:b] for a, b in hit.highlights}
    assert marked and {w.lower() for w in marked} <= {"hội", "nghị"}
    assert [hit.title[a:b] for a, b in hit.title_highlights] == ["Hội", "nghị"]


def test_query_syntax_never_raises(db):
    for text in ('"', 'AND OR NOT', "NEAR(", "*", "-", 'a"b', "title:x", "(((", "^"):
        search(db, text)  # no exception; punctuation-only queries list records
    assert ids(search(db, '"hội nghị điển hình"')) == ids(search(db, "hoi nghi dien hinh"))[:1]


# --- filters -----------------------------------------------------------------------------

def test_person_org_author_filters_match_folded(db, seed):
    assert ids(search(db, "", people=("Nguyen Thi Van Nga",))) == [seed.id]
    assert ids(search(db, "", people=("van nga",))) == [seed.id]  # whole words inside a name
    assert search(db, "", people=("an Nga",)) == []  # not a part of a word
    assert ids(search(db, "", authors=("dao huu hao",))) == [seed.id]
    assert ids(search(db, "hoi nghi", orgs=("vien han lam",))) == [seed.id]
    assert ids(search(db, "", people=("Nguyễn Thị Vân Nga",), authors=("Đào Hữu Hảo",))) == [
        seed.id]
    assert search(db, "", people=("Nguyễn Thị Vân Nga",), authors=("Trần Thị Mỹ Duyên",)) == []


def test_date_range_is_inclusive_in_local_days(tmp_path):
    late = make_record("6" * 32, "Tin khuya", published=dt.datetime(2020, 6, 18, 23, 30, tzinfo=VN_TZ))
    day = make_record("7" * 32, "Tin ngày", published=dt.date(2020, 6, 19))
    undated = make_record("8" * 32, "Tin không ngày")
    path = build(tmp_path, late, day, undated)
    assert ids(search(path, "tin", until=dt.date(2020, 6, 18))) == [late.id]
    assert ids(search(path, "tin", since=dt.date(2020, 6, 19))) == [day.id]
    assert set(ids(search(path, "", since=dt.date(2020, 6, 18), until=dt.date(2020, 6, 19)))) == {
        late.id, day.id}
    assert ids(search(path, "")) == [day.id, late.id, undated.id]  # newest first, undated last


# --- upserts, SQL, the CLI ------------------------------------------------------------------

def test_upsert_never_duplicates_and_replaces_old_text(tmp_path, seed):
    path = tmp_path / "u.db"
    with SQLiteSink(path) as sink:
        sink.add(seed)
        sink.add(seed)
    assert sink.stats == {"added": 1, "unchanged": 1}
    changed = seed.model_copy(update={"title": "Tiêu đề mới về xoài", "authors": []})
    with SQLiteSink(path) as sink:
        sink.add(changed)
    assert sink.stats == {"updated": 1}
    assert SQLiteIndex(path).count() == 1
    assert ids(search(path, "xoai")) == [seed.id]
    assert search(path, "tieu de moi")[0].title == "Tiêu đề mới về xoài"
    assert search(path, "", authors=("Đào Hữu Hảo",)) == []  # old names are gone too
    con = sqlite3.connect(path)
    for table in ("records", "fts_exact", "fts_folded"):
        assert con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 1, table


def test_records_table_is_plain_sql(db, seed):
    con = sqlite3.connect(db)
    title, published, lead = con.execute(
        "SELECT title, published, json_extract(json, '$.lead') FROM records WHERE id = ?",
        (seed.id,)).fetchone()
    assert (title, published, lead) == (seed.title, "2020-06-18", seed.lead)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert Record.model_validate_json(
        con.execute("SELECT json FROM records WHERE id = ?", (seed.id,)).fetchone()[0]) == seed


def test_wrong_files_give_clear_errors(tmp_path):
    with pytest.raises(SinkError, match="no such index"):
        open_index(str(tmp_path / "missing.db"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(SinkError):
        open_sink(str(junk))
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("PRAGMA user_version = 99")
    with pytest.raises(SinkError, match="version 99"):
        open_sink(str(other))


def test_cli_extract_index_and_search(tmp_path, capsys, monkeypatch, seed):
    monkeypatch.setenv("COLUMNS", "300")  # rich's table width when not on a terminal
    path = tmp_path / "news.db"
    assert main(["extract", str(FIXTURES), "-o", str(tmp_path / "r.jsonl"), "--index", str(path),
                 "-q"]) == 0
    capsys.readouterr()
    assert main(["search", "hoi nghi", "--index", str(path), "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["title"].startswith(SEED_TITLE) and first["match"] == "folded"
    assert main(["search", "", "--person", "Nguyen Thi Van Nga", "--index", str(path),
                 "--json", "--since", "2020-01-01", "--until", "2020-12-31"]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [seed.id]
    assert main(["search", "Nguyễn Thị Vân Nga", "--index", str(path)]) == 0
    table = capsys.readouterr().out
    assert SEED_TITLE in table and "Đào Hữu Hảo" in table and "exact" in table
    assert main(["search", "khongcotrongtin", "--index", str(path)]) == 1
    assert main(["search", "x", "--index", str(tmp_path / "none.db")]) == 2


def test_cli_index_skips_invalid_lines(tmp_path, fixture_records, capsys):
    jsonl = tmp_path / "records.jsonl"
    lines = [r.model_dump_json().encode() for r in fixture_records]
    lines[2:2] = [b"{not json", b"", b'{"id": "x"}', b"H\xf4i \xff"]
    jsonl.write_bytes(b"\n".join(lines) + b"\n")
    path, errors = tmp_path / "i.db", tmp_path / "errors.jsonl"
    args = ["index", str(jsonl), str(tmp_path / "missing.jsonl"), "--to", str(path),
            "--errors", str(errors)]
    assert main(args) == 0
    bad = [json.loads(x) for x in errors.read_text("utf-8").splitlines()]
    assert [(b["line"], b["error"]) for b in bad] == [
        (3, "invalid_json"), (5, "invalid_record"), (6, "undecodable"), (0, "unreadable")]
    assert f"{len(fixture_records)} records" in capsys.readouterr().err
    assert main(args) == 0  # again: nothing duplicated
    assert SQLiteIndex(path).count() == len(fixture_records)
    assert f"{len(fixture_records)} unchanged" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert main(["index", str(empty), "--to", str(path), "-q"]) == 1


def test_cli_export_opensearch_bulk(tmp_path, fixture_records):
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text("".join(r.model_dump_json() + "\n" for r in fixture_records) + "oops\n")
    out = tmp_path / "bulk.ndjson"
    assert main(["export", str(jsonl), "--format", "opensearch-bulk", "-o", str(out),
                 "--errors", str(tmp_path / "e.jsonl")]) == 0
    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert len(lines) == 2 * len(fixture_records)
    for action, source in zip(lines[::2], lines[1::2], strict=True):
        assert action == {"index": {"_index": "vnextract-records", "_id": source["id"]}}
        Record.model_validate(source)
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 1


# --- crashes and concurrency ---------------------------------------------------------------

WRITER = """
import sys, time
from extractor.models import Record
from extractor.sinks.sqlite import SQLiteSink
db, base_file = sys.argv[1], sys.argv[2]
n, batch, pause = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
base = [Record.model_validate_json(line) for line in open(base_file, encoding="utf-8")]
sink = SQLiteSink(db, batch_size=batch, commit_seconds=3600)
for i in range(n):
    r = base[i % len(base)]
    sink.add(r.model_copy(update={"id": f"{i:032x}", "title": f"{r.title} #{i}"}))
    if (i + 1) % batch == 0:
        print(i + 1, flush=True)
        time.sleep(pause)
sink.close()
print("stats", dict(sink.stats), flush=True)
"""


def _writer(tmp_path: Path, records: list[Record], db: Path, n: int, batch: int,
            pause: float) -> subprocess.Popen:
    base = tmp_path / "base.jsonl"
    base.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(base), str(n), str(batch),
                             str(pause)], stdout=subprocess.PIPE, text=True, env=env)


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("records", "fts_exact", "fts_folded")}
    finally:
        con.close()


def test_writer_killed_mid_run_leaves_consistent_index(tmp_path, fixture_records):
    db, batch = tmp_path / "crash.db", 25
    proc = _writer(tmp_path, fixture_records, db, 100_000, batch, 0.0)
    committed = 0
    while committed < 100:
        line = proc.stdout.readline()
        assert line, "the writer died on its own"
        committed = int(line)
    os.kill(proc.pid, signal.SIGKILL)  # while it keeps writing its next batch
    proc.wait(timeout=10)
    assert Path(f"{db}-wal").stat().st_size > 0  # the crash left a WAL to recover
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for table in ("fts_exact", "fts_folded"):
        con.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    con.close()
    counts = _counts(db)
    n = counts["records"]
    assert set(counts.values()) == {n} and n >= committed and n % batch == 0  # whole batches
    assert search(db, "hoi nghi", limit=3)
    resumed = _writer(tmp_path, fixture_records, db, n + 50, batch, 0.0)
    out = resumed.communicate(timeout=60)[0]
    assert f"'unchanged': {n}" in out and "'added': 50" in out
    assert set(_counts(db).values()) == {n + 50}


def test_readers_work_while_a_writer_adds(tmp_path, fixture_records):
    db, batch, total = tmp_path / "busy.db", 50, 1500
    proc = _writer(tmp_path, fixture_records, db, total, batch, 0.05)
    assert int(proc.stdout.readline()) == batch  # first commit made: the file exists
    index, seen = SQLiteIndex(db), []
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        seen.append(index.count())
        assert index.search(Query("hoi nghi", limit=5))
    proc.communicate(timeout=60)
    seen.append(index.count())
    assert seen == sorted(seen) and seen[-1] == total
    assert len(set(seen)) >= 3  # intermediate states were read during the writes
    assert all(n % batch == 0 for n in seen)  # never a half-written batch


def test_open_read_snapshot_does_not_block_the_writer(tmp_path, fixture_records):
    db = tmp_path / "snap.db"
    sink = SQLiteSink(db, batch_size=1000)
    sink.add_many(fixture_records[:3])
    sink.flush()
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 3
    started = time.monotonic()
    sink.add_many(fixture_records[3:])
    sink.close()  # commits while the reader's snapshot is open
    assert time.monotonic() - started < 2
    assert reader.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 3  # its snapshot
    reader.execute("COMMIT")
    assert reader.execute("SELECT COUNT(*) FROM records").fetchone()[0] == len(fixture_records)

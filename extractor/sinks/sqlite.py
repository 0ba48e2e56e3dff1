"""The embedded index: one SQLite file with the records and two FTS5 full-text tables.

- `records`: one row per record (`id` primary key, title, published, day, authors, url, the
  full JSON in `json`), for plain SQL: `SELECT json_extract(json, '$.lead') FROM records`.
- `fts_exact`: title, lead, body, captions, authors, people, orgs, locations as written
  (`unicode61 remove_diacritics 0`: 'hội' and 'hỏi' are different words).
- `fts_folded`: the same texts with đ->d done here (SQLite never folds đ) and the tokenizer's
  `remove_diacritics 2` (the default, 1, leaves letters with two marks such as 'ộ', 'ễ', 'ẵ'
  unfolded, so 'hoi' would not find 'hội').
- `names`: author, person and organisation names folded, for the filters.

Both FTS tables share the record's `doc` number as rowid. Writes are upserts by `id` inside
`BEGIN IMMEDIATE` transactions committed every `batch_size` records (or `commit_seconds`); the
file is in WAL mode, so a killed writer loses at most its open batch and readers keep reading
the last committed state while a writer works.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections import Counter
from pathlib import Path

from ..models import Record
from . import Hit, Query, Sink, SinkError
from .text import Term, build_hit, fold_d, fold_name, nfc, parse_query, record_names, search_texts

#: Bump when the tables change; an index of another version must be rebuilt.
INDEX_VERSION = 1
COLUMNS = ("title", "lead", "body", "captions", "authors", "people", "orgs", "locations")
#: BM25 weights per column: a match in the title counts most.
WEIGHTS = (10.0, 3.0, 1.0, 1.0, 2.0, 2.0, 2.0, 1.5)
BUSY_TIMEOUT_MS = 10_000

_COLS = ", ".join(COLUMNS)
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    doc INTEGER NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    day TEXT,
    updated TEXT,
    authors TEXT NOT NULL,
    site_name TEXT,
    url TEXT,
    page_type TEXT,
    json TEXT NOT NULL,
    indexed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_day ON records(day);
CREATE TABLE IF NOT EXISTS names (
    doc INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    folded TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS names_doc ON names(doc);
CREATE INDEX IF NOT EXISTS names_kind ON names(kind, folded);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_exact USING fts5(
    {_COLS}, tokenize = "unicode61 remove_diacritics 0");
CREATE VIRTUAL TABLE IF NOT EXISTS fts_folded USING fts5(
    {_COLS}, tokenize = "unicode61 remove_diacritics 2");
"""


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, waiting on locks."""
    db = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                         check_same_thread=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return db


class SQLiteSink(Sink):
    """Upserts records into the SQLite index at `path` (created with its tables if missing)."""

    def __init__(self, path: str | Path, batch_size: int = 500, commit_seconds: float = 2.0):
        self.path = Path(path)
        self.batch_size = max(1, batch_size)
        self.commit_seconds = commit_seconds
        #: How many records were 'added', 'updated' or 'unchanged'.
        self.stats: Counter[str] = Counter()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db: sqlite3.Connection | None = _open_for_writing(self.path)
        self._pending = 0
        self._last_commit = time.monotonic()

    def add(self, record: Record) -> None:
        db = self._require_open()
        if not db.in_transaction:
            db.execute("BEGIN IMMEDIATE")
        # A savepoint per record: an error half-way through one never leaves half a record.
        db.execute("SAVEPOINT record")
        try:
            outcome = _upsert(db, record)
        except BaseException as exc:
            db.execute("ROLLBACK TO record")
            db.execute("RELEASE record")
            if isinstance(exc, sqlite3.Error):  # disk full, locked for too long...
                raise SinkError(f"{self.path}: cannot write record {record.id}: {exc}") from exc
            raise
        db.execute("RELEASE record")
        self.stats[outcome] += 1
        self._pending += 1
        if self._pending >= self.batch_size or self._due():
            self.flush()

    def flush(self) -> None:
        """Commit the open batch."""
        db = self._require_open()
        if db.in_transaction:
            try:
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise SinkError(f"{self.path}: cannot commit: {exc}") from exc
        self._pending = 0
        self._last_commit = time.monotonic()

    def close(self) -> None:
        if self._db is None:
            return
        try:
            self.flush()
            self._db.execute("PRAGMA optimize")
        finally:
            self._db.close()
            self._db = None

    def _due(self) -> bool:
        return time.monotonic() - self._last_commit >= self.commit_seconds

    def _require_open(self) -> sqlite3.Connection:
        if self._db is None:
            raise SinkError(f"{self.path}: the index is closed")
        return self._db


def _open_for_writing(path: Path) -> sqlite3.Connection:
    _require_fts5()
    db = connect(path)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL never corrupts the file; only a power cut can lose the last commits.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("BEGIN IMMEDIATE")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, INDEX_VERSION):
            raise SinkError(f"{path}: index version {version}, this vnextract writes "
                            f"{INDEX_VERSION}; index into a new file")
        _create(db)
        db.execute(f"PRAGMA user_version = {INDEX_VERSION}")
        db.execute("COMMIT")
    except (sqlite3.DatabaseError, SinkError) as exc:
        db.close()
        if isinstance(exc, SinkError):
            raise
        raise SinkError(f"{path}: cannot open as a search index: {exc}") from exc
    return db


def _create(db: sqlite3.Connection) -> None:
    # executescript() would commit the open transaction; run the statements one by one.
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def _require_fts5() -> None:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError as exc:
        raise SinkError(f"this Python's SQLite ({sqlite3.sqlite_version}) has no FTS5") from exc


def _upsert(db: sqlite3.Connection, record: Record) -> str:
    data = record.model_dump_json()
    row = db.execute("SELECT doc, json FROM records WHERE id = ?", (record.id,)).fetchone()
    if row is not None and row[1] == data:
        return "unchanged"
    if row is not None:
        doc = row[0]
        for table in ("fts_exact", "fts_folded"):
            db.execute(f"DELETE FROM {table} WHERE rowid = ?", (doc,))
        db.execute("DELETE FROM names WHERE doc = ?", (doc,))
    else:
        doc = db.execute("SELECT COALESCE(MAX(doc), 0) + 1 FROM records").fetchone()[0]
    db.execute("INSERT OR REPLACE INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
               _record_row(record, doc, data))
    texts = [nfc(t) for t in search_texts(record).values()]
    marks = ",".join("?" * (len(COLUMNS) + 1))
    db.execute(f"INSERT INTO fts_exact(rowid, {_COLS}) VALUES ({marks})", (doc, *texts))
    db.execute(f"INSERT INTO fts_folded(rowid, {_COLS}) VALUES ({marks})",
               (doc, *[fold_d(t) for t in texts]))
    db.executemany("INSERT INTO names VALUES (?,?,?,?)",
                   [(doc, kind, nfc(name), fold_name(name)) for kind, name in record_names(record)])
    return "added" if row is None else "updated"


def _record_row(record: Record, doc: int, data: str) -> tuple:
    published = record.published.isoformat() if record.published else None
    return (
        record.id, doc, record.title, published, published[:10] if published else None,
        record.updated.isoformat() if record.updated else None,
        json.dumps([a.name for a in record.authors], ensure_ascii=False),
        record.site_name, record.source.url, record.page_type, data,
        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )


class SQLiteIndex:
    """Searches an index file; safe to use while another process writes to it."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise SinkError(f"{path}: no such index (create it with `vnextract index` or "
                            "`vnextract extract --index`)")
        self._db = connect(self.path)
        self._db.execute("PRAGMA query_only = 1")
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise SinkError(f"{path}: not a search index: {exc}") from exc
        if version != INDEX_VERSION:
            raise SinkError(f"{path}: not a vnextract index of version {INDEX_VERSION}")

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    def get(self, record_id: str) -> Record | None:
        row = self._db.execute("SELECT json FROM records WHERE id = ?", (record_id,)).fetchone()
        return Record.model_validate_json(row[0]) if row else None

    def search(self, query: Query) -> list[Hit]:
        terms = parse_query(query.text)
        where, params = _filters(query)
        if terms:
            rows = self._ranked(terms, where, params, query.limit)
        else:
            rows = [(js, None, "filter") for (js,) in self._db.execute(
                f"SELECT r.json FROM records AS r WHERE {where} "
                "ORDER BY r.day IS NULL, r.day DESC, r.published DESC, r.doc DESC LIMIT ?",
                (*params, query.limit))]
        return [build_hit(Record.model_validate_json(js), terms, score, match)
                for js, score, match in rows]

    def _ranked(self, terms: list[Term], where: str, params: list, limit: int) -> list[tuple]:
        """Accent-exact matches first, then records holding the query words as one phrase (a
        Vietnamese word is several syllables: 'hội nghị'), then BM25 with the title boosted."""
        weights = ", ".join(str(w) for w in WEIGHTS)
        sql = f"""
            SELECT r.json, -(COALESCE(e.score, 0) + f.score), e.doc IS NOT NULL
            FROM (SELECT rowid AS doc, bm25(fts_folded, {weights}) AS score
                  FROM fts_folded WHERE fts_folded MATCH ?) AS f
            JOIN records AS r ON r.doc = f.doc
            LEFT JOIN (SELECT rowid AS doc, bm25(fts_exact, {weights}) AS score
                       FROM fts_exact WHERE fts_exact MATCH ?) AS e ON e.doc = f.doc
            LEFT JOIN (SELECT rowid AS doc FROM fts_folded WHERE fts_folded MATCH ?) AS p
                   ON p.doc = f.doc
            WHERE {where}
            ORDER BY e.doc IS NULL, p.doc IS NULL, COALESCE(e.score, 0) + f.score, r.doc
            LIMIT ?"""
        folded = " AND ".join(t.fts5(folded=True) for t in terms)
        exact = " AND ".join(t.fts5(folded=False) for t in terms)
        phrase = Term(tuple(w for t in terms for w in t.words)).fts5(folded=True)
        rows = self._db.execute(sql, (folded, exact, phrase, *params, limit)).fetchall()
        return [(js, round(score, 4), "exact" if is_exact else "folded")
                for js, score, is_exact in rows]

    def close(self) -> None:
        self._db.close()


def _filters(query: Query) -> tuple[str, list]:
    """SQL conditions on `records AS r` for the name and date filters."""
    clauses: list[str] = []
    params: list = []
    for kind, values in (("author", query.authors), ("person", query.people), ("org", query.orgs)):
        for value in filter(None, map(fold_name, values)):
            # Folded names are words joined by single spaces: no LIKE wildcard can occur.
            clauses.append("r.doc IN (SELECT doc FROM names WHERE kind = ? "
                           "AND ' ' || folded || ' ' LIKE ?)")
            params += [kind, f"% {value} %"]
    if query.since:
        clauses.append("r.day >= ?")
        params.append(query.since.isoformat())
    if query.until:
        clauses.append("r.day <= ?")
        params.append(query.until.isoformat())
    return " AND ".join(clauses) or "1", params

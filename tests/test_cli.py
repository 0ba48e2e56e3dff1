"""The `vnextract` command line: directories, bad files, skipping stages, schema, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from conftest import FIXTURES

from extractor.cli import main


def _copy_seed(tmp_path):
    pages = tmp_path / "pages" / "nested"
    pages.mkdir(parents=True)
    shutil.copy(FIXTURES / "vast-hoi-nghi-dien-hinh-2020.txt", pages / "seed.txt")
    return tmp_path / "pages"


def test_extract_directory_with_bad_files(tmp_path, capsys):
    pages = _copy_seed(tmp_path)
    (pages / "empty.txt").write_bytes(b"")
    (pages / "binary.html").write_bytes(bytes(range(256)) * 40)
    (pages / "notes.json").write_text("{}")  # not a page: ignored in directories
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(pages), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["title"][:9] for r in records] == ["Trung tâm"]
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert sorted(e["path"].rsplit("/", 1)[-1] for e in errors) == ["binary.html", "empty.txt"]
    assert {e["error"] for e in errors} <= {"empty", "binary", "undecodable"}
    assert "1 records, 2 errors" in capsys.readouterr().err


def test_nothing_processed_is_an_error(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert main(["extract", str(bad), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 1


def test_skip_entities(tmp_path):
    pages = _copy_seed(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(pages), "-o", str(out), "--skip", "entities", "-q"]) == 0
    record = json.loads(out.read_text("utf-8"))
    assert record["entities"]["people"] == [] and record["paragraphs"]


def test_schema_command_prints_the_committed_schema(capsys):
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["title"] == "Record"


def test_console_script_help():
    result = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", "--help"],
                            capture_output=True, text=True, check=True)
    assert "--skip" in result.stdout and "--output" in result.stdout

"""Golden records: each page in fixtures/ has NAME.expected.json, reviewed by hand in git diff.

Regenerate with `VNEXTRACT_UPDATE_GOLDEN=1 pytest tests/test_golden.py`, then read the diff: a
golden file is a claim that the output is right.
"""

from __future__ import annotations

import json
import os

import pytest
from conftest import FIXTURES, fixture_stem, page_fixtures

import extractor

UPDATE = os.environ.get("VNEXTRACT_UPDATE_GOLDEN") == "1"


def comparable(record: extractor.Record) -> dict:
    data = record.model_dump(mode="json")
    data.pop("extractor_version")
    data["source"].pop("path")
    return data


@pytest.mark.parametrize("page", page_fixtures(), ids=lambda p: p.name)
def test_golden(page):
    record = extractor.extract(page, config=extractor.Config(strict=True))
    expected_path = FIXTURES / f"{fixture_stem(page)}.expected.json"
    got = comparable(record)
    if UPDATE:
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert expected_path.exists(), "no golden file; run with VNEXTRACT_UPDATE_GOLDEN=1"
    assert got == json.loads(expected_path.read_text("utf-8"))


@pytest.mark.parametrize("page", page_fixtures(), ids=lambda p: p.name)
def test_no_stage_errors(page):
    record = extractor.extract(page)
    assert [p for p in record.problems if p.severity == "error"] == []

"""The committed JSON Schema is generated from `Record` and must not drift from it."""

from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import ROOT, page_fixtures

import extractor
from extractor.cli import record_schema
from extractor.models import SCHEMA_VERSION

SCHEMA_FILE = ROOT / "schemas" / "record.schema.json"


def test_committed_schema_matches_model():
    committed = json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert committed == record_schema(), "regenerate: vnextract schema -o schemas/record.schema.json"


def test_every_field_is_described():
    schema = record_schema()
    for name, model in [("Record", schema), *schema["$defs"].items()]:
        for field, spec in model.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{field} has no description"


@pytest.mark.parametrize("page", page_fixtures(), ids=lambda p: p.name)
def test_records_validate_against_committed_schema(page):
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    data = json.loads(extractor.extract(page).model_dump_json())
    jsonschema.validate(data, schema)
    assert data["schema_version"] == SCHEMA_VERSION

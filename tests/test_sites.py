"""Per-site selectors: every entry has a test page where its selectors match, and turning the
entries off (the generic path) gives the same headline and body on those pages."""

from __future__ import annotations

import gzip

import pytest
from conftest import ROOT

import extractor
from extractor.html.parse import parse
from extractor.html.sites import first, sites


@pytest.mark.parametrize("site", sites(), ids=lambda s: s.name)
def test_site_entry_matches_its_test_page(site):
    page = ROOT / site.test_page
    data = page.read_bytes()
    root = parse((gzip.decompress(data) if page.name.endswith(".gz") else data).decode("utf-8"))
    assert first(root, site.title) is not None and first(root, site.body) is not None
    with_rules = extractor.extract(page)
    generic = extractor.extract(page, config=extractor.Config(site_rules=False))
    assert any(p.code == "site_rules" for p in with_rules.problems)
    assert (with_rules.title, with_rules.paragraphs) == (generic.title, generic.paragraphs)

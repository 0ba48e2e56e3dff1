"""HTML metadata: JSON-LD, OpenGraph, Dublin Core, microdata, <time>, canonical URL.

Writes the raw candidates (`doc.meta`) for the headline, dates and authors stages to reconcile,
and the fields only metadata gives: site name, tags, canonical URL.
"""

from __future__ import annotations

from ..config import Config
from ..document import Document
from ..html.meta import read_metadata
from ..html.parse import parse

STAGE = "metadata"


def run(doc: Document, config: Config) -> Document:
    if doc.source.format != "html":
        return doc
    try:
        doc.tree = parse(doc.text)
    except ValueError as exc:
        doc.problem(STAGE, "html_unparsable", str(exc), "error")
        return doc
    meta = read_metadata(doc.tree)
    doc.meta = meta
    if meta.jsonld_errors:
        doc.problem(STAGE, "jsonld_invalid", f"{meta.jsonld_errors} JSON-LD block(s) unreadable")
    doc.site_name = meta.site_names[0] if meta.site_names else None
    doc.tags = list(dict.fromkeys(meta.tags))
    if meta.url and not doc.source.url:  # a crawler's URL beats the page's canonical claim
        doc.source = doc.source.model_copy(update={"url": meta.url})
    return doc

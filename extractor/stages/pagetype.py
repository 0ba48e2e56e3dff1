"""What kind of page this is: `article`, `listing` (home/section pages), `data` (mostly
tables), `other`. Text dumps are articles. Decided from the page's shape, not its claims
(og:type says "article" on many home pages)."""

from __future__ import annotations

import re

from ..config import Config
from ..document import Document
from ..html.content import paragraph_parents
from ..html.parse import parse, text_of

STAGE = "pagetype"
_NUMERIC = re.compile(r"^[-–+(]?\s?\d[\d.,]*\s?(%|‰)?\)?$")
#: Long paragraphs side by side that make an article body.
_ARTICLE_PARAGRAPHS = 3
_LISTING_LINKS = 15
_DATA_CELLS = 40


def _headline_matches_metadata(doc: Document) -> bool:
    """The page's <h1> is a real headline (4+ words) that its metadata title starts with."""
    if doc.meta is None:
        return False
    h1 = next((text_of(h) for h in doc.tree.iter("h1") if text_of(h)), "")
    if len(h1.split()) < 4:
        return False
    key = " ".join(h1.casefold().split())
    return any(" ".join(t.casefold().split()).startswith(key) for _, t in doc.meta.titles)


def run(doc: Document, config: Config) -> Document:
    if doc.source.format != "html":
        return doc
    if doc.tree is None:
        doc.tree = parse(doc.text)
    root = doc.tree
    side_by_side = max(paragraph_parents(root).values(), default=0)
    headline_links = sum(1 for a in root.iter("a") if len(text_of(a).split()) >= 6)
    numeric_cells = sum(1 for td in root.iter("td", "th") if _NUMERIC.match(text_of(td)))
    if side_by_side >= _ARTICLE_PARAGRAPHS:
        doc.page_type = "article"
    elif numeric_cells >= _DATA_CELLS:
        doc.page_type = "data"
    elif side_by_side and _headline_matches_metadata(doc):
        doc.page_type = "article"  # a short article amid many links
    elif headline_links >= _LISTING_LINKS:
        doc.page_type = "listing"
    elif side_by_side:
        doc.page_type = "article"
    else:
        doc.page_type = "other"
    detail = (f"{side_by_side} paragraphs side by side, {headline_links} headline links, "
              f"{numeric_cells} numeric cells")
    doc.problem(STAGE, f"page_{doc.page_type}", detail, "info")
    return doc

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

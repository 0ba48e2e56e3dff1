"""Find the headline, and mark lines that repeat it (image alt text, breadcrumbs).

Text dumps: the first title-like block near the top (date-only lines are the site header's, not
titles). HTML: the <h1>, else og:title / <title> without the site suffix.
"""

from __future__ import annotations

import re

from ..config import Config
from ..document import Block, Document
from ..textdates import is_date_line

STAGE = "headline"
#: Only the first blocks of a dump can hold the headline.
_SEARCH_DEPTH = 6
_MIN_WORDS, _MAX_WORDS = 3, 45


def run(doc: Document, config: Config) -> Document:
    block = _html_title(doc) if doc.source.format == "html" else _text_title(doc)
    if block is None:
        doc.problem(STAGE, "no_title", "no headline-like block near the top of the page")
        return doc
    doc.set_role(block, "title")
    doc.title = block.text
    for other in doc.blocks[block.index + 1 :]:
        if not other.claimed and _repeats(doc.title, other.text):
            doc.set_role(other, "title_repeat")
    return doc


def _text_title(doc: Document) -> Block | None:
    seen = 0
    for block in doc.blocks:
        if block.claimed:
            continue
        if seen >= _SEARCH_DEPTH:
            return None
        seen += 1
        if is_date_line(block.text):
            continue
        if _title_like(block.text):
            return block
    return None


def _title_like(text: str) -> bool:
    words = text.split()
    if not (_MIN_WORDS <= len(words) <= _MAX_WORDS):
        return False
    if text.endswith((".", ":", ";", ",")) and not text.endswith("..."):
        return False
    return text[0].isupper() or text[0] in "\"'“‘«(["


def _html_title(doc: Document) -> Block | None:
    for block in doc.blocks:
        if block.tag == "h1" and not block.claimed and _title_like(block.text):
            return block
    return None


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _repeats(title: str, text: str) -> bool:
    """A later block that starts with the whole headline (case and punctuation aside)."""
    t, x = _norm(title), _norm(text)
    return bool(t) and x.startswith(t) and len(x) <= 2 * len(t) + 40

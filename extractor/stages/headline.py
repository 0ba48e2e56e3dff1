"""Find the headline, and mark lines that repeat it (image alt text, breadcrumbs).

Text dumps: the first title-like block near the top (date-only lines are the site header's, not
titles). HTML: the <h1>, else og:title / <title> without the site suffix.
"""

from __future__ import annotations

import re

from .. import vi
from ..config import Config
from ..document import Block, Document
from ..textdates import is_date_line

STAGE = "headline"
#: Only the first blocks of a dump can hold the headline.
_SEARCH_DEPTH = 6
_MIN_WORDS, _MAX_WORDS = 3, 45


def run(doc: Document, config: Config) -> Document:
    if doc.page_type == "listing":
        return doc  # a home/section page has no headline of its own; none is invented
    html = doc.source.format == "html"
    block = _html_title(doc) if html else _text_title(doc)
    meta_title = _metadata_title(doc) if html else None
    if block is None and meta_title:
        visible = _visible_heading(doc, meta_title)
        doc.title = visible or meta_title
        if visible is None:
            doc.problem(STAGE, "title_from_metadata", "no visible headline; metadata title used",
                        "info")
        return doc
    if block is None:
        doc.problem(STAGE, "no_title", "no headline-like block near the top of the page")
        return doc
    if meta_title and _norm(meta_title) != _norm(block.text):
        # The visible headline wins: it is what readers see and what the body belongs to.
        doc.problem(STAGE, "title_metadata_disagrees", f"metadata says {meta_title!r}", "info")
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
    """The <h1>; on pages without one, the first block the markup calls a title."""
    for block in doc.blocks:
        if block.tag == "h1" and not block.claimed and _title_like(block.text):
            return block
    for block in doc.blocks[:_SEARCH_DEPTH * 2]:
        if "headline" in block.hints and not block.claimed and _title_like(block.text):
            return block
    return None


_HEADING_TAGS = ("h2", "h3", "h4", "div", "span", "p", "td", "strong", "b", "font")


def _visible_heading(doc: Document, meta_title: str) -> str | None:
    """A page without <h1> (data pages, old portals) still shows its heading somewhere: the
    short element whose words best match the metadata title (at least 60% in common)."""
    if doc.tree is None:
        return None
    want = set(_norm(meta_title).split())
    best, best_score = None, 0.6
    for el in doc.tree.iter(*_HEADING_TAGS):
        if any(isinstance(c.tag, str) and c.tag in ("div", "p", "table", "td") for c in el):
            continue
        text = " ".join("".join(el.itertext()).split())
        if not 10 <= len(text) <= 200:
            continue
        have = set(_norm(text).split())
        score = len(want & have) / len(want | have)
        if score > best_score:
            best, best_score = text, score
    return best


def _metadata_title(doc: Document) -> str | None:
    """JSON-LD headline, then og:title, twitter:title, DC.title, <title>; site suffix removed."""
    meta = doc.meta
    if meta is None or not meta.titles:
        return None
    order = {"jsonld": 0, "og:title": 1, "twitter:title": 2, "dc.title": 3, "title": 4}
    titles = sorted(meta.titles, key=lambda t: order.get(t[0], 9))
    return strip_site_suffix(titles[0][1], meta.site_names, meta.sections)


def strip_site_suffix(title: str, site_names: list[str], sections: list[str]) -> str:
    """'Thanh tra ... 30 ngày - Chính trị - Xã hội - Tuổi Trẻ Online' -> 'Thanh tra ... 30 ngày'."""
    rules = vi.html_rules()["text"]
    known = {_norm(n) for n in [*site_names, *sections] if n}
    parts = rules["title_separator"].split(title)
    while len(parts) > 1:
        last = parts[-1]
        if _norm(last) in known or rules["site_word"].search(last) or _norm(last) in _norm(
                " ".join(sections)):
            parts.pop()
        else:
            break
    return title[: title.find(parts[-1]) + len(parts[-1])].strip() if parts else title


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _repeats(title: str, text: str) -> bool:
    """A later block that starts with the whole headline (case and punctuation aside)."""
    t, x = _norm(title), _norm(text)
    return bool(t) and x.startswith(t) and len(x) <= 2 * len(t) + 40

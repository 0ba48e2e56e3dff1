"""Split the page into blocks (lines of a text dump, block elements of HTML), in reading order.

A text dump separates blocks with blank lines; a line holding only NBSP/zero-width characters is
an empty paragraph of the page (kept as an `empty` block: inside a flattened table it is not a
cell). Block text here is raw; the `clean` stage normalises it.
"""

from __future__ import annotations

import re

from ..config import Config
from ..document import Block, Document

STAGE = "blocks"
_INVISIBLE = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button",
              "nav", "footer", "header", "aside", "select", "option", "head"}
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption",
               "td", "th", "pre", "dt", "dd", "caption", "div", "section", "article", "figure"}


def run(doc: Document, config: Config) -> Document:
    if doc.source.format == "html":
        doc.blocks = list(_html_blocks(doc))
    else:
        doc.blocks = list(_text_blocks(doc.text))
    if not any(b.role != "empty" for b in doc.blocks):
        doc.problem(STAGE, "no_text", "the page holds no visible text")
    return doc


def _text_blocks(text: str):
    index = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() and not _INVISIBLE.fullmatch(line or " "):
            continue
        if not line.strip(" \t\r\n"):
            continue  # a truly blank line only separates blocks
        role = "empty" if _INVISIBLE.fullmatch(line) else "unassigned"
        yield Block(index=index, text=line.strip(), raw=line, line=number, role=role)
        index += 1


def _html_blocks(doc: Document):
    """A first, generic reading of HTML: text of innermost block elements, in document order."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(doc.text)
    except Exception as exc:  # lxml raises several unrelated types on hopeless markup
        doc.problem(STAGE, "html_unparsable", f"{type(exc).__name__}: {exc}", "error")
        return
    doc.tree = root
    index = 0
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag not in _BLOCK_TAGS or _inside_skipped(el) or _has_block_child(el):
            continue
        text = " ".join(t.strip() for t in el.itertext() if t.strip())
        if text:
            yield Block(index=index, text=text, raw=text, role="unassigned", tag=tag)
            index += 1


def _inside_skipped(el) -> bool:
    return any(isinstance(a.tag, str) and a.tag in _SKIP_TAGS for a in el.iterancestors())


def _has_block_child(el) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el.iterdescendants())

"""Parse HTML into an lxml tree: lxml's own parser first (fast), beautifulsoup4 with Python's
html.parser when lxml cannot make sense of the markup. No network, no entities, no DTDs."""

from __future__ import annotations

import lxml.etree
import lxml.html

_PARSER = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                               huge_tree=False, recover=True)


def parse(text: str) -> lxml.html.HtmlElement:
    """The document's root element; raises ValueError when no parser yields one."""
    text = text.lstrip("\ufeff")
    if text.startswith("<?xml"):
        text = text[text.find("?>") + 2 :]  # lxml refuses str input with an encoding declaration
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        root = None  # fall through to the forgiving parser
    if root is None or not len(root):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, "html.parser")
        root = lxml.html.document_fromstring(str(soup) or "<html></html>", parser=_PARSER)
    if root is None:
        raise ValueError("no parser could read this HTML")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")  # a line break separates words
    return root


def text_of(el: lxml.html.HtmlElement) -> str:
    """Visible text of an element, whitespace collapsed (<br> counts as a space)."""
    return " ".join("".join(el.itertext()).split())


def classes(el: lxml.html.HtmlElement) -> str:
    """class and id together, for hint matching."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()

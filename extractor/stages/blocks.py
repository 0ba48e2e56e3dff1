"""Split the page into blocks (lines of a text dump, block elements of HTML), in reading order.

A text dump separates blocks with blank lines; a line holding only NBSP/zero-width characters is
an empty paragraph of the page (kept as an `empty` block: inside a flattened table it is not a
cell). Block text here is raw; the `clean` stage normalises it.
"""

from __future__ import annotations

import re

from ..config import Config
from ..document import Block, Document
from ..html import content, sites
from ..html.parse import parse, text_of

STAGE = "blocks"
_TAIL_WORDS = 8
_INVISIBLE = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad]+")


def run(doc: Document, config: Config) -> Document:
    if doc.source.format == "html":
        doc.blocks = list(_html_blocks(doc, config))
    else:
        doc.blocks = list(_text_blocks(doc.text))
    if not any(b.role != "empty" for b in doc.blocks) and doc.page_type == "article":
        doc.problem(STAGE, "no_text", "no article text found on the page")
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


def _html_blocks(doc: Document, config: Config):
    """Blocks of the article region (headline, date line, sapo, body) of an HTML page."""
    if doc.tree is None:
        try:
            doc.tree = parse(doc.text)
        except ValueError as exc:
            doc.problem(STAGE, "html_unparsable", str(exc), "error")
            return
    root = doc.tree
    site = _site(doc) if config.site_rules else None
    if site is not None:
        sites.apply_drops(root, site)
    content.remove_boilerplate(root)
    h1 = sites.first(root, site.title) if site else None
    h1 = h1 if h1 is not None else next((h for h in root.iter("h1") if text_of(h)), None)
    body = sites.first(root, site.body) if site else None
    body = body if body is not None else content.content_root(root)
    if h1 is None and body is not None:
        h1 = content.headline_element(root, body)
    region = content.article_region(root, body, h1)
    if region is None:
        return
    _report_layout_tables(doc, region)
    raws = _until_body_ends(list(content.blocks(region)), body)
    headline = text_of(h1) if h1 is not None else None
    for raw in raws:
        if headline and raw.text == headline:
            raw.hints = raw.hints | {"headline"}  # the title sat in an inline element
    for index, raw in enumerate(raws):
        yield Block(index=index, text=raw.text, raw=raw.text, tag=raw.tag, hints=raw.hints,
                    emphasis=raw.emphasis, el=raw.el)


def _report_layout_tables(doc: Document, region) -> None:
    """Why each table of the article was read as text rather than data (one line per reason)."""
    reasons: dict[str, int] = {}
    for table in region.iter("table"):
        kind, why = content.table_kind(table)
        if kind == "layout":
            reasons[why] = reasons.get(why, 0) + 1
    for why, count in sorted(reasons.items()):
        doc.problem(STAGE, "layout_table", f"{count} table(s) read as text: {why}", "info")


def _site(doc: Document) -> sites.Site | None:
    if doc.meta is None:
        return None
    site = sites.match(doc.source.url or doc.meta.url, doc.meta.site_names)
    if site is not None:
        doc.problem(STAGE, "site_rules", f"selectors for {site.name}", "info")
    return site


def _until_body_ends(raws: list, body) -> list:
    """The article ends where its body ends: after it, only a short byline-like line or two
    (comment boxes, tag lists and widgets share the region on many sites)."""
    if body is None:
        return raws
    inside = set(body.iter())
    last = max((i for i, r in enumerate(raws) if r.el in inside), default=len(raws) - 1)
    tail = [r for r in raws[last + 1 : last + 3]
            if len(r.text.split()) <= _TAIL_WORDS and (r.emphasis or "byline" in r.hints)]
    return raws[: last + 1] + tail

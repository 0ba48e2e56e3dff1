"""Main content of an HTML page: drop boilerplate, find the article container by scoring text
density (as readability and trafilatura do), and turn the article region into blocks in reading
order, each with hints from its markup (sapo, byline, date, caption) and emphasis (bold or
right-aligned, as end-of-article bylines are)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html

from .. import vi
from .parse import classes, text_of

_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre",
               "dd", "dt", "caption", "div", "section", "article", "td", "th", "figure", "ul",
               "ol", "table", "tr", "tbody", "thead", "main", "header", "center", "dl"}
_PARAGRAPH_TAGS = {"p", "div", "td", "section", "article", "blockquote", "li", "pre", "span"}
_MIN_PARAGRAPH = 25
_SMALL_BOX = 300  # characters: a search or login form, not a page-wide ASP.NET form
_PHOTO_BOX = 400  # characters of text in a photo-and-caption layout table


@dataclass
class RawBlock:
    text: str
    tag: str
    hints: frozenset[str]
    emphasis: bool
    el: lxml.html.HtmlElement | None = None


def remove_boilerplate(root: lxml.html.HtmlElement) -> None:
    """Drop scripts, navigation, related boxes, ads... never an ancestor of the <h1>."""
    rules = vi.html_rules()["boilerplate"]
    keep = {a for h1 in root.iter("h1") for a in h1.iterancestors()} | set(root.iter("h1"))
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el in keep:
            continue
        if _is_boilerplate(el, rules):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _is_boilerplate(el: lxml.html.HtmlElement, rules: dict) -> bool:
    if el.tag in rules["tags"] or _hidden(el):
        return True
    if el.tag in rules["soft_tags"]:
        return len(text_of(el)) < _SMALL_BOX
    return bool(rules["class_id"].search(classes(el))) and not _is_body(el)


def _hidden(el: lxml.html.HtmlElement) -> bool:
    return el.get("hidden") is not None or "display:none" in (el.get("style") or "").replace(" ", "")


def _is_body(el: lxml.html.HtmlElement) -> bool:
    """A container holding many long paragraphs is the article whatever its class says."""
    long_paragraphs = sum(1 for p in el.iter("p") if len(text_of(p)) > 80)
    return long_paragraphs >= 4


def paragraph_parents(root: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, int]:
    """For each element, how many long, link-poor paragraphs stand directly in it.

    An article body keeps its paragraphs side by side in one container; a home page spreads
    one teaser paragraph per box. The count separates the two and finds the body.
    """
    counts: dict[lxml.html.HtmlElement, int] = {}
    for el in root.iter("p", "div", "td", "font"):
        if any(isinstance(c.tag, str) and c.tag in ("p", "div", "td") for c in el.iterdescendants()):
            continue
        if link_density(el) >= 0.3:
            continue
        long = [t for t in segments(el) if len(t) >= 80]
        if len(long) >= 2:  # old portals: paragraphs separated by <br><br> in one cell
            counts[el] = counts.get(el, 0) + len(long)
        elif long:
            parent = el.getparent()
            counts[parent] = counts.get(parent, 0) + 1
    return counts


def segments(el: lxml.html.HtmlElement) -> list[str]:
    """The element's text cut at blank lines (<br><br>), each whitespace-collapsed."""
    return _split_blank_lines("".join(el.itertext()))


def _split_blank_lines(raw: str) -> list[str]:
    return [" ".join(part.split()) for part in re.split(r"\n[ \t\r\xa0]*\n", raw)
            if part.strip()]


def _own_segments(el: lxml.html.HtmlElement) -> list[str]:
    """Loose text of a container that also holds blocks, cut at blank lines."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _BLOCK_TAGS:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return _split_blank_lines("".join(parts))


def content_root(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The container of the article's paragraphs: the one holding most long paragraphs side by
    side, else the element with the most paragraph text (readability-style scores)."""
    parents = paragraph_parents(root)
    if parents:
        best = max(parents, key=lambda n: (parents[n], len(text_of(n))))
        if parents[best] >= 3:
            return _unite(best, parents)
    scores: dict[lxml.html.HtmlElement, float] = {}
    for el in root.iter(*_PARAGRAPH_TAGS):
        text = _own_text(el)
        if len(text) < _MIN_PARAGRAPH:
            continue
        score = 1 + text.count(",") + min(len(text) / 100, 3)
        parent = el.getparent()
        for weight, node in ((1.0, parent), (0.5, parent.getparent() if parent is not None else None)):
            if node is not None:
                scores[node] = scores.get(node, 0.0) + score * weight
    if not scores:
        return None
    return max(scores, key=lambda n: scores[n] * (1 - link_density(n)))


def _unite(best: lxml.html.HtmlElement, parents: dict) -> lxml.html.HtmlElement:
    """A body split around a photo box or an ad keeps its halves in sibling containers: climb
    (at most 3 levels, never to <body>) to the lowest ancestor holding another such half."""
    others = [el for el, n in parents.items() if el is not best and n >= 2]
    for level, ancestor in enumerate(best.iterancestors()):
        if level >= 3 or ancestor.tag in ("body", "html"):
            break
        if any(ancestor in set(el.iterancestors()) for el in others):
            return ancestor
    return best


def _own_text(el: lxml.html.HtmlElement) -> str:
    """Text standing directly in an element, not inside nested block elements
    ('<div>text<p>..</p></div>' gives 'text')."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _BLOCK_TAGS:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def link_density(el: lxml.html.HtmlElement) -> float:
    total = len(text_of(el)) or 1
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return min(1.0, linked / total)


def headline_element(root: lxml.html.HtmlElement,
                     body: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """On a page without <h1>: the nearest element before the body whose class says title
    ('<span class="title">' on old portals) and whose text reads like a headline."""
    rule = vi.html_rules()["hints"]["headline"]
    best = None
    for el in root.iter():
        if el is body:
            break
        if isinstance(el.tag, str) and rule.search(classes(el)) and \
                4 <= len(text_of(el).split()) <= 45 and not _has_block(el):
            best = el
    return best


def article_region(root: lxml.html.HtmlElement, body: lxml.html.HtmlElement | None,
                   h1: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The smallest element holding both the headline and the body, when that is not the page."""
    if body is None:
        return h1.getparent() if h1 is not None else None
    if h1 is None:
        return body
    ancestors = set(body.iterancestors()) | {body}
    common = next((a for a in h1.iterancestors() if a in ancestors), None)
    if common is None or common.tag in ("html", "body"):
        return body
    return common


def blocks(region: lxml.html.HtmlElement) -> Iterator[RawBlock]:
    """Blocks of the region in document order: innermost block elements and data tables."""
    yield from _walk(region, frozenset())


def _walk(el: lxml.html.HtmlElement, inherited: frozenset[str]) -> Iterator[RawBlock]:
    hints = inherited | _hints(el)
    if el.tag == "table" and is_data_table(el):
        yield RawBlock(text_of(el), "table", hints, False, el)
        return
    if el.tag == "table" and el.find(".//img") is not None and len(text_of(el)) <= _PHOTO_BOX:
        hints = hints | {"caption"}  # a layout table framing a photo: its text is the caption
    children = [c for c in el if isinstance(c.tag, str)]
    if _teaser(el):
        return  # a related-article card: headline link + summary
    if not _has_block(el):
        for text in segments(el):
            yield RawBlock(text, el.tag, hints, _emphasised(el), el)
        return
    for own in _own_segments(el):
        yield RawBlock(own, el.tag, hints, False, el)
    for child in children:
        if child.tag in _BLOCK_TAGS or _has_block(child):
            yield from _walk(child, hints)  # inline children are already in `own`


def _has_block(el: lxml.html.HtmlElement) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el.iterdescendants())


def _teaser(el: lxml.html.HtmlElement) -> bool:
    """A box that starts with a headline link: a related-article card, 'Xem thêm: <a>...</a>'."""
    if el.find(".//h1") is not None or el.tag == "h1":
        return False
    text = text_of(el)
    for a in el.iter("a"):
        link = text_of(a)
        if len(link.split()) >= 6:
            at = text.find(link)
            return at >= 0 and (at == 0 or (at <= 14 and text[:at].rstrip().endswith(":")))
    return False


def _hints(el: lxml.html.HtmlElement) -> frozenset[str]:
    names = classes(el) + " " + (el.get("itemprop") or "")
    if not names.strip():
        return frozenset({"caption"}) if el.tag == "figcaption" else frozenset()
    found = {name for name, rx in vi.html_rules()["hints"].items() if rx.search(names)}
    if el.tag == "figcaption":
        found.add("caption")
    return frozenset(found)


def _emphasised(el: lxml.html.HtmlElement) -> bool:
    style = (el.get("style") or "").replace(" ", "").casefold()
    if "text-align:right" in style or (el.get("align") or "").casefold() == "right":
        return True
    text = text_of(el)
    bold = " ".join(text_of(b) for b in el.iter("strong", "b"))
    return bool(text) and len(bold) >= 0.9 * len(text)


def is_data_table(table: lxml.html.HtmlElement) -> bool:
    return table_kind(table)[0] == "data"


def table_kind(table: lxml.html.HtmlElement) -> tuple[str, str]:
    """('data', why) for rows x columns of short cells, ('layout', why) for a table used to
    lay out the page, frame a photo or box a quote."""
    rows = [r for r in table.iter("tr") if _owner_table(r) is table]
    nested = [t for t in table.iter("table") if t is not table]
    # nested tables with text mean layout; text-less ones are drawings (bar charts of cells)
    if any(text_of(t) for t in nested):
        return "layout", "holds tables with text"
    if len(rows) < 2:
        return "layout", "fewer than two rows"
    widths = [len([c for c in r if c.tag in ("td", "th")]) for r in rows]
    if max(widths) < 2:
        return "layout", "a single column"
    cells = [c for r in rows for c in r if c.tag in ("td", "th")]
    if sum(1 for c in cells if len(text_of(c)) > 200) > len(cells) // 4:
        return "layout", "cells of running text"
    if sum(1 for img in table.iter("img") if _owner_table(img) is table) > len(rows) // 2:
        return "layout", "frames images"
    return "data", f"{len(rows)} rows of short cells"


def _owner_table(row: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    return next((a for a in row.iterancestors() if a.tag == "table"), None)

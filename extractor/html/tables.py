"""HTML data tables as grids: rowspan/colspan expanded, header rows found, empties dropped."""

from __future__ import annotations

import lxml.html

from .parse import text_of

_MAX_SPAN = 50  # a rowspan/colspan beyond this is a markup error, not a table shape


def grid(table: lxml.html.HtmlElement) -> list[list[str]]:
    """The table as a rectangular grid of cell texts (spanned cells repeated)."""
    rows = [r for r in table.iter("tr") if _owner(r) is table]
    out: list[list[str | None]] = []
    carry: dict[tuple[int, int], str] = {}  # (row, col) filled by a rowspan from above
    for r, row in enumerate(rows):
        cells: list[str | None] = []
        col = 0
        for cell in (c for c in row if c.tag in ("td", "th")):
            while (r, col) in carry:
                cells.append(carry.pop((r, col)))
                col += 1
            text = text_of(cell)
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            for k in range(colspan):
                cells.append(text)
                for down in range(1, rowspan):
                    carry[(r + down, col + k)] = text
            col += colspan
        while (r, col) in carry:
            cells.append(carry.pop((r, col)))
            col += 1
        out.append(cells)
    width = max((len(r) for r in out), default=0)
    return _trim([[c or "" for c in r] + [""] * (width - len(r)) for r in out])


def _span(cell: lxml.html.HtmlElement, name: str) -> int:
    try:
        return max(1, min(_MAX_SPAN, int((cell.get(name) or "1").strip())))
    except ValueError:
        return 1


def _owner(row: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    return next((a for a in row.iterancestors() if a.tag == "table"), None)


def _trim(rows: list[list[str]]) -> list[list[str]]:
    """Drop empty rows (spacers) and empty trailing columns."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    while rows and all(not r[-1].strip() for r in rows):
        rows = [r[:-1] for r in rows]
    return rows


def header_rows(table: lxml.html.HtmlElement, rows: list[list[str]]) -> int:
    """How many leading grid rows are header: <thead>/<th> rows, else a bold first row."""
    trs = [r for r in table.iter("tr") if _owner(r) is table and any(
        text_of(c) for c in r if c.tag in ("td", "th"))]
    n = 0
    for tr in trs:
        cells = [c for c in tr if c.tag in ("td", "th")]
        in_head = tr.getparent() is not None and tr.getparent().tag == "thead"
        if in_head or (cells and all(c.tag == "th" for c in cells)):
            n += 1
        else:
            break
    if n == 0 and trs and _bold_row(trs[0]) and len(rows) > 1:
        n = 1
    return min(n, max(0, len(rows) - 1))


def _bold_row(tr: lxml.html.HtmlElement) -> bool:
    cells = [c for c in tr if c.tag in ("td", "th") and text_of(c)]
    return bool(cells) and all(
        len(" ".join(text_of(b) for b in c.iter("strong", "b"))) >= 0.9 * len(text_of(c))
        for c in cells)


def header_and_body(table: lxml.html.HtmlElement) -> tuple[list[str], list[list[str]]]:
    """(header, rows); a multi-row header is joined per column ('Lao động tiên tiến (%)'); a
    header kept in a separate table just above is used, and names the data's empty columns."""
    rows = grid(table)
    n = header_rows(table, rows)
    detached = detached_header(table) if n == 0 else None
    if detached:
        return detached, [r + [""] * (len(detached) - len(r)) for r in rows]
    if n == 0:
        return [""] * (len(rows[0]) if rows else 0), rows
    header = []
    for col in range(len(rows[0])):
        parts: list[str] = []
        for r in rows[:n]:
            if r[col] and r[col] not in parts:
                parts.append(r[col])
        header.append(" ".join(parts))
    return header, rows[n:]


def detached_header(table: lxml.html.HtmlElement) -> list[str] | None:
    """A header drawn as its own one-row table right above the data (ASP.NET grids with a
    frozen header): the nearest earlier table, within three levels, if it has one row that is
    at least as wide as the data and nothing but whitespace stands between the two."""
    node = table
    for _ in range(3):
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            previous = sibling if sibling.tag == "table" else sibling.find(".//table")
            if previous is None:
                if text_of(sibling):
                    return None  # text between: not the same table
                continue
            rows = grid(previous)
            width = len(grid(table)[0]) if grid(table) else 0
            if len(rows) == 1 and len(rows[0]) >= width > 0:
                return rows[0]
            return None
        node = node.getparent()
        if node is None:
            return None
    return None


def caption(table: lxml.html.HtmlElement) -> str | None:
    """<caption>, else the <figcaption> of the <figure> holding the table."""
    cap = table.find("caption")
    text = text_of(cap) if cap is not None else ""
    figure = next((a for a in table.iterancestors() if a.tag == "figure"), None)
    if not text and figure is not None:
        figcaption = figure.find(".//figcaption")
        text = text_of(figcaption) if figcaption is not None else ""
    return text or None

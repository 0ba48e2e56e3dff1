"""Rebuild tables flattened into text dumps (one cell per line).

A table is a run of short cell-like lines. Its shape comes from the data, not from the page: the
number of columns `p` and where the rows start are chosen so that every column keeps one type
(text or number) across rows, the first column holds distinct row keys ("Năm 2015", "Hà Nội"),
some column is numeric, and the header cells before the first row merge to exactly `p` (a cell
split over two lines, such as "(%)" under "Lao động tiên tiến", joins the cell above). NBSP-only
lines inside the run are empty paragraphs, not cells. When no shape fits, the lines stay body
text and a problem is recorded rather than a grid invented.
"""

from __future__ import annotations

import re

from .. import cells
from ..config import Config
from ..document import Block, Document
from ..html import tables as html_tables
from ..models import Table
from ..vi import pattern

STAGE = "tables"
_MIN_CELLS = 6
_MAX_COLS = 12
_CELL_MAX_CHARS, _CELL_MAX_WORDS = 60, 9
_NUMERIC = re.compile(r"[-–+]?\s?(\d[\d.,]*\s?(%|‰)?|[-–—x])")
_CONTINUATION = re.compile(r"^(\(.*\)|[a-zđà-ỹ].*)$")


def run(doc: Document, config: Config) -> Document:
    if doc.source.format == "html":
        _html_tables(doc)
        return doc
    for run_blocks in _runs(doc):
        cells = [b for b in run_blocks if b.role != "empty"]
        grid = fit_grid([b.text for b in cells])
        if grid is None:
            if sum(is_numeric(b.text) for b in cells) >= 0.3 * len(cells):
                doc.problem(STAGE, "table_shape_ambiguous",
                            f"{len(cells)} cell-like lines from line {cells[0].line}: no "
                            "consistent grid; kept as body text")
            continue
        header, rows, used = grid
        _claim(doc, run_blocks, cells[:used])
        caption = _caption(doc, cells[0])
        doc.tables.append(make_table(caption, header, rows, "text"))
        doc.table_blocks.append(cells[0].index)
    return doc


def _html_tables(doc: Document) -> None:
    """Data tables the blocks stage kept whole (layout tables were read as text)."""
    for block in doc.blocks:
        if block.tag != "table" or block.claimed or block.el is None:
            continue
        header, rows = html_tables.header_and_body(block.el)
        doc.set_role(block, "table_cell")
        if not rows:
            doc.problem(STAGE, "table_empty", f"table at block {block.index} has no data rows")
            continue
        caption = html_tables.caption(block.el) or _caption(doc, block)
        _claim_figcaption(doc, block)
        doc.tables.append(make_table(caption, header, rows, "html"))
        doc.table_blocks.append(block.index)


def _claim_figcaption(doc: Document, table_block: Block) -> None:
    """A <figcaption> of the <figure> holding the table names the table, not a photo."""
    figure = next((a for a in table_block.el.iterancestors() if a.tag == "figure"), None)
    if figure is None:
        return
    for block in doc.blocks:
        if block.tag == "figcaption" and not block.claimed and block.el is not None and \
                figure in set(block.el.iterancestors()):
            doc.set_role(block, "table_caption")


def make_table(caption: str | None, header: list[str], rows: list[list[str]], source: str) -> Table:
    typed = [[cells.cell(c) for c in row] for row in rows]
    return Table(caption=caption, header=header, rows=rows, source=source, position=-1,
                 cells=typed, column_types=cells.column_types(typed))


def is_numeric(text: str) -> bool:
    return bool(_NUMERIC.fullmatch(text.strip()))


def _cell_like(text: str) -> bool:
    if len(text) > _CELL_MAX_CHARS or len(text.split()) > _CELL_MAX_WORDS:
        return False
    return not text.endswith((".", "!", "?", ":", ";")) and not pattern("text", "list_item").match(text)


def _runs(doc: Document) -> list[list[Block]]:
    runs, current = [], []
    for block in doc.blocks:
        if (block.role == "empty" and current) or (not block.claimed and _cell_like(block.text)):
            current.append(block)
        else:
            if sum(b.role != "empty" for b in current) >= _MIN_CELLS:
                runs.append(current)
            current = []
    if sum(b.role != "empty" for b in current) >= _MIN_CELLS:
        runs.append(current)
    return runs


def fit_grid(cells: list[str]) -> tuple[list[str], list[list[str]], int] | None:
    """(header, rows, number of cells used) for the best-fitting shape, or None."""
    best = None
    for cols in range(2, _MAX_COLS + 1):
        for start in range(cols, min(len(cells), 2 * cols + 2) + 1):
            n_rows = _consistent_rows(cells[start:], cols)
            if n_rows < 2:
                continue
            header = _merge_header(cells[:start], cols)
            if header is None:
                continue
            used = start + n_rows * cols
            if best is None or used > best[2]:
                rows = [cells[start + r * cols : start + (r + 1) * cols] for r in range(n_rows)]
                best = (header, rows, used)
    return best


def _consistent_rows(body: list[str], cols: int) -> int:
    """How many leading rows of `body` keep each column's type and distinct row keys."""
    types = [is_numeric(c) for c in body[:cols]]
    if len(body) < cols or types[0] or not any(types[1:]):
        return 0
    keys: set[str] = set()
    n = 0
    while (n + 1) * cols <= len(body):
        row = body[n * cols : (n + 1) * cols]
        if [is_numeric(c) for c in row] != types or row[0] in keys:
            break
        keys.add(row[0])
        n += 1
    return n


def _merge_header(cells: list[str], cols: int) -> list[str] | None:
    """Join continuation lines ("(%)", lowercase starts) into the cell above until `cols` remain."""
    header = list(cells)
    while len(header) > cols:
        joinable = [i for i in range(1, len(header)) if _CONTINUATION.match(header[i])]
        if not joinable:
            return None
        i = min(joinable, key=lambda j: (not header[j].startswith("("), j))
        header[i - 1 : i + 1] = [f"{header[i - 1]} {header[i]}"]
    if len(header) != cols or any(is_numeric(h) for h in header[1:]):
        return None
    return header


def _claim(doc: Document, run_blocks: list[Block], used: list[Block]) -> None:
    last = used[-1].index
    for block in run_blocks:
        if block.index <= last:
            doc.set_role(block, "table_cell")


def _caption(doc: Document, first_cell: Block) -> str | None:
    before = [b for b in doc.blocks[: first_cell.index] if b.role != "empty"]
    if before and not before[-1].claimed and before[-1].text.endswith(":"):
        doc.set_role(before[-1], "table_caption")
        return before[-1].text.rstrip(": ").strip()
    return None

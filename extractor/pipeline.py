"""The ordered stages and the assembly of the public `Record`.

`blocks` runs before `clean` so that HTML and text dumps reach `clean` in the same form (blocks
of raw text). A stage that fails unexpectedly is recorded as an `error` problem and the others go
on (or, with `Config(strict=True)`, the exception propagates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import __version__
from .config import DEFAULT_CONFIG, Config
from .document import Document
from .errors import ExtractionError
from .load import Input, load
from .models import Record, Span, Table
from .stages import (
    authors,
    blocks,
    body,
    clean,
    dates,
    entities,
    headline,
    language,
    metadata,
    pagetype,
    tables,
)

Stage = Callable[[Document, Config], Document]

STAGES: dict[str, Stage] = {
    "metadata": metadata.run,
    "pagetype": pagetype.run,
    "blocks": blocks.run,
    "clean": clean.run,
    "language": language.run,
    "headline": headline.run,
    "dates": dates.run,
    "authors": authors.run,
    "tables": tables.run,
    "body": body.run,
    "entities": entities.run,
}

_NON_BODY_SECTIONS = {
    "header_date": "header", "dateline": "byline", "byline": "byline", "signature": "signature",
    "credit": "signature", "title": "title", "table_cell": "table", "table_caption": "table",
}


def extract(source: Input, *, config: Config | None = None, origin: str | None = None,
            url: str | None = None, captured: dt.datetime | None = None) -> Record:
    """Extract one page (a path, raw bytes, or the page's text) into a validated `Record`.

    `origin` and `url` name where bytes came from (an archive record, a crawler) for
    `source.path` / `source.url`; `captured` is when the page was fetched. Raises
    `ExtractionError` only for unusable input (missing, empty, binary, undecodable, too large).
    """
    config = config or DEFAULT_CONFIG
    doc = load(source, config)
    if origin or url or captured:
        update = {k: v for k, v in (("path", origin), ("url", url), ("captured", captured)) if v}
        doc.source = doc.source.model_copy(update=update)
    return to_record(run_stages(doc, config))


def run_stages(doc: Document, config: Config) -> Document:
    for name, stage in STAGES.items():
        if name in config.skip:
            continue
        try:
            doc = stage(doc, config)
        except ExtractionError:
            raise
        except Exception as exc:
            if config.strict:
                raise
            doc.problem(name, "stage_failed", f"{type(exc).__name__}: {exc}", "error")
    return doc


def to_record(doc: Document) -> Record:
    return Record(
        extractor_version=__version__,
        id=doc.source.sha256[:32],
        source=doc.source,
        page_type=doc.page_type,
        language=doc.language,
        site_name=doc.site_name,
        tags=doc.tags,
        title=doc.title,
        published=doc.published,
        updated=doc.updated,
        dates=[d.model_copy(update={"span": _place(doc, d.span)}) for d in doc.dates],
        authors=doc.authors,
        credits=doc.credits,
        lead=doc.lead,
        paragraphs=doc.paragraphs,
        captions=doc.captions,
        tables=[_positioned(doc, t, i) for i, t in enumerate(doc.tables)],
        entities=doc.entities,
        problems=doc.problems,
    )


def _place(doc: Document, span: Span) -> Span:
    """Map a span recorded against a block to the record section that block ended up in."""
    if span.section != "chrome" or not 0 <= span.index < len(doc.blocks):
        return span
    if span.index in doc.block_sections:
        section, index = doc.block_sections[span.index]
        return span.model_copy(update={"section": section, "index": index, "context": None})
    role = doc.blocks[span.index].role
    return span.model_copy(update={"section": _NON_BODY_SECTIONS.get(role, "chrome")})


def _positioned(doc: Document, table: Table, i: int) -> Table:
    first = doc.table_blocks[i] if i < len(doc.table_blocks) else len(doc.blocks)
    before = sum(1 for idx, (sec, _) in doc.block_sections.items()
                 if idx < first and sec == "paragraph")
    return table.model_copy(update={"position": before})

"""The internal working object passed through the stages (mutable, never serialised as is)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .models import Author, Credit, Entities, FoundDate, Problem, Severity, Source, Table

#: Roles a block can be given. Stages claim blocks by setting `role`; `body` takes what is left.
BLOCK_ROLES = frozenset(
    {
        "unassigned", "empty", "header_date", "title", "title_repeat", "dateline", "byline",
        "signature", "credit", "table_caption", "table_cell", "lead", "paragraph", "heading",
        "list_item", "caption", "boilerplate",
    }
)


@dataclass
class Block:
    """One line/paragraph of the page's text, in reading order."""

    index: int
    text: str
    raw: str
    line: int = 0
    role: str = "unassigned"
    #: HTML tag the block came from (None for text dumps).
    tag: str | None = None
    #: What the markup says the block is ('sapo', 'byline', 'date', 'caption'), from class/id.
    hints: frozenset[str] = frozenset()
    #: The whole block is bold or right-aligned (end-of-article bylines look like this).
    emphasis: bool = False
    #: The HTML element (tables keep theirs for the tables stage).
    el: Any = None

    @property
    def claimed(self) -> bool:
        return self.role != "unassigned"


@dataclass
class Document:
    raw: bytes
    source: Source
    text: str = ""
    tree: Any = None
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    page_type: str = "article"
    language: str | None = "vi"
    dates: list[FoundDate] = field(default_factory=list)
    published: dt.date | dt.datetime | None = None
    updated: dt.date | dt.datetime | None = None
    authors: list[Author] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    lead: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    #: HTML metadata (extractor.html.meta.Metadata), read by the `metadata` stage.
    meta: Any = None
    site_name: str | None = None
    tags: list[str] = field(default_factory=list)
    #: Index of the first block of each table in `tables` (its place in reading order).
    table_blocks: list[int] = field(default_factory=list)
    #: Block index -> (record section, index in that section), written by `body`.
    block_sections: dict[int, tuple[str, int]] = field(default_factory=dict)
    entities: Entities = field(default_factory=Entities)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, stage: str, code: str, detail: str, severity: Severity = "warning") -> None:
        self.problems.append(Problem(stage=stage, code=code, detail=detail, severity=severity))

    def unclaimed(self) -> list[Block]:
        return [b for b in self.blocks if not b.claimed]

    def set_role(self, block: Block, role: str) -> None:
        if role not in BLOCK_ROLES:
            raise ValueError(f"unknown block role {role!r}")
        block.role = role

"""Named entities (placeholder until the rules land)."""

from __future__ import annotations

from ..config import Config
from ..document import Document


def run(doc: Document, config: Config) -> Document:
    return doc

"""Entity recognition helpers used by the `entities` stage (syllable analysis, rules, merging)."""

from __future__ import annotations

from ..models import Entities


def entities_of_text(text: str, title: str | None = None) -> Entities:
    """Entities of one piece of text (treated as the lead of a page), for benchmarks and tools.

    Runs exactly what the `entities` stage runs on a page whose lead is `text`.
    """
    from ..config import DEFAULT_CONFIG
    from ..document import Document
    from ..models import Source
    from ..stages import entities

    src = Source(format="text", encoding="utf-8", sha256="", size=len(text.encode()))
    doc = Document(raw=b"", source=src, text=text, title=title, lead=text)
    return entities.run(doc, DEFAULT_CONFIG).entities

"""Entity recognition helpers used by the `entities` stage (syllable analysis, rules, merging)."""

from __future__ import annotations

from ..models import Entities


def entities_of_text(text: str, title: str | None = None) -> Entities:
    """Entities of one piece of text (treated as the lead of a page), for benchmarks and tools.

    Runs what the pipeline runs on a page whose lead is `text`: the `clean` step's word fixes
    (which keep the text's length, so offsets still point into `text`), then `entities`.
    """
    from ..config import DEFAULT_CONFIG
    from ..document import Document
    from ..models import Source
    from ..stages import entities
    from ..stages.clean import clean_text

    fixed, _ = clean_text(text)
    if len(fixed) == len(text):
        text = fixed  # same offsets: only recasing and tone-mark moves
    src = Source(format="text", encoding="utf-8", sha256="", size=len(text.encode()))
    doc = Document(raw=b"", source=src, text=text, title=title, lead=text)
    return entities.run(doc, DEFAULT_CONFIG).entities

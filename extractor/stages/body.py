"""Lead, body paragraphs and photo captions from the blocks no other stage claimed.

After the headline, each remaining block is a paragraph (it ends a sentence, introduces a list
with ":", or is a "- " list item), a caption (it carries a photo credit, or it is an unfinished
sentence not followed by a paragraph: images come in runs and at the end), or a sub-heading (a
short unfinished line followed by a paragraph; kept among the paragraphs). The first paragraph is
the lead. Text is taken verbatim from the block, so offsets recorded by other stages still hold.
"""

from __future__ import annotations

from .. import vi
from ..config import Config
from ..document import Block, Document
from ..vi import pattern

STAGE = "body"
_HEADING_MAX_WORDS = 15
#: A block this long is a paragraph even without a final stop (dumps lose trailing periods).
_PARAGRAPH_MIN_WORDS = 35


def run(doc: Document, config: Config) -> Document:
    if doc.page_type == "listing":
        return doc  # teasers of other articles are not a body
    blocks = _body_blocks(doc)
    if doc.source.format == "html":
        kinds = [_html_kind(b) for b in blocks]
        _lead_first(doc, blocks, kinds)
    else:
        kinds = [_kind(b, _next_kind(blocks, i)) for i, b in enumerate(blocks)]
    for block, kind in zip(blocks, kinds, strict=True):
        if kind == "boilerplate":
            doc.set_role(block, "boilerplate")
        elif kind == "caption":
            _add(doc, block, "caption")
        elif kind == "lead" or (doc.lead is None and kind == "paragraph"
                                and not _is_list_item(block) and "lead" not in kinds):
            _add(doc, block, "lead" if doc.lead is None else "paragraph")
        else:
            _add(doc, block, kind)
    if doc.lead is None:
        doc.problem(STAGE, "no_lead", "no paragraph found after the headline")
    return doc


def _body_blocks(doc: Document) -> list[Block]:
    title_at = next((b.index for b in doc.blocks if b.role == "title"), -1)
    return [b for b in doc.blocks if b.index > title_at and not b.claimed]


def _html_kind(block: Block) -> str:
    """HTML says more than punctuation: tags and class names decide."""
    if vi.html_rules()["text"]["boilerplate_line"].match(block.text):
        return "boilerplate"
    if "caption" in block.hints or block.tag in ("figcaption", "caption"):
        return "caption"
    if "sapo" in block.hints:
        return "sapo"
    if block.tag in ("h2", "h3", "h4", "h5", "h6") or (block.emphasis and not _finished(block.text)
                                                      and len(block.text.split()) <= 15):
        return "heading"
    return "paragraph"


def _lead_first(doc: Document, blocks: list[Block], kinds: list[str]) -> None:
    """The sapo block is the lead; else the block repeating the meta description; else the
    first paragraph (handled by the caller)."""
    if "sapo" in kinds:
        first = kinds.index("sapo")
        kinds[first] = "lead"
        for i in range(first + 1, len(kinds)):
            if kinds[i] == "sapo":
                kinds[i] = "paragraph"
        return
    descriptions = {_squash(d) for _, d in (doc.meta.descriptions if doc.meta else [])}
    for i, block in enumerate(blocks):
        if kinds[i] == "paragraph" and any(_squash(block.text) in d or d in _squash(block.text)
                                           for d in descriptions if len(d) > 40):
            kinds[i] = "lead"
            return


def _squash(text: str) -> str:
    return " ".join(text.casefold().split())


def _kind(block: Block, next_kind: str | None) -> str:
    text = block.text
    if pattern("bylines", "media_credit").search(text):
        return "caption"
    if _is_list_item(block) or _finished(text):
        return "paragraph"
    if next_kind == "paragraph" and len(text.split()) <= _HEADING_MAX_WORDS:
        return "heading"
    return "caption"


def _next_kind(blocks: list[Block], i: int) -> str | None:
    if i + 1 >= len(blocks):
        return None
    nxt = blocks[i + 1]
    return "paragraph" if _finished(nxt.text) or _is_list_item(nxt) else "other"


def _finished(text: str) -> bool:
    if len(text.split()) >= _PARAGRAPH_MIN_WORDS:
        return True
    return bool(pattern("text", "sentence_end").search(text)) or text.endswith((":", ";"))


def _is_list_item(block: Block) -> bool:
    return bool(pattern("text", "list_item").match(block.text))


def _add(doc: Document, block: Block, kind: str) -> None:
    if kind == "lead":
        doc.lead = block.text
        doc.block_sections[block.index] = ("lead", 0)
        doc.set_role(block, "lead")
    elif kind == "caption":
        doc.block_sections[block.index] = ("caption", len(doc.captions))
        doc.captions.append(block.text)
        doc.set_role(block, "caption")
    else:
        doc.block_sections[block.index] = ("paragraph", len(doc.paragraphs))
        doc.paragraphs.append(block.text)
        doc.set_role(block, "heading" if kind == "heading" else "paragraph")

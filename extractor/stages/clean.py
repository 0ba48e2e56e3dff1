"""Normalise block text without changing its meaning.

NFC; NBSP, zero-width and other odd spaces; whitespace runs; old-style tone marks ("hoà" ->
"hòa", via underthesea's token normaliser); words whose second letter was wrongly capitalised
("NGuyễn" -> "Nguyễn"). Acronyms and their casing ("UBND", "TP.HCM", "KHCNVN") are kept: only
words of the exact shape Upper-Upper-lower-lower... are recased. Each recasing is recorded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..config import Config
from ..document import Document

STAGE = "clean"
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")
_SPACES = re.compile(r" {2,}")
_WORD = re.compile(r"[^\W\d_]+")


def run(doc: Document, config: Config) -> Document:
    for block in doc.blocks:
        text, recased = clean_text(block.text)
        block.text = text
        for before, after in recased:
            doc.problem(STAGE, "recased_word", f"{before!r} -> {after!r}", "info")
    return doc


def clean_text(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Return the cleaned text and the (before, after) recased words."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    recased: list[tuple[str, str]] = []

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        fixed = _recase(word)
        if fixed != word:
            recased.append((word, fixed))
        return _tone_normalize(fixed)

    return _WORD.sub(fix, text), recased


def _recase(word: str) -> str:
    """'NGuyễn' -> 'Nguyễn'; acronyms and normal words are returned unchanged."""
    if len(word) >= 4 and word[0].isupper() and word[1].isupper() and word[2:].islower():
        return word[0] + word[1:].lower()
    return word


@cache
def _tone_normalize(word: str) -> str:
    if word.isascii():
        return word
    from underthesea.pipeline.text_normalize import token_normalize

    out = token_normalize(word)
    # The normaliser must only move tone marks, never change letters or length.
    if len(out) != len(word) or _strip_marks(out) != _strip_marks(word):
        return word
    return out


def _strip_marks(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))

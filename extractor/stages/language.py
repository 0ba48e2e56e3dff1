"""Which language the page is written in: 'vi', 'en', or None (unknown). The entities stage
only runs on Vietnamese. Vietnamese is recognised by its own letters and tone marks on a large
share of words that are also well-formed Vietnamese syllables."""

from __future__ import annotations

import re

from ..config import Config
from ..document import Document
from ..html.parse import text_of
from ..names import is_syllable

STAGE = "language"
_WORD = re.compile(r"[^\W\d_]+")
_VI_LETTERS = set("ăâđêôơưàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ")
_EN_WORDS = frozenset({"the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was",
                       "are", "as", "by", "this", "from", "have"})
_MIN_WORDS = 8


def run(doc: Document, config: Config) -> Document:
    words = [w.casefold() for b in doc.blocks for w in _WORD.findall(b.text)][:3000]
    if len(words) < _MIN_WORDS and doc.tree is not None:  # listing pages have no article blocks
        words = [w.casefold() for w in _WORD.findall(text_of(doc.tree))][:3000]
    doc.language = detect(words)
    if doc.language is None and len(words) >= _MIN_WORDS:
        doc.problem(STAGE, "language_unknown", "not Vietnamese nor English")
    elif doc.language not in ("vi", None):
        doc.problem(STAGE, "not_vietnamese", f"language {doc.language}", "info")
    return doc


def detect(words: list[str]) -> str | None:
    if len(words) < _MIN_WORDS:
        return "vi" if any(set(w) & _VI_LETTERS for w in words) else None
    marked = sum(1 for w in words if set(w) & _VI_LETTERS) / len(words)
    syllables = sum(1 for w in words if is_syllable(w)) / len(words)
    if marked >= 0.15 and syllables >= 0.6:
        return "vi"
    if sum(1 for w in words if w in _EN_WORDS) / len(words) >= 0.05:
        return "en"
    return None

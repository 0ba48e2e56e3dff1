"""Text shared by every sink: normalisation, accent folding, query parsing and highlighting.

Vietnamese users type with and without diacritics, so every sink indexes each text twice: as
written (NFC) and folded. Folding needs care: Unicode decomposition strips the tone and vowel
marks but leaves `đ`/`Đ` alone (it is a letter of its own, not d + a mark), so it is mapped to
`d`/`D` explicitly here. Texts and queries are always NFC first: a query typed in decomposed
form (NFD, as some keyboards and macOS file names produce) must match the same words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..models import Record

#: What SQLite's unicode61 tokenizer and OpenSearch's standard tokenizer treat as a word here.
WORD = re.compile(r"[^\W_]+")
_QUERY_PIECE = re.compile(r'"([^"]*)"?|(\S+)')


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold_d(text: str) -> str:
    """NFC with đ/Đ -> d/D: the only folding the SQLite and OpenSearch folders cannot do."""
    # str.replace is far faster than str.translate on non-ASCII text.
    return nfc(text).replace("đ", "d").replace("Đ", "D")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, diacritic-free form: 'Đà Nẵng' -> 'da nang'."""
    decomposed = unicodedata.normalize("NFD", fold_d(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def fold_name(name: str) -> str:
    """A name folded with its spaces collapsed, for equality and word-boundary matching."""
    return " ".join(WORD.findall(fold(name)))


def normalize_query(text: str) -> str:
    """NFC, odd spaces and old-style tone marks ('hoà' -> 'hòa'), as the extractor cleans pages."""
    from ..stages.clean import clean_text

    return clean_text(text)[0]


_SIMPLE_QUERY_OPERATORS = re.compile(r'[+|\-"*()~\\]')


@dataclass(frozen=True)
class Term:
    """One query term: a word, or a phrase of words that must be adjacent; maybe a prefix.

    `raw` is the term as typed, without search operators: OpenSearch's tokenizer, not this
    module, splits it ('TP.HCM' is one token there, two words for SQLite)."""

    words: tuple[str, ...]
    prefix: bool = False
    raw: str = ""

    def fts5(self, folded: bool) -> str:
        """The term as an FTS5 string (words are letters and digits only, so never need escaping)."""
        words = [fold_d(w) if folded else w for w in self.words]
        return '"' + " ".join(words) + '"' + ("*" if self.prefix else "")

    def simple_query(self, folded: bool) -> str:
        """The term in OpenSearch `simple_query_string` syntax. Prefixes are not analysed by
        the cluster, so they are lower-cased (and folded) here."""
        text = _SIMPLE_QUERY_OPERATORS.sub(" ", self.raw or " ".join(self.words)).strip()
        if folded:
            text = fold(text)
        if self.prefix:
            return text.lower() + "*"
        return f'"{text}"' if len(self.words) > 1 else text


def parse_query(text: str) -> list[Term]:
    """'"hội nghị" Đà Nẵ*' -> phrase, word, prefix. Words joined by punctuation ('TP.HCM') are
    phrases, as the tokenizers split them; other punctuation is dropped, never a syntax error."""
    terms: list[Term] = []
    for match in _QUERY_PIECE.finditer(normalize_query(text)):
        quoted, bare = match.groups()
        piece = quoted if quoted is not None else bare
        words = tuple(WORD.findall(piece))
        if words:
            prefix = quoted is None and piece.endswith("*") and len(words) == 1
            terms.append(Term(words, prefix, piece))
    return terms


def search_texts(record: Record) -> dict[str, str]:
    """The indexed fields of a record, in the column order of the SQLite index."""
    ents = record.entities
    return {
        "title": record.title or "",
        "lead": record.lead or "",
        "body": "\n".join(record.paragraphs),
        "captions": "\n".join(record.captions),
        "authors": "\n".join(_author_texts(record)),
        "people": "\n".join(n for p in ents.people for n in [p.name, *p.aliases]),
        "orgs": "\n".join(n for o in ents.organizations for n in _org_names(o)),
        "locations": "\n".join(loc.name for loc in ents.locations),
    }


def record_names(record: Record) -> list[tuple[str, str]]:
    """(kind, name) pairs the author/person/org filters match against."""
    ents = record.entities
    names = [("author", a.name) for a in record.authors]
    names += [("person", n) for p in ents.people for n in [p.name, *p.aliases]]
    names += [("org", n) for o in ents.organizations for n in _org_names(o)]
    return list(dict.fromkeys(names))


def _author_texts(record: Record) -> list[str]:
    return [a.name + (f" ({a.organization})" if a.organization else "") for a in record.authors]


def _org_names(org) -> list[str]:
    return [org.name, *([org.expansion] if org.expansion else []), *org.aliases]


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def highlight_spans(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Character spans of the words in `text` that match a query word, accents ignored."""
    exact = {fold(w) for t in terms for w in t.words}
    prefixes = tuple(fold(t.words[0]) for t in terms if t.prefix)
    spans = []
    for m in WORD.finditer(text):
        word = _fold_word(m.group())
        if word in exact or (prefixes and word.startswith(prefixes)):
            spans.append(m.span())
    return spans


@dataclass(frozen=True)
class Snippet:
    text: str
    highlights: list[tuple[int, int]]


def make_snippet(record: Record, terms: list[Term], width: int = 200) -> Snippet:
    """The passage of the lead, body or captions with most matching words, cut around them."""
    passages = [p for p in [record.lead or "", *record.paragraphs, *record.captions] if p]
    if not passages:
        return Snippet("", [])
    scored = [(len({text[a:b].lower() for a, b in spans}), -i, text, spans)
              for i, text in enumerate(passages)
              for spans in [highlight_spans(text, terms)]]
    _, _, text, spans = max(scored)
    return _cut(text, spans, width)


def _cut(text: str, spans: list[tuple[int, int]], width: int) -> Snippet:
    if len(text) <= width:
        return Snippet(text, spans)
    first = spans[0][0] if spans else 0
    start = max(0, min(first - width // 4, len(text) - width))
    start = _word_start(text, start)
    end = min(len(text), start + width)
    end = _word_end(text, end)
    body = text[start:end].strip()
    offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    kept = [(a - offset + len(prefix), b - offset + len(prefix))
            for a, b in spans if a >= offset and b <= offset + len(body)]
    return Snippet(prefix + body + suffix, kept)


def _word_start(text: str, i: int) -> int:
    while 0 < i < len(text) and not text[i - 1].isspace():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while i < len(text) and not text[i].isspace():
        i += 1
    return i


def build_hit(record: Record, terms: list[Term], score: float | None, match: str):
    """A search hit for `record`, with the snippet and highlights computed here for every sink."""
    from . import Hit

    snippet = make_snippet(record, terms)
    title = record.title
    return Hit(
        id=record.id,
        title=title,
        published=record.published.isoformat() if record.published else None,
        authors=[a.name for a in record.authors],
        url=record.source.url,
        score=score,
        match=match,  # type: ignore[arg-type]
        snippet=snippet.text,
        highlights=snippet.highlights,
        title_highlights=highlight_spans(title, terms) if title else [],
    )

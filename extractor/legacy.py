"""Legacy Vietnamese 8-bit font encodings: TCVN3 ("ABC", fonts .VnTime/.VnArial) and VNI-Windows
(fonts VNI-Times...).

Such pages declare windows-1252 or nothing: the Vietnamese letters came from a font whose glyphs
sit at Latin-1 positions, so a browser (and charset-normalizer) reads them as "Trung t©m" (TCVN3)
or "Trung taâm" (VNI). Neither has a Python codec. The tables are data (`vi/legacy_*.tsv`, each
naming its sources); bytes a table does not list decode as windows-1252, as a browser showed them.

`detect_legacy` decides from evidence only: font names in the markup and, above all, how many
words become valid Vietnamese syllables under each decoding compared with plain windows-1252 and
windows-1258. Nothing here runs at import time or touches the network.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

LEGACY_ENCODINGS = ("tcvn3", "vni")
_TABLE_FILES = {"tcvn3": "legacy_tcvn3.tsv", "vni": "legacy_vni.tsv"}

# --- decoding ---------------------------------------------------------------------------------


@cache
def legacy_table(encoding: str) -> dict[bytes, str]:
    """Legacy byte sequence -> Unicode character, from the encoding's TSV file."""
    name = _TABLE_FILES[encoding]
    text = resources.files("extractor.vi").joinpath(name).read_text(encoding="utf-8")
    table: dict[bytes, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        hex_bytes, char, point = line.split("\t")
        # the code point column guards the character column against an editor re-normalising it
        if char != chr(int(point.removeprefix("U+"), 16)):
            raise ValueError(f"{name}:{number}: {char!r} is not {point}")
        table[bytes.fromhex(hex_bytes)] = char
    return table


@cache
def _cp1252() -> dict[int, str]:
    """Latin-1 code point -> windows-1252 character; the five undefined bytes stay as they are
    (what WHATWG's windows-1252 decoder, i.e. a browser, does)."""
    out = {}
    for b in range(0x80, 0xA0):
        try:
            out[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            out[b] = chr(b)
    return out


@cache
def _tcvn3_translation() -> dict[int, str]:
    table = dict(_cp1252())
    for raw, char in legacy_table("tcvn3").items():
        table[raw[0]] = char
    return table


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes -> Unicode (NFC). Single-byte: every byte is one character."""
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_tcvn3_translation()))


@cache
def _vni_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    # Work on the Latin-1 reading of the bytes: one character per byte, so a regex can take the
    # longest table entry at each position (base letter + mark byte before a lone letter byte).
    table = {raw.decode("latin-1"): char for raw, char in legacy_table("vni").items()}
    keys = sorted(table, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys)), table


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes -> Unicode (NFC). Base letters are followed by mark bytes."""
    pattern, table = _vni_pattern()
    text = pattern.sub(lambda m: table[m.group()], data.decode("latin-1"))
    # table entries never use 0x80-0x9F, so what is left there is windows-1252 punctuation
    return unicodedata.normalize("NFC", text.translate(_cp1252()))


def decode_legacy(data: bytes, encoding: str) -> str:
    """Decode with "tcvn3" or "vni" (as returned by `detect_legacy`)."""
    if encoding == "tcvn3":
        return decode_tcvn3(data)
    if encoding == "vni":
        return decode_vni(data)
    raise LookupError(f"unknown legacy encoding: {encoding!r}")


# --- syllables --------------------------------------------------------------------------------

_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_CODAS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")
# Vowel groups (glides included) that may end a syllable, and those that may take a consonant
# coda: the rhymes of standard orthography ("hoà" and "hòa" alike: tone position is not checked).


def _groups(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_OPEN = _groups("a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy "
                "ưa ưi ưu iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu")
_CLOSED = _groups("a ă â e ê i o ô ơ u ư y oa oă oe oo uâ uê uy uô ươ iê yê uyê")
_PALATAL_NUCLEI = _groups("a ê i y oa uê uy")  # the only ones before -ch / -nh
_STOPS = frozenset(("c", "ch", "p", "t"))  # stop codas take only the acute or dot-below tone
_LETTERS = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")


@lru_cache(maxsize=1 << 16)
def is_vietnamese_syllable(word: str) -> bool:
    """Onset + vowel nucleus with at most one tone mark + coda, by standard orthography."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [_TONES[c] for c in decomposed if c in _TONES]
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    if len(tones) > 1 or not base or not set(base) <= _LETTERS:
        return False
    tone = tones[0] if tones else None
    return any(_fits(base, onset, coda, tone) for onset in _ONSETS if base.startswith(onset)
               for coda in _CODAS if base.endswith(coda))


def _fits(base: str, onset: str, coda: str, tone: str | None) -> bool:
    nucleus = base[len(onset):len(base) - len(coda)]
    if not nucleus:
        return False
    if not coda:
        return nucleus in _OPEN
    if nucleus not in _CLOSED or (coda in ("ch", "nh") and nucleus not in _PALATAL_NUCLEI):
        return False
    return coda not in _STOPS or tone in ("acute", "dot")


# --- detection --------------------------------------------------------------------------------

# Thresholds. A "marked" word is one with a byte >= 0xA1: only those decode differently.
# Without a font name, a legacy encoding must turn >= 70% of at least 8 marked words into valid
# syllables and beat windows-1252/-1258 and the other legacy encoding by 30 and 20 points (real
# TCVN3/VNI pages score 90-100% against 0-20% for windows-1252; windows-1258 pages score the
# other way round). A font name is strong evidence, so then 1 word and 50% (+10 points) suffice.
_MIN_WORDS, _MIN_SCORE, _MARGIN, _LEGACY_MARGIN = 8, 0.70, 0.30, 0.20
_FONT_MIN_WORDS, _FONT_MIN_SCORE, _FONT_MARGIN = 1, 0.50, 0.10
_SAMPLE_BYTES = 262144
_MAX_WORDS = 4000

# A font name inside a font-family/font/face value (quotes may be written as &quot;).
_FONT_VALUE = rb"(?:font-family|font|face)\s*[:=](?:[^;>&]|&\w+;|&){0,160}?"
_FONT = re.compile(
    _FONT_VALUE + rb"(?P<tcvn3>\.vn[a-z])|" + _FONT_VALUE + rb"(?P<vni>\bvni[- ][a-z])", re.I)
_MARKUP = re.compile(rb"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>|&#?\w+;")
# Bytes of words: ASCII letters and 0xA1-0xFF (0x80-0xA0 are quotes, dashes and NBSP everywhere).
_WORD = re.compile(rb"[A-Za-z\xa1-\xff]+")
_MARKED = re.compile(rb"[\xa1-\xff]")
# Declared charsets a legacy-font page can carry: the Latin ones, or a (wrong) UTF-8. Others
# (windows-1251, Shift_JIS...) are believed: legacy fonts only ever sat on Latin-1 pages.
_LATIN_DECLARED = frozenset(("ascii", "latin-1", "iso8859-1", "iso8859-15", "cp1252", "cp1258",
                             "utf-8"))
_LEGACY_ALIASES = {"tcvn": "tcvn3", "tcvn3": "tcvn3", "tcvn-3": "tcvn3", "tcvn5712": "tcvn3",
                   "tcvn-5712": "tcvn3", "x-viet-tcvn5712": "tcvn3", "abc": "tcvn3",
                   "vni": "vni", "x-viet-vni": "vni", "vni-windows": "vni"}


@dataclass(frozen=True)
class Assessment:
    """What `detect_legacy` saw: its answer, the font hint and each decoding's score."""

    encoding: str | None
    font: str | None = None
    words: int = 0
    scores: dict[str, float] = field(default_factory=dict)

    def describe(self) -> str:
        scores = ", ".join(f"{name} {score:.0%}" for name, score in self.scores.items())
        font = f"; font names point to {self.font}" if self.font else ""
        return f"valid Vietnamese syllables among {self.words} marked words: {scores}{font}"


def detect_legacy(data: bytes, declared: str | None = None) -> str | None:
    """"tcvn3", "vni" or None (UTF-8, English, windows-1258... or not enough evidence)."""
    return assess_legacy(data, declared).encoding


def assess_legacy(data: bytes, declared: str | None = None) -> Assessment:
    """`detect_legacy` with its evidence (for the problem a loader records)."""
    if _is_utf8(data) or not _latin_declaration(declared):
        return Assessment(None)
    hint = _LEGACY_ALIASES.get((declared or "").strip().lower()) or font_hint(data)
    words = _marked_words(data[:_SAMPLE_BYTES])
    if not words:
        return Assessment(None, hint)
    scores = {name: _score(words, decode) for name, decode in _DECODERS.items()}
    return Assessment(_choose(scores, len(words), hint), hint, len(words), scores)


def font_hint(data: bytes) -> str | None:
    """The legacy encoding that the page's font names point to (the more frequent one)."""
    counts = {"tcvn3": 0, "vni": 0}
    for match in _FONT.finditer(data):
        counts[match.lastgroup or ""] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _latin_declaration(declared: str | None) -> bool:
    if not declared or declared.strip().lower() in _LEGACY_ALIASES:
        return True
    try:
        return codecs.lookup(declared.strip()).name in _LATIN_DECLARED
    except LookupError:
        return True  # a name Python does not know says nothing either way


def _marked_words(data: bytes) -> list[bytes]:
    text = _MARKUP.sub(b" ", data)
    words = (w for w in _WORD.findall(text) if _MARKED.search(w))
    return list(itertools.islice(words, _MAX_WORDS))


def _decode_cp1258(word: bytes) -> str:
    # windows-1258 writes tone marks as combining characters: compose before judging
    return unicodedata.normalize("NFC", word.decode("cp1258", errors="replace"))


_DECODERS: dict[str, Callable[[bytes], str]] = {
    "tcvn3": decode_tcvn3,
    "vni": decode_vni,
    "cp1252": lambda w: w.decode("cp1252", errors="replace"),
    "cp1258": _decode_cp1258,
}


def _score(words: list[bytes], decode: Callable[[bytes], str]) -> float:
    return sum(is_vietnamese_syllable(decode(w)) for w in words) / len(words)


def _choose(scores: dict[str, float], words: int, hint: str | None) -> str | None:
    best = max(LEGACY_ENCODINGS, key=lambda name: scores[name])
    other = scores["vni" if best == "tcvn3" else "tcvn3"]
    plain = max(scores["cp1252"], scores["cp1258"])
    if best == hint and words >= _FONT_MIN_WORDS and scores[best] >= _FONT_MIN_SCORE:
        return best if scores[best] >= max(plain, other) + _FONT_MARGIN else None
    if words < _MIN_WORDS or scores[best] < _MIN_SCORE:
        return None
    if scores[best] < plain + _MARGIN or scores[best] < other + _LEGACY_MARGIN:
        return None
    return best

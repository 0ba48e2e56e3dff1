"""Lexicons as syllable tries for longest-match scanning over `Syllable` lists."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .. import vi
from .analysis import Syllable


def _index(entries: Sequence[str], fold: bool) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        parts = tuple(p.casefold() if fold else p for p in entry.split())
        out.setdefault(parts[0], []).append(parts)
    for seqs in out.values():
        seqs.sort(key=len, reverse=True)
    return out


@cache
def _lexicon(name: str, fold: bool) -> dict[str, list[tuple[str, ...]]]:
    if name == "titles":
        entries = [row[0] for row in vi.table("titles.tsv")]
    elif name == "head_abbreviations":
        entries = [a for a, (_, kind) in vi.abbreviations().items() if kind == "head"]
    elif name == "honorifics":
        entries = [row[0] for row in vi.table("honorifics.tsv")]
    elif name == "capital_honorifics":
        entries = [row[0][:1].upper() + row[0][1:] for row in vi.table("honorifics.tsv")
                   if row[1] == "yes"]
    elif name == "org_abbreviations":
        entries = [a for a, (_, kind) in vi.abbreviations().items() if kind == "org"]
    else:
        entries = list(vi.wordlist(name))
    return _index(entries, fold)


def match(syls: list[Syllable], i: int, name: str, *, fold: bool = False) -> int:
    """Length (in syllables) of the longest lexicon entry starting at `syls[i]`, else 0."""
    if i >= len(syls):
        return 0
    key = syls[i].text.casefold() if fold else syls[i].text
    for seq in _lexicon(name, fold).get(key, ()):
        if i + len(seq) <= len(syls) and all(
            (syls[i + k].text.casefold() if fold else syls[i + k].text) == part
            for k, part in enumerate(seq)
        ):
            return len(seq)
    return 0


@cache
def implied_heads() -> dict[str, str]:
    """Title (casefolded) -> organisation head it implies ('trưởng phòng' -> 'Phòng')."""
    return {row[0].casefold(): row[1] for row in vi.table("titles.tsv") if len(row) > 1 and row[1]}


@cache
def title_prefixes() -> dict[str, str]:
    return {row[0]: row[1] for row in vi.table("title_prefixes.tsv")}


@cache
def admin_words() -> frozenset[str]:
    """Lowercase administrative words that may stand inside names ('UBND tỉnh Nghệ An')."""
    return frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn"})

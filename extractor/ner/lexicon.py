"""Lexicons as syllable tries for longest-match scanning over `Syllable` lists."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .. import vi
from .analysis import Syllable

_EDGE_PUNCT = re.compile(r"^(.+?)([.,]+)$")
_LOWER_HYPHEN = re.compile(r"[a-z]-[a-z]")  # a hyphen inside a common word, not a name's ("Rolls-Royce")


def entry_syllables(entry: str) -> tuple[str, ...]:
    """An entry cut the way `analysis` cuts text: 'TP. HCM' -> ('TP', '.', 'HCM')."""
    out: list[str] = []
    for part in entry.split():
        m = _EDGE_PUNCT.match(part)
        out.extend(m.groups() if m else (part,))
    return tuple(out)


def _index(entries: Sequence[str], fold: bool) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        parts = tuple(p.casefold() if fold else p for p in entry_syllables(entry))
        out.setdefault(parts[0], []).append(parts)
        if _LOWER_HYPHEN.search(entry):  # "hat-trick" is cut as "hat", "trick" in some casings
            split = tuple(w for p in parts for w in (p.split("-") if "-" in p[1:-1] else (p,)))
            out.setdefault(split[0], []).append(split)
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
    elif name == "places":
        entries = _place_entries()
        # "châu Âu" opens a sentence as "Châu Âu"
        entries += [e[0].upper() + e[1:] for e in entries if e[0].islower()]
    elif name == "places_vn":
        entries = [row[0] for row in vi.table("places_vn.tsv")]
    elif name == "non_person_cues":
        entries = [row[0] for row in vi.table("non_person_cues.tsv")]
    elif name == "org_inner":
        entries = [row[0] for row in vi.table("org_inner.tsv")]
    elif name == "orgs":
        entries = [*vi.wordlist("orgs_standalone.txt"), *vi.wordlist("orgs_known.txt"),
                   *vi.wordlist("platforms.txt")]
    else:
        entries = list(vi.wordlist(name))
    return _index(entries, fold)


def _place_entries() -> list[str]:
    return [*vi.wordlist("locations.txt"), *vi.wordlist("countries.txt"),
            *(row[0] for row in vi.table("places_vn.tsv")), *vi.wordlist("world_places.txt")]


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


def ends_before(syls: list[Syllable], i: int, name: str, widths: tuple[int, ...] = (1, 2), *,
                fold: bool = False) -> bool:
    """Does an entry of the lexicon, of one of these widths, end right before `syls[i]`?
    ("ông" before a name, "hãng" before a brand, "Công ty" before a trade.)"""
    return any(i - w >= 0 and match(syls, i - w, name, fold=fold) == w for w in widths)


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


@cache
def _inner_suffixes() -> frozenset[str]:
    return frozenset(row[0] for row in vi.table("org_inner.tsv") if len(row) > 1 and row[1] == "suffix")


def inner_suffix(syls: list[Syllable], j: int, n: int) -> bool:
    """The inner organisation word at `syls[j:j+n]` may end a name ('nhân dân')."""
    return " ".join(s.text for s in syls[j : j + n]) in _inner_suffixes()


@cache
def generic_place_words() -> frozenset[str]:
    """First words of place entries written with their generic word ('châu', 'miền', 'sông')."""
    return frozenset(e.split()[0] for e in _place_entries() if e[0].islower())


@cache
def _dictionary() -> frozenset[str]:
    """underthesea's Vietnamese word list (Viet74K, shipped inside the package): the lowercase
    entries, i.e. common words ("tăng cường", "phòng dịch")."""
    from importlib import resources

    from underthesea.pipeline.text_normalize import token_normalize

    path = resources.files("underthesea").joinpath("corpus", "data", "Viet74K.txt")
    words = [w for w in [*path.read_text(encoding="utf-8").splitlines(), *vi.wordlist("extra_words.txt")]
             if w.islower()]
    # The list mostly places tone marks the older way ("văn hoá", "thuỷ lợi"); the clean step
    # writes them the way news does ("văn hóa", "thủy lợi"), so both spellings are kept.
    moved = [" ".join(token_normalize(s) for s in w.split()) for w in words if _OLD_TONE.search(w)]
    return frozenset([*words, *moved])


_OLD_TONE = re.compile("[oO][áàảãạ]|[oO][éèẻẽẹ]|[uU][ýỳỷỹỵ]")


def common_word(words: Sequence[str]) -> bool:
    """Do these capitalised syllables spell a common word ("Tăng Cường")?"""
    return len(words) > 1 and " ".join(words).casefold() in _dictionary()


def dictionary_word(word: str) -> bool:
    """Is this one syllable a Vietnamese word of its own ("được", "bảo")?"""
    return word.casefold() in _dictionary()


@cache
def name_words() -> frozenset[str]:
    """Syllables of Vietnamese personal names: given names and surnames."""
    return vi.wordset("given_names.txt") | vi.wordset("surnames.txt")


@cache
def not_name_words() -> frozenset[str]:
    """Capitalised words that make a run a title, brand or platform rather than a name."""
    return vi.wordset("not_name_words.txt") | vi.wordset("platforms.txt")


def not_a_name(words: Sequence[str]) -> bool:
    """Does a word of this run make it a title, brand or building? A family name opening the
    run or a hyphenated given name does not ("Park Shin-hye", "Gwangju Park Hyun-woo", but
    "Central Park")."""
    families = vi.wordset("foreign_surnames.txt")
    first = 1 if words and words[0] in families else 0
    return any((w in not_name_words() or _device(w))
               and not (w in families and k + 1 < len(words) and "-" in words[k + 1])
               for k, w in enumerate(words) if k >= first)


_DEVICES = ("phone", "pad", "book", "watch")


def _device(word: str) -> bool:
    """'Bphone', 'Vsmart Phone', 'Macbook': a device's name built on a device word."""
    return word.isascii() and len(word) > 5 and word.casefold().endswith(_DEVICES)


def english(word: str) -> bool:
    """A common English word ('Hotline', 'Status'), whatever its case."""
    return word.casefold() in vi.wordset("english_words.txt")


@cache
def _district_names() -> frozenset[str]:
    """Names of Vietnamese districts that are not also a province's, a country's or another
    listed place's ("Thanh Bình", "Bình Chánh"; not "Hà Nội", "Huế")."""
    others = {*vi.wordlist("locations.txt"), *vi.wordlist("countries.txt")} \
        | {row[0] for row in vi.table("places_vn.tsv") if row[1] != "district"}
    return frozenset(row[0] for row in vi.table("places_vn.tsv")
                     if row[1] == "district" and row[0] not in others)


@cache
def _districts() -> frozenset[str]:
    """Names of Vietnamese districts that are no province's, city's or country's ("Hoài Đức",
    "Xuân Trường"; not "Huế")."""
    rows = vi.table("places_vn.tsv")
    bigger = set(vi.wordlist("countries.txt")) | {row[0] for row in rows if row[1] != "district"}
    return frozenset(row[0] for row in rows if row[1] == "district" and row[0] not in bigger)


@cache
def vietnam_places() -> frozenset[str]:
    """Every name of places_vn.tsv (provinces, cities, districts)."""
    return frozenset(row[0] for row in vi.table("places_vn.tsv"))


def district(syls: list[Syllable], i: int, j: int) -> bool:
    """Is `syls[i:j]` a district's name, and no bigger place's?"""
    return " ".join(s.text for s in syls[i:j]) in _districts()


def district_only(syls: list[Syllable], i: int, j: int) -> bool:
    """Is `syls[i:j]` a district's name and no bigger place's?"""
    return " ".join(s.text for s in syls[i:j]) in _district_names()

"""Kinds that the candidates around an entity decide, once every rule has run: a district's
name listed between footballers is one more footballer, a name after a place and a dash is the
other end of the road, a name dashed next to a place is one more stop of a route, a foreign word
among brands is a brand, and a developer's brand with a site's name is that place."""

from __future__ import annotations

from . import latin, lexicon, people
from .analysis import Syllable
from .shape import Cand, surname_at

_LIST_JOINS = frozenset({",", "và", "-", "–"})


def listed_with_people(syls: list[Syllable], c: Cand, found: list[Cand]) -> bool:
    """'Công Phượng, Tuấn Anh, Xuân Trường': a district's name spelt with name words, listed
    between people named by two words, is one more of them (a footballer, not the district);
    'Nguyễn Văn A, Xuân Trường' (a full name, then where he is from) stays a place."""
    if c.j - c.i != 2 or not lexicon.district(syls, c.i, c.j) \
            or not all(s.text in lexicon.name_words() for s in syls[c.i : c.j]):
        return False
    short = [p for p in found if p.kind == "PER" and p.j - p.i == 2]
    if c.j == len(syls) and c.i >= 1 and syls[c.i - 1].text in _DASHES:
        return False  # "Tú Anh - Biên Hòa": a reader's signature, then where the reader lives
    before = c.i >= 1 and syls[c.i - 1].text in _LIST_JOINS and any(p.j == c.i - 1 for p in short)
    after = c.j < len(syls) and syls[c.j].text in _LIST_JOINS and any(p.i == c.j + 1 for p in short)
    return before or after


def estate_sites(syls: list[Syllable], found: list[Cand]) -> list[Cand]:
    """'Vinhomes Times City', 'Vincom Bà Triệu': a developer's or mall's brand followed by the
    site's capitalised name is that place, whatever the rules read in the name ("Bà Triệu" is
    no woman here)."""
    out = list(found)
    for c in found:
        n = lexicon.match(syls, c.i, "estate_brands.txt")
        if c.kind != "ORG" or not n:
            continue
        end = max(c.j, c.i + n)
        while end < len(syls) and end - c.i < 6 and syls[end].text[:1].isupper() \
                and syls[end].text.isalpha() and syls[end].start == syls[end - 1].end + 1:
            end += 1
        if end > c.i + n and end < len(syls) and syls[end].text.isdigit() and len(syls[end].text) <= 2:
            end += 1  # "Vinhomes Ocean Park 3": a phase's number
        if end > c.i + n:
            out = [o for o in out if o is not c and not (c.i <= o.i < end)]
            out.append(Cand("LOC", c.i, end))
    return out


def listed_with_brands(syls: list[Syllable], c: Cand, found: list[Cand]) -> bool:
    """'Sharp - Sanyo - Panasonic', 'Sony, Sanyo, Toshiba': one foreign word with no cue, in
    the middle of a list of brands (a company on one side, a company or an unclaimed brand word
    on the other), is one more brand, no person; "Messi, Barcelona và Neymar" is no such list."""
    if c.j - c.i != 1 or latin.vietnamese(syls[c.i].text) or people.cued(syls, c.i) \
            or c.i < 2 or c.j + 1 >= len(syls) \
            or syls[c.i - 1].text not in _LIST_JOINS or syls[c.j].text not in _LIST_JOINS:
        return False
    sides = [_item_kind(syls, c.i - 2, found, end=True), _item_kind(syls, c.j + 1, found)]
    return "ORG" in sides and all(kind in ("ORG", "brand") for kind in sides)


def _item_kind(syls: list[Syllable], k: int, found: list[Cand], end: bool = False) -> str:
    """The kind of the list item ending (`end`) or starting at `k`: a candidate's kind, 'brand'
    for a capitalised Latin word no rule took, '' otherwise."""
    for o in found:
        if (o.j - 1 if end else o.i) == k:
            return o.kind
    word = syls[k].text
    return "brand" if word.isascii() and word.isalpha() and word[0].isupper() else ""


def dashed_after_place(syls: list[Syllable], c: Cand, found: list[Cand]) -> bool:
    """'đường Trần Hưng Đạo - Nguyễn Văn Cừ', 'nút giao Phạm Văn Đồng - Nguyễn Xí': after a
    place named like a person and a dash, a name with no cue of its own is the next place (the
    other end of a road, the other street of a junction)."""
    k = c.i - 1
    return k >= 1 and syls[k].text in ("-", "–") and syls[k - 1].end < syls[k].start < syls[c.i].start \
        and any(p.kind == "LOC" and p.j == k and p.j - p.i >= 2 and surname_at(syls, p.i)
                and lexicon.match(syls, p.i, "places") < p.j - p.i for p in found) \
        and not people.cued(syls, c.i)  # "Hà Nội - Nguyễn Văn A": a dateline, then a person


_DASHES = frozenset({"-", "–"})
_ITEM_ENDS = _DASHES | {",", ".", ";", ")"}


def itinerary_stop(syls: list[Syllable], c: Cand, found: list[Cand]) -> bool:
    """'Seoul - Nami - Everland', 'Seoul – Đảo Nami – Everland': a name with no cue and no
    Vietnamese surname, listed by dashes next to a place (a place word of its own may open
    its item), is one more stop of the route. Its item must end there: 'Hà Nội - Messi tới
    ...' is a dateline, then a sentence."""
    if people.cued(syls, c.i) or surname_at(syls, c.i):
        return False
    if c.j < len(syls) and syls[c.j].text not in _ITEM_ENDS:
        return False
    k = c.i - 1
    if k >= 1 and lexicon.match(syls, k, "place_cues.txt", fold=True) == 1:
        k -= 1  # "Đảo Nami"
    before = k >= 1 and syls[k].text in _DASHES and any(p.kind == "LOC" and p.j == k for p in found)
    after = c.j + 1 < len(syls) and syls[c.j].text in _DASHES \
        and any(p.kind == "LOC" and p.i == c.j + 1 for p in found)
    return before or (after and not _signature(syls, c, found))


def _signature(syls: list[Syllable], c: Cand, found: list[Cand]) -> bool:
    """'Hồng Nhung - Đống Đa', 'Bạn đọc Minh Thư - Huế': a reader's name of two or three
    Vietnamese name words opening the line, a dash, and the one place that closes the line."""
    return 2 <= c.j - c.i <= 3 and (c.i == 0 or people.cued(syls, c.i)) \
        and all(s.text in lexicon.name_words() for s in syls[c.i : c.j]) \
        and any(p.kind == "LOC" and p.i == c.j + 1 and p.j == len(syls) for p in found)

"""Names found by their company: the first name of a list before ", <person>" or "và
<person>" ("Tự Long, Soobin Hoàng Sơn lọt top 5", "tlinh, MCK và Wren Evans"), a member before
a bracketed group ("V (BTS)"), and the group in brackets after a person ("Son Heung-min
(LAFC)")."""

from __future__ import annotations

from .. import vi
from . import latin, lexicon
from .analysis import Syllable
from .shape import CONNECTORS, Cand, person_syllable


def listed_names(syls: list[Syllable], used: list[bool], found: list[Cand]) -> list[Cand]:
    """'Tự Long, Soobin Hoàng Sơn lọt top 5': an unclaimed run of two or three name-shaped
    words right before ", <person>" or "và <person>" is the first name of the list; not after a
    number ("100 Triệu Lượt Xem, Sơn Tùng ...": a count)."""
    starts = {c.i for c in found if c.kind == "PER"}
    out = []
    for k in range(len(syls) - 1):
        if syls[k].text not in (",", "và") or k + 1 not in starts:
            continue
        i = k
        while i > 0 and k - i < 3 and not used[i - 1] and person_syllable(syls[i - 1]):
            i -= 1
        opened = i == 0 or not (person_syllable(syls[i - 1]) or syls[i - 1].text[:1].isdigit())
        if 2 <= k - i <= 3 and opened \
                and not lexicon.common_word([s.text for s in syls[i:k]]) \
                and not lexicon.match(syls, i, "places") and not lexicon.match(syls, i, "orgs") \
                and not lexicon.match(syls, i, "non_person_cues", fold=True):  # "Theo Ngôi Sao, X"
            out.append(Cand("PER", i, k))
    return out + _listed_stage_names(syls, used, starts | {c.i for c in out})


def _listed_stage_names(syls: list[Syllable], used: list[bool], starts: set[int]) -> list[Cand]:
    """'tlinh, MCK và Wren Evans', 'Orange và Hoàng Dũng': one word alone before ", <person>" or
    "và <person>", where the list opens or after a comma, is a stage name of the list, however
    written (capitals, lowercase, an English word); not a Vietnamese word ("Mẹ và ...") or a
    known place, body or abbreviation."""
    out: list[Cand] = []
    k = len(syls) - 2
    while k >= 1:
        i = k - 1
        if syls[k].text in (",", "và") and k + 1 in starts and not used[i] and _stage_word(syls, i) \
                and (i == 0 or syls[i - 1].text in (",", ":", "-", "–")):
            out.append(Cand("PER", i, k))
            starts.add(i)
        k -= 1
    return out


_ALIAS_WORDS = frozenset({"tức", "còn gọi là", "biệt danh", "hay"})


def aliases(syls: list[Syllable], used: list[bool], found: list[Cand]) -> list[Cand]:
    """'Nguyễn Văn Tèo (tức Tèo “mập”)', 'Phạm Văn Hùng (biệt danh Hùng “sẹo”)': the name after
    a person's bracketed "tức" is the same person's other name."""
    out = []
    for c in found:
        k = c.j + 1
        if c.kind != "PER" or k >= len(syls) or syls[c.j].text != "(":
            continue
        n = next((w for w in (3, 2, 1) if " ".join(s.text for s in syls[k : k + w]) in _ALIAS_WORDS), 0)
        end = k + n
        while end < len(syls) and end - k - n < 3 and not used[end] and person_syllable(syls[end]):
            end += 1
        if n and end > k + n:
            out.append(Cand("PER", k + n, end))
    return out


def partners(syls: list[Syllable], used: list[bool], found: list[Cand]) -> list[Cand]:
    """'Vợ Chồng Tú Linh – Đức Khang Khoe ...': in a Title Case headline, two name words right
    after "<person> –" or "<person> Và" are the second person (outside one, the name rules
    already read them by their capitals)."""
    out = []
    for c in found:
        k = c.j + 1
        if c.kind == "PER" and k + 2 <= len(syls) and syls[c.j].text.casefold() in CONNECTORS \
                and not any(used[k : k + 2]) and all(person_syllable(s) for s in syls[k : k + 2]) \
                and all(s.text in lexicon.name_words() for s in syls[k : k + 2]) \
                and lexicon.match(syls, k, "places") < 2 and not lexicon.match(syls, k, "orgs"):
            out.append(Cand("PER", k, k + 2))  # "Đức Khang": a country's name opens it, no more
    return out


def _stage_word(syls: list[Syllable], i: int) -> bool:
    word = syls[i].text
    return word.isascii() and word.isalpha() and len(word) >= 2 \
        and (word.isupper() or not latin.vietnamese(word)) \
        and word not in vi.abbreviations() and not lexicon.match(syls, i, "places") \
        and not lexicon.match(syls, i, "orgs") and not lexicon.match(syls, i, "honorifics", fold=True)


def bracketed_group_members(syls: list[Syllable], used: list[bool], found: list[Cand]) -> list[Cand]:
    """'V (BTS)', 'G-Dragon (Big Bang)', 'Jisoo (BLACKPINK)': a lone capitalised word no rule took,
    right before a bracket holding just an organisation, is a member of that group."""
    out = []
    for c in found:
        k = c.i - 2
        if c.kind != "ORG" or k < 0 or used[k] or syls[c.i - 1].text != "(" \
                or c.j >= len(syls) or syls[c.j].text != ")":
            continue
        word = syls[k].text
        if word.replace("-", "").isalpha() and word[0].isupper() and len(word) <= 12 \
                and (k == 0 or not syls[k - 1].text[:1].isupper()) \
                and not lexicon.match(syls, k, "places") and not lexicon.match(syls, k, "orgs") \
                and word not in vi.abbreviations():
            out.append(Cand("PER", k, k + 1))
    return out


def bracketed_groups(syls: list[Syllable], used: list[bool], found: list[Cand]) -> list[Cand]:
    """'Son Heung-min (LAFC)', 'Wonyoung (IVE)': an abbreviation no rule took, alone in brackets
    right after a person's name, is the club or group the person belongs to; not a place
    ("(Mỹ)"), an age or a title's abbreviation."""
    out = []
    for c in found:
        k = c.j + 1
        if c.kind != "PER" or k + 1 >= len(syls) or syls[c.j].text != "(" or syls[k + 1].text != ")" \
                or used[k]:
            continue
        word = syls[k].text
        if 2 <= len(word) <= 10 and word.isalnum() and word[0].isalpha() and word.upper() == word \
                and word not in vi.abbreviations() and not lexicon.match(syls, k, "places") \
                and not lexicon.match(syls, k, "titles"):
            out.append(Cand("ORG", k, k + 1))
    return out

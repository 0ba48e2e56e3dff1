"""What a cue word before a capitalised run makes of it: a place after "tại", a title after
"phim" or "bão", a body after "nhóm nhạc" or "xe khách" (the whole run), a source after "Theo"
(non_person_cues.tsv); and the exceptions where the run is a person all the same ("người mẫu
Minh Tú", "tài xế xe khách Đặng Minh Quang (33 tuổi)", "thành viên Ruka")."""

from __future__ import annotations

from functools import cache

from .. import vi
from . import latin, lexicon
from .analysis import Syllable
from .shape import aged_at, surname_at


@cache
def _non_person_cues() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in vi.table("non_person_cues.tsv")}


def cue_before(syls: list[Syllable], i: int) -> str | None:
    """'LOC' after 'tại'/'ở'/'đến', '-' after 'phim', 'bão' ...; None when no such cue."""
    for w in (3, 2, 1):
        k = i - w
        if k >= 0 and lexicon.match(syls, k, "non_person_cues", fold=True) == w:
            if lexicon.ends_before(syls, i, "honorifics", tuple(range(w + 1, 4)), fold=True):
                return None  # "người mẫu Minh Tú": the longer cue is a person's ("mẫu Vios" a model)
            cue = _non_person_cues()[" ".join(s.text for s in syls[k:i]).casefold()]
            if cue == "=":
                return None  # "kể đến", "gửi tới": a verb that reaches a person or a topic
            if cue == "LOC>":
                return None if surname_at(syls, i) or _range_end(syls, k) else "LOC"
            return None if cue == "ORG+" and _aged_name(syls, i) else cue
    return None


def _range_end(syls: list[Syllable], k: int) -> bool:
    """'từ Messi đến ...': the motion word at `k` closes a range opened by "từ" and a name
    that is no known place ("từ Hà Nội đến Buriram" is a route)."""
    j = k - 1
    while j > 0 and syls[j].text[:1].isupper() and k - j <= 4:
        j -= 1
    return j < k - 1 and syls[j].text.casefold() == "từ" and not lexicon.match(syls, j + 1, "places")


def _aged_name(syls: list[Syllable], i: int) -> bool:
    """'tài xế xe khách Đặng Minh Quang (33 tuổi)': a full name with an age in brackets after it
    is a person's, whatever cue comes before."""
    if not surname_at(syls, i):
        return False
    end = next((k for k in range(i + 1, min(i + 5, len(syls))) if syls[k].text == "("), 0)
    return end - i >= 2 and aged_at(syls, end)


def named_source(syls: list[Syllable], i: int, end: int) -> bool:
    """'Theo Ngôi Sao, ...': a source named by a common word (a paper's title: "star"), then a
    comma, is an outlet; a person's name is made of name words, not of a dictionary word. A
    credit closing the line ("Theo Dân Việt") names an outlet unless a surname opens it."""
    if end - i >= 2 and all(s.text in ".)" for s in syls[end:]) and not surname_at(syls, i) \
            and (lexicon.common_word([s.text for s in syls[i:end]])
                 or not all(s.text in lexicon.name_words() for s in syls[i:end])):
        return True
    return end - i >= 2 and end < len(syls) and syls[end].text == "," \
        and lexicon.common_word([s.text for s in syls[i:end]]) \
        and not all(s.text in lexicon.name_words() for s in syls[i:end])


def member(syls: list[Syllable], i: int, end: int) -> bool:
    """'thành viên Ruka' is a member; 'thành viên BLACKPINK', 'thành viên Big Bang' the group:
    after "thành viên", one word written as a name (not in capitals, no known body) is a person."""
    return end - i == 1 and i >= 2 and " ".join(s.text for s in syls[i - 2 : i]).casefold() == "thành viên" \
        and not syls[i].text.isupper() and not lexicon.match(syls, i, "orgs")


def place_then_person(syls: list[Syllable], i: int, end: int) -> list[tuple[str, int, int]]:
    """'Đại sứ Mỹ tại Singapore Kirk Wagar': a known place after "tại", then two foreign words
    or more (no English phrase or place) or a surname opening two words more, is the place,
    then a person."""
    n = lexicon.match(syls, i, "places")
    k = i + n
    words = [s.text for s in syls[k:end]]
    foreign = all(not latin.vietnamese(w) for w in words) and not latin.english_phrase(words) \
        and not latin.english_place(syls, k, end)
    if n and end - k >= 2 and (foreign or surname_at(syls, k)) and not lexicon.match(syls, k, "places"):
        return [("LOC", i, k), ("PER", k, end)]
    return [("LOC", i, end)]

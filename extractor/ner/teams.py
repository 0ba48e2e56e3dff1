"""Sports teams: clubs named with a club word ("Yokohama FC", "SC Heerenveen"), teams named by
a city and an English nickname in sports reports ("Brisbane Roar"), and Vietnamese provinces
that name their club after a match verb ("hòa Bình Dương")."""

from __future__ import annotations

import re

from .. import vi
from . import lexicon
from .analysis import Syllable
from .shape import Cand, foreign_name_at, is_name_syllable, person_syllable

_CLUB_PREFIXES = {"FC", "SC", "AC", "AS", "SL", "CF"}


def clubs(syls: list[Syllable], used: list[bool]):
    """'Yokohama FC', 'Buriram United': a capitalised name before 'FC' or another club word is
    a club; so is one after a club prefix ('SC Heerenveen', 'FC Barcelona')."""
    for k, s in enumerate(syls):
        if used[k]:
            continue
        prefix = k + 1 < len(syls) and is_name_syllable(syls[k + 1]) and not syls[k + 1].text.isupper()
        if s.text in vi.wordset("club_suffixes.txt") and not (prefix and s.text.isupper()):
            i = k
            while i > 0 and k - i < 3 and not used[i - 1] and is_name_syllable(syls[i - 1]):
                i -= 1
            if i < k:
                yield Cand("ORG", i, k + 1)
                continue
        if s.text in _CLUB_PREFIXES and prefix and not used[k + 1]:
            end = k + 1
            while end < len(syls) and end - k <= 3 and not used[end] and is_name_syllable(syls[end]):
                end += 1
            yield Cand("ORG", k, end)


def city_teams(syls: list[Syllable], used: list[bool]):
    """'Melbourne Victory đánh bại Brisbane Roar', 'Saigon Heat thắng trận thứ 5': in a sports
    report, a city in Latin script followed by one or two Latin-script words is a team."""
    if not any(lexicon.match(syls, k, "match_verbs.txt") or lexicon.match(syls, k, "sports_words.txt")
               for k in range(len(syls))):
        return
    for i in range(len(syls)):
        n = lexicon.match(syls, i, "places") or (1 if syls[i].text in _LATIN_CITIES else 0)
        if not n or any(used[i : i + n]) or not syls[i].text.isascii():
            continue
        end = i + n
        while end < len(syls) and end - i - n < 2 and not used[end] and syls[end].text.isascii() \
                and person_syllable(syls[end]) and not lexicon.match(syls, end, "places") \
                and syls[end].text not in vi.wordset("english_place_words.txt"):
            end += 1
        last = syls[end - 1].text
        if end > i + n and (end == len(syls) or not is_name_syllable(syls[end])) \
                and _english_nickname(last) and not foreign_name_at(syls, i + n):
            yield Cand("ORG", i, end)  # a nickname in English: not "Ukraine Volodymyr Zelensky"


def _english_nickname(word: str) -> bool:
    """'Roar', 'Heat', 'Buffaloes', 'Lakers' (plurals too); not 'Messi' ("mess") nor 'Open'."""
    forms = [word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word]
    return word not in vi.wordset("english_event_words.txt") and any(lexicon.english(w) for w in forms)


_LATIN_CITIES = frozenset({"Saigon", "Hanoi"})  # Vietnam's cities as team names write them


_SCORE = re.compile(r"\d{1,2}-\d{1,2}")


def home_club(syls: list[Syllable], c: Cand) -> None:
    """'hòa Bình Dương', 'khung gỗ Bình Định', 'Hải Phòng thắng trận thứ ba', 'SLNA 1-0 Quảng
    Nam': after a match verb, before one, or next to a score, a Vietnamese province or city is
    its football club (a country stays a place: national teams are LOC)."""
    if c.kind != "LOC" or not lexicon.match(syls, c.i, "places_vn") \
            or lexicon.match(syls, c.i, "countries.txt"):
        return
    if _result_after(syls, c.j) or (c.j < len(syls) and _score(syls, c.j)) \
            or (c.i > 0 and _score(syls, c.i - 1)):
        c.kind = "ORG"
        return
    for w in (1, 2, 3):
        k = c.i - w
        if k >= 0 and lexicon.match(syls, k, "match_verbs.txt") == w \
                and not (k > 0 and lexicon.common_word([syls[k - 1].text, syls[k].text])):
            c.kind = "ORG"  # ... but "chiến thắng Điện Biên Phủ" is a victory at a place
            return


def _score(syls: list[Syllable], k: int) -> bool:
    """'1-0', '2-2': a score, not a range of degrees ("26-32°C")."""
    degrees = k + 1 < len(syls) and syls[k + 1].text.startswith("°")
    return bool(_SCORE.fullmatch(syls[k].text)) and not degrees


def _result_after(syls: list[Syllable], k: int) -> bool:
    """A result verb at `k`, a word of its own: "thắng", "thắng trận"; not "thua lỗ", "hòa bình"."""
    n = lexicon.match(syls, k, "result_verbs.txt", fold=True)
    if not n:
        return False
    nxt = syls[k + n].text if k + n < len(syls) else ""
    return nxt == "trận" or not lexicon.common_word([s.text for s in syls[k : k + n]] + [nxt])


def result_verb(syls: list[Syllable], c: Cand, found: list[Cand]) -> bool:
    """'U23 Việt Nam Thắng Ngược Malaysia', 'Bình Dương Đại Thắng Quảng Nam': a capitalised
    match verb right after a team or a place, before another or a pause, is the result, not a
    person (headlines too short to be read as Title Case)."""
    n = lexicon.match(syls, c.i, "match_verbs.txt", fold=True)
    if not n or n != c.j - c.i:
        return False
    before = any(t.kind in ("LOC", "ORG") and t.j == c.i for t in found)
    after = c.j == len(syls) or syls[c.j].text in (",", ";", ":") \
        or any(t.kind in ("LOC", "ORG") and t.i == c.j for t in found)
    return before and after

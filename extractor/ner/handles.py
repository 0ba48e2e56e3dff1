"""People the name rules do not read as capitalised runs: stage names and handles in capitals,
lowercase or with digits after a cue ("ca sĩ IU", "rapper 2K7"), and people credited for a
photo or a video ("Ảnh: Hoàng Triều/Tuổi Trẻ")."""

from __future__ import annotations

from functools import cache

from .. import vi
from . import latin, lexicon
from .analysis import Syllable
from .people import cued
from .shape import Cand, is_name_syllable, name_run


def cued_tokens(syls: list[Syllable], used: list[bool]):
    """'ca sĩ IU', 'Rapper tlinh': a stage name written in capitals or in lowercase, right after
    an honorific or a profession, which the capitalised-name rules do not take. Capitals are an
    abbreviation instead when a lexicon knows them ("ông CEO", "anh MC"). Handles with digits or
    an initial ("rapper 2K7") count too."""
    handle = vi.pattern("people", "handle")
    for i, s in enumerate(syls):
        word = s.text
        if not used[i] and handle.match(word) and word.isascii() and cued(syls, i) \
                and not lexicon.english(word) and word not in vi.abbreviations():
            yield Cand("PER", i, i + 1)  # "rapper 2K7", "Rapper K.Ruby": a handle
            continue
        if used[i] or not (word.isascii() and word.isalpha()) or word[0].isupper() != word.isupper() \
                or (i + 1 < len(syls) and is_name_syllable(syls[i + 1])):
            continue  # the shape first: all capitals or all lowercase, Latin letters only
        shouted = word.isupper() and (len(word) <= 3 or latin.stage_token(word)) \
            and word not in vi.abbreviations() and not lexicon.english(word) \
            and not any(lexicon.match(syls, i, name) for name in ("titles", "academic.txt", "honorifics"))
        lower = word.islower() and len(word) >= 3 and not latin.vietnamese(word) \
            and not lexicon.english(word)
        if (shouted or lower) and cued(syls, i):
            yield Cand("PER", i, i + 1)


def user_names(syls: list[Syllable], used: list[bool]):
    """'tuan.nguyen' (a signature line), 'nhatlinh_88: Đồng ý ...', '@ngoctran85 đúng rồi': a
    commenter's user name where only a signature stands; not a web address ("tuoitre.vn")."""
    for i, s in enumerate(syls):
        alone = len(syls) == 1 or (i == 0 and syls[1].text == ":")
        tagged = i > 0 and syls[i - 1].text == "@" and syls[i - 1].end == s.start
        if used[i] or not (alone or tagged):
            continue
        word = s.text
        if vi.pattern("people", "user_name").match(word) and not vi.pattern("people", "domain").match(word):
            yield Cand("PER", i, i + 1, listed=True)  # a signature line, not a menu's word


_CREDIT_CLOSERS = frozenset({"/", "-", "–", ")", ",", ";"})


def credited(syls: list[Syllable], used: list[bool]):
    """'Ảnh: Hoàng Triều/Tuổi Trẻ', '(Ảnh: Lê Phan)': after a credit label and a colon, two to
    four capitalised words closed by the line, a slash, a dash or a bracket are the person
    credited, whatever the words spell."""
    for i in range(2, len(syls)):
        if used[i] or syls[i - 1].text != ":" or not _credit_label_at(syls, i - 2):
            continue
        end = name_run(syls, i, used)
        if 2 <= end - i <= 4 and (end == len(syls) or syls[end].text in _CREDIT_CLOSERS) \
                and not (lexicon.match(syls, i, "places") and not lexicon.district_only(syls, i, end)) \
                and not lexicon.match(syls, i, "orgs") and not lexicon.match(syls, i, "platforms.txt"):
            yield Cand("PER", i, end)  # a district's name is a given name too: "Ảnh: Thanh Ba"


def _credit_label_at(syls: list[Syllable], k: int) -> bool:
    """A credit label ending at `k` that opens the line or a bracket ("MẮT ẢNH: ..." is a
    column's name): "Ảnh", "Tranh", "Bài và ảnh", "Bài, ảnh"."""
    label = vi.pattern("people", "credit_label")
    if k >= 1 and label.match(f"{syls[k - 1].text} {syls[k].text}"):
        k -= 1  # "Đồ họa: Thanh Hà", two words
    elif not label.match(syls[k].text):
        return False
    if k >= 2 and syls[k - 1].text.casefold() in ("và", ",", "/", "-") \
            and syls[k - 2].text.casefold() == "bài":
        k -= 2  # "Bài và ảnh: ĐẠI VIỆT"
    return k == 0 or syls[k - 1].text in "(.|–-"


_BYLINE_JOINS = frozenset({"-", "–", ",", "&"})


def byline(syls: list[Syllable], used: list[bool], shouted: bool) -> list[Cand]:
    """'HỮU THUẬN - ĐÀO TRANG', 'MINH HÒA - THANH TÙNG - HOÀI NAM': a line in capitals made of
    two or more runs of two to four name words, joined by dashes or commas, is the article's
    byline: every run is a reporter. A known place among them makes it a route ("HÀ NỘI - ĐÀ
    NẴNG") and the line no byline, unless it is only a district's name, a given name too."""
    if not shouted:
        return []
    runs, i = [], 0
    while i < len(syls):
        end = i
        while end < len(syls) and end - i < 4 and syls[end].text in lexicon.name_words():
            end += 1
        if end - i < 2 or (lexicon.match(syls, i, "places") and not lexicon.district_only(syls, i, end)):
            return []  # a district's name is a given name too ("THANH HÀ - QUỐC VIỆT")
        runs.append((i, end))
        if end < len(syls) and syls[end].text not in _BYLINE_JOINS:
            return []
        i = end + 1
    if len(runs) < 2:
        return []
    return [Cand("PER", a, b) for a, b in runs if not any(used[a:b])]


def stage_names(syls: list[Syllable], used: list[bool], headline: bool) -> list[Cand]:
    """'Đông Nhi - Ông Cao Thắng', 'Đen Vâu tung MV mới': a listed stage name (vi/stage_names.txt),
    written with its capitals, is a person whatever its words spell, unless a capitalised name
    word is written right next to it ("Nguyễn Tóc Tiên" is a longer name; after it, only outside
    a Title Case `headline`, whose every word is capitalised)."""
    out = []
    i = 0
    while i < len(syls):
        end = i + (0 if used[i] else _stage_name_len(syls, i))
        if end > i and not any(used[i:end]) and not _name_word_next(syls, i - 1, i) \
                and not (not headline and _name_word_next(syls, end, end - 1)):
            out.append(Cand("PER", i, end, listed=True))
            i = end
        else:
            i += 1
    return out


@cache
def _stage_name_starts() -> frozenset[str]:
    return frozenset(lexicon.entry_syllables(e)[0].casefold() for e in vi.wordlist("stage_names.txt"))


def _stage_name_len(syls: list[Syllable], i: int) -> int:
    """Length of the stage name at `i` as listed, or in other capitals ("NOO Phước Thịnh", as a
    line in capitals is read) when every word of it starts with a capital."""
    if syls[i].text.casefold() not in _stage_name_starts():
        return 0  # most words open no stage name: one set lookup instead of two trie walks
    n = lexicon.match(syls, i, "stage_names.txt")
    if n:
        return n
    n = lexicon.match(syls, i, "stage_names.txt", fold=True)
    return n if all(s.text[:1].isupper() or not s.text[:1].isalpha() for s in syls[i : i + n]) else 0


def _name_word_next(syls: list[Syllable], k: int, edge: int) -> bool:
    """Is `syls[k]`, one space from the match's `edge` syllable, a capitalised name word?"""
    if not 0 <= k < len(syls):
        return False
    gap = syls[edge].start - syls[k].end if k < edge else syls[k].start - syls[edge].end
    return gap == 1 and syls[k].text[:1].isupper() and syls[k].text in lexicon.name_words()

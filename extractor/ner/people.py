"""People named by a cue (an honorific, a title, an apposition), by a surname from the lexicon,
or as foreign names in Latin script; countries between a title and a name ("Tổng thống Mỹ
Barack Obama") are split off."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import vi
from . import cues, latin, lexicon, proper, title_case
from .analysis import Syllable
from .shape import (
    LOWER_MIDDLE,
    MAX_PERSON,
    Cand,
    admin_cue,
    aged_at,
    hyphenated_name_at,
    name_run,
    person_after_surname,
    person_after_unit,
    person_syllable,
    surname_at,
    surname_at_safe,
    whole_words_end,
)


@dataclass(frozen=True)
class _Context:
    """What the earlier rules found that the people rules read: titles, and the line's kind."""

    title_ends: frozenset[int]  # where a chain of titles ends: a name may start there
    person_titles: frozenset[int]  # where a single title ends
    title_starts: dict[int, int]  # a title's start -> its end
    headline: bool  # a Title Case line ("Giá Vàng Hôm Nay"), where capitals mark nothing


def find(syls: list[Syllable], used: list[bool], found: list[Cand], headline: bool = False):
    """People; `headline`: a Title Case line ("Giá Vàng Hôm Nay"), where capitals mark nothing."""
    ctx = _Context(frozenset(_title_chain_ends(syls, found)),
                   frozenset(c.j for c in found if c.kind == "TITLE"),
                   {c.i: c.j for c in found if c.kind == "TITLE"}, headline)
    held = {c.j: c.i for c in found if c.kind == "TITLE" and c.i >= 2 and syls[c.i - 1].text == ","}
    named: set[int] = set()  # where the people found so far end
    i = 0
    while i < len(syls):
        step = _lead_in(syls, i, used, headline)
        if isinstance(step, Cand):  # "Chị Hoa cho biết": an address word opens the sentence
            named.add(step.j)
            yield step
            i = step.j
        elif step is not None:
            i = max(step, i + 1)  # always move on: a run may be empty ("gần Q.3": a ward's code)
        elif i in held and held[i] - 1 in named:
            # "Ông Nguyễn Văn Lợi, trưởng thôn Đông Lao, ...": a title in apposition to the
            # person just named; what follows it is its place or body, not another holder
            i = max(name_run(syls, i, used), i + 1)
        else:
            cands, after = _run_at(syls, i, used, ctx)
            i = max(after, i + 1)  # always move on
            named.update(c.j for c in cands if c.kind == "PER")
            yield from cands


def _lead_in(syls: list[Syllable], i: int, used: list[bool], headline: bool) -> int | Cand | None:
    """Before a run is read as a name: where to go on when no name can start at `i` (a cue
    that names no person, an address word that is not part of the name), or the person an
    address word opening the sentence introduces; None to read the run at `i`."""
    if used[i] or not person_syllable(syls[i]) or (admin_cue(syls, i, used)
                                                   and not person_after_unit(syls, i, used)):
        return i + 1
    cue = cues.cue_before(syls, i)
    if cue == "LOC" and not cued(syls, i) and not lexicon.match(syls, i, "capital_honorifics"):
        return name_run(syls, i, used)  # "tại Phạm Văn Đồng", "gần Lê Văn Sỹ": a street
    if cue == "ORG+":
        return name_run(syls, i, used)  # "xe khách Phương Trang": the company, named later
    if cue == "-" and not (_nationality(syls, i, used) and lexicon.match(syls, i, "places")):
        end = name_run(syls, i, used)  # "phim Bố Già", "bão Yagi": a title, not a person ...
        if not headline:
            return end
        # ... which a function word ends in a Title Case line ("Phim Mới Của Đạo Diễn X")
        return next((k for k in range(i + 1, end) if syls[k].text in vi.wordset("title_case_words.txt")), end)
    if _english_after_latin_cue(syls, i):
        return name_run(syls, i, used)  # "Shark Tank Việt Nam": a show, not a person
    opened = _opening_address(syls, i, used, headline)
    if opened:
        return opened
    # "Đông Nhi và Ông Cao Thắng": capitalised inside a sentence, the surname Ông, no cue
    inside = i > 0 and syls[i - 1].text.isalpha() and syls[i - 1].text.islower() \
        and surname_at(syls, i) and person_after_surname(syls, i, used)
    cue_len = 0 if inside else lexicon.match(syls, i, "capital_honorifics")
    if cue_len and i + cue_len < len(syls) and person_syllable(syls[i + cue_len]) \
            and syls[i + cue_len].text not in _MIDDLE:  # "bà Ông Thị Ngọc Diệp": a surname
        return i + cue_len  # "Ông Tài" at the start of a sentence: the cue is not the name
    cue_len = 0 if inside else lexicon.match(syls, i, "honorifics", fold=True)
    if cue_len and surname_at_safe(syls, i + cue_len) \
            and name_run(syls, i + cue_len, used) - i - cue_len >= 2:
        return i + cue_len  # "Thầy Nguyễn Văn Bình": an address word before a full name
    return None


def _nationality(syls: list[Syllable], i: int, used: list[bool], headline: bool = False) -> bool:
    """'người Brazil Rafaelson', 'ngoại binh Brazil Gustavo Henrique' (not 'Ca sĩ Mỹ Tâm'). In
    a Title Case line, where the run goes on over the headline's words, only before a foreign
    name ("Diễn Viên Hàn Quốc Song Joong Ki", not "Ca Sĩ Mỹ Linh Sống ...")."""
    place = lexicon.match(syls, i, "places")
    if headline and not (i + place < len(syls) and latin.foreign_first(syls[i + place].text)):
        return False
    return i > 0 and (syls[i - 1].text == "người" or (
        cued(syls, i) and name_run(syls, i, used) - i - place >= 2))


def _run_at(syls: list[Syllable], i: int, used: list[bool], ctx: _Context) -> tuple[list[Cand], int]:
    """The people the capitalised run at `i` holds (maybe with the country before a name), and
    where to go on."""
    if ctx.headline and syls[i].text in vi.wordset("title_case_words.txt"):
        return [], i + 1  # "... Công Ty Hoàng Long Bị Bắt": a function word opens no name
    end = whole_words_end(syls, i, name_run(syls, i, used))
    if ctx.headline and _counted_cue(syls, i) and not surname_at(syls, i):
        return [], end  # "Triệu Tập 30 Cầu Thủ Dự Vòng Loại": players counted, no one named
    if ctx.headline and cued(syls, i):
        run_end = end
        end, named = title_case.cued_name_end(syls, i, end)
        if not named:
            return [], min(end, _inner_cued(syls, i, run_end))
    if end == i:
        return [], i + 1
    place = lexicon.match(syls, i, "places")
    national = i in ctx.title_ends or _nationality(syls, i, used, ctx.headline)
    if national and place and end - (i + place) >= 1 \
            and not _rejected_run(syls, i, end, used, ctx, before_country=True):
        # "Tổng thống Mỹ Barack Obama": the country, then the person
        return [Cand("LOC", i, i + place), Cand("PER", i + place, suffix(syls, end))], end
    has_cue = cued(syls, i) or i in ctx.title_ends or _apposition(syls, end, ctx.title_starts)
    skip = _rejected_run(syls, i, end, used, ctx, has_cue=has_cue)
    if skip is not None:
        return [], skip
    paused = ctx.headline and i in ctx.title_ends and title_case.paused_name(syls, i, end)
    if ctx.headline and surname_at(syls, i) and not paused:  # "Lê Thanh Hòa Nói Gì?": the name
        end = title_case.before_word(syls, i, title_case.name_words_end(syls, i, end))
        if end - i == 2 and not has_cue and lexicon.common_word([s.text for s in syls[i:end]]):
            return [], end  # "HLV Miura Triệu Tập 26 Cầu Thủ": "triệu tập", to summon
    elif ctx.headline:
        end = latin.name_end(syls, i, end)  # "Tổng Thống Joe Biden Bảo Vệ ..."
        if lexicon.common_word([s.text for s in syls[i:end]]):
            return [], end  # "Tăng Cường": in a Title Case line, a common word
    skip = _rejected_shape(syls, i, end, ctx, has_cue)
    if skip is not None:
        return [], skip
    inner = None if has_cue else proper.name_inside(syls, i, end)
    if inner is not None:  # "Hollywood Michael Grant": the name starts inside the run
        return [Cand("PER", inner, end)], end
    family = next((k for k in range(i + 1, end - 1) if hyphenated_name_at(syls, k)), None)
    if has_cue and family is not None:  # "Thị trưởng Gwangju Park Hyun-woo": the title's city
        return [Cand("LOC", i, family), Cand("PER", family, end)], end
    if has_cue or (surname_at(syls, i) and end - i >= 2) or _foreign_name(syls, i, end):
        return [Cand("PER", i, suffix(syls, end))], suffix(syls, end)
    return [], i + 1


def _rejected_run(syls: list[Syllable], i: int, end: int, used: list[bool], ctx: _Context,
                  has_cue: bool = False, before_country: bool = False) -> int | None:
    """Where to go on when the run `syls[i:end]` is no person's name by what it is (a heading,
    a body's head, a title or brand, a country, a place); None when it may be one.
    `before_country`: only the checks that come before a country and a name are split."""
    if not ctx.headline and end - i == MAX_PERSON and not cued(syls, i) and end < len(syls) \
            and not used[end] and person_syllable(syls[end]):
        return _caps_end(syls, end)  # six capitalised words or more: a heading, not a name
    if i > 0 and syls[i - 1].text[:1].isdigit() and syls[i].text.casefold() in vi.wordset("number_units.txt"):
        return end  # "200 Triệu Đồng", "40 TRIỆU ĐỒNG": a sum, not the surname Triệu
    if end - i == 1 and lexicon.match(syls, i, "org_heads.txt") \
            and not (has_cue and syls[i].text in lexicon.name_words()):  # "anh Khoa": a given name
        return end  # "Đội", "Cục", "Viện kiểm sát", "Uỷ ban" alone: a body's head, not a person
    if not has_cue and lexicon.match(syls, i, "not_names.txt") >= end - i:
        return end  # "Roland Garros", "Quốc Khánh": an event or a holiday ("diễn viên Quốc Khánh": one)
    named = syls[i + lexicon.match(syls, i, "places") : end] if before_country else syls[i:end]
    if not cued(syls, i) and lexicon.not_a_name([s.text for s in named]):
        return end  # "The Voice Kids", "Miss World": a title or brand ("Seoul Park Won-soon": the name)
    if before_country:
        return None
    if (i in ctx.title_ends or (cued(syls, i) and not lexicon.ends_before(syls, i, "address_words.txt"))) \
            and lexicon.match(syls, i, "countries.txt") == end - i:
        return end  # "Đại sứ Mỹ tại ...", "Chuyên gia Nga:": the country, not a person "Mỹ"
    if has_cue and end - i >= 3 and lexicon.match(syls, i, "scene_words.txt"):
        return i + lexicon.match(syls, i, "scene_words.txt")  # "tài tử Hollywood Tom Hanks"
    if end - i >= 2 and lexicon.match(syls, i, "places") >= end - i \
            and not (i in ctx.person_titles and surname_at(syls, i)) \
            and not person_context(syls, i) and not addressed(syls, i) \
            and not (cued(syls, i) and lexicon.district_only(syls, i, end)):  # "trung vệ Thanh Bình"
        return end  # a place ("Hồ Chí Minh" the city, but "Chủ tịch Hồ Chí Minh" the man)
    if ctx.headline and syls[i].text in _WORD_SURNAMES:
        return end  # "Vàng Nhẫn Quay Đầu": in a Title Case line, gold, not the Hmong surname
    return None


def _rejected_shape(syls: list[Syllable], i: int, end: int, ctx: _Context, has_cue: bool) -> int | None:
    """Where to go on when the run is no name by its shape: not name-shaped in a Title Case
    line, an English phrase, a capitalised common word; None when it may be one."""
    if ctx.headline and not (title_case.name_words_after_surname(syls, i, end)
                             or (has_cue and not (i in ctx.title_ends and end - i > 3))
                             or (_foreign_name(syls, i, end) and not latin.vietnamese(syls[end - 1].text))):
        # in a Title Case headline only name-shaped runs are names (a surname and name words, a
        # cue, a foreign name closed by a foreign word: "Donald Trump Tiến Sát ...", not "Zico
        # Khen"); one may start further on, at a surname after a cue ("... Của Diễn Viên Lê
        # Khánh Vy Là Ai?")
        return _inner_cued(syls, i, end)
    if not has_cue and all(s.text.isascii() for s in syls[i:end]) \
            and latin.english_phrase([s.text for s in syls[i:end]]):
        return end  # "Mead Johnson Nutrition": none of its words starts a name either
    if not has_cue and end - i == 2 and (lexicon.common_word([s.text for s in syls[i:end]])
                                         or _preposition_before_place(syls, i, end)):
        return end  # "Ứng Dụng", "Hồ Sơ": a capitalised common word; "Từ Úc trở về": from a place
    return None


def _opening_address(syls: list[Syllable], i: int, used: list[bool], headline: bool) -> Cand | None:
    """'Chị Hoa cho biết', 'Thầy Hòa kể', 'Anh Tuấn, chủ tiệm, ...': at a sentence's start, an
    address word, one to three name words, then lowercase or a pause. After "Anh", which opens
    given names too ("Anh Thư", "Anh Đức"), only one name word, then more of the sentence: in
    running text "Anh" before a given name is far more often the address word.
    An address word no name begins with ("Chị", "Thầy") is one anywhere outside a Title Case
    line: "LH Chị Hoa 0903...", "Hôm qua, Thầy Hùng cho biết". An age in brackets after the
    words makes them a name whatever they are ("Bé Su Su (5 tuổi)"), and so does a child's address
    word before one or two ("Bé Bơ khóc nhè", "Cu Tèo hỏi bố": nicknames spell common words)."""
    if lexicon.match(syls, i, "honorifics", fold=True) != 1:
        return None
    most = 1 if syls[i].text in lexicon.name_words() else 3
    if not (i == 0 or syls[i - 1].text in ".!?:\"“" or (most == 3 and not headline)):
        return None
    end = name_run(syls, i + 1, used)
    child = syls[i].text.casefold() in vi.wordset("nickname_cues.txt")  # "Bé Bơ", "Cu Tèo"
    aged = aged_at(syls, end) or (child and end - i - 1 <= 2 and not lexicon.match(syls, i + 1, "places"))
    if not 1 <= end - i - 1 <= (3 if aged else most) or not (aged or all(
            s.text in lexicon.name_words() for s in syls[i + 1 : end])):
        return None
    if end < len(syls) and not (syls[end].text.islower() or syls[end].text in ",;:(-–"
                                or syls[end].text[0].isdigit()):  # "LH Chị Hoa 0903 ..."
        return None
    if most == 1 and not child and end == len(syls):
        return None  # "Anh Đức" alone may be the singer Anh Đức; "Anh Tuấn cho biết" is Tuấn
    return Cand("PER", i + 1, end)


def _caps_end(syls: list[Syllable], k: int) -> int:
    while k < len(syls) and person_syllable(syls[k]):
        k += 1
    return k


def _title_chain_ends(syls: list[Syllable], found: list[Cand]) -> set[int]:
    """Where a title, or an organisation that a title governs, ends: a name may follow
    ("Giám đốc Sở Y tế Hà Nội Nguyễn Văn A"). An organisation on its own is no such cue:
    "Toyota Fortuner" is a car, "Tuổi Trẻ Cuối Tuần" a supplement. A place found earlier
    between a title and a foreign name is the title's country ("Thủ Tướng Nhật Bản Shinzo Abe")."""
    ends = {c.j for c in found if c.kind == "TITLE"}
    for c in sorted(found, key=lambda c: c.i):
        if (c.kind == "ORG" and (c.implied or c.i in ends)) or (
                c.kind == "LOC" and c.i in ends and c.j < len(syls) and latin.foreign_first(syls[c.j].text)):
            ends.add(c.j)
    return ends


# Surnames (mostly of the Hmong, Thái and Dao) that are everyday words: "vàng" gold, "lò" oven,
# "mùa" season. In a Title Case line the word is meant, not the name.
_WORD_SURNAMES = frozenset({"Vàng", "Lò", "Cầm", "Lường", "Mùa", "Lầu", "Sùng"})
_MIDDLE = frozenset(w.capitalize() for w in LOWER_MIDDLE)  # after a surname-like honorific: a surname
_PREPOSITIONS = frozenset({"Từ", "Tại", "Ở", "Về", "Sang", "Đến", "Qua"})


def person_context(syls: list[Syllable], i: int) -> bool:
    """'tư tưởng Hồ Chí Minh': the man's thought, not the city's."""
    return lexicon.ends_before(syls, i, "person_context.txt")


def _preposition_before_place(syls: list[Syllable], i: int, end: int) -> bool:
    """'Từ Úc trở về ...': a sentence-opening preposition that is also a surname, then a place."""
    return syls[i].text in _PREPOSITIONS and lexicon.match(syls, i + 1, "places") == end - i - 1


def suffix(syls: list[Syllable], end: int) -> int:
    """A regnal number after a name ('Charles III', 'Leo XIV')."""
    if end < len(syls) and re.fullmatch(r"[IVX]{1,5}", syls[end].text):
        return end + 1
    return end


def addressed(syls: list[Syllable], i: int) -> bool:
    """'ông Hồ Nam', 'bà Hà Giang': a word of address, then a surname: the person, even where
    the name is also a place's."""
    return surname_at(syls, i) and lexicon.ends_before(syls, i, "address_words.txt")


def cued(syls: list[Syllable], i: int) -> bool:
    """Preceded by an honorific ('ông', 'đồng chí') or academic prefix ('GS.TS')."""
    return any(lexicon.ends_before(syls, i, name)
               for name in ("honorifics", "capital_honorifics", "academic.txt")) \
        or lexicon.ends_before(syls, i, "honorifics", (2, 3), fold=True)  # "Đạo Diễn Victor Vũ"


def _counted_cue(syls: list[Syllable], i: int) -> bool:
    """A person word ending at `i` after a number or a quantifier ("30 Cầu Thủ", "Hai Bác Sĩ")."""
    return any(i - w > 0 and title_case.counted(syls, i - w)
               and w in (lexicon.match(syls, i - w, "honorifics", fold=True),
                         lexicon.match(syls, i - w, "titles", fold=True))
               for w in (1, 2, 3))


def _foreign_name(syls: list[Syllable], i: int, end: int) -> bool:
    """'Frank Lampard', 'Tom Hanks': two or three Latin-script words, at least one of which
    cannot be a Vietnamese syllable, and no known place or organisation."""
    words = [s.text for s in syls[i:end]]
    if 2 <= len(words) <= 4 and words[0].isascii() and not latin.vietnamese(words[0]) \
            and not lexicon.english(words[0]) and surname_at(syls, i + 1) \
            and all(w in lexicon.name_words() for w in words[1:]):
        return True  # "Soobin Hoàng Sơn", "Filip Nguyễn": a foreign first name, a Vietnamese name
    if not 2 <= len(words) <= 3 or not all(w.isascii() for w in words):
        return False
    if lexicon.match(syls, i, "orgs") or lexicon.match(syls, i, "places"):
        return False
    if i > 0 and lexicon.match(syls, i - 1, "org_heads.txt"):
        return False
    if lexicon.not_a_name(words):
        return False
    if latin.english_phrase(words) or latin.english_place(syls, i, end):
        return False  # "Running Man Vietnam", "Mead Johnson Nutrition", "Mipec Complex": not a name
    if latin.goods(syls, i):
        return False  # "Sữa Enfagrow A", "Toyota Sienna": goods
    if (i == 0 or syls[i - 1].text in ".!?:\"“") and latin.vietnamese(words[0]) \
            and words[0] not in vi.wordset("foreign_surnames.txt"):  # "Song Hye Kyo"
        return False  # "Tim Romeo đập mạnh": a capitalised Vietnamese word opening a sentence
    return any(not latin.vietnamese(w) for w in words)


def _english_after_latin_cue(syls: list[Syllable], i: int) -> bool:
    """'Shark Tank': an English word after an English cue word opens a title, not a name."""
    return i > 0 and lexicon.english(syls[i - 1].text) \
        and lexicon.match(syls, i - 1, "capital_honorifics") == 1 and lexicon.english(syls[i].text)


def _inner_cued(syls: list[Syllable], i: int, end: int) -> int:
    """In a Title Case line, where a name starts after a cue inside the run `syls[i:end]`
    ("... Con Gái Nghệ Sĩ Hoài Nam Tại Mỹ"); `end` when none does."""
    return next((k for k in range(i + 1, end) if cued(syls, k) and (
        surname_at(syls, k) or latin.foreign_first(syls[k].text) or title_case.two_name_words(syls, k))), end)


def _apposition(syls: list[Syllable], end: int, title_starts: dict[int, int]) -> bool:
    """'Helena Marsh, Giám đốc ...': a name followed by a comma and a title; not '..., HLV
    Frank Lampard', where the title has a name of its own."""
    if not (end + 1 < len(syls) and syls[end].text in (",", "(") and end + 1 in title_starts):
        return False
    after = title_starts[end + 1]
    if after >= len(syls) or lexicon.match(syls, after, "org_heads.txt"):
        return True  # "..., Giám đốc Sở Y tế": the title's organisation follows
    return name_run(syls, after, [False] * len(syls)) - after < 2

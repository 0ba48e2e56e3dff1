"""People found by the shape of their names: capitalised runs that no lexicon, cue or title
claimed.

Vietnamese writes common words in lowercase, so a run of capitalised syllables inside a
sentence is a name; once organisations, places and addresses have taken theirs, what is left
is mostly people: stage names ("Khánh Vân", "Hoài Linh"), names written given-name first
("Hằng Phan"), foreign names in Latin script ("Seungri", "Hoà Minzy"), characters ("Juliet").
A run at the start of a sentence is only a name when its words are name words; a headline in
Title Case ("Kết Quả HOT14 …") is read by `headlines` instead.
"""

from __future__ import annotations

from .. import vi
from ..names import is_syllable
from . import cues, lexicon
from .analysis import Syllable
from .latin import (
    english_phrase,
    english_phrase_on,
    english_place,
    english_word,
    foreign_first,
    foreign_given,
    goods,
    model_number,
    name_end,
    org_cued,
    stage_token,
    vietnamese,
)
from .shape import INNER_CAPITAL, at_start, surname_at, whole_words_end

_QUOTES = {"\"", "“"}
_MAX = 4


def word_ok(s: Syllable) -> bool:
    """'Minh', 'Seungri', "H'Hen", 'Young-soo'; not 'CDC', 'HOT14', 'iPhone'."""
    core = s.text.replace("'", "").replace("-", "")
    return core.isalpha() and s.text[0].isupper() \
        and (len(core) == 1 or core[1:].islower() or bool(INNER_CAPITAL.match(core)))


def title_case(syls: list[Syllable]) -> bool:
    """Nearly every word capitalised, several of them common words: a headline in Title Case,
    where capitals mark nothing (a list of names, or a sentence dense with names, is not)."""
    words = [s.text for s in syls if s.text.isalpha()]
    caps = [w for w in words if w[0].isupper()]
    common = [w for w in caps if w not in lexicon.name_words() and is_syllable(w)]
    if len(words) < 5 or len(caps) / len(words) < 0.9:
        return False
    return len(common) >= 3 or (len(common) == 2 and any(  # "Angelina Jolie Và Brad Pitt ..."
        syls[k].text in vi.wordset("title_case_words.txt") and syls[k - 1].text.isalnum()
        for k in range(1, len(syls))))


def _epithet(syls: list[Syllable], end: int) -> bool:
    """'Vũ “nhôm”', 'Hưng “kính”': a nickname in quotes right after a one-word name."""
    return end + 2 < len(syls) and syls[end].text in _QUOTES and syls[end + 1].text.islower() \
        and any(s.text in ("\"", "”") for s in syls[end + 2 : end + 4])  # a word or two, not a quote


def blocked(syls: list[Syllable], i: int, end: int, place: bool = False) -> bool:
    """A known place or organisation of two words or more, or the whole one-word run ('Anh'
    in 'Bảo Anh' is a given name, not England); `place`: the run is after a place cue, where
    building words ("World", "Park") do not block it ("dự án Gem Sky World")."""
    words = [s.text for s in syls[i:end]]
    if place:
        words = [w for w in words if w not in vi.wordset("building_words.txt")]
    if lexicon.not_a_name(words):
        return True
    for k in range(i, end):
        if lexicon.match(syls, k, "not_names.txt"):
            return True
        n = max(lexicon.match(syls, k, "places"), lexicon.match(syls, k, "orgs"))
        if n >= 2 or (n and end - i == 1):  # "Mỹ" is the US, "Mỹ Tâm" a singer
            return True
    return False


def _leading_cue(syls: list[Syllable], i: int, end: int) -> int:
    """'Chồng Hoà Minzy', 'Thầy Hòa': a capitalised kinship or address word opening the run."""
    n = lexicon.match(syls, i, "honorifics", fold=True)
    return i + n if n and i + n < end else i


def classify(syls: list[Syllable], i: int, end: int, start: bool, listed: bool = False,
             cued: bool = False) -> bool:
    """Is the unclaimed capitalised run `syls[i:end]` a person's name? `start`: it opens the
    sentence, where every word is capitalised anyway; `listed`: it follows a person's name
    and a comma or "và", as the next name in a list; `cued`: an address word opens it ("Thầy")."""
    words = [s.text for s in syls[i:end]]
    names = [w in lexicon.name_words() for w in words]
    if all(vietnamese(w) for w in words):
        if len(words) == 1:  # "Vũ “nhôm”"; "Tí, Sửu, Dần": the next name of a list
            return (names[0] and _epithet(syls, end)) or (
                listed and not start and not lexicon.match(syls, i, "honorifics", fold=True)) \
                or _lone_given_name(syls, i)
        if lexicon.common_word(words) and not all(names) and not listed:
            return False  # "Thế Giới", "Truyền Hình", "Tổ Quốc": a common word capitalised
        if start:  # a name word first, and two words at most: "Xuân Son tiếp tục ..."
            return all(names) or (len(words) == 2 and names[0])
        return any(names) or listed  # "Angela Baby - Nhiệt Ba": the next name of a list
    if len(words) == 1:
        word = words[0]
        if foreign_given(word) or (cued and foreign_first(word)):
            return True  # "Thầy Park": a family name that is also an English word, after a cue
        return len(word) >= 3 and not english_word(word) and not org_cued(syls, i) \
            and not model_number(syls, end) and not goods(syls, i) \
            and not lexicon.match(syls, i, "product_heads.txt", fold=True) \
            and not lexicon.match(syls, i, "honorifics", fold=True) \
            and not english_phrase_on(syls, end)  # "Tivi", "Vlogger", "Trooping the Colour"
    if foreign_first(words[0]):
        return True
    if lexicon.common_word(words[:2]):
        return False  # "Triển Lãm Propak 2015": a common noun heads it (a show, a product)
    if goods(syls, i) or english_phrase(words):
        return False  # "Running Man", "Mead Johnson Nutrition": English words make it a title
    return not all(names)


def _lone_given_name(syls: list[Syllable], i: int) -> bool:
    """'giao xe cho Lực', 'bắt Lộc khi', ', Lực nói', 'Tâm bị bắt': one capitalised given name
    alone inside a sentence after a lowercase word, or opening a clause before what people
    say or do, is the person the text named in full before; not a direction, a season or a
    school subject ("phía Nam", "mùa Thu", "môn Toán")."""
    word = syls[i].text
    if word not in vi.wordset("given_names.txt") or word in vi.wordset("lone_name_exclusions.txt") \
            or lexicon.match(syls, i, "places") or lexicon.match(syls, i, "orgs") \
            or (i + 1 < len(syls) and lexicon.common_word([word, syls[i + 1].text])):
        return False  # "Nam triều", "Bình minh": a word going on in lowercase
    if at_start(syls, i) or syls[i - 1].text == ",":
        return i + 1 < len(syls) and syls[i + 1].text.islower() and (
            _whole_word(syls, i + 1, lexicon.match(syls, i + 1, "person_verbs.txt"))
            or _whole_word(syls, i + 1, lexicon.match(syls, i + 1, "subject_verbs.txt")))
    before = syls[i - 1].text
    if before.casefold() in vi.wordset("lone_name_blockers.txt"):
        return False
    alone = i + 1 == len(syls) or not syls[i + 1].text[:1].isupper()
    k = i - 1
    while k > 0 and syls[k - 1].token == syls[k].token:
        k -= 1  # the word before, whole: "Hội đồng Khoa" is a body's name, not "đồng" + a person
    return before in vi.wordset("lone_name_openers.txt") \
        or (before.isalpha() and before.islower() and syls[k].text.islower() and alone)


def _whole_word(syls: list[Syllable], k: int, n: int) -> bool:
    """Do the `n` syllables at `k` end a word ("khai", not the first half of "khai thác")?"""
    return n > 0 and not (k + n < len(syls) and lexicon.common_word([s.text for s in syls[k : k + n + 1]]))


def _subject_of_person_verb(syls: list[Syllable], i: int, end: int) -> bool:
    """'Đen Vâu tung MV mới', 'Mono bị chỉ trích': a run opening the sentence, then what
    people do. One Vietnamese syllable is more likely a pronoun ("Tôi", "Anh"), one English
    word a common noun ("Trend gây sốt")."""
    if end - i == 1 and (vietnamese(syls[i].text) or lexicon.english(syls[i].text)):
        return False
    return lexicon.match(syls, end, "person_verbs.txt") > 0


def name_inside(syls: list[Syllable], i: int, end: int) -> int | None:
    """Where a person's name starts inside a longer capitalised run that opens with a foreign
    word of another kind ("Hollywood Brandon Kessler"): at a Western given name, or, after an
    English word, at a Vietnamese surname followed by name words only."""
    if end - i < 3 or vietnamese(syls[i].text) or foreign_first(syls[i].text):
        return None
    # "Kpop Nguyễn ...", "Cbiz Dương Tử Hàm"; not "Soobin Hoàng Sơn" (one name)
    scene = syls[i].text in vi.wordset("scene_words.txt")
    english = english_word(syls[i].text) or scene
    for k in range(i + 1, end - 1):
        if foreign_given(syls[k].text) or (english and surname_at(syls, k) and (scene or all(
                s.text in lexicon.name_words() for s in syls[k + 1 : end]))):
            return k
    return None


def _quoted(syls: list[Syllable], i: int, end: int) -> bool:
    """“Người Phán Xử”: a run that fills a pair of quotes is a title, not a name."""
    return i > 0 and end < len(syls) and syls[i - 1].text in _QUOTES \
        and syls[end].text in ("\"", "”")


def find(syls: list[Syllable], used: list[bool],
         person_ends: frozenset[int] = frozenset(),
         person_starts: frozenset[int] = frozenset()) -> list[tuple[str, int, int]]:
    """(kind, start, end) of unclaimed capitalised runs that read as people's names ('PER'),
    or as places by their cue ('LOC': 'tại Kherson'); `person_ends`: where the names other
    rules found end ("Bảo Anh, Tóc Tiên": a list of names goes on), `person_starts` where they
    start ("Tóc Tiên và Hoàng Touliver": the name before "và" is one too)."""
    ends = set(person_ends)
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(syls):
        if not used[i] and at_start(syls, i) and stage_token(syls[i].text) \
                and _subject_of_person_verb(syls, i, i + 1):
            out.append(("PER", i, i + 1))  # "SOOBIN ra mắt album", "G-Dragon bất ngờ chia sẻ"
            i += 1
            continue
        end, skip = _run(syls, i, used)
        if skip is not None:
            i = skip
            continue
        found = _by_cue(syls, i, end)
        if found is None:
            found = _by_latin_shape(syls, i, end)
        if found is None:
            found = _person(syls, i, end, ends, person_starts)
        out += found
        ends |= {e for kind, _, e in found if kind == "PER"}
        i = _past_verb(syls, i, end, used)
    return out


def _past_verb(syls: list[Syllable], i: int, end: int, used: list[bool]) -> int:
    """Where to go on after the run `syls[i:end]`: past the capitalised words that follow a name
    in Latin letters and were cut from it ("Mourinho | Chính Thức Trở Thành HLV ...")."""
    raw = end
    while raw < len(syls) and raw - i < _MAX and not used[raw] and word_ok(syls[raw]):
        raw += 1
    return raw if end < raw and name_end(syls, i, raw) == end else end


def _numbered(syls: list[Syllable], i: int) -> bool:
    """'Số 1 Nguyễn Huy Tưởng', 'Phòng 305': a capitalised word before its number is a unit's."""
    return i + 1 < len(syls) and syls[i + 1].text[:1].isdigit() \
        and syls[i].text.casefold() in vi.wordset("numbered_words.txt")


def _run(syls: list[Syllable], i: int, used: list[bool]) -> tuple[int, int | None]:
    """The unclaimed capitalised run at `i` and None, or where to go on when there is none to
    read: five capitalised words or more (a title or a slogan), a capitalised common word, a
    day or a season."""
    if used[i] or not word_ok(syls[i]) or _numbered(syls, i):
        return i, i + 1
    end = i
    while end < len(syls) and end - i < _MAX and not used[end] and word_ok(syls[end]):
        end += 1
    named = name_end(syls, i, end)
    if named < end:  # "Mourinho Chính Thức Trở Thành ...": the name, not the verb
        return named, None
    if end < len(syls) and word_ok(syls[end]) and not used[end]:
        k = end + 1  # five or more capitalised words: a title or a slogan, not a name
        while k < len(syls) and word_ok(syls[k]):
            k += 1
        return end, k
    end = whole_words_end(syls, i, end)  # "Hội nghị", "Lật mặt": a capitalised common word
    if end == i:
        return end, i + 1
    if any(lexicon.match(syls, k, "not_names.txt") for k in range(i, end)):
        return end, end  # "Chủ Nhật Đỏ", "Tết Ất Tỵ": a day or a season, not a name
    return end, None


def _by_cue(syls: list[Syllable], i: int, end: int) -> list[tuple[str, int, int]] | None:
    """What a cue before the run makes of it ("tại Kherson": a place, "nhóm nhạc Wanna One": a
    group, "phim Bố Già", a quoted title: nothing); None when no cue decides."""
    cue = cues.cue_before(syls, i)
    if cue == "LOC" and lexicon.match(syls, i, "capital_honorifics"):
        cue = None  # "quê hương Bác Hồ": the place of a person
    if cue == "ORG" and not (end - i == 1 and not vietnamese(syls[i].text) and len(syls[i].text) > 1) \
            and not cues.named_source(syls, i, end):
        cue = None  # "Theo Soompi" is a source; "Theo Hoài Linh" a person; "kênh K+" nothing
    if cue == "ORG+" and cues.member(syls, i, end):
        cue = None  # "thành viên Ruka": one of the group, not the group
    cue = "ORG" if cue == "ORG+" else cue  # "nhóm nhạc Wanna One": any run
    common = end - i == 1 and (vietnamese(syls[i].text) or (  # "tại Ngày hội ...": a common word
        syls[i].text.casefold() in vi.wordset("number_units.txt") and end < len(syls)
        and syls[end].text[:1].isdigit()))  # "tại Km 2075": a unit before its number
    if not (cue or _quoted(syls, i, end)):
        return None
    if cue in ("LOC", "ORG") and not common and not blocked(syls, i, end, cue == "LOC"):
        return cues.place_then_person(syls, i, end) if cue == "LOC" else [(cue, i, end)]
    return []


def _by_latin_shape(syls: list[Syllable], i: int, end: int) -> list[tuple[str, int, int]] | None:
    """Latin-script runs that are no person by their company: a city before its country
    ("Kumamoto, Nhật Bản"), a club before what clubs do ("Roma bổ nhiệm ..."), a street or
    building closed by an English place word ("Gurney Drive"); None otherwise."""
    single = end - i == 1 and not vietnamese(syls[i].text)
    if single and end + 1 < len(syls) and syls[end].text == "," and i > 0 and syls[i - 1].text.islower() \
            and lexicon.match(syls, end + 1, "countries.txt") and not blocked(syls, i, end):
        return [("LOC", i, end)]  # "Kumamoto, Nhật Bản", "Pattaya, Thái Lan": a city, its country
    if single and lexicon.match(syls, end, "org_verbs.txt") and not foreign_given(syls[i].text) \
            and not blocked(syls, i, end):
        return [("ORG", i, end)]  # "Roma bổ nhiệm Daniele De Rossi"
    if english_place(syls, i, end):
        return [("LOC", i, end)]  # "Gurney Drive", "Melbourne Central"
    return None


def _person(syls: list[Syllable], i: int, end: int, person_ends: set[int],
            person_starts: frozenset[int] = frozenset()) -> list[tuple[str, int, int]]:
    """The person the run names, if any: a subject opening the sentence before what people do,
    a name after a cue word opening it ("Theo Hoài Linh, ..."), a name inside a longer run, or
    a run `classify` reads as a name."""
    first = _leading_cue(syls, i, end)
    # "Angela Baby - Nhiệt Ba": after a name, a dash or a comma goes on with the list
    listed = i >= 2 and i - 1 in person_ends and (syls[i - 1].text in (",", "và") or (
        syls[i - 1].text in ("-", "–") and end - i >= 2  # after a dash, no word ("- Hát ...")
        and not lexicon.common_word([s.text for s in syls[i:end]])))  # nor "- Mùa Thu ..."
    listed = listed or (end + 1 < len(syls) and syls[end].text == "và" and end + 1 in person_starts
                        and syls[end - 1].text in lexicon.name_words())  # "Tóc Tiên và Hoàng Touliver"
    start = at_start(syls, i) and first == i and not listed
    if start and _subject_of_person_verb(syls, i, end) and not blocked(syls, i, end):
        return [("PER", i, end)]  # "Đen Vâu tung MV mới", "Tóc Tiên lần đầu nói"
    if start and end - i >= 2 and vietnamese(syls[i].text) and syls[i].text not in lexicon.name_words() \
            and not foreign_first(syls[i].text) and "-" not in syls[i + 1].text:  # "Son Heung-min"
        if lexicon.common_word([syls[i].text, syls[i + 1].text]):
            return []  # "Táo Quân Tiền Truyện": the opening word begins a compound, a title
        # "Tim Romeo đập mạnh": a common word opens the sentence; "Tin Mới Nhất": a heading,
        # capitalised to its end, where the words after it have no capital of their own
        first, start = i + 1, all(not s.text.isalnum() for s in syls[end:])
    opening = cues.cue_before(syls, i + 1) if at_start(syls, i) and end - i >= 2 else None
    if opening:  # "Bão Yagi đổ bộ", "Theo Yonhap, ...": the opening word is a cue
        return _after_opening_cue(syls, i, end, opening)
    listed = listed and first == i
    inner = name_inside(syls, first, end)
    if inner is not None:  # "Ngôi sao Hollywood Brandon Kessler", "Mỹ nhân Cbiz Dương Tử Hàm"
        return [("PER", inner, end)]
    if not blocked(syls, first, end) and classify(syls, first, end, start, listed, first != i):
        return [("PER", first, end)]
    return []


def _after_opening_cue(syls: list[Syllable], i: int, end: int, opening: str) -> list[tuple[str, int, int]]:
    """The run after a cue word opening the sentence: a place or a body ("Bão Yagi", "Theo
    Yonhap"), an outlet ("Theo Ngôi Sao, ..."), a person ("Theo Hoài Linh, ...")."""
    if opening in ("LOC", "ORG") and end - i == 2 and not vietnamese(syls[i + 1].text) \
            and not blocked(syls, i + 1, end):
        return [(opening, i + 1, end)]
    if opening == "ORG" and cues.named_source(syls, i + 1, end):
        return [("ORG", i + 1, end)]  # "Theo Ngôi Sao, ...": an outlet
    if opening == "ORG" and end - i >= 3 and not blocked(syls, i + 1, end) \
            and all(s.text in lexicon.name_words() for s in syls[i + 1 : end]):
        return [("PER", i + 1, end)]  # "Theo Hoài Linh, ...": a person says so
    return []

"""Names in a Title Case headline, where capitals mark nothing ("Công Phượng Trở Lại ...",
"Hot Girl Trâm Anh Khoe ...", "Ngọc Hân Và Quốc Bảo Chính Thức ..."): only the names that open
the line or one of its clauses and are followed by what people do (`subjects`), and the names
right after what people do or after "Với", "Của" (`objects`)."""

from __future__ import annotations

from .. import vi
from . import latin, lexicon, proper, title_case
from .analysis import Syllable
from .shape import CONNECTORS, surname_at


def subjects(syls: list[Syllable], used: list[bool],
             people: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[str, int, int]]:
    """The subjects of a Title Case headline's clauses: the one opening it, and those opening
    a clause after a comma or a semicolon ("Real Madrid Thắng Đậm, Ronaldo Lập Hat-trick")."""
    out = subject(syls, used, people)
    taken = list(used)
    for _, a, b in out:
        taken[a:b] = [True] * (b - a)
    for k in range(1, len(syls) - 1):
        if syls[k].text in (",", ";") and not taken[k + 1]:
            found = subject(syls, taken, people, k + 1)
            for _, a, b in found:
                taken[a:b] = [True] * (b - a)
            out += found
    return out


def subject(syls: list[Syllable], used: list[bool],
            people: frozenset[tuple[int, int]] = frozenset(), start: int = 0) -> list[tuple[str, int, int]]:
    """'Jang Mi Bật Khóc ...', 'Công Phượng Trở Lại ...', 'Hot Girl Trâm Anh Khoe ...',
    'Ngọc Hân Và Quốc Bảo Chính Thức ...': in a Title Case headline, where capitals mark
    nothing, names of two or three name words opening it (after an address word; joined by "Và",
    a comma or a dash), then what people do. `people`: the spans already read as persons, which
    may open the list ("Angelina Jolie Và Brad Pitt Chính Thức ..."). A first name that spells
    a common word counts only with another name after it ("Thủy Tiên – Công Vinh Làm ...").
    `start`: where the clause opens."""
    i = start
    while i < len(syls) and not syls[i].text.isalnum():
        i += 1
    label = lexicon.match(syls, i, "headline_labels.txt", fold=True)
    if label and i + label < len(syls) and syls[i + label].text == ":":
        i += label + 1  # "Nóng: Ngọc Trinh Bất Ngờ ...": the headline after its label
    cue = lexicon.match(syls, i, "honorifics", fold=True)
    if cue and i + cue < len(syls) and lexicon.common_word([syls[i + cue - 1].text, syls[i + cue].text]):
        return []  # "Nữ Sinh Viên Xinh Đẹp ...": the cue runs into a longer word ("sinh viên")
    i += cue
    if _foreign_subject(syls, i, used):
        return [("PER", i, i + 1)]  # "Sharapova Dừng Bước ...", "Mourinho: “...”"
    names: list[tuple[str, int, int]] = []
    found = False  # a name already read opened the list
    weak = False  # the first name spells a common word too ("Thủy Tiên": a flower)
    while (end := _known(people, i) or _name(syls, i, used, True)) > i:
        if any(used[i:end]):
            found = True
        else:
            weak = weak or not (cue or names or found or _name(syls, i, used, False) == end)
            names.append(("PER", i, end))
        if _verb(syls, end):
            return [] if weak and len(names) == 1 and not found else names  # "Bảo Anh Đẹp ..."
        if end >= len(syls) or syls[end].text.casefold() not in CONNECTORS | {","}:
            break
        i = end + 1
    return []


def _foreign_subject(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    """One foreign word opening the clause, then what it says or does (no longer name)."""
    return i + 1 < len(syls) and not used[i] and proper.word_ok(syls[i]) \
        and latin.foreign_spelt(syls[i].text) and not proper.blocked(syls, i, i + 1) \
        and _name(syls, i, used, True) == i and _predicate(syls, i + 1)


def _predicate(syls: list[Syllable], k: int) -> bool:
    """What follows a clause's foreign subject: a colon before a quote ("Mourinho: “..."), or a
    Vietnamese word that is no name's ("Sharapova Dừng Bước", "Ranieri Được Tôn Vinh")."""
    word = syls[k].text
    return word == ":" or (latin.vietnamese(word) and word not in lexicon.name_words()
                           and lexicon.dictionary_word(word))


def _known(people: frozenset[tuple[int, int]], i: int) -> int:
    return next((end for start, end in people if start == i), 0)


def _verb(syls: list[Syllable], i: int) -> bool:
    """What people do, in person_verbs.txt or, in a headline only, headline_verbs.txt."""
    return title_case.headline_verb_len(syls, i) > 0


def _name(syls: list[Syllable], i: int, used: list[bool], cued: bool) -> int:
    """End of a name at `i` (two or three name words, or one foreign word) followed by a person
    verb or a connector; else i.
    After an address word or another name, a name may spell a common word ("Hot Girl Trâm Anh",
    "Ngọc Hân Và Quốc Bảo")."""
    if i + 1 < len(syls) and not used[i] and proper.word_ok(syls[i]) and latin.foreign_spelt(syls[i].text) \
            and not proper.blocked(syls, i, i + 1) \
            and (_verb(syls, i + 1) or syls[i + 1].text.casefold() in CONNECTORS):
        return i + 1  # "Messi Lập Cú Đúp": one foreign word, no Vietnamese or English one
    for end in (i + 2, i + 3):
        words = [s.text for s in syls[i:end]]
        if end >= len(syls) or any(used[i:end]) or not all(proper.word_ok(s) for s in syls[i:end]):
            return i
        named = latin.foreign_first(words[0]) or (cued and surname_at(syls, i)) or all(
            w in lexicon.name_words() or not latin.vietnamese(w) or not lexicon.dictionary_word(w)
            for w in words)  # after a cue or a name, a surname opens a name ("... Và Lý Thần")
        mixed = len(words) == 3 and not latin.vietnamese(words[0]) and lexicon.common_word(words[1:])
        if named and (cued or not (lexicon.common_word(words) or mixed)) \
                and not proper.blocked(syls, i, end) and (  # "Fan Quốc Tế Lại ...": fans, international
                _verb(syls, end) or syls[end].text.casefold() in CONNECTORS | {","}):
            return end
    return i


_OBJECT_OPENERS = frozenset({"Với", "Của", "Cùng", "Và", "Cho"})
_OBJECT_CLOSERS = frozenset({",", ":", "?", "!", ".", "“", "\"", "–", "-"})


def objects(syls: list[Syllable], used: list[bool]) -> list[tuple[str, int, int]]:
    """'Hari Won Tiết Lộ Chuyện Tình Cảm Với Tiến Đạt', 'Zico Khen Ngợi Công Phượng Sau Trận':
    in a Title Case headline, two or three name words after what people do or after "Với",
    "Của" (or one to three after an address word), closing the line or followed by a function
    word or a pause, are a person; not a common word ("Thành Công"), no place in them."""
    out: list[tuple[str, int, int]] = []
    taken = list(used)
    for i in range(1, len(syls)):
        if taken[i] or lexicon.match(syls, i, "honorifics", fold=True):
            continue  # a name starts after its address word, not at it
        cue = next((w for w in (2, 1) if i - w >= 1
                    and lexicon.match(syls, i - w, "honorifics", fold=True) == w), 0)
        at = i - cue  # where the object starts, its address word included ("... Của Bé Bông")
        if not (syls[at - 1].text in _OBJECT_OPENERS or _verb_ends_at(syls, at)):
            continue
        for end in (i + 3, i + 2, i + 1) if cue else (i + 3, i + 2):
            words = [s.text for s in syls[i:end]]
            if end > len(syls) or any(taken[i:end]) or not all(w in lexicon.name_words() for w in words):
                continue
            closed = end == len(syls) or syls[end].text in _OBJECT_CLOSERS \
                or syls[end].text in vi.wordset("title_case_words.txt")
            if closed and not lexicon.common_word(words) \
                    and not any(lexicon.match(syls, k, "places") for k in range(i, end)) \
                    and not any(lexicon.common_word(words[k : k + 2]) for k in range(len(words) - 1)):
                out.append(("PER", i, end))
                taken[i:end] = [True] * (end - i)
                break
    return out


def _verb_ends_at(syls: list[Syllable], i: int) -> bool:
    """Does a verb (not an adverb or auxiliary: "Tiếp Tục") end right before `i`?"""
    return any(title_case.headline_verb_len(syls, k) == i - k
               and lexicon.match(syls, k, "headline_auxiliaries.txt", fold=True) != i - k
               for k in range(max(0, i - 3), i))

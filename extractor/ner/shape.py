"""Shared by the span rules: the candidate span and the shapes of syllables (capitalised, part
of a person's name, a surname) that every rule module asks about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import vi
from . import lexicon
from .analysis import Syllable

CONNECTORS = {"và", "-", "–", "&"}


MAX_PERSON = 5


@dataclass
class Cand:
    kind: str  # PER, ORG, LOC, TITLE; PRODUCT ("Toyota Vios"), WORK (a quoted title): no entity
    i: int  # first syllable
    j: int  # one past the last syllable
    name: str = ""  # normalised name (ORG: head added for implied orgs)
    flags: list[str] = field(default_factory=list)
    implied_org: Cand | None = None
    alias: str | None = None  # an abbreviation the text defines for this organisation
    alias_at: int = -1  # its syllable
    implied: bool = False  # rebuilt from a fused title ("Trưởng phòng QLTH"): not written as such
    listed: bool = False  # a listed name ("Kelvin Khánh"): its extent is known, never trimmed


def is_name_syllable(s: Syllable) -> bool:
    return s.cap and any(ch.isalpha() for ch in s.text)


INNER_CAPITAL = re.compile(r"^(?:Mc|Mac|De|Di|Da|Le|La|Du|Van|O)[A-Z][a-z]{2,}$")  # "DeShawn", "McKenna"


def person_syllable(s: Syllable) -> bool:
    """'Nguyễn', 'A' (as in 'Nguyễn Văn A'), 'Seung-hoon', "H'Hen", 'McCain'; not 'CDC',
    'TP.HCM'."""
    if INNER_CAPITAL.match(s.text):
        return True
    parts = re.split(r"['-]", s.text) if len(s.text) > 2 else [s.text]
    if not all(p.isalpha() for p in parts):
        return False
    first = parts[0]
    return first[0].isupper() and (len(first) == 1 or first[1:].islower()) \
        and all(p[1:].islower() or len(p) == 1 for p in parts[1:])


def surname_at(syls: list[Syllable], k: int) -> bool:
    return syls[k].text in vi.wordset("surnames.txt") and is_name_syllable(syls[k])


def foreign_name_at(syls: list[Syllable], k: int) -> bool:
    """'Richard Marles': a Western given name, then another name word."""
    return k + 1 < len(syls) and syls[k].text in vi.wordset("foreign_given_names.txt") \
        and person_syllable(syls[k + 1])


def hyphenated_name_at(syls: list[Syllable], k: int) -> bool:
    """'Park Hyun-woo', 'Kang Kyung-wha': an East Asian family name, then a hyphenated given name."""
    return k + 1 < len(syls) and syls[k].text in vi.wordset("foreign_surnames.txt") \
        and "-" in syls[k + 1].text and syls[k + 1].text[:1].isupper()


def surname_at_safe(syls: list[Syllable], k: int) -> bool:
    return k < len(syls) and surname_at(syls, k)


def is_name_syllable_at(syls: list[Syllable], k: int) -> bool:
    return k < len(syls) and is_name_syllable(syls[k])


LOWER_MIDDLE = frozenset({"văn", "thị"})  # middle names some pages write in lowercase


def name_run(syls: list[Syllable], i: int, used: list[bool]) -> int:
    """End of the run of name syllables from `i`; a middle name some pages write in lowercase
    counts after a surname ("Trần văn Tùng"); a Title Case "Và" ("and") ends it."""
    j = i
    while j < len(syls) and j - i < MAX_PERSON and not used[j] and syls[j].text != "Và" \
            and not unit_code(syls, j) and (
            person_syllable(syls[j]) or _lower_middle(syls, i, j) or _particle(syls, i, j)):
        j += 1
    return j


_UNIT_CODE = re.compile(r"[QP]\.\d{1,2}")


def unit_code(syls: list[Syllable], k: int) -> bool:
    """'Q.3', 'P.12': a district's or ward's code, whole or as the analysis cuts it ('Q', '.',
    '3', written together), not a name's initial."""
    if k >= len(syls):
        return False
    if _UNIT_CODE.fullmatch(syls[k].text):
        return True
    return k + 2 < len(syls) and syls[k + 1].text == "." and syls[k + 1].start == syls[k].end \
        and syls[k + 2].start == syls[k + 1].end \
        and bool(_UNIT_CODE.fullmatch(syls[k].text + "." + syls[k + 2].text))


NAME_PARTICLES = frozenset({"de", "van", "von", "da", "di", "del", "della", "der", "den", "du", "la", "le"})


def _particle(syls: list[Syllable], i: int, j: int) -> bool:
    """'Charles de Gaulle', 'Vincent van Gogh': a lowercase particle between two capitalised
    Latin-script words of a Western name."""
    return i < j and syls[j].text in NAME_PARTICLES and syls[j - 1].text.isascii() \
        and person_syllable(syls[j - 1]) and j + 1 < len(syls) and syls[j + 1].text.isascii() \
        and person_syllable(syls[j + 1])


def _lower_middle(syls: list[Syllable], i: int, j: int) -> bool:
    return j == i + 1 and syls[j].text in LOWER_MIDDLE and surname_at(syls, i) \
        and j + 1 < len(syls) and person_syllable(syls[j + 1])


def opens_word(syls: list[Syllable], k: int) -> bool:
    """Does `syls[k]` open a common word with the next syllable ("Thu" of "Thu Hút", "Đắc" of
    "Đắc Cử")? Whatever their case: in a Title Case line both are capitalised."""
    return k + 1 < len(syls) and lexicon.common_word([syls[k].text, syls[k + 1].text])


def whole_words_end(syls: list[Syllable], i: int, end: int) -> int:
    """Cut a run back where its last capitalised syllable opens a common word written on in
    lowercase ("Thế giới", "Giới tính", both segmented as one word): no name ends mid-word.
    The dictionary decides, not the segmenter, which also glues names to verbs ("Lý_hát")."""
    while end > i and end < len(syls) and syls[end].token == syls[end - 1].token \
            and syls[end].text.isalpha() and syls[end].text.islower() \
            and lexicon.common_word([syls[end - 1].text, syls[end].text]) \
            and not (end - i == 3 and surname_at(syls, i)):  # "Trịnh Công Sơn_nhân": a full name
        end -= 1
    return end


def person_after_surname(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    end = name_run(syls, i, used)
    return 2 <= end - i <= 4 and (end >= len(syls) or not is_name_syllable(syls[end]))


def person_after_surname_safe(syls: list[Syllable], k: int, used: list[bool]) -> bool:
    return surname_at_safe(syls, k) and person_after_surname(syls, k, used)


def is_place(syls: list[Syllable], i: int, j: int) -> bool:
    return lexicon.match(syls, i, "places") == j - i


def admin_cue(syls: list[Syllable], i: int, used: list[bool] | None = None) -> bool:
    """'tỉnh Nghệ An', 'đường Nguyễn Văn Trỗi', 'TP Vinh': a place name after a place word
    (one not already inside an organisation: in 'UBND TP Võ Văn Hoan' a person follows)."""
    if used is not None and i >= 1 and used[i - 1]:
        return False
    if i >= 1 and syls[i - 1].text in ("TP", "Q.", "P."):
        return True
    for w in (1, 2, 3, 4):
        k = i - w
        # capitalised only where a sentence opens ("Xã Hải Đông hoàn thành ..."); elsewhere
        # "Bản", "Hồ" are parts of names ("Nhật Bản", "Hồ Đức Phớc")
        fold = k == 0 or (k > 0 and syls[k - 1].text in ".!?:\"“(")
        if k >= 0 and lexicon.match(syls, k, "place_cues.txt", fold=fold) == w \
                and (k == 0 or syls[k - 1].token != syls[k].token or w > 1):
            return True  # a word of its own: not the "cầu" of "yêu cầu" ("người dân làng" is one)
    return False


_LISTED_UNITS = frozenset({"tỉnh", "huyện", "quận"})


def person_after_unit(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    """'Trưởng phòng Quản lý đô thị quận Nguyễn Đức Minh': after the word for a province or a
    district (all of which the place list holds), a full name of three or four words that is no
    listed place is the person, not a district."""
    end = name_run(syls, i, used)
    return i > 0 and syls[i - 1].text in _LISTED_UNITS and surname_at(syls, i) and 3 <= end - i <= 4 \
        and all(s.text in lexicon.name_words() for s in syls[i:end]) \
        and not lexicon.match(syls, i, "places")


# what opens a sentence or a part of a line with its own capital ("#" of a tag, "›" of breadcrumbs)
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "\"", "“", "”", "(", "-", "–", "—", "…", ">>", "|",
                              "#", "›", "»", "•"})


# marks that split a line into parts, each opening like a line ("Tổng biên tập: A | Phó Tổng
# biên tập: B")
LINE_PARTS = frozenset({"|", "."})


def at_start(syls: list[Syllable], i: int) -> bool:
    """Does `syls[i]` open a sentence, a headline or a quoted or listed part of one?"""
    return i == 0 or syls[i - 1].text in SENTENCE_OPENERS


def aged_at(syls: list[Syllable], end: int) -> bool:
    """'(5 tuổi', '(SN 1990': an age or a birth year in brackets at `end`, after a person's words
    ("Bé Su Su (5 tuổi)", "Anh Tí (32 tuổi)")."""
    return end < len(syls) and syls[end].text == "(" \
        and bool(vi.pattern("people", "age_opening").match(" ".join(s.text for s in syls[end : end + 4])))


_MENU_BREAKS = frozenset(".:;!?,“”\"()")


def menu_line(syls: list[Syllable]) -> bool:
    """'Star Âm nhạc Cine TV Show Đời sống Sức khỏe Sport Xã hội': a site's menu, six items or
    more (each opened by a capital, at most four syllables, no punctuation between them), most
    of the longer ones common words (a section's name); or one of its items on a line of its
    own, a single word ("Cine")."""
    if len(syls) == 1:
        return True
    if any(s.text in _MENU_BREAKS for s in syls):
        return False
    items: list[list[str]] = [[]]
    for s in syls:
        if s.text[:1].isupper() and items[-1]:
            items.append([])
        if s.text not in ("-", "–"):
            items[-1].append(s.text.casefold())
    items = [item for item in items if item]
    if len(items) < 6 or any(len(item) > 4 for item in items):
        return False
    longer = [item for item in items if len(item) >= 2]
    common = sum(1 for item in longer if lexicon.common_word(item))
    return common >= 3 and 2 * common >= len(longer)

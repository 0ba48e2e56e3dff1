"""Words in Latin script in Vietnamese text: which are Vietnamese syllables, English words or
phrases, foreign given and family names, stage names in capitals, goods and their models, and
places named in English ("Gurney Drive"). The name rules ask these before reading a Latin
word as a person's name."""

from __future__ import annotations

import re

from .. import vi
from ..names import is_syllable
from . import lexicon
from .analysis import Syllable
from .shape import NAME_PARTICLES, at_start, opens_word, surname_at


def foreign_given(word: str) -> bool:
    return word in vi.wordset("foreign_given_names.txt")


def foreign_first(word: str) -> bool:
    """A Western given name or an East Asian family name: how a foreign name of two or more
    words opens ("Taylor Swift", "Park Hang-seo")."""
    return foreign_given(word) or word in vi.wordset("foreign_surnames.txt")


_STAGE = re.compile(r"^(?:[A-ZĐ]{5,}|[A-Z]{1,2}-[A-Z][a-z]+)$")


def stage_token(word: str) -> bool:
    """'SOOBIN', 'HIEUTHUHAI', 'G-Dragon': a stage name in capitals or with a hyphenated
    initial, which no abbreviation list knows ("UBND", "HĐND" are shorter or known)."""
    return bool(_STAGE.match(word)) and not is_syllable(word) and word not in vi.abbreviations() \
        and word not in vi.wordset("orgs_known.txt") and word not in vi.wordset("orgs_standalone.txt")


def vietnamese(word: str) -> bool:
    """A Vietnamese syllable by its spelling: the shared validator, plus the rules of the
    orthography it lets through ('k' only before i/e/ê/y, 'c' never before them, 'q' + 'u'),
    so that 'Kang', 'Cecil' read as foreign."""
    w = word.casefold()
    if not is_syllable(word):
        return False
    if w[:1] == "k" and w[1:2] not in ("i", "e", "ê", "y", "h") and not w.startswith("kh"):
        return w[1:2] in "ìíỉĩịèéẻẽẹềếểễệỳýỷỹỵ"
    if w[:1] == "c" and w[1:2] in ("i", "e", "ê", "y") and not w.startswith("ch"):
        return False
    return not (w[:1] == "q" and w[1:2] != "u")


_ENGLISH_LINKS = frozenset({"the", "of", "for", "in", "on", "at", "to", "with", "from"})


def english_phrase_on(syls: list[Syllable], end: int) -> bool:
    """An English function word in lowercase next: the word opens an English phrase."""
    return end < len(syls) and syls[end].text in _ENGLISH_LINKS


def english_place(syls: list[Syllable], i: int, end: int) -> bool:
    """Two to four capitalised Latin-script words closed by an English place word."""
    return 2 <= end - i <= 4 and all(s.text.isascii() and s.text.isalpha() for s in syls[i:end]) \
        and syls[end - 1].text in vi.wordset("english_place_words.txt")


def model_number(syls: list[Syllable], end: int) -> bool:
    """'Inspiron 5448', 'Galaxy S24': a product and its model, not a person."""
    return end < len(syls) and any(ch.isdigit() for ch in syls[end].text)


def english_phrase(words: list[str]) -> bool:
    """An English phrase rather than a foreign name: it opens with an English word that is no
    given name, or most of its words are English ("Hari Won" is a name, "Running Man" not)."""
    if foreign_first(words[0]) or (2 <= len(words) <= 3 and words[-1] in vi.wordset("western_surnames.txt")):
        return False  # "Wren Evans", "Declan Rice": a Western family name closes a person's name
    if len(words) >= 2 and words[0].casefold() in NAME_PARTICLES and not vietnamese(words[1]):
        return False  # "Van Gaal", "De Gea": a family name's particle, not the English "van"
    english = [english_word(w) for w in words]
    return english[0] or 2 * sum(english) > len(words)


def english_word(word: str) -> bool:
    """An English word, possessive ("Editor's") or two run together ("Realtime", "Homestay")."""
    word = word.removesuffix("'s")
    return lexicon.english(word) or any(
        lexicon.english(word[:k]) and lexicon.english(word[k:]) for k in range(3, len(word) - 2))


def goods(syls: list[Syllable], i: int) -> bool:
    """'Thuốc xịt muỗi Mosfly', 'Toyota Fortuner', 'xe tải hiệu Veam': a foreign word after a
    goods noun (a few lowercase words back, nothing between but words) or right after a
    known brand names goods, not a person."""
    if i >= 1 and lexicon.match(syls, i - 1, "orgs") == 1:
        return True  # a one-word brand, then its model ("Toyota Vios"; not "Hà Nội FC Makoto")
    if 2 <= i < len(syls) - 2 and syls[i - 1].text == syls[i + 1].text in ("-", ",", "/") \
            and lexicon.match(syls, i - 2, "orgs") == 1 and lexicon.match(syls, i + 2, "orgs") == 1:
        return True  # "Sharp - Sanyo - Panasonic": listed between brands, a brand
    for k in range(i - 1, max(-1, i - 5), -1):
        word = syls[k].text
        if word == "," or (word.isascii() and word.istitle() and not at_start(syls, k)):
            continue  # a model listed before it ("xe Corolla Altis và Vios")
        if not word.isalpha():
            return False
        if word[0].isupper() and not at_start(syls, k):
            return False  # "Thái Lan Thanawat": "Lan" (an orchid) inside a place's name
        if lexicon.match(syls, k, "product_heads.txt", fold=True):
            return True
    return False


def org_cued(syls: list[Syllable], i: int) -> bool:
    """'hãng Nissan', 'ứng dụng Zalo', 'văn phòng Tomochain': a company or product cue."""
    return lexicon.ends_before(syls, i, "org_cues.txt")


def foreign_word(word: str) -> bool:
    """'Messi', 'Zidane': a capitalised Latin word of three letters or more that is no
    Vietnamese syllable, no English word and no abbreviation in capitals."""
    return len(word) >= 3 and word.isascii() and word.isalpha() and not vietnamese(word) \
        and not lexicon.english(word) and not word.isupper()


def foreign_spelt(word: str) -> bool:
    """'Mourinho', 'Suárez', 'Müller': a capitalised word of Latin letters (accents allowed) that
    no Vietnamese syllable and no English word spells."""
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower() \
        and all(ch.isascii() or ch in _WESTERN_MARKS for ch in word.casefold()) \
        and not vietnamese(word) and not lexicon.english(word)


_WESTERN_MARKS = frozenset("áéíóúàèìòùñüöäçëïåøæß")  # none of Vietnamese's own letters ("Ôtô")


def name_end(syls: list[Syllable], i: int, end: int, headline: bool = False) -> int:
    """'Donald Trump Đắc Cử', 'Ranieri Được Ví ...': a name in Latin letters ends before a
    capitalised Vietnamese word, unless a Vietnamese name goes on there ("Soobin Hoàng Sơn",
    "Angela Phương Trinh"). In a Title Case `headline` only a surname or a foreign given name
    before it carries the name on into Vietnamese words ("HLV Ranieri Được Tôn Vinh")."""
    for k in range(i + 2, end):
        if "-" in syls[k - 1].text and syls[k - 1].text.isascii() and not syls[k].text.isascii():
            return k  # "Moon Jae-in Đến ...": a hyphenated given name closes a Korean name
    if not syls[i].text.isascii() or vietnamese(syls[i].text):
        return end  # "Thu Quỳnh": a Vietnamese name
    for k in range(i + 1, end):
        if headline and syls[k].text.isascii() and not vietnamese(syls[k - 1].text) \
                and syls[k].text not in lexicon.name_words() and opens_word(syls, k):
            return k  # "Yingluck Ra Tòa": a Vietnamese word spelt in plain letters, then its pair
        if not syls[k].text.isascii():
            if k - i >= 2 and all(not vietnamese(s.text) for s in syls[i:k]):
                return k  # "Juan Cuadrado Từ Fiorentina": after two foreign words, no Vietnamese name
            if headline and not foreign_given(syls[k - 1].text) \
                    and not (surname_at(syls, k) and not opens_word(syls, k)):
                return k  # "HLV Miura Triệu Tập ...": a surname opening a word ("triệu tập")
            if (opens_word(syls, k) and not surname_at(syls, k)) \
                    or (syls[k].text not in lexicon.name_words() and lexicon.dictionary_word(syls[k].text)):
                return k  # "Đắc Cử", "Được": a Vietnamese word, capitalised by the line
            return end  # "Angela Phương Trinh", "H'Hen Niê": the name goes on
    return end

"""Text set in capitals ("CHỦ TỊCH UBND TỈNH QUẢNG TRỊ HOÀNG NAM KHÁNH ĐỐI THOẠI …"), as some
sites print headlines: capitals mark nothing there, so the rules read a Title Case copy of the
same length, in which abbreviations ("UBND", "TP", "HCM") keep their capitals. Offsets still
point into the original, so mentions keep the text as written."""

from __future__ import annotations

import re
from functools import cache

from .. import vi
from ..names import is_syllable
from . import lexicon

_WORD = re.compile(r"\w+(?:-\w+)*")
_VOWEL = re.compile(r"[AEIOUYĂÂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]", re.IGNORECASE)


def shouting(text: str) -> bool:
    """Nearly every letter a capital, over a few words at least."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 12 and len(text.split()) >= 4 \
        and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def title_cased(text: str) -> str:
    """'HÀ NỘI: KHỞI CÔNG … TẠI QUẬN LONG BIÊN' -> 'Hà Nội: Khởi Công … Tại Quận Long Biên';
    'KIM SANG-SIK' -> 'Kim Sang-sik'."""
    return _WORD.sub(lambda m: _hyphenated(m.group()) or _word(m.group()), text)


def names_in_capitals(text: str) -> str:
    """'Ảnh: THANH TÙNG', 'NGỌC HÀ thực hiện', 'HLV PARK HANG-SEO': in a line not set in
    capitals, two to four words in capitals that are all name words (given names, surnames,
    listed foreign names, Korean hyphenated given names) are a name set in capitals, read in
    Title Case; the same length."""
    if not any(len(w) > 1 and w.isupper() for w in text.split()):
        return text  # most lines: no word in capitals
    words = list(_WORD.finditer(text))
    out = list(text)
    k = 0
    while k < len(words):
        end = k
        while end < len(words) and _caps_name_word(words[end].group()) \
                and (end == k or text[words[end - 1].end() : words[end].start()] == " "):
            end += 1
        run = [_hyphenated(m.group()) or _word(m.group()) for m in words[k:end]]
        western = bool(run) and run[0] in vi.wordset("foreign_given_names.txt")  # "LIONEL MESSI"
        if _label(text, words, k, end):
            run = []  # "CHÍNH THỨC: Song Joong Ki ...": a headline's label, not a name
        if 2 <= len(run) <= 4 and not all("-" in w for w in run) and (western or all(
                w in lexicon.name_words() or w in _foreign_names() or "-" in w for w in run)):
            for m, cased in zip(words[k:end], run, strict=True):
                out[m.start() : m.end()] = cased
        k = max(end, k + 1)
    return "".join(out)


def _label(text: str, words: list[re.Match[str]], k: int, end: int) -> bool:
    """Do `words[k:end]` open the line as a headline's label ("CHÍNH THỨC:", "ĐỘC QUYỀN:")?"""
    label = " ".join(m.group() for m in words[k:end]).casefold()
    return k == 0 and end > k and text[words[end - 1].end() :].lstrip().startswith(":") \
        and label in vi.wordset("headline_labels.txt")


def _caps_name_word(word: str) -> bool:
    """'THANH', 'PARK', 'HANG-SEO': a syllable or a listed foreign name, in capitals."""
    return word.isupper() and len(word) > 1 and word.replace("-", "").isalpha() and (
        is_syllable(word) or _hyphenated(word) is not None or _foreign_word(word))


def _hyphenated(word: str) -> str | None:
    """'SANG-SIK' -> 'Sang-sik': a Korean given name, each part a syllable with a vowel, not all
    of them Vietnamese; not 'M-TP' or 'COVID-19'."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p.isalpha() and _VOWEL.search(p) for p in parts) \
            or max(len(p) for p in parts) < 3:
        return None
    if all(is_syllable(p) for p in parts):
        return "-".join(_word(p) for p in parts)  # "BÀ RỊA-VŨNG TÀU": Vietnamese words each
    return parts[0][0] + "-".join(parts)[1:].lower()


def _word(word: str) -> str:
    if any(ch.isdigit() for ch in word) or (not is_syllable(word) and not _foreign_word(word)):
        return word  # "UBND", "TP", "HCM", "U23": an abbreviation or a code
    cased = word[0] + word[1:].lower()
    return cased if len(cased) == len(word) else word


def _foreign_word(word: str) -> bool:
    """'PARK', 'INDONESIA', 'BUSAN': a foreign name the lexicons list, or a word of five letters
    or more with vowels enough to be read aloud that is no abbreviation or organisation the
    lexicons know in capitals ("FIFA", "VKSND", "BIDV")."""
    if word[0] + word[1:].lower() in _foreign_names():
        return True  # "PARK", "LEE": a family or given name the lexicons list
    vowels = len(_VOWEL.findall(word))
    return len(word) >= 5 and word.isalpha() and 3 * vowels >= len(word) and word not in _known_caps()


@cache
def _known_caps() -> frozenset[str]:
    return frozenset(vi.abbreviations()) | vi.wordset("orgs_known.txt") | vi.wordset("orgs_standalone.txt") \
        | vi.wordset("platforms.txt")


@cache
def _foreign_names() -> frozenset[str]:
    return vi.wordset("foreign_surnames.txt") | vi.wordset("foreign_given_names.txt") \
        | vi.wordset("western_surnames.txt")

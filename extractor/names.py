"""Shape tests for Vietnamese names, shared by the stages that read bylines and entities."""

from __future__ import annotations

import re

from . import vi

_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9&.\-]*[A-ZĐ0-9]$")
def is_syllable(word: str) -> bool:
    """A well-formed Vietnamese syllable ('xuân', 'long'); not 'ubnd', 'tp', 'marsh'."""
    from .legacy import is_vietnamese_syllable  # one validator for the whole package

    return is_vietnamese_syllable(word)


def is_capitalized(word: str) -> bool:
    """'Nguyễn', 'Đào', 'A' (first letter upper, the rest lower)."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word.isalpha()


def is_acronym(word: str) -> bool:
    """'UBND', 'TTKH', 'TP.HCM', 'KH&CN' (two or more capitals, maybe with . & -)."""
    return len(word) >= 2 and bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


def has_surname(words: list[str]) -> bool:
    surnames = vi.wordset("surnames.txt")
    return bool(words) and (words[0] in surnames or " ".join(words[:2]) in surnames)


def is_person_name(text: str, *, min_words: int = 2, max_words: int = 5,
                   allow_upper: bool = False) -> bool:
    """A plausible personal name or pen name: capitalised syllables only, no digits.

    'Đào Hữu Hảo', 'Anh Minh', 'Thu Trang'; with `allow_upper`, also 'XUÂN LONG' (bylines set
    in capitals). Title, organisation and place words are rejected.
    """
    if allow_upper and text.isupper() and all(is_syllable(w) for w in text.split()):
        text = text.title()
    words = _WORD.findall(text)
    if not (min_words <= len(words) <= max_words) or len(text) > 40:
        return False
    if not all(is_capitalized(w) for w in words):
        return False
    # "Đoàn Loan": Đoàn is a surname before it is a delegation.
    org = starts_with_org_head(text) and not has_surname(words)
    return not (org or starts_with_title(text) or text in _places())


def starts_with_org_head(text: str) -> str | None:
    """The organisation head noun `text` starts with, followed by a name ('Phòng TTKH')."""
    for head in vi.wordlist("org_heads.txt"):
        if text.startswith(head + " ") and len(text) > len(head) + 1:
            nxt = text[len(head) + 1 :].split()[0]
            if nxt[:1].isupper() or nxt[:1].isdigit():
                return head
    for abbr, (_, kind) in vi.abbreviations().items():
        if kind == "head" and text.startswith(abbr + " "):
            return abbr
    return None


def starts_with_title(text: str) -> str | None:
    lowered = text.casefold()
    for row in vi.table("titles.tsv"):
        t = row[0].casefold()
        if lowered == t or lowered.startswith(t + " "):
            return row[0]
    return None


def is_org_name(text: str) -> bool:
    """'Sở Y tế', 'Phòng TTKH', 'TTXVN', 'Báo Nhân Dân'."""
    text = text.strip()
    if text in vi.wordset("orgs_standalone.txt") or (is_acronym(text) and " " not in text):
        return True
    return starts_with_org_head(text) is not None


def _places() -> frozenset[str]:
    return vi.wordset("locations.txt")

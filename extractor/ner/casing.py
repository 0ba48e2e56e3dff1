"""Text set in capitals ("CHỦ TỊCH UBND TỈNH QUẢNG TRỊ HOÀNG NAM KHÁNH ĐỐI THOẠI …"), as some
sites print headlines: capitals mark nothing there, so the rules read a Title Case copy of the
same length, in which abbreviations ("UBND", "TP", "HCM") keep their capitals. Offsets still
point into the original, so mentions keep the text as written."""

from __future__ import annotations

import re

from ..names import is_syllable

_WORD = re.compile(r"\w+")


def shouting(text: str) -> bool:
    """Nearly every letter a capital, over a few words at least."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 12 and len(text.split()) >= 4 \
        and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def title_cased(text: str) -> str:
    """'HÀ NỘI: KHỞI CÔNG … TẠI QUẬN LONG BIÊN' -> 'Hà Nội: Khởi Công … Tại Quận Long Biên'."""
    return _WORD.sub(lambda m: _word(m.group()), text)


def _word(word: str) -> str:
    if any(ch.isdigit() for ch in word) or not is_syllable(word):
        return word  # "UBND", "TP", "HCM", "U23": an abbreviation or a code
    cased = word[0] + word[1:].lower()
    return cased if len(cased) == len(word) else word

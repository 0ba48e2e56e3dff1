"""Titles of works in quotes: 'phim “Tấm Cám: Chuyện chưa kể”', 'ca khúc “Nơi này có anh”'.

A quoted title after a noun naming a work (film, song, book, show: the "-" cues of
`non_person_cues.tsv`), or any quote in Title Case, names no one, whatever names it holds
("Doraemon: Nobita và ..."): the characters of a title are not people of the story. Places
stay ("đoạn phim “TP.HCM trong tim tôi”" is about the city).
"""

from __future__ import annotations

from . import cues, lexicon
from .analysis import Syllable

_OPEN = {"“": "”", "\"": "\"", "«": "»", "‘": "’", "'": "'"}
_MAX_TITLE = 25  # syllables: a quote that does not close by then is speech, not a title


def quoted(syls: list[Syllable], used: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each quoted title after a work noun, the quotes included; `used`:
    syllables that cannot open one."""
    out = []
    for k, s in enumerate(syls):
        close = _OPEN.get(s.text)
        if close is None or used[k]:
            continue
        for j in range(k + 1, min(len(syls), k + _MAX_TITLE)):
            if syls[j].text == close:
                if cues.cue_before(syls, k) == "-" or _title_cased(syls[k + 1 : j]):
                    out.append((k, j + 1))
                break
    return out


def _title_cased(inside: list[Syllable]) -> bool:
    """“Mùa Hè Năm Ấy”, “Ai Là Triệu Phú”: three words or more, every one capitalised, two of
    them no name words: the Title Case of a work's title, not a quoted name."""
    words = [s.text for s in inside if s.text.isalpha()]
    return len(words) >= 3 and len(words) == len(inside) and all(w[0].isupper() for w in words) \
        and sum(w not in lexicon.name_words() for w in words) >= 2

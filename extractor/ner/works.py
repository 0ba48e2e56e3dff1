"""Titles of works in quotes: 'phim “Tấm Cám: Chuyện chưa kể”', 'ca khúc “Nơi này có anh”'.

A quoted title after a noun naming a work (film, song, book, show: the "-" cues of
`non_person_cues.tsv`) names no one, whatever names it holds ("Doraemon: Nobita và ..."): the
characters of a title are not people of the story. Places stay ("đoạn phim “TP.HCM trong tim
tôi”" is about the city).
"""

from __future__ import annotations

from . import proper
from .analysis import Syllable

_OPEN = {"“": "”", "\"": "\"", "«": "»", "‘": "’"}
_MAX_TITLE = 25  # syllables: a quote that does not close by then is speech, not a title


def quoted(syls: list[Syllable], used: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each quoted title after a work noun, the quotes included; `used`:
    syllables that cannot open one."""
    out = []
    for k, s in enumerate(syls):
        close = _OPEN.get(s.text)
        if close is None or used[k] or proper.cue_before(syls, k) != "-":
            continue
        for j in range(k + 1, min(len(syls), k + _MAX_TITLE)):
            if syls[j].text == close:
                out.append((k, j + 1))
                break
    return out

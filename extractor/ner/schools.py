"""Schools named by a lowercase "trường" ("Con tôi học trường Nguyễn Thượng Hiền", "các trường
chuyên Lê Hồng Phong, Trần Đại Nghĩa"): most are named after people, whom the name rules would
otherwise find. The capitalised form ("Trường THPT Nguyễn Du") is an organisation head and is
read by `orgs`."""

from __future__ import annotations

from . import latin, lexicon
from .analysis import Syllable
from .shape import Cand, name_run

_PLURALS = frozenset({"các", "những", "hai", "ba"})


def lowercase(syls: list[Syllable], used: list[bool]):
    """'trường [kind] Name' with "trường" a word of its own (not "thị trường", "môi trường"):
    the name is the school (the name only, as with lowercase heads); after "các trường", the
    names listed after it by commas or "và" are schools too. A known place is where the school
    is ("trường Trung Quốc"), not its name."""
    for i, s in enumerate(syls):
        if s.text != "trường" or used[i] or (i and lexicon.common_word([syls[i - 1].text, s.text])):
            continue  # "thị trường", "đấu trường": other words ("nữ sinh trường X" is glued wrongly)
        k = i + 1 + lexicon.match(syls, i + 1, "school_kinds.txt")
        listed = i > 0 and syls[i - 1].text in _PLURALS
        while k < len(syls):
            end = name_run(syls, k, used)
            if end - k < 2 or lexicon.match(syls, k, "places") or not latin.vietnamese(syls[k].text):
                break  # "đấu trường Miss Universe": a contest
            yield Cand("ORG", k, end)
            if not (listed and end + 1 < len(syls) and syls[end].text in (",", "và")):
                break
            k = end + 1

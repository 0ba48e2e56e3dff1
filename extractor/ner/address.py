"""Address rules: the parts of Vietnamese addresses that name places without a lexicon entry.

"số 1 Nguyễn Huy Tưởng", "123 Võ Văn Tần, phường 6, quận 3, Tp. HCM", "Phan Huy Ích, P12",
"625/3 Xô Viết Nghệ Tĩnh, P.26, Q.BT", "Quốc lộ 1A". Streets named after people are places
here, so these rules run before the people rules. Each returns (start, end) syllable spans.
"""

from __future__ import annotations

import re

from .. import vi
from ..vi import pattern
from . import lexicon
from .analysis import Syllable
from .shape import person_syllable, unit_code

_NUMBERED_UNITS = {"phường", "quận", "ấp", "Phường", "Quận", "Ấp"}
_ALLEYS = {"ngõ", "ngách", "hẻm", "kiệt"}  # numbered alleys name themselves with the street
_ROADS = (("Quốc", "lộ"), ("quốc", "lộ"), ("Tỉnh", "lộ"), ("tỉnh", "lộ"), ("Quốc", "Lộ"), ("Tỉnh", "Lộ"),
          ("Đường", "tỉnh"),
          ("Vành", "đai"), ("vành", "đai"), ("đường", "tỉnh"))
_ROAD_CODES = ("QL", "ĐT", "TL", "ĐH", "DT")
_OPENERS = {",", "(", ":", "-", "–", "số", "Số", "tại", "ở", "Tại", "Ở", "từ", "về", "đến", "sang", "gần",
            "vực", "ngụ", "trú", "quê", "thuộc"}  # ... "khu vực Q.5", "ngụ Q.Gò Vấp": where one lives
# Abbreviated generic words before a place's name, which stay outside it like "TP" does:
# "KCN Tân Tạo" (industrial park), "KDC Trung Sơn" (residential area), "SVĐ Hàng Đẫy" (stadium),
# and the street words of property ads: "MT Nguyễn Trãi" (mặt tiền), "HXH Phan Xích Long".
_GENERIC_ABBREVIATIONS = {"KCN", "KCX", "KĐT", "KDC", "KKT", "SVĐ", "MT", "MP", "HXH", "HXT"}
_CLOSERS = {",", "(", ")", ".", ";", "-", "–"}


def _is_cap(s: Syllable) -> bool:
    return s.text[:1].isupper() and any(ch.isalpha() for ch in s.text)


def _run(syls: list[Syllable], i: int, used: list[bool], limit: int = 5) -> int:
    j = i
    while j < len(syls) and j - i < limit and not used[j] and _is_cap(syls[j]):
        j += 1
    return j


def _glued(syls: list[Syllable], i: int) -> tuple[str, int]:
    """The text of `syls[i]` and the syllables written against it ('625' '/' '3' -> '625/3',
    as the segmenter cuts them), and the index after them."""
    j = i + 1
    while j < len(syls) and syls[j].start == syls[j - 1].end and syls[j].text not in (",", ";", ")") \
            and not _full_stop(syls, j):
        j += 1
    return "".join(s.text for s in syls[i:j]), j


def _full_stop(syls: list[Syllable], j: int) -> bool:
    """A dot that ends the sentence ("… Quốc lộ 1.", "…, Q.12."), not one inside "Q.1"."""
    return syls[j].text == "." and (j + 1 == len(syls) or syls[j + 1].start > syls[j].end)


def _closed(syls: list[Syllable], j: int) -> bool:
    return j >= len(syls) or syls[j].text in _CLOSERS


def unit_abbreviation(syls: list[Syllable], i: int, used: list[bool]) -> int:
    """'P12', 'P.26', 'Q.1', 'Q.BT', 'Q.Bình Thạnh' after a comma or bracket: end, else 0."""
    text, after = _glued(syls, i)
    if not pattern("address", "unit").match(text) or any(used[i:after]):
        return 0
    end = _run(syls, after, used, 3) if text[2:3].isalpha() else after
    named = " ".join([text[2:]] + [s.text for s in syls[after:end]]) in lexicon.vietnam_places()
    if i > 0 and syls[i - 1].text not in _OPENERS and not (used[i - 1] and unit_code(syls, i)) \
            and not named:  # "giữa H.Đắk Glei và H.Phước Sơn": a known district, anywhere
        return 0  # ... or right after a street an ad named ("Lê Văn Sỹ Q.3")
    return end


def numbered_unit(syls: list[Syllable], i: int) -> int:
    """'phường 12', 'quận 3', 'đường số 7': the number alone names nothing, so the word stays."""
    if syls[i].text in _NUMBERED_UNITS and i + 1 < len(syls) \
            and pattern("address", "road_number").match(syls[i + 1].text):
        return i + 2
    if syls[i].text in ("đường", "Đường") and i + 2 < len(syls) and syls[i + 1].text == "số" \
            and pattern("address", "road_number").match(syls[i + 2].text):
        return i + 3
    return 0


_WIDTH = re.compile(r"^\d{1,2}(?:[.,]\d)?m$")


def alley(syls: list[Syllable], i: int, used: list[bool]) -> tuple[int, int]:
    """'ngõ 12 Phạm Ngọc Thạch', 'hẻm 285 Cách Mạng Tháng Tám', 'hẻm 6m Phan Đăng Lưu': the
    street after an alley's number (like a house number, it stays outside) or width."""
    if syls[i].text.casefold() not in _ALLEYS or i + 2 >= len(syls):
        return 0, 0
    number, after = _glued(syls, i + 1)
    end = _run(syls, after, used, 4)
    if end > after and (_WIDTH.match(number) or (pattern("address", "house").match(number)
                                                and not pattern("address", "date_like").match(number))):
        return after, end
    return 0, 0


def road(syls: list[Syllable], i: int) -> int:
    """'Quốc lộ 1', 'Tỉnh lộ 10', 'QL1A', 'QL 14'."""
    t, after = _glued(syls, i)
    code = next((c for c in _ROAD_CODES if t.startswith(c)), None)
    if code and pattern("address", "road_number").match(t[len(code) :]):
        return after  # "QL1A", "ĐT743"
    if t in _ROAD_CODES and after < len(syls):
        number, end = _glued(syls, after)
        if pattern("address", "road_number").match(number):
            return end  # "QL 14"
    if i + 2 < len(syls) and (syls[i].text, syls[i + 1].text) in _ROADS:
        number, end = _glued(syls, i + 2)
        if pattern("address", "road_number").match(number):
            return end  # "Quốc lộ 27C", "Vành đai 3"
    return 0


def street_after_number(syls: list[Syllable], i: int, used: list[bool]) -> tuple[int, int]:
    """'…, 123 Võ Văn Tần, …' / 'số 1 Nguyễn Huy Tưởng,': the name after a house number."""
    t, after = _glued(syls, i)
    if not pattern("address", "house").match(t) or pattern("address", "date_like").match(t):
        return 0, 0
    if i > 0 and syls[i - 1].text not in _OPENERS:
        return 0, 0
    end = _run(syls, after, used)
    if end > after and syls[after].text.casefold() in vi.wordset("number_units.txt"):
        return 0, 0  # "5 Người Mất Tích", "3 Căn Hộ": a count in a Title Case line, no street
    if end > after and (_closed(syls, end) or _house(syls, i) or _located(syls, i)):
        return after, end
    return 0, 0


def _located(syls: list[Syllable], i: int) -> bool:
    """'tại 19 Đinh Tiên Hoàng khuyến mãi ...': a number right after "tại" or "ở" is a house's."""
    return i > 0 and syls[i - 1].text.casefold() in ("tại", "ở")


def _house(syls: list[Syllable], i: int) -> bool:
    """'căn nhà số 47 …': a building noun and "số" before the number make it a house number."""
    return i > 0 and syls[i - 1].text == "số" and lexicon.ends_before(syls, i - 1, "house_nouns.txt")


def _person_before(syls: list[Syllable], i: int) -> bool:
    """'ông Trần Văn A, Quận 2', 'ca sĩ Đàm Vĩnh Hưng, Quận 2': a person, then where they live;
    'Hoàng Văn A' inside a longer capitalised run starts no street either."""
    return (i > 0 and person_syllable(syls[i - 1]) and not _opening_word(syls, i - 1)) \
        or lexicon.ends_before(syls, i, "honorifics", (1, 2, 3), fold=True)


def street_before_unit(syls: list[Syllable], i: int, used: list[bool], ad: bool = False) -> int:
    """'Phan Huy Ích, P12': a name followed by a ward or district is a street; in an ad, also
    one followed by a district's name ('Bán nhà Lê Văn Sỹ, Phú Nhuận')."""
    end = _run(syls, i, used, 4)
    if end - i < 2 or _person_before(syls, i):
        return 0
    code = next((k for k in range(i + 2, end + 1) if unit_code(syls, k)), None)
    if ad and code is not None:
        return code  # "Bán nhà Lê Văn Sỹ Q.3": in an ad, the district's code right after the street
    if end - i < 2 or end + 1 >= len(syls) or syls[end].text != ",":
        return 0
    k = end + 1
    nxt = syls[k].text
    if pattern("address", "unit").match(nxt) or numbered_unit(syls, k) or \
            (nxt in ("P", "Q", "p", "q") and k + 1 < len(syls) and syls[k + 1].text == "."):
        return end
    if ad and lexicon.match(syls, k, "places_vn") and not lexicon.match(syls, i, "places"):
        return end
    return 0


def dotted(syls: list[Syllable], i: int, used: list[bool]) -> tuple[int, int]:
    """'TP. HCM', 'Tp. Hồ Chí Minh' (the capitalised abbreviation is in the name) and
    'p. Thanh Xuân Trung' (the lowercase one is not)."""
    if i + 2 >= len(syls) or syls[i + 1].text != "." or used[i] \
            or not pattern("address", "dotted_cue").match(syls[i].text):
        return 0, 0
    if syls[i + 1].end != syls[i].end + 1:
        return 0, 0
    end = _run(syls, i + 2, used, 4)
    if end == i + 2:
        return 0, 0
    start = i if syls[i].text[:1].isupper() else i + 2
    return start, end


def _opening_word(syls: list[Syllable], i: int) -> bool:
    """The first word of a property ad ("Nhà", "Căn hộ", "Bán"), capitalised by its place."""
    return i == 0 and bool(lexicon.match(syls, 0, "ad_openers.txt", fold=True)
                           or pattern("address", "property").match(syls[0].text))


def find(syls: list[Syllable], used: list[bool]) -> list[tuple[int, int]]:
    """Address place spans, left to right, none overlapping a syllable already `used`."""
    used = list(used)
    ad = bool(pattern("address", "ad").search(" ".join(s.text for s in syls)))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(syls):
        if used[i]:
            i += 1
            continue
        span = _at(syls, i, used, ad)
        if span and span[1] > span[0]:
            out.append(span)
            for k in range(span[0], span[1]):
                used[k] = True
            i = span[1]
        else:
            i += 1
    return out


_LOWER_STARTS = frozenset("pqtđvnhkấ")  # p./q., phường/quận, tp., tỉnh lộ, đường tỉnh, vành đai, ngõ,
# hẻm, kiệt, ấp


def _at(syls: list[Syllable], i: int, used: list[bool], ad: bool = False) -> tuple[int, int] | None:
    if syls[i].text in _GENERIC_ABBREVIATIONS:
        return None  # the name after it is found from the next syllable on
    if _opening_word(syls, i):
        return None  # "Nhà đẹp ...", "Nhà Trương Định, Q.3": the ad's opening word, not a street's
    first = syls[i].text[:1]
    if not (first.isdigit() or first.isupper() or first in _LOWER_STARTS):
        return None  # most syllables: nothing an address rule could start with
    for rule in (numbered_unit, road):
        end = rule(syls, i)
        if end:
            return i, end
    end = unit_abbreviation(syls, i, used)
    if end:
        return i, end
    start, end = dotted(syls, i, used)
    if end:
        return start, end
    start, end = alley(syls, i, used)
    if end:
        return start, end
    start, end = street_after_number(syls, i, used)
    if end:
        return start, end
    end = street_before_unit(syls, i, used, ad)
    if end:
        return i, end
    end = _district_after_unit(syls, i, used)
    return (i, end) if end else None


def _district_after_unit(syls: list[Syllable], i: int, used: list[bool]) -> int:
    """'P12, Gò vấp': after a ward's code and a comma, a district's name however cased."""
    if i < 2 or syls[i - 1].text != "," or not used[i - 2] or not syls[i].text[:1].isupper():
        return 0
    n = lexicon.match(syls, i, "places_vn", fold=True)
    return i + n if n >= 2 and not any(used[i : i + n]) else 0

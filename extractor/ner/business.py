"""Businesses named by their trade or legal form rather than by a body's head noun: shops
("Điện tử Phú Quý", "Phòng khám Đa khoa Hoàn Mỹ Sài Gòn") and companies closed by a legal
form in Latin script ("Hung Thinh Corporation", "Solex International Co.Ltd")."""

from __future__ import annotations

import unicodedata

from . import lexicon, orgs
from .analysis import Syllable
from .shape import Cand, is_name_syllable, person_syllable, whole_words_end


def _after_head(syls: list[Syllable], i: int) -> bool:
    """Inside a longer name: right after an org head, or after a capitalised word that does
    not open the sentence ("... Dịch vụ Vận tải ...")."""
    if lexicon.ends_before(syls, i, "org_heads.txt", (1, 2, 3)):
        return True
    k = i - 1
    while k > 0 and syls[k - 1].token == syls[k].token:
        k -= 1
    return k > 0 and is_name_syllable(syls[k])


def _brand_run(syls: list[Syllable], k: int, used: list[bool]) -> int:
    """End of a brand: name-shaped words or capitals ("Hòa Phát", "ILA", "IVY"), and the
    place of its branch ("Hoàn Mỹ Sài Gòn")."""
    j = k
    while j < len(syls) and j - k < 3 and not used[j] and (
            person_syllable(syls[j]) or (syls[j].text.isupper() and syls[j].text.isalpha())):
        j += 1
    for m in range(k + 1, j):
        place = lexicon.match(syls, m, "places")
        if m + place > j and not any(used[m : m + place]):
            return m + place
    return j


_MARKETS = frozenset({"Chứng khoán", "Bất động sản", "Địa ốc"})


def shops(syls: list[Syllable], used: list[bool], headline: bool = False):
    """'Điện tử Phú Quý chuyên sửa ...', 'khai trương Phở Thìn', 'Phòng khám Đa khoa Hồng
    Phong': a capitalised trade, an optional capitalised descriptor ("Đa khoa"), then a
    capitalised brand, is the shop's name. Not in a Title Case line, where any word is
    capitalised."""
    if headline:
        return
    i = 0
    while i < len(syls):
        n = lexicon.match(syls, i, "trade_heads.txt")
        if not n or any(used[i : i + n]) or (i and syls[i - 1].token == syls[i].token) \
                or (i and is_name_syllable(syls[i - 1])) or _after_head(syls, i):
            # inside "Công ty CP Địa ốc ...", "Công ty Địa ốc Alibaba"
            i += 1
            continue
        k = _after_kinds(syls, i + n)  # "Đa khoa Quốc tế", "Sản phụ khoa": what kind of clinic
        end = whole_words_end(syls, k, _brand_run(syls, k, used))
        branch = any(lexicon.match(syls, m, "places") == end - m for m in range(k + 1, end))
        # "Chứng khoán Phố Wall", "Bất động sản Hà Nội": a place's market, no firm
        market = " ".join(t.text for t in syls[i : i + n]) in _MARKETS \
            and lexicon.match(syls, k, "places") == end - k
        if k < end and (end <= k + 3 or branch) and not market \
                and not all(lexicon.english(t.text) for t in syls[k:end]):
            end, at = orgs.defined_acronym(syls, end)
            yield Cand("ORG", i, end, alias=syls[at].text if at >= 0 else None, alias_at=at)
            i = end
        else:
            i += 1


def _after_kinds(syls: list[Syllable], k: int) -> int:
    """Past up to two capitalised words of a kind, each a common word going on in lowercase
    ("Đa khoa", "Quốc tế", "Sản phụ khoa"): where the brand starts."""
    for _ in range(2):
        j = k + 1
        while j < len(syls) and j - k <= 2 and syls[j].text.islower() and syls[j].text.isalpha():
            j += 1
        if j == k + 1 or not syls[k].text[:1].isupper() \
                or not lexicon.common_word([syls[k].text, syls[k + 1].text]):
            break
        k = j
    return k


def corporate(syls: list[Syllable], used: list[bool]):
    """'Hung Thinh Corporation', 'Solex International Co.Ltd': capitalised Latin words closed
    by a company's legal form are the company (up to four words before the suffix)."""
    for k in range(1, len(syls)):
        n = lexicon.match(syls, k, "corporate_suffixes.txt")
        if not n or any(used[k : k + n]):
            continue
        i = k
        while i > 0 and k - i < 4 and not used[i - 1] and syls[i - 1].text[:1].isupper() \
                and syls[i - 1].text.isalpha() and (syls[i - 1].text.isascii() or syls[i - 1].text.isupper()
                                                     or person_syllable(syls[i - 1])) \
                and not lexicon.match(syls, i - 1, "capital_honorifics"):
            i -= 1  # Latin words, an abbreviation ("VPĐD": representative office), a Vietnamese name
        if i < k:
            end = k + n
            if end < len(syls) and syls[end].text == "." and syls[end].start == syls[end - 1].end:
                end += 1  # "Corp."
            yield Cand("ORG", i, end)


def _initial(word: str) -> str:
    """'Điền' -> 'D', 'Hòa' -> 'H': a word's first letter without its marks, as tickers spell it."""
    return unicodedata.normalize("NFD", word[:1].replace("Đ", "D").replace("đ", "d"))[:1].upper()


def _spells(words: list[str], ticker: str) -> bool:
    """Does the ticker abbreviate these words? Two words or more: their initials open it ("Hòa
    Phát" HPG, "Khang Điền" KDH); one word: its letters hold the ticker's in order ("Vinamilk" VNM)."""
    if len(words) >= 2:
        initials = "".join(_initial(w) for w in words)
        return ticker.startswith(initials)
    letters = iter(unicodedata.normalize("NFD", words[0]).upper())
    return len(words[0]) > len(ticker) and all(ch in letters for ch in ticker)


def ticker_named(syls: list[Syllable], used: list[bool]):
    """'Khang Điền (KDH)', 'Thép Nam Kim (NKG)', 'Nawaplastic (NPL)': capitalised words right
    before a bracketed stock ticker that they abbreviate are the listed company (not "Mbappe
    (PSG)", a player and his club), with the industry word before them."""
    for k in range(1, len(syls) - 2):
        ticker = syls[k + 1].text
        if syls[k].text != "(" or syls[k + 2].text != ")" or used[k + 1] \
                or not (ticker.isupper() and ticker.isalpha() and 3 <= len(ticker) <= 4):
            continue
        i = k
        while i > 0 and k - i < 4 and not used[i - 1] and person_syllable(syls[i - 1]):
            i -= 1
        i = next((b for b in range(i, k) if _spells([s.text for s in syls[b:k]], ticker)), k)
        if i == k:
            continue
        n = next((n for n in (1, 2, 3) if i - n >= 0 and not any(used[i - n : i])
                  and lexicon.match(syls, i - n, "industry_heads.txt") == n), 0)
        i -= n  # "Thép Nam Kim", "Cao su Phước Hòa"
        yield Cand("ORG", i, k, alias=ticker, alias_at=k + 1)

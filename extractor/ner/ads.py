"""Shapes of classified ads and shop offers, which fill the rails of news home pages.

An ad names goods, property, jobs and the firm selling them, seldom a person: "Bán Maleic
Anhydride 99.5 %", "Dreamyo - Áo sơ mi SM3048 - 180.000đ", "Mead Johnson Nutrition - Sữa
Enfagrow A+". Capitalised foreign words there are brands and products, which the name
rules would otherwise read as people.
"""

from __future__ import annotations

from .. import vi
from . import latin, lexicon
from .analysis import Syllable
from .shape import Cand, admin_cue, at_start, person_syllable, surname_at

_DASHES = frozenset({"-", "–", "—"})
_MAX_BRAND = 4


def opening(syls: list[Syllable]) -> bool:
    """Does the text open like a classified ad ("Bán ...", "Cần tuyển ...")? Not when the
    word goes on into a longer one: "Bán kết", "Bán đảo", "Tuyển thủ", "Mua sắm"."""
    n = lexicon.match(syls, 0, "ad_openers.txt", fold=True)
    return bool(n) and syls[0].text[0].isupper() \
        and not (n < len(syls) and lexicon.common_word([syls[n - 1].text, syls[n].text]))


def _brand_word(word: str) -> bool:
    """'Dreamyo', 'Rohto', 'VN', 'LOTTE': a capitalised Latin word or an abbreviation."""
    return word.isascii() and word.isalpha() and word[0].isupper()


def _offer(syls: list[Syllable], k: int) -> bool:
    """What a seller's dash introduces: goods ("Sữa", "Kem chống nắng"), a service in English
    ("Tour", "Visa") or in a common word ("Săn sóc da")."""
    if k >= len(syls) or not syls[k].text[:1].isupper() or syls[k].text in lexicon.name_words():
        return False
    if lexicon.match(syls, k, "product_heads.txt", fold=True) or lexicon.english(syls[k].text):
        return True
    return k + 1 < len(syls) and lexicon.common_word([syls[k].text, syls[k + 1].text])


def advertiser(syls: list[Syllable], used: list[bool]) -> Cand | None:
    """'Fiditour - Tour Free & Easy', 'Rohto Mentholatum VN - Kem chống nắng': Latin words
    opening the text, a dash, then an offer, are the firm that makes it. A foreign word must
    be among them (a Vietnamese name before a dash is a person's: "Đông Nhi - Ông Cao Thắng"),
    and the first must be no given name ("Angela Baby - Nhiệt Ba")."""
    end = 0
    while end < len(syls) and end < _MAX_BRAND + 1 and not used[end] and _brand_word(syls[end].text):
        end += 1
    if not 0 < end <= _MAX_BRAND or end + 1 >= len(syls) or syls[end].text not in _DASHES:
        return None
    words = [s.text for s in syls[:end]]
    if all(latin.vietnamese(w) for w in words) or latin.foreign_first(words[0]) \
            or not _offer(syls, end + 1):
        return None
    return Cand("ORG", 0, end)


_FUNCTION_WORDS = frozenset({"của", "và", "ở", "tại", "cho", "với", "do", "bị", "được", "là", "có",
                             "trên", "gần", "trong", "ngoài", "này", "đó", "mới", "cũ", "cùng", "theo",
                             "về", "như", "từ", "để"})
_MAX_GOODS = 4  # "chuyển nhà trọn gói"


def lowercase_shops(syls: list[Syllable], used: list[bool]):
    """'quán bún đậu Cô Lan', 'cửa hàng nội thất Minh Hòa': a shop noun in lowercase, up to
    four lowercase words of what it sells, then a capitalised name of up to three words: the
    business's name (an address word in it is part of the brand: "Cô Lan", "Chú Tư")."""
    i = 0
    while i < len(syls):
        n = lexicon.match(syls, i, "shop_nouns.txt", fold=True)
        if not n or used[i] or (i and syls[i - 1].token == syls[i].token) \
                or (syls[i].text[0].isupper() and not at_start(syls, i)) \
                or (n == 1 and i + n < len(syls) and syls[i + n].text.islower()
                    and lexicon.common_word([syls[i].text, syls[i + 1].text])
                    and not lexicon.match(syls, i + 1, "shop_goods.txt", fold=True)):  # "tiệm trà sữa": goods
            # "quán triệt", "quán quân", "tiệm cận": other words; "Công ty
            # TNHH Dịch vụ ...": capitalised inside a name
            i += 1
            continue
        k = i + n
        while k < len(syls) and k - i - n < _MAX_GOODS and syls[k].text.isalpha() \
                and syls[k].text.islower() and syls[k].text not in _FUNCTION_WORDS:
            k += 1
        end = k
        while end < len(syls) and end - k < 3 and not used[end] and syls[end].text.isalpha() \
                and syls[end].text[0].isupper() and syls[end].text[1:].islower():
            end += 1
        full_name = end - k >= 3 and surname_at(syls, k)  # "quán Nguyễn Thị Lan": its owner, a person
        cued = k > i + n and lexicon.ends_before(syls, k, "honorifics", (1, 2), fold=True)  # "... đầu bếp X"
        # "chủ quán Lan": the owner, named right after a one-word shop noun
        cued = cued or (i > 0 and n == 1 and k == i + 1 and syls[i - 1].text == "chủ")
        english = end - k == 1 and lexicon.english(syls[k].text)  # "dịch vụ Fitness": a word
        # a place's name there is where the shop is ("cửa hàng Hà Nội"), unless only a district
        # is named so, a brand too ("tiệm vàng Kim Thành")
        place = lexicon.match(syls, k, "places") and not lexicon.district_only(syls, k, end)
        if k < end and not full_name and not cued and not english and not place \
                and not lexicon.match(syls, k, "orgs") and not admin_cue(syls, k):  # "... mặt tiền X"
            yield Cand("ORG", k, end)
            i = end
        else:
            i += 1


def address_brands(syls: list[Syllable], used: list[bool], headline: bool):
    """'Lẩu dê Bà Tám', 'nhà hàng hải sản Ông Già Cali', 'Đông y gia truyền Ông Lang Sáu': an
    address word capitalised in the middle of a sentence, after what a shop sells or the shop
    itself, opens the shop's brand, not a person ("bà Tám", lowercase, is one). Not in a Title
    Case line, where any word is capitalised."""
    if headline:
        return
    for k in range(1, len(syls) - 1):
        if used[k] or syls[k].text.casefold() not in vi.wordset("address_words.txt") \
                or not syls[k].text[0].isupper() or not syls[k - 1].text.isalpha() \
                or not syls[k - 1].text.islower() or not _sold_before(syls, k):
            continue
        end = k + 1
        while end < len(syls) and end - k <= 3 and not used[end] and person_syllable(syls[end]):
            end += 1
        if end > k + 1:
            yield Cand("ORG", k, end)


def _sold_before(syls: list[Syllable], k: int) -> bool:
    """A shop noun, a trade or goods within the four words before `k`; no place word right
    before ("quán karaoke trên phố Bà Triệu": a street)."""
    if lexicon.ends_before(syls, k, "place_cues.txt", (1, 2, 3), fold=True):
        return False
    return any(lexicon.match(syls, m, name, fold=True) for m in range(max(0, k - 4), k)
               for name in ("shop_nouns.txt", "trade_heads.txt", "shop_goods.txt"))

"""Organisations: names from the lexicons, head nouns with the name that follows ("Sở Y tế
Hà Nội", "Công ty chứng khoán Trường Sơn", "Sở Văn hóa, Thể thao và Du lịch Phú Yên"),
abbreviations a page defines ("(CDC)"), clubs before "FC", bodies of a place ("LĐBĐ Việt Nam").
Vietnamese capitalises only the first word of a name, so where a name ends is the hard part:
lowercase words are taken only where the name visibly goes on or ends."""

from __future__ import annotations

import re

from .. import vi
from ..names import is_acronym, is_syllable
from . import lexicon
from .analysis import Syllable
from .shape import (
    CONNECTORS,
    Cand,
    is_name_syllable,
    is_name_syllable_at,
    is_place,
    name_run,
    person_after_surname,
    person_after_surname_safe,
    person_syllable,
    surname_at,
    surname_at_safe,
)


def defined_acronym(syls: list[Syllable], end: int) -> tuple[int, int]:
    """'Trung tâm Kiểm soát bệnh tật (CDC)': lowercase words up to a bracketed abbreviation
    belong to the name (Vietnamese capitalises only a name's first word), and the abbreviation
    becomes an alias."""
    k = end
    while k < len(syls) and k - end < 14 and (syls[k].text.isalpha() or syls[k].text == ",") \
            and syls[k].text not in ("và", "của", "tại", "ở", "với", "cho") \
            and not lexicon.match(syls, k, "org_heads.txt"):
        k += 1
    if k + 2 < len(syls) and syls[k].text == "(" and syls[k + 2].text == ")" \
            and (is_acronym(syls[k + 1].text) or re.fullmatch(r"[A-Z]\d{2,3}", syls[k + 1].text)) \
            and not lexicon.match(syls, k + 1, "places"):
        return k, k + 1  # "(CDC)", "(C03)"; not "(TP.HCM)"
    return end, -1


def find(syls: list[Syllable], used: list[bool], found: list[Cand],
          known_acronyms: frozenset[str] = frozenset()):
    titled_ends = {c.j for c in found if c.kind == "TITLE"}
    known = set(known_acronyms)
    used_alias: set[int] = set()  # the bracketed abbreviation itself is the alias's mention
    i = 0
    while i < len(syls):
        if used[i]:
            i += 1
            continue
        n = (lexicon.match(syls, i, "org_heads.txt") or lexicon.match(syls, i, "head_abbreviations"))
        whole = _whole_org(syls, i)
        if n == 1 and not whole and _person_not_org(syls, i, used):
            i += 1  # "Đoàn Loan", "Trường Giang": people, not the delegation or school + name
            continue
        end = i + n
        if n and not any(used[i : i + n]):
            head = " ".join(s.text for s in syls[i : i + n])
            end = extend(syls, i + n, used, cut_person=i in titled_ends, head=head)
            if end > i + n and (is_place(syls, i, end) or (head in _PLACE_HEADS
                                                             and is_place(syls, i + n, end))):
                end = i + n  # "Hội An" is a town; "Báo Thái Lan" is the Thai press (a place)
        if whole and surname_at_safe(syls, i + whole) and person_after_surname(syls, i + whole, used):
            end = i + whole  # "Chủ tịch Quốc hội Vương Đình Huệ"
        complete = bool(whole) and not any(used[i : i + whole]) and i + whole >= end
        if complete and _posted_on(syls, i, whole):
            i += whole  # "đăng lên Instagram", "qua Zalo, Facebook": a platform, not a body
            continue
        if complete:
            end = i + whole
            if n == 0:
                end = _place_after_known(syls, end, used)  # "Samsung Việt Nam", "Yokohama FC"
        if end > i + n or complete:
            end, at = defined_acronym(syls, end)
            alias = syls[at].text if at >= 0 else None
            if alias:
                known.add(alias)
                used_alias.add(at)
            yield Cand("ORG", i, end, alias=alias, alias_at=at)
            i = end
            continue
        if n and end == i + n and syls[i].text in vi.abbreviations() and _admin_word(syls, end):
            yield Cand("ORG", i, end + 1)  # "UBND tỉnh", "HĐND huyện": the local one
            i = end + 1
            continue
        if syls[i].text in known and i not in used_alias:
            yield Cand("ORG", i, i + 1)
        elif place := _acronym_of_place(syls, i, used):
            yield Cand("ORG", i, i + 1 + place)  # "LĐBĐ Việt Nam", "VFF Việt Nam"
            i += 1 + place
            continue
        i += 1


def _person_not_org(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    """A one-word head that is also a surname or given name, opening a short run of name
    words: "Đoàn Loan", "Trường Giang - Nhã Phương" (not "Trường Chu Văn An", a school)."""
    if surname_at(syls, i):
        return person_after_surname(syls, i, used)
    end = name_run(syls, i, used)
    names = vi.wordset("given_names.txt") | vi.wordset("surnames.txt")
    return syls[i].text in names and 2 <= end - i <= 3 and all(
        s.text in names for s in syls[i:end]) and not is_name_syllable_at(syls, end)


def _acronym_of_place(syls: list[Syllable], i: int, used: list[bool]) -> int:
    """An unknown abbreviation right before a country or province names a body of that place:
    the length of the place, else 0."""
    t = syls[i].text
    foreign = t.isalpha() and t[:1].isupper() and not is_syllable(t) \
        and t.casefold() not in vi.wordset("english_words.txt") \
        and t not in vi.wordset("foreign_given_names.txt") and t not in vi.wordset("not_name_words.txt")
    if not (is_acronym(t) or foreign) or "." in t or t in vi.abbreviations() \
            or t in vi.wordset("not_org_acronyms.txt"):
        return 0  # "LĐBĐ Việt Nam", "Topenland Bình Định"; not "GDP Việt Nam"
    if lexicon.match(syls, i, "places"):
        return 0
    n = lexicon.match(syls, i + 1, "places")
    if n and not any(used[i : i + 1 + n]) and not is_name_syllable_at(syls, i + 1 + n):
        return n
    return 0


_POSTED_ON = {"trên", "lên", "qua", "vào", "từ", "với"}


def _posted_on(syls: list[Syllable], i: int, n: int) -> bool:
    """A platform named as the place something is posted, watched or sent."""
    if " ".join(s.text for s in syls[i : i + n]) not in vi.wordset("platforms.txt"):
        return False
    k = i - 1
    while k >= 1 and syls[k].text in (",", "và", "hoặc") and syls[k - 1].text in vi.wordset("platforms.txt"):
        k -= 2  # "qua Zalo, Facebook"
    return k >= 0 and syls[k].text.casefold() in _POSTED_ON


def _place_after_known(syls: list[Syllable], end: int, used: list[bool]) -> int:
    """A known company or club followed by its country or city, or by 'FC': one name."""
    if end < len(syls) and syls[end].text in ("FC", "F.C."):
        return end + 1
    k = end
    while (n := lexicon.match(syls, k, "places")) and not any(used[k : k + n]):
        k += n  # "LG Display Việt Nam Hải Phòng"
    return end if is_name_syllable_at(syls, k) else k


def _whole_org(syls: list[Syllable], i: int) -> int:
    """A complete organisation name from the lexicons; 'Bộ công an' as written by some pages
    matches case-folded when its first letter is a capital."""
    n = lexicon.match(syls, i, "orgs") or lexicon.match(syls, i, "org_abbreviations")
    if not n and is_name_syllable(syls[i]):
        n = lexicon.match(syls, i, "orgs", fold=True)
        n = n if n > 1 else 0
    if n and _standalone_head(syls, i, n) and i + n < len(syls) and is_name_syllable(syls[i + n]) \
            and not (surname_at(syls, i + n) and person_after_surname(syls, i + n, [False] * len(syls))):
        return 0  # "Công an tỉnh Nghệ An": the head goes on into a longer name
    return n  # ... but "Chủ tịch Quốc hội Vương Đình Huệ": a person follows


def _standalone_head(syls: list[Syllable], i: int, n: int) -> bool:
    return n == lexicon.match(syls, i, "org_heads.txt")


def extend(syls: list[Syllable], i: int, used: list[bool], *, cut_person: bool,
                head: str = "") -> int:
    """End of the organisation name starting at `i` (exclusive); `i` when none."""
    j = i
    while j < len(syls) and not used[j]:
        s = syls[j]
        if is_name_syllable(s) or (s.text[:1].isdigit() and _unit_number(syls, j, i, head)):
            j += 1
        elif j > i and s.token == syls[j - 1].token and s.text.isalpha() \
                and _caps_in_token(syls, i, j) <= 1:
            j += 1  # lowercase syllable of a capitalised word: "Hàn lâm", "Y tế"
        elif j > i and lexicon.match(syls, j - 1, "org_heads.txt", fold=True) >= 2:
            j += 1  # "Tỉnh ủy", "Thành ủy" inside a longer name
        elif inner := _inner_words(syls, j, i):
            j += inner  # "Viện Kiểm sát nhân dân tỉnh ...", "Công ty chứng khoán Trường Sơn"
        elif j > i and s.text == "số" and j + 1 < len(syls) and syls[j + 1].text.isdigit():
            j += 2  # "Đội CSGT số 6"
        elif j > i and s.text == "." and syls[j - 1].text in ("TP", "Tp") \
                and j + 1 < len(syls) and is_name_syllable(syls[j + 1]):
            j += 1  # "UBND TP. Hà Nội"
        elif fields := _field_list(syls, j, i, head):
            j += fields  # "Sở Văn hóa, Thể thao và Du lịch Phú Yên"
        elif tail := _lowercase_tail(syls, j, i, head, used):
            j += tail  # "Cục Quản lý thị trường Hứa Thanh Bình", "Cục Quản lý chất lượng (Bộ ...)"
        elif line := _business_line(syls, j, i, head, used):
            j += line  # "Công ty TNHH Giày da Phú Lâm": the trade, then the brand
        elif pair := _domain_pair(syls, j, i, head):
            j += pair  # "Sở Quy hoạch - kiến trúc"
        elif _bridge(syls, j, i) and not (s.text in ("-", "–") and head in _NO_DASH_HEADS):
            j += 1
        else:
            break
    if cut_person:
        j = _cut_person(syls, i, j)
    return j


_NUMBERED_HEADS = {"Quân khu", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Trung đoàn", "Tiểu đoàn",
                   "Bệnh viện", "Hải đoàn", "Binh đoàn", "Vùng", "Xí nghiệp"}


_PLACE_HEADS = {"Báo", "báo", "Đài", "Hội"}  # "Báo Thái Lan": the country's press


_NO_DASH_HEADS = {"Công ty", "Công ty CP", "Công ty TNHH", "Công ty cổ phần", "Tập đoàn", "Hãng"}


_DOMAIN_HEADS = {"Sở", "Bộ", "Ban", "Vụ", "Cục", "Viện", "Trung tâm", "Tổng cục", "Chi cục"}


def _field_list(syls: list[Syllable], j: int, start: int, head: str) -> int:
    """A department's fields listed with commas and closed by 'và': from the comma at `j`
    through the 'và' (the words after it are taken as usual)."""
    if head not in _DOMAIN_HEADS or j <= start or syls[j].text != ",":
        return 0
    def field_at(k: int) -> bool:  # a capitalised word that does not open another body
        return k < len(syls) and is_name_syllable(syls[k]) and not (
            lexicon.match(syls, k, "org_heads.txt") or lexicon.match(syls, k, "places"))

    k = j
    while k < len(syls) and syls[k].text == "," and field_at(k + 1):
        k += 1
        while k < len(syls) and syls[k].text != "và" and (is_name_syllable(syls[k]) or (
                syls[k].text.isalpha() and syls[k].token == syls[k - 1].token)):
            k += 1
    if k > j + 1 and k < len(syls) - 1 and syls[k].text == "và" and field_at(k + 1):
        return k + 1 - j
    return 0


def _lowercase_tail(syls: list[Syllable], j: int, start: int, head: str, used: list[bool]) -> int:
    """Lowercase words closing a state body's name (Vietnamese capitalises only its first
    word), kept only where the name visibly ends: before a bracket or a person's full name."""
    if head not in _DOMAIN_HEADS or j <= start or not syls[j].text.islower() or not syls[j].text.isalpha():
        return 0
    k, tokens = j, 0
    while k < len(syls) and syls[k].text.isalpha() and syls[k].text.islower() and tokens < 3:
        if k == j or syls[k].token != syls[k - 1].token:
            tokens += 1
        k += 1
    while k < len(syls) and k > j and syls[k].token == syls[k - 1].token and syls[k].text.islower():
        k += 1
    if any(lexicon.match(syls, m, "clause_words.txt") or lexicon.match(syls, m, "honorifics")
           or syls[m].text in CONNECTORS for m in range(j, k)):
        return 0
    if k < len(syls) and (syls[k].text == "(" or person_after_surname_safe(syls, k, used)):
        return k - j
    return 0


def _business_line(syls: list[Syllable], j: int, start: int, head: str, used: list[bool]) -> int:
    """A company's trade written after its first capitalised word and before its brand
    ('Giày da Phú Lâm', 'Thực phẩm sạch Hoa Sen'): one or two lowercase syllables right after
    the name's first word, when a capitalised brand of its own follows."""
    if head not in _NO_DASH_HEADS or j != start + 1 or not is_name_syllable(syls[start]):
        return 0
    k = j
    while k < len(syls) and k - j < 2 and syls[k].text.isalpha() and syls[k].text.islower():
        k += 1
    if k == j or k >= len(syls) or used[k] or not person_syllable(syls[k]) \
            or any(lexicon.match(syls, m, "clause_words.txt") for m in range(j, k)):
        return 0
    if lexicon.match(syls, k, "org_heads.txt") or lexicon.match(syls, k, "titles", fold=True):
        return 0
    return k - j


def _unit_number(syls: list[Syllable], j: int, start: int, head: str) -> bool:
    """'Quân khu 7', 'Bệnh viện 108', 'Đội CSGT số 6'; not 'CLB Nam Định 50 triệu đồng'."""
    if j == start:
        return head in _NUMBERED_HEADS
    if any(" ".join(s.text for s in syls[k:j]) in _NUMBERED_HEADS for k in range(max(start, j - 3), j)):
        return True  # "Bộ Tư lệnh Quân khu 7"
    nxt = syls[j + 1].text if j + 1 < len(syls) else ""
    return len(syls[j].text) <= 4 and nxt not in vi.wordset("number_units.txt") and nxt != "%"


def _lowercase_before_dash(syls: list[Syllable], j: int) -> int:
    """'Trung tâm thông tin - Tư liệu': a lowercase first field, then a dash and a capital."""
    k = j
    while k < len(syls) and syls[k].token == syls[j].token and syls[k].text.isalpha() \
            and syls[k].text.islower():
        k += 1
    if k > j and k + 1 < len(syls) and syls[k].text in ("-", "–") and is_name_syllable(syls[k + 1]):
        return k - j
    return 0


def _caps_in_token(syls: list[Syllable], start: int, j: int) -> int:
    """Capitalised syllables right before `syls[j]` in its word, from `start` on. The segmenter
    sometimes glues a verb to a name ("Hoàng_Gia_thông_báo"): a lowercase syllable after one
    capital ("Hàn_lâm", "Đào_tạo") is part of the name, one after two capitals is not."""
    k = j
    while k > start and syls[k - 1].token == syls[j].token and is_name_syllable(syls[k - 1]):
        k -= 1
    return j - k


def _inner_words(syls: list[Syllable], j: int, start: int) -> int:
    """Lowercase words that stand inside organisation names ('nhân dân', 'quốc gia',
    'chứng khoán'): kept when the name goes on with a capital, or when they close a name
    ('suffix' entries)."""
    n = lexicon.match(syls, j, "org_inner")
    if not n:
        return 0
    k = j + n
    while k < len(syls) and (lexicon.match(syls, k, "org_inner") or syls[k].text in lexicon.admin_words()):
        k += lexicon.match(syls, k, "org_inner") or 1
    if k < len(syls) and is_name_syllable(syls[k]):
        return n
    return n if j > start and lexicon.inner_suffix(syls, j, n) else 0


def _domain_pair(syls: list[Syllable], j: int, start: int, head: str) -> int:
    """'Sở Kế hoạch - đầu tư', 'Sở Tài nguyên - môi trường': a department's two fields joined
    by a dash, the second written lowercase (one word)."""
    if head in _DOMAIN_HEADS and j == start:
        return _lowercase_before_dash(syls, j)
    if head not in _DOMAIN_HEADS or j <= start or syls[j].text not in ("-", "–"):
        return 0
    k = j + 1
    if k >= len(syls) or not (syls[k].text.isalpha() and syls[k].text.islower()):
        return 0
    token = syls[k].token
    while k < len(syls) and syls[k].token == token and syls[k].text.isalpha():
        k += 1
    return k - j if k - j >= 3 else 0


def _admin_word(syls: list[Syllable], k: int) -> bool:
    return k < len(syls) and syls[k].text in {"tỉnh", "huyện", "xã", "quận", "phường", "TP"}


def _bridge(syls: list[Syllable], j: int, start: int) -> bool:
    """Connectors and admin words inside a name when a capitalised syllable follows."""
    s = syls[j].text
    if s not in CONNECTORS and s not in lexicon.admin_words():
        return False
    k = j
    while k < len(syls) and syls[k].text in (CONNECTORS | lexicon.admin_words()):
        k += 1
    if s in CONNECTORS and j == start:
        return False
    if s in CONNECTORS and lexicon.match(syls, k, "org_heads.txt"):
        return False  # "Sở Tài chính và Sở Nội vụ": two bodies
    return k < len(syls) and is_name_syllable(syls[k])


def _cut_person(syls: list[Syllable], i: int, j: int) -> int:
    """In 'Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh', end the org before the person's name; in
    'Phó Chủ tịch UBND tỉnh Đặng Văn Minh' the org is 'UBND tỉnh'."""
    for k in range(i + 1, j - 1):
        if (j - k) <= 4 and surname_at(syls, k) and not lexicon.match(syls, k, "places") \
                and syls[k - 1].token != syls[k].token \
                and (any(is_name_syllable(s) for s in syls[i:k])
                     or all(s.text in lexicon.admin_words() or s.text == "TP" for s in syls[i:k])) \
                and all(person_syllable(s) for s in syls[k:j]):
            return k
    return j


def clubs(syls: list[Syllable], used: list[bool]):
    """'Yokohama FC', 'Los Angeles FC': a capitalised name before 'FC' is a club."""
    for k, s in enumerate(syls):
        if s.text not in ("FC", "F.C.") or used[k]:
            continue
        i = k
        while i > 0 and k - i < 3 and not used[i - 1] and is_name_syllable(syls[i - 1]):
            i -= 1
        if i < k:
            yield Cand("ORG", i, k + 1)

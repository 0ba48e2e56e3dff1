"""Where an organisation's name ends. Vietnamese capitalises only a name's first word, so the
words after a head noun are taken while they visibly belong to the name: capitals, the
lowercase rest of a capitalised word, inner words ("nhân dân", "chứng khoán"), administrative
words before a place, domain pairs and comma-listed fields, a trade before a brand, a unit's
number, and lowercase words that end at a bracket or a person's name; never a verb of the
sentence, another body, or the person a title introduces."""

from __future__ import annotations

from .. import vi
from ..names import is_syllable
from . import lexicon
from .analysis import Syllable
from .shape import (
    CONNECTORS,
    foreign_name_at,
    hyphenated_name_at,
    is_name_syllable,
    name_run,
    person_after_surname_safe,
    person_syllable,
    surname_at,
)


def _word_rest(syls: list[Syllable], j: int) -> int:
    """How many lowercase syllables from `j` finish the dictionary word the capitalised
    syllable before them opens, when the name goes on with a capital after it ("Xuất nhập khẩu
    Nông sản": 2), else 0; not "Hà Nội ban hành", where a verb follows the name."""
    if not is_name_syllable(syls[j - 1]) or not syls[j].text.islower() or not syls[j].text.isalpha():
        return 0
    for n in (2, 1):
        words = [syls[j - 1].text] + [s.text for s in syls[j : j + n]]
        if len(words) == n + 1 and all(w.isalpha() for w in words) and lexicon.common_word(words) \
                and j + n < len(syls) and is_name_syllable(syls[j + n]):
            return n
    return 0


def _glued_verb(syls: list[Syllable], j: int) -> bool:
    """'Vietjet_mở': the segmenter glued a verb to a foreign name; a Vietnamese word it glued
    ("Hàn_lâm") has a Vietnamese first syllable."""
    return not is_syllable(syls[j - 1].text)


def extend(syls: list[Syllable], i: int, used: list[bool], *, cut_person: bool,
           head: str = "") -> int:
    """End of the organisation name starting at `i` (exclusive); `i` when none."""
    j = i
    while j < len(syls) and not used[j]:
        s = syls[j]
        if is_name_syllable(s) or (s.text[:1].isdigit() and _unit_number(syls, j, i, head)):
            j += 1
        elif j > i and s.token == syls[j - 1].token and s.text.isalpha() \
                and _caps_in_token(syls, i, j) <= 1 and not _glued_verb(syls, j):
            j += 1  # lowercase syllable of a capitalised word: "Hàn lâm", "Y tế"
        elif j > i and (rest := _word_rest(syls, j)):
            j += rest  # "Xuất nhập khẩu", "Nông sản": a capitalised word goes on in lowercase
        elif j > i and lexicon.match(syls, j - 1, "org_heads.txt", fold=True) >= 2:
            j += 1  # "Tỉnh ủy", "Thành ủy" inside a longer name
        elif inner := _inner_words(syls, j, i):
            j += inner  # "Viện Kiểm sát nhân dân tỉnh ...", "Công ty chứng khoán Trường Sơn"
        elif j > i and s.text == "số" and _small_number(syls, j + 1):
            j += 2  # "Đội CSGT số 6"
        elif s.text in ("quận", "phường") and _small_number(syls, j + 1):
            j += 2  # "UBND quận 1", "Công an phường 5": the number closes the name
            break
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


_NO_DASH_HEADS = {"Công ty", "Công ty CP", "Công ty TNHH", "Công ty cổ phần", "Tập đoàn", "Hãng"}


_DOMAIN_HEADS = {"Sở", "Bộ", "Ban", "Vụ", "Cục", "Viện", "Trung tâm", "Tổng cục", "Chi cục", "Đội", "Phòng",
                 "Cơ quan"}


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


def _parent_at(syls: list[Syllable], k: int) -> bool:
    """A capitalised place or body right after a unit's lowercase words ("... bệnh tật TP.HCM",
    "... Chống độc Bệnh viện Bạch Mai", "... điều tra Công an TP.HCM"): the name goes on."""
    return is_name_syllable(syls[k]) and bool(
        lexicon.match(syls, k, "places") or lexicon.match(syls, k, "org_heads.txt")
        or syls[k].text in ("TP", "TP.HCM"))


def _lowercase_tail(syls: list[Syllable], j: int, start: int, head: str, used: list[bool]) -> int:
    """Lowercase words closing a state body's name (Vietnamese capitalises only its first
    word), kept only where the name visibly ends: before a bracket or a person's full name."""
    if head not in _DOMAIN_HEADS or j <= start or not syls[j].text.islower() or not syls[j].text.isalpha():
        return 0
    k, tokens = j, 0
    while k < len(syls) and syls[k].text.isalpha() and syls[k].text.islower() and tokens < 3 \
            and syls[k].text != "số":
        if k == j or syls[k].token != syls[k - 1].token:
            tokens += 1
        k += 1
    while k < len(syls) and k > j and syls[k].token == syls[k - 1].token and syls[k].text.islower():
        k += 1
    if any(lexicon.match(syls, m, "clause_words.txt") or lexicon.match(syls, m, "honorifics")
           or lexicon.match(syls, m, "titles", fold=True) or syls[m].text in CONNECTORS for m in range(j, k)):
        return 0  # a verb, an honorific or a title ("... thi tuyển giám đốc ..."): the sentence
    if k < len(syls) and (syls[k].text == "(" or person_after_surname_safe(syls, k, used)):
        return k - j
    if k > j + 1 and syls[k - 1].text in ("quận", "phường") and _small_number(syls, k) and not used[k]:
        return k + 1 - j  # "Phòng Quản lý đô thị quận 8": the numbered district closes it
    if k < len(syls) and not used[k] and (_parent_at(syls, k) or (
            syls[k].text == "số" and k + 1 < len(syls) and syls[k + 1].text.isdigit())):
        return k - j  # "Trung tâm Kiểm soát bệnh tật TP.HCM", "Đội CSGT đường bộ số 2"
    return 0


_DESCRIBED_HEADS = {"Trung tâm", "Công ty", "Cửa hàng", "Xưởng", "Nhà hàng"}


def _business_line(syls: list[Syllable], j: int, start: int, head: str, used: list[bool]) -> int:
    """A company's trade written after its first capitalised word and before its brand
    ('Giày da Phú Lâm', 'Thực phẩm sạch Hoa Sen'): one or two lowercase syllables right after
    the name's first word, when a capitalised brand of its own follows."""
    opening = j == start and head in _DESCRIBED_HEADS  # "Trung tâm tiếng Nhật Sakura"
    if not opening and (head not in _NO_DASH_HEADS or j != start + 1 or not is_name_syllable(syls[start])):
        return 0
    k = j
    while k < len(syls) and k - j < (3 if opening else 2) and syls[k].text.isalpha() \
            and (syls[k].text.islower() or (opening and k > j and lexicon.match(syls, k, "places"))):
        k += 1  # "tiếng Nhật": a language's country is part of the description
    if k == j or k >= len(syls) or used[k] or not person_syllable(syls[k]) \
            or any(lexicon.match(syls, m, "clause_words.txt") for m in range(j, k)):
        return 0
    if lexicon.match(syls, k, "org_heads.txt") or lexicon.match(syls, k, "titles", fold=True):
        return 0
    return k - j


def _small_number(syls: list[Syllable], k: int) -> bool:
    return k < len(syls) and syls[k].text.isdigit() and len(syls[k].text) <= 2


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
                and (syls[k - 1].token != syls[k].token or _abbreviation(syls[k - 1])) \
                and (any(is_name_syllable(s) for s in syls[i:k])
                     or all(s.text in lexicon.admin_words() or s.text == "TP" for s in syls[i:k])
                     or lexicon.match(syls, i, "org_inner") == k - i) \
                and name_run(syls, k, [False] * len(syls)) >= j:  # "Trần văn Tùng" too
            return k
        if any(is_name_syllable(s) for s in syls[i:k]) and (
                foreign_name_at(syls, k) or hyphenated_name_at(syls, k)
                or _foreign_after_country(syls, k, j)):
            return k  # "Bộ trưởng Quốc phòng Úc Richard Marles", "... Canada Melanie Joly"
    return j


def _abbreviation(s: Syllable) -> bool:
    """'KH&CN', 'GD&ĐT': no Vietnamese word goes on from an abbreviation, so a surname the
    segmenter glued to one ('KH&CN_Phạm_Vũ_Luận') still starts a new word."""
    return len(s.text) >= 2 and s.text.isupper() and not person_syllable(s)


def _foreign_after_country(syls: list[Syllable], k: int, j: int) -> bool:
    """A country, then the run's last two or three words, Latin script that no Vietnamese
    syllable spells: a foreign person after the body's country."""
    return 2 <= j - k <= 3 \
        and any(lexicon.match(syls, c, "countries.txt") == k - c for c in range(max(0, k - 3), k)) \
        and all(person_syllable(s) and s.text.isascii() and not is_syllable(s.text.casefold())
                for s in syls[k:j])

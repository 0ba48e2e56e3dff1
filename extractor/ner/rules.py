"""Span rules over one text's syllables: titles, organisations, people, locations.

Order matters and is fixed: titles, then organisations (which stop before a person named right
after "Title Org"), then people (honorific cue, surname lexicon, right after a title, or the CRF
tagger for names it is sure of), then places. A syllable belongs to at most one span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import vi
from ..names import is_acronym, is_syllable
from . import address, lexicon, proper
from .analysis import Syllable

_CONNECTORS = {"và", "-", "–", "&"}
_MAX_PERSON = 5


@dataclass
class Cand:
    kind: str  # PER, ORG, LOC, TITLE
    i: int  # first syllable
    j: int  # one past the last syllable
    name: str = ""  # normalised name (ORG: head added for implied orgs)
    flags: list[str] = field(default_factory=list)
    implied_org: Cand | None = None
    alias: str | None = None  # an abbreviation the text defines for this organisation
    alias_at: int = -1  # its syllable
    implied: bool = False  # rebuilt from a fused title ("Trưởng phòng QLTH"): not written as such


def find(syls: list[Syllable], text: str,
         known_acronyms: frozenset[str] = frozenset()) -> list[Cand]:
    """Entity candidates; `known_acronyms` are abbreviations the page defined earlier."""
    used = [False] * len(syls)
    found: list[Cand] = []

    def take(c: Cand) -> None:
        found.append(c)
        for k in range(c.i, c.j):
            used[k] = True

    dateline = _dateline(syls)
    if dateline:
        take(dateline)
    for c in _titles(syls, used):
        take(c)
        if c.implied_org:
            take(c.implied_org)
    for c in _orgs(syls, used, found, known_acronyms):
        take(c)
    for c in _clubs(syls, used):
        take(c)
    for c in _places(syls, used, min_len=2, generic_only=True):  # "miền Bắc", "sông Hồng"
        take(c)
    for start, end in address.find(syls, used):
        take(Cand("LOC", start, end))
    for c in _admin_places(syls, used):
        take(c)
    person_titles = {c.j for c in found if c.kind == "TITLE"}
    for c in _places(syls, used, min_len=2):  # "Bồ Đào Nha" before the surname rule sees "Đào"
        if not (c.i in person_titles and _surname_at(syls, c.i)):  # "Chủ tịch Hồ Chí Minh"
            take(c)
    for c in _route_places(syls, used, found):
        take(c)
    for c in _people(syls, used, found):
        take(c)
    for c in _places(syls, used):
        take(c)
    for kind, start, end in proper.initials(syls, used) + proper.find(syls, used):
        take(Cand(kind, start, end))
    for c in found:
        if c.kind == "PER" and c.j < len(syls) and syls[c.j].text == "." \
                and len(syls[c.j - 1].text) == 1 and syls[c.j - 1].end == syls[c.j].start:
            c.j += 1  # "Nguyễn Văn T.": the dot belongs to the abbreviated name
    for c in found:
        if not c.name:
            c.name = text[syls[c.i].start : syls[c.j - 1].end]
    return sorted(found, key=lambda c: c.i)


def _dateline(syls: list[Syllable]) -> Cand | None:
    """The outlet tag opening a lead: '(Dân trí) - ', 'TT - ', 'TTXVN - ', '(NLĐO) - '."""
    if len(syls) > 3 and syls[0].text == "(":
        j = 1
        while j < len(syls) and j <= 4 and syls[j].text != ")":
            j += 1
        if j < len(syls) - 1 and syls[j].text == ")" and syls[j + 1].text in ("-", "–") \
                and j > 1 and _is_name_syllable(syls[1]):
            return Cand("ORG", 1, j)
    if len(syls) > 2 and is_acronym(syls[0].text) and syls[1].text in ("-", "–"):
        return Cand("ORG", 0, 1)
    return None


def _is_name_syllable(s: Syllable) -> bool:
    return s.cap and any(ch.isalpha() for ch in s.text)


def _person_syllable(s: Syllable) -> bool:
    """'Nguyễn', 'A' (as in 'Nguyễn Văn A'), 'Seung-hoon', "H'Hen"; not 'CDC', 'TP.HCM'."""
    parts = re.split(r"['-]", s.text) if len(s.text) > 2 else [s.text]
    if not all(p.isalpha() for p in parts):
        return False
    first = parts[0]
    return first[0].isupper() and (len(first) == 1 or first[1:].islower()) \
        and all(p[1:].islower() or len(p) == 1 for p in parts[1:])


def _titles(syls: list[Syllable], used: list[bool]):
    i = 0
    while i < len(syls):
        flags, k = _prefix(syls, i)
        n = lexicon.match(syls, k, "titles", fold=True)
        after = k + n
        # not "Quốc vương" inside "Trung_Quốc Vương Nghị"
        starts_word = i == 0 or syls[i - 1].token != syls[i].token
        if n and starts_word and not any(used[i:after]) and _title_context(syls, i, after):
            title = Cand("TITLE", i, after, flags=flags)
            title.implied_org = _implied_org(syls, k, after, used)
            yield title
            i = after
        else:
            i += 1


def _prefix(syls: list[Syllable], i: int) -> tuple[list[str], int]:
    flags = []
    prefixes = lexicon.title_prefixes()
    while i < len(syls) and syls[i].text in prefixes:
        flags.append(prefixes[syls[i].text])
        i += 1
    return flags, i


def _title_context(syls: list[Syllable], i: int, after: int) -> bool:
    """A title is a title when a name or organisation follows, or it follows 'Name,'."""
    if after < len(syls) and _is_name_syllable(syls[after]):
        return True
    return i >= 2 and syls[i - 1].text in {",", "("} and _is_name_syllable(syls[i - 2])


def _implied_org(syls: list[Syllable], k: int, after: int, used: list[bool]) -> Cand | None:
    """'Trưởng phòng QLTH' -> Phòng QLTH; 'Bộ trưởng Tài chính' -> Bộ Tài chính."""
    title = " ".join(s.text for s in syls[k:after]).casefold()
    head = lexicon.implied_heads().get(title)
    if not head or after >= len(syls):
        return None
    explicit = lexicon.match(syls, after, "org_heads.txt")
    written = " ".join(s.text for s in syls[after : after + explicit]).casefold()
    if explicit and written.split()[0] == head.casefold():
        # "Bộ trưởng Bộ Tài chính", "Hiệu trưởng Trường Đại học ...": written out in full
        return None
    if lexicon.match(syls, after, "head_abbreviations"):
        return None  # "Viện trưởng VKSND huyện Ba Vì": the body is written out
    if _surname_at(syls, after) and _name_run(syls, after, used) - after >= 2:
        return None  # "Thứ trưởng Võ Thành Hưng": a name, not "Bộ Võ Thành Hưng"
    end = _extend_org(syls, after, used, cut_person=True)
    if end == after:
        return None
    name_syls = [s.text for s in syls[after:end]]
    start = after - 1 if syls[after - 1].text.casefold() == head.casefold() else after
    return Cand("ORG", start, end, name=f"{head} {' '.join(name_syls)}", implied=True)


def _defined_acronym(syls: list[Syllable], end: int) -> tuple[int, int]:
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


def _orgs(syls: list[Syllable], used: list[bool], found: list[Cand],
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
            end = _extend_org(syls, i + n, used, cut_person=i in titled_ends, head=head)
            if end > i + n and (_is_place(syls, i, end) or (head in _PLACE_HEADS
                                                             and _is_place(syls, i + n, end))):
                end = i + n  # "Hội An" is a town; "Báo Thái Lan" is the Thai press (a place)
        if whole and _surname_at_safe(syls, i + whole) and _person_after_surname(syls, i + whole, used):
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
            end, at = _defined_acronym(syls, end)
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
    if _surname_at(syls, i):
        return _person_after_surname(syls, i, used)
    end = _name_run(syls, i, used)
    names = vi.wordset("given_names.txt") | vi.wordset("surnames.txt")
    return syls[i].text in names and 2 <= end - i <= 3 and all(
        s.text in names for s in syls[i:end]) and not _is_name_syllable_at(syls, end)


def _acronym_of_place(syls: list[Syllable], i: int, used: list[bool]) -> int:
    """An unknown abbreviation right before a country or province names a body of that place:
    the length of the place, else 0."""
    t = syls[i].text
    if not is_acronym(t) or "." in t or t in vi.abbreviations() or t in vi.wordset("not_org_acronyms.txt"):
        return 0
    if lexicon.match(syls, i, "places"):
        return 0
    n = lexicon.match(syls, i + 1, "places")
    if n and not any(used[i : i + 1 + n]) and not _is_name_syllable_at(syls, i + 1 + n):
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
    return end if _is_name_syllable_at(syls, k) else k


def _person_after_surname_safe(syls: list[Syllable], k: int, used: list[bool]) -> bool:
    return _surname_at_safe(syls, k) and _person_after_surname(syls, k, used)


def _surname_at_safe(syls: list[Syllable], k: int) -> bool:
    return k < len(syls) and _surname_at(syls, k)


def _is_name_syllable_at(syls: list[Syllable], k: int) -> bool:
    return k < len(syls) and _is_name_syllable(syls[k])


def _whole_org(syls: list[Syllable], i: int) -> int:
    """A complete organisation name from the lexicons; 'Bộ công an' as written by some pages
    matches case-folded when its first letter is a capital."""
    n = lexicon.match(syls, i, "orgs") or lexicon.match(syls, i, "org_abbreviations")
    if not n and _is_name_syllable(syls[i]):
        n = lexicon.match(syls, i, "orgs", fold=True)
        n = n if n > 1 else 0
    if n and _standalone_head(syls, i, n) and i + n < len(syls) and _is_name_syllable(syls[i + n]) \
            and not (_surname_at(syls, i + n) and _person_after_surname(syls, i + n, [False] * len(syls))):
        return 0  # "Công an tỉnh Nghệ An": the head goes on into a longer name
    return n  # ... but "Chủ tịch Quốc hội Vương Đình Huệ": a person follows


def _standalone_head(syls: list[Syllable], i: int, n: int) -> bool:
    return n == lexicon.match(syls, i, "org_heads.txt")


def _extend_org(syls: list[Syllable], i: int, used: list[bool], *, cut_person: bool,
                head: str = "") -> int:
    """End of the organisation name starting at `i` (exclusive); `i` when none."""
    j = i
    while j < len(syls) and not used[j]:
        s = syls[j]
        if _is_name_syllable(s) or (s.text[:1].isdigit() and _unit_number(syls, j, i, head)):
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
                and j + 1 < len(syls) and _is_name_syllable(syls[j + 1]):
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
        return k < len(syls) and _is_name_syllable(syls[k]) and not (
            lexicon.match(syls, k, "org_heads.txt") or lexicon.match(syls, k, "places"))

    k = j
    while k < len(syls) and syls[k].text == "," and field_at(k + 1):
        k += 1
        while k < len(syls) and syls[k].text != "và" and (_is_name_syllable(syls[k]) or (
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
           or syls[m].text in _CONNECTORS for m in range(j, k)):
        return 0
    if k < len(syls) and (syls[k].text == "(" or _person_after_surname_safe(syls, k, used)):
        return k - j
    return 0


def _business_line(syls: list[Syllable], j: int, start: int, head: str, used: list[bool]) -> int:
    """A company's trade written after its first capitalised word and before its brand
    ('Giày da Phú Lâm', 'Thực phẩm sạch Hoa Sen'): one or two lowercase syllables right after
    the name's first word, when a capitalised brand of its own follows."""
    if head not in _NO_DASH_HEADS or j != start + 1 or not _is_name_syllable(syls[start]):
        return 0
    k = j
    while k < len(syls) and k - j < 2 and syls[k].text.isalpha() and syls[k].text.islower():
        k += 1
    if k == j or k >= len(syls) or used[k] or not _person_syllable(syls[k]) \
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
    if k > j and k + 1 < len(syls) and syls[k].text in ("-", "–") and _is_name_syllable(syls[k + 1]):
        return k - j
    return 0


def _caps_in_token(syls: list[Syllable], start: int, j: int) -> int:
    """Capitalised syllables right before `syls[j]` in its word, from `start` on. The segmenter
    sometimes glues a verb to a name ("Hoàng_Gia_thông_báo"): a lowercase syllable after one
    capital ("Hàn_lâm", "Đào_tạo") is part of the name, one after two capitals is not."""
    k = j
    while k > start and syls[k - 1].token == syls[j].token and _is_name_syllable(syls[k - 1]):
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
    if k < len(syls) and _is_name_syllable(syls[k]):
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


def _person_after_surname(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    end = _name_run(syls, i, used)
    return 2 <= end - i <= 4 and (end >= len(syls) or not _is_name_syllable(syls[end]))


def _admin_word(syls: list[Syllable], k: int) -> bool:
    return k < len(syls) and syls[k].text in {"tỉnh", "huyện", "xã", "quận", "phường", "TP"}


def _bridge(syls: list[Syllable], j: int, start: int) -> bool:
    """Connectors and admin words inside a name when a capitalised syllable follows."""
    s = syls[j].text
    if s not in _CONNECTORS and s not in lexicon.admin_words():
        return False
    k = j
    while k < len(syls) and syls[k].text in (_CONNECTORS | lexicon.admin_words()):
        k += 1
    if s in _CONNECTORS and j == start:
        return False
    if s in _CONNECTORS and lexicon.match(syls, k, "org_heads.txt"):
        return False  # "Sở Tài chính và Sở Nội vụ": two bodies
    return k < len(syls) and _is_name_syllable(syls[k])


def _cut_person(syls: list[Syllable], i: int, j: int) -> int:
    """In 'Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh', end the org before the person's name; in
    'Phó Chủ tịch UBND tỉnh Đặng Văn Minh' the org is 'UBND tỉnh'."""
    for k in range(i + 1, j - 1):
        if (j - k) <= 4 and _surname_at(syls, k) and not lexicon.match(syls, k, "places") \
                and syls[k - 1].token != syls[k].token \
                and (any(_is_name_syllable(s) for s in syls[i:k])
                     or all(s.text in lexicon.admin_words() or s.text == "TP" for s in syls[i:k])) \
                and all(_person_syllable(s) for s in syls[k:j]):
            return k
    return j


def _surname_at(syls: list[Syllable], k: int) -> bool:
    return syls[k].text in vi.wordset("surnames.txt") and _is_name_syllable(syls[k])


def _is_place(syls: list[Syllable], i: int, j: int) -> bool:
    return lexicon.match(syls, i, "places") == j - i


def _people(syls: list[Syllable], used: list[bool], found: list[Cand]):
    title_ends = {c.j: c for c in found if c.kind in ("TITLE", "ORG")}
    person_titles = {c.j for c in found if c.kind == "TITLE"}
    title_starts = {c.i for c in found if c.kind == "TITLE"}
    headline = proper.title_case(syls)  # "Giá Vàng Hôm Nay": capitals mark nothing
    i = 0
    while i < len(syls):
        if used[i] or not _person_syllable(syls[i]) or _admin_cue(syls, i, used):
            i += 1
            continue
        if proper.cue_before(syls, i) == "-":
            i = _name_run(syls, i, used)  # "phim Bố Già", "bão Yagi": a title, not a person
            continue
        cue = lexicon.match(syls, i, "capital_honorifics")
        if cue and i + cue < len(syls) and _person_syllable(syls[i + cue]):
            i += cue  # "Ông Tài" at the start of a sentence: the cue is not the name
            continue
        cue = lexicon.match(syls, i, "honorifics", fold=True)
        if cue and _surname_at_safe(syls, i + cue) and _name_run(syls, i + cue, used) - i - cue >= 2:
            i += cue  # "Thầy Nguyễn Văn Bình": an address word before a full name
            continue
        end = _name_run(syls, i, used)
        if end - i == 1 and lexicon.match(syls, i, "org_heads.txt") == 1:
            i = end  # "Đội", "Cục" alone: a body's head noun, not a person
            continue
        if not _cued(syls, i) and any(s.text in vi.wordset("not_name_words.txt")
                                      for s in syls[i:end]):
            i = end  # "The Voice Kids", "Miss World": a title or brand, none of it a person
            continue
        place = lexicon.match(syls, i, "places")
        nationality = i > 0 and syls[i - 1].text == "người"  # "người Brazil Rafaelson"
        if (i in title_ends or nationality) and place and end - (i + place) >= 1:
            # "Tổng thống Mỹ Barack Obama": the country, then the person
            yield Cand("LOC", i, i + place)
            yield Cand("PER", i + place, _suffix(syls, end))
            i = end
            continue
        cued = _cued(syls, i) or i in title_ends or _apposition(syls, end, title_starts)
        if end - i >= 2 and place >= end - i and not (i in person_titles and _surname_at(syls, i)):
            i = end  # a place ("Hồ Chí Minh" the city, but "Chủ tịch Hồ Chí Minh" the man)
            continue
        if headline and not (_surname_at(syls, i) or (cued and not (i in title_ends and end - i > 3))):
            i = end  # in a Title Case headline only name-shaped runs are names
            continue
        if cued and end - i == 1 and i > 0 and syls[i - 1].text.isascii() \
                and syls[i].text.casefold() in vi.wordset("english_words.txt"):
            i = end  # "Shark Tank": an English word after an English cue is not a name
            continue
        if cued or (_surname_at(syls, i) and end - i >= 2) or _foreign_name(syls, i, end):
            yield Cand("PER", i, _suffix(syls, end))
            i = _suffix(syls, end)
        else:
            i += 1


def _suffix(syls: list[Syllable], end: int) -> int:
    """A regnal number after a name ('Charles III', 'Leo XIV')."""
    if end < len(syls) and re.fullmatch(r"[IVX]{1,5}", syls[end].text):
        return end + 1
    return end


def _name_run(syls: list[Syllable], i: int, used: list[bool]) -> int:
    j = i
    while j < len(syls) and j - i < _MAX_PERSON and not used[j] and _person_syllable(syls[j]):
        j += 1
    return j


def _cued(syls: list[Syllable], i: int) -> bool:
    """Preceded by an honorific ('ông', 'đồng chí') or academic prefix ('GS.TS')."""
    for name in ("honorifics", "capital_honorifics", "academic.txt"):
        for width in (1, 2):
            if i - width >= 0 and lexicon.match(syls, i - width, name) == width:
                return True
    return False


def _foreign_name(syls: list[Syllable], i: int, end: int) -> bool:
    """'Frank Lampard', 'Tom Hanks': two or three Latin-script words, at least one of which
    cannot be a Vietnamese syllable, and no known place or organisation."""
    words = [s.text for s in syls[i:end]]
    if not 2 <= len(words) <= 3 or not all(w.isascii() for w in words):
        return False
    if lexicon.match(syls, i, "orgs") or lexicon.match(syls, i, "places"):
        return False
    if i > 0 and lexicon.match(syls, i - 1, "org_heads.txt"):
        return False
    if any(w in vi.wordset("not_name_words.txt") for w in words):
        return False
    english = vi.wordset("english_words.txt")
    if all(w.casefold() in english for w in words):
        return False  # "Running Man", "Black Friday": English words, not a name
    if (i == 0 or syls[i - 1].text in ".!?:\"“") and is_syllable(words[0]):
        return False  # "Tim Romeo đập mạnh": a capitalised Vietnamese word opening a sentence
    return any(not is_syllable(w) for w in words)


def _apposition(syls: list[Syllable], end: int, title_starts: set[int]) -> bool:
    """'Helena Marsh, Giám đốc ...': a name followed by a comma and a title."""
    return end + 1 < len(syls) and syls[end].text in (",", "(") and end + 1 in title_starts


def _places(syls: list[Syllable], used: list[bool], min_len: int = 1, generic_only: bool = False):
    """Known places; `generic_only`: only those that keep a generic word ("châu Á")."""
    i = 0
    while i < len(syls):
        n = lexicon.match(syls, i, "places")
        if generic_only and n and (syls[i].text.casefold() not in lexicon.generic_place_words() or (
                syls[i].text[0].isupper() and i > 0 and syls[i - 1].text not in ".!?:\"“(")):
            n = 0  # "miền Bắc", "Châu Âu ..." opening a sentence; not "Hồ" of "Hồ Chí Minh"
        # lowercase-led entries ("châu Âu", "miền Nam", "sông Hồng") match as written
        if n >= min_len and not any(used[i : i + n]) and (_is_name_syllable(syls[i]) or n > 1) \
                and _alone(syls, i, n) and not _continues_name(syls, i, n) \
                and not _in_event_name(syls, i, used):
            yield Cand("LOC", i, i + n)
            i += n
        else:
            i += 1


def _admin_places(syls: list[Syllable], used: list[bool]):
    """'tỉnh Nghệ An', 'các huyện Hương Khê, Vũ Quang và Hương Sơn' (a list after the cue)."""
    i = 0
    while i < len(syls):
        if not (_admin_cue(syls, i, used) and not used[i] and _person_syllable(syls[i])):
            i += 1
            continue
        while True:
            end = _name_run(syls, i, used)
            yield Cand("LOC", i, end)
            i = end
            if i + 1 < len(syls) and syls[i].text in {",", "và"} and not used[i + 1] \
                    and _person_syllable(syls[i + 1]) and _list_item(syls, i + 1, used):
                i += 1
            else:
                break


def _clubs(syls: list[Syllable], used: list[bool]):
    """'Yokohama FC', 'Los Angeles FC': a capitalised name before 'FC' is a club."""
    for k, s in enumerate(syls):
        if s.text not in ("FC", "F.C.") or used[k]:
            continue
        i = k
        while i > 0 and k - i < 3 and not used[i - 1] and _is_name_syllable(syls[i - 1]):
            i -= 1
        if i < k:
            yield Cand("ORG", i, k + 1)


def _route_places(syls: list[Syllable], used: list[bool], found: list[Cand]):
    """'Hà Nội - TP.HCM', 'TP.HCM - Long Thành - Dầu Giây': the names after a place in a
    dashed route are places."""
    ends = {c.j for c in found if c.kind == "LOC"}
    taken = list(used)
    for j in sorted(ends):
        while j + 1 < len(syls) and syls[j].text in ("-", "–") and not taken[j + 1] \
                and _is_name_syllable(syls[j + 1]) and not _person_after_surname_safe(syls, j + 1, taken) \
                and not lexicon.match(syls, j + 1, "honorifics", fold=True):
            end = j + 1
            while end < len(syls) and end - j <= 4 and not taken[end] and _is_name_syllable(syls[end]):
                end += 1
            yield Cand("LOC", j + 1, end)
            for k in range(j + 1, end):
                taken[k] = True
            j = end


def _in_event_name(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    """'Festival Hoa Đà Lạt', 'Ngoại hạng Anh': a place inside an event's or award's name."""
    for h in range(max(0, i - 5), i):
        n = lexicon.match(syls, h, "event_heads.txt")
        if n and h + n <= i and not any(used[h:i]) and all(s.text.isalpha() for s in syls[h + n : i]) \
                and _is_name_syllable(syls[h + n]):  # "Ngày Nhà giáo ...", not "Ngày xưa"
            return True
    return False


def _list_item(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    """The next place of a list after 'huyện A, B và C': a name of its own, not 'P.5' or the
    capitalised first word of 'Quốc lộ'."""
    end = _name_run(syls, i, used)
    if end >= len(syls):
        return True
    return syls[end].text != "." and not (
        syls[end].token == syls[end - 1].token and syls[end].text.islower())


def _continues_name(syls: list[Syllable], i: int, n: int) -> bool:
    """'Lê Hà Lan', 'Phan Thị Lệ Thủy': a place name inside a longer capitalised run that
    starts with a surname."""
    if n < 2:
        return False
    k = i
    while k > 0 and i - k < 3 and _person_syllable(syls[k - 1]):
        k -= 1
        if _surname_at(syls, k) and i + n - k <= _MAX_PERSON:
            return True
    return False


def _alone(syls: list[Syllable], i: int, n: int) -> bool:
    """'Anh' is England alone, but part of a name in 'Anh Minh'; same for 'Nga', 'Đức'; and
    'Trung' (China) is not the first half of the word 'Trung tâm'."""
    if n > 1:
        return True
    if is_syllable(syls[i].text) and any(
            0 <= k < len(syls) and syls[k].token == syls[i].token and syls[k].text.isalpha()
            for k in (i - 1, i + 1)):
        return False  # "Trung_tâm", "Anh_văn"; but "Philippines_tập" is the segmenter's slip
    before = i > 0 and _person_syllable(syls[i - 1]) and syls[i - 1].token == syls[i].token
    after = i + 1 < len(syls) and _person_syllable(syls[i + 1])
    return not (before or after)


def _admin_cue(syls: list[Syllable], i: int, used: list[bool] | None = None) -> bool:
    """'tỉnh Nghệ An', 'đường Nguyễn Văn Trỗi', 'TP Vinh': a place name after a place word
    (one not already inside an organisation: in 'UBND TP Võ Văn Hoan' a person follows)."""
    if used is not None and i >= 1 and used[i - 1]:
        return False
    if i >= 1 and syls[i - 1].text in ("TP", "Q.", "P."):
        return True
    for w in (1, 2, 3):
        k = i - w
        # capitalised only where a sentence opens ("Xã Hải Đông hoàn thành ..."); elsewhere
        # "Bản", "Hồ" are parts of names ("Nhật Bản", "Hồ Đức Phớc")
        fold = k == 0 or (k > 0 and syls[k - 1].text in ".!?:\"“(")
        if k >= 0 and lexicon.match(syls, k, "place_cues.txt", fold=fold) == w \
                and (k == 0 or syls[k - 1].token != syls[k].token):
            return True  # a word of its own: not the "cầu" of "yêu cầu"
    return False

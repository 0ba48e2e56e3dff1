"""Organisations: names from the lexicons, head nouns with the name that follows ("Sở Y tế
Hà Nội", "Công ty chứng khoán Trường Sơn", "Sở Văn hóa, Thể thao và Du lịch Phú Yên"),
abbreviations a page defines ("(CDC)"), clubs before "FC", bodies of a place ("LĐBĐ Việt Nam").
Vietnamese capitalises only the first word of a name, so where a name ends is the hard part:
lowercase words are taken only where the name visibly goes on or ends."""

from __future__ import annotations

import re

from .. import vi
from ..names import is_acronym, is_syllable
from . import latin, lexicon, orgname, title_case
from .analysis import Syllable
from .shape import (
    Cand,
    admin_cue,
    is_name_syllable,
    is_name_syllable_at,
    is_place,
    name_run,
    person_after_surname,
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
            and (is_acronym(syls[k + 1].text) or re.fullmatch(r"[A-Z]\d{2,3}", syls[k + 1].text)
                 or _mixed_acronym(syls[k + 1].text)) \
            and not lexicon.match(syls, k + 1, "places"):
        return k, k + 1  # "(CDC)", "(C03)"; not "(TP.HCM)"
    return end, -1


def _mixed_acronym(word: str) -> bool:
    """'HoREA', 'VinaCapital'-like abbreviations: letters, three capitals or more, most of them."""
    caps = sum(c.isupper() for c in word)
    return word.isalpha() and word[0].isupper() and caps >= 3 and 2 * caps >= len(word)


def find(syls: list[Syllable], used: list[bool], found: list[Cand],
         known_acronyms: frozenset[str] = frozenset(), headline: bool = False):
    """Organisations; in a Title Case `headline` ("Bộ Y Tế Yêu Cầu ...") capitals end no
    name, so only the lexicon's name or the head and two words are taken."""
    titled_ends = {c.j for c in found if c.kind == "TITLE"}
    # "Ông Tăng Chí Hùng, Tổng giám đốc Công ty CP Vận tải Phương Thảo, ...": the title's holder
    # is named before it, so no holder's name ends the body's name after it
    held = {c.j for c in found if c.kind == "TITLE" and c.i >= 2 and syls[c.i - 1].text == ","
            and person_syllable(syls[c.i - 2])}
    known = set(known_acronyms)
    used_alias: set[int] = set()  # the bracketed abbreviation itself is the alias's mention
    i = 0
    while i < len(syls):
        if used[i]:
            i += 1
            continue
        n = (lexicon.match(syls, i, "org_heads.txt") or lexicon.match(syls, i, "head_abbreviations")
             or (title_case.org_head(syls, i) if headline else 0))
        if headline and n and title_case.admin_place_end(syls, i):
            n = 0  # "Tại Quận Long Biên": in a Title Case line, a district, not its government
        if n and (_inside_place(syls, i) or lexicon.match(syls, i, "places") > n):
            n = 0  # "Ban" in "Tây Ban Nha", "Đài" of "Đài Loan": a syllable of a place's name
        if n and lexicon.ends_before(syls, i, "street_words.txt") and not lexicon.match(syls, i, "orgs"):
            n = 0  # "phố Đội Cấn": a street named with a head word, not the team ("con đường Quốc
            # hội lập hiến": a known body, on a figurative road)
        if headline and n and i + n < len(syls) \
                and lexicon.common_word([syls[i + n - 1].text, syls[i + n].text]):
            n = 0  # "Đội Tuyển U23": the head runs into a longer word (a national team)
        if headline and n and not _head_word(syls, i, n):
            n = 0  # "Bệnh_Viện", "Phòng_Dịch": capitalised common words, not heads
        whole = _whole_org(syls, i)
        if n == 1 and not whole and _person_not_org(syls, i, used):
            i += 1  # "Đoàn Loan", "Trường Giang": people, not the delegation or school + name
            continue
        end = i + n
        if n and not any(used[i : i + n]):
            head = " ".join(s.text for s in syls[i : i + n])
            end = orgname.extend(syls, i + n, used, cut_person=i in titled_ends - held, head=head)
            if end > i + n and (is_place(syls, i, end) or (head in _PLACE_HEADS
                                                             and is_place(syls, i + n, end))):
                end = i + n  # "Hội An" is a town; "Báo Thái Lan" is the Thai press (a place)
        if whole and surname_at_safe(syls, i + whole) and person_after_surname(syls, i + whole, used):
            end = i + whole  # "Chủ tịch Quốc hội Vương Đình Huệ"
            if n == 0 and not headline:
                end = _branch_end(syls, i, end, titled_ends, used) or end  # "Toyota Lý Thường Kiệt"
        if headline:  # a Title Case line: the lexicon's whole name, the head and its place
            # ("UBND Tỉnh Quảng Trị"), or the head and two words
            end = i + whole if whole else min(end, i + n + 2) if not n \
                else (title_case.admin_place_end(syls, i + n)
                      or title_case.org_name_end(syls, min(end, i + n + 2), used))
        complete = bool(whole) and not any(used[i : i + whole]) and i + whole >= end
        if complete and n == 0 and headline \
                and (title_case.counted(syls, i) or title_case.common_noun(syls, i, whole)):
            i += whole  # "Hai Thanh Niên Cướp Giật": two young men, not the newspaper;
            continue  # "Giải Cứu Thành Công", "Tuyển Lao Động": success, labour
        if complete and n == 0 and admin_cue(syls, i, used):
            i += 1  # "Khu dân cư Alibaba Tân Thành": a known name after a place word names a place
            continue
        if complete and whole == 1 and n == 0 and (model := _model_after(syls, i + 1)):
            yield Cand("PRODUCT", i, model)  # "Toyota Fortuner", "OPPO Reno 13": no entity,
            i = model  # but no one's name either
            continue
        if complete and _posted_on(syls, i, whole):
            i += whole  # "đăng lên Instagram", "qua Zalo, Facebook": a platform, not a body
            continue
        if complete and n == 0 and i + whole < len(syls) \
                and syls[i + whole].text in vi.wordset("english_event_words.txt"):
            i += whole  # "AFF Cup", "Weibo Night": the body names an event, not annotated
            continue
        if complete:
            end = i + whole
            if n == 0 or headline:  # "Samsung Việt Nam", "Yokohama FC", "Tỉnh Ủy Nghệ An"
                end = _place_after_known(syls, end, used, headline)
        if n and end > i + n and _facility_cue(syls, i):
            yield Cand("LOC", i, end)  # "sân vận động Quân khu 7": a venue named after a body
            i = end
            continue
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
        if i in titled_ends and _company_before_holder(syls, i, used):
            yield Cand("ORG", i, i + 1)  # "CEO Bkav Nguyễn Tử Quảng": the title's company, then
            i += 1  # the person who holds it
            continue
        if syls[i].text in known and i not in used_alias:
            yield Cand("ORG", i, i + 1)
        elif place := _acronym_of_place(syls, i, used):
            yield Cand("ORG", i, i + 1 + place)  # "LĐBĐ Việt Nam", "VFF Việt Nam"
            i += 1 + place
            continue
        i += 1


def _branch_end(syls: list[Syllable], i: int, end: int, titled_ends: set[int], used: list[bool]) -> int:
    """'Toyota Lý Thường Kiệt khuyến mãi', 'Honda Nguyễn Văn Cừ': a company the lexicon knows,
    then a full name, with no title or cue before the company, is a branch named by its street
    (where the branch's name ends; 0 for none); "Chủ tịch Vingroup Phạm Nhật Vượng" names the
    chairman."""
    k = name_run(syls, end, used)
    branch = i not in titled_ends and k - end >= 3 \
        and not lexicon.ends_before(syls, i, "honorifics", (1, 2, 3), fold=True)
    return k if branch else 0


def _facility_cue(syls: list[Syllable], i: int) -> bool:
    return lexicon.ends_before(syls, i, "venue_cues.txt", (1, 2, 3))


def _inside_place(syls: list[Syllable], i: int) -> bool:
    return any(k >= 0 and lexicon.match(syls, k, "places") > i - k for k in (i - 1, i - 2))


def _head_word(syls: list[Syllable], i: int, n: int) -> bool:
    """The head is a word of its own: it starts a word and the name after it starts another."""
    starts = i == 0 or syls[i - 1].token != syls[i].token
    ends = i + n >= len(syls) or syls[i + n].token != syls[i + n - 1].token
    return starts and ends


def _person_not_org(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    """A one-word head that is also a surname or given name, opening a short run of name
    words: "Đoàn Loan", "Trường Giang - Nhã Phương", "Ban Ki-moon" (not "Trường Chu Văn An",
    a school)."""
    if surname_at(syls, i):
        return person_after_surname(syls, i, used)
    if i + 1 < len(syls) and "-" in syls[i + 1].text and person_syllable(syls[i + 1]) \
            and not is_name_syllable_at(syls, i + 2):
        return True  # "Ban Ki-moon": a Korean family name, then a hyphenated given name
    end = name_run(syls, i, used)
    names = lexicon.name_words()
    return syls[i].text in names and 2 <= end - i <= 3 and all(
        s.text in names for s in syls[i:end]) and not is_name_syllable_at(syls, end) \
        and not (end < len(syls) and lexicon.common_word([syls[end - 1].text, syls[end].text]))
    # ... not "Trường Trung cấp ...": the last word opens a common word ("trung cấp") with the next


def _acronym_of_place(syls: list[Syllable], i: int, used: list[bool]) -> int:
    """An unknown abbreviation right before a country or province names a body of that place:
    the length of the place, else 0."""
    t = syls[i].text
    foreign = t.isalpha() and t[:1].isupper() and not is_syllable(t) \
        and not lexicon.english(t) \
        and t not in vi.wordset("foreign_given_names.txt") and t not in vi.wordset("not_name_words.txt")
    if not (is_acronym(t) or foreign) or "." in t or t in vi.abbreviations() \
            or t in vi.wordset("not_org_acronyms.txt"):
        return 0  # "LĐBĐ Việt Nam", "Topenland Bình Định"; not "GDP Việt Nam"
    if lexicon.match(syls, i, "places") or lexicon.match(syls, i, "place_cues.txt") \
            or lexicon.ends_before(syls, i, "place_cues.txt", (1, 2, 3)):
        return 0  # "SVĐ Mỹ Đình" (a stadium), "chung cư HH4C Linh Đàm" (a block): places
    n = lexicon.match(syls, i + 1, "places")
    if n and not any(used[i : i + 1 + n]) and not is_name_syllable_at(syls, i + 1 + n):
        return n
    return 0


# the words before a platform named as a medium: "đăng lên Facebook", "trending YouTube",
# "khắp TikTok", "người dùng TikTok", "gây sốt TikTok"
_POSTED_ON = {"trên", "lên", "qua", "vào", "từ", "với", "khắp", "trending", "dùng", "sốt"}


def _posted_on(syls: list[Syllable], i: int, n: int) -> bool:
    """A platform named as the place something is posted, watched or sent."""
    if " ".join(s.text for s in syls[i : i + n]) not in vi.wordset("platforms.txt"):
        return False
    k = i - 1
    while k >= 1 and syls[k].text in (",", "và", "hoặc") and syls[k - 1].text in vi.wordset("platforms.txt"):
        k -= 2  # "qua Zalo, Facebook"
    return k >= 0 and syls[k].text.casefold() in _POSTED_ON


_MODEL_CODE = re.compile(r"^[A-Z]{1,3}-?\d{1,4}[A-Z]?\d*$")


def _model_after(syls: list[Syllable], k: int) -> int:
    """A model name after a brand, and where it ends: a capitalised Latin word that is not
    English ("Fortuner", "Reno 13"), or any capitalised word and a model number ("Galaxy S25")."""
    word = syls[k].text if k < len(syls) else ""
    if _MODEL_CODE.match(word):
        return k + 1  # "Audi Q7", "Mazda CX9"
    if not (word[:1].isupper() and word.isascii() and word.isalpha()) \
            or lexicon.match(syls, k, "places") or lexicon.match(syls, k, "orgs") \
            or word in vi.wordset("foreign_given_names.txt") or is_syllable(word):
        return 0  # "Nvidia Jensen Huang", "Apple Tim Cook": the company's man, not its model
    for end in (k + 1, k + 2):  # "Galaxy S25", "Air Blade 2020": words, then a model number
        if end < len(syls) and any(ch.isdigit() for ch in syls[end].text):
            return end + 1
        if end + 1 >= len(syls) or not syls[end].text[:1].isupper() or not syls[end].text.isascii():
            break
    return 0 if lexicon.english(syls[k].text) else k + 1


def _place_after_known(syls: list[Syllable], end: int, used: list[bool], headline: bool = False) -> int:
    """A known company or club followed by its country or city, or by 'FC': one name (unless
    more capitals follow, outside a Title Case line where every word has one)."""
    if end < len(syls) and syls[end].text in ("FC", "F.C."):
        return end + 1
    k = end
    while (n := lexicon.match(syls, k, "places")) and not any(used[k : k + n]):
        k += n  # "LG Display Việt Nam Hải Phòng"
    return end if is_name_syllable_at(syls, k) and not headline else k


def _whole_org(syls: list[Syllable], i: int) -> int:
    """A complete organisation name from the lexicons; 'Bộ công an' as written by some pages
    matches case-folded when its first letter is a capital."""
    n = lexicon.match(syls, i, "orgs") or lexicon.match(syls, i, "org_abbreviations")
    if n == 1 and i > 0 and latin.foreign_given(syls[i - 1].text) and not latin.vietnamese(syls[i - 1].text) \
            and syls[i - 1].end + 1 == syls[i].start:
        return 0  # "Keisuke Honda", "Henry Ford": a family name after a given name, not the firm
    if not n and is_name_syllable(syls[i]):
        n = lexicon.match(syls, i, "orgs", fold=True)
        n = n if n > 1 else 0
    if not n:
        n = _brand_like_person(syls, i)
    if n and _standalone_head(syls, i, n) and i + n < len(syls) and is_name_syllable(syls[i + n]) \
            and not (surname_at(syls, i + n) and person_after_surname(syls, i + n, [False] * len(syls))
                     and not lexicon.match(syls, i + n, "places")):  # "Thành ủy Hà Nội": a place
        return 0  # "Công an tỉnh Nghệ An": the head goes on into a longer name
    return n  # ... but "Chủ tịch Quốc hội Vương Đình Huệ": a person follows


def _company_before_holder(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    """After a title, one Latin-script word that no Vietnamese syllable spells and no foreign
    name opens, then a Vietnamese full name: a company and its officer. A place there is the
    title's country ("Thủ tướng Singapore Lý Hiển Long"); a foreign given name opens the
    person's name ("Tony Nguyễn Văn Minh")."""
    word = syls[i].text
    return i + 1 < len(syls) and word.isascii() and word.isalpha() and len(word) >= 2 \
        and not used[i] and not latin.vietnamese(word) and not latin.foreign_first(word) \
        and not lexicon.match(syls, i, "places") \
        and surname_at_safe(syls, i + 1) and person_after_surname(syls, i + 1, used) \
        and not lexicon.common_word([s.text for s in syls[i + 1 : i + 3]])  # "HLV Miura Triệu Tập"


def _brand_like_person(syls: list[Syllable], i: int) -> int:
    """'Phúc Long mở thêm cửa hàng': a company named like a person, whole, and with no address
    word or title before it (then "ca sĩ Mai Linh" is the singer)."""
    n = lexicon.match(syls, i, "brands_like_people.txt")
    if n and lexicon.match(syls, i, "places") >= n:
        return 0  # "Sơn Hà", "Hải Hà": districts too, and a place's name wins
    while n and i + n < len(syls) and is_name_syllable(syls[i + n]) and syls[i + n].text.isascii() \
            and not is_syllable(syls[i + n].text.casefold()):
        n += 1  # "Trung Nguyên Legend": a line of the brand, in English
    if not n or is_name_syllable_at(syls, i + n) or (i > 0 and syls[i - 1].token == syls[i].token):
        return 0
    cued = any(lexicon.ends_before(syls, i, name, (1, 2, 3), fold=True) for name in ("honorifics", "titles"))
    return 0 if cued else n


def _standalone_head(syls: list[Syllable], i: int, n: int) -> bool:
    return n == lexicon.match(syls, i, "org_heads.txt")


_PLACE_HEADS = {"Báo", "báo", "Đài", "Hội", "Cảnh sát"}  # "Báo Thái Lan": the country's press; "Cảnh sát Đức"


def _admin_word(syls: list[Syllable], k: int) -> bool:
    return k < len(syls) and syls[k].text in {"tỉnh", "huyện", "xã", "quận", "phường", "TP"}

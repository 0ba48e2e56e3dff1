"""Span rules over one text's syllables: titles, organisations, people, places.

Order matters and is fixed: the dateline, titles (with the organisation a fused title implies),
an ad's seller, shops, organisations, clubs and teams, places that keep their generic word,
addresses, named facilities, places after a place word, known places, people, remaining places,
names written as codes, names by shape (`proper`; in a Title Case line `headlines`), then names
found by their company (`lists`). A syllable belongs to at most one span; quoted titles of
works name no one; peoples ("người Hoa") and names of laws or languages are no persons. Each
kind lives in its own module (`titles`, `orgs` and `orgname`, `teams`, `ads`, `business`,
`schools`, `places`, `address`, `people`, `proper`, `headlines`, `codes`, `lists`, `handles`,
`works`, `neighbours`; shared shapes in `shape`, Latin-script words in `latin`, what a cue word
makes of the run after it in `cues`); this one runs them in order.
"""

from __future__ import annotations

import re

from .. import vi
from ..names import is_acronym
from . import (
    address,
    ads,
    business,
    codes,
    handles,
    headlines,
    latin,
    lexicon,
    lists,
    neighbours,
    orgs,
    people,
    places,
    proper,
    schools,
    teams,
    title_case,
    titles,
    works,
)
from .analysis import Syllable
from .shape import (
    Cand,
    is_name_syllable,
    menu_line,
    surname_at,
)


def find(syls: list[Syllable], text: str,
         known_acronyms: frozenset[str] = frozenset(), shouted: bool = False) -> list[Cand]:
    """Entity candidates; `known_acronyms` are abbreviations the page defined earlier;
    `shouted`: the text was written in capitals (and is read in Title Case)."""
    used = [False] * len(syls)
    found: list[Cand] = []

    def take(c: Cand) -> None:
        found.append(c)
        for k in range(c.i, c.j):
            used[k] = True

    dateline = _dateline(syls)
    if dateline:
        take(dateline)
    for c in titles.find(syls, used):
        take(c)
        if c.implied_org:
            take(c.implied_org)
    headline = shouted or proper.title_case(syls)  # a Title Case line: capitals mark nothing
    for c in list(handles.credited(syls, used)) + handles.byline(syls, used, shouted):
        take(c)  # "Ảnh: Thanh Ba", "THANH HÀ - QUỐC VIỆT": before places read the districts
    for c in handles.stage_names(syls, used, headline):  # "Đông Nhi - Ông Cao Thắng", "Đen Vâu"
        take(c)
    seller = ads.advertiser(syls, used)
    if seller:
        take(seller)
    for c in business.shops(syls, used, headline):  # before known names: "Nội thất Hòa Phát"
        take(c)
        if c.alias_at >= 0:
            used[c.alias_at] = True  # "Chứng khoán Rồng Việt (VDSC)"
    for c in ads.lowercase_shops(syls, used) if not headline else ():  # "quán lẩu Lệ Hằng"
        take(c)
    for c in ads.address_brands(syls, used, headline):  # "Lẩu dê Bà Tám"
        take(c)
    for c in schools.lowercase(syls, used):  # "học trường Nguyễn Thượng Hiền"
        take(c)
    for c in orgs.find(syls, used, found, known_acronyms, headline):
        take(c)
    for c in teams.clubs(syls, used):
        take(c)
    for c in teams.city_teams(syls, used):
        take(c)
    for c in business.corporate(syls, used):
        take(c)
    for c in business.ticker_named(syls, used):  # "Khang Điền (KDH)"
        take(c)
        used[c.alias_at] = True
    for c in places.find(syls, used, min_len=2, generic_only=True):  # "miền Bắc", "sông Hồng"
        take(c)
    for start, end in address.find(syls, used):
        take(Cand("LOC", start, end))
    for c in places.named_facilities(syls, used, headline):
        take(c)
    for c in places.admin(syls, used, headline):
        take(c)
    for c in places.headline_streets(syls, used) if headline else ():
        take(c)
    person_titles = {c.j for c in found if c.kind == "TITLE"}
    for c in places.find(syls, used, min_len=2, headline=headline):  # "Bồ Đào Nha" before "Đào"
        if not ((c.i in person_titles or people.person_context(syls, c.i)) and surname_at(syls, c.i)) \
                and not people.addressed(syls, c.i) \
                and not (people.cued(syls, c.i) and lexicon.district_only(syls, c.i, c.j)):
            # "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh": the man; "trung vệ Thanh Bình":
            # a player, where a district's name is also a given name ("cầu thủ Hà Nội": a club's)
            take(c)
    for c in places.routes(syls, used, found):
        take(c)
    ad = ads.opening(syls)
    for c in people.find(syls, used, found, headline):
        if not (ad and _uncued(syls, c.i, found)):
            take(c)
    for c in places.find(syls, used, headline=headline):
        take(c)
    person_ends = frozenset(c.j for c in found if c.kind == "PER")
    coded = codes.tickers(syls, used, text) + codes.initials(syls, used) + codes.domains(syls, used) \
        + codes.acting_acronyms(syls, used)
    for kind, start, end in coded:
        if not (ad and kind == "PER" and _uncued(syls, start, found)):
            take(Cand(kind, start, end))
    people_spans = frozenset((c.i, c.j) for c in found if c.kind == "PER")
    by_shape = headlines.subjects(syls, used, people_spans) if headline \
        else proper.find(syls, used, person_ends, frozenset(i for i, _ in people_spans))
    held = _held_title_ends(syls, found)
    for kind, start, end in by_shape:
        if not (kind == "PER" and ((ad and _uncued(syls, start, found)) or start in held)):
            take(Cand(kind, start, end))
    for kind, start, end in headlines.objects(syls, used) if headline else ():
        take(Cand(kind, start, end))  # "... Tiết Lộ Chuyện Tình Cảm Với Tiến Đạt"
    for c in lists.bracketed_group_members(syls, used, found) + lists.listed_names(syls, used, found) \
            + list(handles.cued_tokens(syls, used)) + list(handles.user_names(syls, used)):
        take(c)
    for c in lists.bracketed_groups(syls, used, found):
        take(c)
    for c in lists.aliases(syls, used, found):
        take(c)
    for c in lists.partners(syls, used, found) if headline else ():
        take(c)
    for c in found:
        _domain(syls, c)
        teams.home_club(syls, c)
        _numbered_place(syls, c, used)
        _employer(syls, c)
    for c in found:
        if c.kind == "PER" and not c.listed:
            c.j = latin.name_end(syls, c.i, c.j, headline)  # "Donald Trump Đắc Cử": not the verb
            c.j = title_case.before_verb(syls, c.i, c.j)  # "Ronaldo Lập Hat-trick"
    for c in found:
        if c.kind == "PER" and c.j < len(syls) and _STAGE_SUFFIX.match(syls[c.j].text) \
                and not used[c.j] and syls[c.j].start == syls[c.j - 1].end + 1:
            c.j += 1  # "Sơn Tùng M-TP": the stage name's coded suffix
    for c in found:
        if c.kind == "PER" and c.j < len(syls) and syls[c.j].text == "." \
                and len(syls[c.j - 1].text) == 1 and syls[c.j - 1].end == syls[c.j].start:
            c.j += 1  # "Nguyễn Văn T.": the dot belongs to the abbreviated name
    found = [c for c in found
             if not (c.kind == "PER" and (_ethnonym(syls, c, headline) or _headed_name(syls, c)
                                          or teams.result_verb(syls, c, found)))]
    if menu_line(syls):  # "... Âm nhạc Cine TV Show Đời sống ...": a foreign word there is a section
        found = [c for c in found if not (c.kind == "PER" and _lone_foreign_word(syls, text, c)
                                          and not c.listed and not people.cued(syls, c.i))]
    found = found if headline else neighbours.estate_sites(syls, found)  # "Vinhomes Tăng Giá": a headline
    for c in found:
        if c.kind == "LOC" and neighbours.listed_with_people(syls, c, found):
            c.kind = "PER"
        elif c.kind == "PER" and (neighbours.dashed_after_place(syls, c, found)
                                  or neighbours.itinerary_stop(syls, c, found)):
            c.kind = "LOC"
        elif c.kind == "PER" and neighbours.listed_with_brands(syls, c, found):
            c.kind = "PRODUCT"  # a brand among brands: no person, and goods name no entity
    for c in found:
        if not c.name:
            c.name = text[syls[c.i].start : syls[c.j - 1].end]
    quoted = works.quoted(syls, [False] * len(syls))  # 'phim “Doraemon: Nobita ...”': no one
    found = [c for c in found if not (c.kind == "PER" and any(a < c.i and c.j < b for a, b in quoted))]
    found += [Cand("WORK", a, b) for a, b in quoted]
    return sorted(found, key=lambda c: c.i)


def _held_title_ends(syls: list[Syllable], found: list[Cand]) -> set[int]:
    """Ends of titles in apposition to a person just named ("Ông Nguyễn Văn Lợi, trưởng thôn
    Đông Lao, ..."): the words after such a title are its place or body, not another holder."""
    person_ends = {c.j for c in found if c.kind == "PER"}
    return {c.j for c in found if c.kind == "TITLE" and c.i >= 2 and syls[c.i - 1].text == ","
            and c.i - 1 in person_ends}


def _lone_foreign_word(syls: list[Syllable], text: str, c: Cand) -> bool:
    """'Cine', 'Tek-Life': one word, written without a space, none of its parts Vietnamese."""
    return " " not in text[syls[c.i].start : syls[c.j - 1].end] \
        and not any(latin.vietnamese(s.text) for s in syls[c.i : c.j])


def _ethnonym(syls: list[Syllable], c: Cand, headline: bool = False) -> bool:
    """'người Hoa', 'Người Việt', 'du học sinh Việt', 'bạn trai Tây' ("Học Sinh Việt" in a Title
    Case or capitals `headline`): a people; 'anh Việt', 'ông Việt' (one address word before)
    stay persons."""
    k = c.j - 1
    if c.j - c.i > 2 or k == 0 or syls[k].text not in vi.wordset("ethnonyms.txt") \
            or (c.j - c.i == 2 and syls[c.i].text != "Người"):
        return False
    before = syls[k - 1].text
    if before.casefold() == "người":
        return True
    return syls[k].text in ("Việt", "Tây") and before.isalpha() and (before.islower() or headline) \
        and not lexicon.ends_before(syls, k, "honorifics", (1,), fold=True)


def _headed_name(syls: list[Syllable], c: Cand) -> bool:
    """'Luật Quyền lập hội', 'Tiếng Việt': a law's name, a language; no person."""
    n = lexicon.match(syls, c.i, "non_person_heads.txt")
    return 0 < n < c.j - c.i and not people.cued(syls, c.i)


def _uncued(syls: list[Syllable], i: int, found: list[Cand]) -> bool:
    """No honorific, academic prefix or title right before: in a classified ad ("Bán Maleic
    Anhydride", "Tuyển Trưởng đại diện") only such a cue makes a name a person's ("LH anh Tuấn")."""
    return not (people.cued(syls, i) or any(c.kind == "TITLE" and c.j == i for c in found))


_STAGE_SUFFIX = re.compile(r"^[A-Z]{1,3}-[A-Z0-9]{1,4}$")


_TLDS = frozenset({"vn", "com", "net", "org", "info", "tv"})


def _domain(syls: list[Syllable], c: Cand) -> None:
    """'Kenh14.vn', 'Tuoitre.vn': a name written as its web address is the site, an outlet."""
    k = c.j
    if c.kind in ("ORG", "PER") and k + 1 < len(syls) and syls[k].text == "." \
            and syls[k + 1].text.casefold() in _TLDS \
            and syls[k].start == syls[k - 1].end and syls[k + 1].start == syls[k].end:
        c.kind, c.j = "ORG", k + 2


_FACILITIES = ("Khách sạn", "Resort", "Khu nghỉ dưỡng")


def _employer(syls: list[Syllable], c: Cand) -> None:
    """'Khách sạn Rex Sài Gòn tuyển lễ tân': a hotel opening the sentence and doing what
    organisations do (hiring, opening) is the business, its capitalised head included."""
    if c.kind not in ("LOC", "ORG") or c.j >= len(syls) or not lexicon.match(syls, c.j, "org_verbs.txt"):
        return
    for head in _FACILITIES:
        n = len(head.split())
        if c.i == n and " ".join(s.text for s in syls[:n]) == head:
            c.kind, c.i, c.name = "ORG", 0, ""


def _numbered_place(syls: list[Syllable], c: Cand, used: list[bool]) -> None:
    """'cầu Mỹ Thuận 2', 'Landmark 81', 'chung cư Hoàng Anh Gia Lai 3': a bridge, building or
    estate carries its number; not a known town's name, nor a number that counts ("3 ngày")."""
    if c.kind != "LOC" or c.j >= len(syls) or used[c.j] or not re.fullmatch(r"\d{1,3}", syls[c.j].text):
        return
    after = syls[c.j + 1].text if c.j + 1 < len(syls) else ""
    decimal = after in (".", ",") and c.j + 2 < len(syls) and syls[c.j + 2].text[:1].isdigit()
    if after[:1].isdigit() or after.casefold() in vi.wordset("number_units.txt") or decimal:
        return
    bridge = c.i > 0 and syls[c.i - 1].text in ("cầu", "Cầu") and len(syls[c.j].text) == 1
    if bridge or lexicon.match(syls, c.i, "places") < c.j - c.i:
        c.j += 1


def _dateline(syls: list[Syllable]) -> Cand | None:
    """The outlet tag opening a lead: '(Dân trí) - ', 'TT - ', 'TTXVN - ', '(NLĐO) - '."""
    if len(syls) > 3 and syls[0].text == "(":
        j = 1
        while j < len(syls) and j <= 4 and syls[j].text != ")":
            j += 1
        if j < len(syls) - 1 and syls[j].text == ")" and syls[j + 1].text in ("-", "–") \
                and j > 1 and is_name_syllable(syls[1]):
            return Cand("ORG", 1, j)
    if len(syls) > 2 and is_acronym(syls[0].text) and syls[1].text in ("-", "–"):
        return Cand("ORG", 0, 1)
    return None

"""Places: lexicon entries (provinces, districts, countries, regions with their generic word),
names after a place word ("tỉnh Nghệ An", "các huyện A, B và C"), and the stops of a dashed
route ("TP.HCM - Long Thành - Dầu Giây"); not inside event names or people's names."""

from __future__ import annotations

import re

from .. import vi
from ..names import is_syllable
from . import latin, lexicon
from .analysis import Syllable
from .shape import (
    MAX_PERSON,
    Cand,
    admin_cue,
    is_name_syllable,
    name_run,
    opens_word,
    person_after_surname_safe,
    person_after_unit,
    person_syllable,
    surname_at,
    whole_words_end,
)


def find(syls: list[Syllable], used: list[bool], min_len: int = 1, generic_only: bool = False,
         headline: bool = False):
    """Known places; `generic_only`: only those that keep a generic word ("châu Á"); in a Title
    Case `headline` a capitalised word before the place heads no event ("... Năm Sống Ở Thượng
    Hải")."""
    i = 0
    while i < len(syls):
        n = lexicon.match(syls, i, "places")
        if generic_only and n and (syls[i].text.casefold() not in lexicon.generic_place_words() or (
                syls[i].text[0].isupper() and i > 0 and syls[i - 1].text not in ".!?:\"“(")):
            n = 0  # "miền Bắc", "Châu Âu ..." opening a sentence; not "Hồ" of "Hồ Chí Minh"
        # lowercase-led entries ("châu Âu", "miền Nam", "sông Hồng") match as written
        if n >= min_len and not any(used[i : i + n]) and (is_name_syllable(syls[i]) or n > 1) \
                and _alone(syls, i, n, headline) and not _continues_name(syls, i, n) \
                and not _language(syls, i, n) and not _in_show_name(syls, i) \
                and (headline or not _in_event_name(syls, i, used)) and not _opens_word(syls, i + n):
            yield Cand("LOC", i, i + n)
            i += n
        else:
            i += 1


def _opens_word(syls: list[Syllable], end: int) -> bool:
    """'Áo sơ mi', 'Hồ sơ': the name's last syllable opens a common word that goes on in
    lowercase, so it is that word (a shirt, a dossier), not Austria or a lake."""
    if end >= len(syls) or not syls[end].text.isalpha() or not syls[end].text.islower():
        return False
    words = [syls[end - 1].text] + [s.text for s in syls[end : end + 2]]
    return lexicon.common_word(words[:2]) or (len(words) == 3 and lexicon.common_word(words))


_BUILDING = re.compile(r"^[A-Z]{1,3}\d{1,3}[A-Z]?$")  # a block's code: "HH4C", "CT1", "B4"
_KEPT = frozenset({"sông", "châu", "miền", "rạch", "kênh"})  # generic words a bare name cannot lose


def named_facilities(syls: list[Syllable], used: list[bool], headline: bool = False):
    """'tại Quảng trường Thánh Peter', 'đến Công viên Yên Sở': a place word of two syllables or
    more, capitalised inside a sentence, opens the place's name and stays in it (lowercase,
    it stays out and `admin` takes the name). Not in a Title Case line nor where a sentence
    opens, where every word has its capital anyway."""
    for i in range(1, len(syls) - 1):
        n = lexicon.match(syls, i, "place_cues.txt", fold=True)
        if headline or n < 2 or used[i] or syls[i - 1].text in _SENTENCE_START \
                or not person_syllable(syls[i]) or not all(s.text.islower() for s in syls[i + 1 : i + n]) \
                or i + n >= len(syls) or used[i + n] or not person_syllable(syls[i + n]):
            continue
        end = name_run(syls, i + n, used)
        yield Cand("LOC", i, end)


_SENTENCE_START = frozenset(".!?:\"“(-–")


def admin(syls: list[Syllable], used: list[bool], headline: bool = False):
    """'tỉnh Nghệ An', 'các huyện Hương Khê, Vũ Quang và Hương Sơn' (a list after the cue).
    In a Title Case `headline` every word looks like a cue's name ("Bản Tin Chiều"), so only
    known places count there."""
    i = 0
    while i < len(syls):
        if admin_cue(syls, i, used) and not used[i] and _BUILDING.match(syls[i].text) \
                and i + 1 < len(syls) and not used[i + 1] and person_syllable(syls[i + 1]):
            yield Cand("LOC", i, name_run(syls, i + 1, used))  # "chung cư HH4C Linh Đàm"
            i = name_run(syls, i + 1, used)
            continue
        if not (admin_cue(syls, i, used) and not used[i] and person_syllable(syls[i])) \
                or person_after_unit(syls, i, used):
            i += 1
            continue
        if (headline and not lexicon.match(syls, i, "places")) or lexicon.match(syls, i, "not_names.txt"):
            i += 1  # in a Title Case line only known places; never a season ("tour Tết")
            continue
        if i == 1 and syls[0].text in lexicon.name_words() and not lexicon.match(syls, i, "places") \
                and all(s.text in lexicon.name_words() for s in syls[i : name_run(syls, i, used)]):
            i += 1  # "Đình Bắc giành giải": a name opening the sentence, not the communal house
            continue
        if syls[i - 1].text.casefold() == "kênh" and not all(
                latin.vietnamese(s.text) for s in syls[i : name_run(syls, i, used)]):
            i += 1  # "kênh VTV3", "Kênh Bà Tân Vlog": a channel, not a canal
            continue
        if whole_words_end(syls, i, name_run(syls, i, used)) == i:
            i += 1  # "bản Hiến pháp", "khu Vui chơi": a capitalised common word, not a name
            continue
        generic = i > 0 and syls[i - 1].text in _KEPT
        while True:
            end = _before_foreign_name(syls, i, name_run(syls, i, used))
            yield Cand("LOC", i - 1 if generic else i, end)  # "sông Đáy" keeps its generic word
            generic = False
            i = end
            if i + 1 < len(syls) and syls[i].text in {",", "và"} and not used[i + 1] \
                    and person_syllable(syls[i + 1]) and _list_item(syls, i + 1, used):
                i += 1
            else:
                break


def headline_streets(syls: list[Syllable], used: list[bool]):
    """'Đường Võ Nguyên Giáp Ven Biển ...', 'ĐƯỜNG LÊ DUẨN NGẬP SÂU', 'Cầu Nhật Tân': in a Title
    Case line, a place's generic word (vi/headline_place_cues.txt), then a surname and name
    words, or one to three name words, is the place (the words after it are the headline's,
    down to one that opens a common word with the next: "Ngập Sâu"). Not where the generic word
    is half of a common word ("Cầu Thủ") or the name is one ("Cầu Vồng", "Tâm Điểm")."""
    for i in range(1, len(syls)):
        if used[i] or not person_syllable(syls[i]) \
                or not lexicon.ends_before(syls, i, "headline_place_cues.txt", (1, 2, 3), fold=True) \
                or lexicon.common_word([syls[i - 1].text, syls[i].text]) or opens_word(syls, i):
            continue  # "Trận Cầu Tâm Điểm": no bridge, a common word
        end = i + 1
        while end < len(syls) and end - i < 4 and not used[end] and person_syllable(syls[end]) \
                and _street_word(syls, i, end):
            end += 1
        named = end - i >= 2 if surname_at(syls, i) else _place_name(syls, i, end)
        if named and not lexicon.common_word([s.text for s in syls[i:end]]):
            yield Cand("LOC", i, end)


def _place_name(syls: list[Syllable], i: int, end: int) -> bool:
    """Words after a generic word that name a place: name words, or words no dictionary has."""
    return all(s.text in lexicon.name_words() or not lexicon.dictionary_word(s.text) for s in syls[i:end])


def _street_word(syls: list[Syllable], i: int, k: int) -> bool:
    """Does the name that starts at `i` go on at `k`? A name word, a word no dictionary has
    ("Duẩn"), or any word after a middle name ("Trần Văn Giàu"); not one that opens a common
    word with the next ("Ngập Sâu")."""
    word = syls[k].text
    if opens_word(syls, k):
        return False
    return word in lexicon.name_words() or not lexicon.dictionary_word(word) \
        or (k == i + 2 and syls[i + 1].text in ("Văn", "Thị"))


def _before_foreign_name(syls: list[Syllable], i: int, end: int) -> int:
    """'bang Bavaria Markus Söder': the place ends where a foreign person's name begins; 'tỉnh
    Chiang Mai Somchai Kittiwong': a known place, then two foreign words or more, is the place
    and then a person."""
    for k in range(i + 1, end - 1):
        if latin.foreign_given(syls[k].text):
            return k
    n = lexicon.match(syls, i, "places")
    rest = syls[i + n : end]
    if n and len(rest) >= 2 and (not any(latin.vietnamese(s.text) for s in rest)
                                 or (surname_at(syls, i + n) and all(is_name_syllable(s) for s in rest)
                                     and not lexicon.match(syls, i + n, "places"))):
        return i + n  # ... or a surname and name words: "thành phố Đài Nam Lại Thanh Đức"
    return end


def routes(syls: list[Syllable], used: list[bool], found: list[Cand]):
    """'Hà Nội - TP.HCM', 'TP.HCM - Long Thành - Dầu Giây': the names after a place in a
    dashed route are places."""
    ends = {c.j for c in found if c.kind == "LOC"}
    taken = list(used)
    for j in sorted(ends):
        while j + 1 < len(syls) and syls[j].text in ("-", "–") and not taken[j + 1] \
                and _route_stop(syls, j + 1, taken) \
                and is_name_syllable(syls[j + 1]) and not person_after_surname_safe(syls, j + 1, taken) \
                and not lexicon.match(syls, j + 1, "honorifics", fold=True):
            end = j + 1
            while end < len(syls) and end - j <= 4 and not taken[end] and is_name_syllable(syls[end]):
                end += 1
            yield Cand("LOC", j + 1, end)
            for k in range(j + 1, end):
                taken[k] = True
            j = end


def _route_stop(syls: list[Syllable], k: int, used: list[bool]) -> bool:
    """A stop of a route is a known place or a name of two words or more ('Dầu Giây'), not a
    capitalised word opening the next clause ('Đồng Nai - Không có chuyện ...'), nor a
    capitalised common word opening a Title Case headline ('Đồng Nai – Phát Hiện Thi Thể ...')."""
    if lexicon.match(syls, k, "places"):
        return True
    end = k
    while end < len(syls) and not used[end] and is_name_syllable(syls[end]):
        end += 1
    return end - k >= 2 and not lexicon.common_word([syls[k].text, syls[k + 1].text])


def _in_show_name(syls: list[Syllable], i: int) -> bool:
    """'Shark Tank Việt Nam', 'Running Man Việt Nam': a country closing an English title."""
    if i == 0:
        return False
    before = syls[i - 1].text
    if lexicon.match(syls, i - 1, "place_cues.txt", fold=True) == 1:
        return False  # "Tour Thái Lan 5 ngày": a place word, not a show's title
    return before[:1].isupper() and (lexicon.english(before) or before in vi.wordset("not_name_words.txt"))


def _in_event_name(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    """'Festival Hoa Đà Lạt', 'Ngoại hạng Anh': a place inside an event's or award's name."""
    for h in range(max(0, i - 5), i):
        n = lexicon.match(syls, h, "event_heads.txt")
        if n and h + n <= i and not any(used[h:i]) and all(s.text.isalpha() for s in syls[h + n : i]) \
                and is_name_syllable(syls[h + n]) and not any(
                    syls[k].text.islower() and syls[k].token != syls[k - 1].token for k in range(h + n, i)):
            return True  # "Ngày Nhà giáo ...", not "Ngày xưa", nor "Hiệp định TPP tại Atlanta"
    return False


def _list_item(syls: list[Syllable], i: int, used: list[bool]) -> bool:
    """The next place of a list after 'huyện A, B và C': a name of its own, not 'P.5' or the
    capitalised first word of 'Quốc lộ'."""
    end = name_run(syls, i, used)
    if end >= len(syls) or (end + 1 == len(syls) and syls[end].text == "."):
        return True  # ... or the last of the line ("... Hàm Nghi và Tôn Đức Thắng.")
    return syls[end].text != "." and not (
        syls[end].token == syls[end - 1].token and syls[end].text.islower())


def _continues_name(syls: list[Syllable], i: int, n: int) -> bool:
    """'Lê Hà Lan', 'Phan Thị Lệ Thủy': a place name inside a longer capitalised run that
    starts with a surname."""
    if n < 2:
        return False
    k = i
    while k > 0 and i - k < 3 and person_syllable(syls[k - 1]):
        k -= 1
        if surname_at(syls, k) and i + n - k <= MAX_PERSON and not any(
                lexicon.common_word([syls[m].text, syls[m + 1].text]) for m in range(k, i - 1)) \
                and all(s.text in lexicon.name_words() for s in syls[k + 1 : i]):  # not "Y Tại Trung Quốc"
            return True  # not "Nguyên Chất Quảng Nam": a common word ("pure") before the place
    return False


_LANGUAGE_BEFORE = {"tiếng", "ngôn ngữ", "cử nhân", "Cử nhân", "khoa", "môn"}
_LANGUAGE_AFTER = {"văn", "ngữ"}


def _language(syls: list[Syllable], i: int, n: int) -> bool:
    """'Anh văn', 'ngôn ngữ Anh', 'tiếng Pháp': a language, not the country."""
    if n > 1:
        return False
    if i + 1 < len(syls) and syls[i + 1].text in _LANGUAGE_AFTER:
        return True
    return any(i - w >= 0 and " ".join(s.text for s in syls[i - w : i]) in _LANGUAGE_BEFORE for w in (1, 2))


_PRONOUN_TAILS = frozenset({"ấy", "ta"})


def _alone(syls: list[Syllable], i: int, n: int, headline: bool = False) -> bool:
    """'Anh' is England alone, but part of a name in 'Anh Minh'; same for 'Nga', 'Đức'; and
    'Trung' (China) is not the first half of the word 'Trung tâm'. In a Title Case `headline`
    the next word's capital says nothing about a name no Vietnamese syllable spells
    ("Đến Malaysia Thi Đấu")."""
    if n > 1:
        return True
    if syls[i].text.isupper() and i + 1 < len(syls) and syls[i + 1].text.isdigit():
        return False  # "chuyến bay VN 7228": an airline's flight code
    if i + 1 < len(syls) and syls[i + 1].text in _PRONOUN_TAILS:
        return False  # "Anh ấy", "Nga ta": a pronoun, not England or a woman's name
    if is_syllable(syls[i].text) and any(
            0 <= k < len(syls) and syls[k].token == syls[i].token and syls[k].text.isalpha()
            for k in (i - 1, i + 1)):
        return False  # "Trung_tâm", "Anh_văn"; but "Philippines_tập" is the segmenter's slip
    before = i > 0 and person_syllable(syls[i - 1]) and syls[i - 1].token == syls[i].token
    after = i + 1 < len(syls) and person_syllable(syls[i + 1]) \
        and not (headline and not is_syllable(syls[i].text))
    return not (before or after)

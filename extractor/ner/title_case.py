"""Names in a Title Case or capitals line, where every word has a capital: where a person's
name that starts at a surname, a cue or a foreign word ends, and whether what is left is a name
at all ("Bầu Hiển Rót 100 Tỷ", "Bộ Trưởng Phùng Xuân Nhạ: ...", "Song Joong Ki Xuất Ngũ");
which capitalised heads open an organisation and where it ends ("Bệnh Viện Nhi Đồng 1"), and
which known names are common nouns there ("Hai Thanh Niên", "Giải Cứu Thành Công")."""

from __future__ import annotations

from .. import vi
from . import latin, lexicon
from .analysis import Syllable
from .shape import opens_word, surname_at


def cued_name_end(syls: list[Syllable], i: int, end: int) -> tuple[int, bool]:
    """In a Title Case line, a cued name ends at a verb or at the first word that is neither a
    name word nor foreign ("Bầu Hiển Rót 100 Tỷ"); is what is left a name? Not common words
    ("Giám Đốc Trẻ Tuổi Chia Sẻ", "Vua Phá Lưới")."""
    if i > 0 and lexicon.common_word([syls[i - 1].text, syls[i].text]):
        return end, False  # "Bác Sĩ Cảnh Báo ...": the cue is half of a word ("bác sĩ", a doctor)
    end = next((k for k in range(i + 1, end) if lexicon.match(syls, k, "person_verbs.txt", fold=True)), end)
    end = name_end(syls, i, end)
    words = [s.text for s in syls[i:end]]
    names = lexicon.name_words()
    common = lexicon.common_word(words) and not all(w in names for w in words)
    return end, not common and not (latin.vietnamese(words[0]) and words[0] not in names)


def name_end(syls: list[Syllable], i: int, end: int) -> int:
    """In a Title Case line, a name goes on over name words, foreign words and hyphenated
    given names only ("Park Ji-sung Được Bổ Nhiệm": the name, not the rest)."""
    if paused_name(syls, i, end):
        return end
    family = i if _east_asian_family(syls[i]) else -9  # where such a name starts, if any
    k = i + 1
    while k < end and (syls[k].text in lexicon.name_words() or not latin.vietnamese(syls[k].text)
                       or "-" in syls[k].text or (k - family < 3 and syls[k].text.isascii())):
        if family < i and _east_asian_family(syls[k]):
            family = k  # ... and after an East Asian family name, its given names ("Song Joong Ki")
        k += 1
    return before_word(syls, i, k)


def _east_asian_family(s: Syllable) -> bool:
    return s.text.isascii() and s.text in vi.wordset("foreign_surnames.txt")


def paused_name(syls: list[Syllable], i: int, end: int) -> bool:
    """After a cue in a Title Case line, a surname and one to three words closed by a pause
    are the name whatever the words ("Bộ Trưởng Phùng Xuân Nhạ: ...")."""
    return surname_at(syls, i) and 2 <= end - i <= 4 and (end == len(syls) or syls[end].text in ":,;(–-")


def before_word(syls: list[Syllable], i: int, end: int) -> int:
    """In a Title Case line, a name ends before a name word that opens a common word with the
    next one ("Đền Trần Thu Hút ...": "thu hút", to attract)."""
    while end - i > 1 and end < len(syls) and (opens_word(syls, end - 1) or _opens_verb(syls, end - 1)):
        end -= 1
    return end


def before_verb(syls: list[Syllable], i: int, end: int) -> int:
    """A capitalised run ends before a capitalised verb of two words or more that people do
    ("Phạm Hữu Lộc Lập Hat-Trick", "Công Phượng Lập Công"), in a headline or not; after a
    surname, only past a full name when the verb's words are name words too ("Nguyễn Đăng
    Quang": "đăng quang", to be crowned)."""
    for k in range(i + 1, end):
        if not _opens_verb(syls, k):
            continue
        names = all(s.text in lexicon.name_words() for s in syls[k : k + headline_verb_len(syls, k)])
        if not surname_at(syls, i) or k - i >= (3 if names else 2):
            return k
    return end


def headline_verb_len(syls: list[Syllable], k: int) -> int:
    """Length of what a headline says a person does at `k` (person_verbs.txt or, in a
    headline only, headline_verbs.txt), else 0."""
    return max(lexicon.match(syls, k, "person_verbs.txt", fold=True),
               lexicon.match(syls, k, "headline_verbs.txt", fold=True))


def _opens_verb(syls: list[Syllable], k: int) -> bool:
    """'Quang Hải Lập Siêu Phẩm': a name word opening what headline subjects do, two words or more."""
    return headline_verb_len(syls, k) >= 2


def name_words_end(syls: list[Syllable], i: int, end: int) -> int:
    """The end of the surname and the name words after it (at most three); after a middle
    name ("Văn", "Thị") the given name whatever word it is ("Nguyễn Văn Nên Thăm ...")."""
    names = lexicon.name_words()
    k = i + 1
    while k < end and k - i <= 3 and (syls[k].text in names or "-" in syls[k].text
                                      or (k == i + 2 and syls[i + 1].text in ("Văn", "Thị"))):
        if k == i + 3 and k + 1 < len(syls) and syls[k + 1].text.isalpha() and _common_verb(syls[k].text):
            break  # after a full name, a verb with its object is the headline's ("... Trí Đỗ
            # Thủ Khoa", "... Quyết Chi Nghìn Tỷ"; not "Trần Ngọc Diễm Chi" closing the line)
        k += 1  # a hyphenated given name: "Kim Jong-ho"
    return k


def _common_verb(word: str) -> bool:
    """'Tiếp', 'Thăm', 'Đỗ': a one-word verb of headlines (headline_verbs.txt), or one read
    only after a full name (name_closing_verbs.txt)."""
    w = word.casefold()
    return w in vi.wordset("headline_verbs.txt") or w in vi.wordset("name_closing_verbs.txt")


def two_name_words(syls: list[Syllable], k: int) -> bool:
    """'Hoài Nam', 'Diệu Linh': two name words, neither opening a common word."""
    names = lexicon.name_words()
    return k + 1 < len(syls) and syls[k].text in names and syls[k + 1].text in names \
        and not lexicon.common_word([syls[k].text, syls[k + 1].text])


def name_words_after_surname(syls: list[Syllable], i: int, end: int) -> bool:
    """'Nguyễn Đăng Khoa' but not 'Vàng Nhẫn Tăng Vọt' (Title Case words after a surname)."""
    names = lexicon.name_words()
    return surname_at(syls, i) and all(s.text in names for s in syls[i + 1 : end])


# --- organisations in a Title Case line


def org_name_end(syls: list[Syllable], end: int, used: list[bool]) -> int:
    """After a head and two words in a Title Case line, a number or a place still belongs to
    the name ("Bệnh Viện Nhi Đồng 1", "Bệnh Viện Nhân Dân Gia Định")."""
    if end < len(syls) and not used[end] and syls[end].text.isdigit() and len(syls[end].text) <= 3:
        return end + 1
    place = lexicon.match(syls, end, "places") if end < len(syls) else 0
    return end + place if place and not any(used[end : end + place]) else end


def org_head(syls: list[Syllable], i: int) -> int:
    """'Bệnh Viện Bạch Mai' in a Title Case line: a head capitalised by the line, then a name
    word ("Các Bệnh Viện Tăng Cường ...": counted; "Tổ Chức Liveshow": no name word)."""
    n = lexicon.match(syls, i, "org_heads.txt", fold=True)
    k = i + n
    if not n or counted(syls, i) or k >= len(syls):
        return 0
    return n if syls[k].text in lexicon.name_words() else 0


def common_noun(syls: list[Syllable], i: int, n: int) -> bool:
    """A known name of two words or more that spells a common word, right after another word
    of the line and not after a cue ("báo Lao Động") nor a body's own word ("Thành Ủy"): in a
    Title Case line the word is meant ("Giải Cứu Thành Công"), not an outlet or a firm."""
    return n >= 2 and i > 0 and syls[i - 1].text.isalpha() \
        and lexicon.common_word([s.text for s in syls[i : i + n]]) \
        and not lexicon.match(syls, i, "org_heads.txt", fold=True) \
        and not lexicon.ends_before(syls, i, "org_cues.txt", fold=True)


def counted(syls: list[Syllable], i: int) -> bool:
    """A number or a quantifier right before: the words are counted, so a common noun."""
    before = syls[i - 1].text if i > 0 else ""
    return before.isdigit() or before.casefold() in vi.wordset("quantifiers.txt")


def admin_place_end(syls: list[Syllable], k: int) -> int:
    """'Tỉnh Quảng Trị' after a head: an administrative word, then a known place; its end."""
    if k < len(syls) and syls[k].text.casefold() in ("tỉnh", "tp", "huyện", "quận", "xã", "phường"):
        n = lexicon.match(syls, k + 1, "places")
        return k + 1 + n if n else 0
    return 0

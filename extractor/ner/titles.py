"""Titles before or after a name ("Giám đốc Sở Y tế", "nguyên Phó Chủ tịch"): the title
lexicon with its deputy/acting/former prefixes, and the organisation a fused title implies
("Trưởng phòng QLTH" -> Phòng QLTH, "Bộ trưởng Tài chính" -> Bộ Tài chính), rebuilt from
the words after it up to the person it introduces."""

from __future__ import annotations

from ..names import is_syllable
from ..vi import pattern
from . import lexicon, orgname
from .analysis import Syllable
from .shape import (
    LINE_PARTS,
    Cand,
    foreign_name_at,
    is_name_syllable,
    name_run,
    person_syllable,
    surname_at,
)


def find(syls: list[Syllable], used: list[bool]):
    """Titles ("Giám đốc", "Phó Chủ tịch") with their flags, each with the organisation a fused
    title implies ("Bộ trưởng Tài chính" -> Bộ Tài chính)."""
    i = 0
    while i < len(syls):
        new = syls[i].text.casefold() == "tân" and lexicon.match(syls, i + 1, "titles", fold=True) > 0
        i += new  # "Tân HLV Chelsea": the new coach; the title starts after the word "new"
        flags, k = _prefix(syls, i)
        n = lexicon.match(syls, k, "titles", fold=True)
        after = k + n
        # not "Quốc vương" inside "Trung_Quốc Vương Nghị"
        starts_word = new or i == 0 or syls[i - 1].token != syls[i].token \
            or not syls[i - 1].text.isalnum()  # "| Phó ...": the segmenter may glue a mark to a word
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
    if after < len(syls) and is_name_syllable(syls[after]):
        return True
    if (i == 0 or syls[i - 1].text in LINE_PARTS) and after + 1 < len(syls) and syls[after].text == ":" and (
            is_name_syllable(syls[after + 1]) or lexicon.match(syls, after + 1, "honorifics") == 1):
        return True  # "Tổng biên tập: Lê Quang Vinh", "Giám đốc: ông Lê Văn Thành": a label (opening
        # the line or a part of it: "... | Phó Tổng biên tập: ...")
    before = " ".join(s.text for s in syls[max(0, i - 4) : i])
    if before and pattern("links", "predicate").search(before):
        return True  # "bổ nhiệm ông X làm Tổng giám đốc": the office taken, at the end
    if i >= 2 and syls[i - 1].text in {",", "("} and is_name_syllable(syls[i - 2]):
        return True
    k = _lowercase_remnant(syls, after, [False] * len(syls))
    return k > after and syls[k].text == "(" and k + 2 < len(syls) \
        and lexicon.match(syls, k + 1, "honorifics", fold=True) > 0  # "... ngầm (ông Trần Trọng Hiếu)"


def _parent_body(syls: list[Syllable], end: int, used: list[bool]) -> int:
    """'Trưởng phòng Cảnh sát hình sự Công an tỉnh Đồng Nai': the department's lowercase
    words, then the body it belongs to, are all one rebuilt name."""
    k = end
    while k < len(syls) and k - end < 4 and syls[k].text.isalpha() and syls[k].text.islower() \
            and not lexicon.match(syls, k, "clause_words.txt"):
        k += 1
    if k == end or k >= len(syls) or used[k] or not lexicon.match(syls, k, "org_heads.txt"):
        return end
    parent = orgname.extend(syls, k + lexicon.match(syls, k, "org_heads.txt"), used, cut_person=True)
    return parent if parent > k + 1 else end


def _lowercase_remnant(syls: list[Syllable], after: int, used: list[bool]) -> int:
    """'trưởng phòng quản lý hạ tầng, môi trường và công trình ngầm (ông X)', 'phó trưởng phòng
    quản lý đô thị quận 7, ...': a fused title's unit written in lowercase (as Tuổi Trẻ writes
    it), kept where it visibly ends, at a bracket or a comma, and holding no verb."""
    k = after
    while k < len(syls) and k - after < 12 and not used[k] and (
            (syls[k].text.isalpha() and syls[k].text.islower())
            or (syls[k].text.isdigit() and k > after and syls[k - 1].text in ("quận", "phường"))
            or (syls[k].text == "," and k + 1 < len(syls) and syls[k + 1].text.islower()
                and _listed_field(syls, k + 1))):
        if lexicon.match(syls, k, "clause_words.txt"):
            return after
        k += 1
    if k - after < 2 or k >= len(syls) or syls[k].text not in ("(", ",") or syls[k - 1].text == ",":
        return after
    return k


def _listed_field(syls: list[Syllable], k: int) -> bool:
    """After a comma inside a unit's name, another field of it, closed by "và" ("hạ tầng, môi
    trường và công trình ngầm"): lowercase words up to a "và"."""
    j = k
    while j < len(syls) and j - k < 4 and syls[j].text.isalpha() and syls[j].text.islower():
        if syls[j].text == "và":
            return j > k
        j += 1
    return False


def _implied_org(syls: list[Syllable], k: int, after: int, used: list[bool]) -> Cand | None:
    """'Trưởng phòng QLTH' -> Phòng QLTH; 'Bộ trưởng Tài chính' -> Bộ Tài chính."""
    title = " ".join(s.text for s in syls[k:after]).casefold()
    head = lexicon.implied_heads().get(title)
    if not head or after >= len(syls):
        return None
    explicit = lexicon.match(syls, after, "org_heads.txt")
    written = " ".join(s.text for s in syls[after : after + explicit]).casefold()
    if explicit and written.startswith(head.casefold()):
        # "Bộ trưởng Bộ Tài chính", "Hiệu trưởng Trường Đại học ...": written out in full
        return None
    if lexicon.match(syls, after, "head_abbreviations"):
        return None  # "Viện trưởng VKSND huyện Ba Vì": the body is written out
    if (surname_at(syls, after) and name_run(syls, after, used) - after >= 2) \
            or foreign_name_at(syls, after):
        return None  # "Thứ trưởng Võ Thành Hưng": a name, not "Bộ Võ Thành Hưng"
    nxt = syls[after + 1].text if after + 1 < len(syls) else ""
    if name_run(syls, after, used) == after + 1 and is_syllable(syls[after].text) \
            and person_syllable(syls[after]) and not lexicon.match(syls, after, "places") \
            and (syls[after].text in lexicon.name_words() or nxt in (":", ",")) \
            and (not nxt or syls[after + 1].token != syls[after].token):
        return None  # "Bộ trưởng Nhạ:": the minister by his given name; no body is named by one
        # Vietnamese syllable standing as a word of its own (not "Công an", not "QLTH")
    end = orgname.extend(syls, after, used, cut_person=True)
    if end == after:
        end = _lowercase_remnant(syls, after, used)  # "phó trưởng phòng quản lý đô thị quận 7,"
    if end == after:
        return None
    end = _parent_body(syls, end, used)
    name_syls = [s.text for s in syls[after:end]]
    start = after - 1 if syls[after - 1].text.casefold() == head.casefold() else after
    return Cand("ORG", start, end, name=f"{head} {' '.join(name_syls)}".replace(" , ", ", "), implied=True)

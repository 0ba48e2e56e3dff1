"""Who holds which role: person -> (title, organisation, flags), from the patterns news uses.

- prefix: "Bộ trưởng Tài chính Hồ Đức Phớc", "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh",
  "Tổng thống Pháp Emmanuel Macron", "Đại sứ Nhật Bản tại Việt Nam Yamada Takio";
- apposition, possibly chained: "Hoàng Mạnh Phú – Bí thư Huyện ủy, Chủ tịch HĐND huyện Phúc
  Thọ", "ông A (Phó chủ tịch HĐND tỉnh)", "gồm các đồng chí: A, T1 O1; B, T2 O2";
- rank and office: "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an" (two roles);
- affiliation without a title: "Lisa (BLACKPINK)", "Seungri - cựu thành viên của nhóm Big Bang";
- predicate: "Frank Lampard ... trở thành HLV Chelsea".
"""

from __future__ import annotations

import re

from .. import vi
from ..vi import pattern
from .analysis import Syllable
from .shape import LINE_PARTS, Cand

Role = tuple[str | None, str | None, tuple[str, ...]]  # title, organisation, flags

_APPOSITION_GAPS = {",", "(", "là", "-", "–", "—", ":"}
_PREFIX_GAPS = {"", "ông", "bà", "đồng chí"}
_LABEL_GAPS = {":", ": ông", ": bà"}  # "Tổng biên tập: Lê Quang Vinh", "Giám đốc: ông ...": a label
_FORMER = {"nguyên", "Nguyên", "cựu", "Cựu"}
_BRACKETED_ABBREVIATION = re.compile(r"\(\s*[A-ZĐ][\w&.-]{1,12}\s*\)")
_HONORIFIC_WORDS = {"ông", "bà", "đồng chí", "bác sĩ", "tiến sĩ"}


class _Sentence:
    def __init__(self, cands: list[Cand], text: str, syls: list[Syllable]) -> None:
        self.cands, self.text, self.syls = cands, text, syls

    def gap(self, a: Cand, b: Cand) -> str:
        between = self.text[self.syls[a.j - 1].end : self.syls[b.i].start]
        return pattern("links", "aside").sub("", between).strip()  # "(SN 1968), " -> ","

    def at(self, k: int) -> Cand | None:
        return self.cands[k] if 0 <= k < len(self.cands) else None

    def title(self, c: Cand) -> str:
        words = [s.text for s in self.syls[c.i : c.j]]
        while words and words[0] in _FORMER:
            words.pop(0)
        text = " ".join(words)
        return text[:1].upper() + text[1:]


def roles(cands: list[Cand], text: str, syls: list[Syllable]) -> dict[str, list[Role]]:
    """Every role found for every person candidate, by the person's name, in text order."""
    s = _Sentence(cands, text, syls)
    out: dict[str, list[Role]] = {}
    for p, c in enumerate(cands):
        if c.kind != "PER":
            continue
        found = _prefixes(s, p) + [r for r in (_bracketed_name(s, p),) if r] + _appositions(s, p)
        found += [r for r in (_affiliation(s, p), _predicate(s, p)) if r]
        found = found or [r for r in (_listed_after_label(s, p),) if r]
        if found:
            out.setdefault(c.name, []).extend(found)
    return out


def _role(s: _Sentence, title: Cand, org: Cand | None) -> Role:
    return s.title(title), org.name if org else None, tuple(title.flags)


def _prefixes(s: _Sentence, p: int) -> list[Role]:
    """'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An Hồ Văn Khiêm':
    the role right before the name, then the ones chained before it with commas."""
    first = _prefix(s, p)
    if not first:
        return []
    out, joins = [first[0]], []
    k = first[1]  # index of the first candidate of that role
    while k >= 2:
        role = _role_ending_at(s, k - 1)
        gap = s.gap(s.cands[role[1] + (1 if role[2] else 0)], s.cands[k]) if role else ""
        if gap not in (",", "kiêm"):
            break
        owner = s.at(role[1] - 1)
        if owner and owner.kind == "PER" and s.gap(owner, s.cands[role[1]]) in _APPOSITION_GAPS:
            break  # "ông A, Chủ tịch UBND TP, Phó Chủ tịch UBND TP B": A's role, not B's
        out.insert(0, role[0])
        joins.insert(0, gap)
        k = role[1]
    return _share_orgs(out, joins)


def _role_ending_at(s: _Sentence, e: int) -> tuple[Role, int, bool] | None:
    """A 'TITLE ORG' or 'TITLE' that ends at candidate `e`: (role, index of the title, has org)."""
    c = s.at(e)
    if c is None:
        return None
    if c.kind == "TITLE":
        return _role(s, c, c.implied_org), e, False
    title = s.at(e - 1)
    if c.kind in ("ORG", "LOC") and title and title.kind == "TITLE" and _joined(s, title, c):
        return _role(s, title, c), e - 1, True
    return None


def _share_orgs(chain: list[Role], joins: list[str]) -> list[Role]:
    """'Chủ tịch HĐQT kiêm Tổng giám đốc CTCP X': a title with no organisation, joined to the
    next by 'kiêm', takes the next one's (`joins[k]` joins role k to role k + 1)."""
    out = list(chain)
    for k in range(len(out) - 2, -1, -1):
        title, org, flags = out[k]
        if org is None and title and out[k + 1][1] and joins[k].startswith("kiêm"):
            out[k] = (title, out[k + 1][1], flags)
    return out


def _bracketed_name(s: _Sentence, p: int) -> Role | None:
    """'Trưởng phòng Tài nguyên và Môi trường huyện Đông Anh (ông Kiều Văn Thắng)'."""
    c = s.cands[p]
    before = s.text[: s.syls[c.i].start].rstrip()
    for cue in ("(ông", "(bà", "(đồng chí", "("):
        if before.endswith(cue):
            break
    else:
        return None
    after = s.text[s.syls[c.j - 1].end :].lstrip()
    role = _role_ending_at(s, p - 1) if after.startswith(")") else None
    if role and s.syls[s.cands[p - 1].j - 1].end <= len(before) - len(cue) + 1:
        return role[0]
    return None


def _prefix(s: _Sentence, p: int) -> tuple[Role, int] | None:
    """A title (and organisation or country) right before the name."""
    c, before = s.cands[p], s.at(p - 1)
    if before is None:
        return None
    if before.kind == "TITLE" and (s.gap(before, c) in _PREFIX_GAPS or (
            s.gap(before, c) in _LABEL_GAPS and _opens_label(s, before))):
        after = s.at(p + 1)  # "CEO Jensen Huang của Nvidia": the body named after the person
        owner = after if after and after.kind == "ORG" and s.gap(c, after) == "của" else None
        return _role(s, before, before.implied_org or owner), p - 1
    if not _quiet_gap(s.gap(before, c), before):
        return None
    k = p - 1
    prev = s.at(p - 2)
    if before.kind == "LOC" and prev and prev.kind == "LOC" and s.gap(prev, before) == "tại":
        k = p - 2  # "Đại sứ Nhật Bản tại Việt Nam Yamada Takio": the sending country
    org, title = s.at(k), s.at(k - 1)
    if org and title and org.kind in ("ORG", "LOC") and title.kind == "TITLE" \
            and _joined(s, title, org):
        return _role(s, title, org), k - 1
    return None


def _opens_label(s: _Sentence, title: Cand) -> bool:
    """A title opening the line or a part of it ("... | Phó Tổng biên tập: A")."""
    before = s.text[: s.syls[title.i].start].strip()
    return not before or before.endswith(tuple(LINE_PARTS))


def _listed_after_label(s: _Sentence, p: int) -> Role | None:
    """'Phó Tổng biên tập: Trần Quang Vinh, Lê Minh Hoàng': the names listed after a label's
    first name hold the label's title too."""
    q = p
    while q >= 2 and s.cands[q - 1].kind == "PER" and s.gap(s.cands[q - 1], s.cands[q]) in (",", "và"):
        q -= 1
    title = s.at(q - 1)
    if q == p or not title or title.kind != "TITLE" or s.gap(title, s.cands[q]) not in _LABEL_GAPS \
            or not _opens_label(s, title):
        return None
    return _role(s, title, title.implied_org)


_UNIT_WORDS = frozenset({"thành phố", "tỉnh", "bang", "TP", "TP."})


def _joined(s: _Sentence, title: Cand, org: Cand) -> bool:
    """A title right before its body or place, or before a place's unit word and the place
    ("Phó Thị trưởng thành phố Thượng Hải")."""
    gap = s.gap(title, org)
    return gap == "" or (org.kind == "LOC" and gap in _UNIT_WORDS)


def _quiet_gap(gap: str, org: Cand) -> bool:
    """Nothing, or nothing but the organisation's bracketed abbreviation ("Hiệp hội Bất động
    sản TP.HCM (HoREA) Lê Hoàng Châu"), or a comma and the person's academic or honorific
    prefix ("Giám đốc Bệnh viện Chợ Rẫy, TS.BS Phạm Thanh Việt")."""
    if gap == "" or (org.alias and gap == f"({org.alias})") or _BRACKETED_ABBREVIATION.fullmatch(gap):
        return True
    words = gap[1:].split() if gap.startswith(",") else []
    return 0 < len(words) <= 2 and all(_academic(w) or w.casefold() in _HONORIFIC_WORDS for w in words)


def _academic(word: str) -> bool:
    """'TS', 'GS.TS', 'TS.BS': academic prefixes, alone or joined by dots."""
    return all(part in vi.wordset("academic.txt") for part in word.split(".") if part)


def _appositions(s: _Sentence, p: int) -> list[Role]:
    """'Name, T1 O1, T2 O2' / 'Name – T1 O1, T2 O2' / 'Name (T O)': one role per title."""
    out: list[Role] = []
    joins: list[str] = []
    last, k, gaps = s.cands[p], p + 1, _APPOSITION_GAPS
    while (title := s.at(k)) and title.kind == "TITLE" and s.gap(last, title) in gaps:
        if out:
            joins.append(s.gap(last, title))
        nxt = s.at(k + 1)
        if nxt and nxt.kind == "PER" and s.gap(title, nxt) in _PREFIX_GAPS:
            break  # "..., Giám đốc Nguyễn Văn B": the next person's title
        org = _org_after(s, k)
        after_org = s.at(k + 2) if org is not None and org is nxt else None
        if after_org and after_org.kind == "PER" and s.gap(org, after_org) == "":
            break  # "..., Phó Giám đốc Sở Y Nguyễn Văn B"
        out.append(_role(s, title, org))
        last, k = (org, k + 2) if org is not None and org is nxt else (title, k + 1)
        while org is not None and org is nxt and (more := s.at(k)) and more.kind == "ORG" \
                and s.gap(last, more) == "và":
            out.append(_role(s, title, more))  # "CEO của Tesla và SpaceX": one title, two bodies
            joins.append("và")
            last, k = more, k + 1
        gaps = {",", "và", "kiêm", "kiêm nhiệm"}
    return _share_orgs(out, joins)


def _org_after(s: _Sentence, t: int) -> Cand | None:
    """The organisation a title governs: implied by a fused title, or right after it, also
    after "của" ("CEO của VNG"); a country or city right after it ("Thủ tướng Đức", "Thị
    trưởng Seoul"), as in the prefix form "Tổng thống Mỹ Barack Obama"."""
    title = s.cands[t]
    if title.implied_org:
        return title.implied_org
    nxt = s.at(t + 1)
    if nxt and nxt.kind == "LOC" and _joined(s, title, nxt):
        return nxt
    return nxt if nxt and nxt.kind in ("ORG",) and s.gap(title, nxt) in ("", "của") else None


def _affiliation(s: _Sentence, p: int) -> Role | None:
    """'Lisa (BLACKPINK)', 'Seungri - cựu thành viên của nhóm Big Bang'."""
    c, org = s.cands[p], s.at(p + 1)
    if not org or org.kind != "ORG":
        return None
    gap = s.gap(c, org)
    after = s.text[s.syls[org.j - 1].end :].lstrip()
    if gap == "(" and after.startswith(")"):
        return None, org.name, ()
    m = pattern("links", "membership").match(gap)
    if m and gap:
        return None, org.name, ("former",) if m.group("former") else ()
    if gap == "," and after[:1] in (",", ")", "-", "–"):
        return None, org.name, ()  # "Bác sĩ Trương Hữu Khanh, Bệnh viện Nhi đồng 1, khuyến cáo ..."
    return None


def _predicate(s: _Sentence, p: int) -> Role | None:
    """'Frank Lampard đạt thỏa thuận trở thành HLV Chelsea': the title after a verb of taking
    office belongs to the person before it, when no other person stands between."""
    c = s.cands[p]
    for k in range(p + 1, len(s.cands)):
        title = s.cands[k]
        if title.kind == "PER":
            return None
        if title.kind != "TITLE":
            continue
        between = s.text[s.syls[c.j - 1].end : s.syls[title.i].start]
        if any(ch in between for ch in ".;!?") or not pattern("links", "predicate").search(between):
            continue
        nxt = s.at(k + 1)
        if nxt and nxt.kind == "PER" and s.gap(title, nxt) in _PREFIX_GAPS:
            return None
        return _role(s, title, _org_after(s, k))
    return None

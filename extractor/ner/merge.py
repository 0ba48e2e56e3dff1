"""Page-level merging: one organisation per set of aliases, one person per name and short forms."""

from __future__ import annotations

import re

from .. import vi
from ..names import is_acronym
from .shape import LOWER_MIDDLE

_CONNECTORS = {"và", "-", "–", "&", "của"}


_ADMIN = {"tỉnh": "tỉnh", "huyện": "huyện", "quận": "quận", "xã": "xã", "phường": "phường",
          "TP": "tp", "thành": "tp", "thị": "thị"}


def org_key(name: str) -> tuple[str, tuple[str, ...]]:
    """(head, initials): 'Trung tâm Thông tin - Tư liệu' and 'Trung tâm TTTL' give
    ('trung tâm', ('T', 'T', 'T', 'L')); administrative words stay whole ('tỉnh', 'tp')."""
    name = _expand_head(name)
    head = next((h for h in vi.wordlist("org_heads.txt") if name == h or name.startswith(h + " ")), "")
    parts: list[str] = []
    for syl in re.findall(r"[^\s\-–]+", name[len(head) :]):
        syl = syl.strip("().,")
        if not syl or syl.casefold() in _CONNECTORS or syl == "phố":
            continue
        if syl in _ADMIN:
            parts.append(_ADMIN[syl])
        elif is_acronym(syl):
            parts.extend(c for c in syl if c.isupper())
        else:
            parts.append(syl[0].upper())
    return head.casefold(), tuple(parts)


def _all_initials(name: str) -> str:
    return "".join(w[0].upper() for w in re.findall(r"[^\s\-–]+", name)
                   if w.casefold() not in _CONNECTORS and w[0].isalpha())


def _expand_head(name: str) -> str:
    """'UBND tỉnh Nghệ An' -> 'Ủy ban nhân dân tỉnh Nghệ An' (head abbreviations only)."""
    first, _, rest = name.partition(" ")
    expansion, kind = vi.abbreviations().get(first, ("", ""))
    return f"{expansion} {rest}".strip() if kind == "head" else name


def _tail_owner(name: str, names: list[str]) -> str | None:
    """'Công ty Sông Tiền' belongs to the one longer name of a compatible head ending with its
    distinctive part ('Công ty cổ phần Xuất nhập khẩu Trái cây Sông Tiền')."""
    short = _expand_head(name)
    head = next((h for h in vi.wordlist("org_heads.txt") if short.startswith(h + " ")), "")
    tail = short[len(head) :].strip()
    if not head or len(tail.split()) < 2:
        return None
    owners = [m for m in names if m != name and len(_expand_head(m)) > len(short)
              and _expand_head(m).startswith(head) and _expand_head(m).endswith(" " + tail)]
    return owners[0] if len(owners) == 1 else None


def spelled_out(name: str) -> int:
    """How spelled-out a form is (lowercase letters): the fullest form names the organisation."""
    return sum(c.islower() for c in name)


def group_orgs(names: list[str], defined: dict[str, str] | None = None) -> dict[str, str]:
    """Map each organisation form to the canonical form of its group.

    `defined` maps abbreviations the page introduced ("(CDC)") to the form they abbreviate.
    An abbreviation standing alone joins the organisation whose full initials it spells
    ("NHNN" = "Ngân hàng Nhà nước").
    """
    keys = {n: org_key(n) for n in names}
    initials = {n: _all_initials(n) for n in names}
    for n in names:
        target = (defined or {}).get(n)
        if target is None and keys[n][0] == "" and is_acronym(n):
            spelled = [m for m in names if m != n and initials[m] == n.replace(".", "")]
            target = spelled[0] if len(spelled) == 1 else None
        if target in keys:
            keys[n] = keys[target]
    for n in names:
        owner = _tail_owner(n, names)
        if owner is not None:
            keys[n] = keys[owner]
    groups: dict[tuple[str, str], list[str]] = {}
    for n in names:
        groups.setdefault(keys[n], []).append(n)
    # A shorter key that is a prefix of exactly one longer key of the same head joins it
    # ("Viện Hàn lâm KHCN" -> "Viện Hàn lâm KHCN Việt Nam").
    for key in sorted(groups, key=lambda k: len(k[1])):
        longer = [k for k in groups
                  if k != key and k[0] == key[0] and k[1][: len(key[1])] == key[1]]
        enough = len(key[1]) >= 2 or (key[1] and key[1][0] in _ADMIN.values())
        if enough and len(longer) == 1 and key in groups:
            groups[longer[0]].extend(groups.pop(key))
    canon = {}
    for members in groups.values():
        best = max(members, key=lambda n: (spelled_out(n), members.count(n), -members.index(n)))
        for n in members:
            canon[n] = best
    return canon


def expand(name: str) -> str | None:
    """'Viện Hàn lâm KHCN Việt Nam' -> 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam'."""
    abbr = vi.abbreviations()
    out = re.sub(r"\S+", lambda m: abbr.get(m.group(0), (m.group(0), ""))[0], name)
    return out if out != name else None


def person_name(form: str) -> str:
    """A person's name as written, with a middle name some pages write in lowercase
    capitalised ('Trần văn Tùng' -> 'Trần Văn Tùng'); the mentions keep what was written."""
    words = form.split(" ")
    for k in range(1, len(words) - 1):
        if words[k] in LOWER_MIDDLE and words[k - 1][:1].isupper() and words[k + 1][:1].isupper():
            words[k] = words[k].capitalize()
    return " ".join(words)


def group_people(names: list[str]) -> dict[str, str]:
    """Map each person form to its full name: a short form ('Phớc', 'Hữu Hảo') joins the one
    full name ending with it; ambiguous short forms stay on their own."""
    canon = {}
    for n in names:
        owners = {f for f in names if f != n and f.endswith(" " + n) and len(f.split()) >= 2}
        canon[n] = owners.pop() if len(owners) == 1 else n
    return canon

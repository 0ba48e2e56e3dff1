"""Page-level merging: one organisation per set of aliases, one person per name and short forms."""

from __future__ import annotations

import re

from .. import vi
from ..names import is_acronym

_CONNECTORS = {"và", "-", "–", "&", "của"}


def org_key(name: str) -> tuple[str, str]:
    """(head, initials): 'Trung tâm Thông tin - Tư liệu' and 'Trung tâm TTTL' -> ('trung tâm', 'TTTL')."""
    head = next((h for h in vi.wordlist("org_heads.txt") if name == h or name.startswith(h + " ")), "")
    rest = re.findall(r"[^\s\-–]+", name[len(head) :])
    letters = []
    for syl in rest:
        syl = syl.strip("().,")
        if not syl or syl.casefold() in _CONNECTORS:
            continue
        if is_acronym(syl):
            letters.append("".join(c for c in syl if c.isupper()))
        else:
            letters.append(syl[0].upper())
    return head.casefold(), "".join(letters)


def _all_initials(name: str) -> str:
    return "".join(w[0].upper() for w in re.findall(r"[^\s\-–]+", name)
                   if w.casefold() not in _CONNECTORS and w[0].isalpha())


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
            spelled = [m for m in names if m != n and initials[m] == n]
            target = spelled[0] if len(spelled) == 1 else None
        if target in keys:
            keys[n] = keys[target]
    groups: dict[tuple[str, str], list[str]] = {}
    for n in names:
        groups.setdefault(keys[n], []).append(n)
    # A shorter key that is a prefix of exactly one longer key of the same head joins it
    # ("Viện Hàn lâm KHCN" -> "Viện Hàn lâm KHCN Việt Nam").
    for key in sorted(groups, key=lambda k: len(k[1])):
        longer = [k for k in groups if k != key and k[0] == key[0] and k[1].startswith(key[1])]
        if len(key[1]) >= 2 and len(longer) == 1 and key in groups:
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


def group_people(names: list[str]) -> dict[str, str]:
    """Map each person form to its full name: a short form ('Phớc', 'Hữu Hảo') joins the one
    full name ending with it; ambiguous short forms stay on their own."""
    canon = {}
    for n in names:
        owners = {f for f in names if f != n and f.endswith(" " + n) and len(f.split()) >= 2}
        canon[n] = owners.pop() if len(owners) == 1 else n
    return canon

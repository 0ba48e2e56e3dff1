"""Names written as codes: stock tickers standing for their companies ("Cổ phiếu VNM, MSN và
VIC"), sites written as their web address ("Hot14.vn") and people written with initials
("bệnh nhi T.H.M"). Their shapes are regexes in
`patterns.toml` ([people]); what makes them names is the context, checked here."""

from __future__ import annotations

from .. import vi
from ..vi import pattern
from . import lexicon
from .analysis import Syllable


def tickers(syls: list[Syllable], used: list[bool], text: str) -> list[tuple[str, int, int]]:
    """'Cổ phiếu VNM, MSN và VIC', 'mã HPG': stock tickers stand for their companies."""
    out: list[tuple[str, int, int]] = []
    ticker_at: set[int] = set()
    i = 0
    while i < len(syls):
        before = text[max(0, syls[i].start - 25) : syls[i].start]
        listed = i >= 2 and syls[i - 1].text in (",", "và") and i - 2 in ticker_at
        quoted = pattern("people", "ticker_quote").match(text, syls[i].end) \
            and syls[i].text not in vi.wordset("not_org_acronyms.txt")  # "VNM 109.500", not "USD 23.150"
        qualifies = bool(pattern("people", "ticker").match(syls[i].text)) and bool(
            listed or quoted or pattern("people", "ticker_cue").search(before))
        if qualifies and used[i]:
            ticker_at.add(i)  # a known company in the list ("FPT") carries the list on
        if not qualifies or used[i]:
            i += 1
            continue
        while i < len(syls) and not used[i] and pattern("people", "ticker").match(syls[i].text):
            out.append(("ORG", i, i + 1))
            ticker_at.add(i)
            i += 2 if i + 1 < len(syls) and syls[i + 1].text in (",", "và") else 1
    return out


def initials(syls: list[Syllable], used: list[bool]) -> list[tuple[str, int, int]]:
    """'bệnh nhi T.H.M', 'bà L.T.N (67 tuổi)': a person written with initials."""
    out = []
    for i, s in enumerate(syls):
        if used[i] or not pattern("people", "initials").match(s.text):
            continue
        cued = lexicon.ends_before(syls, i, "honorifics", (1, 2, 3), fold=True)
        aged = i + 2 < len(syls) and syls[i + 1].text == "(" and syls[i + 2].text[:1].isdigit()
        listed = bool(out) and out[-1][2] == i - 1 and syls[i - 1].text in (",", "và")  # "T.V.A và N.H.P"
        credited = i >= 2 and syls[i - 1].text == ":" \
            and bool(pattern("people", "credit_label").match(syls[i - 2].text))  # "Ảnh: N.K"
        dotted = i + 1 < len(syls) and syls[i + 1].text == "." and syls[i + 1].start == s.end
        if dotted and (credited or (i + 2 < len(syls) and (cued or aged or listed))):
            out.append(("PER", i, i + 2))  # "Ảnh: T.T.D.", "bệnh nhân N.V.T. (45 tuổi)": the last
            # initial's dot kept, unless it may end the sentence
        elif cued or aged or listed or credited:
            out.append(("PER", i, i + 1))
    return out


def domains(syls: list[Syllable], used: list[bool]) -> list[tuple[str, int, int]]:
    """'cachnhietachau.com', 'Xem tại Hot14.vn': a web address no rule took is its site."""
    out = []
    for i, s in enumerate(syls):
        if used[i]:
            continue
        if pattern("people", "domain").match(s.text):
            out.append(("ORG", i, i + 1))
        elif i + 2 < len(syls) and syls[i + 1].text == "." and not any(used[i : i + 3]) \
                and pattern("people", "tld").match(syls[i + 2].text) and s.text[:1].isalnum() \
                and syls[i + 1].start == s.end and syls[i + 2].start == syls[i + 1].end:
            out.append(("ORG", i, i + 3))
    return out


_AGENT_MARKS = frozenset({"bị", "được"})
_CLOSE = frozenset({",", ".", ";", ")", ":"})


def acting_acronyms(syls: list[Syllable], used: list[bool]) -> list[tuple[str, int, int]]:
    """'SCIC thoái vốn', 'bị VPF đình chỉ', 'Giám đốc khu vực của KKR,': an abbreviation no
    lexicon knows is an organisation where only one can stand: before what organisations do,
    as the agent of a passive, or closing a clause after "của" (after "tại" it may be a venue:
    "tại SECC"). Not an abbreviation of something else (a currency, a school level, a medal:
    not_org_acronyms.txt)."""
    out = []
    for i, s in enumerate(syls):
        word = s.text
        if used[i] or not (3 <= len(word) <= 5 and word.isalpha() and word.isupper()) \
                or word in vi.wordset("not_org_acronyms.txt") or word in vi.abbreviations() \
                or lexicon.english(word.lower()):
            continue
        before = syls[i - 1].text if i else ""
        after = syls[i + 1].text if i + 1 < len(syls) else "."
        acts = lexicon.match(syls, i + 1, "org_verbs.txt") > 0
        agent = before in _AGENT_MARKS and after.islower() and after.isalpha()
        owner = before == "của" and after in _CLOSE
        if acts or agent or owner:
            out.append(("ORG", i, i + 1))
    return out

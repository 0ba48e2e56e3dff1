"""People (with title and organisation), organisations (aliases merged), places and legal
document references in the title, lead, paragraphs and captions, plus the byline's people.

Each text is analysed once (underthesea segmentation + CRF tags, see `extractor.ner.analysis`);
rules in `extractor.ner.rules` find spans; links come from the patterns news uses:
"Name, Title Org", "Title Org Name", "Name (Title Org)". Mentions carry section/index/offsets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..config import Config
from ..document import Document
from ..models import DocumentRef, Entities, Location, Organization, Person, Role, Span
from ..ner import casing, links, merge, rules
from ..ner.analysis import Syllable, analyse
from ..ner.shape import Cand
from ..textdates import find_dates
from ..vi import pattern

STAGE = "entities"


@dataclass
class _Page:
    mentions: dict[str, dict[str, list[Span]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    roles: dict[str, list[links.Role]] = field(default_factory=lambda: defaultdict(list))
    documents: dict[str, DocumentRef] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)  # defined abbreviation -> org form
    # text that names no entity (products, titles of works), kept from the names spread later
    claimed: dict[tuple[str, int], list[tuple[int, int]]] = field(
        default_factory=lambda: defaultdict(list))


def run(doc: Document, config: Config) -> Document:
    if doc.language not in ("vi", None):
        doc.problem(STAGE, "skipped_language", f"entities are for Vietnamese, not {doc.language}",
                    "info")
        return doc
    page = _Page()
    for section, index, text in _texts(doc):
        shouted = casing.shouting(text)
        read = casing.title_cased(text) if shouted else casing.names_in_capitals(text)  # same length
        syls = analyse(read)
        cands = rules.find(syls, read, frozenset(page.acronyms), shouted)
        for c in cands:
            if c.implied:
                page.mentions[c.kind][c.name]
            elif c.kind in ("PRODUCT", "WORK"):
                page.claimed[(section, index)].append((syls[c.i].start, syls[c.j - 1].end))
            elif c.kind != "TITLE":
                page.mentions[c.kind][c.name].append(_span(section, index, text, syls, c))
            if c.alias:
                page.acronyms.setdefault(c.alias, c.name)
                a = syls[c.alias_at]
                page.mentions["ORG"][c.alias].append(
                    Span(section=section, index=index, start=a.start, end=a.end, text=a.text))
        for name, found in links.roles(cands, read, syls).items():
            page.roles[name].extend(found)
        _documents(page, section, index, text)
    _bylines(doc, page)
    _propagate(page, _texts(doc))
    doc.entities = _build(page)
    return doc


def _propagate(page: _Page, texts: list[tuple[str, int, str]]) -> None:
    """A name recognised once on the page is the same person wherever else it is written
    ("nàng Juliet" ... "Juliet mở mắt")."""
    occupied: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for where, spans in page.claimed.items():
        occupied[where].extend(spans)
    for kind in page.mentions.values():
        for spans in kind.values():
            for m in spans:
                occupied[(m.section, m.index)].append((m.start, m.end))
    for d in page.documents.values():
        for m in d.mentions:
            occupied[(m.section, m.index)].append((m.start, m.end))
    for form in list(page.mentions["PER"]):
        pattern_ = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
        for section, index, text in texts:
            taken = occupied[(section, index)]
            for m in pattern_.finditer(text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    page.mentions["PER"][form].append(Span(
                        section=section, index=index, start=m.start(), end=m.end(), text=form))
                    taken.append((m.start(), m.end()))


def _texts(doc: Document) -> list[tuple[str, int, str]]:
    out = [("title", 0, doc.title)] if doc.title else []
    if doc.lead:
        out.append(("lead", 0, doc.lead))
    out += [("paragraph", i, t) for i, t in enumerate(doc.paragraphs)]
    out += [("caption", i, t) for i, t in enumerate(doc.captions)]
    return out


def _span(section: str, index: int, text: str, syls: list[Syllable], c: Cand) -> Span:
    start, end = syls[c.i].start, syls[c.j - 1].end
    return Span(section=section, index=index, start=start, end=end, text=text[start:end])


def _innermost(m: re.Match[str], text: str) -> re.Match[str]:
    """'Kế hoạch triển khai Nghị quyết số 57-NQ/TW' cites the Nghị quyết: the last document
    type before the number starts the reference."""
    best = m
    for gap in re.finditer(r"\s+", text[m.start() : m.start("number")]):
        inner = pattern("documents", "reference").match(text, m.start() + gap.end())
        if inner and inner.end() == m.end():
            best = inner
    return best


def _documents(page: _Page, section: str, index: int, text: str) -> None:
    for found_at in pattern("documents", "reference").finditer(text):
        m = _innermost(found_at, text)
        number = re.sub(r"\s+", "", m.group("number"))  # "09/GP - BTTTT" -> "09/GP-BTTTT"
        kind = re.sub(r"\s+", " ", m.group("type"))
        kind = kind[:1].upper() + kind[1:].lower()
        symbol = re.sub(r"^\d+(?:/\d{4})?[/-]?", "", number)  # "57-NQ/TW" -> "NQ/TW"
        date = None
        tail = text[m.end() : m.end() + 40]
        if pattern("documents", "date_after").match(tail):
            found = find_dates(tail)
            date = found[0].value() if found else None
        span = Span(section=section, index=index, start=m.start(), end=m.end(), text=m.group(0))
        ref = page.documents.get(number)
        if ref is None:
            ref = DocumentRef(type=kind, number=number, issuer=symbol or None,
                              date=date if date and not hasattr(date, "hour") else None)
            page.documents[number] = ref
        ref.mentions.append(span)


def _bylines(doc: Document, page: _Page) -> None:
    """Byline and signature authors are people; their units are organisations."""
    for block in doc.blocks:
        if block.role not in ("byline", "signature"):
            continue
        for author in doc.authors:
            if author.kind == "person" and author.organization and not page.roles[author.name]:
                page.roles[author.name].append((None, author.organization, ()))
            for value, kind in ((author.name, "PER"), (author.organization, "ORG")):
                if author.kind != "person" and kind == "PER":
                    continue
                at = block.text.find(value) if value else -1
                if at >= 0:
                    page.mentions[kind][value].append(Span(
                        section=block.role, index=block.index, start=at, end=at + len(value),
                        text=value, context=block.text))


def _build(page: _Page) -> Entities:
    org_forms = list(page.mentions["ORG"])
    org_canon = merge.group_orgs(org_forms, page.acronyms)
    orgs: dict[str, Organization] = {}
    for form in org_forms:
        canon = org_canon[form]
        org = orgs.setdefault(canon, Organization(name=canon, expansion=merge.expand(canon)))
        if form != canon and form not in org.aliases:
            org.aliases.append(form)
        org.mentions.extend(page.mentions["ORG"][form])
    person_forms = list(page.mentions["PER"])
    person_canon = merge.group_people(person_forms)
    people: dict[str, Person] = {}
    for form in person_forms:
        canon = person_canon[form]
        person = people.setdefault(canon, Person(name=merge.person_name(canon)))
        if form != person.name and form not in person.aliases:
            person.aliases.append(form)
        person.mentions.extend(page.mentions["PER"][form])
        for title, org, flags in page.roles.get(form, ()):
            role = Role(title=title, organization=org_canon.get(org, org) if org else None,
                        flags=list(dict.fromkeys(flags)))
            if role not in person.roles:
                person.roles.append(role)
    for person in people.values():
        main = next((r for r in person.roles if r.organization), person.roles[0] if person.roles else None)
        if main:
            person.title, person.organization, person.flags = main.title, main.organization, main.flags
    places = [Location(name=n, mentions=m) for n, m in page.mentions["LOC"].items()]
    return Entities(people=list(people.values()), organizations=list(orgs.values()),
                    locations=places, documents=list(page.documents.values()))

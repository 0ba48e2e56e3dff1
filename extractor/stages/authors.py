"""Authors from bylines under the headline and signatures at the end; source and media credits.

Byline forms: "Đào Hữu Hảo, ngày: 18/06/2020", "Nguyễn Văn A (Sở Y tế)", "Nguyễn Văn A - Trần
Thị B", "PV", "Nhóm phóng viên", a bare name at the end ("Anh Minh"), a signature "Hữu Hảo -
Phòng TTKH" (the short form of a byline author: same person, and it gives the unit).
"Theo TTXVN" is a source credit, not an author; "Ảnh: Ngọc Lan" is a photo credit.
"""

from __future__ import annotations

import re

from ..config import Config
from ..document import Block, Document
from ..models import Author, Credit
from ..names import is_acronym, is_org_name, is_person_name
from ..textdates import find_dates, strip_dates
from ..vi import pattern

STAGE = "authors"
_TOP_DEPTH = 3  # blocks under the headline that may hold the byline
_END_DEPTH = 3  # blocks at the end that may hold a signature or credit
_TRIM = " ,;:|-–—.\t"
_MEDIA_KINDS = {"ảnh": "photo", "clip": "video", "video": "video", "infographic": "graphic"}


def run(doc: Document, config: Config) -> Document:
    if doc.page_type == "listing":
        return doc
    for block in _top_candidates(doc):
        parsed = parse_byline(block.text, at_end=False)
        if parsed:
            _accept(doc, block, parsed, "byline")
    for block in _end_candidates(doc):
        marked = block.emphasis or "byline" in block.hints
        parsed = parse_byline(block.text, at_end=True, marked=marked)
        if parsed:
            _accept(doc, block, parsed, "signature")
    _media_credits(doc)
    if not doc.authors and doc.meta is not None:
        _from_metadata(doc)
    if not doc.authors:
        doc.problem(STAGE, "no_author", "no byline or signature found")
    return doc


def _from_metadata(doc: Document) -> None:
    """JSON-LD/meta authors that are people: the outlet ('VnExpress', 'VietNamNet News',
    'dantri.com.vn') and profile URLs are not authors."""
    outlets = {_key(n) for n in doc.meta.site_names}
    for source, raw in doc.meta.authors:
        name, credit = _unglue(raw.strip())
        if credit:
            doc.credits.append(Credit(kind="source", name=credit, raw=f"{source}: {raw}"))
        if not name or "/" in name or "." in name or _key(name) in outlets or any(
                _key(name) in o or o in _key(name) for o in outlets if o):
            continue
        if is_person_name(name, min_words=1, allow_upper=True):
            doc.authors.append(Author(name=name, raw=f"{source}: {raw}"))


def _unglue(name: str) -> tuple[str | None, str | None]:
    """(author, source credit) from JSON-LD author strings: 'Thu HàTTXVN' glues a name to an
    agency; 'Theo Văn Long' is a source credit."""
    if m := pattern("bylines", "source_credit").match(name):
        return None, m.group("name").strip(_TRIM)
    if m := re.match(r"^(.*[a-zà-ỹđ])([A-ZĐ]{2,})$", name):
        return m.group(1).strip(), m.group(2)
    return name, None


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _top_candidates(doc: Document) -> list[Block]:
    title = next((b for b in doc.blocks if b.role == "title"), None)
    hinted = [b for b in doc.blocks if "byline" in b.hints and not b.claimed]
    if title is None:
        return hinted
    after = [b for b in doc.blocks[title.index + 1 :] if b.role not in ("empty", "title_repeat")]
    near = [b for b in after[:_TOP_DEPTH] if b.role in ("unassigned", "dateline")]
    return near + [b for b in hinted if b not in near]


def _end_candidates(doc: Document) -> list[Block]:
    tail: list[Block] = []
    for block in reversed(doc.blocks):
        if block.role == "empty":
            continue
        if block.claimed or len(tail) >= _END_DEPTH:
            break
        tail.append(block)
    return tail


def parse_byline(text: str, *, at_end: bool, marked: bool = False) -> list[Author | Credit]:
    """Authors/credits named by one byline or signature line; [] when it is not one.

    `marked`: the markup sets the line apart (bold, right-aligned, an author class), which
    makes names in capitals ('XUÂN LONG') credible.
    """
    had_date = bool(find_dates(text))
    rest = strip_dates(text).strip(_TRIM)
    labelled = pattern("bylines", "byline_label").match(rest)
    if labelled:
        rest = rest[labelled.end() :]
    credits = _trailing_media_credit(rest)
    if credits:
        rest = rest[: credits[0]].strip(_TRIM)
    rest = re.sub(r"(?i)[\s,]*\b(ngày|lúc)\s*:?$", "", rest).strip(_TRIM)
    if not rest or len(rest) > 80:
        return []
    if (m := pattern("bylines", "source_credit").match(rest)) and _outlet_like(m.group("name")):
        return [Credit(kind="source", name=m.group("name").strip(_TRIM), raw=text)]
    if pattern("bylines", "group").match(rest):
        return [Author(name=rest, kind="group", raw=text)]
    if pattern("bylines", "initials").match(rest) and (had_date or len(rest) <= 3):
        return [Author(name=rest, kind="initials", raw=text)]
    found = _named(rest, text, min_words=1 if labelled or not at_end else 2, upper=marked)
    if found and credits:
        found.append(credits[1])
    return found


def _trailing_media_credit(rest: str) -> tuple[int, Credit] | None:
    """'Nguyễn Văn Tuấn - Ảnh: Lê Hà': the photo credit after the author's name."""
    m = re.search(r"\s[-–—|,]\s*(?=(?i:ảnh|clip|video|đồ\s*họa)\s*:)", rest)
    if not m:
        return None
    credit = pattern("bylines", "media_credit").search(rest[m.end() :])
    if not credit:
        return None
    label = credit.group("label").casefold()
    kind = next((k for key, k in _MEDIA_KINDS.items() if label.startswith(key)), "graphic")
    return m.start(), Credit(kind=kind, name=credit.group("name").strip(_TRIM), raw=credit.group(0))


def _named(rest: str, raw: str, *, min_words: int, upper: bool = False) -> list[Author | Credit]:
    if (m := pattern("bylines", "name_with_unit").match(rest)) and _unit(m.group("unit")):
        name = m.group("name").strip(_TRIM)
        if is_person_name(name, min_words=min_words):
            return [Author(name=name, organization=m.group("unit").strip(), raw=raw)]
    if (m := pattern("bylines", "name_dash_unit").match(rest)) and _unit(m.group("unit")):
        name = m.group("name").strip(_TRIM)
        if is_person_name(name, min_words=min_words):
            return [Author(name=name, organization=m.group("unit").strip(), raw=raw)]
    parts = [p.strip(_TRIM) for p in pattern("bylines", "name_separator").split(rest)]
    if parts and all(is_person_name(p, min_words=min_words, allow_upper=upper) for p in parts):
        return [Author(name=p, raw=raw) for p in parts]
    return []


def _outlet_like(name: str) -> bool:
    """'TTXVN', 'Dân Việt', 'VnExpress', 'Báo Nhân Dân' — not 'Nghị định 15/2020/NĐ-CP, ...'."""
    words = name.strip(_TRIM).split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() and w.isalpha() for w in words)


def _unit(text: str) -> bool:
    text = text.strip()
    return is_org_name(text) or is_acronym(text)


def _accept(doc: Document, block: Block, parsed: list[Author | Credit], role: str) -> None:
    for item in parsed:
        if isinstance(item, Credit):
            doc.credits.append(item)
            role = "credit"
        elif role == "signature" and (same := _same_person(doc.authors, item.name)):
            if item.organization and not same.organization:
                doc.authors[doc.authors.index(same)] = same.model_copy(
                    update={"organization": item.organization})
        elif not any(a.name.casefold() == item.name.casefold() for a in doc.authors):
            doc.authors.append(item)  # a byline repeated under the body is the same author
    doc.set_role(block, role)


def _same_person(authors: list[Author], short: str) -> Author | None:
    """'Hữu Hảo' is the byline's 'Đào Hữu Hảo': a trailing part of the full name."""
    for author in authors:
        if author.name == short or author.name.endswith(" " + short):
            return author
    return None


def _media_credits(doc: Document) -> None:
    for block in doc.blocks:
        if block.role not in ("unassigned",):
            continue
        m = pattern("bylines", "media_credit").search(block.text)
        if not m:
            continue
        label = m.group("label").casefold()
        kind = next((k for key, k in _MEDIA_KINDS.items() if label.startswith(key)), "graphic")
        doc.credits.append(Credit(kind=kind, name=m.group("name").strip(_TRIM), raw=m.group(0)))
        if m.start() == 0:
            doc.set_role(block, "credit")

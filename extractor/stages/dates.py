"""Find every date on the page and give each a role.

Roles come from where a date stands, not from its value: a date-only line above the headline is
the site header's date (the day the page was viewed); a date on the first lines under the
headline (a dateline, or a byline "Tên, ngày: 18/06/2020") is the publication date, or the update
date when labelled "Cập nhật"; anything in the body is a mentioned date. Numeric dates are always
day-first. Year-less dates take the article's year and are flagged.
"""

from __future__ import annotations

import datetime as dt

from ..config import Config
from ..document import Block, Document
from ..models import FoundDate, Span
from ..textdates import (
    DateMatch,
    find_dates,
    find_relative,
    is_date_line,
    parse_iso,
    strip_dates,
)
from ..vi import pattern

STAGE = "dates"
#: Blocks under the headline that may carry the article's own date.
_DATELINE_DEPTH = 3


def run(doc: Document, config: Config) -> Document:
    title_at = next((b.index for b in doc.blocks if b.role == "title"), None)
    roles: dict[int, str] = {}
    for block in doc.blocks:
        if block.role in ("empty", "title", "title_repeat"):
            continue
        role = _block_role(doc, block, title_at)
        roles[block.index] = role
        if role == "page_header" and not block.claimed:
            doc.set_role(block, "header_date")
        elif role == "own" and is_date_line(block.text) and not block.claimed:
            doc.set_role(block, "dateline")
    _collect(doc, roles)
    if doc.meta is not None and doc.page_type != "listing":
        _from_metadata(doc)
    _choose(doc)
    return doc


#: Metadata sources in order of trust for the publication date.
_META_ORDER = ("jsonld", "article:published_time", "datepublished", "time", "pubdate",
               "publishdate", "og:published_time", "dc.date.issued", "dc.date", "date")


def _from_metadata(doc: Document) -> None:
    """Metadata dates, used when the visible page gives none (and recorded either way)."""
    for role, values in (("published", doc.meta.published), ("updated", doc.meta.updated)):
        ranked = sorted(values, key=lambda v: _META_ORDER.index(v[0]) if v[0] in _META_ORDER else 99)
        for source, raw in ranked:
            value = parse_iso(raw)
            if value is None:
                continue
            visible = [d for d in doc.dates if d.role == role]
            if visible:
                if not _same_day(visible[0].value, value):
                    doc.problem(STAGE, "metadata_date_disagrees",
                                f"{role}: page shows {visible[0].value}, {source} says {raw}", "info")
                break  # the visible date stands
            if role == "updated" and _same_minute(value, doc.dates, "published"):
                break  # "modified" = published: no update
            span = Span(section="metadata", index=0, start=0, end=len(raw), text=raw,
                        context=f"{source}: {raw}")
            doc.dates.append(FoundDate(role=role, value=value, span=span))
            break


def _same_minute(value, dates: list[FoundDate], role: str) -> bool:
    other = next((d.value for d in dates if d.role == role), None)
    if other is None or not hasattr(value, "hour") or not hasattr(other, "hour"):
        return other is not None and _same_day(other, value) and not hasattr(value, "hour")
    return abs((value - other).total_seconds()) < 60


def _same_day(a, b) -> bool:
    return (a.year, a.month, a.day) == (b.year, b.month, b.day)


def _block_role(doc: Document, block: Block, title_at: int | None) -> str:
    if title_at is None:
        return "mentioned"
    if block.index < title_at:
        if not is_date_line(block.text):
            return "chrome"
        # HTML blocks come from the article region only (the site header is gone), so a date
        # line above the headline is the article's own ("Chủ nhật, 13/2/2022, 16:08 (GMT+7)").
        return "own" if doc.source.format == "html" else "page_header"
    near = [b for b in doc.blocks[title_at + 1 :] if b.role not in ("empty", "title_repeat")]
    if block in near[:_DATELINE_DEPTH] and _dateline_like(block.text):
        return "own"
    if is_date_line(block.text) and pattern("dates", "updated_label").search(block.text):
        return "own"  # "Cập nhật lúc ..." may stand anywhere, often at the end
    return "mentioned"


def _dateline_like(text: str) -> bool:
    """A date line, or a short byline carrying a date ("Đào Hữu Hảo, ngày: 18/06/2020");
    not a sentence of the article that happens to mention a date."""
    if is_date_line(text):
        return True
    rest = strip_dates(text).strip(" ,.:;|-")
    return len(text) <= 90 and not text.rstrip().endswith(".") and len(rest.split()) <= 8


def _collect(doc: Document, roles: dict[int, str]) -> None:
    header_year = None
    for block in doc.blocks:
        role = roles.get(block.index)
        if role is None or role == "chrome":
            continue
        matches = find_dates(block.text) or _dateparser_fallback(block.text, role)
        for m in matches:
            found_role = _own_role(block.text, m) if role == "own" else role
            value = m.value()
            if value is None:
                continue  # year-less: resolved once the article's year is known
            if found_role == "page_header":
                header_year = value.year
            doc.dates.append(_found(doc, block, m, found_role, value))
    own = [d.value.year for d in doc.dates if d.role in ("published", "updated")]
    year = own[0] if own else header_year
    _collect_yearless(doc, roles, year)
    _collect_relative(doc, roles)


def _collect_yearless(doc: Document, roles: dict[int, str], year: int | None) -> None:
    for block in doc.blocks:
        role = roles.get(block.index)
        if role in (None, "chrome"):
            continue
        for m in find_dates(block.text):
            if m.year is None:
                value = m.value(year)
                if value is None:
                    doc.problem(STAGE, "yearless_date", f"no year known for {block.text[m.start:m.end]!r}")
                    continue
                found = _found(doc, block, m, "mentioned" if role != "own" else "published", value)
                doc.dates.append(found.model_copy(update={"year_inferred": True}))


def _collect_relative(doc: Document, roles: dict[int, str]) -> None:
    base = next((d.value for d in doc.dates if d.role == "page_header"), doc.source.captured)
    for block in doc.blocks:
        role = roles.get(block.index)
        if role in (None, "chrome") or base is None:
            continue
        for start, end, value in find_relative(block.text, base):
            m = DateMatch(start, end, value.day, value.month, value.year)
            role_here = "published" if role == "own" else "mentioned"
            found = _found(doc, block, m, role_here, value)
            doc.dates.append(found.model_copy(update={"relative": True}))


def _own_role(text: str, m: DateMatch) -> str:
    """'updated' when an update label stands before this date on the line, else 'published'."""
    before = text[: m.start]
    upd = list(pattern("dates", "updated_label").finditer(before))
    pub = list(pattern("dates", "published_label").finditer(before))
    if upd and (not pub or upd[-1].start() > pub[-1].start()):
        return "updated"
    return "published"


def _found(doc: Document, block: Block, m: DateMatch, role: str, value) -> FoundDate:
    # Spans point at the block; the pipeline maps them to record sections after `body` ran.
    span = Span(section="chrome", index=block.index, start=m.start, end=m.end,
                text=block.text[m.start : m.end], context=block.text)
    return FoundDate(role=role, value=value, span=span)


def _dateparser_fallback(text: str, role: str) -> list[DateMatch]:
    """Spelled-out forms the regexes miss ("18 Tháng Sáu, 2020"), on date lines only."""
    if role not in ("own", "page_header") or len(text) > 60 or not any(c.isdigit() for c in text):
        return []
    import dateparser

    # Absolute forms only: a relative one ("2 giờ trước") must not become "now minus 2 h".
    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["custom-formats", "absolute-time"]}
    value = dateparser.parse(text, languages=["vi", "en"], settings=settings)
    if value is None:
        return []
    has_time = value.time() != dt.time(0, 0)
    return [DateMatch(0, len(text), value.day, value.month, value.year,
                      value.hour if has_time else None, value.minute if has_time else None)]


def _choose(doc: Document) -> None:
    own = {r: [d for d in doc.dates if d.role == r] for r in ("published", "updated")}
    if own["published"]:
        doc.published = own["published"][0].value
    if own["updated"]:
        doc.updated = own["updated"][0].value
        if doc.published is None:
            doc.published = doc.updated
            doc.problem(STAGE, "published_from_updated",
                        "only an update date is given; used as the publication date", "info")
    if doc.published is None and doc.page_type in ("article", "data"):
        doc.problem(STAGE, "no_published_date", "no dated line under the headline")

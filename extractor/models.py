"""The public contract: one `Record` per page, validated by pydantic.

`schemas/record.schema.json` is generated from `Record` (`vnextract schema`); a test fails when
the committed file drifts from this module. Bump `SCHEMA_VERSION` on any change to the shape.
This module imports nothing from the rest of the package.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.3.0"

Section = Literal[
    "header", "title", "byline", "lead", "paragraph", "caption", "table", "signature", "chrome",
    "metadata",
]
DateRole = Literal["published", "updated", "page_header", "mentioned"]
Severity = Literal["info", "warning", "error"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Where a piece of text sits in the record (or in page chrome that the record drops)."""

    section: Section = Field(
        description="Which part of the page: 'title', 'lead', 'paragraph', 'caption' and 'table' "
        "point into the record's own fields; 'header', 'byline', 'signature' and 'chrome' point "
        "into page text that is not body text (then `context` holds that text); 'metadata' "
        "points into a metadata value (JSON-LD, <meta>; `context` says which and holds it)."
    )
    index: int = Field(
        0,
        description="Index into the list named by `section` (paragraphs, captions, tables); "
        "0 for title and lead; the page's block number for non-body sections.",
    )
    start: int = Field(description="Start character offset (Python str index) in that text.")
    end: int = Field(description="End character offset (exclusive) in that text.")
    text: str = Field(description="The text at [start:end], as written (after cleaning).")
    context: str | None = Field(
        None, description="The whole text the offsets refer to, when it is not a record field."
    )


class Source(_Model):
    path: str | None = Field(None, description="File path the page was read from, if any.")
    format: Literal["text", "html"] = Field(
        description="Input form: 'text' (dump of a page's visible text) or 'html'."
    )
    encoding: str = Field(description="Character encoding used to decode the bytes.")
    compressed: Literal["gzip"] | None = Field(
        None, description="Compression removed before decoding, if any."
    )
    sha256: str = Field(description="SHA-256 of the input bytes (after decompression).")
    size: int = Field(description="Size in bytes of the input (after decompression).")
    url: str | None = Field(None, description="Canonical or target URL when the page gives one.")
    captured: dt.datetime | None = Field(
        None, description="When the page was fetched (WARC-Date, file time on request, or given "
        "by the caller); relative dates ('2 giờ trước') are resolved against it."
    )


class FoundDate(_Model):
    role: DateRole = Field(
        description="'published' and 'updated' are the article's own dates; 'page_header' is the "
        "date a site prints in its header (the day the page was viewed, not the publication "
        "date); 'mentioned' is a date inside the article text."
    )
    value: dt.date | dt.datetime = Field(
        description="A date when the text gives only a day, a +07:00 datetime when it gives a "
        "time (never an invented 00:00)."
    )
    relative: bool = Field(
        False, description="True when resolved from a relative expression ('2 giờ trước')."
    )
    year_inferred: bool = Field(
        False, description="True when the text gave no year and the article's year was used."
    )
    span: Span = Field(description="Where the date was written.")


class Author(_Model):
    name: str = Field(description="The author's name (or initials such as 'PV') as written.")
    organization: str | None = Field(
        None, description="Unit or outlet given with the name ('Phòng TTKH', 'Sở Y tế')."
    )
    kind: Literal["person", "initials", "group"] = Field(
        "person", description="'initials' for bylines like 'PV', 'group' for 'Nhóm phóng viên'."
    )
    raw: str = Field(description="The byline or signature text the author was read from.")


class Credit(_Model):
    kind: Literal["source", "photo", "video", "graphic"] = Field(
        description="'source' for 'Theo TTXVN' (a source credit, not an author); 'photo', "
        "'video', 'graphic' for 'Ảnh:', 'Clip:', 'Đồ họa:' credits."
    )
    name: str = Field(description="Who is credited, as written.")
    raw: str = Field(description="The credit text as written.")


class Cell(_Model):
    kind: Literal["number", "percent", "money", "date", "text", "empty"] = Field(
        description="What the cell holds, read from Vietnamese formats ('1.234.567', '15,4', "
        "'97%', '2,5 tỷ đồng', '–')."
    )
    value: int | float | str | None = Field(
        description="The number (scaled: '15,4 triệu' = 15400000), the ISO date, the text, or "
        "null for an empty cell."
    )
    unit: str | None = Field(None, description="Unit written with a number ('%', 'đồng', 'tấn').")


class Table(_Model):
    caption: str | None = Field(None, description="Caption or title of the table.")
    header: list[str] = Field(description="Header cells, one per column.")
    rows: list[list[str]] = Field(description="Data rows; every row has len(header) cells.")
    cells: list[list[Cell]] = Field(
        default_factory=list, description="Typed values of `rows`, cell for cell."
    )
    column_types: list[str] = Field(
        default_factory=list, description="Each column's most common non-empty cell kind."
    )
    source: Literal["text", "html"] = Field(
        description="'text' when rebuilt from a flattened text dump, 'html' from <table>."
    )
    position: int = Field(
        description="Index in `paragraphs` before which the table stands (reading order)."
    )


RoleFlag = Literal["deputy", "acting", "former"]


class Role(_Model):
    """One position a person holds: 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện Phúc Thọ'."""

    title: str | None = Field(None, description="Title or position ('Giám đốc'); None for a bare "
                              "affiliation ('Lisa (BLACKPINK)').")
    organization: str | None = Field(
        None, description="Canonical name of the organisation the title belongs to."
    )
    flags: list[RoleFlag] = Field(
        default_factory=list, description="Qualifiers of the title: Phó, Quyền, nguyên/cựu."
    )


class Person(_Model):
    name: str = Field(description="Full name, NFC, casing normalised ('NGuyễn' -> 'Nguyễn').")
    title: str | None = Field(None, description="Title or position ('Giám đốc') of the main role "
                              "(the first of `roles` with an organisation, else the first).")
    organization: str | None = Field(
        None, description="Canonical name of the organisation of the main role."
    )
    flags: list[RoleFlag] = Field(
        default_factory=list, description="Qualifiers of the main role's title: Phó, Quyền, nguyên."
    )
    roles: list[Role] = Field(
        default_factory=list,
        description="Every role the page gives this person, in text order ('Đại tướng Tô Lâm, Bộ "
        "trưởng Bộ Công an' gives two).",
    )
    aliases: list[str] = Field(
        default_factory=list, description="Other forms the page uses for this person."
    )
    mentions: list[Span] = Field(default_factory=list, description="Every mention on the page.")


class Organization(_Model):
    name: str = Field(description="The fullest form of the name the page uses.")
    expansion: str | None = Field(
        None, description="The name with known abbreviations expanded, when it differs."
    )
    aliases: list[str] = Field(
        default_factory=list, description="Other forms used on the page (abbreviations...)."
    )
    mentions: list[Span] = Field(default_factory=list, description="Every mention on the page.")


class Location(_Model):
    name: str = Field(description="Place name as written, without 'tỉnh', 'huyện'... prefixes.")
    mentions: list[Span] = Field(default_factory=list, description="Every mention on the page.")


class DocumentRef(_Model):
    type: str = Field(description="Document type: 'Quyết định', 'Nghị định', 'công văn'...")
    number: str = Field(description="Number and symbol as written ('402/VHL-TCCB').")
    issuer: str | None = Field(None, description="Issuer code from the symbol ('VHL-TCCB').")
    date: dt.date | None = Field(None, description="Date of the document when given.")
    mentions: list[Span] = Field(default_factory=list, description="Every mention on the page.")


class Entities(_Model):
    people: list[Person] = Field(default_factory=list, description="People, one per person.")
    organizations: list[Organization] = Field(
        default_factory=list, description="Organisations, aliases merged."
    )
    locations: list[Location] = Field(default_factory=list, description="Places.")
    documents: list[DocumentRef] = Field(
        default_factory=list, description="Legal and administrative document references."
    )


class Problem(_Model):
    stage: str = Field(description="Pipeline stage that recorded the problem.")
    code: str = Field(description="Stable machine-readable code, e.g. 'no_published_date'.")
    detail: str = Field(description="Human-readable explanation.")
    severity: Severity = Field(
        "warning", description="'info' (a change made), 'warning' (something missing), 'error'."
    )


class Record(_Model):
    """One extracted news page."""

    schema_version: str = Field(SCHEMA_VERSION, description="Version of this record schema.")
    extractor_version: str = Field(description="Version of vnextract that wrote the record.")
    id: str = Field(description="Stable id: first 32 hex digits of the input's SHA-256.")
    source: Source = Field(description="Where the page came from and how it was read.")
    page_type: Literal["article", "listing", "data", "other"] = Field(
        "article", description="What kind of page this is."
    )
    language: str | None = Field(
        "vi", description="ISO 639-1 language of the text ('vi', 'en'); null when unknown."
    )
    title: str | None = Field(None, description="Headline, the source's own wording.")
    published: dt.date | dt.datetime | None = Field(
        None, description="Publication date (date) or time (+07:00 datetime)."
    )
    updated: dt.date | dt.datetime | None = Field(None, description="Last update, if given.")
    dates: list[FoundDate] = Field(
        default_factory=list, description="Every date found on the page, with its role."
    )
    authors: list[Author] = Field(default_factory=list, description="Authors of the article.")
    credits: list[Credit] = Field(
        default_factory=list, description="Source and photo/video/graphic credits."
    )
    site_name: str | None = Field(None, description="Outlet name, when the page gives it.")
    tags: list[str] = Field(default_factory=list, description="Tags/keywords given by the page.")
    lead: str | None = Field(None, description="Lead paragraph (sapo), not repeated below.")
    paragraphs: list[str] = Field(
        default_factory=list, description="Body paragraphs after the lead, in reading order."
    )
    captions: list[str] = Field(default_factory=list, description="Photo captions.")
    tables: list[Table] = Field(default_factory=list, description="Data tables.")
    entities: Entities = Field(
        default_factory=Entities, description="Named entities found in the text."
    )
    problems: list[Problem] = Field(
        default_factory=list, description="What each stage could not do or changed."
    )

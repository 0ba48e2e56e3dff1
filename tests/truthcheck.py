"""Compare a record with a hand-written truth file (`fixtures/NAME.truth.json`).

Each check returns a list of human-readable differences; an empty list means the field is right.
Truth files are written by reading the page, never from the extractor's output.
"""

from __future__ import annotations

from typing import Any

from extractor.models import Record


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def structure_diffs(record: Record, truth: dict) -> list[str]:
    out: list[str] = []

    def check(name: str, got: Any, want: Any) -> None:
        if got != want:
            out.append(f"{name}: got {got!r}, want {want!r}")

    check("title", record.title, truth["title"])
    check("published", _iso(record.published), truth["published"])
    header = [_iso(d.value) for d in record.dates if d.role == "page_header"]
    check("page_header_date", header[0] if header else None, truth["page_header_date"])
    mentioned = sorted({_iso(d.value) for d in record.dates if d.role == "mentioned"})
    check("mentioned_dates", mentioned, sorted(set(truth["mentioned_dates"])))
    authors = [{"name": a.name, "organization": a.organization} for a in record.authors]
    check("authors", authors, truth["authors"])
    sources = [c.name for c in record.credits if c.kind == "source"]
    check("sources", sources, truth["sources"])
    check("lead", record.lead, truth["lead"])
    check("paragraphs", record.paragraphs, truth["paragraphs"])
    check("captions", record.captions, truth["captions"])
    tables = [{"caption": (t.caption or "").rstrip(": ") or None, "header": t.header,
               "rows": t.rows} for t in record.tables]
    want = [{"caption": (t["caption"] or "").rstrip(": ") or None, "header": t["header"],
             "rows": t["rows"]} for t in truth["tables"]]
    check("tables", tables, want)
    return out


def _org_names(record: Record) -> dict[str, str]:
    """Every form (name or alias) -> the organisation's canonical name."""
    forms = {}
    for org in record.entities.organizations:
        for form in [org.name, *org.aliases]:
            forms[form] = org.name
    return forms


def entity_diffs(record: Record, truth: dict) -> list[str]:
    out: list[str] = []
    forms = _org_names(record)
    got_people = {p.name: p for p in record.entities.people}
    want_people = {p["name"]: p for p in truth["people"]}
    if set(got_people) != set(want_people):
        out.append(f"people: got {sorted(got_people)}, want {sorted(want_people)}")
    for name, want in want_people.items():
        got = got_people.get(name)
        if got is None:
            continue
        if got.title != want["title"]:
            out.append(f"{name} title: got {got.title!r}, want {want['title']!r}")
        want_org = forms.get(want["organization"], want["organization"])
        if got.organization != want_org:
            out.append(f"{name} organization: got {got.organization!r}, want {want_org!r}")
    for org in truth["organizations"]:
        canon = forms.get(org["name"])
        if canon is None:
            out.append(f"organization missing: {org['name']!r}")
            continue
        for alias in org["aliases"]:
            if forms.get(alias) != canon:
                out.append(f"alias {alias!r} not merged into {canon!r}")
    truth_forms = {f for o in truth["organizations"] for f in [o["name"], *o["aliases"]]}
    extra = [o.name for o in record.entities.organizations
             if not ({o.name, *o.aliases} & truth_forms)]
    if extra:
        out.append(f"organizations not in truth: {extra}")
    got_locs = sorted({loc.name for loc in record.entities.locations})
    if got_locs != sorted(set(truth["locations"])):
        out.append(f"locations: got {got_locs}, want {sorted(set(truth['locations']))}")
    docs = sorted((d.type.casefold(), d.number, _iso(d.date)) for d in record.entities.documents)
    want_docs = sorted((d["type"].casefold(), d["number"], d["date"]) for d in truth["documents"])
    if docs != want_docs:
        out.append(f"documents: got {docs}, want {want_docs}")
    return out

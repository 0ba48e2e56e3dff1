"""Entity accuracy + speed benchmark: vnextract vs underthesea's CRF NER on the hand-annotated
gold sets in `bench/entities/` (see its README.md and GUIDELINES.md): `gold.jsonl` (dev and
test splits; "all" is both), `dev2.jsonl` to `dev32.jsonl` (more development sets) and
`blind.jsonl` to `blind14.jsonl` (held out: written by someone who never saw the rules, never
listed by `--errors`).

Usage:
    python bench/entities.py [--split SPLIT] [--json OUT] [--rounds N] [--clean] [--errors] [--tally]

SPLIT is one of dev, test, all, dev2, blind, dev3, blind2, dev4, dev5, dev6, dev7, blind3, dev8,
dev9, dev10, blind4 (default: every split).

For each split it prints, as Markdown tables:
  * span precision / recall / F1 per type (PER, ORG, LOC, DOC), exact match on (start, end, type),
    plus partial-overlap figures (a span counts when it overlaps a span of the same type on the
    other side; precision over predicted spans, recall over gold spans, not one-to-one);
  * person -> title / organisation link accuracy (vnextract only; underthesea has no links);
  * speed in sentences per second, both systems on the same sentences in one process, run one
    after the other (never in parallel), each after one warm-up call; `--rounds N` (default 3)
    alternates N rounds and keeps each system's fastest. vnextract's time is also split into the
    time spent inside underthesea's word segmenter (`underthesea.word_tokenize`, the one model it
    runs; it does not call `underthesea.ner`) and the rest (its own rules).

`--clean` first applies vnextract's clean step (`extractor.stages.clean.clean_text`, what the
page pipeline runs before the entities stage: tone-mark placement, "NGuyễn" -> "Nguyễn"). It
never changes lengths, so offsets still refer to the gold text. Off by default: the sentence is
passed to `entities_of_text` exactly as in the gold set.

`--errors` lists vnextract's span errors on the development splits only (dev, dev2 to dev32:
missed, wrong boundary, wrong type, false positive) for error analysis. The test and blind to
blind14 splits are held out and never listed. `--tally` counts the error categories of every
selected split by source, numbers only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import underthesea  # noqa: E402

from extractor.models import Entities, Person, Role  # noqa: E402
from extractor.ner import entities_of_text  # noqa: E402

GOLD = Path(__file__).resolve().parent / "entities" / "gold.jsonl"
TYPES = ("PER", "ORG", "LOC", "DOC")
SHARED = ("PER", "ORG", "LOC")  # the types underthesea has
BLIND = GOLD.with_name("blind.jsonl")  # written later by someone who never saw the rules
DEV2 = GOLD.with_name("dev2.jsonl")  # a second development set, written after the blind one
DEV3 = GOLD.with_name("dev3.jsonl")  # a third, in the genres of news home pages and their ads
BLIND2 = GOLD.with_name("blind2.jsonl")  # held out like blind, written with dev3
DEV4 = GOLD.with_name("dev4.jsonl")  # a fourth: home-page rails, showbiz, COVID-era places
DEV5 = GOLD.with_name("dev5.jsonl")  # a fifth: people with roles, for the links
DEV6 = GOLD.with_name("dev6.jsonl")  # a sixth: the devset pages' remaining text (rails, ads, menus)
DEV7 = GOLD.with_name("dev7.jsonl")  # a seventh: home-page lines dense with people and look-alikes
BLIND3 = GOLD.with_name("blind3.jsonl")  # held out like blind, written with dev7
DEV8 = GOLD.with_name("dev8.jsonl")  # an eighth: like dev7, lesser-known names, 2015-era news
DEV9 = GOLD.with_name("dev9.jsonl")  # a ninth: like dev8, with bodies and places named like people
DEV10 = GOLD.with_name("dev10.jsonl")  # a tenth: 2015-era home pages and articles, like the test pages
BLIND4 = GOLD.with_name("blind4.jsonl")  # held out like blind, written with dev10
DEV11 = GOLD.with_name("dev11.jsonl")  # an eleventh: Tuổi Trẻ-style home-page rails and bodies
DEV12 = GOLD.with_name("dev12.jsonl")  # a twelfth: Kênh14 / Dân trí showbiz and society
BLIND5 = GOLD.with_name("blind5.jsonl")  # held out like blind, written with dev11 and dev12
DEV13 = GOLD.with_name("dev13.jsonl")  # a thirteenth: classified and advertising rails with headlines
DEV14 = GOLD.with_name("dev14.jsonl")  # a fourteenth: home-page chrome (menus, credits, widgets, ads)
BLIND6 = GOLD.with_name("blind6.jsonl")  # held out like blind, written with dev14
DEV15 = GOLD.with_name("dev15.jsonl")  # a fifteenth: a mix of the test pages' genres, seventh session
BLIND7 = GOLD.with_name("blind7.jsonl")  # held out like blind, written with dev15
DEV16 = GOLD.with_name("dev16.jsonl")  # a sixteenth: a 2015 article page, its rails and classifieds
DEV17 = GOLD.with_name("dev17.jsonl")  # a seventeenth: a 2019-2021 showbiz and society home page
BLIND8 = GOLD.with_name("blind8.jsonl")  # held out like blind, written with dev16
DEV18 = GOLD.with_name("dev18.jsonl")  # a 2015 court and accident article page, rails, ads
DEV19 = GOLD.with_name("dev19.jsonl")  # a nineteenth: a 2016-2019 showbiz home page with its chrome
DEV20 = GOLD.with_name("dev20.jsonl")  # a 2015-2018 society and charity home page
BLIND9 = GOLD.with_name("blind9.jsonl")  # held out like blind, written with dev18 to dev20
DEV21 = GOLD.with_name("dev21.jsonl")  # a 2015 city-matter article page, rails, ads, comments
DEV22 = GOLD.with_name("dev22.jsonl")  # a 2015-2016 news home page, top to bottom
BLIND10 = GOLD.with_name("blind10.jsonl")  # held out like blind, written with dev21 and dev22
DEV23 = GOLD.with_name("dev23.jsonl")  # a 2014-2016 Dân trí / Kênh14 home page, names that are not people
DEV24 = GOLD.with_name("dev24.jsonl")  # a 2014-2016 Tuổi Trẻ home page's rails, letters, credits, prices
BLIND11 = GOLD.with_name("blind11.jsonl")  # held out like blind, written with dev23 and dev24
DEV25 = GOLD.with_name("dev25.jsonl")  # a 2015-2016 Kênh14 home page, top to bottom
DEV26 = GOLD.with_name("dev26.jsonl")  # a 2015 Tuổi Trẻ home page's main column and blocks
BLIND12 = GOLD.with_name("blind12.jsonl")  # held out like blind, written with dev25 and dev26
DEV27 = GOLD.with_name("dev27.jsonl")  # a 2016 trial article page with its reader comments and rails
DEV28 = GOLD.with_name("dev28.jsonl")  # a 2020 business page, a 2020 sports page, their chrome
DEV29 = GOLD.with_name("dev29.jsonl")  # a 2018 education and health page, provincial news, rails
BLIND13 = GOLD.with_name("blind13.jsonl")  # held out like blind, written with dev27 to dev29
DEV30 = GOLD.with_name("dev30.jsonl")  # a 2017 accident article page, its comments, notices
DEV31 = GOLD.with_name("dev31.jsonl")  # a 2019 world-news page, foreign stars, chrome
DEV32 = GOLD.with_name("dev32.jsonl")  # lists of people; capitalised words that are no one
BLIND14 = GOLD.with_name("blind14.jsonl")  # held out like blind, written with dev30 to dev32
SPLITS = ("dev", "test", "all", "dev2", "blind", "dev3", "blind2", "dev4", "dev5", "dev6", "dev7",
          "blind3", "dev8", "dev9", "dev10", "blind4", "dev11", "dev12", "blind5", "dev13", "dev14",
          "blind6", "dev15", "blind7", "dev16", "dev17", "blind8", "dev18", "dev19", "dev20", "blind9",
          "dev21", "dev22", "blind10", "dev23", "dev24", "blind11", "dev25", "dev26",
          "blind12", "dev27", "dev28", "dev29", "blind13", "dev30", "dev31", "dev32", "blind14")
# the splits whose errors --errors lists
DEVELOPMENT = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
               "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19",
               "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29",
               "dev30", "dev31", "dev32")
SYSTEMS = ("vnextract", "underthesea")
EDGE_PUNCT = ".,;:!?\"“”'‘’()[]…"
TITLE_PREFIXES = ("phó ", "quyền ", "nguyên ", "cựu ")
WARM_UP = "Ông Nguyễn Văn An, Giám đốc Sở Y tế Hà Nội, cho biết."

Span = tuple[int, int, str]  # (start, end, type)


@dataclass
class Sentence:
    """One gold sentence with both systems' output and timings."""

    rec: dict[str, Any]
    gold: set[Span]
    pred: dict[str, set[Span]]
    links: list[dict[str, Any]]
    seconds: dict[str, float | None]


# --------------------------------------------------------------------------- gold


GOLD_FILES = (GOLD, DEV2, BLIND, DEV3, BLIND2, DEV4, DEV5, DEV6, DEV7, BLIND3, DEV8, DEV9, DEV10, BLIND4,
              DEV11, DEV12, BLIND5, DEV13, DEV14, BLIND6, DEV15, BLIND7, DEV16, DEV17,
              BLIND8, DEV18, DEV19, DEV20, BLIND9, DEV21, DEV22, BLIND10, DEV23, DEV24, BLIND11,
              DEV25, DEV26, BLIND12, DEV27, DEV28, DEV29, BLIND13, DEV30, DEV31, DEV32, BLIND14)


def load_gold(paths: tuple[Path, ...] = GOLD_FILES) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        if path.exists():
            with path.open(encoding="utf-8") as f:
                out += [json.loads(line) for line in f if line.strip()]
    return out


def gold_spans(rec: dict[str, Any]) -> set[Span]:
    return {(e["start"], e["end"], e["type"]) for e in rec["entities"] if e["type"] in TYPES}


def in_split(rec: dict[str, Any], split: str) -> bool:
    """'all' is dev + test (gold.jsonl); the blind set is reported on its own."""
    return (split == "all" and rec["split"] in ("dev", "test")) or rec["split"] == split


# --------------------------------------------------------------------------- vnextract

_VNX_TYPES = {"people": "PER", "organizations": "ORG", "locations": "LOC", "documents": "DOC"}


def vnextract_spans(ents: Entities) -> set[Span]:
    """Every mention in the lead, typed by the list its entity is in."""
    spans: set[Span] = set()
    for attr, typ in _VNX_TYPES.items():
        for entity in getattr(ents, attr):
            spans |= {(m.start, m.end, typ) for m in entity.mentions if m.section == "lead"}
    return spans


def clean_same_length(text: str) -> str:
    """vnextract's clean step, kept only when it leaves every offset where it was."""
    from extractor.stages.clean import clean_text

    cleaned, _ = clean_text(text)
    return cleaned if len(cleaned) == len(text) else text


# --------------------------------------------------------------------------- underthesea


def _fold(text: str) -> str:
    """Same length as `text`: each character without its marks, lowercased ("Ð" U+00D0 read as
    "Đ", which underthesea writes instead); used to align tokens the tagger re-normalised."""
    out = "".join(unicodedata.normalize("NFD", c)[:1].lower()[:1] or c for c in text)
    return out.replace("ð", "đ")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCT:
        end -= 1
    return start, end


def align_tokens(text: str, words: Iterable[str]) -> list[tuple[int, int] | None]:
    """Character span of each token, located in order (None when the token is not found).

    The tagger may re-place tone marks ("hoà" -> "hòa") or add a space ("Tp.HCM" -> "Tp. HCM"),
    so tokens are matched on folded text, then with their spaces removed.
    """
    folded, cursor, out = _fold(text), 0, []
    for word in words:
        where = None
        for form in dict.fromkeys((_fold(word), _fold(word.replace(" ", "")))):
            at = folded.find(form, cursor) if form else -1
            if at >= 0:
                where = (at, at + len(form))
                cursor = where[1]
                break
        out.append(where)
    return out


def bio_spans(text: str, tokens: list[tuple[str, ...]]) -> set[Span]:
    """PER/ORG/LOC spans from BIO tags; an I- tag that does not continue starts a span."""
    spans: set[Span] = set()
    current: list[Any] | None = None  # [start, end, type]
    for (_, _, _, tag), where in zip(tokens, align_tokens(text, (t[0] for t in tokens)), strict=True):
        prefix, _, typ = tag.partition("-")
        if where is None or typ not in SHARED:
            current = _close(text, current, spans)
            continue
        if prefix == "I" and current and current[2] == typ:
            current[1] = where[1]
        else:
            _close(text, current, spans)
            current = [where[0], where[1], typ]
    _close(text, current, spans)
    return spans


def _close(text: str, current: list[Any] | None, spans: set[Span]) -> None:
    if current:
        start, end = _trim(text, current[0], current[1])
        if start < end:
            spans.add((start, end, current[2]))


# --------------------------------------------------------------------------- links


def _key(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").casefold().strip()


def _base_title(title: str | None) -> str:
    t = _key(title)
    while t.startswith(TITLE_PREFIXES):
        t = t.split(" ", 1)[1].strip()
    return t


def _person_forms(person: Person, text: str) -> set[str]:
    forms = {person.name, *person.aliases}
    for m in person.mentions:
        forms |= {m.text, text[m.start : m.end]} if m.section == "lead" else {m.text}
    return {_key(f) for f in forms}


def find_person(ents: Entities, name: str, text: str) -> Person | None:
    """The vnextract person whose name, an alias or a mention is the gold name."""
    hits = [p for p in ents.people if _key(name) in _person_forms(p, text)]
    with_role = [p for p in hits if p.title or p.organization]
    return (with_role or hits or [None])[0]


def _org_forms(ents: Entities, org: str | None) -> set[str]:
    if not org:
        return {""}
    forms = {org}
    for o in ents.organizations:
        if _key(org) in {_key(o.name), *map(_key, o.aliases)}:
            forms |= {o.name, *o.aliases}
    return {_key(f) for f in forms}


def score_link(link: dict[str, Any], ents: Entities, text: str) -> dict[str, Any]:
    """Per gold link: was the person found; are title, organisation and flags the same as in
    one of the person's roles (the role that matches best)."""
    person = find_person(ents, link["person"], text)
    if person is None:
        return {"found": False, "title": False, "org": False, "flags": False, "got": None}
    roles = person.roles or [Role(title=person.title, organization=person.organization,
                                  flags=person.flags)]
    best: dict[str, Any] = {}
    for role in roles:
        got = {
            "title": _base_title(link["title"]) == _base_title(role.title),
            "org": _key(link["organization"]) in _org_forms(ents, role.organization),
            "flags": set(link["flags"]) == set(role.flags),
        }
        rank = (got["title"] and got["org"] and got["flags"], got["title"] and got["org"],
                got["title"] + got["org"] + got["flags"])
        if not best or rank > best["rank"]:
            best = got | {"rank": rank}
    best.pop("rank")
    got = {"name": person.name, "roles": [r.model_dump() for r in roles]}
    return {"found": True, **best, "got": got}


# --------------------------------------------------------------------------- running


class InnerTimer:
    """Wraps `underthesea.word_tokenize` to add up the time vnextract spends inside it."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self._orig: Callable[..., Any] = underthesea.word_tokenize

    def __enter__(self) -> InnerTimer:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0, self.calls = time.perf_counter(), self.calls + 1
            try:
                return self._orig(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - t0

        underthesea.word_tokenize = timed
        return self

    def __exit__(self, *exc: object) -> None:
        underthesea.word_tokenize = self._orig


def _clear_vnextract_cache() -> None:
    """vnextract caches tagger output per sentence; timings must start cold."""
    from extractor.ner import analysis

    for name in ("_tag", "_segment"):
        clear = getattr(getattr(analysis, name, None), "cache_clear", None)
        if clear:
            clear()


def run_vnextract(recs: list[dict[str, Any]], clean: bool) -> tuple[list[Entities], list[float],
                                                                     list[float | None]]:
    """Entities, wall time and time inside the segmenter, per sentence (one warm-up first).

    The inner time is None when the wrapper saw no call."""
    entities_of_text(WARM_UP)
    _clear_vnextract_cache()
    out, total, inner = [], [], []
    with InnerTimer() as timer:
        for rec in recs:
            text = clean_same_length(rec["text"]) if clean else rec["text"]
            before, t0 = timer.seconds, time.perf_counter()
            out.append(entities_of_text(text))
            total.append(time.perf_counter() - t0)
            inner.append(timer.seconds - before)
    return out, total, (inner if timer.calls else [None] * len(inner))


def run_underthesea(recs: list[dict[str, Any]]) -> tuple[list[list[tuple[str, ...]]], list[float]]:
    underthesea.ner(WARM_UP)
    out, total = [], []
    for rec in recs:
        t0 = time.perf_counter()
        out.append(underthesea.ner(rec["text"]))
        total.append(time.perf_counter() - t0)
    return out, total


def evaluate(recs: list[dict[str, Any]], clean: bool, rounds: int) -> list[Sentence]:
    """Run both systems `rounds` times, alternating; keep each system's fastest round.

    Output is deterministic, so spans come from the first round; timings from the fastest
    round of each system, which is the least disturbed by anything else on the machine."""
    vnx_runs, uts_runs = [], []
    for _ in range(rounds):
        vnx_runs.append(run_vnextract(recs, clean))
        uts_runs.append(run_underthesea(recs))
    ents, toks = vnx_runs[0][0], uts_runs[0][0]
    _, vnx_t, vnx_inner = min(vnx_runs, key=lambda run: sum(run[1]))
    _, uts_t = min(uts_runs, key=lambda run: sum(run[1]))
    out = []
    for k, rec in enumerate(recs):
        text = rec["text"]
        pred = {"vnextract": vnextract_spans(ents[k]), "underthesea": bio_spans(text, toks[k])}
        links = [score_link(link, ents[k], text) | {"gold": link} for link in rec["links"]]
        seconds = {"vnextract": vnx_t[k], "vnextract_inner": vnx_inner[k], "underthesea": uts_t[k]}
        out.append(Sentence(rec, gold_spans(rec), pred, links, seconds))
    return out


# --------------------------------------------------------------------------- scoring


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def _f1(p: float | None, r: float | None) -> float:
    return 2 * p * r / (p + r) if p and r else 0.0


def _counts(gold: set[Span], pred: set[Span], types: tuple[str, ...]) -> Counter[str]:
    g = {s for s in gold if s[2] in types}
    p = {s for s in pred if s[2] in types}
    return Counter(
        gold=len(g), pred=len(p), tp=len(g & p),
        pred_overlap=sum(any(_overlaps(a, b) for b in g) for a in p),
        gold_overlap=sum(any(_overlaps(a, b) for b in p) for a in g),
    )


def _overlaps(a: Span, b: Span) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


def span_scores(sents: list[Sentence], system: str, types: tuple[str, ...]) -> dict[str, Any]:
    c: Counter[str] = Counter()
    for s in sents:
        c += _counts(s.gold, s.pred[system], types)
    p, r = _ratio(c["tp"], c["pred"]), _ratio(c["tp"], c["gold"])
    pp, pr = _ratio(c["pred_overlap"], c["pred"]), _ratio(c["gold_overlap"], c["gold"])
    return {"gold": c["gold"], "pred": c["pred"], "tp": c["tp"], "p": p, "r": r or 0.0,
            "f1": _f1(p, r), "partial_p": pp, "partial_r": pr or 0.0, "partial_f1": _f1(pp, pr)}


def link_scores(sents: list[Sentence]) -> dict[str, Any]:
    links = [lk for s in sents for lk in s.links]
    n = len(links)

    def share(pred: Callable[[dict[str, Any]], bool]) -> float | None:
        return _ratio(sum(pred(lk) for lk in links), n)

    return {"gold": n, "person_found": share(lambda x: x["found"]),
            "title_org": share(lambda x: x["title"] and x["org"]),
            "flags": share(lambda x: x["flags"]),
            "title": share(lambda x: x["title"]), "org": share(lambda x: x["org"]),
            "all": share(lambda x: x["title"] and x["org"] and x["flags"])}


def _sum(values: list[float | None]) -> float | None:
    return None if None in values else sum(v for v in values if v is not None)


def speed(sents: list[Sentence]) -> dict[str, Any]:
    """Total seconds and sentences per second; `vnextract_own` = total - inside underthesea."""
    n = len(sents)
    keys = ("vnextract", "vnextract_inner", "underthesea")
    total = {k: _sum([s.seconds[k] for s in sents]) for k in keys}
    inner, whole = total["vnextract_inner"], total["vnextract"]
    total["vnextract_own"] = None if inner is None or whole is None else whole - inner
    return {"sentences": n, "seconds": total,
            "per_second": {k: _ratio(n, v) if v else None for k, v in total.items()}}


def report(sents: list[Sentence]) -> dict[str, Any]:
    spans = {
        system: {t: span_scores(sents, system, (t,)) for t in TYPES}
        | {"micro PER+ORG+LOC": span_scores(sents, system, SHARED),
           "micro all": span_scores(sents, system, TYPES)}
        for system in SYSTEMS
    }
    return {"sentences": len(sents), "spans": spans, "links": link_scores(sents),
            "speed": speed(sents)}


# --------------------------------------------------------------------------- printing


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" for _ in header) + "|"]
    lines[1] = "|---" + lines[1][5:]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def span_table(rep: dict[str, Any]) -> str:
    header = ["type", "gold"]
    for system in SYSTEMS:
        header += [f"{system} P", "R", "F1", "partial F1"]
    rows = []
    for typ in rep["spans"]["vnextract"]:
        row = [typ, str(rep["spans"]["vnextract"][typ]["gold"])]
        for system in SYSTEMS:
            s = rep["spans"][system][typ]
            row += [_pct(s["p"]), _pct(s["r"]), _pct(s["f1"]), _pct(s["partial_f1"])]
        rows.append(row)
    return _table(header, rows)


def link_table(rep: dict[str, Any]) -> str:
    lk = rep["links"]
    header = ["system", "gold links", "person found", "title+org", "flags", "title", "org",
              "title+org+flags"]
    keys = ("person_found", "title_org", "flags", "title", "org", "all")
    rows = [["vnextract", str(lk["gold"]), *(_pct(lk[k]) for k in keys)],
            ["underthesea", str(lk["gold"]), *("0.0" for _ in keys)]]
    return _table(header, rows)


def _num(x: float | None, scale: float, fmt: str) -> str:
    return "–" if x is None else format(x * scale, fmt)


def speed_table(rep: dict[str, Any]) -> str:
    sp = rep["speed"]
    names = {"vnextract": "vnextract `entities_of_text` (total)",
             "vnextract_inner": "… of which in underthesea's word segmenter",
             "vnextract_own": "… vnextract's own rules",
             "underthesea": "underthesea `ner`"}
    rows = [[label, str(sp["sentences"]), _num(sp["seconds"][k], 1, ".2f"),
             _num(sp["per_second"][k], 1, ".1f"), _num(sp["seconds"][k], 1000 / sp["sentences"], ".2f")]
            for k, label in names.items()]
    return _table(["system", "sentences", "seconds", "sentences/s", "ms/sentence"], rows)


def print_split(split: str, rep: dict[str, Any]) -> None:
    print(f"\n## {split} ({rep['sentences']} sentences)\n")
    print("Spans: P / R / F1 exact match on (start, end, type); partial F1 counts overlaps "
          "of the same type.\n")
    print(span_table(rep) + "\n")
    print("Links (gold person -> title / organisation / flags), accuracy over gold links:\n")
    print(link_table(rep) + "\n")
    print("Speed (same sentences, run one after the other, one warm-up call per round; each "
          "system's fastest round):\n")
    print(speed_table(rep))


# --------------------------------------------------------------------------- errors (dev only)


def span_errors(gold: set[Span], pred: set[Span]) -> list[tuple[str, Span, Span | None]]:
    """(category, span, counterpart): missed, boundary, type, false positive."""
    errs: list[tuple[str, Span, Span | None]] = []
    for g in sorted(gold - pred):
        near = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
        same = [p for p in near if p[2] == g[2]]
        if same:
            errs.append(("boundary", g, same[0]))
        elif near:
            errs.append(("type", g, near[0]))
        else:
            errs.append(("missed", g, None))
    for p in sorted(pred - gold):
        if not any(p[0] < g[1] and g[0] < p[1] for g in gold):
            errs.append(("false positive", p, None))
    return errs


def print_errors(sents: list[Sentence]) -> None:
    dev = [s for s in sents if s.rec["split"] in DEVELOPMENT]
    tally: Counter[str] = Counter()
    print(f"\n## vnextract errors, development splits only ({', '.join(DEVELOPMENT)})\n")
    if not dev:
        print("(no dev sentences selected: run with --split dev, dev2 to dev32 or all; test and "
              "blind to blind14 are held out)")
        return
    for s in dev:
        text, errs = s.rec["text"], span_errors(s.gold, s.pred["vnextract"])
        bad_links = [lk for lk in s.links if not (lk["title"] and lk["org"] and lk["flags"])]
        if not errs and not bad_links:
            continue
        print(f"{s.rec['id']}: {text}")
        for cat, span, other in errs:
            tally[f"{cat} {span[2]}" + (f"->{other[2]}" if cat == "type" and other else "")] += 1
            got = f" (got {other[2]} {text[other[0]:other[1]]!r})" if other else ""
            print(f"  {cat:14} {span[2]} {text[span[0]:span[1]]!r}{got}")
        for lk in bad_links:
            tally["link"] += 1
            print(f"  link           gold {lk['gold']} got {lk['got']}")
    print("\nTally:")
    for key, n in tally.most_common():
        print(f"  {n:4}  {key}")


def print_tally(sents: list[Sentence], split: str) -> None:
    """Counts of error categories, by source, for any split (held-out ones included): numbers
    only, never the sentences or the spans, so a held-out split stays unread."""
    tally: Counter[tuple[str, str]] = Counter()
    for s in sents:
        if not in_split(s.rec, split):
            continue
        source = s.rec.get("source", "?").removesuffix(".html")
        for cat, span, other in span_errors(s.gold, s.pred["vnextract"]):
            kind = f"{cat} {span[2]}" + (f"->{other[2]}" if cat == "type" and other else "")
            tally[(kind, source)] += 1
    print(f"\n## vnextract error categories on {split} (counts only)\n")
    for (kind, source), n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:4}  {kind:28} {source}")


# --------------------------------------------------------------------------- main


def code_fingerprint() -> str:
    """Short hash of vnextract's code and word lists, to tell which version was measured."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "extractor").rglob("*")):
        if path.is_file() and path.suffix in {".py", ".txt", ".tsv", ".toml", ".json"}:
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=SPLITS, help="one split (default: all of them)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    ap.add_argument("--rounds", type=int, default=3,
                    help="timing rounds per system, alternating; the fastest is kept (default 3)")
    ap.add_argument("--clean", action="store_true", help="apply vnextract's clean step first")
    ap.add_argument("--errors", action="store_true", help="list vnextract's DEV-split errors")
    ap.add_argument("--tally", action="store_true",
                    help="count vnextract's error categories per split and source (no sentences shown)")
    args = ap.parse_args(argv)
    splits = [args.split] if args.split else list(SPLITS)
    recs = [r for r in load_gold() if any(in_split(r, sp) for sp in splits)]
    fingerprint = code_fingerprint()
    files = ", ".join(p.name for p in GOLD_FILES if p.exists())
    print(f"# vnextract vs underthesea NER on bench/entities/ {files}\n\n"
          f"extractor code {fingerprint}, underthesea {underthesea.__version__}, "
          f"clean step {'on' if args.clean else 'off'}, timing rounds {max(1, args.rounds)}, "
          f"load average before {os.getloadavg()[0]:.2f}")
    sents = evaluate(recs, args.clean, max(1, args.rounds))
    reports = {}
    for split in splits:
        chosen = [s for s in sents if in_split(s.rec, split)]
        if not chosen:
            print(f"\n## {split}: no sentences (its file is missing)")
            continue
        reports[split] = report(chosen)
        print_split(split, reports[split])
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")
    if args.errors:
        print_errors(sents)
    if args.tally:
        for split in splits:
            print_tally(sents, split)
    if args.json:
        args.json.write_text(json.dumps({"extractor_code": fingerprint, "clean": args.clean,
                                         "underthesea": underthesea.__version__, "splits": reports}, indent=1,
                                        ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

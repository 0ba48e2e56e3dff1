"""Validate an entity gold file: gold.jsonl, dev2.jsonl or blind.jsonl (offsets, links, splits).

Usage:
    python bench/entities/validate.py [FILE] [--sources DEVSET_DIR SEED_FILE]

With --sources, every non-composed sentence is also checked to be a contiguous
substring of the visible text of its source page (leaf blocks extracted with
BeautifulSoup/lxml, NFC, U+200B removed, whitespace collapsed).
Exits non-zero on any error. Runs no NER model.
"""
import collections
import hashlib
import itertools
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else HERE / "gold.jsonl"
TYPES = {"PER", "ORG", "LOC", "TITLE", "DOC"}
FLAGS = {"deputy", "acting", "former"}
SOURCES = {"vnexpress_2.html", "tuoitre_1.html", "tuoitre_2.html", "dantri_1.html",
           "kenh14_1.html", "vietnamnet_1.html", "cafef_1.html", "seed", "composed",
           "composed-blind", "composed-dev2", "composed-dev3", "composed-blind2", "composed-dev4",
           "composed-dev5", "composed-dev7", "composed-blind3",
           "composed-dev8", "composed-dev9", "composed-dev10", "composed-blind4",
           "composed-dev11", "composed-dev12", "composed-blind5",
           "composed-dev13", "composed-dev14", "composed-blind6",
           "composed-dev15", "composed-blind7",
           "composed-dev16", "composed-dev17", "composed-blind8",
           "composed-dev18", "composed-dev19", "composed-dev20", "composed-blind9",
           "composed-dev21", "composed-dev22", "composed-blind10",
           "composed-dev23", "composed-dev24", "composed-blind11",
           "composed-dev25", "composed-dev26", "composed-blind12",
           "composed-dev27", "composed-dev28", "composed-dev29", "composed-blind13",
           "composed-dev30", "composed-dev31", "composed-dev32", "composed-blind14"}
# id prefix = source suffix = split
COMPOSED_SETS = ("blind", "dev2", "dev3", "blind2", "dev4", "dev5", "dev7", "blind3", "dev8", "dev9",
                 "dev10", "blind4", "dev11", "dev12", "blind5",
                 "dev13", "dev14", "blind6", "dev15", "blind7", "dev16", "dev17", "blind8",
                 "dev18", "dev19", "dev20", "blind9", "dev21", "dev22", "blind10",
                 "dev23", "dev24", "blind11", "dev25", "dev26", "blind12",
                 "dev27", "dev28", "dev29", "blind13",
                 "dev30", "dev31", "dev32", "blind14")
# Sets of real page text, annotated later: id prefix = split, the source is the page.
PAGE_SETS = ("dev6",)


def split_for(rid: str) -> str:
    """The split rule: SHA-1 of the id, as an integer, mod 3 == 0 -> test; blind ids -> blind."""
    for name in COMPOSED_SETS + PAGE_SETS:
        if rid.startswith(name + "-"):
            return name
    return "test" if int(hashlib.sha1(rid.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u200b", " ").replace("\ufeff", " ")
    return re.sub(r"\s+", " ", s).strip()


def page_blocks(path: Path):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(path.read_bytes(), "lxml")
    for t in soup(["script", "style", "noscript", "template", "svg", "head"]):
        t.decompose()
    blocks = []
    tags = ["p", "h1", "h2", "h3", "h4", "h5", "a", "li", "td", "figcaption", "span", "div"]
    for el in soup.find_all(tags):
        if el.find(["p", "h1", "h2", "h3", "h4", "h5", "li", "td", "div", "figcaption"]):
            continue
        for br in el.find_all("br"):
            br.replace_with(" ")
        blocks.append(norm(el.get_text("")))
    return blocks


def main(argv):
    errors = []
    recs = []
    for n, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines(), 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
    ids = collections.Counter(r.get("id") for r in recs)
    for rid, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {rid}")
    texts = collections.Counter(r.get("text") for r in recs)
    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text {t[:60]!r}")

    for r in recs:
        rid = r.get("id", "?")

        def e(msg: str, rid: str = rid) -> None:
            errors.append(f"{rid}: {msg}")

        keys = {"id", "source", "split", "text", "entities", "links", "documents"}
        if set(r) != keys:
            e(f"keys {sorted(r)} != {sorted(keys)}")
            continue
        stem = r["source"][:-5] if r["source"].endswith(".html") else r["source"]
        if r["source"].startswith("composed-"):
            stem = r["source"].removeprefix("composed-")
        if rid.split("-")[0] in PAGE_SETS:
            stem = rid.split("-")[0]
        if r["source"] not in SOURCES or not re.fullmatch(re.escape(stem) + r"-\d{3}", rid):
            e(f"bad source/id {r['source']}")
        if r["split"] != split_for(rid):
            e(f"split {r['split']} does not follow the sha1 rule")
        t = r["text"]
        if t != norm(t):
            e("text is not NFC / whitespace-collapsed")
        spans = []
        for ent in r["entities"]:
            if ent.get("type") not in TYPES:
                e(f"bad type {ent.get('type')}")
            s, en = ent.get("start"), ent.get("end")
            if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(t)):
                e(f"bad offsets {ent}")
                continue
            if t[s:en] != ent.get("text"):
                e(f"offset text mismatch {t[s:en]!r} != {ent.get('text')!r}")
            if ent["text"] != ent["text"].strip():
                e(f"span has outer whitespace {ent['text']!r}")
            spans.append((s, en, ent["type"], ent["text"]))
        spans.sort()
        for a, b in itertools.pairwise(spans):
            if b[0] < a[1]:
                e(f"overlap {a} / {b}")
        per = {x[3] for x in spans if x[2] == "PER"}
        has_title = any(x[2] == "TITLE" for x in spans)
        for link in r["links"]:
            if set(link) != {"person", "title", "organization", "flags"}:
                e(f"bad link keys {link}")
                continue
            if link["person"] not in per:
                e(f"link person {link['person']!r} is not a PER span")
            if link["title"] is not None and not has_title:
                e(f"link title {link['title']!r} but no TITLE span")
            if link["title"] is None and link["organization"] is None:
                e("link with neither title nor organization")
            for f in link["flags"]:
                if f not in FLAGS:
                    e(f"bad flag {f}")
        docs = [x for x in spans if x[2] == "DOC"]
        if len(docs) != len(r["documents"]):
            e(f"{len(docs)} DOC spans but {len(r['documents'])} documents")
        for d in r["documents"]:
            if set(d) != {"type", "number", "issuer", "date"}:
                e(f"bad document keys {d}")
                continue
            num = d["number"].replace(" ", "")
            if not any(num in x[3].replace(" ", "") for x in docs):
                e(f"document number {d['number']!r} not inside a DOC span")
            if d["date"] is not None:
                try:
                    date.fromisoformat(d["date"])
                except ValueError:
                    e(f"bad date {d['date']}")

    if "--sources" in argv:
        i = argv.index("--sources")
        devset, seed = Path(argv[i + 1]), Path(argv[i + 2])
        cache = {}
        for r in recs:
            if r["source"].startswith("composed"):
                continue
            if r["source"] not in cache:
                cache[r["source"]] = ([norm(x) for x in seed.read_text(encoding="utf-8").splitlines()]
                                      if r["source"] == "seed" else page_blocks(devset / r["source"]))
            if not any(r["text"] in b for b in cache[r["source"]]):
                errors.append(f"{r['id']}: text not found in visible text of {r['source']}")

    # statistics
    by = collections.Counter()
    for r in recs:
        by[("sentences", r["split"])] += 1
        if not r["entities"]:
            by[("no-entity", r["split"])] += 1
        for ent in r["entities"]:
            by[(ent["type"], r["split"])] += 1
        by[("links", r["split"])] += len(r["links"])
        by[("documents", r["split"])] += len(r["documents"])
    splits = list(dict.fromkeys(r["split"] for r in recs))  # the file's splits, in order
    print(f"{'':12} " + " ".join(f"{sp:>6}" for sp in splits) + f" {'all':>6}")
    for k in ["sentences", "no-entity", "PER", "TITLE", "ORG", "LOC", "DOC", "links", "documents"]:
        counts = [by[(k, sp)] for sp in splits]
        print(f"{k:12} " + " ".join(f"{n:6}" for n in counts) + f" {sum(counts):6}")
    src = collections.Counter(r["source"] for r in recs)
    print("sources:", dict(sorted(src.items())))
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

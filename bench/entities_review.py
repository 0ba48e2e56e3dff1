"""List vnextract's entities on the UNANNOTATED sentences of some pages, for error hunting on
real text without touching the gold sets.

Usage:
    python bench/entities_review.py PAGES_DIR [--type PER] [--limit N]

Every leaf block of visible text in each page (the same extraction as the gold set's, see
`bench/entities/validate.py`) is split into sentences. A sentence is skipped when it overlaps
any sentence of any gold file (dev, test, dev2, blind, …): contained in it, containing it, or
sharing most of its words. So held-out sentences are never shown, and what is shown is the
pages' remaining text: more of the same genres, unannotated. Each printed sentence has the
chosen type's mentions in [brackets].
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "entities"))

from validate import page_blocks  # noqa: E402

from extractor.ner import entities_of_text  # noqa: E402

_TYPES = {"PER": "people", "ORG": "organizations", "LOC": "locations", "DOC": "documents"}
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“\"])|\s*>>\s*")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def gold_texts() -> list[tuple[str, set[str]]]:
    out = []
    for path in sorted((ROOT / "bench" / "entities").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                out.append((text, _words(text)))
    return out


def overlaps_gold(sentence: str, gold: list[tuple[str, set[str]]]) -> bool:
    words = _words(sentence)
    for text, gw in gold:
        if sentence in text or text in sentence:
            return True
        if words and gw and len(words & gw) / min(len(words), len(gw)) > 0.5:
            return True
    return False


def sentences(page: Path) -> list[str]:
    seen: set[str] = set()
    out = []
    for block in page_blocks(page):
        for s in _SPLIT.split(block):
            s = s.strip()
            if len(s) >= 12 and s not in seen and any(ch.isupper() for ch in s[1:]):
                seen.add(s)
                out.append(s)
    return out


def bracketed(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + "[" + text[start:end] + "]" + text[end:]
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", type=Path, help="a directory of .html pages")
    ap.add_argument("--type", choices=sorted(_TYPES), default="PER")
    ap.add_argument("--limit", type=int, default=0, help="stop after N sentences with a mention")
    args = ap.parse_args(argv)
    gold = gold_texts()
    shown = 0
    for page in sorted(args.pages.glob("*.html")):
        for s in sentences(page):
            if overlaps_gold(s, gold):
                continue
            ents = entities_of_text(s)
            spans = [(m.start, m.end) for e in getattr(ents, _TYPES[args.type]) for m in e.mentions]
            if spans:
                print(f"{page.stem}: {bracketed(s, spans)}")
                shown += 1
                if args.limit and shown >= args.limit:
                    return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Check vnextract's people and places against proper-noun tags on real news text, without an
entity gold set.

Usage:
    python bench/entities_np.py [--type people|locations] [--list]

underthesea's package ships the test split of a POS-tagged Vietnamese corpus (news and legal
prose, about 2,100 sentences) as its tagger's test output. Its gold tags mark proper nouns
("Np") but not their kind, so a person or place found over words none of which is tagged Np is
most likely wrong ("bản Hiến pháp" read as the village "Hiến"). The corpus tags some real
names as common nouns, so listed mentions are leads to read, not errors to count; the total
is a regression signal. The file is read where the package installed it; nothing is copied.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractor.ner import entities_of_text

_CORPUS = ("pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303", "test_output.txt")


def corpus() -> list[list[tuple[str, str]]]:
    """Sentences as (word, gold POS tag) pairs."""
    path = resources.files("underthesea").joinpath(*_CORPUS)
    sents: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            sents.append([])
            continue
        word, gold, _ = line.split("\t")
        sents[-1].append((word, gold[2:]))
    return [s for s in sents if s]


def check(kind: str, show: bool) -> tuple[int, int, int]:
    """(sentences, mentions, mentions over no proper noun)."""
    n = total = bad = 0
    for sent in corpus():
        text, spans = "", []
        for word, tag in sent:
            text += " " if text else ""
            spans.append((len(text), len(text) + len(word), tag))
            text += word
        if len(text) < 20:
            continue
        n += 1
        for entity in getattr(entities_of_text(text), kind):
            for m in entity.mentions:
                total += 1
                if not any(tag == "Np" for a, b, tag in spans if a < m.end and m.start < b):
                    bad += 1
                    if show:
                        print(f"{m.text!r}: …{text[max(0, m.start - 50) : m.end + 40]}…")
    return n, total, bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--type", choices=("people", "locations"), default="people")
    ap.add_argument("--list", action="store_true", help="print each mention over no proper noun")
    args = ap.parse_args(argv)
    n, total, bad = check(args.type, args.list)
    print(f"{n} sentences: {total} {args.type} mentions, {bad} over no word tagged as a proper noun")
    return 0


if __name__ == "__main__":
    sys.exit(main())

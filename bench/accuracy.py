"""Accuracy and speed of vnextract against trafilatura, newspaper4k and htmldate on the same
pages, scored against hand-written truth files (bench/truth/NAME.truth.json).

    python bench/accuracy.py [PAGES_DIR] [--truth bench/truth] [--json out.json]

PAGES_DIR holds the raw pages (NAME.html); by default the shared devset beside the project.
The other tools are development dependencies (pip install trafilatura newspaper4k htmldate);
a tool that is not installed is reported as such.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_PAGES = ROOT.parent / "shared" / "devset"
_TOKEN = re.compile(r"\w+")


@dataclass
class Output:
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    authors: list[str] = field(default_factory=list)
    body: str | None = None
    page_type: str | None = None
    seconds: float = 0.0


def norm(text: str | None) -> str | None:
    return " ".join(unicodedata.normalize("NFC", text).split()) if text else None


def tokens(text: str | None) -> Counter[str]:
    return Counter(_TOKEN.findall((norm(text) or "").casefold()))


# --- systems -------------------------------------------------------------------------------

def run_vnextract(html: bytes, site_rules: bool = True) -> Output:
    import extractor

    config = extractor.Config(skip=frozenset({"entities"}), site_rules=site_rules)
    record = extractor.extract(html, config=config)
    body = "\n".join(p for p in [record.lead, *record.paragraphs] if p)
    published = record.published.isoformat()[:10] if record.published else None
    return Output(record.title, published, [a.name for a in record.authors], body or None,
                  record.page_type)


def run_trafilatura(html: bytes) -> Output:
    import trafilatura

    text = html.decode("utf-8", "replace")
    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None:
        return Output()
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    authors = [a.strip() for a in re.split(r";|,", get("author") or "") if a.strip()]
    return Output(get("title"), (get("date") or None) and str(get("date"))[:10], authors,
                  get("text"))


def run_newspaper(html: bytes) -> Output:
    import newspaper

    article = newspaper.Article(url="http://localhost/", language="vi", fetch_images=False)
    article.download(input_html=html.decode("utf-8", "replace"))
    article.parse()
    published = article.publish_date.date().isoformat() if article.publish_date else None
    return Output(article.title or None, published, list(article.authors), article.text or None)


def run_htmldate(html: bytes) -> Output:
    from htmldate import find_date

    return Output(published=find_date(html.decode("utf-8", "replace"), outputformat="%Y-%m-%d"))


SYSTEMS: dict[str, Callable[[bytes], Output]] = {
    "vnextract": run_vnextract,
    "vnextract (generic only)": lambda html: run_vnextract(html, site_rules=False),
    "trafilatura": run_trafilatura,
    "newspaper4k": run_newspaper,
    "htmldate": run_htmldate,
}
# Fields each tool claims to produce (others are shown as n/a, not as failures).
FIELDS = {
    "vnextract": {"title", "published", "authors", "body", "page_type"},
    "vnextract (generic only)": {"title", "published", "authors", "body", "page_type"},
    "trafilatura": {"title", "published", "authors", "body"},
    "newspaper4k": {"title", "published", "authors", "body"},
    "htmldate": {"published"},
}


# --- scoring -------------------------------------------------------------------------------

def body_prf(got: str | None, truth: list[str]) -> tuple[float, float, float]:
    want, have = tokens("\n".join(truth)), tokens(got)
    if not want and not have:
        return 1.0, 1.0, 1.0
    common = sum((want & have).values())
    p = common / sum(have.values()) if have else 0.0
    r = common / sum(want.values()) if want else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_page(out: Output, truth: dict) -> dict[str, float]:
    truth_body = [t for t in [truth.get("lead"), *truth.get("paragraphs", [])] if t]
    want_authors = sorted(norm(a).casefold() for a in truth.get("authors", []))
    p, r, f = body_prf(out.body, truth_body)
    return {
        "title": float(norm(out.title) == norm(truth.get("title"))),
        "published": float(out.published == (truth.get("published") or "")[:10] or
                           (out.published is None and truth.get("published") is None)),
        "authors": float(sorted(norm(a).casefold() for a in out.authors) == want_authors),
        "body_p": p, "body_r": r, "body_f1": f,
        "page_type": float(out.page_type == truth.get("page_type")),
        "seconds": out.seconds,
    }


def evaluate(pages: Path, truth_dir: Path) -> dict[str, dict[str, dict[str, float]]]:
    results: dict[str, dict[str, dict[str, float]]] = {name: {} for name in SYSTEMS}
    for truth_path in sorted(truth_dir.glob("*.truth.json")):
        name = truth_path.name.removesuffix(".truth.json")
        page = pages / f"{name}.html"
        if not page.exists():
            continue
        html, truth = page.read_bytes(), json.loads(truth_path.read_text("utf-8"))
        for system, run in SYSTEMS.items():
            out = _timed(run, html)
            if out is not None:
                results[system][name] = score_page(out, truth)
    return results


def _timed(run: Callable[[bytes], Output], html: bytes) -> Output | None:
    try:
        run(html)  # warm-up: imports and lazy models are not the page's cost
        started = time.perf_counter()
        out = run(html)
        out.seconds = time.perf_counter() - started
        return out
    except ImportError as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return None


def table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    cols = ["title", "published", "authors", "body_p", "body_r", "body_f1", "page_type", "seconds"]
    lines = ["| system | pages | " + " | ".join(cols) + " |", "|---" * (len(cols) + 2) + "|"]
    for system, pages in results.items():
        if not pages:
            lines.append(f"| {system} | not installed |" + " |" * len(cols))
            continue
        cells = []
        for col in cols:
            field_name = col.split("_")[0] if col.startswith("body") else col
            if col != "seconds" and field_name not in FIELDS[system]:
                cells.append("n/a")
                continue
            mean = sum(p[col] for p in pages.values()) / len(pages)
            cells.append(f"{mean:.4f}" if col == "seconds" else f"{mean:.3f}")
        lines.append(f"| {system} | {len(pages)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    warnings.simplefilter("ignore")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages", nargs="?", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--truth", type=Path, default=ROOT / "bench" / "truth")
    ap.add_argument("--json", type=Path, help="also write per-page scores here")
    args = ap.parse_args(argv)
    results = evaluate(args.pages, args.truth)
    print(f"pages: {args.pages} (truth: {args.truth})\n")
    print(table(results))
    print("\nper page (vnextract): " + ", ".join(
        f"{name}: title={s['title']:.0f} date={s['published']:.0f} authors={s['authors']:.0f} "
        f"f1={s['body_f1']:.2f} type={s['page_type']:.0f}"
        for name, s in results["vnextract"].items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

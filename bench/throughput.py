"""Throughput and peak memory of the batch runner, beside trafilatura on the same pages.

    python bench/throughput.py [--inputs 2000] [--big 20000] [--pages DIR]

Pages: the HTML and text pages of fixtures/ (or DIR), repeated to N inputs in a temporary
directory. Measured, each in its own process (peak RSS of the process and its workers):
  (a) vnextract without entities, 1 and 2 workers;
  (b) the full pipeline, 1 and 2 workers;
  underthesea's `ner` alone over the same records' text (title, lead, paragraphs, captions),
  sentence by sentence, one process: what entities would cost with the baseline tagger;
  trafilatura over the same inputs, one process;
  (a) again over --big inputs, to show memory does not grow with the number of inputs.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_UNDERTHESEA_NER = """
import json, re, sys
from underthesea import ner
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    text = " ".join(t for t in [r.get("title"), r.get("lead"), *r["paragraphs"], *r["captions"]] if t)
    for sentence in re.split(r"(?<=[.!?;])\\s+", text):
        if sentence.strip():
            ner(sentence)
"""
_TRAFILATURA = """
import sys, pathlib, trafilatura
for path in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    trafilatura.extract(path.read_bytes().decode('utf-8', 'replace'))
"""


def make_inputs(pages: Path, n: int, into: Path) -> Path:
    sources = sorted(p for p in pages.iterdir() if p.name.endswith((".html", ".txt", ".html.gz"))
                     and not p.name.endswith((".json",)))
    into.mkdir(parents=True, exist_ok=True)
    blobs = []
    for src in sources:
        data = src.read_bytes()
        blobs.append((gzip.decompress(data) if src.name.endswith(".gz") else data,
                      ".html" if ".html" in src.name else ".txt"))
    for i in range(n):
        data, suffix = blobs[i % len(blobs)]
        (into / f"page{i:06d}{suffix}").write_bytes(data)
    return into


_WRAPPER = """
import resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def measure(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the largest process of the command: itself or a worker).

    A fresh wrapper process per run, so that one run's peak does not carry into the next."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]) / 1024


def vnextract(inputs: Path, out: Path, workers: int, entities: bool) -> list[str]:
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(inputs), "-o", str(out),
           "-j", str(workers), "-q", "--unordered"]
    return cmd + ([] if entities else ["--skip", "entities"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", type=int, default=2000)
    ap.add_argument("--big", type=int, default=20000, help="inputs for the memory check (0: skip)")
    ap.add_argument("--pages", type=Path, default=ROOT / "fixtures")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="vnextract-bench-"))
    try:
        inputs = make_inputs(args.pages, args.inputs, tmp / "in")
        rows = []
        runs = [("(a) no entities", 1, False), ("(a) no entities", 2, False),
                ("(b) full pipeline", 1, True), ("(b) full pipeline", 2, True)]
        for label, workers, ents in runs:
            seconds, mb = measure(vnextract(inputs, tmp / "out.jsonl", workers, ents))
            rows.append((f"vnextract {label}", workers, args.inputs, seconds, mb))
        ner_script = tmp / "ner.py"
        ner_script.write_text(_UNDERTHESEA_NER)
        seconds, mb = measure([sys.executable, str(ner_script), str(tmp / "out.jsonl")])
        rows.append(("underthesea ner alone over the same text", 1, args.inputs, seconds, mb))
        script = tmp / "traf.py"
        script.write_text(_TRAFILATURA)
        try:
            seconds, mb = measure([sys.executable, str(script), str(inputs)])
            rows.append(("trafilatura (extract)", 1, args.inputs, seconds, mb))
        except subprocess.CalledProcessError:
            rows.append(("trafilatura: not installed", 1, 0, 0.0, 0.0))
        if args.big:
            big = make_inputs(args.pages, args.big, tmp / "big")
            seconds, mb = measure(vnextract(big, tmp / "big.jsonl", 1, False))
            rows.append(("vnextract (a) no entities", 1, args.big, seconds, mb))
        print(table(rows))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def table(rows: list[tuple[str, int, int, float, float]]) -> str:
    lines = ["| run | workers | inputs | seconds | pages/s | pages/s per worker | peak MB |",
             "|---|---|---|---|---|---|---|"]
    for label, workers, n, seconds, mb in rows:
        rate = n / seconds if seconds else 0.0
        lines.append(f"| {label} | {workers} | {n} | {seconds:.1f} | {rate:.1f} | "
                     f"{rate / workers:.1f} | {mb:.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())

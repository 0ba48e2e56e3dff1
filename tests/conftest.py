from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
sys.path.insert(0, str(Path(__file__).resolve().parent))

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".html.gz", ".txt.gz")


def page_fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.name.endswith(PAGE_SUFFIXES))


def fixture_stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(PAGE_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return FIXTURES / "vast-hoi-nghi-dien-hinh-2020.txt"


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """windows-1258 writes tone marks as combining characters after a precomposed base."""
    out: list[tuple[str, str]] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            base, tones = out[-1]
            out[-1] = (base, tones + ch) if ch in _TONES else (
                unicodedata.normalize("NFC", base + ch), tones)
        else:
            out.append((ch, ""))
    return "".join(b + t for b, t in out).encode("cp1258")

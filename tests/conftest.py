from __future__ import annotations

import sys
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

"""Vietnamese language data: regexes and word lists kept as files, loaded lazily and cached.

Each data file says in its header where its entries come from. Nothing here runs at import time.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def patterns() -> dict[str, dict[str, re.Pattern[str]]]:
    """Compiled regexes from patterns.toml, by section then name."""
    raw = resources.files(__package__).joinpath("patterns.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    return {sec: {k: re.compile(v) for k, v in items.items()} for sec, items in data.items()}


def pattern(section: str, name: str) -> re.Pattern[str]:
    return patterns()[section][name]


@cache
def wordlist(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list, longest entries first (for longest-match scanning)."""
    return tuple(sorted(dict.fromkeys(_lines(name)), key=len, reverse=True))


@cache
def wordset(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, longest first column first."""
    rows = [tuple(cell.strip() for cell in ln.split("\t")) for ln in _lines(name)]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@cache
def abbreviations() -> dict[str, tuple[str, str]]:
    """Abbreviation -> (expansion, kind)."""
    return {row[0]: (row[1], row[2]) for row in table("abbreviations.tsv")}


@cache
def html_rules() -> dict:
    """html.toml with every string compiled as a regex (lists kept as frozensets)."""
    raw = resources.files(__package__).joinpath("html.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    return {sec: {k: re.compile(v) if isinstance(v, str) else frozenset(v)
                  for k, v in items.items()} for sec, items in data.items()}

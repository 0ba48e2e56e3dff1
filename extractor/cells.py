"""Typed table cells: Vietnamese number formats, percentages, money, dates, empties.

Vietnamese writes "1.234.567" for thousands and "15,4" for decimals; some sites use the
English form "1,234.5". Both are read; when a number could be either ("1,050"), the
Vietnamese reading wins. The cell's text is never replaced: the value sits beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .textdates import find_dates

_NUMBER = re.compile(
    r"^(?P<sign>[-–+]?)\s*(?P<num>\d[\d.,\s]*\d|\d)\s*(?P<pct>%|‰)?\s*"
    r"(?P<scale>nghìn\s+tỷ|ngàn\s+tỷ|nghìn|ngàn|triệu|tỷ|tỉ)?\s*"
    r"(?P<unit>đồng|đ|vnđ|vnd|usd|\$|tấn|kg|ha|km|m2|m²|người|hộ|ca|lượt|%)?\.?$",
    re.IGNORECASE,
)
_EMPTY = {"", "-", "–", "—", "x", "...", "…", "n/a"}
_SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "nghìn tỷ": 1e12,
           "ngàn tỷ": 1e12}
_MONEY = {"đồng", "đ", "vnđ", "vnd", "usd", "$"}


def parse_number(text: str) -> float | None:
    """'1.234.567' -> 1234567, '15,4' -> 15.4, '1,234.5' -> 1234.5; None if not a number."""
    s = re.sub(r"\s+", "", text)
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "." in s:
        groups = s.split(".")
        s = s.replace(".", "") if all(len(g) == 3 for g in groups[1:]) else s
    elif "," in s:
        groups = s.split(",")
        thousands = len(groups) > 2 and all(len(g) == 3 for g in groups[1:])
        s = s.replace(",", "") if thousands else s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def cell(text: str) -> dict:
    """{'kind', 'value', 'unit'} for one cell; kind: number, percent, money, date, text, empty."""
    t = " ".join(text.split())
    if t.casefold() in _EMPTY:
        return {"kind": "empty", "value": None, "unit": None}
    m = _NUMBER.match(t)
    if m:
        value = parse_number(m.group("num"))
        if value is not None:
            return _number(m, value)
    dates = find_dates(t)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(t):
        value = dates[0].value()
        if isinstance(value, dt.date):
            return {"kind": "date", "value": value.isoformat(), "unit": None}
    return {"kind": "text", "value": t, "unit": None}


def _number(m: re.Match[str], value: float) -> dict:
    if m.group("sign") in ("-", "–"):
        value = -value
    scale = m.group("scale")
    if scale:
        value *= _SCALES[" ".join(scale.casefold().split())]
    unit = (m.group("unit") or "").casefold() or None
    number = int(value) if value.is_integer() else value
    if m.group("pct") or unit == "%":
        return {"kind": "percent", "value": number, "unit": "%"}
    return {"kind": "money" if unit in _MONEY else "number", "value": number, "unit": unit}


def column_types(rows: list[list[dict]]) -> list[str]:
    """Each column's kind: the most common non-empty kind of its cells ('empty' if none)."""
    width = max((len(r) for r in rows), default=0)
    kinds = []
    for c in range(width):
        seen = Counter(r[c]["kind"] for r in rows if c < len(r) and r[c]["kind"] != "empty")
        kinds.append(seen.most_common(1)[0][0] if seen else "empty")
    return kinds

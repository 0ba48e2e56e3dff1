"""Finding Vietnamese dates in text: day-first numeric, verbose ("ngày 18 tháng 6 năm 2020"),
year-less with a cue ("sáng 14/5"), times next to them, and relative forms ("2 giờ trước").

Shared by the stages that need to recognise date lines; the regexes live in `vi/patterns.toml`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import vi

VN_TZ = dt.timezone(dt.timedelta(hours=7))
# How far a time may stand from its date on the same line ("12/8/2024, 14:30").
_TIME_GAP = 12


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    relative: bool = False

    def value(self, year: int | None = None) -> dt.date | dt.datetime | None:
        """The date (or +07:00 datetime when a time was written); None if impossible."""
        y = self.year or year
        if y is None:
            return None
        try:
            if self.hour is None:
                return dt.date(y, self.month, self.day)
            return dt.datetime(
                y, self.month, self.day, self.hour, self.minute or 0, self.second or 0, tzinfo=VN_TZ
            )
        except ValueError:
            return None


def find_dates(text: str) -> list[DateMatch]:
    """All dates in `text`, in order, each with an adjacent time merged in when present."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for name in ("verbose", "numeric", "yearless"):
        for m in vi.pattern("dates", name).finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            year = int(m.group("year")) if "year" in m.groupdict() and m.group("year") else None
            day, month = int(m.group("day")), int(m.group("month"))
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            # A year-less date's span starts at its digits, not at its cue word ("sáng").
            start = m.start() if year else m.start("day")
            found.append(DateMatch(start, m.end(), day, month, year))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return [_attach_time(text, d, found) for d in found]


def _attach_time(text: str, d: DateMatch, others: list[DateMatch]) -> DateMatch:
    time_re = vi.pattern("dates", "time")
    after = time_re.search(text, d.end, min(len(text), d.end + _TIME_GAP + 8))
    if after and _only_filler(text[d.end : after.start()]) and not _inside(after, others):
        return _with_time(d, after, d.start, after.end())
    window = max(0, d.start - _TIME_GAP - 8)
    before = [m for m in time_re.finditer(text, window, d.start) if m.end() <= d.start]
    if before and _only_filler(text[before[-1].end() : d.start]) and not _inside(before[-1], others):
        return _with_time(d, before[-1], before[-1].start(), d.end)
    return d


def _inside(m: re.Match[str], dates: list[DateMatch]) -> bool:
    return any(d.start <= m.start() < d.end for d in dates)


def _with_time(d: DateMatch, m: re.Match[str], start: int, end: int) -> DateMatch:
    second = int(m.group("second")) if m.group("second") else None
    return DateMatch(start, end, d.day, d.month, d.year, int(m.group("hour")),
                     int(m.group("minute")), second)


def _only_filler(gap: str) -> bool:
    return len(gap) <= _TIME_GAP and bool(re.fullmatch(r"[\s,|\-–(]*(?:(?i:lúc|ngày|vào))?[\s,|\-–:]*", gap))


def find_relative(text: str, base: dt.date | dt.datetime) -> list[tuple[int, int, dt.datetime]]:
    """'2 giờ trước' resolved against `base` (the page's own date or its capture time)."""
    units = {"giây": "seconds", "phút": "minutes", "giờ": "hours", "tiếng": "hours",
             "ngày": "days", "tuần": "weeks"}
    if not isinstance(base, dt.datetime):
        base = dt.datetime(base.year, base.month, base.day, tzinfo=VN_TZ)
    out = []
    for m in vi.pattern("dates", "relative").finditer(text):
        unit = units.get(m.group("unit"))
        if unit:
            out.append((m.start(), m.end(), base - dt.timedelta(**{unit: int(m.group("amount"))})))
    return out


def strip_dates(text: str) -> str:
    """`text` with dates, times, weekdays, GMT+7 and date labels removed (for byline parsing)."""
    for d in reversed(find_dates(text)):
        text = text[: d.start] + " " + text[d.end :]
    for name in ("counters", "time", "weekday", "timezone", "updated_label", "published_label"):
        text = vi.pattern("dates", name).sub(" ", text)
    return text


def is_date_line(text: str) -> bool:
    """True when the line holds a date and nothing but date words ("Thứ ba, ngày 21/05/2024")."""
    if not find_dates(text):
        return False
    rest = strip_dates(text)
    return vi.pattern("dates", "filler").sub("", rest) == ""


_ISO = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{1,2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)


def parse_iso(value: str) -> dt.date | dt.datetime | None:
    """Metadata dates: ISO 8601 with or without offset (none means Vietnam time), a space before
    the offset, epoch seconds, or a day-first Vietnamese form. Datetimes come back in +07:00."""
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, VN_TZ).replace(microsecond=0)
    m = _ISO.match(value)
    if not m:
        found = find_dates(value)
        return found[0].value() if found else None
    try:
        day = dt.date.fromisoformat(m.group("date"))
        if not m.group("time"):
            return day
        hms = [int(x) for x in m.group("time").split(":")] + [0]
        tz = _offset(m.group("tz"))
        moment = dt.datetime(day.year, day.month, day.day, hms[0], hms[1], hms[2], tzinfo=tz)
    except ValueError:
        return None
    return moment.astimezone(VN_TZ)


def _offset(text: str | None) -> dt.timezone:
    if not text:
        return VN_TZ
    if text == "Z":
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))

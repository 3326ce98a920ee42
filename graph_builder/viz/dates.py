"""Turn the ISO forms of docs/MODEL.md 'Values' into day ranges for drawing.

``2001-12-21`` (day), ``2002-07-01/2002-07-05`` (range), ``2002-05`` (month), ``2003-spring`` (season,
northern-hemisphere meteorological seasons as the texts are Geneva-centred), ``2006-Q2`` (quarter),
``2002-H2`` (half-year), ``2005`` (year). ``--05-17`` (a recurring day) has no place on a timeline: None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}


@dataclass(frozen=True)
class Span:
    start: date
    end: date  # inclusive
    precision: str  # day month season quarter half-year year


def _month_span(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = (year + (last - 1) // 12, (last - 1) % 12 + 1)
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def parse_one(text: str) -> Span | None:
    text = text.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return Span(day, day, "day")
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            return Span(*_month_span(int(m[1]), int(m[2]), int(m[2])), "month")
        if m := re.fullmatch(r"(\d{4})-(spring|summer|autumn|fall|winter)", text, re.I):
            first, last = _SEASONS[m[2].lower()]
            return Span(*_month_span(int(m[1]), first, last), "season")
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", text):
            q = int(m[2])
            return Span(*_month_span(int(m[1]), 3 * q - 2, 3 * q), "quarter")
        if m := re.fullmatch(r"(\d{4})-H([12])", text):
            h = int(m[2])
            return Span(*_month_span(int(m[1]), 6 * h - 5, 6 * h), "half-year")
        if m := re.fullmatch(r"(\d{4})", text):
            return Span(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31), "year")
    except ValueError:  # e.g. 2002-02-30: not a date, nothing to draw
        return None
    return None


def parse_iso(text: str) -> Span | None:
    """A Span for an ISO form, or None when it is not one we can draw (recurring days, junk)."""
    if "/" in text:
        first, _, last = text.partition("/")
        a, b = parse_one(first), parse_one(last)
        if a is None or b is None:
            return None
        return Span(a.start, b.end, a.precision)
    return parse_one(text)

"""Typed literals of a recognised date (docs/MODEL.md 'Values').

Two uses:

* the start or end of a span (``schema:startDate``/``schema:endDate`` of an event): a day is ``xsd:date``, a
  year ``xsd:gYear``, anything between (a month, a season, a quarter) the ``xsd:gYearMonth`` of its first or last
  month: 2003年春季 starts 2003-03 and ends 2003-05 (:func:`bound_literal`);
* one value standing for the whole date (``wsis:deadline``, ``wsis:date``): typed no finer than printed, so a
  season, quarter or half-year is the ``xsd:gYear`` it lies in (2006年第二季度 -> 2006), never a month it
  does not name; the period itself is in ``wsis:isoDate`` (``2006-Q2``), ``wsis:datePrecision`` and the day
  bounds (:func:`value_literal`).
"""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import XSD


def bound_literal(d, which: str = "start") -> Literal:
    """``which`` ("start" or "end") of DateMention ``d``, typed by its precision."""
    value = d.start_date if which == "start" else d.end_date
    if d.precision == "day":
        return Literal(value.isoformat(), datatype=XSD.date)
    if d.precision == "year":
        return Literal(str(value.year), datatype=XSD.gYear)
    return Literal(f"{value.year:04d}-{value.month:02d}", datatype=XSD.gYearMonth)


def value_literal(d) -> Literal:
    """DateMention ``d`` as one value no finer than printed: a day, a month, else the year it starts in (a
    range: its last day, month or year)."""
    if d.is_range:
        return bound_literal(d, "end")
    if d.precision in ("day", "month"):
        return bound_literal(d, "start")
    return Literal(str(d.start_date.year), datatype=XSD.gYear)

"""The start or end of a recognised date as a literal typed by its precision (docs/MODEL.md 'Values').

A day is ``xsd:date``, a year ``xsd:gYear``, anything between (a month, a season, a quarter) the
``xsd:gYearMonth`` of its first or last month: 2003年春季 starts 2003-03 and ends 2003-05.
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

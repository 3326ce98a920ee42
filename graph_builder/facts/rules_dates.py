"""Sortable bounds for every stated date (docs/MODEL.md, "Values": date bounds).

Dates keep their precision (``xsd:gYear`` 2006, ``xsd:gYearMonth`` 2006-06, ``wsis:isoDate`` 2006-Q2), and
values of mixed precision do not sort or compare. This rule runs after every other rule and gives each
thing with a date-valued fact the day bounds of that date:

* ``wsis:dateStart`` / ``wsis:dateEnd`` (``xsd:date``): the first and last day of the thing's own date
  (an event's days, an act's or document's date, a body's creation, the date a figure is stated);
* ``wsis:deadlineStart`` / ``wsis:deadlineEnd`` (``xsd:date``): the same for ``wsis:deadline``;
* ``wsis:datePrecision`` when the thing has none yet (``day month season quarter half-year year``);
* ``wsis:dateAsPrinted`` (@zh): the date exactly as the text prints it (``2003年春季``), evidence its span.
* ``wsis:datePart``: the part of the period the text names with it (``end`` for 底/末: ``2005年底以前``,
  ``start`` for 初, ``early``/``mid``/``late`` for 上旬/中旬/下旬), from the thing's finest date; the bounds stay
  those of the whole period, except for 上旬/中旬/下旬, which are fixed ten-day periods (days 1-10, 11-20, 21 to
  the month's end) and bound the thing by those days.

Bounds are per source document, like every claim: a later report that gives an event's days does not take
away the season an earlier report planned it for. When a thing has several dates of one family in one
document, the finest precision wins and the bounds span them all (an event's start day and end day; two
deadlines of one directive). A season, quarter or half-year spans
its months (spring = March-May). A recurring day (``--05-17``) has no year and gets no bounds.
"""

from __future__ import annotations

import calendar
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph_builder.entities.recognize_dates import find_dates
from graph_builder.facts import rule
from graph_builder.normalize import Normalized
from graph_builder.rdf.namespaces import WSIS

_DATE_TYPES = (XSD.date, XSD.gYearMonth, XSD.gYear)
_RANK = {"day": 0, "month": 1, "season": 2, "quarter": 3, "half-year": 4, "year": 5}
_FAMILIES = {"date": (WSIS.dateStart, WSIS.dateEnd), "deadline": (WSIS.deadlineStart, WSIS.deadlineEnd)}
# properties whose value is not the thing's own date but derived bounds or a comparison
_NOT_A_DATE = (WSIS.dateStart, WSIS.dateEnd, WSIS.deadlineStart, WSIS.deadlineEnd, WSIS.citedYear)


def literal_period(lit: Literal) -> tuple[date, date, str] | None:
    """(first day, last day, precision) of an ``xsd:date`` / ``gYearMonth`` / ``gYear`` literal."""
    text = str(lit)
    try:
        if lit.datatype == XSD.date:
            d = date.fromisoformat(text[:10])
            return d, d, "day"
        if lit.datatype == XSD.gYearMonth:
            y, m = int(text[:4]), int(text[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month"
        if lit.datatype == XSD.gYear:
            y = int(text[:4])
            return date(y, 1, 1), date(y, 12, 31), "year"
    except ValueError:
        return None
    return None


# 上旬/中旬/下旬 are the month's ten-day periods by definition (days 1-10, 11-20, 21 to the end): their bounds are
# those days, while 初/底/末 (start, end) name no fixed days and keep the whole period's bounds.
_DEKADS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _dekad(first: date, last: date, part: str) -> tuple[date, date]:
    a, b = _DEKADS[part]
    return first.replace(day=a), last.replace(day=min(b, last.day))


def _family(p: URIRef) -> str:
    return "deadline" if p == WSIS.deadline else "date"


def _printed(store, ev, lit: Literal, period: tuple[date, date, str]):
    """The date mention in the evidence span (or its node) that states ``lit``: the same period first, then
    one that covers it or that it covers (the printed form is then the more precise)."""
    doc = store.documents[ev.doc_id]
    text = doc.source.text
    node = doc.by_id.get(ev.node_id)
    spans = [(ev.start, ev.end)] + ([(node.start, node.end)] if node is not None else [])
    for start, end in spans:
        mentions = [dm for dm in find_dates(Normalized.of(text, 0, start, end)) if dm.start_date and dm.end_date]
        for dm in mentions:
            if dm.iso == str(lit) or (dm.start_date, dm.end_date) == period[:2]:
                return dm
        for dm in mentions:  # the value is part of a printed period (a season's first month)
            if dm.start_date <= period[0] and period[1] <= dm.end_date and dm.precision in _RANK:
                return dm
        for dm in mentions:  # the value is a coarser typing of a printed period (2001年秋 typed 2001; a winter
            # typed by the year it starts in runs into the next one)
            if period[0] <= dm.start_date <= period[1] and dm.precision in _RANK and (
                    dm.end_date <= period[1] or period[2] == "year"):
                return dm
    return None


@rule("dates.bounds")
def date_bounds(ctx) -> None:
    store = ctx.store
    candidates: dict[tuple, list] = {}
    for (s, p, o), evidence in sorted(store.facts.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]), str(kv[0][2]))):
        if p in _NOT_A_DATE or not isinstance(o, Literal) or o.datatype not in _DATE_TYPES:
            continue
        period = literal_period(o)
        if period is None:
            continue
        for ev in sorted(evidence):
            dm = _printed(store, ev, o, period)
            if dm is not None:
                first, last, precision = dm.start_date, dm.end_date, dm.precision
                if precision == "month" and dm.part in _DEKADS:
                    first, last = _dekad(first, last, dm.part)
                where = (ev.doc_id, *dm.date_span)
            else:
                first, last, precision = period
                where = (ev.doc_id, ev.start, ev.end)
            candidates.setdefault((s, _family(p), ev.doc_id), []).append(
                (_RANK.get(precision, 5), first, last, precision, where, dm))
    precise = {(s, ev.doc_id) for (s, p, _o), evs in store.facts.items() if p == WSIS.datePrecision for ev in evs}
    parted: set = set()
    for (s, family, doc_id), found in sorted(candidates.items(), key=lambda kv: (str(kv[0][0]), kv[0][1], kv[0][2])):
        finest = min(c[0] for c in found)
        kept = [c for c in found if c[0] == finest]
        start_prop, end_prop = _FAMILIES[family]
        first = min(kept, key=lambda c: (c[1], c[4]))
        last = min(kept, key=lambda c: (-c[2].toordinal(), c[4]))
        store.add(s, start_prop, Literal(first[1].isoformat(), datatype=XSD.date), *first[4])
        store.add(s, end_prop, Literal(last[2].isoformat(), datatype=XSD.date), *last[4])
        if (s, doc_id) not in precise:
            precise.add((s, doc_id))
            store.add(s, WSIS.datePrecision, Literal(first[3]), *first[4])
        part = first[5].part if first[5] is not None else None
        if part and (s, doc_id) not in parted:
            # 2005年底以前: the end of the year is read with the year and kept beside it, bounds unchanged
            parted.add((s, doc_id))
            store.add(s, WSIS.datePart, Literal(part), *first[4])
        for c in found:
            if c[5] is not None:
                where_doc, i, j = c[4]
                printed = store.documents[where_doc].source.text[i:j]
                store.add(s, WSIS.dateAsPrinted, Literal(printed, lang="zh"), where_doc, i, j)


date_bounds.after_all = True


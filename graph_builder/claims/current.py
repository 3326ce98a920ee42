"""The current view: which claimed triples go to graph/facts (docs/MODEL.md 'Claims', 'The current value').

A property is *single-valued* when a shape of ``shapes/facts.ttl`` gives it ``sh:maxCount 1``; the place and
the chair of a thing are single-valued per source as well (one source may name several, a later source
replaces them). For every (subject, single-valued property) — and for the date properties of a subject taken
together, so that a start date, end date, precision and ISO form always come from one source — the rule is:

1. the **latest source** wins: the claims of the document with the latest ``wsis:knownBy`` date (a document
   without a date counts as earliest; equal dates: the source whose value is more precise, then the later
   document in manifest order) — except that a later date that only restates an earlier one more coarsely
   (2003 after 2003-12-10/2003-12-12) does not replace it: the latest source with the finer date wins;
2. of that source's values the **most precise** stays (a day over a month over a season… over a year; held /
   postponed / cancelled / resumed over planned); for a property without ``sh:maxCount 1`` all its values stay;
3. **tie-break**: the smallest value in N-Triples order.

Every other property (participants, facilitators, labels…) keeps every claimed value.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import lru_cache
from typing import Iterable

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH, XSD

from graph_builder import paths
from graph_builder.claims.sources import PRECISION_RANK, SourceDate
from graph_builder.rdf.namespaces import SCHEMA, WSIS

#: The properties that date a thing: chosen together, from one source.
WHEN = frozenset({SCHEMA.startDate, SCHEMA.endDate, WSIS.deadline, WSIS.deadlineQualifier,
                  WSIS.isoDate, WSIS.datePrecision, WSIS.dateStart, WSIS.dateEnd, WSIS.deadlineStart,
                  WSIS.deadlineEnd, WSIS.dateAsPrinted, WSIS.datePart})
#: Single-valued per source, though a source may state several values (a place, a chair).
PER_SOURCE = frozenset({SCHEMA.location, WSIS.chair})
#: Status words, least definite first.
STATUS_RANK = {"planned": 0, "resumed": 1, "postponed": 2, "cancelled": 3, "held": 4}
_EARLIEST = date(1, 1, 1)
_DATE_PRECISION, _ISO_DATE, _STATUS = str(WSIS.datePrecision), str(WSIS.isoDate), str(WSIS.status)


@lru_cache(maxsize=1)
def functional_properties() -> frozenset[URIRef]:
    """Paths that ``shapes/facts.ttl`` limits to one value (``sh:maxCount 1``)."""
    shapes = Graph().parse(paths.shapes_dir() / "facts.ttl", format="turtle")
    out = set()
    for shape in shapes.subjects(SH.maxCount, Literal(1)):
        for path in shapes.objects(shape, SH.path):
            if isinstance(path, URIRef):
                out.add(path)
    return frozenset(out)


def single_valued() -> frozenset[URIRef]:
    """Every property whose current value comes from one source."""
    return functional_properties() | PER_SOURCE | WHEN


def group_of(p: URIRef) -> str | None:
    """The selection group of a property (None: every value is current)."""
    if p in WHEN:
        return "when"
    return str(p) if p in single_valued() else None


def value_precision(p: URIRef, o) -> int:
    """Higher is more precise (rule 2)."""
    if not isinstance(o, Literal):
        return 0
    if o.datatype == XSD.date:
        return 3
    if o.datatype == XSD.gYearMonth:
        return 2
    if o.datatype == XSD.gYear:
        return 1
    text = str(o)
    if p == WSIS.datePrecision:
        return 10 - PRECISION_RANK.get(text, 9)
    if p == WSIS.isoDate:
        return 10 - PRECISION_RANK.get(iso_precision(text), 9)
    if p == WSIS.status:
        return STATUS_RANK.get(text, 0)
    return 0


def iso_precision(iso: str) -> str:
    """The precision of a ``wsis:isoDate`` form (2003-spring -> season)."""
    first = iso.split("/")[0]
    if first.startswith("--") or len(first) == 10:
        return "day"
    if len(first) == 4:
        return "year"
    tail = first[5:]
    if tail in ("spring", "summer", "autumn", "winter"):
        return "season"
    if tail.startswith("Q"):
        return "quarter"
    if tail.startswith("H"):
        return "half-year"
    return "month"


def source_key(doc_id: str, dates: dict[str, SourceDate | None], order: dict[str, int]) -> tuple:
    d = dates.get(doc_id)
    return (d.last if d else _EARLIEST, order.get(doc_id, -1))


def select_current(claims: Iterable[tuple[tuple, str]], dates: dict[str, SourceDate | None],
                   order: dict[str, int]) -> set[tuple]:
    """The current triples among ``claims`` ((s, p, o) of rdflib terms, doc id) by the rule of this module."""
    return _select(claims, dates, order, group=group_of, precision=value_precision,
                   functional=functional_properties(), iso_date=WSIS.isoDate, lexical=str, nt=lambda o: o.n3())


def _select(claims, dates, order, *, group, precision, functional, iso_date, lexical, nt) -> set[tuple]:
    """The rule itself, for terms of either library: ``group(p)`` is the selection group of a property,
    ``precision(p, o)`` ranks a value, ``lexical(o)`` is a literal's text and ``nt(o)`` its N-Triples form
    (the deterministic tie-break)."""
    groups: dict[tuple, dict[str, set[tuple]]] = defaultdict(lambda: defaultdict(set))
    current: set[tuple] = set()
    for t, doc in claims:
        g = group(t[1])
        if g is None:
            current.add(t)
        else:
            groups[(t[0], g)][doc].add(t)
    for key, by_doc in groups.items():
        best_of = {doc: max(precision(t[1], t[2]) for t in ts) for doc, ts in by_doc.items()}

        def rank(doc: str) -> tuple:
            d = dates.get(doc)
            return (d.last if d else _EARLIEST, best_of[doc], order.get(doc, -1))

        winner = max(by_doc, key=rank)
        if key[1] == "when":  # a finer date inside the chosen one refines it (2003-12-10 in 2003)
            isos = {}
            for doc, ts in by_doc.items():
                best = _most_precise([t[2] for t in ts if t[1] == iso_date], lambda o: precision(iso_date, o), nt)
                isos[doc] = None if best is None else lexical(best)
            finer = [d for d in by_doc if refines(isos[d], isos[winner])]
            while finer:
                winner = max(finer, key=rank)
                finer = [d for d in by_doc if refines(isos[d], isos[winner])]
        by_prop: dict = defaultdict(list)
        for t in by_doc[winner]:
            by_prop[t[1]].append(t)
        for p, triples in by_prop.items():
            if p in functional:
                current.add(_most_precise(triples, lambda t: precision(p, t[2]), lambda t: nt(t[2])))
            else:
                current.update(triples)
    return current


def _most_precise(items: list, precision, nt):
    """The item of highest precision; among equals the one whose N-Triples form sorts first (None: no item)."""
    if not items:
        return None
    ranked = [(precision(x), x) for x in items]
    best = max(r for r, _x in ranked)
    top = [x for r, x in ranked if r == best]
    return top[0] if len(top) == 1 else min(top, key=nt)


def refines(finer: str | None, coarser: str | None) -> bool:
    """True when ISO date ``finer`` is more precise than ``coarser`` and lies inside it (2003-12-10 in 2003)."""
    if not finer or not coarser:
        return False
    a, b = finer.split("/")[0], coarser.split("/")[0]
    if PRECISION_RANK.get(iso_precision(a), 9) >= PRECISION_RANK.get(iso_precision(b), 9):
        return False
    if iso_precision(b) not in ("year", "month"):
        return False
    return a.startswith(b)


# --- The same rule over pyoxigraph terms (the on-disk store of the streaming build) -------------------------
# The store hands out pyoxigraph terms; converting every claim to rdflib costs more than the choice itself,
# so :func:`_select` gets these helpers that take the terms as they come and look properties up by IRI string;
# only the N-Triples tie-break, which is rare (equal precision within one source), goes through rdflib.

_XSD_PRECISION = {str(XSD.date): 3, str(XSD.gYearMonth): 2, str(XSD.gYear): 1}


@lru_cache(maxsize=1)
def _groups_by_iri() -> dict[str, str]:
    return {str(p): ("when" if p in WHEN else str(p)) for p in single_valued()}


@lru_cache(maxsize=1)
def _functional_iris() -> frozenset[str]:
    return frozenset(str(p) for p in functional_properties())


def single_valued_iris() -> frozenset[str]:
    """:func:`single_valued` as IRI strings."""
    return frozenset(_groups_by_iri())


def group_of_iri(p: str) -> str | None:
    """:func:`group_of` for a property IRI string."""
    return _groups_by_iri().get(p)


def ox_value_precision(p: str, o) -> int:
    """:func:`value_precision` for a property IRI string and a pyoxigraph object term."""
    if not isinstance(o, ox.Literal):
        return 0
    rank = _XSD_PRECISION.get(o.datatype.value)
    if rank is not None:
        return rank
    if p == _DATE_PRECISION:
        return 10 - PRECISION_RANK.get(o.value, 9)
    if p == _ISO_DATE:
        return 10 - PRECISION_RANK.get(iso_precision(o.value), 9)
    if p == _STATUS:
        return STATUS_RANK.get(o.value, 0)
    return 0


def _nt_key(o) -> str:
    from graph_builder.query.terms import from_oxigraph

    return from_oxigraph(o).n3()


def select_current_ox(claims: Iterable[tuple[tuple, str]], dates: dict[str, SourceDate | None],
                      order: dict[str, int]) -> set[tuple]:
    """:func:`select_current` for claims ((s, p, o), doc id) of pyoxigraph terms, ``p`` as its IRI string."""
    return _select(claims, dates, order, group=group_of_iri, precision=ox_value_precision,
                   functional=_functional_iris(), iso_date=_ISO_DATE, lexical=lambda o: o.value, nt=_nt_key)

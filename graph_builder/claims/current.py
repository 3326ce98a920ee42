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

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH, XSD

from graph_builder import paths
from graph_builder.claims.sources import PRECISION_RANK, SourceDate
from graph_builder.rdf.namespaces import SCHEMA, WSIS

#: The properties that date a thing: chosen together, from one source.
WHEN = frozenset({SCHEMA.startDate, SCHEMA.endDate, WSIS.deadline, WSIS.deadlineQualifier,
                  WSIS.isoDate, WSIS.datePrecision, WSIS.dateStart, WSIS.dateEnd, WSIS.deadlineStart,
                  WSIS.deadlineEnd, WSIS.dateAsPrinted})
#: Single-valued per source, though a source may state several values (a place, a chair).
PER_SOURCE = frozenset({SCHEMA.location, WSIS.chair})
#: Status words, least definite first.
STATUS_RANK = {"planned": 0, "resumed": 1, "postponed": 2, "cancelled": 3, "held": 4}
_EARLIEST = date(1, 1, 1)


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
    """The current triples among ``claims`` ((s, p, o), doc id) by the rule of this module."""
    groups: dict[tuple, dict[str, set[tuple]]] = defaultdict(lambda: defaultdict(set))
    current: set[tuple] = set()
    for (s, p, o), doc in claims:
        g = group_of(p)
        if g is None:
            current.add((s, p, o))
        else:
            groups[(s, g)][doc].add((s, p, o))
    functional = functional_properties()
    for _key, by_doc in groups.items():
        def rank(doc: str) -> tuple:
            d = dates.get(doc)
            best = max(value_precision(t[1], t[2]) for t in by_doc[doc])
            return (d.last if d else _EARLIEST, best, order.get(doc, -1))

        winner = max(by_doc, key=rank)
        if _key[1] == "when":
            finer = [d for d in by_doc if refines(_iso(by_doc[d]), _iso(by_doc[winner]))]
            while finer:
                winner = max(finer, key=rank)
                finer = [d for d in by_doc if refines(_iso(by_doc[d]), _iso(by_doc[winner]))]
        by_prop: dict[URIRef, list[tuple]] = defaultdict(list)
        for t in by_doc[winner]:
            by_prop[t[1]].append(t)
        for p, triples in by_prop.items():
            if p in functional:
                best = max(value_precision(p, t[2]) for t in triples)
                current.add(min((t for t in triples if value_precision(p, t[2]) == best), key=lambda t: t[2].n3()))
            else:
                current.update(triples)
    return current


def _iso(triples: set[tuple]) -> str | None:
    """A source's most precise ISO date among its date claims."""
    isos = [t[2] for t in triples if t[1] == WSIS.isoDate]
    if not isos:
        return None
    return str(max(isos, key=lambda o: (value_precision(WSIS.isoDate, o), ) + (_neg(o.n3()),)))


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


def _neg(text: str) -> tuple:
    """Sort key that puts the smallest string last under ``max`` (deterministic tie-break)."""
    return tuple(-ord(c) for c in text)

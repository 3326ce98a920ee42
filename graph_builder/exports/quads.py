"""The dataset as one sorted list of pyoxigraph quads: the common input of every export writer.

Sorting (graph, subject, predicate, object by their N-Triples form) is what makes every export
byte-identical on re-run. Converting to pyoxigraph terms also checks every IRI strictly, so a bad IRI
fails the export with a one-line error instead of producing a file other tools reject.
Blank nodes should not occur in generated data (docs/MODEL.md); the hand-written ontology may use
them (e.g. ``owl:unionOf`` lists), so they get stable labels from a hash of what they contain.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import defaultdict
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
import rdflib

from graph_builder.errors import WsisError

Quad = ox.Quad


def _to_ox(term, where: str):
    if isinstance(term, rdflib.URIRef):
        try:
            return ox.NamedNode(str(term))
        except ValueError as exc:
            raise WsisError(f"{where}: invalid IRI <{term}>: {exc}") from None
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise WsisError(f"{where}: unsupported RDF term {term!r}")


def _graph_to_ox(graph_id):
    if graph_id is None or str(graph_id) == str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID):
        return ox.DefaultGraph()
    return _to_ox(getattr(graph_id, "identifier", graph_id), "dataset")


def from_rdflib(dataset: rdflib.Dataset) -> list[Quad]:
    """All quads of an rdflib Dataset, converted, blank nodes relabelled, sorted."""
    quads = [
        ox.Quad(_to_ox(s, "dataset"), _to_ox(p, "dataset"), _to_ox(o, "dataset"), _graph_to_ox(g))
        for s, p, o, g in dataset.quads((None, None, None, None))
    ]
    return canonical(quads)


def read_trig(path: Path) -> list[Quad]:
    """Parse a TriG file (``DATA/wsis.trig``) with pyoxigraph."""
    path = Path(path)
    if not path.is_file():
        raise WsisError(f"{path}: not found (run `wsiskg build` first, or pass --data)")
    try:
        quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
    except (SyntaxError, ValueError) as exc:
        raise WsisError(f"{path}: not valid TriG: {str(exc).splitlines()[0]}") from None
    return canonical(quads)


def _term_key(term) -> str:
    # IRIs by their text (so '.../c7' sorts before '.../c7-e-health'), blank nodes after them.
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.DefaultGraph):
        return ""
    return "\uffff" + str(term)


def sort_key(quad: Quad) -> tuple[str, str, str, str]:
    return (_term_key(quad.graph_name), _term_key(quad.subject), quad.predicate.value, str(quad.object))


def canonical(quads: list[Quad]) -> list[Quad]:
    """Deduplicate, give blank nodes content-derived labels, sort (by :func:`sort_key`)."""
    quads = _relabel_blank_nodes(list(set(quads)))
    return _sorted_by(quads, _quad_texts(quads))


# The sort keys as one string each: the parts of :func:`sort_key` joined by NUL, which no IRI and no
# N-Triples form of a literal contains, so the strings sort exactly as the tuples do (a part that is a
# prefix of another still sorts first: NUL is below every other character). Comparing one string is
# several times cheaper than comparing tuples, and each term is read off its quad once.

def _quad_texts(quads: list[Quad]) -> list[str]:
    named = ox.NamedNode
    out = []
    append = out.append
    for q in quads:
        g, s = q.graph_name, q.subject
        append(f"{g.value if type(g) is named else _term_key(g)}\0{s.value if type(s) is named else _term_key(s)}"
               f"\0{q.predicate.value}\0{q.object}")
    return out


def _triple_texts(triples) -> list[str]:
    named = ox.NamedNode
    out = []
    append = out.append
    for t in triples:
        s = t.subject
        append(f"{s.value if type(s) is named else _term_key(s)}\0{t.predicate.value}\0{t.object}")
    return out


def _sorted_by(items: list, keys: list[str]) -> list:
    return [items[i] for i in sorted(range(len(items)), key=keys.__getitem__)]


def _relabel_blank_nodes(quads: list[Quad]) -> list[Quad]:
    """Name each blank node by a hash of what it says (its outgoing triples, recursively) and of where
    it is used (its incoming triples), so the names do not depend on the parser's random ids.
    Blank nodes that still share a name are indistinguishable, so any pairing gives the same text.
    """
    out_edges: dict[str, list[Quad]] = defaultdict(list)
    in_edges: dict[str, list[Quad]] = defaultdict(list)
    bnodes: set[str] = set()
    for q in quads:
        if isinstance(q.subject, ox.BlankNode):
            out_edges[q.subject.value].append(q)
            bnodes.add(q.subject.value)
        if isinstance(q.object, ox.BlankNode):
            in_edges[q.object.value].append(q)
            bnodes.add(q.object.value)
    if not bnodes:
        return quads

    def content(bnode: str, path: frozenset[str]) -> str:
        # A fresh walk from each node (no memo shared between nodes): the result depends only on the
        # node, never on the order nodes are visited in. Cycles are cut at the repeated node.
        if bnode in path:
            return "cycle"
        parts = []
        for q in out_edges.get(bnode, []):
            obj = q.object
            obj_text = "[" + content(obj.value, path | {bnode}) + "]" if isinstance(obj, ox.BlankNode) else str(obj)
            parts.append(f"{q.graph_name} {q.predicate} {obj_text}")
        return hashlib.sha1("\n".join(sorted(parts)).encode("utf-8")).hexdigest()

    # Colour refinement: mix in the colours of neighbours until the partition stops getting finer.
    colour = {b: content(b, frozenset()) for b in bnodes}

    def text(term) -> str:
        return "[" + colour[term.value] + "]" if isinstance(term, ox.BlankNode) else str(term)

    for _ in range(len(bnodes)):
        refined = {}
        for b in bnodes:
            used = sorted(f"< {q.graph_name} {text(q.subject)} {q.predicate}" for q in in_edges[b])
            says = sorted(f"> {q.graph_name} {q.predicate} {text(q.object)}" for q in out_edges[b])
            refined[b] = hashlib.sha1("\n".join([colour[b], *used, *says]).encode("utf-8")).hexdigest()
        finer = len(set(refined.values())) > len(set(colour.values()))
        colour = refined
        if not finer:
            break
    labels = {}
    for b in sorted(bnodes, key=lambda b: (colour[b], b)):
        base = "b" + colour[b][:16]
        # Still equal after refinement: symmetric nodes, so numbering them in any order gives the same text.
        labels[b] = base if base not in labels.values() else f"{base}-{sum(v.startswith(base) for v in labels.values())}"

    def fix(term):
        return ox.BlankNode(labels[term.value]) if isinstance(term, ox.BlankNode) else term

    # Only the quads with a blank node are rebuilt: a new quad copies its terms' text, and the others
    # (nearly all) would be a second copy of the dataset.
    blank = ox.BlankNode
    return [ox.Quad(fix(q.subject), q.predicate, fix(q.object), q.graph_name)
            if isinstance(q.subject, blank) or isinstance(q.object, blank) else q for q in quads]


def union_triples(quads: list[Quad]) -> list[ox.Triple]:
    """The union graph: every triple once, sorted (by :func:`_triple_key`).

    Sorted quads (:func:`canonical`) are one sorted run of triples per graph: the sort finds the runs
    and merges them, so it costs little more than one key per quad; equal triples end up side by side.
    """
    keys = _triple_texts(quads)
    out: list[ox.Triple] = []
    previous = None
    for i in sorted(range(len(quads)), key=keys.__getitem__):
        key = keys[i]
        if key != previous:
            out.append(quads[i].triple)
            previous = key
    return out


def iter_union_triples(quads: list[Quad]) -> Iterator[ox.Triple]:
    """:func:`union_triples` of sorted quads (:func:`canonical`), one triple at a time: for a writer that
    streams them, so neither the triples nor their keys are held all at once. Raises ``ValueError`` when
    ``quads`` are not sorted (the order would be wrong)."""
    named = ox.NamedNode

    def keyed(number: int, run: list[Quad]):
        for q in run:
            s = q.subject
            yield (f"{s.value if type(s) is named else _term_key(s)}\0{q.predicate.value}\0{q.object}", number, q)

    runs = [list(group) for _, group in groupby(quads, key=attrgetter("graph_name"))]
    previous = None
    # (key, run number) never ties: a run holds each triple once; so quads themselves are never compared.
    for key, _, q in heapq.merge(*(keyed(n, run) for n, run in enumerate(runs))):
        if previous is not None and key <= previous:
            if key == previous:
                continue
            raise ValueError("the quads are not sorted (canonical)")
        previous = key
        yield q.triple


def _triple_key(t) -> tuple[str, str, str]:
    """Order of the union's triples (of a quad or a triple): subject, predicate, object as :func:`sort_key`."""
    return (_term_key(t.subject), t.predicate.value, str(t.object))

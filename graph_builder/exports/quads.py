"""The dataset as one sorted list of pyoxigraph quads: the common input of every export writer.

Sorting (graph, subject, predicate, object by their N-Triples form) is what makes every export
byte-identical on re-run. Converting to pyoxigraph terms also checks every IRI strictly, so a bad IRI
fails the export with a one-line error instead of producing a file other tools reject.
Blank nodes should not occur in generated data (docs/MODEL.md); the hand-written ontology may use
them (e.g. ``owl:unionOf`` lists), so they get stable labels from a hash of what they contain.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path

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
    """Deduplicate, give blank nodes content-derived labels, sort."""
    quads = _relabel_blank_nodes(list(set(quads)))
    return sorted(quads, key=sort_key)


def _relabel_blank_nodes(quads: list[Quad]) -> list[Quad]:
    out_edges: dict[str, list[Quad]] = defaultdict(list)
    for q in quads:
        if isinstance(q.subject, ox.BlankNode):
            out_edges[q.subject.value].append(q)
    if not out_edges and not any(isinstance(q.object, ox.BlankNode) for q in quads):
        return quads

    labels: dict[str, str] = {}

    def label(bnode: str, seen: frozenset[str]) -> str:
        if bnode in labels:
            return labels[bnode]
        if bnode in seen:  # a cycle: fall back to the cycle entry point's position-free name
            return "cycle"
        parts = []
        for q in out_edges.get(bnode, []):
            obj = q.object
            obj_text = "_:" + label(obj.value, seen | {bnode}) if isinstance(obj, ox.BlankNode) else str(obj)
            parts.append(f"{q.graph_name} {q.predicate} {obj_text}")
        digest = hashlib.sha1("\n".join(sorted(parts)).encode("utf-8")).hexdigest()[:16]
        labels[bnode] = "b" + digest
        return labels[bnode]

    for bnode in sorted(out_edges):
        label(bnode, frozenset())

    def fix(term):
        if isinstance(term, ox.BlankNode):
            if term.value not in labels:
                labels[term.value] = "b" + hashlib.sha1(b"empty").hexdigest()[:16]
            return ox.BlankNode(labels[term.value])
        return term

    return [ox.Quad(fix(q.subject), q.predicate, fix(q.object), q.graph_name) for q in quads]


def union_triples(quads: list[Quad]) -> list[ox.Triple]:
    """The union graph: every triple once, sorted."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    return sorted(triples, key=lambda t: (_term_key(t.subject), t.predicate.value, str(t.object)))

"""Blank nodes (only the hand-written ontology has them) get stable names and are never merged."""

from __future__ import annotations

import rdflib
from rdflib.compare import isomorphic

from graph_builder.exports.quads import from_rdflib
from graph_builder.exports.turtle import trig

ONTOLOGY = """@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix ex: <http://example.org/> .
<http://example.org/g> {
  ex:A owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:p ; owl:someValuesFrom ex:C ] .
  ex:B owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:p ; owl:someValuesFrom ex:C ] .
  ex:L owl:unionOf ( ex:x ex:y ) .
  ex:M owl:unionOf ( ex:x ex:y ) .
}"""


def parse() -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(data=ONTOLOGY, format="trig")
    return dataset


def test_equal_looking_blank_nodes_stay_apart_and_names_are_stable():
    first, second = from_rdflib(parse()), from_rdflib(parse())
    assert [str(q) for q in first] == [str(q) for q in second]  # the parser's random ids do not leak
    blank_subjects = {q.subject.value for q in first if q.subject.value.startswith("b")}
    assert len(blank_subjects) == 6  # two restrictions, four list cells
    reparsed = rdflib.Dataset()
    reparsed.parse(data=trig(first), format="trig")
    graph = rdflib.URIRef("http://example.org/g")
    assert isomorphic(reparsed.graph(graph), parse().graph(graph))


def test_union_of_sorted_and_unsorted_quads_is_the_sorted_set_of_triples():
    import random

    import pyoxigraph as ox

    from graph_builder.exports.quads import _triple_key, canonical, union_triples

    graphs = [ox.NamedNode(f"https://example.org/graph/{g}") for g in "abc"]
    rng = random.Random(7)
    quads = [ox.Quad(ox.NamedNode(f"https://example.org/s{rng.randrange(9)}"), ox.NamedNode("https://example.org/p"),
                     ox.Literal(str(rng.randrange(4))), rng.choice(graphs)) for _ in range(200)]
    expected = sorted({q.triple for q in quads}, key=_triple_key)
    assert union_triples(canonical(quads)) == expected
    assert union_triples(quads) == expected

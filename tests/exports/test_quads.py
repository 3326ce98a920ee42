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

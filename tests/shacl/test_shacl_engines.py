"""The shapes compiled to SPARQL (graph_builder.shacl) report what pyshacl, the reference, reports."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from graph_builder.errors import WsisError
from graph_builder.rdf.namespaces import GRAPH, WSIS
from graph_builder.shacl.compile import UnsupportedShape, compile_shapes
from graph_builder.validation import (
    load_ontology,
    load_shapes,
    read_build_store,
    validate,
    validate_dataset,
    validate_store,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "shapes_examples"
ALL = sorted(EXAMPLES.glob("*/*.ttl"))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def _keys(report) -> list[tuple]:
    return sorted((r.focus, r.path, r.component, r.value, r.severity, r.message, r.label) for r in report.rows)


@pytest.mark.parametrize("example", ALL, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_same_results_as_pyshacl(example, ontology, shapes):
    data = Graph().parse(example)
    sparql = validate(data, ontology, shapes)
    reference = validate(data, ontology, shapes, engine="pyshacl")
    assert sparql.conforms == reference.conforms
    assert _keys(sparql) == _keys(reference)
    assert all(r.component.startswith("sh:") for r in sparql.rows)


def _example_ttl(tmp_path: Path, body: str) -> Graph:
    prefixes = (
        "@prefix wsis: <https://w3id.org/wsiskg/ontology#> . @prefix wsisid: <https://w3id.org/wsiskg/id/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "@prefix schema: <https://schema.org/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    )
    return Graph().parse(data=prefixes + body, format="turtle")


# Data written for this test: one problem per component family the shapes use, several per node.
MIXED = """
wsisid:event\\/a a wsis:Event ; rdfs:label "A"@en , "甲"@zh , "乙"@zh , "B"@fr ;
    wsis:status "maybe" , "held" ; schema:location wsisid:event\\/a ;
    schema:startDate "2003-12-10"^^xsd:date ; schema:endDate "2003-13-45"^^xsd:date ;
    wsis:dateStart "2003-12-12"^^xsd:date ; wsis:dateEnd "2003-12-10"^^xsd:date , "2003"^^xsd:gYear ;
    wsis:count -3 , "x"^^xsd:integer ; wsis:category "a"@en , "b"@en , "c"@zh ;
    wsis:wikidata <https://www.wikidata.org/wiki/Q1> , <http://www.wikidata.org/entity/Q2> .
wsisid:budget\\/b a wsis:Budget ; rdfs:label "B"@en , "乙"@zh ; wsis:status "estimate" .
wsisid:contribution\\/c a wsis:Contribution ; wsis:status "loan" ; wsis:contributor "someone" ;
    wsis:originalAmount 12.5 .
wsisid:actionline\\/x a wsis:ActionLine ; rdfs:label "X"@en , "戊"@zh ; skos:notation "C1" , "C2" ;
    skos:inScheme wsis:ThemeScheme ; skos:broader wsisid:event\\/a .
"""


def test_same_results_on_mixed_problems(tmp_path, ontology, shapes):
    data = _example_ttl(tmp_path, MIXED)
    sparql = validate(data, ontology, shapes)
    reference = validate(data, ontology, shapes, engine="pyshacl")
    assert not sparql.conforms and len(sparql.rows) >= 15
    assert _keys(sparql) == _keys(reference)


def test_iso_date_pattern_both_ways(ontology, shapes):
    g = Graph()
    for i, iso in enumerate(("2001-12-21", "2006-Q5", "spring 2003", "2003-12/2004-01", "--05-17", "2005年")):
        g.add((URIRef(f"https://w3id.org/wsiskg/id/directive/d{i}"), WSIS.isoDate, Literal(iso)))
    assert _keys(validate(g, ontology, shapes)) == _keys(validate(g, ontology, shapes, engine="pyshacl"))


def _violations(dataset) -> list:
    """A few problems of different kinds added to a built dataset (undone by the caller)."""
    facts, evidence, entities = (dataset.graph(GRAPH[n]) for n in ("facts", "evidence", "entities"))
    statement = sorted(evidence.subjects(RDF.type, WSIS.Statement))[0]
    replaced = URIRef("https://w3id.org/wsiskg/stmt/replaced-for-the-test")
    entity = sorted(entities.subjects(RDF.type, WSIS.Organization))[0]
    added = [
        (facts, (entity, WSIS.rank, Literal("first"))),  # datatype, and a fact without statement
        (facts, (entity, WSIS.status, Literal("held"))),
        (facts, (entity, WSIS.status, Literal("planned"))),  # two current values of a single-valued property
        (entities, (entity, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("重复", lang="zh"))),
        (evidence, (statement, WSIS.knownBy, Literal("2003", datatype=XSD.gYear))),
        # a replaced claim: validated with the facts (a rank is an integer), never counted as current
        (evidence, (replaced, RDF.type, WSIS.Statement)),
        (evidence, (replaced, RDF.subject, entity)),
        (evidence, (replaced, RDF.predicate, WSIS.rank)),
        (evidence, (replaced, RDF.object, Literal("second"))),
        (evidence, (replaced, WSIS.current, Literal(False))),
    ]
    removed = [(evidence, (statement, WSIS.evidence, evidence.value(statement, WSIS.evidence)))]
    return added, removed


def test_full_build_same_results_both_ways(built):
    """The bundled build conforms both ways; with problems added, both engines report the same rows."""
    dataset = built[0].dataset
    sparql, reference = validate_dataset(dataset), validate_dataset(dataset, engine="pyshacl")
    assert sparql.conforms and reference.conforms
    assert _keys(sparql) == _keys(reference)
    added, removed = _violations(dataset)
    for graph, triple in added:
        graph.add(triple)
    for graph, triple in removed:
        graph.remove(triple)
    try:
        sparql, reference = validate_dataset(dataset), validate_dataset(dataset, engine="pyshacl")
    finally:
        for graph, triple in added:
            graph.remove(triple)
        for graph, triple in removed:
            graph.add(triple)
    assert not sparql.conforms and not reference.conforms
    assert len(sparql.rows) >= 8
    assert any(r.value == '"second"' and r.component == "sh:DatatypeConstraintComponent" for r in sparql.rows)
    assert _keys(sparql) == _keys(reference)


def test_validate_store_on_the_written_build(built):
    """``wsiskg validate``'s path: the written TriG in a store; the store is left as it was."""
    store = read_build_store(built[1] / "wsis.trig")
    size = len(store)
    report = validate_store(store)
    assert report.conforms, report.format()
    assert len(store) == size
    assert not store.contains_named_graph(ox.NamedNode(str(GRAPH["validation-view"])))


def test_store_views_are_per_graph():
    """Only the validated graphs are data: a problem in graph/ontology (or any other graph) is not reported."""
    store = ox.Store()
    node = ox.NamedNode("https://w3id.org/wsiskg/id/directive/x")
    bad = ox.Literal("21/12/2001")
    store.add(ox.Quad(node, ox.NamedNode(str(WSIS.isoDate)), bad, ox.NamedNode(str(GRAPH["ontology"]))))
    assert validate_store(store).conforms
    store.add(ox.Quad(node, ox.NamedNode(str(WSIS.isoDate)), bad, ox.NamedNode(str(GRAPH["inferred"]))))
    assert not validate_store(store).conforms
    assert validate_store(store, include_inferred=False).conforms


def test_validate_graphs_per_document():
    """The streaming build's per-document check: named graphs of rdflib triples."""
    from graph_builder.validation import validate_graphs

    node = URIRef("https://w3id.org/wsiskg/id/directive/x")
    report = validate_graphs({"facts": [(node, WSIS.isoDate, Literal("21/12/2001"))]})
    assert not report.conforms
    assert {r.component for r in report.rows} == {"sh:PatternConstraintComponent", ""}  # and no statement
    assert validate_graphs({"structure": []}).conforms


def _shapes(body: str) -> Graph:
    return Graph().parse(data="@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n"
                         + body, format="turtle")


@pytest.mark.parametrize("body, what", [
    ("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:equals ex:q ] .", "sh:equals"),
    ("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true .", "sh:closed"),
    ("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .",
     "sh:path"),
    ("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:or ( [ sh:path ex:p ; sh:minCount 2 ] ) .", "count"),
])
def test_unsupported_component_raises(body, what):
    with pytest.raises(UnsupportedShape, match=what) as info:
        compile_shapes(_shapes(body))
    assert isinstance(info.value, WsisError)


def test_every_bundled_component_compiles(shapes):
    """Every shape with a target in shapes/ compiles, and every constraint parameter it has is used."""
    checks = compile_shapes(shapes)
    assert len(checks) > 100
    components = {o.component for c in checks for o in c.outcomes}
    for name in ("MinCount", "MaxCount", "Datatype", "Class", "NodeKind", "In", "Pattern", "HasValue", "LanguageIn",
                 "UniqueLang", "LessThan", "LessThanOrEquals", "MinInclusive", "MinLength", "Or",
                 "QualifiedMinCount", "QualifiedMaxCount", "SPARQL"):
        assert f"sh:{name}ConstraintComponent" in components, name
    used = {p for p in shapes.predicates() if str(p).startswith(str(SH))}
    assert SH.sparql in used and SH.qualifiedValueShape in used


def test_graph_triples_reads_the_same_triples_as_rdflib():
    from rdflib import Dataset

    from graph_builder.validation import graph_triples

    ds = Dataset()
    a, b = ds.graph(GRAPH["facts"]), ds.graph(GRAPH["evidence"])
    node = URIRef("https://w3id.org/wsiskg/id/event/e")
    a.add((node, WSIS.status, Literal("held")))
    b.add((node, WSIS.status, Literal("held")))
    b.add((node, WSIS["count"], Literal(3)))
    for graph in (a, b, ds.graph(GRAPH["inferred"])):
        assert set(graph_triples(graph)) == set(graph.triples((None, None, None)))


def test_compiled_once_per_content(shapes):
    from graph_builder.validation import compiled_checks

    assert compiled_checks() is compiled_checks()
    changed = Graph()
    for triple in shapes:
        changed.add(triple)
    changed.add((URIRef("https://w3id.org/wsiskg/shapes#Extra"), SH.targetSubjectsOf, WSIS.extra))
    changed.add((URIRef("https://w3id.org/wsiskg/shapes#Extra"), SH.nodeKind, SH.IRI))
    assert len(compiled_checks(changed).checks) == len(compiled_checks().checks) + 1

"""The in-memory build keeps its quads in one pyoxigraph store; the rdflib Dataset is made only on demand."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from graph_builder.exports.quads import from_rdflib
from graph_builder.pipeline import dataset_of, place_fact_triples, place_facts
from graph_builder.rdf.namespaces import GRAPH_NAMES, graph_iri
from graph_builder.rdf.terms import OX_TERMS, RDFLIB_TERMS
from graph_builder.reasoning import infer_dataset, infer_store


def test_build_never_makes_the_dataset(built):
    result, _ = built
    assert isinstance(result.store, ox.Store)
    # the session's other tests may have asked for it since; a fresh result object shows the build path
    fresh = type(result)(result.documents, result.store, result.rule_counts, result.warnings)
    assert fresh._dataset is None


def test_dataset_has_the_store_quads(built):
    result, _ = built
    assert from_rdflib(dataset_of(result.store)) == result.sorted_quads()
    for name in GRAPH_NAMES:
        assert result.triples(name) == len(result.dataset.graph(graph_iri(name)))


def test_one_named_graph_per_triple(built):
    result, _ = built
    seen: dict = {}
    for q in result.store:
        if q.graph_name.value != str(graph_iri("inferred")):
            assert seen.setdefault(q.triple, q.graph_name) == q.graph_name, q


def test_reasoning_from_the_store_equals_reasoning_from_the_dataset(built):
    result, _ = built
    target = ox.NamedNode(str(graph_iri("inferred")))
    without = ox.Store()
    without.extend(q for q in result.store if q.graph_name != target)
    from_store = set(infer_store(without))
    from_dataset = {q for q in from_rdflib(_named(infer_dataset(dataset_of(without)), "inferred"))}
    assert from_store == from_dataset
    assert from_store == set(result.store.quads_for_pattern(None, None, None, target))


def _named(graph: Graph, name: str):
    from rdflib import Dataset

    ds = Dataset()
    target = ds.graph(graph_iri(name))
    for t in graph:
        target.add(t)
    return ds


def test_term_factories_agree(documents):
    from graph_builder.exports.quads import _to_ox
    from graph_builder.rdf.structure_rdf import structure_triples

    made = structure_triples(documents, OX_TERMS)
    converted = [tuple(_to_ox(x, "test") for x in t) for t in structure_triples(documents, RDFLIB_TERMS)]
    assert made == converted


def test_place_facts_on_lists_and_graphs_agree():
    a, b, c = (OX_TERMS.iri(f"https://example.org/{x}") for x in "abc")
    facts, entities = [(a, b, c), (c, b, a)], [(a, b, c)]
    assert place_fact_triples(facts, entities) == [(c, b, a)]
    from rdflib import URIRef

    g, e = Graph(), Graph()
    for t in facts:
        g.add(tuple(URIRef(x.value) for x in t))
    e.add(tuple(URIRef(x.value) for x in entities[0]))
    assert {tuple(str(x) for x in t) for t in place_facts(g, e)} == {tuple(x.value for x in facts[1])}


def test_failed_validation_names_the_input_file_through_the_store():
    import pytest

    from graph_builder.errors import ValidationFailed
    from graph_builder.pipeline import _UnionView
    from graph_builder.rdf.namespaces import WSIS
    from graph_builder.validation import ValidationReport, ValidationRow, source_namer

    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    fact, statement, evidence = (ox.NamedNode(f"urn:x:{x}") for x in ("event", "st", "ev"))
    store = ox.Store()
    graph = ox.NamedNode(str(graph_iri("evidence")))
    for s, p, o in ((statement, ox.NamedNode(rdf + "subject"), fact),
                    (statement, ox.NamedNode(str(WSIS.evidence)), evidence),
                    (evidence, ox.NamedNode(str(WSIS.source)), ox.NamedNode("https://w3id.org/wsiskg/doc/001/para/4"))):
        store.add(ox.Quad(s, p, o, graph))
    name = source_namer({"000": "corpus/a.txt", "001": "corpus/b.txt"}, _UnionView(store))
    report = ValidationReport(False, [ValidationRow("x", fact.value, "wsis:isoDate", "not a date")])
    with pytest.raises(ValidationFailed) as failed:
        report.raise_if_failed(name)
    assert str(failed.value).startswith("corpus/b.txt: validation: 1 violation(s)")

"""graph_builder.reasoning: only new triples, the expected OWL RL entailments, both engines agree."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

from graph_builder.rdf.namespaces import GRAPH, ID, ORG, WSIS
from graph_builder.reasoning import infer, infer_dataset, unsupported_axioms
from graph_builder.validation import load_ontology

EXAMPLES = Path(__file__).parent / "shapes_examples"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def core() -> Graph:
    return Graph().parse(EXAMPLES / "valid" / "core.ttl")


@pytest.fixture(scope="module", params=["owlrl", "rules"])
def inferred(request, ontology, core) -> Graph:
    return infer(ontology, core, engine=request.param)


def test_output_excludes_asserted_and_ontology_triples(inferred, core, ontology):
    assert len(inferred) > 0
    assert not [t for t in inferred if t in core]
    assert not [t for t in inferred if t in ontology]


def test_inverse_property(inferred):
    assert (ID["post/itu-secretary-general"], WSIS.chairOf, ID["body/hlsoc"]) in inferred
    assert (ID["post/itu-secretary-general"], WSIS.heldBy, ID["person/yoshio-utsumi"]) in inferred


def test_sub_property(inferred):
    assert (ID["body/hlsoc"], WSIS.officer, ID["post/itu-secretary-general"]) in inferred
    assert (ID["person/yoshio-utsumi"], ORG.holds, ID["post/itu-secretary-general"]) in inferred


def test_sub_class(inferred):
    assert (ID["body/hlsoc"], RDF.type, WSIS.Body) in inferred
    assert (ID["body/hlsoc"], RDF.type, ORG.Organization) in inferred
    assert (ID["event/prepcom-1"], RDF.type, WSIS.Event) in inferred
    assert (ID["actionline/c7-e-health"], RDF.type, WSIS.ActionLine) in inferred


def test_transitive_part_of(inferred):
    cell = URIRef("https://w3id.org/wsiskg/doc/001/annex/1.1/row/1/cell/1")
    assert (cell, WSIS.partOfTransitive, URIRef("https://w3id.org/wsiskg/doc/001")) in inferred
    assert (ID["event/prepcom-1"], WSIS.partOfTransitive, ID["event/wsis"]) in inferred


def test_no_axiomatic_noise(inferred, ontology):
    schema_terms = set(ontology.subjects())
    for s, p, o in inferred:
        assert not isinstance(s, Literal)
        assert s not in schema_terms, f"TBox triple leaked: {s} {p} {o}"
        assert not (p == OWL.sameAs and s == o)
        if p == RDF.type:
            assert o not in (RDFS.Resource, OWL.Thing, RDFS.Literal)
            assert not str(o).startswith(str(XSD))


def test_engines_agree_on_the_example(ontology, core):
    assert set(infer(ontology, core, engine="owlrl")) == set(infer(ontology, core, engine="rules"))


def _random_graph(ontology: Graph, seed: int, n_entities: int = 80, n_facts: int = 300) -> Graph:
    """Random typed entities linked by every non-functional object property of the ontology."""
    rnd = random.Random(seed)
    classes = sorted(c for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(str(WSIS)))
    functional = set(ontology.subjects(RDF.type, OWL.FunctionalProperty))
    props = sorted(
        p for p in ontology.subjects(RDF.type, OWL.ObjectProperty) if p not in functional
    ) + [DCTERMS.isPartOf]
    g = Graph()
    entities = [ID[f"test/{i}"] for i in range(n_entities)]
    for e in entities:
        g.add((e, RDF.type, rnd.choice(classes)))
    for _ in range(n_facts):
        g.add((rnd.choice(entities), rnd.choice(props), rnd.choice(entities)))
    return g


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engines_agree_on_random_graphs(ontology, seed):
    g = _random_graph(ontology, seed)
    assert set(infer(ontology, g, engine="owlrl")) == set(infer(ontology, g, engine="rules"))


def test_ontology_uses_only_constructs_the_fast_engine_implements(ontology):
    assert unsupported_axioms(ontology) == []


def test_auto_falls_back_to_owlrl_for_other_constructs(ontology, core):
    richer = Graph()
    for t in ontology:
        richer.add(t)
    richer.add((WSIS.chair, OWL.propertyChainAxiom, WSIS.head))  # not implemented by the rules engine
    assert unsupported_axioms(richer)
    assert set(infer(richer, core)) == set(infer(richer, core, engine="owlrl"))


def test_unknown_engine_is_refused(ontology, core):
    with pytest.raises(ValueError):
        infer(ontology, core, engine="hermit")


def test_infer_dataset_reasons_over_entities_facts_and_node_types_only(ontology):
    ds = Dataset()
    ds.graph(GRAPH["ontology"]).parse(data=ontology.serialize(format="turtle"), format="turtle")
    ds.graph(GRAPH["entities"]).add((ID["body/hlsoc"], RDF.type, WSIS.Committee))
    ds.graph(GRAPH["entities"]).add((ID["post/sg"], RDF.type, WSIS.Post))
    ds.graph(GRAPH["facts"]).add((ID["body/hlsoc"], WSIS.chair, ID["post/sg"]))
    node = URIRef("https://w3id.org/wsiskg/doc/001/para/17")
    ds.graph(GRAPH["structure"]).add((node, RDF.type, WSIS.Paragraph))
    ds.graph(GRAPH["structure"]).add((node, DCTERMS.isPartOf, URIRef("https://w3id.org/wsiskg/doc/001")))
    ds.graph(GRAPH["structure"]).add((ID["body/hlsoc"], RDF.type, WSIS.Body))  # asserted elsewhere: not repeated
    inferred = infer_dataset(ds)
    assert (ID["post/sg"], WSIS.chairOf, ID["body/hlsoc"]) in inferred
    assert (ID["body/hlsoc"], RDF.type, ORG.Organization) in inferred
    assert (ID["body/hlsoc"], RDF.type, WSIS.Body) not in inferred
    # document nodes get their super-classes and the closure of their nesting; their texts are not reasoned over
    assert (node, RDF.type, WSIS.TextNode) in inferred
    assert (node, WSIS.partOfTransitive, URIRef("https://w3id.org/wsiskg/doc/001")) in inferred
    assert {p for _, p, _ in inferred.triples((node, None, None))} == {RDF.type, WSIS.partOfTransitive}


def test_every_document_node_is_part_of_all_its_containers(ontology):
    """A report with sections, sub-items and an annex table: one pattern reaches everything in a section."""
    from graph_builder.corpus import SourceText
    from graph_builder.rdf.namespaces import DOC, node_iri
    from graph_builder.rdf.structure_rdf import structure_graph
    from graph_builder.structure import parse_document

    text = ("一、背景\n\n1. 理事会审议了筹备工作。\n\n2. 理事会请秘书长：\n(a) 提交预算；\n(b) 报告进展。\n\n"
            "二、经费\n\n3. 捐款情况见附件。\n\n附件 1\n\n| 捐助方 | 金额 |\n|---|---|\n| 甲国 | 100 |\n| 乙国 | 200 |\n")
    doc = parse_document(SourceText("979", Path("979-test.zh.txt"), text, "zh", "t", "测试", "t", "2004", ""))
    ds = Dataset()
    for t in structure_graph([doc]):
        ds.graph(GRAPH["structure"]).add(t)
    inferred = infer_dataset(ds, ontology=ontology)
    by_kind = {n.kind: n for n in reversed(doc.nodes)}  # the first node of each kind
    item, row = by_kind["SubItem"], by_kind["TableRow"]
    for node in (item, row):
        above, p = [], node.parent
        while p is not None:
            above.append(DOC[p.id] if p.parent is None else node_iri(p.id))
            p = p.parent
        got = set(inferred.objects(node_iri(node.id), WSIS.partOfTransitive))
        assert set(above) <= got, (node.id, sorted(set(above) - got))
    section = node_iri(item.parent.parent.id)
    inside = set(inferred.subjects(WSIS.partOfTransitive, section))
    assert node_iri(item.id) in inside and node_iri(item.parent.id) in inside and node_iri(row.id) not in inside

"""graph/entities and graph/mentions as docs/MODEL.md describes them."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from graph_builder.entities.linker import find_mentions
from graph_builder.entities.rdf import entities_graph, iri, mentions_graph
from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ORG, WD, WSIS
from graph_builder.structure.model import Document, Node
from tests.entities.helpers_entities import SMALL, ref_from_yaml, source


def test_entities_have_one_label_per_language_and_typed_links(tmp_path):
    ref = ref_from_yaml(tmp_path, SMALL)
    g = entities_graph(ref)
    itu = iri("org/itu")
    assert itu == URIRef("https://w3id.org/wsiskg/id/org/itu")
    assert (itu, RDF.type, WSIS.UNSystemOrganization) in g
    assert set(g.objects(itu, RDFS.label)) == {Literal("国际电信联盟", lang="zh"), Literal("International Telecommunication Union", lang="en")}
    assert Literal("ITU", lang="en") in set(g.objects(itu, SKOS.altLabel))
    assert Literal("国际电联", lang="zh") in set(g.objects(itu, SKOS.altLabel))
    assert (itu, WSIS.acronym, Literal("ITU")) in g
    assert (itu, WSIS.wikidata, WD.Q376150) in g
    assert (itu, WSIS.wikidataSource, Literal("a stored table")) in g
    assert (iri("body/itu-council"), ORG.subOrganizationOf, itu) in g
    assert (iri("place/tunis"), WSIS.inCountry, iri("place/tunisia")) in g
    # a form that names Tunisia only in context is not one of its labels
    assert not list(g.objects(iri("place/tunisia"), SKOS.altLabel))


def test_shipped_entities_graph_is_complete_and_has_no_blank_nodes():
    ref = load_reference()
    g = entities_graph(ref)
    for e in ref.entities:
        labels = list(g.objects(iri(e.key), RDFS.label))
        assert sorted(lit.language for lit in labels) == ["en", "zh"], e.key
    assert not any(isinstance(t, type(None)) or getattr(t, "n3", lambda: "")().startswith("_:") for tr in g for t in tr)
    assert (iri("actionline/c7-e-health"), SKOS.broader, iri("actionline/c7")) in g
    assert (iri("actionline/c7"), SKOS.inScheme, WSIS.ActionLineScheme) in g
    assert (iri("event/prepcom-1"), WSIS.sessionOf, iri("body/wsis-prepcom")) in g
    assert (iri("person/adama-samassekou"), WSIS.nationality, iri("place/mali")) in g
    assert g.serialize(format="nt") == entities_graph(load_reference()).serialize(format="nt")


def _stub_document(text: str) -> Document:
    src = source(text)
    root = Node(id="900", doc=src, kind="SourceText", label="900", locator="doc 900", start=0, end=len(text))
    para = Node(id="900/para/1", doc=src, kind="Paragraph", label="1", locator="para 1", start=0, end=len(text), parent=root, order=1)
    root.children.append(para)
    return Document(source=src, root=root, nodes=[root, para])


def test_mentions_graph_attaches_mentions_to_the_deepest_node(tmp_path):
    ref = ref_from_yaml(tmp_path, SMALL)
    doc = _stub_document("电联在突尼斯。")
    mentions = find_mentions(doc.source, ref)
    g = mentions_graph(mentions, [doc])
    m = URIRef("https://w3id.org/wsiskg/mention/900/3-6")
    node = URIRef("https://w3id.org/wsiskg/doc/900/para/1")
    assert (m, RDF.type, WSIS.Mention) in g
    assert (m, WSIS.source, node) in g
    assert (m, WSIS.entity, iri("place/tunis")) in g
    assert (m, WSIS.quote, Literal("突尼斯", lang="zh")) in g
    assert (m, WSIS.start, Literal(3, datatype=XSD.integer)) in g
    assert (m, WSIS.end, Literal(6, datatype=XSD.integer)) in g
    assert (node, WSIS.mentions, iri("org/itu")) in g
    assert (node, WSIS.mentions, iri("place/tunis")) in g


def test_corpus_mentions_point_at_nodes_whose_text_holds_the_quote(documents):
    ref = load_reference()
    for doc in documents:
        for m in find_mentions(doc.source, ref):
            node = doc.node_for_span(m.start, m.end)
            assert node.start <= m.start and m.end <= node.end
            assert doc.source.text[m.start : m.end] == m.surface

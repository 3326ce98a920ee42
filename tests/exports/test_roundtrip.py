"""Every RDF export parses back isomorphic with rdflib and loads with pyoxigraph."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import rdflib
from pyld import jsonld
from rdflib.compare import isomorphic

from graph_builder.rdf.namespaces import GRAPH


def named_graphs(dataset: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    out: dict[str, rdflib.Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        out.setdefault(str(g), rdflib.Graph()).add((s, p, o))
    return out


def union(dataset: rdflib.Dataset, names=None) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        if names is None or str(g) in names:
            graph.add((s, p, o))
    return graph


def assert_same_dataset(expected: rdflib.Dataset, actual: rdflib.Dataset) -> None:
    want, got = named_graphs(expected), named_graphs(actual)
    assert sorted(want) == sorted(got)
    for name, graph in want.items():
        assert isomorphic(graph, got[name]), name


@pytest.mark.parametrize("name,fmt", [("wsis.trig", "trig"), ("wsis.nq", "nquads")])
def test_dataset_formats_round_trip(exported, sample_dataset, name, fmt):
    parsed = rdflib.Dataset()
    parsed.parse(exported / name, format=fmt)
    assert_same_dataset(sample_dataset, parsed)


def test_ntriples_is_the_union(exported, sample_dataset):
    parsed = rdflib.Graph().parse(exported / "wsis.nt", format="nt")
    assert isomorphic(parsed, union(sample_dataset))


def test_turtle_holds_facts_and_entities_only(exported, sample_dataset):
    parsed = rdflib.Graph().parse(exported / "wsis.ttl", format="turtle")
    wanted = {str(GRAPH["facts"]), str(GRAPH["entities"])}
    assert isomorphic(parsed, union(sample_dataset, wanted))
    text = (exported / "wsis.ttl").read_text("utf-8")
    assert "@prefix wsis: <https://w3id.org/wsiskg/ontology#> ." in text
    assert "wsis:chair post:itu-secretary-general" in text  # per-kind prefixes (docs/MODEL.md)
    assert "wsis:participantCount 969" in text


@pytest.mark.parametrize("name,fmt,count", [
    ("wsis.trig", ox.RdfFormat.TRIG, None), ("wsis.nq", ox.RdfFormat.N_QUADS, None),
    ("wsis.nt", ox.RdfFormat.N_TRIPLES, "union"), ("wsis.ttl", ox.RdfFormat.TURTLE, "asserted"),
])
def test_pyoxigraph_loads_every_rdf_export(exported, sample_dataset, name, fmt, count):
    quads = list(ox.parse(path=str(exported / name), format=fmt))
    if count is None:
        assert len(quads) == len(sample_dataset)
    elif count == "union":
        assert len(quads) == len(union(sample_dataset))
    else:
        assert len(quads) == len(union(sample_dataset, {str(GRAPH["facts"]), str(GRAPH["entities"])}))


def test_jsonld_round_trips_with_rdflib(exported, sample_dataset):
    parsed = rdflib.Dataset()
    parsed.parse(exported / "wsis.jsonld", format="json-ld")
    assert_same_dataset(sample_dataset, parsed)


def _offline_loader(exported):
    context = json.loads((exported / "context.jsonld").read_text("utf-8"))
    requested = []

    def load(url, options=None):
        requested.append(url)
        if url == (exported / "context.jsonld").as_uri():
            return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": context}
        raise AssertionError(f"tried to load {url} (must stay offline)")

    return load, requested


def test_jsonld_expands_with_pyld_offline(exported, sample_dataset):
    loader, requested = _offline_loader(exported)
    doc = json.loads((exported / "wsis.jsonld").read_text("utf-8"))
    options = {"base": (exported / "wsis.jsonld").as_uri(), "documentLoader": loader}
    expanded = jsonld.expand(doc, options)
    graphs = {g["@id"] for g in expanded}
    assert str(GRAPH["facts"]) in graphs and str(GRAPH["evidence"]) in graphs
    nquads = jsonld.to_rdf(doc, {**options, "format": "application/n-quads"})
    parsed = rdflib.Dataset()
    parsed.parse(data=nquads, format="nquads")
    assert_same_dataset(sample_dataset, parsed)
    assert requested == []  # the context is inline


def test_jsonld_is_self_contained_for_pyoxigraph(exported, sample_dataset):
    quads = list(ox.parse(path=str(exported / "wsis.jsonld"), format=ox.RdfFormat.JSON_LD))
    assert len(quads) == len(sample_dataset)
    inline = json.loads((exported / "wsis.jsonld").read_text("utf-8"))["@context"]
    assert {"@context": inline} == json.loads((exported / "context.jsonld").read_text("utf-8"))


def test_jsonld_uses_short_readable_keys(exported):
    context = json.loads((exported / "context.jsonld").read_text("utf-8"))["@context"]
    assert context["chair"] == {"@id": "wsis:chair", "@type": "@id"}
    assert context["label"] == {"@id": "rdfs:label", "@container": "@language"}
    assert "wsis:label" not in context  # loses the short key to rdfs:label; a compact IRI needs no entry
    assert context["Paragraph"] == "wsis:Paragraph"
    text = (exported / "wsis.jsonld").read_text("utf-8")
    assert '"chair": "post:itu-secretary-general"' in text  # per-kind prefixes (docs/MODEL.md)
    assert '"participantCount": 969' in text
    assert '"wsis:label": "103"' not in text and '"wsis:label": "17"' in text
    assert '"zh": "国际电信联盟"' in text  # UTF-8, not \u escapes

"""graph_builder/doc_quads.py writes the same triples as the rdflib graph builders it stands in for."""

from __future__ import annotations

from dataclasses import replace
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from graph_builder.corpus import read_manifest, read_source
from graph_builder.doc_quads import evidence_lines, graph_lines, mention_lines, structure_lines, term
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.rdf import mentions_graph
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.structure_rdf import structure_graph
from graph_builder.structure import parse_document
from graph_builder.synthetic import person_names, transform

ROOT = Path(__file__).resolve().parents[1]


def _triples(lines) -> set[str]:
    return {str(ox.Triple(q.subject, q.predicate, q.object))
            for q in ox.parse(lines.text().encode("utf-8"), format=ox.RdfFormat.N_QUADS)}


def _rdflib(graph) -> set[str]:
    return _triples(graph_lines("x", graph))


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def test_same_structure_triples_as_the_rdflib_builder_on_every_layout(tmp_path):
    # footnotes linked to their markers, page furniture, tables, letters: every fixture layout
    fixtures = ROOT / "tests" / "fixtures" / "unseen"
    folder = tmp_path / "corpus"
    shutil.copytree(fixtures, folder, ignore=shutil.ignore_patterns("*.json", "*.yaml"))
    (folder / "manifest.tsv").rename(folder / "MANIFEST.tsv")
    rows = read_manifest(folder)
    assert len(rows) > 20
    for row in rows:
        doc = parse_document(read_source(folder, row))
        assert _triples(structure_lines(doc)) == _rdflib(structure_graph([doc])), row["id"]


@pytest.mark.parametrize("doc_id, variant", [("001", 0), ("001", 4), ("000", 0)])  # texts and a synthetic variant
def test_same_triples_as_the_rdflib_builders(reference, doc_id, variant, tmp_path):
    row = next(r for r in read_manifest(ROOT / "corpus") if r["id"] == doc_id)
    source = read_source(ROOT / "corpus", row)
    if variant:
        source = replace(source, text=transform(source.text, variant, person_names(reference)))
    doc = parse_document(source)
    mentions = find_all_mentions([source], reference)
    store = extract([doc], reference, mentions)
    try:
        facts, evidence = store.graphs()
        claims = store.claims()
        assert _triples(structure_lines(doc)) == _rdflib(structure_graph([doc]))
        assert _triples(mention_lines(mentions, doc)) == _rdflib(mentions_graph(mentions, [doc]))
        assert _triples(evidence_lines(store, claims, store.current(claims))) == _rdflib(evidence)
        assert len(evidence) > 1000
    finally:
        for key in list(reference.minted):
            reference.by_key.pop(key, None)
        reference.minted.clear()


def test_terms_are_escaped_as_n_quads_wants():
    text = 'a "quoted" \\ back\nslash\r'
    parsed = ox.parse(f'<http://x/s> <http://x/p> {term(Literal(text, lang="zh"))} .\n'.encode(),
                      format=ox.RdfFormat.N_TRIPLES)
    assert next(iter(parsed)).object == ox.Literal(text, language="zh")
    assert term(Literal(3)) == '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert term(Literal("x")) == '"x"' and term(URIRef("http://x/y")) == "<http://x/y>"

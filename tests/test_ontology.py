"""The ontology (ontology/*.ttl): parses, labels and comments on every term, the terms docs/MODEL.md and
the shapes name exist, the reuse axioms are there; docs/ONTOLOGY.md is up to date and its queries run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS

from graph_builder import ontology_doc, paths
from graph_builder.rdf.namespaces import OA, ORG, SCHEMA, WSIS
from graph_builder.reasoning import infer
from graph_builder.structure.model import KINDS
from graph_builder.validation import load_ontology, parse_turtle

ROOT = Path(__file__).resolve().parent.parent
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def _wsis_terms(g: Graph) -> set[URIRef]:
    return {s for t in TERM_TYPES for s in g.subjects(RDF.type, t) if str(s).startswith(str(WSIS))}


def test_each_file_parses_and_one_declares_the_ontology():
    files = sorted(paths.ontology_dir().glob("*.ttl"))
    assert len(files) >= 2
    headers = [f.name for f in files if (None, RDF.type, OWL.Ontology) in parse_turtle(f)]
    assert headers == ["wsis.ttl"]


def test_every_term_has_one_english_and_one_chinese_label_and_an_english_comment(ontology):
    terms = _wsis_terms(ontology)
    assert len(terms) > 200
    problems = []
    for t in sorted(terms):
        langs = sorted(l.language for l in ontology.objects(t, RDFS.label))
        comments = [c for c in ontology.objects(t, RDFS.comment) if c.language == "en" and len(c) > 10]
        if langs != ["en", "zh"] or not comments:
            problems.append(f"{t}: labels {langs}, {len(comments)} English comment(s)")
    assert problems == []


def test_every_term_named_in_the_data_model_exists(ontology):
    model = (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\bwsis:([A-Za-z][A-Za-z0-9]*)", model))
    defined = {str(t)[len(str(WSIS)):] for t in _wsis_terms(ontology)}
    assert named and sorted(named - defined) == []


def test_every_term_the_shapes_use_exists(ontology):
    shapes_text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(paths.shapes_dir().glob("*.ttl")))
    used = set(re.findall(r"\bwsis:([A-Za-z][A-Za-z0-9]*)", shapes_text))
    defined = {str(t)[len(str(WSIS)):] for t in _wsis_terms(ontology)}
    assert used and sorted(used - defined) == []


def test_every_document_node_kind_is_a_text_node(ontology):
    for kind in KINDS:
        assert (WSIS[kind], RDF.type, OWL.Class) in ontology, kind
        assert (WSIS[kind], RDFS.subClassOf, WSIS.TextNode) in ontology, kind


@pytest.mark.parametrize(
    "sub, sup",
    [
        (WSIS.Organization, ORG.Organization), (WSIS.Body, ORG.Organization), (WSIS.Person, FOAF.Person),
        (WSIS.Post, ORG.Post), (WSIS.Place, SCHEMA.Place), (WSIS.Event, SCHEMA.Event), (WSIS.Act, PROV.Entity),
        (WSIS.Directive, PROV.Entity), (WSIS.ActionLine, SKOS.Concept), (WSIS.Theme, SKOS.Concept),
        (WSIS.Evidence, PROV.Entity), (WSIS.Statement, RDF.Statement), (WSIS.Quotation, OA.SpecificResource),
        (WSIS.Resolution, WSIS.Act), (WSIS.Subcommittee, WSIS.Committee), (WSIS.PrepCom, WSIS.Meeting),
        (WSIS.ActionSubLine, WSIS.ActionLine), (WSIS.Request, WSIS.Directive), (WSIS.City, WSIS.Place),
    ],
)
def test_classes_reuse_standard_vocabularies(ontology, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in ontology


@pytest.mark.parametrize(
    "sub, sup",
    [
        (WSIS.quote, OA.exact), (WSIS.source, OA.hasSource), (WSIS.source, PROV.wasQuotedFrom),
        (WSIS.holds, ORG.holds), (WSIS.heldBy, ORG.heldBy), (WSIS.reportsTo, ORG.reportsTo),
        (WSIS.chair, WSIS.officer), (WSIS.head, WSIS.officer), (WSIS.postOf, ORG.postIn),
        (WSIS.establishes, WSIS.creates), (WSIS.setUp, WSIS.creates), (WSIS.partOf, WSIS.partOfTransitive),
        (DCTERMS.isPartOf, WSIS.partOfTransitive), (WSIS.hasPart, DCTERMS.hasPart),
        (WSIS.reaffirms, WSIS.refersTo),
    ],
)
def test_properties_reuse_standard_vocabularies(ontology, sub, sup):
    assert (sub, RDFS.subPropertyOf, sup) in ontology


@pytest.mark.parametrize(
    "p, q",
    [
        (WSIS.chair, WSIS.chairOf), (WSIS.holds, WSIS.heldBy), (WSIS.hasPart, DCTERMS.isPartOf),
        (WSIS.createdBy, WSIS.creates), (WSIS.adoptedAt, WSIS.adopted), (WSIS.postOf, WSIS.hasPost),
        (WSIS.facilitator, WSIS.facilitates),
    ],
)
def test_inverse_pairs(ontology, p, q):
    assert (p, OWL.inverseOf, q) in ontology or (q, OWL.inverseOf, p) in ontology


def test_transitive_and_symmetric_properties(ontology):
    assert (WSIS.partOfTransitive, RDF.type, OWL.TransitiveProperty) in ontology
    assert (ORG.transitiveSubOrganizationOf, RDF.type, OWL.TransitiveProperty) in ontology
    assert (WSIS.inConjunctionWith, RDF.type, OWL.SymmetricProperty) in ontology


def test_no_term_is_both_object_and_datatype_property(ontology):
    both = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) & set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
    assert both == set()


# --- the generated reference -----------------------------------------------------------------


def test_committed_reference_is_up_to_date():
    committed = (ROOT / "docs" / "ONTOLOGY.md").read_text(encoding="utf-8")
    assert committed == ontology_doc.generate(), "docs/ONTOLOGY.md is stale: run `wsiskg docs`"


def test_reference_lists_every_term(ontology):
    text = ontology_doc.generate()
    for t in _wsis_terms(ontology):
        assert f"`wsis:{str(t)[len(str(WSIS)):]}`" in text


def test_generation_is_deterministic():
    assert ontology_doc.generate() == ontology_doc.generate()


@pytest.mark.parametrize("name", sorted(ontology_doc.EXAMPLES))
def test_example_query_returns_rows_on_the_example_graph(ontology, name):
    data = Graph().parse(ROOT / "tests" / "shapes_examples" / "valid" / "core.ttl")
    for t in infer(ontology, data):
        data.add(t)
    for t in ontology.triples((None, RDFS.subClassOf, None)):
        data.add(t)
    _what, query = ontology_doc.EXAMPLES[name]
    rows = list(data.query(ontology_doc.QUERY_PREFIXES + query))
    assert rows, f"example query for wsis:{name} returned nothing"


@pytest.mark.parametrize("name", sorted(ontology_doc.EXAMPLES))
def test_example_query_returns_rows_on_the_full_build(kg, name):
    """A newcomer copying an example from docs/ONTOLOGY.md gets answers from the real graph."""
    _what, query = ontology_doc.EXAMPLES[name]
    assert kg.sparql(ontology_doc.QUERY_PREFIXES + query), f"example query for wsis:{name} returned nothing"


def test_docs_command_writes_and_checks(tmp_path):
    from click.testing import CliRunner

    from graph_builder.cli import cli

    target = tmp_path / "ONTOLOGY.md"
    runner = CliRunner()
    result = runner.invoke(cli, ["docs", "--check", "--out", str(target)], standalone_mode=False)
    assert result.exception is not None and "not up to date" in str(result.exception)
    result = runner.invoke(cli, ["docs", "--out", str(target)])
    assert result.exit_code == 0 and "wrote" in result.output
    assert target.read_text(encoding="utf-8") == ontology_doc.generate()
    result = runner.invoke(cli, ["docs", "--check", "--out", str(target)])
    assert result.exit_code == 0 and "up to date" in result.output

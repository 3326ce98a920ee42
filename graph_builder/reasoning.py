"""OWL 2 RL reasoning into its own named graph (docs/MODEL.md "Named graphs": graph/inferred; issue #4).

owlrl computes the full OWL-RL closure of ontology + asserted triples; :func:`infer` returns only what
is new and worth querying: inverse properties, super-properties, super-classes, transitive chains.
Reasoning is scoped to the ontology, the entities and the facts: paragraph texts, mentions and evidence
records would multiply owlrl's run time (about 11 s at 20k triples, 150 s at 200k, measured for
issue #4) without giving any query a useful entailment.
"""

from __future__ import annotations

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph_builder.rdf.namespaces import GRAPH

REASONED_GRAPHS = ("entities", "facts")
"""Named graphs that, with the ontology, make up the input of reasoning."""

_SCHEMA_NAMESPACES = (str(OWL), str(RDF), str(RDFS), "http://www.w3.org/2001/XMLSchema#")


def infer(ontology: Graph, asserted: Graph) -> Graph:
    """OWL-RL entailments of ``ontology`` + ``asserted`` that are in neither, minus axiomatic noise.

    Noise dropped: anything about the ontology's own terms (TBox closure), ``x owl:sameAs x``,
    types from the RDF/RDFS/OWL/XSD vocabularies (``rdfs:Resource``, ``owl:Thing``, datatypes),
    triples with a literal subject or a blank node (none belong in generated data).
    """
    from owlrl import DeductiveClosure, OWLRL_Semantics  # imported late: costly and only needed here

    work = Graph()
    for triple in ontology:
        work.add(triple)
    for triple in asserted:
        work.add(triple)
    DeductiveClosure(OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(work)

    schema_terms = set(ontology.subjects())
    inferred = Graph()
    for triple in work:
        if triple in asserted or triple in ontology:
            continue
        if _is_noise(triple, schema_terms):
            continue
        inferred.add(triple)
    return inferred


def _is_noise(triple, schema_terms: set) -> bool:
    s, p, o = triple
    if isinstance(s, (Literal, BNode)) or isinstance(o, BNode):
        return True
    if s in schema_terms or _in_schema_vocabulary(s):
        return True
    if p == OWL.sameAs and s == o:
        return True
    if p == RDF.type and _in_schema_vocabulary(o):
        return True
    return False


def _in_schema_vocabulary(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(_SCHEMA_NAMESPACES)


def reasoning_input(dataset: Dataset) -> Graph:
    """The asserted triples reasoning runs on: the union of the entities and facts graphs."""
    asserted = Graph()
    for name in REASONED_GRAPHS:
        for triple in dataset.graph(GRAPH[name]):
            asserted.add(triple)
    return asserted


def infer_dataset(dataset: Dataset, ontology: Graph | None = None) -> Graph:
    """graph/inferred for a built dataset: :func:`infer` on the scoped input, minus every asserted graph.

    The ontology is the dataset's graph/ontology when it has one, else the ontology/ folder.
    """
    if ontology is None:
        ontology = dataset.graph(GRAPH["ontology"])
        if len(ontology) == 0:
            from graph_builder.validation import load_ontology

            ontology = load_ontology()
    inferred = infer(ontology, reasoning_input(dataset))
    asserted_elsewhere = [
        dataset.graph(GRAPH[name]) for name in ("structure", "mentions", "evidence")
    ]
    for triple in list(inferred):
        if any(triple in g for g in asserted_elsewhere):
            inferred.remove(triple)
    return inferred

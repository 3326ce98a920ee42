"""Guard for the fast query form (BENCHMARKS.md 2a): chairs, hosts, leadership, act-relations, entity-card,
endorsement-chain and amounts join a fact's evidence as a required group, which is exact only while their properties are
never inferred (graph/inferred facts carry no statement). If reasoning starts inferring one, use the two-branch form of
event-outcomes.rq for that query."""

from __future__ import annotations

from rdflib import URIRef

from graph_builder.rdf.namespaces import WSIS, graph_iri

REQUIRED_EVIDENCE_PROPERTIES = ("chair", "head", "chairOrganization", "hostedBy", "offeredToHost", "manages",
                                "leads", "auspicesOf", "endorses", "approves", "welcomes", "amountCHF", "originalAmount")


def test_properties_joined_with_required_evidence_are_never_inferred(built):
    inferred = built[0].dataset.graph(graph_iri("inferred"))
    found = sorted({name for name in REQUIRED_EVIDENCE_PROPERTIES
                    if next(iter(inferred.triples((None, URIRef(WSIS[name]), None))), None) is not None})
    assert not found, f"now inferred, so the required-evidence queries would drop rows: {found}"

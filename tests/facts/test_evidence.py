"""Every fact has evidence, and every quote is the source's own words at its offsets (principle 1, )."""

from __future__ import annotations

from rdflib import RDF

from graph_builder.rdf.namespaces import DOC, WSIS, graph_iri


def _graphs(built):
    result, _ = built
    ds = result.dataset
    return result, ds.graph(graph_iri("facts")), ds.graph(graph_iri("evidence")), ds.graph(graph_iri("structure"))


def test_every_fact_triple_has_a_statement_with_evidence(built):
    _, facts, evidence, _ = _graphs(built)
    stated = set()
    for st in evidence.subjects(RDF.type, WSIS.Statement):
        triple = (evidence.value(st, RDF.subject), evidence.value(st, RDF.predicate), evidence.value(st, RDF.object))
        assert list(evidence.objects(st, WSIS.evidence)), f"statement {st} without evidence"
        stated.add(triple)
    missing = [t for t in facts if t not in stated]
    assert not missing, f"{len(missing)} facts without evidence, e.g. {missing[:3]}"
    assert len(facts) > 0


def test_every_quote_is_the_source_slice_inside_its_node(built):
    result, _, evidence, structure = _graphs(built)
    texts = {d.doc_id: d.source.text for d in result.documents}
    nodes = {n.id: n for d in result.documents for n in d.nodes}
    count = 0
    for ev in evidence.subjects(RDF.type, WSIS.Evidence):
        quote = str(evidence.value(ev, WSIS.quote))
        start, end = int(evidence.value(ev, WSIS.start)), int(evidence.value(ev, WSIS.end))
        source = str(evidence.value(ev, WSIS.source))
        node_id = source[len(str(DOC)):]
        node = nodes[node_id]
        assert texts[node.doc.doc_id][start:end] == quote, f"{ev}: quote differs from the source at {start}-{end}"
        assert node.start <= start and end <= node.end, f"{ev}: quote outside {node_id}"
        assert node.kind != "Text", f"{ev}: cites an own-words leaf instead of its paragraph"
        assert (DOC[node_id], WSIS.locator, None) in structure
        count += 1
    assert count > 0


def test_rules_report_their_counts_and_curated_stays_small(built):
    result, *_ = built
    counts = result.rule_counts
    assert counts and all(n > 0 for n in counts.values())
    total = sum(counts.values())
    assert counts.get("curated", 0) < 0.10 * total

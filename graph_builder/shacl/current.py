"""The checks SHACL cannot state over the union graph, as SPARQL on the store (docs/MODEL.md 'Claims').

- :func:`facts_without_statement`: a triple of graph/facts with no ``wsis:Statement`` (naming it by
  ``rdf:subject``/``rdf:predicate``/``rdf:object``) that has ``wsis:evidence`` in graph/evidence;
- :func:`current_cardinality`: a single-valued property with more than one value in the current view
  (graph/facts), where several sources may disagree only in the replaced claims;
- :func:`current_order`: a ``sh:lessThan``/``sh:lessThanOrEquals`` between two single-valued properties
  broken in the current view (values that cannot be compared break it too).
"""

from __future__ import annotations

import pyoxigraph as ox

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_WSIS = "https://w3id.org/wsiskg/ontology#"


def facts_without_statement(store: ox.Store, facts: ox.NamedNode, evidence: ox.NamedNode) -> list[tuple]:
    """(s, p, o) of every unstated fact, as pyoxigraph terms."""
    query = (
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH <{facts.value}> {{ ?s ?p ?o }} "
        f"MINUS {{ GRAPH <{evidence.value}> {{ ?st a <{_WSIS}Statement> ; <{_WSIS}evidence> ?e ; "
        f"<{_RDF}subject> ?s ; <{_RDF}predicate> ?p ; <{_RDF}object> ?o }} }} }}"
    )
    return [(sol["s"], sol["p"], sol["o"]) for sol in store.query(query)]


def current_cardinality(store: ox.Store, facts: ox.NamedNode, properties) -> list[tuple]:
    """(s, p, [values]) for each subject with more than one current value of one of ``properties``."""
    if not properties:
        return []
    values = " ".join(f"<{p}>" for p in sorted(str(p) for p in properties))
    query = (
        f"SELECT ?s ?p ?o WHERE {{ {{ SELECT ?s ?p WHERE {{ VALUES ?p {{ {values} }} GRAPH <{facts.value}> "
        f"{{ ?s ?p ?x }} }} GROUP BY ?s ?p HAVING (COUNT(DISTINCT ?x) > 1) }} GRAPH <{facts.value}> {{ ?s ?p ?o }} }}"
    )
    grouped: dict[tuple, list] = {}
    for sol in store.query(query):
        grouped.setdefault((sol["s"], sol["p"]), []).append(sol["o"])
    return [(s, p, os) for (s, p), os in grouped.items()]


def current_order(store: ox.Store, facts: ox.NamedNode, constraints) -> list[tuple]:
    """(s, p, q, a, b) where ``a`` (of ``p``) is not before ``b`` (of ``q``): ``constraints`` are
    (p, q, strict) triples; strict means a must be < b, otherwise <=."""
    out = []
    for p, q, strict in constraints:
        op = "<" if strict else "<="
        query = (
            f"SELECT DISTINCT ?s ?a ?b WHERE {{ GRAPH <{facts.value}> {{ ?s <{p}> ?a . ?s <{q}> ?b }} "
            f"FILTER(!COALESCE(?a {op} ?b, false)) }}"
        )
        out += [(sol["s"], p, q, sol["a"], sol["b"]) for sol in store.query(query)]
    return out

"""The current view across documents for a store filled document by document (the streaming build).

Each worker of ``wsiskg build --jobs`` sees one document, so it marks a claim current when it is current
*within* its document. This pass does what :meth:`graph_builder.facts.base.FactStore.graphs` does for the
in-memory build, over the on-disk store: for every (thing, single-valued property group) that two or more
documents state, :func:`graph_builder.claims.current.select_current` picks the current values; claims that
lose get ``wsis:current false`` and their triples leave graph/facts (docs/MODEL.md 'The current value').
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from graph_builder.claims.current import group_of, select_current, single_valued
from graph_builder.claims.sources import parse_source_date
from graph_builder.query.terms import from_oxigraph, to_oxigraph
from graph_builder.rdf.namespaces import GRAPH, WSIS

_CLAIMS = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
SELECT ?st ?s ?p ?o ?doc ?current WHERE {
  GRAPH <%s> { ?st rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?doc ;
                   wsis:current ?current }
  VALUES ?p { %s }
}"""


def settle_current(store: ox.Store, rows: list[dict]) -> int:
    """Recompute ``wsis:current`` and graph/facts across the documents of manifest ``rows``; claims changed."""
    dates = {r["id"]: parse_source_date(r.get("date_or_period", "")) for r in rows}
    order = {r["id"]: i for i, r in enumerate(rows)}
    props = " ".join(f"<{p}>" for p in sorted(single_valued()))
    evidence, facts = ox.NamedNode(str(GRAPH["evidence"])), ox.NamedNode(str(GRAPH["facts"]))
    groups: dict[tuple, list[tuple]] = defaultdict(list)
    for b in store.query(_CLAIMS % (GRAPH["evidence"], props)):
        s, p, o = from_oxigraph(b["s"]), from_oxigraph(b["p"]), from_oxigraph(b["o"])
        doc = b["doc"].value.rsplit("/", 1)[-1]
        groups[(s, group_of(p))].append((b["st"], (s, p, o), doc, b["current"].value == "true"))
    true, false = ox.Literal(True), ox.Literal(False)
    current_pred = ox.NamedNode(str(WSIS.current))
    changed = 0
    for claims in groups.values():
        if len({c[2] for c in claims}) < 2:
            continue  # one document: its worker already chose
        current = select_current([(c[1], c[2]) for c in claims], dates, order)
        for st, triple, _doc, was in claims:
            now = triple in current
            if now != was:
                changed += 1
                store.remove(ox.Quad(st, current_pred, true if was else false, evidence))
                store.add(ox.Quad(st, current_pred, true if now else false, evidence))
        for triple in {c[1] for c in claims} - current:
            store.remove(ox.Quad(*(to_oxigraph(t) for t in triple), facts))
    return changed

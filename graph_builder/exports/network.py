"""The entity network as a networkx graph, written as GraphML and GEXF for Gephi and similar tools.

Nodes: the reference entities (``graph/entities``) and the n-ary fact nodes (facilitations, directives,
contributions: subjects in ``graph/facts`` under ``/id/``). Edges: fact triples between two such nodes,
keyed by their statement, with the predicate (compact IRI) and the evidence (``doc: locator`` and the
verbatim quote). Literal facts of a node (dates, counts) become node attributes.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache

import networkx as nx
import pyoxigraph as ox

from graph_builder.exports.index import ID_NS, GraphIndex
from graph_builder.exports.jsonld import compact_iri
from graph_builder.rdf.namespaces import PREFIXES

_PREFIXES = {k: str(v) for k, v in sorted(PREFIXES.items())}


@lru_cache(maxsize=1 << 16)
def short(iri: str) -> str:
    return compact_iri(iri, _PREFIXES)


def node_ids(ix: GraphIndex) -> list[str]:
    ids = set(ix.entities)
    for t in ix.facts:
        for term in (t.subject, t.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(ID_NS):
                ids.add(term.value)
    return sorted(ids)


def build(ix: GraphIndex) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name="WSIS knowledge graph")
    nodes = node_ids(ix)
    known = set(nodes)
    for iri in nodes:
        graph.add_node(iri, label=ix.label(iri, "en"), label_en=ix.label(iri, "en"), label_zh=ix.label(iri, "zh"),
                       type=ix.main_type(iri), kind=ix.kind(iri))
    for t in sorted(ix.facts, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))):
        s, p = t.subject.value, t.predicate.value
        if s not in known:
            continue
        evidence = ix.evidence(s, p, t.object)
        if isinstance(t.object, ox.NamedNode) and t.object.value in known:
            graph.add_edge(s, t.object.value, key=f"{short(s)} {short(p)} {short(t.object.value)}",
                           predicate=short(p), label=short(p).split(":")[-1],
                           evidence=" | ".join(e.where for e in evidence),
                           quote=" | ".join(e.quote for e in evidence))
        elif isinstance(t.object, ox.Literal):
            attr = short(p).replace(":", "_")
            previous = graph.nodes[s].get(attr)
            graph.nodes[s][attr] = t.object.value if previous is None else f"{previous}; {t.object.value}"
    return graph


_last: tuple[GraphIndex, nx.MultiDiGraph] | None = None


def of_index(ix: GraphIndex) -> nx.MultiDiGraph:
    """:func:`build`, once per index: GraphML and GEXF are written from the same graph (neither changes it)."""
    global _last
    if _last is None or _last[0] is not ix:
        _last = (ix, build(ix))
    return _last[1]


def graphml(graph: nx.MultiDiGraph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buffer.getvalue().decode("utf-8")


def gexf(graph: nx.MultiDiGraph) -> str:
    text = "\n".join(nx.generate_gexf(graph, encoding="utf-8", prettyprint=True)) + "\n"
    # networkx stamps today's date into <meta>: drop it so re-runs are byte-identical.
    return re.sub(r' lastmodifieddate="[^"]*"', "", text)

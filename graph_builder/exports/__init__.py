"""Exports of the built graph in every format people load.

``write_all(dataset, out_dir)`` writes, byte-identical on re-run:

- ``wsis.ttl``    Turtle of the asserted facts and the entities (graph/facts + graph/entities), readable prefixes
- ``wsis.trig``   TriG of all named graphs
- ``wsis.nq``     N-Quads of all named graphs
- ``wsis.nt``     N-Triples of the union graph, for bulk loaders
- ``wsis.jsonld`` JSON-LD of all named graphs + ``context.jsonld`` (short readable keys)
- ``csv/*.csv``   tables of organisations, meetings, resolutions, facilitators, directives, contributions
- ``wsis.graphml``, ``wsis.gexf`` the entity network (networkx)

``write_one(fmt, quads, out)`` writes one of them (``wsiskg export``).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import rdflib

from graph_builder.exports import jsonld, network, tables, turtle
from graph_builder.exports.atomic import write_chunks, write_text, write_with
from graph_builder.exports.index import GraphIndex, index_of
from graph_builder.exports.quads import Quad, from_rdflib, iter_union_triples, read_trig, union_triples
from graph_builder.rdf.namespaces import GRAPH

FORMATS = ("ttl", "trig", "nq", "nt", "jsonld", "csv", "graphml", "gexf")
DEFAULT_NAMES = {"ttl": "wsis.ttl", "trig": "wsis.trig", "nq": "wsis.nq", "nt": "wsis.nt", "jsonld": "wsis.jsonld",
                 "csv": "csv", "graphml": "wsis.graphml", "gexf": "wsis.gexf"}
TURTLE_GRAPHS = ("facts", "entities")

__all__ = ["FORMATS", "DEFAULT_NAMES", "write_all", "write_one", "read_trig", "from_rdflib"]


def asserted_triples(quads: list[Quad]) -> list[ox.Triple]:
    """The triples of graph/facts and graph/entities, once each, sorted (the content of wsis.ttl)."""
    wanted = {str(GRAPH[name]) for name in TURTLE_GRAPHS}
    chosen = [q for q in quads if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value in wanted]
    return union_triples(chosen)


def write_one(fmt: str, quads: list[Quad], out: Path, index: GraphIndex | None = None) -> list[Path]:
    """Write format ``fmt`` to ``out`` (a file; a folder for csv; for jsonld the context goes beside it)."""
    out = Path(out)
    if fmt == "ttl":
        write_text(out, turtle.turtle(asserted_triples(quads)))
    elif fmt == "trig":
        write_chunks(out, turtle.trig_chunks(quads))
    elif fmt == "nq":
        write_with(out, lambda handle: ox.serialize(quads, handle, format=ox.RdfFormat.N_QUADS))
    elif fmt == "nt":  # streamed: the union's triples are never all in memory at once
        write_with(out, lambda handle: ox.serialize(iter_union_triples(quads), handle, format=ox.RdfFormat.N_TRIPLES))
    elif fmt == "jsonld":
        context = jsonld.build_context(quads)
        context_path = out.parent / jsonld.CONTEXT_FILE
        write_text(context_path, jsonld.dumps(context))
        write_chunks(out, jsonld.dump_chunks(jsonld.document(quads, context)))
        return [out, context_path]
    elif fmt == "csv":
        index = index or GraphIndex(quads)
        written = []
        for name, text in tables.render_all(index).items():
            write_text(out / name, text)
            written.append(out / name)
        return written
    elif fmt in ("graphml", "gexf"):
        graph = network.of_index(index or GraphIndex(quads))
        write_text(out, network.graphml(graph) if fmt == "graphml" else network.gexf(graph))
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return [out]


def write_quads(quads: list[Quad], out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    index = index_of(quads)  # shared with the pages written from the same quads
    written = []
    for fmt in FORMATS:
        written += write_one(fmt, quads, out_dir / DEFAULT_NAMES[fmt], index=index)
    return written


def write_all(dataset: rdflib.Dataset, out_dir: Path) -> list[Path]:
    """Write every export of ``dataset`` into ``out_dir``; returns the paths written."""
    return write_quads(from_rdflib(dataset), out_dir)

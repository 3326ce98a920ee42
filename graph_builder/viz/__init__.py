"""Pictures of the graph: interactive pages and static SVG/PNG, all offline and deterministic.

``write_viz(quads, out_dir)`` writes ``network.html``, ``timeline.html``, ``matrix.html`` (self-contained:
data embedded as JSON, the CSS/JS from ``assets/`` inlined); with ``static=True`` (``wsiskg viz``) also
``network|timeline|matrix.{svg,png}``. Every build writes the pages; the static pictures are drawn on
demand only, so a build neither imports matplotlib nor writes font-dependent bytes.
"""

from __future__ import annotations

from pathlib import Path

import rdflib

from graph_builder.exports.atomic import write_bytes, write_text
from graph_builder.exports.index import GraphIndex, index_of
from graph_builder.exports.quads import from_rdflib
from graph_builder.rdf.ontology import load_ontology
from graph_builder.viz import data as viz_data
from graph_builder.viz import layout, pages

PAGES = {
    "network": ("WSIS knowledge graph — network", "Click a node to see its facts and the quotes they come from."),
    "timeline": ("WSIS process timeline 1998–2015", "Click an item to see where the text says so."),
    "matrix": ("WSIS action-line facilitators", "Numbers give the order in which the agency is listed; ★ lead facilitator."),
}


def page_data(index: GraphIndex) -> dict[str, dict]:
    """The JSON embedded in each page (also what the static pictures draw)."""
    network = viz_data.network(index)
    positions = layout.spring([n["id"] for n in network["nodes"]], [(e["s"], e["o"]) for e in network["edges"]])
    for node in network["nodes"]:
        node["x"], node["y"] = positions[node["id"]]
    used = {e["p"] for e in network["edges"]} | {v["p"] for v in network["values"]}
    network["props"] = viz_data.property_labels(used, load_ontology())
    return {"network": network, "timeline": viz_data.timeline(index), "matrix": viz_data.matrix(index)}


def write_viz(quads, out_dir: Path, static: bool = False) -> list[Path]:
    """Write the pages (and, with ``static``, the SVG/PNG pictures) into ``out_dir``.

    ``quads``: the sorted quads of ``graph_builder.exports.read_trig`` or an rdflib Dataset.
    """
    if isinstance(quads, rdflib.Dataset):
        quads = from_rdflib(quads)
    out_dir = Path(out_dir)
    data = page_data(index_of(quads))
    written = []
    for name, (title, hint) in PAGES.items():
        write_text(out_dir / f"{name}.html", pages.page(name, title, hint, data[name]))
        written.append(out_dir / f"{name}.html")
    if static:
        from graph_builder.viz import static as pictures  # matplotlib is slow to import: only when asked for

        drawers = {"network": pictures.network_picture, "timeline": pictures.timeline_picture,
                   "matrix": pictures.matrix_picture}
        for name, draw in drawers.items():
            svg, png = draw(data[name])
            write_bytes(out_dir / f"{name}.svg", svg)
            write_bytes(out_dir / f"{name}.png", png)
            written += [out_dir / f"{name}.svg", out_dir / f"{name}.png"]
    return written

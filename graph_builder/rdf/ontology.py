"""Load the ontology (ontology/*.ttl) as one graph; a syntax error is one line: FILE:LINE: message."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from graph_builder.errors import WsisError
from graph_builder.paths import ontology_dir


def parse_turtle_file(path: Path, into: Graph | None = None) -> Graph:
    """Parse one Turtle file; any parser error becomes ``WsisError('FILE:LINE: message')``."""
    g = into if into is not None else Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several types; all mean "this file is not valid Turtle"
        msg = " ".join(str(exc).split())
        m = re.search(r"line (\d+)", msg)
        where = f"{path}:{m.group(1)}" if m else str(path)
        raise WsisError(f"{where}: invalid Turtle: {msg[:200]}") from None
    return g


@lru_cache(maxsize=4)
def _load(folder: str, stamp: tuple) -> Graph:
    g = Graph()
    for path in sorted(Path(folder).glob("*.ttl")):
        parse_turtle_file(path, g)
    return g


def load_ontology(folder: Path | None = None) -> Graph:
    """All ontology files of ``folder`` (default: the project's ontology/) merged into one graph."""
    folder = Path(folder or ontology_dir())
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise WsisError(f"{folder}: no ontology files (*.ttl)")
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in files)
    return _load(str(folder), stamp)

"""Name entities by label: ``HLSOC``, ``峰会高级组委会``, ``International Telecommunication Union`` -> IRI.

Labels are every ``rdfs:label``, ``skos:altLabel``, ``wsis:acronym`` and ``wsis:locator`` in the graph
(docs/MODEL.md, "Entities" and "Document structure"), and ``skos:notation`` (action lines: ``C7``), compared after NFKC,
traditional -> simplified characters and case folding. When a name
matches several things the strongest kind of label wins (label > acronym or notation > alias > locator > locator
without its leading document id: ``Tunis Agenda para 103`` still names ``004 Tunis Agenda para 103``); a tie is an
error listing the candidates, and an unknown name suggests close matches (difflib).
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict

from rdflib import URIRef

from graph_builder.errors import WsisError
from graph_builder.script import shadow

LABELS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
SELECT DISTINCT ?thing ?kind ?name WHERE {
  { ?thing rdfs:label ?name . BIND(1 AS ?kind) }
  UNION { ?thing wsis:acronym ?name . BIND(2 AS ?kind) }
  UNION { ?thing skos:notation ?name . BIND(2 AS ?kind) }
  UNION { ?thing skos:altLabel ?name . BIND(3 AS ?kind) }
  UNION { ?thing wsis:locator ?name . BIND(4 AS ?kind) }
  FILTER(isIRI(?thing))
}
"""


def normal(text: str) -> str:
    # traditional characters compare as simplified: a name as written in a traditional text answers either form
    return " ".join(shadow(unicodedata.normalize("NFKC", text)).casefold().split())


class Resolver:
    """Label index over one store, built on first use."""

    def __init__(self, store):
        self.store = store
        self._index: dict[str, dict[URIRef, int]] | None = None
        self._display: dict[str, str] = {}

    def index(self) -> dict[str, dict[URIRef, int]]:
        if self._index is None:
            index: dict[str, dict[URIRef, int]] = defaultdict(dict)
            for row in self.store.run(LABELS_QUERY, where="labels").rows:
                key = normal(str(row["name"]))
                rank = int(str(row["kind"]))
                thing = URIRef(str(row["thing"]))
                index[key][thing] = min(rank, index[key].get(thing, rank))
                self._display.setdefault(key, str(row["name"]))
                if rank == 4 and " " in key:
                    # a locator starts with its document id; the rest alone is a weaker name of the node
                    head, rest = key.split(" ", 1)
                    if head[:1].isdigit():
                        index[rest][thing] = min(5, index[rest].get(thing, 5))
                        self._display.setdefault(rest, str(row["name"]).split(" ", 1)[1])
            self._index = dict(index)
        return self._index

    def __call__(self, label: str, where: str = "entity") -> URIRef:
        index = self.index()
        key = normal(label)
        if key not in index:
            close = difflib.get_close_matches(key, list(index), n=3, cutoff=0.6)
            hint = "; close matches: " + ", ".join(repr(self._display[c]) for c in close) if close else ""
            raise WsisError(f"{where}: no entity is named {label!r}{hint}")
        candidates = index[key]
        best = min(candidates.values())
        top = sorted(str(t) for t, rank in candidates.items() if rank == best)
        if len(top) > 1:
            raise WsisError(f"{where}: {label!r} names several things ({', '.join(top[:4])}); give the IRI")
        return URIRef(top[0])

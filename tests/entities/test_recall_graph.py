"""Entity recall on the bundled corpus, measured on the built graph against an inventory made by reading the
texts (tests/entities/recall_inventory.tsv): a named thing is a node when a mention of it is in graph/mentions,
when a node's @zh label, alias or document symbol is the name as written, or — for events and acts, which the fact rules name —
when the name as written is the quote of evidence for a fact about an event or act node of that document."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from graph_builder.normalize import squash

INVENTORY = Path(__file__).with_name("recall_inventory.tsv")
TARGET = 0.95
_ACT_KINDS = ("/id/event/", "/id/resolution/", "/id/decision/", "/id/agreed-conclusions/")


def load_inventory() -> list[tuple[str, str, str]]:
    rows = [ln.split("\t") for ln in INVENTORY.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return [(k, d, n) for k, d, n in rows[1:]]


def graph_names(kg) -> dict:
    """{'mentions': {(doc, name)}, 'labels': {name}, 'quotes': {doc: [quote]}} squashed."""
    ment = kg.sparql("""PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
        SELECT ?doc ?q WHERE { ?m a wsis:Mention ; wsis:quote ?q ; wsis:sourceText ?src .
                               ?src wsis:docId ?doc }""", raw=True)
    labels = kg.sparql("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
        SELECT ?l WHERE { ?e rdfs:label|skos:altLabel|wsis:documentSymbol ?l }""",
                       raw=True)
    quotes = kg.sparql("""PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?x ?doc ?q WHERE { ?st a wsis:Statement ; rdf:subject|rdf:object ?x ; wsis:evidence ?ev .
                                  ?ev wsis:quote ?q ; wsis:sourceText ?src . ?src wsis:docId ?doc }""", raw=True)
    by_doc = defaultdict(set)
    for r in quotes:
        if any(k in str(r["x"]) for k in _ACT_KINDS):
            by_doc[str(r["doc"])].add(squash(str(r["q"])))
    return {"mentions": {(str(r["doc"]), squash(str(r["q"]))) for r in ment},
            "labels": {squash(str(r["l"])) for r in labels}, "quotes": by_doc}


def recalled(names: dict, kind: str, doc: str, name: str) -> bool:
    n = squash(name)
    if (doc, n) in names["mentions"] or n in names["labels"]:
        return True
    return kind in ("EVENT", "ACT") and any(n in q for q in names["quotes"].get(doc, ()))


@pytest.mark.parametrize("kind", ["all"])
def test_recall_on_the_built_graph(kg, kind):
    names = graph_names(kg)
    per = defaultdict(lambda: [0, 0])
    missed = []
    for k, doc, name in load_inventory():
        ok = recalled(names, k, doc, name)
        per[k][0] += ok
        per[k][1] += 1
        if not ok:
            missed.append((k, doc, name))
    hit = sum(a for a, _ in per.values())
    total = sum(b for _, b in per.values())
    assert hit / total >= TARGET, f"recall {hit}/{total}, missed {missed}"

"""What the graph says about one IRI: its labels, its facts (outgoing and incoming) with every quote
and the paragraph holding it, what it mentions or is mentioned in, and the same as RDF (CONSTRUCT).

Works on any store of :mod:`graph_builder.query.store` (embedded or over HTTP): the IRI is bound as a
parameter, never pasted into query text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from graph_builder.errors import WsisError
from graph_builder.query.params import as_iri
from graph_builder.rdf.namespaces import BASE, ID

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PREFIXES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
PREFIX graph: <https://w3id.org/wsiskg/graph/>
"""

ABOUT = PREFIXES + """SELECT ?e ?p ?o WHERE {
  { GRAPH graph:entities { ?e ?p ?o } } UNION { GRAPH graph:structure { ?e ?p ?o } }
  UNION { GRAPH graph:inferred { ?e ?p ?o } FILTER(?p = rdf:type) }
}"""

FACTS = PREFIXES + """SELECT ?e ?dir ?p ?other ?quote ?node ?qs ?qe ?doc WHERE {
  { GRAPH graph:facts { ?e ?p ?other } BIND("out" AS ?dir)
    ?st rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?other . }
  UNION
  { GRAPH graph:facts { ?other ?p ?e } BIND("in" AS ?dir)
    ?st rdf:subject ?other ; rdf:predicate ?p ; rdf:object ?e . }
  ?st wsis:evidence ?ev . ?ev wsis:quote ?quote ; wsis:source ?node ; wsis:start ?qs ; wsis:end ?qe .
  OPTIONAL { ?ev wsis:sourceText ?doc }
}"""

# Facts whose evidence lies in this paragraph (for a paragraph's page).
CITED = PREFIXES + """SELECT ?e ?s ?p ?o ?quote ?qs ?qe WHERE {
  ?ev wsis:source ?e ; wsis:quote ?quote ; wsis:start ?qs ; wsis:end ?qe .
  ?st wsis:evidence ?ev ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
}"""

NODE = PREFIXES + """SELECT ?node ?text ?start ?loc_en ?loc_zh WHERE {
  ?node wsis:text ?text ; wsis:start ?start .
  OPTIONAL { ?node wsis:locator ?loc_en FILTER(LANG(?loc_en) = "en" || LANG(?loc_en) = "") }
  OPTIONAL { ?node wsis:locator ?loc_zh FILTER(LANG(?loc_zh) = "zh") }
}"""

LABELS = PREFIXES + """SELECT ?x ?l WHERE { ?x rdfs:label|wsis:locator ?l }"""

CHILDREN = PREFIXES + """SELECT ?e ?child ?order WHERE { ?child dcterms:isPartOf ?e . OPTIONAL { ?child wsis:order ?order } }"""

DESCRIBE = PREFIXES + """CONSTRUCT {
  ?e ?p ?o . ?s ?q ?e . ?st ?sp ?so . ?ev ?ep ?eo .
} WHERE {
  { GRAPH ?g { ?e ?p ?o } FILTER(?g != graph:evidence && ?g != graph:mentions) }
  UNION { GRAPH graph:facts { ?s ?q ?e } }
  UNION { { ?st rdf:subject ?e } UNION { ?st rdf:object ?e } ?st a wsis:Statement ; ?sp ?so .
          OPTIONAL { ?st wsis:evidence ?ev . ?ev ?ep ?eo } }
}"""


@dataclass
class Quote:
    quote: str
    node: str
    locator: str
    doc: str
    start: int  # offsets into the source text (docs/MODEL.md, "Offsets")
    end: int
    node_text: str = ""
    node_start: int = 0

    def parts(self) -> tuple[str, str, str]:
        """The paragraph split around the quote: before, quote, after (the quote alone when no text)."""
        if not self.node_text:
            return "", self.quote, ""
        i, j = self.start - self.node_start, self.end - self.node_start
        if not (0 <= i <= j <= len(self.node_text)) or self.node_text[i:j] != self.quote:
            at = self.node_text.find(self.quote)
            if at < 0:
                return "", self.quote, ""
            i, j = at, at + len(self.quote)
        return self.node_text[:i], self.node_text[i:j], self.node_text[j:]


@dataclass
class Fact:
    direction: str  # "out": this thing is the subject; "in": the object
    prop: str
    other: object  # URIRef or Literal
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Page:
    iri: str
    labels: dict[str, list[str]]  # language -> labels
    types: list[str]
    about: list[tuple[str, object]]  # reference and structure triples (property, value)
    facts: list[Fact]
    names: dict[str, dict[str, str]]  # IRI -> language -> label (properties, neighbours, nodes)
    children: list[str] = field(default_factory=list)
    cited: list[tuple[str, str, object, Quote]] = field(default_factory=list)  # facts quoted in a paragraph

    def label(self, lang: str = "en") -> str:
        return label_of(self.names, self.iri, lang)

    def groups(self) -> list[tuple[str, str, list[Fact]]]:
        """Facts grouped by (direction, property), in a stable order."""
        grouped: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for fact in self.facts:
            grouped[(fact.direction, fact.prop)].append(fact)
        return [(d, p, sorted(fs, key=lambda f: str(f.other))) for (d, p), fs in sorted(grouped.items())]

    def neighbours(self) -> list[str]:
        return sorted({str(f.other) for f in self.facts if isinstance(f.other, URIRef)})


def label_of(names: dict[str, dict[str, str]], iri: str, lang: str = "en") -> str:
    found = names.get(str(iri), {})
    other = "zh" if lang == "en" else "en"
    return found.get(lang) or found.get("") or found.get(other) or local_name(str(iri))


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/"))[-1] or iri


def resolve(kg, name: str) -> URIRef:
    """An IRI, a prefixed name (``body:hlsoc``), a key (``body/hlsoc``) or a label in either language."""
    iri = as_iri(name.strip())
    if iri is None and re.fullmatch(r"[a-z-]+/[a-z0-9.-]+", name.strip()):
        iri = URIRef(str(ID) + name.strip())
    return iri if iri is not None else kg.resolve(name, "describe")


def gather(store, iri: URIRef) -> Page:
    """Everything a page about ``iri`` shows."""
    bind = {"e": URIRef(iri)}
    about = [(str(r["p"]), r["o"]) for r in store.run(ABOUT, bind, where="describe").rows]
    facts: dict[tuple[str, str, str], Fact] = {}
    node_iris: set[str] = set()
    quotes_raw = []
    for r in store.run(FACTS, bind, where="describe").rows:
        key = (str(r["dir"]), str(r["p"]), r["other"].n3())
        fact = facts.setdefault(key, Fact(str(r["dir"]), str(r["p"]), r["other"]))
        quotes_raw.append((fact, r))
        node_iris.add(str(r["node"]))
    is_node = str(iri).startswith(BASE + "doc/")
    cited_raw = store.run(CITED, bind, where="describe").rows if is_node else []
    if not about and not facts and not cited_raw:
        raise WsisError(f"describe: nothing is known about <{iri}>")
    nodes = _nodes(store, node_iris | ({str(iri)} if cited_raw else set()))
    for fact, r in quotes_raw:
        fact.quotes.append(_quote(r, nodes))
    for fact in facts.values():
        fact.quotes = sorted({(q.doc, q.start, q.end, q.node): q for q in fact.quotes}.values(),
                             key=lambda q: (q.doc, q.start, q.end, q.node))
    cited = [(str(r["s"]), str(r["p"]), r["o"], _quote({**r, "node": iri, "doc": None}, nodes)) for r in cited_raw]
    children = []
    if is_node:
        rows = store.run(CHILDREN, bind, where="describe").rows
        children = [str(r["child"]) for r in sorted(rows, key=lambda r: (int(str(r["order"] or 0)), str(r["child"])))]
    wanted = {str(iri)} | {p for _, p, _ in facts} | {str(f.other) for f in facts.values() if isinstance(f.other, URIRef)}
    wanted |= {p for p, _ in about} | {str(o) for _, o in about if isinstance(o, URIRef)} | node_iris | set(children)
    wanted |= {x for s, p, o, _ in cited for x in (s, p, str(o))}
    names = _names(store, wanted)
    labels: dict[str, list[str]] = defaultdict(list)
    for p, o in about:
        if p == RDFS_LABEL and isinstance(o, Literal):
            labels[o.language or ""].append(str(o))
    types = sorted({str(o) for p, o in about if p.endswith("#type")})
    return Page(str(iri), dict(labels), types, sorted(about, key=lambda x: (x[0], str(x[1]))),
                sorted(facts.values(), key=lambda f: (f.direction, f.prop, str(f.other))), names, children,
                sorted(cited, key=lambda c: (c[3].start, c[1], c[0])))


def _quote(r, nodes: dict[str, tuple[str, int, str]]) -> Quote:
    node = str(r["node"])
    text, start, locator = nodes.get(node, ("", 0, ""))
    doc = str(r["doc"]) if r.get("doc") is not None else ""
    return Quote(str(r["quote"]), node, locator or local_name(node), doc.rsplit("/", 1)[-1],
                 int(str(r["qs"])), int(str(r["qe"])), text, start)


def _values(iris) -> str:
    safe = sorted(i for i in iris if i.startswith(("http://", "https://")) and not re.search(r'[<>"{}|^`\\\s]', i))
    return " ".join(f"<{i}>" for i in safe)


def _nodes(store, iris: set[str]) -> dict[str, tuple[str, int, str]]:
    if not iris:
        return {}
    text = NODE.replace("WHERE {", f"WHERE {{ VALUES ?node {{ {_values(iris)} }}", 1)
    out = {}
    for r in store.run(text, None, where="describe").rows:
        out[str(r["node"])] = (str(r["text"]), int(str(r["start"])), str(r["loc_en"] or r["loc_zh"] or ""))
    return out


def _names(store, iris: set[str]) -> dict[str, dict[str, str]]:
    iris = {i for i in iris if i.startswith(("http://", "https://"))}
    if not iris:
        return {}
    text = LABELS.replace("WHERE {", f"WHERE {{ VALUES ?x {{ {_values(iris)} }}", 1)
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for r in sorted(store.run(text, None, where="describe").rows, key=lambda r: str(r["l"])):
        lang = r["l"].language or ""
        names[str(r["x"])].setdefault(lang, str(r["l"]))
    return dict(names)


def triples(store, iri: URIRef):
    """The RDF about ``iri``: its own triples, incoming facts, their statements and evidence."""
    result = store.run(DESCRIBE, {"e": URIRef(iri)}, where="describe")
    if not result.triples:
        raise WsisError(f"describe: nothing is known about <{iri}>")
    return result.triples


def is_project_iri(iri: str) -> bool:
    return iri.startswith(BASE)

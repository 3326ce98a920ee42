"""The predicate reference of docs/MODEL.md: every predicate a build uses, its graph, meaning and one example.

``python -m graph_builder.model_reference`` builds the bundled corpus (no validation) and rewrites the part
of docs/MODEL.md between the ``<!-- predicates:start -->`` and ``<!-- predicates:end -->`` markers. The
meaning comes from the ontology's English comment (its first sentence); predicates of standard vocabularies
the ontology does not describe have theirs below. The example is the first triple in IRI order, printed
with the prefixes of docs/MODEL.md ('Prefixes').
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS

from graph_builder.rdf.namespaces import GRAPH_NAMES, PREFIXES, graph_iri

START, END = "<!-- predicates:start -->", "<!-- predicates:end -->"

_STANDARD = {
    "rdf:type": "The class of a resource.",
    "rdf:subject": "The subject of the fact a wsis:Statement records.",
    "rdf:predicate": "The predicate of the fact a wsis:Statement records.",
    "rdf:object": "The object of the fact a wsis:Statement records.",
    "rdfs:label": "Name in Chinese (@zh) and English (@en); for document nodes their locator, naming the document.",
    "skos:altLabel": "Another name or abbreviation the texts use (language-tagged).",
    "skos:notation": "The printed code of a concept (C7, A.1).",
    "skos:broader": "The broader concept: a sub-line's action line, a sub-theme's theme.",
    "skos:inScheme": "The concept scheme an action line or theme belongs to.",
    "skos:prefLabel": "The preferred name of a concept.",
    "dcterms:isPartOf": "The node (or source text) a document node lies in.",
    "dcterms:hasPart": "A node a container holds (inverse of dcterms:isPartOf).",
    "dcterms:title": "A title as printed (Chinese verbatim, English from the manifest).",
    "dcterms:identifier": "A source text's id in MANIFEST.tsv.",
    "dcterms:publisher": "Who published a source text (MANIFEST.tsv).",
    "dcterms:date": "A source text's date or period (MANIFEST.tsv), or a date the reasoner generalises.",
    "dcterms:language": "A source text's language (MANIFEST.tsv); zh-Hant for a zh text written in traditional characters.",
    "dcterms:references": "A node (or an act) cites an act, report or document.",
    "dcterms:created": "When a body was created (inferred from wsis:creationDate).",
    "schema:startDate": "First day, month or year of an event, typed by precision.",
    "schema:endDate": "Last day, month or year of an event, typed by precision.",
    "schema:location": "Where an event took place or a document was signed or launched (在内罗毕发布了《Y》).",
    "schema:name": "A name.",
    "w3corg:subOrganizationOf": "The organisation a body or organisation is part of.",
    "w3corg:reportsTo": "The body a body reports to (inferred from wsis:reportsTo).",
    "w3corg:heldBy": "Who holds a post (inferred).",
    "w3corg:holds": "The post a person holds (inferred).",
    "prov:wasDerivedFrom": "The source document (a wsis:SourceText) that states a claim.",
    "prov:wasQuotedFrom": "The node a quote comes from (inferred from wsis:source).",
    "oa:hasSource": "The node an annotation targets (inferred from wsis:source).",
    "oa:exact": "The exact quoted text (inferred from wsis:quote).",
    "owl:sameAs": "Identity (not used for Wikidata: see wsis:wikidata).",
    "dcterms:creator": "Who issued an act (inferred from wsis:issuedBy).",
    "dcterms:subject": "What a thing is about (inferred from its wsis: sub-properties, e.g. wsis:toFund, wsis:concerns).",
    "prov:wasAttributedTo": "The agent an act or document is attributed to (inferred).",
    "prov:wasGeneratedBy": "The activity (event, act) that produced a body or document (inferred from wsis:createdBy).",
    "rdfs:isDefinedBy": "Where an action line is defined (inferred from wsis:definedIn).",
    "rdfs:seeAlso": "A related resource (inferred from wsis:seeAlso).",
    "schema:containedInPlace": "The country or region a place lies in (inferred from wsis:inCountry).",
    "schema:nationality": "A person's country (inferred from wsis:nationality).",
    "schema:organizer": "Who organises an event (inferred from wsis:organizedBy).",
    "skos:note": "A note (inferred from wsis:note).",
    "skos:related": "A related concept (inferred from wsis:seeAlso between action lines).",
    "skos:topConceptOf": "An action line or theme at the top of its scheme.",
    "w3corg:hasPost": "A post of an organisation or body (inferred, inverse of wsis:postOf).",
    "w3corg:hasSubOrganization": "A part of an organisation (inferred, inverse of w3corg:subOrganizationOf).",
    "w3corg:postIn": "The organisation or body a post belongs to (inferred from wsis:postOf).",
    "w3corg:transitiveSubOrganizationOf": "Any organisation a body lies in, at any depth (inferred).",
}


def _namer() -> list[tuple[str, str]]:
    return sorted(((str(ns), p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def compact(term, names=None) -> str:
    """A term as it is written in docs/MODEL.md: a prefixed name where legal, else ``<IRI>``; short literals."""
    names = names or _namer()
    if isinstance(term, URIRef):
        text = str(term)
        for ns, prefix in names:
            local = text[len(ns):]
            if text.startswith(ns) and re.fullmatch(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?", local or "-"):
                return f"{prefix}:{local}"
        return f"<{text}>"
    if isinstance(term, Literal):
        value = str(term).replace("\n", " ").replace("|", "/")
        value = value if len(value) <= 40 else value[:40] + "…"
        if term.language:
            return f'"{value}"@{term.language}'
        if term.datatype is not None:
            return f'"{value}"^^{compact(term.datatype, names)}'
        return f'"{value}"'
    return str(term)


def used_predicates(ds: Dataset) -> dict[URIRef, tuple[list[str], tuple]]:
    """Predicate -> (graphs using it, first example triple in term order); graph/ontology left out."""
    out: dict[URIRef, tuple[list[str], tuple]] = {}
    for name in GRAPH_NAMES:
        if name == "ontology":
            continue
        g = ds.graph(graph_iri(name))
        for p in sorted(set(g.predicates())):
            example = min(g.triples((None, p, None)), key=lambda t: (str(t[0]), str(t[2])))
            graphs, ex = out.get(p, ([], example))
            out[p] = (graphs + [name], ex)
    return out


def meaning(p: URIRef, ontology: Graph, names=None) -> str:
    comments = sorted(str(c) for c in ontology.objects(p, RDFS.comment) if getattr(c, "language", None) == "en")
    if comments:
        first = re.split(r"(?<=[.!?])\s", comments[0], maxsplit=1)[0]
        return first if len(first) <= 160 else first[:157] + "…"
    return _STANDARD.get(compact(p, names), "")


def render(ds: Dataset, ontology: Graph) -> str:
    names = _namer()
    rows = ["| predicate | graph | meaning | example |", "|---|---|---|---|"]
    for p, (graphs, (s, _, o)) in sorted(used_predicates(ds).items(), key=lambda kv: compact(kv[0], names)):
        example = f"{compact(s, names)} {compact(p, names)} {compact(o, names)}"
        text = meaning(p, ontology, names).replace("|", "/")  # a table cell holds no bar
        rows.append(f"| `{compact(p, names)}` | {', '.join(graphs)} | {text} | `{example}` |")
    return "\n".join(rows)


_ROW = re.compile(r"^\| `([^`]+)` \|")


def update(model_md: Path, table: str) -> None:
    """Write ``table`` between the markers, keeping the rows already there for predicates the bundled build does
    not use (properties that only other documents of the genre fill), in order."""
    text = model_md.read_text(encoding="utf-8")
    a, b = text.index(START) + len(START), text.index(END)
    new_rows = table.splitlines()
    head, body = new_rows[:2], new_rows[2:]
    have = {m.group(1) for line in body if (m := _ROW.match(line))}
    kept = [line for line in text[a:b].splitlines() if (m := _ROW.match(line)) and m.group(1) not in have]
    rows = sorted(body + kept, key=lambda line: _ROW.match(line).group(1).lower() if _ROW.match(line) else "")
    model_md.write_text(text[:a] + "\n" + "\n".join(head + rows) + "\n" + text[b:], encoding="utf-8")


def main() -> int:
    from graph_builder import paths
    from graph_builder.pipeline import build
    from graph_builder.rdf.ontology import load_ontology

    result = build(paths.bundled_corpus_dir(), None, validate=False)
    model_md = Path(__file__).resolve().parent.parent / "docs" / "MODEL.md"
    update(model_md, render(result.dataset, load_ontology()))
    print(f"wrote {model_md}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

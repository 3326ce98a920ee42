"""One document's graphs written straight as N-Quads lines, for the streaming build's per-document stage.

The same triples as :func:`graph_builder.rdf.structure_rdf.structure_graph`,
:func:`graph_builder.entities.rdf.mentions_graph` and the evidence part of
:meth:`graph_builder.facts.base.FactStore.graphs` (docs/MODEL.md 'Document structure', 'Mentions',
'Facts and evidence'), without building an rdflib graph first: a document's quads are mostly evidence
records and node texts, and an rdflib ``Graph.add`` costs more than writing the line. A test checks that
both give the same quads on real and synthetic documents.

Each function returns the lines of one named graph (``graph/<name>``), in a fixed order (deterministic).
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from graph_builder.errors import WsisError
from graph_builder.rdf.namespaces import DOC, EV, STMT, WSIS, graph_iri, node_iri, short_hash

_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_INTEGER = f"^^<{XSD.integer}>"


def term(t) -> str:
    """An rdflib IRI or literal in N-Quads syntax."""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        lexical = str(t).translate(_ESCAPE)
        if t.language:
            return f'"{lexical}"@{t.language}'
        if t.datatype is not None and t.datatype != XSD.string:
            return f'"{lexical}"^^<{t.datatype}>'
        return f'"{lexical}"'
    raise WsisError(f"unsupported RDF term {t!r} (blank nodes are not generated)")


def _text(value: str, lang: str | None = None) -> str:
    lexical = value.translate(_ESCAPE)
    return f'"{lexical}"@{lang}' if lang else f'"{lexical}"'


def _int(value: int) -> str:
    return f'"{int(value)}"{_INTEGER}'


class Lines:
    """N-Quads lines of one named graph; ``triples`` keeps each line's 's p o' part for membership tests."""

    def __init__(self, name: str) -> None:
        self.graph = f" <{graph_iri(name)}> .\n"
        self.lines: list[str] = []
        self.triples: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        spo = f"{s} {p} {o}"
        if spo not in self.triples:  # a graph is a set, as the rdflib graph was
            self.triples.add(spo)
            self.lines.append(spo + self.graph)

    def text(self) -> str:
        return "".join(self.lines)


_TYPE, _LABEL = term(RDF.type), term(RDFS.label)
_P = {name: term(WSIS[name]) for name in (
    "docId", "label", "locator", "text", "start", "end", "order", "sourceText", "file", "source", "entity",
    "quote", "mentions", "current", "asOf", "knownBy", "evidence", "rule")}


def structure_lines(doc) -> Lines:
    """graph/structure of one document (as :func:`graph_builder.rdf.structure_rdf.structure_graph`)."""
    from graph_builder.rdf.node_labels import label_en, label_zh
    from graph_builder.rdf.structure_rdf import _has_cjk, bilingual_title
    from graph_builder.structure.pages import footnote_markers

    out = Lines("structure")
    add = out.add
    src = doc.source
    s = term(DOC[doc.doc_id])
    add(s, _TYPE, term(WSIS.SourceText))
    add(s, term(DCTERMS.identifier), _text(doc.doc_id))
    add(s, term(DCTERMS.title), _text(src.title_en, "en"))
    add(s, term(DCTERMS.title), _text(src.title_zh, "zh"))
    add(s, _LABEL, _text(src.title_en, "en"))
    add(s, _LABEL, _text(src.title_zh, "zh"))
    add(s, term(DCTERMS.publisher), _text(src.publisher))
    add(s, term(DCTERMS.date), _text(src.date_or_period))
    add(s, term(DCTERMS.language), _text(src.language_tag))
    add(s, _P["file"], _text(src.file_name))
    add(s, _P["docId"], _text(doc.doc_id))
    add(s, _P["locator"], _text(f"{doc.doc_id} (whole text)", "en"))
    add(s, _P["text"], _text(src.verbatim, "zh"))
    add(s, _P["start"], _int(0))
    add(s, _P["end"], _int(len(src.text)))
    doc_id, part_of, title = _text(doc.doc_id), term(DCTERMS.isPartOf), term(DCTERMS.title)
    for n in doc.nodes[1:]:
        node = term(node_iri(n.id))
        add(node, _TYPE, term(WSIS[n.kind]))
        add(node, _P["docId"], doc_id)
        add(node, _P["label"], _text(src.as_written(n.label, n.start, n.end)))
        add(node, _P["locator"], _text(label_en(n), "en"))  # the document named as in rdfs:label
        add(node, _LABEL, _text(label_en(n), "en"))
        add(node, _LABEL, _text(label_zh(n), "zh"))
        add(node, _P["text"], _text(src.verbatim[n.start : n.end], "zh"))
        add(node, _P["start"], _int(n.start))
        add(node, _P["end"], _int(n.end))
        add(node, _P["order"], _int(n.order))
        add(node, _P["sourceText"], s)
        add(node, part_of, s if n.parent is doc.root else term(node_iri(n.parent.id)))
        if n.title:
            written = src.as_written(n.title, n.start, n.end)
            zh, en = bilingual_title(written)
            if en is None:
                add(node, title, _text(written, "zh" if _has_cjk(written) else "en"))
            else:  # 一、导言 Introduction: the Chinese title and its English one
                add(node, title, _text(zh, "zh"))
                add(node, title, _text(en, "en"))
    footnote_of = term(WSIS.footnoteOf)
    for note, holder in footnote_markers(doc):  # a footnote and the words carrying its marker
        add(term(node_iri(note.id)), footnote_of, term(node_iri(holder.id)))
    return out


def structure_types(doc) -> list[tuple]:
    """The rdf:type and dcterms:isPartOf triples of graph/structure (rdflib terms): what reasoning reads of it
    (graph_builder.reasoning.STRUCTURE_PREDICATES)."""
    types = [(DOC[doc.doc_id], RDF.type, WSIS.SourceText)]
    types += [(node_iri(n.id), RDF.type, WSIS[n.kind]) for n in doc.nodes[1:]]
    iris = {id(doc.root): DOC[doc.doc_id]}
    for n in doc.nodes[1:]:
        iris[id(n)] = node_iri(n.id)
    types += [(iris[id(n)], DCTERMS.isPartOf, iris[id(n.parent)]) for n in doc.nodes[1:] if n.parent is not None]
    return types


def mention_lines(mentions, doc) -> Lines:
    """graph/mentions of one document (as :func:`graph_builder.entities.rdf.mentions_graph`)."""
    from graph_builder.entities.rdf import iri, mention_iri

    out = Lines("mentions")
    add = out.add
    mention, source_text = term(WSIS.Mention), term(DOC[doc.doc_id])
    for m in sorted(mentions):
        if m.doc_id != doc.doc_id:
            raise WsisError(f"{doc.source.file_name}: mention of another document ({m.doc_id})")
        node = doc.node_for_span(m.start, m.end)
        node_ref = source_text if node is doc.root else term(node_iri(node.id))
        s, entity = term(mention_iri(m)), term(iri(m.key))
        add(s, _TYPE, mention)
        add(s, _P["source"], node_ref)
        add(s, _P["entity"], entity)
        add(s, _P["quote"], _text(doc.source.as_written(m.surface, m.start, m.end), "zh"))
        add(s, _P["start"], _int(m.start))
        add(s, _P["end"], _int(m.end))
        add(s, _P["sourceText"], source_text)
        add(node_ref, _P["mentions"], entity)
    return out


def evidence_lines(store, claims: dict, current: set) -> Lines:
    """graph/evidence: every claim of ``store`` with its evidence (as :meth:`FactStore.graphs`)."""
    from graph_builder.facts.base import _triple_key

    out = Lines("evidence")
    add = out.add
    statement, evidence_type = term(WSIS.Statement), term(WSIS.Evidence)
    subject, predicate, obj, derived = term(RDF.subject), term(RDF.predicate), term(RDF.object), term(PROV.wasDerivedFrom)
    dates = store.source_dates()
    for (triple, doc_id), evs in sorted(claims.items(), key=lambda kv: (_triple_key(kv[0][0]), kv[0][1])):
        s, p, o = triple
        st_iri = STMT[short_hash(s.n3(), p.n3(), o.n3(), doc_id)]
        st = term(st_iri)
        add(st, _TYPE, statement)
        add(st, subject, term(s))
        add(st, predicate, term(p))
        add(st, obj, term(o))
        add(st, derived, term(node_iri(doc_id)))
        add(st, _P["current"], term(Literal(triple in current)))
        when = dates.get(doc_id)
        if when is not None:
            add(st, _P["asOf"], term(when.literal))
            add(st, _P["knownBy"], term(when.known_by))
        text = store.documents[doc_id].source.verbatim
        for e in evs:
            ev = term(EV[short_hash(st_iri, e.node_id, e.start, e.end, e.rule)])
            add(st, _P["evidence"], ev)
            add(ev, _TYPE, evidence_type)
            add(ev, _P["source"], term(node_iri(e.node_id)))
            add(ev, _P["quote"], _text(text[e.start : e.end], "zh"))
            add(ev, _P["start"], _int(e.start))
            add(ev, _P["end"], _int(e.end))
            add(ev, _P["rule"], _text(e.rule))
            add(ev, _P["sourceText"], term(node_iri(e.doc_id)))
    return out


def graph_lines(name: str, triples) -> Lines:
    """Any rdflib triples as the lines of ``graph/<name>``, sorted (deterministic)."""
    out = Lines(name)
    out.triples = {f"{term(s)} {term(p)} {term(o)}" for s, p, o in triples}
    out.lines = [spo + out.graph for spo in sorted(out.triples)]
    return out

"""The document-structure graph (docs/MODEL.md, 'Document structure'): one resource per node."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from graph_builder.rdf.namespaces import DOC, WSIS, node_iri
from graph_builder.rdf.node_labels import label_en, label_zh
from graph_builder.structure.model import Document


def source_iri(doc_id: str) -> URIRef:
    return DOC[doc_id]


def structure_graph(documents: list[Document]) -> Graph:
    g = Graph()
    for doc in documents:
        src = doc.source
        s = source_iri(doc.doc_id)
        g.add((s, RDF.type, WSIS.SourceText))
        g.add((s, DCTERMS.identifier, Literal(doc.doc_id)))
        g.add((s, DCTERMS.title, Literal(src.title_en, lang="en")))
        g.add((s, DCTERMS.title, Literal(src.title_zh, lang="zh")))
        g.add((s, RDFS.label, Literal(src.title_en, lang="en")))
        g.add((s, RDFS.label, Literal(src.title_zh, lang="zh")))
        g.add((s, DCTERMS.publisher, Literal(src.publisher)))
        g.add((s, DCTERMS.date, Literal(src.date_or_period)))
        g.add((s, DCTERMS.language, Literal(src.language)))
        g.add((s, WSIS.file, Literal(src.file_name)))
        g.add((s, WSIS.docId, Literal(doc.doc_id)))
        g.add((s, WSIS.locator, Literal(f"{doc.doc_id} (whole text)", lang="en")))
        g.add((s, WSIS.text, Literal(src.text, lang="zh")))
        g.add((s, WSIS.start, Literal(0, datatype=XSD.integer)))
        g.add((s, WSIS.end, Literal(len(src.text), datatype=XSD.integer)))
        for n in doc.nodes[1:]:
            iri = node_iri(n.id)
            g.add((iri, RDF.type, WSIS[n.kind]))
            g.add((iri, WSIS.docId, Literal(doc.doc_id)))
            g.add((iri, WSIS.label, Literal(n.label)))
            g.add((iri, WSIS.locator, Literal(n.locator, lang="en")))
            g.add((iri, RDFS.label, Literal(label_en(n), lang="en")))
            g.add((iri, RDFS.label, Literal(label_zh(n), lang="zh")))
            g.add((iri, WSIS.text, Literal(n.text, lang="zh")))
            g.add((iri, WSIS.start, Literal(n.start, datatype=XSD.integer)))
            g.add((iri, WSIS.end, Literal(n.end, datatype=XSD.integer)))
            g.add((iri, WSIS.order, Literal(n.order, datatype=XSD.integer)))
            g.add((iri, WSIS.sourceText, s))
            parent = source_iri(doc.doc_id) if n.parent is doc.root else node_iri(n.parent.id)
            g.add((iri, DCTERMS.isPartOf, parent))
            if n.title:
                g.add((iri, DCTERMS.title, Literal(n.title, lang="zh" if _has_cjk(n.title) else "en")))
    return g


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)

"""The document-structure graph (docs/MODEL.md, 'Document structure'): one resource per node."""

from __future__ import annotations

import re

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from graph_builder.rdf.namespaces import DOC, WSIS, node_iri
from graph_builder.rdf.node_labels import label_en, label_zh
from graph_builder.rdf.terms import RDFLIB_TERMS, Terms
from graph_builder.structure.model import Document
from graph_builder.structure.pages import footnote_markers


def source_iri(doc_id: str) -> URIRef:
    return DOC[doc_id]


def structure_graph(documents: list[Document]) -> Graph:
    g = Graph()
    for triple in structure_triples(documents):
        g.add(triple)
    return g


def structure_triples(documents: list[Document], terms: Terms = RDFLIB_TERMS) -> list[tuple]:
    """The triples of :func:`structure_graph`, as terms made by ``terms``."""
    iri, lang, string, integer = terms.iri, terms.lang, terms.string, terms.integer
    rdf_type, label, part_of, title = (iri(str(x)) for x in (RDF.type, RDFS.label, DCTERMS.isPartOf, DCTERMS.title))
    doc_id_p, wsis_label, locator, text_p, start, end, order, source_text = (iri(str(x)) for x in (
        WSIS.docId, WSIS.label, WSIS.locator, WSIS.text, WSIS.start, WSIS.end, WSIS.order, WSIS.sourceText))
    footnote_of = iri(str(WSIS.footnoteOf))
    out: list[tuple] = []
    add = out.append
    for doc in documents:
        src = doc.source
        s = iri(str(source_iri(doc.doc_id)))
        doc_id = string(doc.doc_id)
        add((s, rdf_type, iri(str(WSIS.SourceText))))
        add((s, iri(str(DCTERMS.identifier)), doc_id))
        add((s, title, lang(src.title_en, "en")))
        add((s, title, lang(src.title_zh, "zh")))
        add((s, label, lang(src.title_en, "en")))
        add((s, label, lang(src.title_zh, "zh")))
        add((s, iri(str(DCTERMS.publisher)), string(src.publisher)))
        add((s, iri(str(DCTERMS.date)), string(src.date_or_period)))
        add((s, iri(str(DCTERMS.language)), string(src.language_tag)))
        add((s, iri(str(WSIS.file)), string(src.file_name)))
        add((s, doc_id_p, doc_id))
        add((s, locator, lang(f"{doc.doc_id} (whole text)", "en")))
        add((s, text_p, lang(src.verbatim, "zh")))  # as written; rules read the shadow
        add((s, start, integer(0)))
        add((s, end, integer(len(src.text))))
        node_iris = {id(doc.root): s}
        for n in doc.nodes[1:]:
            node = node_iris[id(n)] = iri(str(node_iri(n.id)))
            add((node, rdf_type, iri(str(WSIS[n.kind]))))
            add((node, doc_id_p, doc_id))
            add((node, wsis_label, string(src.as_written(n.label, n.start, n.end))))
            add((node, locator, lang(label_en(n), "en")))  # starts with the document id, as rdfs:label
            add((node, label, lang(label_en(n), "en")))
            add((node, label, lang(label_zh(n), "zh")))
            add((node, text_p, lang(src.verbatim[n.start : n.end], "zh")))
            add((node, start, integer(n.start)))
            add((node, end, integer(n.end)))
            add((node, order, integer(n.order)))
            add((node, source_text, s))
            parent = node_iris.get(id(n.parent))
            if parent is None:
                parent = s if n.parent is doc.root else iri(str(node_iri(n.parent.id)))
            add((node, part_of, parent))
            if n.title:
                written = src.as_written(n.title, n.start, n.end)
                zh, en = bilingual_title(written)
                if en is None:
                    add((node, title, lang(written, "zh" if _has_cjk(written) else "en")))
                else:  # 一、导言 Introduction: the Chinese title and its English one
                    add((node, title, lang(zh, "zh")))
                    add((node, title, lang(en, "en")))
        for note, holder in footnote_markers(doc):  # a footnote and the words carrying its marker
            add((iri(str(node_iri(note.id))), footnote_of, node_iris.get(id(holder)) or iri(str(node_iri(holder.id)))))
    return out


# a heading printed in both languages: the Chinese title, then its English translation (一、导言 Introduction,
# 四、目标与请求 Targets and requests); an acronym alone after the Chinese (关于信息社会 WSIS) is no translation
# one or two spaces between the two: a wider gap is a masthead's columns (大会    Distr.: General), not a translation
_BILINGUAL = re.compile(r"(?P<zh>.*[\u3400-\u9fff）)」》”])[ \t\u3000]{1,2}(?P<en>[A-Z][A-Za-z0-9 ,.'’&()/:;-]*)")
_ENGLISH_WORD = re.compile(r"[A-Za-z]?[a-z]{3,}")


def bilingual_title(title: str) -> tuple[str, str | None]:
    """A heading's Chinese title and its English one when both are printed (the English after the Chinese,
    words in lower case among them), else the heading as printed and None."""
    m = _BILINGUAL.fullmatch(title.strip())
    if m is None or not _ENGLISH_WORD.search(m.group("en")):
        return title, None
    return m.group("zh").strip(), m.group("en").strip()


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)

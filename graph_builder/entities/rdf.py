"""RDF for the reference entities and their mentions (docs/MODEL.md, 'Named graphs': graph/entities and
graph/mentions; 'Entities').

Entities: ``a wsis:<class>``, exactly one ``rdfs:label`` in @zh and in @en, ``skos:altLabel`` for every
plain alias (language-tagged: @zh when it has Chinese characters, else @en), ``wsis:acronym``,
``wsis:wikidata`` (the Q-id IRI, never owl:sameAs) with ``wsis:wikidataSource``. Links between
entities use the ontology's properties for the pair of kinds (``parent``: org:subOrganizationOf,
wsis:partOf, wsis:sessionOf or wsis:postOf; ``country``: wsis:nationality, wsis:inCountry or
wsis:country; ``broader``: skos:broader).

Minted entities (``Reference.minted``: recognised by their form, not listed) are described the same way
in graph/entities, with ``wsis:labelSource`` (text, iso3166, derived, or none: no English label).

Mentions: ``<mention/{doc}/{start}-{end}> a wsis:Mention`` with ``wsis:source`` (the deepest document
node holding the span), ``wsis:entity``, ``wsis:quote``@zh, ``wsis:start``, ``wsis:end``,
``wsis:sourceText``; plus the shortcut ``<node> wsis:mentions <entity>``.
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from graph_builder.entities.linker import Mention
from graph_builder.entities.reference import Entity, Reference
from graph_builder.rdf.namespaces import BASE, DOC, ORG, WD, WSIS, entity_iri, node_iri
from graph_builder.rdf.terms import RDFLIB_TERMS, Terms
from graph_builder.structure.model import Document

_CJK = re.compile(r"[\u3400-\u9fff]")
_SCHEMES = {"actionline": WSIS.ActionLineScheme, "theme": WSIS.ThemeScheme}


def iri(key: str) -> URIRef:
    """IRI of a reference entity: ``org/itu`` -> ``https://w3id.org/wsiskg/id/org/itu``."""
    kind, slug = key.split("/", 1)
    return entity_iri(kind, slug)


def mention_iri(m: Mention) -> URIRef:
    return URIRef(f"{BASE}mention/{m.doc_id}/{m.start}-{m.end}")


def _lang(text: str) -> str:
    return "zh" if _CJK.search(text) else "en"


def _parent_property(child: Entity, parent: Entity) -> URIRef:
    if child.kind == "event":
        return WSIS.partOf if parent.kind == "event" else WSIS.sessionOf
    if child.kind == "post":
        return WSIS.postOf
    return ORG.subOrganizationOf


def _country_property(e: Entity) -> URIRef:
    if e.kind == "person":
        return WSIS.nationality
    if e.kind == "place":
        return WSIS.inCountry
    return WSIS.country


def entities_graph(ref: Reference) -> Graph:
    """graph/entities: one description per reference entity (deterministic: entities sorted by key)."""
    return _graph(entities_triples(ref))


def entities_triples(ref: Reference, terms: Terms = RDFLIB_TERMS) -> list[tuple]:
    """The triples of :func:`entities_graph`, as terms made by ``terms``."""
    minted = [ref.minted[k] for k in sorted(getattr(ref, "minted", {}))]
    return _describe(list(ref.entities) + minted, ref, terms)


def minted_graph(ref: Reference) -> Graph:
    """The part of graph/entities that describes the minted entities only (for a per-document build)."""
    return _graph(_describe([ref.minted[k] for k in sorted(ref.minted)], ref, RDFLIB_TERMS))


def _graph(triples: list[tuple]) -> Graph:
    g = Graph()
    for triple in triples:
        g.add(triple)
    return g


def _describe(entities: list[Entity], ref: Reference, terms: Terms) -> list[tuple]:
    def node(term) -> object:
        return terms.iri(str(term))

    out: list[tuple] = []
    add = out.append
    rdf_type, label, alt_label = node(RDF.type), node(RDFS.label), node(SKOS.altLabel)
    for e in entities:
        s = node(iri(e.key))
        add((s, rdf_type, node(WSIS[e.cls])))
        add((s, label, terms.lang(e.zh, "zh")))
        if e.en:
            add((s, label, terms.lang(e.en, "en")))
        source = getattr(e, "label_source", "")
        if source:  # a minted entity: where its English label came from ('none': it has none)
            add((s, node(WSIS.labelSource), terms.string(source)))
        for a in e.aliases:
            if a.conditional or a.form in (e.zh, e.en):
                continue  # a form that names the entity only in context is not a label of it
            add((s, alt_label, terms.lang(a.form, _lang(a.form))))
        if e.acronym:
            add((s, node(WSIS.acronym), terms.string(e.acronym)))
        if e.wikidata:
            add((s, node(WSIS.wikidata), node(WD[e.wikidata])))
            add((s, node(WSIS.wikidataSource), terms.string(e.wikidata_source)))
        if e.notation:
            add((s, node(SKOS.notation), terms.string(e.notation)))
        if e.kind in _SCHEMES:
            add((s, node(SKOS.inScheme), node(_SCHEMES[e.kind])))
            if not e.broader:
                add((s, node(SKOS.topConceptOf), node(_SCHEMES[e.kind])))
        if e.broader:
            add((s, node(SKOS.broader), node(iri(e.broader))))
        if e.parent and e.parent in ref.by_key:
            add((s, node(_parent_property(e, ref.by_key[e.parent])), node(iri(e.parent))))
        if e.country:
            add((s, node(_country_property(e)), node(iri(e.country))))
    return out


def mentions_graph(mentions: list[Mention], documents: list[Document]) -> Graph:
    """graph/mentions: a wsis:Mention per mention, attached to the deepest node holding its span."""
    return _graph(mentions_triples(mentions, documents))


def mentions_triples(mentions: list[Mention], documents: list[Document], terms: Terms = RDFLIB_TERMS) -> list[tuple]:
    """The triples of :func:`mentions_graph`, as terms made by ``terms``."""
    by_doc = {d.doc_id: d for d in documents}
    made: dict[str, object] = {}

    def node(text: str):
        out = made.get(text)
        if out is None:
            out = made[text] = terms.iri(text)
        return out

    rdf_type, mention_class = node(str(RDF.type)), node(str(WSIS.Mention))
    source, entity, quote, start, end, source_text, mentions_p = (node(str(x)) for x in (
        WSIS.source, WSIS.entity, WSIS.quote, WSIS.start, WSIS.end, WSIS.sourceText, WSIS.mentions))
    out: list[tuple] = []
    add = out.append
    for m in sorted(mentions):
        doc = by_doc[m.doc_id]
        span_node = doc.node_for_span(m.start, m.end)
        node_ref = node(str(DOC) + m.doc_id if span_node is doc.root else str(node_iri(span_node.id)))
        s = terms.iri(f"{BASE}mention/{m.doc_id}/{m.start}-{m.end}")
        target = node(str(iri(m.key)))
        add((s, rdf_type, mention_class))
        add((s, source, node_ref))
        add((s, entity, target))
        add((s, quote, terms.lang(doc.source.as_written(m.surface, m.start, m.end), "zh")))
        add((s, start, terms.integer(m.start)))
        add((s, end, terms.integer(m.end)))
        add((s, source_text, node(str(DOC) + m.doc_id)))
        add((node_ref, mentions_p, target))
    return out


def untranslated_tsv(entities: Graph) -> str:
    """reports/untranslated.tsv: minted entities with no English source (key, class, zh label), by key."""
    rows = []
    for s in sorted(set(entities.subjects(WSIS.labelSource, Literal("none")))):
        zh = next((str(o) for o in entities.objects(s, RDFS.label) if getattr(o, "language", "") == "zh"), "")
        cls = next((str(o).rsplit("#", 1)[-1] for o in entities.objects(s, RDF.type)), "")
        rows.append(f"{str(s).split('/id/', 1)[-1]}\t{cls}\t{zh}\n")
    return "key\tclass\tzh\n" + "".join(rows)


def untranslated_tsv_from_store(store) -> str:
    """The same report from a pyoxigraph store (the streaming build)."""
    import pyoxigraph as ox

    g = Graph()
    graph = ox.NamedNode(f"{BASE}graph/entities")
    source = ox.NamedNode(str(WSIS.labelSource))
    for q in store.quads_for_pattern(None, source, ox.Literal("none"), graph):
        s = URIRef(q.subject.value)
        g.add((s, WSIS.labelSource, Literal("none")))
        for p in (ox.NamedNode(str(RDFS.label)), ox.NamedNode(str(RDF.type))):
            for t in store.quads_for_pattern(q.subject, p, None, graph):
                o = t.object
                g.add((s, URIRef(p.value), URIRef(o.value) if isinstance(o, ox.NamedNode)
                       else Literal(o.value, lang=o.language)))
    return untranslated_tsv(g)

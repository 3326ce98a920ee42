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
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from graph_builder.entities.linker import Mention
from graph_builder.entities.reference import Entity, Reference
from graph_builder.rdf.namespaces import BASE, DOC, ORG, WD, WSIS, entity_iri, node_iri
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
    minted = [ref.minted[k] for k in sorted(getattr(ref, "minted", {}))]
    return _describe(list(ref.entities) + minted, ref)


def minted_graph(ref: Reference) -> Graph:
    """The part of graph/entities that describes the minted entities only (for a per-document build)."""
    return _describe([ref.minted[k] for k in sorted(ref.minted)], ref)


def _describe(entities: list[Entity], ref: Reference) -> Graph:
    g = Graph()
    for e in entities:
        s = iri(e.key)
        g.add((s, RDF.type, WSIS[e.cls]))
        g.add((s, RDFS.label, Literal(e.zh, lang="zh")))
        if e.en:
            g.add((s, RDFS.label, Literal(e.en, lang="en")))
        source = getattr(e, "label_source", "")
        if source:  # a minted entity: where its English label came from ('none': it has none)
            g.add((s, WSIS.labelSource, Literal(source)))
        for a in e.aliases:
            if a.conditional or a.form in (e.zh, e.en):
                continue  # a form that names the entity only in context is not a label of it
            g.add((s, SKOS.altLabel, Literal(a.form, lang=_lang(a.form))))
        if e.acronym:
            g.add((s, WSIS.acronym, Literal(e.acronym)))
        if e.wikidata:
            g.add((s, WSIS.wikidata, WD[e.wikidata]))
            g.add((s, WSIS.wikidataSource, Literal(e.wikidata_source)))
        if e.notation:
            g.add((s, SKOS.notation, Literal(e.notation)))
        if e.kind in _SCHEMES:
            g.add((s, SKOS.inScheme, _SCHEMES[e.kind]))
            if not e.broader:
                g.add((s, SKOS.topConceptOf, _SCHEMES[e.kind]))
        if e.broader:
            g.add((s, SKOS.broader, iri(e.broader)))
        if e.parent and e.parent in ref.by_key:
            g.add((s, _parent_property(e, ref.by_key[e.parent]), iri(e.parent)))
        if e.country:
            g.add((s, _country_property(e), iri(e.country)))
    return g


def mentions_graph(mentions: list[Mention], documents: list[Document]) -> Graph:
    """graph/mentions: a wsis:Mention per mention, attached to the deepest node holding its span."""
    by_doc = {d.doc_id: d for d in documents}
    g = Graph()
    for m in sorted(mentions):
        doc = by_doc[m.doc_id]
        node = doc.node_for_span(m.start, m.end)
        node_ref = DOC[m.doc_id] if node is doc.root else node_iri(node.id)
        s = mention_iri(m)
        g.add((s, RDF.type, WSIS.Mention))
        g.add((s, WSIS.source, node_ref))
        g.add((s, WSIS.entity, iri(m.key)))
        g.add((s, WSIS.quote, Literal(m.surface, lang="zh")))
        g.add((s, WSIS.start, Literal(m.start, datatype=XSD.integer)))
        g.add((s, WSIS.end, Literal(m.end, datatype=XSD.integer)))
        g.add((s, WSIS.sourceText, DOC[m.doc_id]))
        g.add((node_ref, WSIS.mentions, iri(m.key)))
    return g


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

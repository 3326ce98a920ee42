"""An in-memory index of the dataset for the table, network and picture writers.

Reads the named graphs as docs/MODEL.md defines them: entity labels from ``graph/entities``, fact
triples from ``graph/facts``, their evidence from ``graph/evidence`` (statement -> evidence -> source
node -> ``wsis:locator``), types from every graph, class hierarchy from ``graph/ontology``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from graph_builder.rdf.namespaces import GRAPH, ID, RDF, RDFS, SKOS, WSIS

RDF_TYPE = str(RDF.type)
# Predicate IRIs as text, once (each ``str(WSIS.x)`` makes an rdflib term: measurable per look-up).
_LABELS = (str(RDFS.label), str(SKOS.prefLabel))
_LOCATOR, _SOURCE, _SOURCE_TEXT, _DOC_ID = str(WSIS.locator), str(WSIS.source), str(WSIS.sourceText), str(WSIS.docId)
_START, _END, _QUOTE, _RULE = str(WSIS.start), str(WSIS.end), str(WSIS.quote), str(WSIS.rule)
ID_NS = str(ID)


@dataclass(frozen=True)
class Evidence:
    locator: str  # 'Tunis Agenda para 72' (the source node's wsis:locator)
    source: str  # IRI of the deepest node holding the quote
    doc: str  # '004'
    quote: str
    start: int | None
    end: int | None
    rule: str

    @property
    def where(self) -> str:
        """'001 para 17': the locator, prefixed with the document id unless it already starts with it."""
        if not self.doc or self.locator.startswith(self.doc + " "):
            return self.locator
        return f"{self.doc} {self.locator}"

    def sort_key(self) -> tuple:
        """A total order (ties on position would let set order leak into the output)."""
        return (self.doc, self.start or 0, self.end or 0, self.locator, self.rule, self.quote, self.source)

    def as_dict(self) -> dict:
        return {"loc": self.where, "doc": self.doc, "quote": self.quote, "start": self.start,
                "end": self.end, "rule": self.rule, "source": self.source}


class GraphIndex:
    def __init__(self, quads: list[ox.Quad]):
        self.spo: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        # The quads themselves stand for their triples (subject, predicate, object): no copy of each.
        self.graph_triples: dict[str, list[ox.Quad]] = defaultdict(list)
        named = ox.NamedNode
        spo, by_graph = self.spo, self.graph_triples
        for q in quads:
            graph = q.graph_name
            by_graph[graph.value if type(graph) is named else ""].append(q)
            subject = q.subject
            if type(subject) is not named:
                continue
            values = spo[subject.value][q.predicate.value]
            obj = q.object
            if obj not in values:
                values.append(obj)
        self.facts: list[ox.Quad] = self.graph_triples.get(str(GRAPH["facts"]), [])
        self.entities: list[str] = sorted({t.subject.value for t in self.graph_triples.get(str(GRAPH["entities"]), [])
                                           if isinstance(t.subject, ox.NamedNode)})
        self._superclasses = self._class_hierarchy()
        self._evidence = self._index_evidence()
        self._keys_by_subject: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for key in self._evidence:
            self._keys_by_subject[key[0]].append(key)
        # Per subject, its asserted classes and their superclasses: the tables and pages ask "is it a …"
        # of every subject many times over.
        self._classes_of: dict[str, frozenset[str]] = {}
        self._by_class: dict[str, list[str]] | None = None

    # -- basic look-ups -------------------------------------------------------------------------
    def objects(self, subject: str, predicate: str) -> list:
        return list(self.spo.get(subject, {}).get(predicate, []))

    def value(self, subject: str, predicate: str) -> str:
        """First value (sorted) as text, '' when there is none."""
        values = sorted(o.value for o in self.objects(subject, predicate))
        return values[0] if values else ""

    def values(self, subject: str, predicate: str) -> list[str]:
        return sorted({o.value for o in self.objects(subject, predicate)})

    def label(self, iri: str, lang: str) -> str:
        """rdfs:label in ``lang``; skos:prefLabel; then wsis:locator or the IRI's last part."""
        for predicate in _LABELS:
            texts = sorted(o.value for o in self.objects(iri, predicate) if isinstance(o, ox.Literal) and o.language == lang)
            if texts:
                return texts[0]
        if lang == "en":
            locator = self.value(iri, _LOCATOR)
            if locator:
                return locator
            return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return ""

    def types(self, iri: str) -> list[str]:
        return sorted(o.value for o in self.objects(iri, RDF_TYPE) if isinstance(o, ox.NamedNode))

    def classes_of(self, iri: str) -> frozenset[str]:
        """The asserted classes of ``iri`` and all their superclasses."""
        found = self._classes_of.get(iri)
        if found is None:
            found = set()
            for t in self.types(iri):
                found.add(t)
                found |= self._superclasses.get(t, set())
            found = self._classes_of[iri] = frozenset(found)
        return found

    def is_a(self, iri: str, classes: set[str]) -> bool:
        return not self.classes_of(iri).isdisjoint(classes)

    def main_type(self, iri: str) -> str:
        """The most specific asserted class (a wsis: class when there is one), as local name."""
        types = self.types(iri)
        wsis_types = [t for t in types if t.startswith(str(WSIS))] or types
        specific = [t for t in wsis_types if not any(t in self._superclasses.get(o, set()) for o in wsis_types if o != t)]
        chosen = (specific or wsis_types or [""])[0]
        return chosen.rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    def kind(self, iri: str) -> str:
        """The ``{kind}`` part of an entity IRI (``org``, ``person``, ``event``)."""
        return iri[len(ID_NS):].split("/", 1)[0] if iri.startswith(ID_NS) else ""

    def subjects_of_class(self, classes: set[str]) -> list[str]:
        if self._by_class is None:  # class -> its members (subclasses' included), once for every table and page
            self._by_class = defaultdict(list)
            for s in self.spo:
                for cls in self.classes_of(s):
                    self._by_class[cls].append(s)
        return sorted({s for cls in classes for s in self._by_class.get(cls, ())})

    # -- evidence -------------------------------------------------------------------------------
    def evidence(self, s: str, p: str, o) -> list[Evidence]:
        return self._evidence.get((s, p, str(o)), [])

    def evidence_about(self, subject: str) -> list[Evidence]:
        """Evidence of every fact whose subject is ``subject``, by locator."""
        found = {ev for key in self._keys_by_subject.get(subject, ()) for ev in self._evidence[key]}
        return sorted(found, key=Evidence.sort_key)

    def locators(self, subject: str) -> str:
        """'001 para 17 | 004 Tunis Agenda para 72' — where the facts about ``subject`` are stated."""
        seen = []
        for ev in self.evidence_about(subject):
            if ev.where not in seen:
                seen.append(ev.where)
        return " | ".join(seen)

    def _index_evidence(self) -> dict[tuple[str, str, str], list[Evidence]]:
        out: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
        rdf_subject, rdf_predicate, rdf_object = str(RDF.subject), str(RDF.predicate), str(RDF.object)
        has_evidence = str(WSIS.evidence)
        for t in self.graph_triples.get(str(GRAPH["evidence"]), []):
            if t.predicate.value != has_evidence or not isinstance(t.subject, ox.NamedNode):
                continue
            stmt = t.subject.value
            subj, pred, obj = (self.objects(stmt, p) for p in (rdf_subject, rdf_predicate, rdf_object))
            if not (subj and pred and obj):
                continue
            ev = self._evidence_node(t.object.value)
            out[(subj[0].value, pred[0].value, str(obj[0]))].append(ev)
        return {k: sorted(set(v), key=Evidence.sort_key) for k, v in out.items()}

    def _evidence_node(self, ev: str) -> Evidence:
        source = self.value(ev, _SOURCE)
        source_text = self.value(ev, _SOURCE_TEXT)
        doc = self.value(source, _DOC_ID) or source_text.rstrip("/").rsplit("/", 1)[-1]
        start, end = self.value(ev, _START), self.value(ev, _END)
        return Evidence(
            locator=self.value(source, _LOCATOR) or source,
            source=source, doc=doc, quote=self.value(ev, _QUOTE),
            start=int(start) if start.lstrip("-").isdigit() else None,
            end=int(end) if end.lstrip("-").isdigit() else None,
            rule=self.value(ev, _RULE),
        )

    def _class_hierarchy(self) -> dict[str, set[str]]:
        direct: dict[str, set[str]] = defaultdict(set)
        sub_class_of = str(RDFS.subClassOf)
        for triples in self.graph_triples.values():
            for t in triples:
                if t.predicate.value == sub_class_of and isinstance(t.object, ox.NamedNode):
                    direct[t.subject.value].add(t.object.value)
        closure: dict[str, set[str]] = {}
        for cls in direct:
            seen, todo = set(), list(direct[cls])
            while todo:
                sup = todo.pop()
                if sup not in seen:
                    seen.add(sup)
                    todo.extend(direct.get(sup, ()))
            closure[cls] = seen
        return closure

    def documents(self) -> list[dict]:
        """The source texts: id ('004') and a title."""
        out = []
        for s in self.subjects_of_class({str(WSIS.SourceText)}):
            doc_id = self.value(s, str(WSIS.docId)) or s.rsplit("/", 1)[-1]
            title_en = self.label(s, "en") if self.objects(s, str(RDFS.label)) else self.value(s, str(WSIS.locator))
            out.append({"id": doc_id, "iri": s, "title": title_en or doc_id})
        return sorted(out, key=lambda d: d["id"])


_last: tuple[list, GraphIndex] | None = None


def index_of(quads: list[ox.Quad]) -> GraphIndex:
    """The index of ``quads``, built once per list: the exports and the pages of one build share it
    (about 0.6 CPU s each time on the bundled corpus). Keyed by the list itself, which callers never
    change after sorting it."""
    global _last
    if _last is None or _last[0] is not quads:
        _last = (quads, GraphIndex(quads))
    return _last[1]

"""Facts with evidence (docs/MODEL.md 'Facts and evidence', 'Claims').

A rule is a function ``rule(ctx: Context) -> None`` registered with ``@rule("name")``; it reads documents and
mentions and calls ``ctx.store.add(...)`` with the offsets of the words that state the fact. The store checks
every quote against the source and keeps one evidence record per (triple, passage). Its output is one claim
(``wsis:Statement``) per (triple, source document), dated by the document, and the current view of the claims
(:mod:`graph_builder.claims.current`) as the fact triples.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from graph_builder.claims.current import select_current
from graph_builder.claims.sources import parse_source_date
from graph_builder.errors import WsisError
from graph_builder.normalize import unwrap
from graph_builder.rdf.namespaces import EV, STMT, WSIS, node_iri, short_hash
from graph_builder.rdf.terms import OX_TERMS, RDFLIB_TERMS, Terms
from graph_builder.structure.model import Document, Node, is_page_furniture

# Kinds that evidence never cites: the own-words leaf of a paragraph cites the paragraph itself.
_NOT_CITED = ("Text",)

RULES: dict[str, Callable] = {}


def rule(name: str, after: tuple[str, ...] = ()):
    """Register a fact rule under ``name`` (printed in the build's per-rule counts).

    ``after`` names the rules whose facts this one reads: :func:`run_order` runs them first.
    """

    def deco(fn: Callable) -> Callable:
        if name in RULES and RULES[name] is not fn:
            raise ValueError(f"rule name {name!r} registered twice")
        RULES[name] = fn
        fn.rule_name = name
        fn.after = tuple(after)
        return fn

    return deco


def run_order(names) -> list[str]:
    """The rules ``names`` in the order they run: by name, rules marked ``after_all`` last, and every rule after
    the rules its ``after`` names (those among ``names``). A rule naming an unknown rule or a cycle is an error."""
    chosen = set(names)
    pending = sorted(chosen, key=lambda n: (getattr(RULES[n], "after_all", False), n))
    for n in pending:
        for dep in getattr(RULES[n], "after", ()):
            if dep not in RULES:
                raise ValueError(f"rule {n!r} runs after {dep!r}, which is not a rule")
    done: list[str] = []
    seen: set[str] = set()
    while pending:
        for i, n in enumerate(pending):
            if all(d in seen or d not in chosen for d in getattr(RULES[n], "after", ())):
                break
        else:
            raise ValueError(f"rules wait for each other: {', '.join(pending)}")
        done.append(pending.pop(i))
        seen.add(n)
    return done


@dataclass(frozen=True, order=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    node_id: str
    rule: str


@dataclass
class FactStore:
    """Triples with evidence. ``add`` is the only way in."""

    documents: dict[str, Document]
    facts: dict[tuple, set[Evidence]] = field(default_factory=lambda: defaultdict(set))
    current_rule: str = "unknown"

    def add(self, s: URIRef, p: URIRef, o, doc_id: str, start: int, end: int, rule: str | None = None) -> None:
        """Assert ``s p o`` stated by ``source[start:end]`` of document ``doc_id``."""
        doc = self.documents.get(doc_id)
        if doc is None:
            raise ValueError(f"unknown document {doc_id!r}")
        if not (0 <= start < end <= len(doc.source.text)):
            raise ValueError(f"bad evidence span {start}-{end} in {doc_id}")
        node = cited_node(doc, start, end)
        if isinstance(o, Literal) and "\n" in o and o.datatype is None:
            o = Literal(_read_across_lines(str(o), node, start, end), lang=o.language)
        self.facts[(s, p, o)].add(Evidence(doc_id, start, end, node.id, rule or self.current_rule))

    def add_span(self, s, p, o, node: Node, span: tuple[int, int], rule: str | None = None) -> None:
        self.add(s, p, o, node.doc.doc_id, span[0], span[1], rule)

    def add_quote(self, s, p, o, node: Node, quote: str, rule: str | None = None) -> None:
        """Assert with evidence ``quote``, which must occur in ``node`` (exactly or once normalised)."""
        span = node.find(quote)
        if span is None:
            raise WsisError(f"{node.doc.file_name}: quote {quote!r} not found in {node.locator}")
        self.add_span(s, p, o, node, span, rule)

    def add_many(self, s, pairs: Iterable[tuple], node: Node, span: tuple[int, int], rule: str | None = None) -> None:
        for p, o in pairs:
            self.add_span(s, p, o, node, span, rule)

    def as_written(self) -> None:
        """Chinese literals the rules read in a document's simplified shadow (a date as printed, an action, a
        name) back in the characters the document is written in: each literal found inside its evidence span
        is replaced by the same span of the text as written (a literal the rules composed stays as made).
        Nothing changes for documents without traditional characters."""
        written = {d for d, doc in self.documents.items() if doc.source.written is not None}
        if not written:
            return
        moved: dict[tuple, set[Evidence]] = defaultdict(set)
        for (s, p, o), evs in list(self.facts.items()):
            if not (isinstance(o, Literal) and (o.language or "").startswith("zh")) or all(
                    e.doc_id not in written for e in evs):
                continue
            del self.facts[(s, p, o)]
            for e in evs:
                source = self.documents[e.doc_id].source
                value = source.as_written(str(o), e.start, e.end)
                moved[(s, p, o if value == str(o) else Literal(value, lang=o.language))].add(e)
        for triple, evs in moved.items():
            self.facts[triple] |= evs

    # ------------------------------------------------------------------ output
    def counts_by_rule(self) -> Counter:
        """Facts per rule (a fact stated by two rules counts for both)."""
        c: Counter = Counter()
        for evs in self.facts.values():
            for r in {e.rule for e in evs}:
                c[r] += 1
        return c

    def claims(self) -> dict[tuple, list[Evidence]]:
        """((s, p, o), doc id) -> its evidence records, sorted: one claim per triple and source document."""
        out: dict[tuple, list[Evidence]] = defaultdict(list)
        for triple, evs in self.facts.items():
            for e in evs:
                out[(triple, e.doc_id)].append(e)
        return {k: sorted(v) for k, v in out.items()}

    def source_dates(self) -> dict:
        """doc id -> :class:`graph_builder.claims.sources.SourceDate` (None when the manifest gives no date)."""
        return {d: parse_source_date(doc.source.date_or_period) for d, doc in self.documents.items()}

    def current(self, claims: dict[tuple, list[Evidence]] | None = None) -> set[tuple]:
        """The triples of the current view (docs/MODEL.md 'The current value')."""
        claims = self.claims() if claims is None else claims
        order = {d: i for i, d in enumerate(self.documents)}
        return select_current(claims.keys(), self.source_dates(), order)

    def graphs(self) -> tuple[Graph, Graph]:
        """(facts graph: the current view, evidence graph: every claim with its evidence)."""
        facts, evidence = Graph(), Graph()
        fact_triples, evidence_triples = self.triples(RDFLIB_TERMS)
        for triple in fact_triples:
            facts.add(triple)
        for triple in evidence_triples:
            evidence.add(triple)
        return facts, evidence

    def ox_triples(self) -> tuple[list[tuple], list[tuple]]:
        """:meth:`graphs` as (subject, predicate, object) tuples of pyoxigraph terms, without an rdflib
        graph in between (the in-memory build puts them straight into its store)."""
        return self.triples(OX_TERMS)

    def triples(self, terms: Terms) -> tuple[list[tuple], list[tuple]]:
        """(facts: the current view, evidence: every claim with its evidence) as triples made by ``terms``."""
        claims = self.claims()
        current = self.current(claims)
        dates = self.source_dates()
        iri, convert = terms.iri, terms.convert
        rdf_type, rdf_subject, rdf_predicate, rdf_object = (iri(str(x)) for x in (
            RDF.type, RDF.subject, RDF.predicate, RDF.object))
        derived, is_current, as_of, known_by = (iri(str(x)) for x in (
            PROV.wasDerivedFrom, WSIS.current, WSIS.asOf, WSIS.knownBy))
        has_evidence, source, quote, start, end, rule, source_text = (iri(str(x)) for x in (
            WSIS.evidence, WSIS.source, WSIS.quote, WSIS.start, WSIS.end, WSIS.rule, WSIS.sourceText))
        statement_class, evidence_class = iri(str(WSIS.Statement)), iri(str(WSIS.Evidence))
        true, false = terms.boolean(True), terms.boolean(False)
        converted: dict[tuple, tuple] = {}

        def made(triple: tuple) -> tuple:
            out = converted.get(triple)
            if out is None:
                out = converted[triple] = tuple(convert(x) for x in triple)
            return out

        facts = [made(t) for t in sorted(current, key=_triple_key)]
        evidence: list[tuple] = []
        add = evidence.append
        node_iris: dict[str, object] = {}

        def node(node_id: str):
            out = node_iris.get(node_id)
            if out is None:
                out = node_iris[node_id] = iri(str(node_iri(node_id)))
            return out

        date_terms = {d: None if when is None else (convert(when.literal), convert(when.known_by))
                      for d, when in dates.items()}
        for (triple, doc_id), evs in sorted(claims.items(), key=lambda kv: (_triple_key(kv[0][0]), kv[0][1])):
            s, p, o = triple
            ts, tp, to = made(triple)
            doc = node(doc_id)
            st_iri = str(STMT) + short_hash(s.n3(), p.n3(), o.n3(), doc_id)
            st = iri(st_iri)
            add((st, rdf_type, statement_class))
            add((st, rdf_subject, ts))
            add((st, rdf_predicate, tp))
            add((st, rdf_object, to))
            add((st, derived, doc))
            add((st, is_current, true if triple in current else false))
            when = date_terms.get(doc_id)
            if when is not None:
                add((st, as_of, when[0]))
                add((st, known_by, when[1]))
            text = self.documents[doc_id].source.verbatim  # quotes as written
            for e in evs:
                ev = iri(str(EV) + short_hash(st_iri, e.node_id, e.start, e.end, e.rule))
                add((st, has_evidence, ev))
                add((ev, rdf_type, evidence_class))
                add((ev, source, node(e.node_id)))
                add((ev, quote, terms.lang(text[e.start : e.end], "zh")))
                add((ev, start, terms.integer(e.start)))
                add((ev, end, terms.integer(e.end)))
                add((ev, rule, terms.string(e.rule)))
                add((ev, source_text, doc))
        return facts, evidence


def _triple_key(t: tuple) -> tuple:
    return tuple(x.n3() for x in t)


def cited_node(doc: Document, start: int, end: int) -> Node:
    """The deepest node holding ``[start, end)``, skipping own-words leaves (they cite their parent) and the
    pieces of a paragraph a page break interrupts (they cite the paragraph)."""
    node = doc.node_for_span(start, end)
    while node.parent is not None and (node.kind in _NOT_CITED or node.parent.page_broken and node.kind == "Fragment"
                                       and not is_page_furniture(node)):
        node = node.parent
    return node


def _read_across_lines(value: str, node: Node, start: int, end: int) -> str:
    """A literal the rules cut from hard-wrapped text, read as one line; in a paragraph a page break interrupts,
    without the page furniture and footnotes printed between its pages."""
    if node.page_broken:
        text = node.doc.text
        for a, b in node.between_pages():
            if start <= a and b <= end:
                value = value.replace(text[a:b], "\n")
    return unwrap(value)

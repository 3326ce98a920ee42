"""OWL 2 RL reasoning into its own named graph (docs/MODEL.md "Named graphs": graph/inferred; ).

:func:`infer` returns only what is new and worth querying: super-classes, super-properties, inverse and
symmetric properties, transitive chains, domain/range types. Two engines give the same answer (tests
check it on example and randomised graphs):

- ``"owlrl"`` (the reference): owlrl's OWL-RL closure of the ontology's axioms + the asserted triples.
- ``"rules"`` (fast): the OWL 2 RL rules this ontology's axioms can fire (cax-sco, cax-eqc, prp-spo1,
  prp-eqp, prp-inv, prp-symp, prp-trp, prp-dom, prp-rng, over a TBox closed by scm-sco/scm-spo/
  scm-dom/scm-rng) as a worklist over the data: about ten times faster (full build of the bundled corpus,
  ~4k entailments: 0.4 s against 4.1 s for owlrl; a random 6k-triple graph: 0.7 s against 10.5 s).
- ``"auto"`` (the default): ``rules`` while the ontology uses only the constructs it implements, else owlrl.

Reasoning is scoped to the ontology, the entities and the facts: paragraph texts, mentions and evidence
records would multiply owlrl's run time (about 11 s at 20k triples, 150 s at 200k, measured for )
without giving any query a useful entailment. Equality (owl:sameAs from functional properties) is not
materialised: SHACL cardinalities report those data errors instead.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from graph_builder.rdf.namespaces import GRAPH

REASONED_GRAPHS = ("entities", "facts")
"""Named graphs that, with the ontology, make up the input of reasoning."""

STRUCTURE_PREDICATES = (RDF.type, DCTERMS.isPartOf)
"""What reasoning reads of graph/structure: node types and nesting."""

ENGINES = ("auto", "owlrl", "rules")

_AXIOM_PREDICATES = {
    RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.inverseOf,
    OWL.equivalentClass, OWL.equivalentProperty,
}
_AXIOM_TYPES = {OWL.TransitiveProperty, OWL.SymmetricProperty, OWL.FunctionalProperty}
_SUPPORTED_TYPES = _AXIOM_TYPES | {
    OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.Ontology,
    OWL.NamedIndividual, RDFS.Class, RDF.Property,
}
_SCHEMA_NAMESPACES = (str(OWL), str(RDF), str(RDFS), "http://www.w3.org/2001/XMLSchema#")


def infer(ontology: Graph, asserted: Graph, engine: str = "auto") -> Graph:
    """OWL-RL entailments of ``ontology`` + ``asserted`` that are in neither, minus axiomatic noise.

    ``asserted``: an rdflib Graph or any container of (s, p, o) tuples of rdflib terms (a set).

    Noise dropped: anything about the ontology's own terms (TBox closure), ``x owl:sameAs x``,
    types from the RDF/RDFS/OWL/XSD vocabularies (``rdfs:Resource``, ``owl:Thing``, datatypes),
    triples with a literal subject or a blank node (none belong in generated data).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown reasoning engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "auto":
        engine = "owlrl" if unsupported_axioms(ontology) else "rules"
    axioms = reasoning_axioms(ontology)
    closure = _owlrl_closure(axioms, asserted) if engine == "owlrl" else _rules_closure(axioms, asserted)
    schema_terms = set(ontology.subjects())
    inferred = Graph()
    for triple in closure:
        if triple in asserted or triple in ontology or _is_noise(triple, schema_terms):
            continue
        inferred.add(triple)
    return inferred


def reasoning_axioms(ontology: Graph) -> Graph:
    """The ontology triples that can entail anything about data.

    Labels, comments and declarations make up three quarters of the ontology and entail nothing about
    instances; leaving them out makes owlrl about three times faster with identical output.
    """
    axioms = Graph()
    for s, p, o in ontology:
        if p in _AXIOM_PREDICATES or (p == RDF.type and o in _AXIOM_TYPES):
            axioms.add((s, p, o))
    return axioms


def unsupported_axioms(ontology: Graph) -> list[tuple]:
    """Ontology triples using OWL constructs the ``rules`` engine does not implement (should be none)."""
    out = []
    for s, p, o in ontology:
        if p == RDF.type and str(o).startswith(str(OWL)) and o not in _SUPPORTED_TYPES:
            out.append((s, p, o))
        elif str(p).startswith(str(OWL)) and p not in _AXIOM_PREDICATES and p not in (
            OWL.versionInfo, OWL.imports, OWL.versionIRI,
        ):
            out.append((s, p, o))
    return out


# ---------------------------------------------------------------------------------------------
# Engines
# ---------------------------------------------------------------------------------------------


def _owlrl_closure(axioms: Graph, asserted: Graph) -> Graph:
    from owlrl import DeductiveClosure, OWLRL_Semantics  # imported late: costly and only needed here

    work = Graph()
    for triple in axioms:
        work.add(triple)
    for triple in asserted:
        work.add(triple)
    DeductiveClosure(OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(work)
    return work


class _TBox:
    """Super-classes, super-properties, inverses, domains and ranges, each closed under the scm-* rules."""

    def __init__(self, axioms: Graph) -> None:
        self.super_classes = _reflexive_closure(axioms, RDFS.subClassOf, OWL.equivalentClass)
        self.super_properties = _reflexive_closure(axioms, RDFS.subPropertyOf, OWL.equivalentProperty)
        self.inverses: dict = defaultdict(set)
        for p, q in axioms.subject_objects(OWL.inverseOf):
            self.inverses[p].add(q)
            self.inverses[q].add(p)
        self.symmetric = set(axioms.subjects(RDF.type, OWL.SymmetricProperty))
        self.transitive = set(axioms.subjects(RDF.type, OWL.TransitiveProperty))
        self.domains = self._closed(axioms, RDFS.domain)
        self.ranges = self._closed(axioms, RDFS.range)

    def _closed(self, axioms: Graph, relation) -> dict:
        """scm-dom1/2, scm-rng1/2: a property's domain (range) includes its super-properties' and their super-classes."""
        direct: dict = defaultdict(set)
        for p, c in axioms.subject_objects(relation):
            direct[p].add(c)
        closed: dict = defaultdict(set)
        for p in set(direct) | set(self.super_properties):
            for q in self.super_properties.get(p, {p}):
                for c in direct.get(q, ()):
                    closed[p] |= self.super_classes.get(c, {c})
        return closed


def _reflexive_closure(axioms: Graph, sub, equivalent) -> dict:
    """term -> every term above it (itself included), following ``sub`` and both directions of ``equivalent``."""
    up: dict = defaultdict(set)
    for a, b in axioms.subject_objects(sub):
        up[a].add(b)
    for a, b in axioms.subject_objects(equivalent):
        up[a].add(b)
        up[b].add(a)
    closure = {}
    for start in list(up):
        seen, stack = {start}, [start]
        while stack:
            for nxt in up.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        closure[start] = seen
    return closure


def _rules_closure(axioms: Graph, asserted: Graph) -> Graph:
    tbox = _TBox(axioms)
    known: set = set()
    by_subject: dict = defaultdict(set)  # (p, s) -> objects, for transitive properties
    by_object: dict = defaultdict(set)  # (p, o) -> subjects
    queue = list(asserted)

    def add(triple) -> None:
        if triple not in known:
            queue.append(triple)

    while queue:
        triple = queue.pop()
        if triple in known:
            continue
        known.add(triple)
        s, p, o = triple
        if p == RDF.type:
            for c in tbox.super_classes.get(o, ()):  # cax-sco, cax-eqc
                add((s, RDF.type, c))
            continue
        for q in tbox.super_properties.get(p, ()):  # prp-spo1, prp-eqp
            add((s, q, o))
        if isinstance(o, Literal):
            for c in tbox.domains.get(p, ()):  # prp-dom (a literal has no types worth keeping)
                add((s, RDF.type, c))
            continue
        for q in tbox.inverses.get(p, ()):  # prp-inv1/2
            add((o, q, s))
        if p in tbox.symmetric:  # prp-symp
            add((o, p, s))
        for c in tbox.domains.get(p, ()):  # prp-dom
            add((s, RDF.type, c))
        for c in tbox.ranges.get(p, ()):  # prp-rng
            add((o, RDF.type, c))
        if p in tbox.transitive:  # prp-trp, both ends of the new link
            by_subject[(p, s)].add(o)
            by_object[(p, o)].add(s)
            for x in list(by_subject.get((p, o), ())):
                add((s, p, x))
            for x in list(by_object.get((p, s), ())):
                add((x, p, o))
    closure = Graph()
    for triple in known:
        closure.add(triple)
    return closure


# ---------------------------------------------------------------------------------------------
# Noise and scoping
# ---------------------------------------------------------------------------------------------


def _is_noise(triple, schema_terms: set) -> bool:
    s, p, o = triple
    if isinstance(s, (Literal, BNode)) or isinstance(o, BNode):
        return True
    if s in schema_terms or _in_schema_vocabulary(s):
        return True
    if p == OWL.sameAs and s == o:
        return True
    if p == RDF.type and _in_schema_vocabulary(o):
        return True
    return False


def _in_schema_vocabulary(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(_SCHEMA_NAMESPACES)


def reasoning_input(dataset: Dataset) -> Graph:
    """The asserted triples reasoning runs on: graph/entities and graph/facts, plus the rdf:type and
    ``dcterms:isPartOf`` triples of graph/structure, so every document node (not only those a fact points to) is
    typed wsis:TextNode and is ``wsis:partOfTransitive`` every container above it (a paragraph its section, part
    and source text: 'everything in section X' is one triple pattern).

    Texts and offsets stay out.
    """
    asserted = Graph()
    for name in REASONED_GRAPHS:
        for triple in dataset.graph(GRAPH[name]):
            asserted.add(triple)
    structure = dataset.graph(GRAPH["structure"])
    for predicate in STRUCTURE_PREDICATES:
        for triple in structure.triples((None, predicate, None)):
            asserted.add(triple)
    return asserted


def infer_dataset(dataset: Dataset, ontology: Graph | None = None, engine: str = "auto") -> Graph:
    """graph/inferred for a built dataset: :func:`infer` on the scoped input, minus every asserted graph.

    The ontology is the dataset's graph/ontology when it has one, else the ontology/ folder.
    """
    if ontology is None:
        ontology = dataset.graph(GRAPH["ontology"])
        if len(ontology) == 0:
            from graph_builder.validation import load_ontology

            ontology = load_ontology()
    inferred = infer(ontology, reasoning_input(dataset), engine=engine)
    asserted_elsewhere = [dataset.graph(GRAPH[name]) for name in ("structure", "mentions", "evidence")]
    for triple in list(inferred):
        if any(triple in g for g in asserted_elsewhere):
            inferred.remove(triple)
    return inferred


def infer_store(store, ontology: Graph | None = None, engine: str = "auto") -> list:
    """:func:`infer_dataset` for a pyoxigraph store: the quads of graph/inferred (pyoxigraph terms).

    The scoped input (:func:`reasoning_input`'s graphs) is read from the store as rdflib terms, a few
    thousand triples; the entailments come back as quads, minus those any asserted graph of the store has.
    """
    import pyoxigraph as ox

    from graph_builder.query.terms import from_oxigraph, to_oxigraph

    def graph(name: str):
        return ox.NamedNode(str(GRAPH[name]))

    def rdflib_triple(q) -> tuple:
        return (from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object))

    if ontology is None:
        ontology = Graph()
        for q in store.quads_for_pattern(None, None, None, graph("ontology")):
            ontology.add(rdflib_triple(q))
        if len(ontology) == 0:
            from graph_builder.validation import load_ontology

            ontology = load_ontology()
    asserted: set = set()
    for name in REASONED_GRAPHS:
        asserted.update(rdflib_triple(q) for q in store.quads_for_pattern(None, None, None, graph(name)))
    for predicate in STRUCTURE_PREDICATES:
        asserted.update(rdflib_triple(q) for q in store.quads_for_pattern(
            None, ox.NamedNode(str(predicate)), None, graph("structure")))
    inferred = infer(ontology, asserted, engine=engine)
    elsewhere = [graph(name) for name in ("structure", "mentions", "evidence")]
    target = graph("inferred")
    out = []
    for triple in inferred:
        s, p, o = (to_oxigraph(term) for term in triple)
        if any(ox.Quad(s, p, o, g) in store for g in elsewhere):
            continue
        out.append(ox.Quad(s, p, o, target))
    return out

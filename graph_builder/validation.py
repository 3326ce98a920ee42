"""SHACL validation of the built graph ("SHACL shapes"; docs/MODEL.md "Named graphs").

:func:`validate_store` checks a build held in a pyoxigraph store: the shapes of ``shapes/*.ttl``, compiled to
SPARQL once (:mod:`graph_builder.shacl`), run on the union of the asserted graphs (and graph/inferred), with
the ontology's class hierarchy (so ``sh:targetClass wsis:TextNode`` reaches every paragraph through
``rdfs:subClassOf``) and without RDFS/OWL inference: reasoning is done once by :mod:`graph_builder.reasoning`.
It adds the one check SHACL cannot express over a union graph: every triple of graph/facts has a
``wsis:Statement`` in graph/evidence. :func:`validate`, :func:`validate_dataset`, :func:`validate_graphs` and
:func:`validate_parts` take rdflib graphs and load them into a store; ``engine="pyshacl"`` runs pyshacl instead,
the reference the tests compare with. Turtle files that do not parse give ``WsisError("FILE:LINE: message")``.

Cardinality applies per claim (docs/MODEL.md 'Claims'): the triples of claims a later source replaced are
validated with the facts (datatypes, value lists, classes), and ``sh:maxCount`` of a single-valued fact
property is checked on the current view only (:func:`current_cardinality`), as are comparisons between two
of them (a start not after its end: :func:`current_order`), so two documents that disagree never fail the build.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from graph_builder import paths
from graph_builder.errors import ValidationFailed, WsisError
from graph_builder.rdf.namespaces import GRAPH, PREFIXES, WSIS
from graph_builder.shacl.run import data_view, run_checks
from graph_builder.shacl.run import query as query_view  # the view's union as default graph

ASSERTED_GRAPHS = ("structure", "entities", "mentions", "facts", "evidence")
"""Named graphs whose triples are validated (with graph/inferred when present)."""


# ---------------------------------------------------------------------------------------------
# Loading Turtle resources with one-line errors
# ---------------------------------------------------------------------------------------------


def parse_turtle(path: Path, into: Graph | None = None) -> Graph:
    """Parse one Turtle file; a syntax error becomes ``WsisError("FILE:LINE: message")``."""
    graph = into if into is not None else Graph()
    try:
        graph.parse(path, format="turtle")
    except OSError as exc:
        raise WsisError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise WsisError(f"{path}: not UTF-8 text") from None
    except Exception as exc:  # rdflib raises BadSyntax and assorted errors from its parser
        line = getattr(exc, "lines", None)
        why = getattr(exc, "_why", None) or str(exc).strip().splitlines()[-1]
        where = f"{path}:{line + 1}" if isinstance(line, int) else str(path)
        raise WsisError(f"{where}: {why}") from None
    return graph


def load_turtle_dir(folder: Path) -> Graph:
    """Every ``*.ttl`` of ``folder`` (in name order) merged into one graph."""
    files = sorted(Path(folder).glob("*.ttl"))
    if not files:
        raise WsisError(f"{folder}: no .ttl files")
    graph = Graph()
    for path in files:
        parse_turtle(path, into=graph)
    return graph


def load_ontology() -> Graph:
    """The OWL ontology: all of ``ontology/*.ttl``."""
    return load_turtle_dir(paths.ontology_dir())


def load_shapes() -> Graph:
    """The SHACL shapes: all of ``shapes/*.ttl``."""
    return load_turtle_dir(paths.shapes_dir())


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class ValidationRow:
    """One problem: which node (and its human label), which path, what is wrong, how bad."""

    label: str
    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str = ""
    component: str = field(default="", compare=False)  # "sh:MinCountConstraintComponent", for comparisons


@dataclass
class ValidationReport:
    conforms: bool
    rows: list[ValidationRow] = field(default_factory=list)

    @property
    def violations(self) -> list[ValidationRow]:
        return [r for r in self.rows if r.severity == "Violation"]

    def summary(self) -> str:
        """One line: 'conforms' or the count of violations and the first of them."""
        if self.conforms:
            warnings = len(self.rows)
            return "conforms" + (f" ({warnings} warning(s))" if warnings else "")
        first = self.violations[0] if self.violations else self.rows[0]
        return (
            f"{len(self.violations)} violation(s); first: {first.label} {first.path}: {first.message}"
        )

    def format(self) -> str:
        """A readable report: one block per problem, sorted by severity, node and path."""
        if not self.rows:
            return "conforms: no problems found"
        lines = []
        for r in sorted(self.rows, key=lambda r: (r.severity != "Violation", r.label, r.focus, r.path)):
            lines.append(f"{r.severity}: {r.label}  <{r.focus}>")
            lines.append(f"    path: {r.path}")
            if r.value:
                lines.append(f"    value: {r.value}")
            lines.append(f"    {r.message}")
        lines.append(self.summary())
        return "\n".join(lines)

    def raise_if_failed(self, source_of: Callable[[str], str | None] | None = None) -> None:
        """Raise :class:`ValidationFailed`; ``source_of(focus IRI)`` names the input file the first problem
        comes from, which then starts the message (``FILE: validation: …``)."""
        if not self.conforms:
            first = self.violations[0] if self.violations else self.rows[0]
            where = source_of(first.focus) if source_of else None
            raise ValidationFailed(f"{where + ': ' if where else ''}validation: {self.summary()}")


_DOC_IN_IRI = re.compile(r"/doc/([^/#]+)")


def source_namer(files: dict[str, str], dataset=None) -> Callable[[str], str | None]:
    """``focus IRI -> input file``: a structure node names its document in its IRI; a fact or entity
    is traced through its evidence (``rdf:subject`` / ``wsis:evidence`` / ``wsis:source``)."""
    def doc_of(iri: str) -> str | None:
        match = _DOC_IN_IRI.search(iri)
        return files.get(match.group(1)) if match else None

    def source_of(focus: str) -> str | None:
        found = doc_of(focus)
        if found is None and dataset is not None:
            for statement in dataset.subjects(RDF.subject, URIRef(focus)):
                for evidence in dataset.objects(statement, WSIS.evidence):
                    for node in dataset.objects(evidence, WSIS.source):
                        found = found or doc_of(str(node))
        if found is None and len(files) == 1:
            found = next(iter(files.values()))
        return found

    return source_of


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------


def validate(data: Graph, ontology: Graph | None = None, shapes: Graph | None = None, *,
             engine: str = "sparql") -> ValidationReport:
    """Validate ``data`` against ``shapes/`` (or ``shapes``), with the ontology's class hierarchy.

    ``engine="sparql"`` (the default) runs the shapes compiled to SPARQL (:mod:`graph_builder.shacl`) on a
    pyoxigraph store holding ``data``; ``engine="pyshacl"`` runs pyshacl, the reference implementation the
    tests compare it with.
    """
    if engine == "pyshacl":
        return _validate_pyshacl(data, ontology, shapes)
    _check_engine(engine)
    store = ox.Store()
    graph = ox.NamedNode(str(GRAPH["validated"]))
    store.extend(_quads(data, graph))
    subclasses = _subclass_triples(ontology)
    with data_view(store, [graph], subclass_triples=subclasses) as view:
        rows = _result_rows(store, view, run_checks(store, compiled_checks(shapes).checks, view))
    return ValidationReport(conforms=not any(r.severity == "Violation" for r in rows), rows=sorted(rows))


def validate_store(store: ox.Store, *, include_inferred: bool = True, shapes: Graph | None = None) -> ValidationReport:
    """Validate a build held in a pyoxigraph store (its named graphs ``graph_iri(name)``).

    SHACL sees the union of the asserted graphs (and graph/inferred), the triples of replaced claims and the
    ``rdfs:subClassOf`` triples of graph/ontology (of ``ontology/*.ttl`` when the store has none); then
    every fact needs its statement, and the current view keeps single-valued properties single and in order.
    The store is left as it was (a temporary graph is added for the run and removed).
    """
    ontology = _graph_node("ontology")
    if next(iter(store.quads_for_pattern(None, _SUBCLASS, None, ontology)), None) is not None:
        return _validate_store(store, include_inferred, shapes, ontology, ())
    return _validate_store(store, include_inferred, shapes, None, _subclass_triples(None))


def _validate_store(store: ox.Store, include_inferred: bool, shapes: Graph | None, ontology: ox.NamedNode | None,
                    subclass_triples) -> ValidationReport:
    """:func:`validate_store`, the class hierarchy read from ``ontology`` (a graph of the store) or given."""
    names = ASSERTED_GRAPHS + (("inferred",) if include_inferred else ())
    graphs = [_graph_node(n) for n in names]
    compiled = compiled_checks(shapes)
    with data_view(store, graphs, evidence=_graph_node("evidence"), ontology=ontology,
                   subclass_triples=subclass_triples) as view:
        results = run_checks(store, compiled.checks, view)
        extra = _current_results(store, compiled.order)
        rows = _result_rows(store, view, results, extra)
    shacl_conforms = not any(r.severity == "Violation" for r in rows[: len(rows) - len(extra)])
    return ValidationReport(conforms=shacl_conforms and not extra, rows=sorted(rows))


def _check_engine(engine: str) -> None:
    if engine != "sparql":
        raise ValueError(f"unknown validation engine {engine!r} (sparql or pyshacl)")


def _validate_pyshacl(data: Graph, ontology: Graph | None = None, shapes: Graph | None = None) -> ValidationReport:
    """pyshacl on ``data``.

    ``data`` is not copied (a copy of a full build costs more than the validation): the ontology's
    ``rdfs:subClassOf`` triples that SHACL needs in the data graph are added for the run and removed
    afterwards, so the caller's graph is left as it was.
    """
    import pyshacl  # imported late: slow to import and only needed here

    ontology = load_ontology() if ontology is None else ontology
    shapes = per_claim(lift_property_shapes(load_shapes() if shapes is None else shapes))
    borrowed = [t for t in ontology.triples((None, RDFS.subClassOf, None)) if t not in data]
    for triple in borrowed:
        data.add(triple)
    try:
        conforms, results, _text = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", allow_warnings=True, inplace=True, advanced=False
        )
        rows = sorted(_rows(results, data))
    finally:
        for triple in borrowed:
            data.remove(triple)
    return ValidationReport(conforms=bool(conforms), rows=rows)


_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)


def lift_property_shapes(shapes: Graph) -> Graph:
    """An equivalent shapes graph in which each ``sh:property`` of a targeted node shape carries the targets.

    pyshacl evaluates a property shape reached through ``sh:property`` once per focus node, but a
    property shape with its own targets once for all of them: about three times faster on a full build,
    same results. The shapes files stay readable (one node shape per class, its properties inside).
    """
    lifted = Graph()
    for triple in shapes:
        lifted.add(triple)
    for node_shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        targets = [(p, o) for p in _TARGETS for o in shapes.objects(node_shape, p)]
        if not targets:
            continue
        for prop_shape in list(shapes.objects(node_shape, SH.property)):
            lifted.remove((node_shape, SH.property, prop_shape))
            lifted.add((prop_shape, RDF.type, SH.PropertyShape))
            for p, o in targets:
                lifted.add((prop_shape, p, o))
    return lifted


def per_claim(shapes: Graph) -> Graph:
    """``shapes`` without ``sh:maxCount`` on single-valued fact properties (their limit is checked per claim
    by construction and on the current view by :func:`current_cardinality`); statement shapes keep theirs."""
    from graph_builder.claims.current import functional_properties

    functional = functional_properties()
    for prop_shape in list(shapes.subjects(SH.path, None)):
        if (prop_shape, SH.targetClass, WSIS.Statement) in shapes:
            continue
        if shapes.value(prop_shape, SH.path) in functional:
            for limit in (SH.maxCount, SH.lessThan, SH.lessThanOrEquals):
                for o in list(shapes.objects(prop_shape, limit)):
                    shapes.remove((prop_shape, limit, o))
    return shapes


def current_order_constraints(shapes: Graph | None = None) -> list[tuple[URIRef, URIRef, bool]]:
    """(property, other property, strict) of every ``sh:lessThan``/``sh:lessThanOrEquals`` on a single-valued
    fact property: a start and an end compare within one source's claims, so on the current view."""
    from graph_builder.claims.current import functional_properties

    shapes = load_shapes() if shapes is None else shapes
    functional = functional_properties()
    out = set()
    for strict, limit in ((True, SH.lessThan), (False, SH.lessThanOrEquals)):
        for prop_shape, other in shapes.subject_objects(limit):
            path = shapes.value(prop_shape, SH.path)
            if path in functional and (prop_shape, SH.targetClass, WSIS.Statement) not in shapes:
                out.add((path, other, strict))
    return sorted(out)


def current_order(facts: Graph) -> list[ValidationRow]:
    """Rows for a value of the current view that is after (or, strict, not before) the value it must precede."""
    rows = []
    for p, q, strict in current_order_constraints():
        for s, a in sorted(facts.subject_objects(p)):
            for b in sorted(facts.objects(s, q)):
                try:
                    bad = a.toPython() >= b.toPython() if strict else a.toPython() > b.toPython()
                except TypeError:
                    bad = True
                if bad:
                    rows.append(ValidationRow(label=_short(s), focus=str(s), path=_short(p),
                                              message=f"{_short(p)} is after {_short(q)} in the current view",
                                              value=f"{_short(a)} > {_short(b)}"))
    return rows


def replaced_claims(evidence: Graph) -> Graph:
    """The triples of claims that are not in the current view (``wsis:current false``)."""
    out = Graph()
    for st in evidence.subjects(WSIS.current, Literal(False)):
        triple = (evidence.value(st, RDF.subject), evidence.value(st, RDF.predicate), evidence.value(st, RDF.object))
        if None not in triple:
            out.add(triple)
    return out


def current_cardinality(facts: Graph) -> list[ValidationRow]:
    """Rows for a (subject, single-valued property) with more than one value in the current view."""
    from graph_builder.claims.current import functional_properties

    rows = []
    for p in sorted(functional_properties()):
        subjects = sorted({s for s in facts.subjects(p, None)})
        for s in subjects:
            values = sorted(facts.objects(s, p))
            if len(values) > 1:
                rows.append(ValidationRow(label=_short(s), focus=str(s), path=_short(p),
                                          message=f"{len(values)} current values of a single-valued property",
                                          value=", ".join(_short(v) for v in values)))
    return rows


def validate_dataset(dataset: Dataset, include_inferred: bool = True, *, engine: str = "sparql") -> ValidationReport:
    """Validate a built dataset: SHACL on the asserted graphs (+ inferred), and facts-have-statements.

    The SPARQL engine loads the graphs into a pyoxigraph store and runs :func:`validate_store`."""
    names = ASSERTED_GRAPHS + (("inferred",) if include_inferred else ())
    if engine == "pyshacl":
        data = Graph()
        for name in names:
            for triple in dataset.graph(GRAPH[name]):
                data.add(triple)
        ontology = dataset.graph(GRAPH["ontology"])
        return validate_parts(data, ontology if len(ontology) else None, dataset.graph(GRAPH["facts"]),
                              dataset.graph(GRAPH["evidence"]), engine=engine)
    _check_engine(engine)
    ontology = dataset.graph(GRAPH["ontology"])
    return validate_graphs({name: graph_triples(dataset.graph(GRAPH[name])) for name in names},
                           ontology if len(ontology) else None, include_inferred=include_inferred)


def validate_graphs(graphs: dict, ontology: Graph | None = None, *, include_inferred: bool = True) -> ValidationReport:
    """:func:`validate_store` on rdflib triples: ``graphs`` maps graph names (``structure``, ``entities``, …) to
    their triples; ``ontology`` gives the class hierarchy (``ontology/*.ttl`` when None). The graphs are
    loaded into a fresh in-memory store."""
    store = ox.Store()
    for name, triples in graphs.items():
        store.extend(_quads(triples, _graph_node(name)))
    return _validate_store(store, include_inferred, None, None, _subclass_triples(ontology))


def graph_triples(graph: Graph):
    """The triples of one named graph of an rdflib Dataset.

    rdflib's in-memory store answers ``graph.triples(...)`` by working out, for every triple, all the graphs
    that hold it (most of the cost of copying a build into a pyoxigraph store); its own per-graph index has the
    same set. Any other store, or another layout of that index, is read the ordinary way.
    """
    index = getattr(graph.store, "_Memory__contextTriples", None)
    if isinstance(index, dict):
        found = index.get(f"{type(graph.identifier).__name__}:{graph.identifier}")
        if isinstance(found, set):
            return found
    return graph.triples((None, None, None))


def validate_parts(data: Graph, ontology: Graph | None, facts: Graph, evidence: Graph, *,
                   engine: str = "sparql") -> ValidationReport:
    """:func:`validate` on ``data`` (with the replaced claims of ``evidence``) plus the checks of facts and
    claims (:func:`facts_without_statement`, :func:`current_cardinality`, :func:`current_order`)."""
    if engine == "pyshacl":
        for triple in replaced_claims(evidence):
            data.add(triple)
        report = validate(data, ontology, engine=engine)
        missing = [replace(row, label=node_label(data, URIRef(row.focus)))
                   for row in facts_without_statement(facts, evidence) + current_cardinality(facts)
                   + current_order(facts)]
        if missing:
            report = ValidationReport(conforms=False, rows=sorted(report.rows + missing))
        return report
    _check_engine(engine)
    store = ox.Store()
    store.extend(_quads(data, _graph_node("structure")))
    store.extend(_quads(facts, _graph_node("facts")))
    store.extend(_quads(evidence, _graph_node("evidence")))
    return _validate_store(store, False, None, None, _subclass_triples(ontology))


def read_build_store(path: Path) -> ox.Store:
    """A build's TriG (or N-Quads) file in an in-memory pyoxigraph store, for :func:`validate_store`."""
    path = Path(path)
    if not path.is_file():
        raise WsisError(f"{path}: not found (run `wsiskg build` first, or pass --data)")
    fmt = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.TRIG
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise WsisError(f"{path}: not valid {fmt.name}: {str(exc).splitlines()[0]}") from None
    return store


# ---------------------------------------------------------------------------------------------
# The SPARQL engine: compiled shapes, rdflib -> store, results -> rows
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompiledShapes:
    checks: list  # graph_builder.shacl.compile.Check
    order: list[tuple[URIRef, URIRef, bool]]  # current_order_constraints of the same shapes


_COMPILED: dict[str, CompiledShapes] = {}


def compiled_checks(shapes: Graph | None = None) -> CompiledShapes:
    """The shapes of ``shapes/`` (or ``shapes``) per claim (:func:`per_claim`) compiled to SPARQL; compiled once
    per content of the shapes files (and of ``shapes``)."""
    from graph_builder.shacl.compile import compile_shapes

    digest = hashlib.sha256()
    for path in sorted(paths.shapes_dir().glob("*.ttl")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    if shapes is not None:
        for line in sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in shapes):
            digest.update(line.encode() + b"\n")
    key = digest.hexdigest()
    if key not in _COMPILED:
        graph = load_shapes() if shapes is None else shapes
        _COMPILED[key] = CompiledShapes(compile_shapes(per_claim(lift_property_shapes(graph))),
                                        current_order_constraints(graph))
    return _COMPILED[key]


_SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))


def _graph_node(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(GRAPH[name]))


def _quads(triples, graph: ox.NamedNode) -> list[ox.Quad]:
    """rdflib triples as pyoxigraph quads in ``graph``.

    Each distinct IRI and literal is converted once, found again by its text (rdflib's own term hash is
    several times slower than a string's, and a build has about six triples per distinct term)."""
    from graph_builder.exports.quads import _to_ox

    iris: dict[str, ox.NamedNode] = {}
    literals: dict[tuple, ox.Literal] = {}

    def term(t):
        kind = type(t)
        if kind is URIRef:
            text = str(t)
            found = iris.get(text)
            if found is None:
                found = iris[text] = _to_ox(t, "validation")
            return found
        if kind is Literal:
            key = (str(t), t.language, t.datatype)
            found = literals.get(key)
            if found is None:
                found = literals[key] = _to_ox(t, "validation")
            return found
        return _to_ox(t, "validation")

    return [ox.Quad(term(s), term(p), term(o), graph) for s, p, o in triples]


def _subclass_triples(ontology: Graph | None) -> list[ox.Triple]:
    if ontology is None:
        return _file_subclass_triples()
    return [ox.Triple(q.subject, q.predicate, q.object)
            for q in _quads(ontology.triples((None, RDFS.subClassOf, None)), ox.DefaultGraph())]


_ONTOLOGY_SUBCLASSES: dict[str, list] = {}


def _file_subclass_triples() -> list[ox.Triple]:
    """The ``rdfs:subClassOf`` triples of ``ontology/*.ttl`` (parsed once per content of the files)."""
    digest = hashlib.sha256()
    for path in sorted(paths.ontology_dir().glob("*.ttl")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    key = digest.hexdigest()
    if key not in _ONTOLOGY_SUBCLASSES:
        _ONTOLOGY_SUBCLASSES[key] = _subclass_triples(load_ontology())
    return _ONTOLOGY_SUBCLASSES[key]


def _current_results(store: ox.Store, order) -> list[tuple]:
    """(focus, path, value text, message) of the checks of facts and claims, on graph/facts and graph/evidence."""
    from graph_builder.claims.current import functional_properties
    from graph_builder.query.terms import from_oxigraph
    from graph_builder.shacl import current

    facts, evidence = _graph_node("facts"), _graph_node("evidence")
    out = []
    for s, p, o in current.facts_without_statement(store, facts, evidence):
        out.append((s, p.value, _short(from_oxigraph(o)),
                    "fact has no wsis:Statement with wsis:evidence in graph/evidence"))
    for s, p, values in current.current_cardinality(store, facts, functional_properties()):
        terms = sorted(from_oxigraph(v) for v in values)
        out.append((s, p.value, ", ".join(_short(v) for v in terms),
                    f"{len(terms)} current values of a single-valued property"))
    for s, p, q, a, b in current.current_order(store, facts, order):
        out.append((s, str(p), f"{_short(from_oxigraph(a))} > {_short(from_oxigraph(b))}",
                    f"{_short(URIRef(p))} is after {_short(URIRef(q))} in the current view"))
    return out


def _result_rows(store: ox.Store, view, results, extra: list[tuple] = ()) -> list[ValidationRow]:
    """Rows for SHACL results and then for the ``extra`` (focus, path, value text, message) ones, labelled
    like :func:`node_label` over the validated union."""
    from graph_builder.query.terms import from_oxigraph

    labels = _labels(store, view, {r.focus for r in results} | {e[0] for e in extra})
    rows = [
        ValidationRow(
            label=labels[r.focus],
            focus=str(from_oxigraph(r.focus)),
            path=_short(URIRef(r.path)) if r.path is not None else "",
            message=r.outcome.message,
            severity=r.outcome.severity,
            value=_short(from_oxigraph(r.value)) if r.value is not None else "",
            component=r.outcome.component,
        )
        for r in results
    ]
    rows += [ValidationRow(label=labels[focus], focus=str(from_oxigraph(focus)), path=_short(URIRef(path)),
                           message=message, value=value)
             for focus, path, value, message in extra]
    return rows


_LABEL_PROPERTIES = (RDFS.label, WSIS.locator, WSIS.label)


def _labels(store: ox.Store, view, nodes) -> dict:
    """:func:`node_label` of each node, read from the store."""
    from graph_builder.query.terms import from_oxigraph

    iris = sorted(n.value for n in nodes if isinstance(n, ox.NamedNode))
    found: dict = {}
    properties = " ".join(f"<{p}>" for p in _LABEL_PROPERTIES)
    for start in range(0, len(iris), 500):
        values = " ".join(f"<{iri}>" for iri in iris[start:start + 500])
        text = f"SELECT DISTINCT ?n ?p ?v WHERE {{ VALUES ?n {{ {values} }} VALUES ?p {{ {properties} }} ?n ?p ?v }}"
        for sol in query_view(store, text, view):
            found.setdefault((sol["n"].value, sol["p"].value), []).append(from_oxigraph(sol["v"]))
    labels = {}
    for node in nodes:
        labels[node] = _short(from_oxigraph(node))
        for prop in _LABEL_PROPERTIES:
            values = found.get((getattr(node, "value", None), str(prop)), [])
            english = [v for v in values if isinstance(v, Literal) and v.language == "en"]
            chosen = sorted(english) or sorted(values)
            if chosen:
                labels[node] = str(chosen[0])
                break
    return labels


def facts_without_statement(facts: Graph, evidence: Graph) -> list[ValidationRow]:
    """Rows for fact triples that have no ``wsis:Statement`` (rdf:subject/predicate/object) with evidence."""
    stated = set()
    for st in evidence.subjects(RDF.type, WSIS.Statement):
        if evidence.value(st, WSIS.evidence) is None:
            continue  # the SHACL statement shape reports statements without evidence
        triple = (evidence.value(st, RDF.subject), evidence.value(st, RDF.predicate), evidence.value(st, RDF.object))
        stated.add(triple)
    rows = []
    for s, p, o in facts:
        if (s, p, o) not in stated:
            rows.append(
                ValidationRow(
                    label=_short(s),
                    focus=str(s),
                    path=_short(p),
                    message="fact has no wsis:Statement with wsis:evidence in graph/evidence",
                    value=_short(o),
                )
            )
    return rows


def _rows(results: Graph, data: Graph) -> list[ValidationRow]:
    rows = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        rows.append(
            ValidationRow(
                label=node_label(data, focus),
                focus=str(focus),
                path=_short(path) if path is not None else "",
                message=messages[0] if messages else _short(results.value(result, SH.sourceConstraintComponent)),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                value=_short(value) if value is not None else "",
                component=_short_sh(results.value(result, SH.sourceConstraintComponent)),
            )
        )
    return rows


def _short_sh(term) -> str:
    return "sh:" + str(term)[len(str(SH)):] if term is not None and str(term).startswith(str(SH)) else _short(term)


def node_label(data: Graph, node) -> str:
    """A human name for a node: its English label, else its locator, else its printed label, else its IRI."""
    for prop in (RDFS.label, WSIS.locator, WSIS.label):
        values = list(data.objects(node, prop))
        english = [v for v in values if isinstance(v, Literal) and v.language == "en"]
        for v in sorted(english) or sorted(values):
            return str(v)
    return _short(node)


def _short(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if text.startswith(str(ns)) and len(text) > len(str(ns)):
                return f"{prefix}:{text[len(str(ns)):]}"
        return f"<{text}>"
    if isinstance(term, Literal):
        text = str(term)
        text = text if len(text) <= 60 else text[:57] + "..."
        return f'"{text}"' + (f"@{term.language}" if term.language else (f"^^{_short(term.datatype)}" if term.datatype else ""))
    return str(term)

"""SHACL shapes compiled to SPARQL SELECT queries (SHACL Core and SHACL-SPARQL, https://www.w3.org/TR/shacl/).

:func:`compile_shapes` turns a shapes graph into a list of :class:`Check`: a SPARQL SELECT whose solutions are
validation results when it runs with the data graph as its default graph, and what a solution means
(constraint component, result path, message, severity).

Supported, with the semantics of the SHACL recommendation:

- targets: ``sh:targetClass`` (instances of the class and of its ``rdfs:subClassOf*`` sub-classes in the data
  graph), ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``, ``sh:targetNode``; shapes reached through
  ``sh:property`` from a targeted node shape;
- paths: one predicate IRI;
- value components: ``sh:class``, ``sh:datatype`` (ill-typed literals fail), ``sh:nodeKind``, ``sh:in``,
  ``sh:hasValue``, ``sh:pattern`` (with ``sh:flags``), ``sh:minLength``, ``sh:maxLength``, ``sh:languageIn``,
  ``sh:minInclusive``, ``sh:maxInclusive``, ``sh:minExclusive``, ``sh:maxExclusive``, ``sh:node``, ``sh:or``,
  ``sh:and``, ``sh:not``, ``sh:xone``;
- per focus node: ``sh:minCount``, ``sh:maxCount``, ``sh:uniqueLang``, ``sh:lessThan``,
  ``sh:lessThanOrEquals``, ``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount``/``sh:qualifiedMaxCount``,
  and SELECT-based constraints (``sh:sparql`` / ``sh:select``, ``$this`` pre-bound);
- ``sh:message``, ``sh:severity``, ``sh:deactivated``.

Anything else in the ``sh:`` namespace on a shape raises :class:`UnsupportedShape` when compiling, so a shape
is never silently skipped. Shapes nested inside ``sh:or``/``sh:and``/``sh:not``/``sh:xone``/``sh:node``/
``sh:qualifiedValueShape`` become SPARQL boolean expressions; there the counts are limited to
``sh:minCount 1`` and ``sh:maxCount 0`` (what an ``EXISTS`` can say).

The data graph may be the union of several named graphs, where one triple can occur more than once: every
query is ``DISTINCT`` and counts are ``COUNT(DISTINCT …)``, so each triple counts once, as in an RDF merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import count

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from graph_builder.errors import WsisError


class UnsupportedShape(WsisError):
    """A shape uses a SHACL feature this compiler does not translate."""


@dataclass(frozen=True)
class Outcome:
    """What a solution of a check reports."""

    component: str  # "sh:MinCountConstraintComponent"
    message: str
    severity: str = "Violation"  # local name of sh:Violation / sh:Warning / sh:Info
    path: str | None = None  # the result path (an IRI) of a property shape
    value_is_focus: bool = False  # node-level constraint: the value node is the focus node


@dataclass(frozen=True)
class Check:
    """One SPARQL SELECT and how its solutions map to results.

    ``mode`` ``"each"``: every solution (``?this``, optional ``?value``, ``?path``) is a result of
    ``outcomes[0]``. ``"ok"``: solutions bind ``?okN`` booleans, each false one is a result of ``outcomes[N]``.
    ``"count"``: solutions bind ``?n``; ``bounds[N]`` (``("min", k)`` or ``("max", k)``) says when it is a
    result of ``outcomes[N]``.
    """

    sparql: str
    outcomes: tuple[Outcome, ...]
    mode: str = "each"
    bounds: tuple[tuple[str, int], ...] = field(default=())
    shape: str = ""  # the shape it comes from, for error messages and tests


_RDF_TYPE = f"<{RDF.type}>"

# Class membership follows rdfs:subClassOf in the data graph. Rather than a property path evaluated for every
# value node, a check names the class with a marker that :func:`render` replaces, when the checks run, by the
# class and its sub-classes in the data graph (which the store answers once per run).
_MARKER = re.compile(r"%%SUBCLASSES<([^>]*)>(SPACE|COMMA)%%")


def subclasses_marker(cls: str, separator: str) -> str:
    return f"%%SUBCLASSES{cls}{'SPACE' if separator == ' ' else 'COMMA'}%%"


def marked_classes(sparql: str) -> set[str]:
    """The class IRIs whose sub-classes ``sparql`` needs."""
    return {m.group(1) for m in _MARKER.finditer(sparql)}


def render(sparql: str, subclasses: dict[str, set[str]]) -> str:
    """``sparql`` with each class marker replaced by the class and its sub-classes (``subclasses[iri]``)."""
    def expand(m: re.Match) -> str:
        iris = sorted({m.group(1)} | subclasses.get(m.group(1), set()))
        return (" " if m.group(2) == "SPACE" else ", ").join(f"<{iri}>" for iri in iris)

    return _MARKER.sub(expand, sparql)


#: Datatypes whose lexical forms SPARQL casts check (a literal that does not cast is ill-typed).
_CASTABLE = frozenset(
    str(d) for d in (XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.date, XSD.dateTime,
                     XSD.time, XSD.gYear, XSD.gYearMonth, XSD.duration, XSD.dayTimeDuration,
                     XSD.yearMonthDuration)
)

_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(!isLiteral({v}))",
    SH.BlankNodeOrLiteral: "(!isIRI({v}))",
    SH.IRIOrLiteral: "(!isBlank({v}))",
}

_COMPARISONS = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}

#: Predicates on a shape that are not constraints (or are read together with the one they belong to).
_NOT_CONSTRAINTS = frozenset({
    SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.path, SH.property,
    SH.message, SH.severity, SH.deactivated, SH.name, SH.description, SH.order, SH.group, SH.defaultValue,
    SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint,
})
_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)


def compile_shapes(shapes: Graph) -> list[Check]:
    """Every check of every targeted shape of ``shapes`` (named shapes in IRI order)."""
    if (None, RDF.type, SH.ConstraintComponent) in shapes:
        raise UnsupportedShape("shapes: SPARQL-based constraint components (sh:ConstraintComponent) are not supported")
    compiler = _Compiler(shapes)
    targeted = sorted({s for p in _TARGETS for s in shapes.subjects(p, None)}, key=str)
    checks: list[Check] = []
    for shape in targeted:
        if compiler.deactivated(shape):
            continue
        target = compiler.target(shape)
        checks += compiler.shape_checks(shape, target)
        if shapes.value(shape, SH.path) is None:
            for prop in sorted(shapes.objects(shape, SH.property), key=str):
                if not compiler.deactivated(prop):
                    checks += compiler.shape_checks(prop, target)
    return checks


class _Compiler:
    def __init__(self, shapes: Graph) -> None:
        self.g = shapes
        self._fresh = count()

    # -- helpers -------------------------------------------------------------------------------------

    def var(self, stem: str) -> str:
        return f"?{stem}{next(self._fresh)}"

    def name(self, node) -> str:
        if isinstance(node, URIRef):
            try:
                return self.g.namespace_manager.normalizeUri(node)
            except Exception:  # a namespace rdflib cannot abbreviate
                return f"<{node}>"
        return f"[{node}]"

    def fail(self, shape, what: str) -> UnsupportedShape:
        return UnsupportedShape(f"shape {self.name(shape)}: {what} is not supported by the SPARQL validator")

    def term(self, shape, node) -> str:
        """A parameter value as SPARQL text."""
        from graph_builder.query.terms import to_sparql

        if isinstance(node, BNode):
            raise self.fail(shape, "a blank node as a parameter value")
        try:
            return to_sparql(node)
        except WsisError as exc:
            raise self.fail(shape, f"the value {node!r} ({exc})") from None

    def items(self, shape, node) -> list:
        if node == RDF.nil:
            return []
        if not isinstance(node, (BNode, URIRef)) or self.g.value(node, RDF.first) is None:
            raise self.fail(shape, "a parameter that should be an RDF list and is not one")
        return list(Collection(self.g, node))

    def one_int(self, shape, param) -> int | None:
        values = list(self.g.objects(shape, param))
        if not values:
            return None
        if len(values) > 1 or not isinstance(values[0], Literal) or not isinstance(values[0].toPython(), int):
            raise self.fail(shape, f"{self.name(param)} other than one integer")
        return int(values[0].toPython())

    def deactivated(self, shape) -> bool:
        return any(isinstance(v, Literal) and v.toPython() is True for v in self.g.objects(shape, SH.deactivated))

    def path(self, shape) -> URIRef | None:
        paths = list(self.g.objects(shape, SH.path))
        if not paths:
            return None
        if len(paths) > 1 or not isinstance(paths[0], URIRef):
            raise self.fail(shape, "a sh:path other than one predicate IRI")
        return paths[0]

    def messages(self, shape) -> list[str]:
        return sorted(str(m) for m in self.g.objects(shape, SH.message))

    def severity(self, shape) -> str:
        value = self.g.value(shape, SH.severity)
        return str(value).rsplit("#", 1)[-1] if value is not None else "Violation"

    def outcome(self, shape, component: str, generic: str, extra_messages: list[str] = (),
                value_is_focus: bool = False) -> Outcome:
        messages = self.messages(shape)
        messages = sorted(set(messages) | set(extra_messages)) or [generic]
        path = self.path(shape)
        return Outcome(component=f"sh:{component}", message=messages[0], severity=self.severity(shape),
                       path=str(path) if path is not None else None, value_is_focus=value_is_focus)

    def check_known(self, shape, allowed: frozenset) -> None:
        for p in set(self.g.predicates(shape, None)):
            if str(p).startswith(str(SH)) and p not in allowed and p not in _NOT_CONSTRAINTS:
                raise self.fail(shape, self.name(p))

    # -- targets -------------------------------------------------------------------------------------

    def target(self, shape) -> str:
        """A group binding ``?this`` to each focus node once."""
        parts = []
        for cls in sorted(self.g.objects(shape, SH.targetClass), key=str):
            t = self.var("t")
            parts.append(f"{{ VALUES {t} {{ {subclasses_marker(self.term(shape, cls), ' ')} }} ?this {_RDF_TYPE} {t} }}")
        for p in sorted(self.g.objects(shape, SH.targetSubjectsOf), key=str):
            parts.append(f"{{ ?this {self.term(shape, p)} {self.var('o')} }}")
        for p in sorted(self.g.objects(shape, SH.targetObjectsOf), key=str):
            parts.append(f"{{ {self.var('s')} {self.term(shape, p)} ?this }}")
        nodes = sorted(self.g.objects(shape, SH.targetNode), key=str)
        if nodes:
            parts.append("{ VALUES ?this { " + " ".join(self.term(shape, n) for n in nodes) + " } }")
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(parts) + " } }"

    # -- value conditions: true when a value node conforms -------------------------------------------

    def value_conditions(self, shape, v: str) -> list[tuple[str, str]]:
        """(component, SPARQL boolean that is true when ``v`` conforms) for each value constraint of ``shape``.
        Every expression is total (an error counts as not conforming)."""
        g = self.g
        out: list[tuple[str, str]] = []
        for cls in sorted(g.objects(shape, SH["class"]), key=str):
            t = self.var("c")
            out.append(("ClassConstraintComponent",
                        f"EXISTS {{ {v} {_RDF_TYPE} {t} FILTER({t} IN ({subclasses_marker(self.term(shape, cls), ', ')})) }}"))
        for dt in g.objects(shape, SH.datatype):
            out.append(("DatatypeConstraintComponent", self.datatype(shape, dt, v)))
        for kind in g.objects(shape, SH.nodeKind):
            if kind not in _NODE_KINDS:
                raise self.fail(shape, f"sh:nodeKind {self.name(kind)}")
            out.append(("NodeKindConstraintComponent", _NODE_KINDS[kind].format(v=v)))
        for lst in g.objects(shape, SH["in"]):
            terms = [f"sameTerm({v}, {self.term(shape, t)})" for t in self.items(shape, lst)]
            out.append(("InConstraintComponent", "(" + (" || ".join(terms) or "false") + ")"))
        for pattern in g.objects(shape, SH.pattern):
            flags = g.value(shape, SH.flags)
            args = self.term(shape, Literal(str(pattern))) + (
                f", {self.term(shape, Literal(str(flags)))}" if flags is not None else "")
            out.append(("PatternConstraintComponent", f"(!isBlank({v}) && COALESCE(REGEX(STR({v}), {args}), false))"))
        for param, op, name in ((SH.minLength, ">=", "MinLength"), (SH.maxLength, "<=", "MaxLength")):
            n = self.one_int(shape, param)
            if n is not None:
                out.append((f"{name}ConstraintComponent", f"(!isBlank({v}) && STRLEN(STR({v})) {op} {n})"))
        for lst in g.objects(shape, SH.languageIn):
            tags = [f"langMatches(LANG({v}), {self.term(shape, Literal(str(t)))})" for t in self.items(shape, lst)]
            out.append(("LanguageInConstraintComponent",
                        f"COALESCE(isLiteral({v}) && (" + (" || ".join(tags) or "false") + "), false)"))
        for param, op in _COMPARISONS.items():
            for bound in g.objects(shape, param):
                name = self.name(param).split(":", 1)[-1]
                out.append((f"{name[0].upper()}{name[1:]}ConstraintComponent",
                            f"COALESCE({v} {op} {self.term(shape, bound)}, false)"))
        for node in g.objects(shape, SH.node):
            out.append(("NodeConstraintComponent", self.conforms(node, v)))
        for param, name, joiner in ((SH["or"], "Or", " || "), (SH["and"], "And", " && ")):
            for lst in g.objects(shape, param):
                members = [self.conforms(m, v) for m in self.items(shape, lst)]
                empty = "false" if joiner == " || " else "true"
                out.append((f"{name}ConstraintComponent", "(" + (joiner.join(members) or empty) + ")"))
        for lst in g.objects(shape, SH.xone):
            members = [f"IF({self.conforms(m, v)}, 1, 0)" for m in self.items(shape, lst)]
            out.append(("XoneConstraintComponent", "((" + (" + ".join(members) or "0") + ") = 1)"))
        for node in g.objects(shape, SH["not"]):
            out.append(("NotConstraintComponent", f"(!{self.conforms(node, v)})"))
        return out

    _VALUE_PARAMS = frozenset({
        SH["class"], SH.datatype, SH.nodeKind, SH["in"], SH.pattern, SH.minLength, SH.maxLength, SH.languageIn,
        *_COMPARISONS, SH.node, SH["or"], SH["and"], SH.xone, SH["not"],
    })

    def datatype(self, shape, dt, v: str) -> str:
        if not isinstance(dt, URIRef):
            raise self.fail(shape, "a sh:datatype that is not an IRI")
        if dt == RDF.langString:
            return f"COALESCE(isLiteral({v}) && LANG({v}) != \"\", false)"
        if dt == RDFS.Literal:
            return f"isLiteral({v})"
        d = self.term(shape, dt)
        if str(dt) in _CASTABLE:  # well-formed: the lexical form casts to the datatype
            return f"COALESCE(isLiteral({v}) && DATATYPE({v}) = {d} && DATATYPE({d}(STR({v}))) = {d}, false)"
        return f"COALESCE(isLiteral({v}) && DATATYPE({v}) = {d}, false)"

    def conforms(self, shape, v: str) -> str:
        """A SPARQL boolean: ``v`` conforms to ``shape`` (used inside sh:or, sh:node, … and qualified shapes)."""
        if self.deactivated(shape):
            return "true"
        path = self.path(shape)
        allowed = self._VALUE_PARAMS | {SH.hasValue} | ({SH.minCount, SH.maxCount} if path is not None else set())
        self.check_known(shape, allowed)
        parts = []
        if path is None:
            parts += [expr for _c, expr in self.value_conditions(shape, v)]
            for value in self.g.objects(shape, SH.hasValue):
                parts.append(f"sameTerm({v}, {self.term(shape, value)})")
        else:
            p = self.term(shape, path)
            x = self.var("x")
            inner = [expr for _c, expr in self.value_conditions(shape, x)]
            if inner:
                parts.append(f"NOT EXISTS {{ {v} {p} {x} FILTER(!({' && '.join(inner)})) }}")
            low, high = self.one_int(shape, SH.minCount), self.one_int(shape, SH.maxCount)
            if low not in (None, 0, 1) or high not in (None, 0):
                raise self.fail(shape, "a count other than sh:minCount 1 or sh:maxCount 0 in a nested shape")
            if low == 1:
                parts.append(f"EXISTS {{ {v} {p} {self.var('x')} }}")
            if high == 0:
                parts.append(f"NOT EXISTS {{ {v} {p} {self.var('x')} }}")
            for value in self.g.objects(shape, SH.hasValue):
                parts.append(f"EXISTS {{ {v} {p} {self.term(shape, value)} }}")
        for prop in self.g.objects(shape, SH.property):
            parts.append(self.conforms(prop, v))
        return "(" + (" && ".join(parts) or "true") + ")"

    # -- checks of one targeted shape ----------------------------------------------------------------

    def shape_checks(self, shape, target: str) -> list[Check]:
        path = self.path(shape)
        if path is None:
            self.check_known(shape, self._VALUE_PARAMS | {SH.hasValue, SH.sparql})
            return self.node_checks(shape, target)
        if (shape, SH.property, None) in self.g:
            raise self.fail(shape, "sh:property on a property shape")
        self.check_known(shape, self._VALUE_PARAMS | {
            SH.hasValue, SH.minCount, SH.maxCount, SH.uniqueLang, SH.lessThan, SH.lessThanOrEquals,
            SH.qualifiedValueShape, SH.sparql, SH.equals, SH.disjoint})
        for unsupported in (SH.equals, SH.disjoint):
            if (shape, unsupported, None) in self.g:
                raise self.fail(shape, self.name(unsupported))
        p = self.term(shape, path)
        key = str(shape)
        checks = []
        conditions = self.value_conditions(shape, "?value")
        if conditions:
            oks = [f"?ok{i}" for i in range(len(conditions))]
            binds = " ".join(f"BIND({expr} AS {ok})" for (_c, expr), ok in zip(conditions, oks))
            sparql = (f"SELECT DISTINCT ?this ?value {' '.join(oks)} WHERE {{ {target} {_pairs(p, '?value')} {binds} "
                      f"FILTER({' || '.join('!' + ok for ok in oks)}) }}")
            outcomes = tuple(self.outcome(shape, c, self.generic(shape, c)) for c, _e in conditions)
            checks.append(Check(sparql, outcomes, mode="ok", shape=key))
        low, high = self.one_int(shape, SH.minCount), self.one_int(shape, SH.maxCount)
        if low or high is not None:
            checks.append(self.count_check(shape, target, p, None, low or None, high,
                                           ("MinCountConstraintComponent", "MaxCountConstraintComponent")))
        for qshape in self.g.objects(shape, SH.qualifiedValueShape):
            disjoint = self.g.value(shape, SH.qualifiedValueShapesDisjoint)
            if disjoint is not None and disjoint.toPython() is True:
                raise self.fail(shape, "sh:qualifiedValueShapesDisjoint true")
            qlow, qhigh = self.one_int(shape, SH.qualifiedMinCount), self.one_int(shape, SH.qualifiedMaxCount)
            checks.append(self.count_check(shape, target, p, self.conforms(qshape, "?x"), qlow, qhigh,
                                           ("QualifiedMinCountConstraintComponent",
                                            "QualifiedMaxCountConstraintComponent")))
        for value in self.g.objects(shape, SH.hasValue):
            sparql = f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {p} {self.term(shape, value)} }} }}"
            checks.append(Check(sparql, (self.outcome(shape, "HasValueConstraintComponent", "Missing expected value"),),
                                shape=key))
        for flag in self.g.objects(shape, SH.uniqueLang):
            if not (isinstance(flag, Literal) and flag.toPython() is True):
                continue
            sparql = (f"SELECT DISTINCT ?this ?lang WHERE {{ {target} ?this {p} ?a . ?this {p} ?b . "
                      "FILTER(!sameTerm(?a, ?b) && COALESCE(LANG(?a) != \"\" && LCASE(LANG(?a)) = LCASE(LANG(?b)), false)) "
                      "BIND(LCASE(LANG(?a)) AS ?lang) }")
            checks.append(Check(sparql, (self.outcome(shape, "UniqueLangConstraintComponent",
                                                      "More than one String shares the same Language"),), shape=key))
        for param, op, name in ((SH.lessThan, "<", "LessThan"), (SH.lessThanOrEquals, "<=", "LessThanOrEquals")):
            for other in self.g.objects(shape, param):
                sparql = (f"SELECT DISTINCT ?this ?value ?other WHERE {{ {target} {_pairs(p, '?value')} "
                          f"{_pairs(self.term(shape, other), '?other')} FILTER(!COALESCE(?value {op} ?other, false)) }}")
                checks.append(Check(sparql, (self.outcome(shape, f"{name}ConstraintComponent",
                                                          f"Value is not {op} value of {self.name(other)}"),),
                                    shape=key))
        checks += self.sparql_checks(shape, target)
        return checks

    def node_checks(self, shape, target: str) -> list[Check]:
        key = str(shape)
        checks = []
        conditions = self.value_conditions(shape, "?this")
        for value in self.g.objects(shape, SH.hasValue):
            conditions.append(("HasValueConstraintComponent", f"sameTerm(?this, {self.term(shape, value)})"))
        if conditions:
            oks = [f"?ok{i}" for i in range(len(conditions))]
            binds = " ".join(f"BIND({expr} AS {ok})" for (_c, expr), ok in zip(conditions, oks))
            sparql = (f"SELECT DISTINCT ?this {' '.join(oks)} WHERE {{ {target} {binds} "
                      f"FILTER({' || '.join('!' + ok for ok in oks)}) }}")
            outcomes = tuple(self.outcome(shape, c, self.generic(shape, c), value_is_focus=True) for c, _e in conditions)
            checks.append(Check(sparql, outcomes, mode="ok", shape=key))
        checks += self.sparql_checks(shape, target)
        return checks

    def count_check(self, shape, target: str, p: str, condition: str | None, low: int | None, high: int | None,
                    components: tuple[str, str]) -> Check:
        """``?n`` distinct values (satisfying ``condition`` on ``?x``) per focus node, kept when out of bounds."""
        having, bounds, outcomes = [], [], []
        if low:
            having.append(f"?n < {low}")
            bounds.append(("min", low))
            outcomes.append(self.outcome(shape, components[0], f"Less than {low} values"))
        if high is not None:
            having.append(f"?n > {high}")
            bounds.append(("max", high))
            outcomes.append(self.outcome(shape, components[1], f"More than {high} values"))
        if not having:
            raise self.fail(shape, "a qualified value shape without sh:qualifiedMinCount or sh:qualifiedMaxCount")
        filt = f" FILTER({condition})" if condition else ""
        counts = f"{{ SELECT ?this (COUNT(DISTINCT ?x) AS ?c) WHERE {{ ?this {p} ?x{filt} }} GROUP BY ?this }}"
        if low:  # focus nodes without any value count too
            body = f"{target} OPTIONAL {counts} BIND(COALESCE(?c, 0) AS ?n)"
        else:
            body = f"{counts} {target} BIND(?c AS ?n)"
        sparql = f"SELECT ?this ?n WHERE {{ {body} FILTER({' || '.join(having)}) }}"
        return Check(sparql, tuple(outcomes), mode="count", bounds=tuple(bounds), shape=str(shape))

    def sparql_checks(self, shape, target: str) -> list[Check]:
        checks = []
        for constraint in self.g.objects(shape, SH.sparql):
            if self.deactivated(constraint):
                continue
            for p in set(self.g.predicates(constraint, None)):
                if str(p).startswith(str(SH)) and p not in (SH.select, SH.message, SH.deactivated):
                    raise self.fail(shape, f"{self.name(p)} in a SPARQL-based constraint")
            selects = list(self.g.objects(constraint, SH.select))
            if len(selects) != 1:
                raise self.fail(shape, "a SPARQL-based constraint without exactly one sh:select")
            sparql = _inject_target(str(selects[0]), target)
            if sparql is None:
                raise self.fail(shape, "this form of sh:select (expected PREFIX… SELECT … WHERE { … })")
            extra = [str(m) for m in self.g.objects(constraint, SH.message)]
            if any("{" in m for m in extra + self.messages(shape)):
                raise self.fail(shape, "a message template ({?var}) in a SPARQL-based constraint")
            outcome = self.outcome(shape, "SPARQLConstraintComponent", "SPARQL constraint violated", extra,
                                   value_is_focus=self.path(shape) is None)
            checks.append(Check(sparql, (outcome,), shape=str(shape)))
        return checks

    def generic(self, shape, component: str) -> str:
        """pyshacl's wording when a shape has no sh:message (for the simple components)."""
        g = self.g
        if component == "NodeKindConstraintComponent":
            return f"Value is not of Node Kind {self.name(g.value(shape, SH.nodeKind))}"
        if component == "ClassConstraintComponent":
            return f"Value does not have class {self.name(g.value(shape, SH['class']))}"
        if component == "DatatypeConstraintComponent":
            return f"Value is not Literal with datatype {self.name(g.value(shape, SH.datatype))}"
        return f"{component[:-len('ConstraintComponent')]} constraint not met"


def _pairs(p: str, value: str) -> str:
    """``?this p value`` as a sub-select: joined to the focus nodes by hashing, not one lookup per focus node
    in every graph of the data graph (several times faster on a large union)."""
    return f"{{ SELECT ?this {value} WHERE {{ ?this {p} {value} }} }}"


_SELECT = re.compile(r"^\s*(?P<prologue>(?:PREFIX\s+[^\s:]*:\s*<[^>]*>\s*)*)SELECT\s+(?P<distinct>DISTINCT\s+)?"
                     r"(?P<projection>.*?)\s*WHERE\s*\{(?P<body>.*)\}\s*$", re.I | re.S)


def _inject_target(text: str, target: str) -> str | None:
    """The SELECT of a SPARQL-based constraint with its focus nodes joined in (``$this`` pre-bound), or None."""
    match = _SELECT.match(text)
    if match is None:
        return None
    if re.search(r"\$(PATH|currentShape|shapesGraph)\b", text) or re.search(r"[?$]failure\b", text):
        return None
    body = re.sub(r"\$(\w+)", r"?\1", match.group("body"))
    projection = re.sub(r"\$(\w+)", r"?\1", match.group("projection"))
    if projection.strip() != "*" and not re.search(r"\?this\b", projection):
        projection = "?this " + projection
    return f"{match.group('prologue')}SELECT DISTINCT {projection} WHERE {{ {target} {body} }}"

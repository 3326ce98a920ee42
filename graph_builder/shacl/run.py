"""Run compiled SHACL checks (:mod:`.compile`) on a pyoxigraph store.

The data graph SHACL sees is the union (RDF merge) of chosen named graphs, passed to each query as its
default graph, plus a temporary named graph (:func:`data_view`) holding what the validated graphs need
beyond themselves: the ontology's ``rdfs:subClassOf`` triples (``sh:targetClass`` and ``sh:class`` follow
sub-classes in the data graph) and the triples of replaced claims (validated with the facts for their
datatypes, value lists and classes; docs/MODEL.md 'Claims'). It is removed when the run ends, so the store is
left as it was.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator

import pyoxigraph as ox

from graph_builder.errors import WsisError
from graph_builder.rdf.namespaces import GRAPH
from graph_builder.shacl.compile import Check, Outcome, render

#: The temporary graph of :func:`data_view`.
VIEW_GRAPH = ox.NamedNode(str(GRAPH["validation-view"]))

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_WSIS = "https://w3id.org/wsiskg/ontology#"


@dataclass(frozen=True)
class Result:
    """One validation result: focus node, result path (IRI text or None), value node or None, what is wrong."""

    focus: object
    path: str | None
    value: object
    outcome: Outcome


@dataclass(frozen=True)
class View:
    """The data graph of a run: the union of ``graphs``, or (None) of every graph of the store."""

    graphs: tuple[ox.NamedNode, ...] | None


@contextmanager
def data_view(store: ox.Store, graphs: Iterable[ox.NamedNode], *, evidence: ox.NamedNode | None = None,
              ontology: ox.NamedNode | None = None, subclass_triples: Iterable[ox.Triple] = ()
              ) -> Iterator[View]:
    """The default graph for the checks: ``graphs`` plus a temporary graph with the replaced claims of
    ``evidence`` and the ``rdfs:subClassOf`` triples of ``ontology`` (or ``subclass_triples``)."""
    if store.contains_named_graph(VIEW_GRAPH):
        raise WsisError(f"validation: the store already has a graph <{VIEW_GRAPH.value}>")
    view = f"<{VIEW_GRAPH.value}>"
    try:
        if evidence is not None:
            store.update(
                f"INSERT {{ GRAPH {view} {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{evidence.value}> {{ "
                f"?st <{_WSIS}current> false ; <{_RDF}subject> ?s ; <{_RDF}predicate> ?p ; <{_RDF}object> ?o }} }}"
            )
        if ontology is not None:
            store.update(
                f"INSERT {{ GRAPH {view} {{ ?a <{_RDFS}subClassOf> ?b }} }} "
                f"WHERE {{ GRAPH <{ontology.value}> {{ ?a <{_RDFS}subClassOf> ?b }} }}"
            )
        store.extend(ox.Quad(t.subject, t.predicate, t.object, VIEW_GRAPH) for t in subclass_triples)
        view = (*graphs, VIEW_GRAPH)
        yield View(None if _only(store, view) else view)
    finally:
        store.remove_graph(VIEW_GRAPH)


def _only(store: ox.Store, view: tuple[ox.NamedNode, ...]) -> bool:
    """Whether the store holds nothing but the graphs of ``view`` (then every query can read the store's
    union of graphs, which Oxigraph answers with one index lookup instead of one per graph)."""
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        return False
    return set(store.named_graphs()) <= set(view)


def query(store: ox.Store, sparql: str, view: View):
    """``sparql`` with the data graph of ``view`` (from :func:`data_view`) as its default graph."""
    if view.graphs is None:
        return store.query(sparql, use_default_graph_as_union=True)
    return store.query(sparql, default_graph=list(view.graphs))


def run_checks(store: ox.Store, checks: list[Check], view: View) -> list[Result]:
    """Every result of every check on the data graph of ``view``."""
    subclasses = _subclasses(store, view)
    results: list[Result] = []
    for check in checks:
        try:
            solutions = query(store, render(check.sparql, subclasses), view)
        except (SyntaxError, OSError, ValueError) as exc:
            raise WsisError(f"shape {check.shape}: its SPARQL check fails: {str(exc).splitlines()[0]}") from None
        if check.mode == "ok":
            for sol in solutions:
                this = sol["this"]
                value = sol["value"]
                for i, outcome in enumerate(check.outcomes):
                    ok = sol[f"ok{i}"]
                    if ok is None or ok.value != "true":
                        results.append(Result(this, outcome.path, this if outcome.value_is_focus else value, outcome))
        elif check.mode == "count":
            for sol in solutions:
                n = int(sol["n"].value)
                for (kind, limit), outcome in zip(check.bounds, check.outcomes):
                    if (kind == "min" and n < limit) or (kind == "max" and n > limit):
                        results.append(Result(sol["this"], outcome.path, None, outcome))
        else:
            (outcome,) = check.outcomes
            for sol in solutions:
                this, value, path = sol["this"], sol["value"], sol["path"]
                if value is None and outcome.value_is_focus:
                    value = this
                results.append(Result(this, path.value if isinstance(path, ox.NamedNode) else outcome.path,
                                      value, outcome))
    return results


def _subclasses(store: ox.Store, view: View) -> dict[str, set[str]]:
    """Each class IRI of the data graph -> its named sub-classes (``rdfs:subClassOf+``; a chain may pass
    through blank nodes)."""
    direct: dict = {}
    text = f"SELECT DISTINCT ?sub ?sup WHERE {{ ?sub <{_RDFS}subClassOf> ?sup }}"
    for sol in query(store, text, view):
        direct.setdefault(sol["sup"], set()).add(sol["sub"])
    closure: dict[str, set[str]] = {}
    for cls in direct:
        if not isinstance(cls, ox.NamedNode):
            continue
        seen: set = set()
        todo = [cls]
        while todo:
            for sub in direct.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        closure[cls.value] = {s.value for s in seen if isinstance(s, ox.NamedNode)}
    return closure

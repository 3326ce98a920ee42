"""The build: corpus -> structure -> entities -> facts -> RDF -> reasoning -> validation -> exports.

Each stage is a module of its own; this file only runs them in order, times them, and writes the build
folder atomically (nothing is written unless every stage, validation included, succeeded).

The RDF stages put pyoxigraph quads into one in-memory ``pyoxigraph.Store`` (``BuildResult.store``);
reasoning, validation (SHACL compiled to SPARQL) and every export read that store. An rdflib Dataset of
the same quads (``BuildResult.dataset``) is built only when a caller asks for it.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
from rdflib import Dataset, Graph

from graph_builder.corpus import load_corpus
from graph_builder.rdf.namespaces import GRAPH_NAMES, PREFIXES, graph_iri
from graph_builder.structure import parse_document


@dataclass
class StageTime:
    name: str
    seconds: float
    peak_mb: float


@dataclass
class BuildResult:
    documents: list
    store: ox.Store
    rule_counts: dict[str, int]
    warnings: list[str]
    stages: list[StageTime] = field(default_factory=list)
    validation: object = None
    _dataset: Dataset | None = field(default=None, init=False, repr=False)
    _quads: list | None = field(default=None, init=False, repr=False)

    @property
    def dataset(self) -> Dataset:
        """The quads of :attr:`store` as an rdflib Dataset, built on first access (about 2 s on the
        bundled corpus): for callers that use rdflib; the build itself never does."""
        if self._dataset is None:
            self._dataset = dataset_of(self.store)
        return self._dataset

    def sorted_quads(self) -> list[ox.Quad]:
        """Every quad of the store once, blank nodes relabelled, sorted: the input of every export."""
        if self._quads is None:
            from graph_builder.exports.quads import canonical

            self._quads = canonical(list(self.store))
        return self._quads

    def triples(self, name: str) -> int:
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri(name)))))


class _Timer:
    def __init__(self, result_stages: list[StageTime], progress: Callable[[str], None] | None) -> None:
        self.stages = result_stages
        self.progress = progress

    def run(self, name: str, fn: Callable, *args, **kwargs):
        if self.progress:
            self.progress(f"{name} …")
        t0 = time.perf_counter()
        # What earlier stages built lives until the build ends: keep it out of the collector's full passes,
        # which otherwise re-scan the dictionaries, the documents and the quads again and again (1.5-3 s).
        gc.freeze()
        tracing = tracemalloc.is_tracing()
        if tracing:
            tracemalloc.reset_peak()
        out = fn(*args, **kwargs)
        peak = tracemalloc.get_traced_memory()[1] / 1e6 if tracing else 0.0
        self.stages.append(StageTime(name, time.perf_counter() - t0, peak))
        if self.progress:
            self.progress(f"{name} done in {self.stages[-1].seconds:.2f} s")
        return out


def parse_all(corpus_dir: Path) -> list:
    return [parse_document(src) for src in load_corpus(corpus_dir)]


def assemble(documents, reference, mentions, store, ontology: Graph) -> ox.Store:
    """The store with one named graph per stage (docs/MODEL.md, 'Named graphs').

    Each triple stands in exactly one named graph: a fact a rule re-states about a reference entity
    (its type, its broader action line) stays in graph/entities only; its statement and evidence are
    in graph/evidence as for every fact (:func:`place_facts`). The producers make pyoxigraph terms
    directly (about ten times cheaper than an rdflib graph converted afterwards).
    """
    from graph_builder.entities.rdf import entities_triples, mentions_triples
    from graph_builder.exports.quads import _to_ox
    from graph_builder.rdf.structure_rdf import structure_triples
    from graph_builder.rdf.terms import OX_TERMS

    facts, evidence = store.ox_triples()
    entities = entities_triples(reference, OX_TERMS)
    parts = {
        "ontology": [tuple(_to_ox(term, "ontology") for term in t) for t in ontology],
        "structure": structure_triples(documents, OX_TERMS),
        "entities": entities,
        "mentions": mentions_triples(mentions, documents, OX_TERMS),
        "facts": place_fact_triples(facts, entities),
        "evidence": evidence,
    }
    out = ox.Store()
    for name in list(parts):
        graph = ox.NamedNode(str(graph_iri(name)))
        out.extend(ox.Quad(s, p, o, graph) for s, p, o in parts.pop(name))  # each stage's list freed once stored
    return out


def place_facts(facts: Graph, entities: Graph) -> Graph:
    """The fact triples that belong in graph/facts: those not already in graph/entities."""
    for t in [t for t in facts if t in entities]:
        facts.remove(t)
    return facts


def place_fact_triples(facts: list[tuple], entities: list[tuple]) -> list[tuple]:
    """:func:`place_facts` on lists of triples."""
    described = set(entities)
    return [t for t in facts if t not in described]


def build(
    corpus_dir: Path,
    data_dir: Path | None,
    *,
    validate: bool = True,
    reason: bool = True,
    progress: Callable[[str], None] | None = None,
    jobs: int | None = None,
    release_dictionaries: bool = False,
    **streaming_options,
) -> BuildResult:
    """Run the whole pipeline; write the build folder ``data_dir`` (None: write nothing).

    ``jobs`` (an int) switches to the streaming build of :mod:`graph_builder.streaming`: documents one by
    one over that many processes into an on-disk store, for corpora too large for one in-memory graph.
    The default (None) is the in-memory build with every export. ``streaming_options`` (``cache``,
    ``scheduler``) go to the streaming build. ``release_dictionaries`` lets the in-memory build drop jieba's
    dictionaries once the facts are extracted (a process that builds once: the exports reuse the memory;
    a later build in the same process loads them again).
    """
    if jobs is not None:
        from graph_builder.streaming import build_streaming

        return build_streaming(Path(corpus_dir), None if data_dir is None else Path(data_dir), jobs=jobs,
                               validate=validate, reason=reason, progress=progress, **streaming_options)
    try:
        return _build(corpus_dir, data_dir, validate=validate, reason=reason, progress=progress,
                      release_dictionaries=release_dictionaries)
    finally:
        gc.unfreeze()  # what the stages froze is collectable again once the build is done


def _build(corpus_dir: Path, data_dir: Path | None, *, validate: bool, reason: bool,
           progress: Callable[[str], None] | None, release_dictionaries: bool = False) -> BuildResult:
    """The in-memory build of :func:`build`."""
    from graph_builder.entities.linker import find_all_mentions
    from graph_builder.entities.reference import load_reference
    from graph_builder.facts import extract
    from graph_builder.rdf.ontology import load_ontology

    stages: list[StageTime] = []
    t = _Timer(stages, progress)
    documents = t.run("parse", parse_all, Path(corpus_dir))
    reference = t.run("entities", load_reference)
    mentions = t.run("mentions", find_all_mentions, [d.source for d in documents], reference)
    fact_store = t.run("facts", extract, documents, reference, mentions)
    if release_dictionaries:
        from graph_builder.entities import segment

        segment.release()
        gc.unfreeze()  # the released modules are cycles among objects the stages froze
        gc.collect()
    ontology = load_ontology()
    store = t.run("rdf", assemble, documents, reference, mentions, fact_store, ontology)
    result = BuildResult(documents, store, dict(fact_store.counts_by_rule()),
                         [w for d in documents for w in d.warnings], stages)
    del mentions, fact_store, reference  # the store holds what they made; the exports reuse their memory
    if reason:
        t.run("reasoning", _reason, store, ontology)
    if validate:
        from graph_builder.validation import source_namer, validate_store

        report = t.run("validation", validate_store, store)
        result.validation = report
        report.raise_if_failed(source_namer({d.source.doc_id: str(d.source.path) for d in documents},
                                            _UnionView(store)))
    if data_dir is not None:
        t.run("exports", write_build, result, Path(data_dir))
    return result


def _reason(store: ox.Store, ontology: Graph) -> None:
    from graph_builder.reasoning import infer_store

    store.extend(infer_store(store, ontology))


class _UnionView:
    """``subjects(p, o)`` and ``objects(s, p)`` of rdflib terms over every graph of a store (what naming
    the input file of a failed validation needs)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def subjects(self, predicate, obj):
        from graph_builder.query.terms import from_oxigraph, to_oxigraph

        for q in self.store.quads_for_pattern(None, to_oxigraph(predicate), to_oxigraph(obj), None):
            yield from_oxigraph(q.subject)

    def objects(self, subject, predicate):
        from graph_builder.query.terms import from_oxigraph, to_oxigraph

        for q in self.store.quads_for_pattern(to_oxigraph(subject), to_oxigraph(predicate), None, None):
            yield from_oxigraph(q.object)


def dataset_of(store: ox.Store) -> Dataset:
    """An rdflib Dataset of every quad of ``store`` (named graphs as in the store, the project's prefixes)."""
    from graph_builder.query.terms import from_oxigraph

    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    graphs: dict[str, Graph] = {}
    for q in store:
        name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        target = graphs.get(name)
        if target is None:
            target = graphs[name] = ds.graph(from_oxigraph(q.graph_name)) if name else ds.default_graph
        target.add((from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object)))
    for name in GRAPH_NAMES:  # an empty stage still has its named graph, as when the build made the Dataset
        if str(graph_iri(name)) not in graphs and name != "inferred":
            ds.graph(graph_iri(name))
    return ds


def write_build(result: BuildResult, data_dir: Path) -> None:
    """Write every export into a fresh temporary folder, then move the files into ``data_dir``.

    A failure before the move leaves ``data_dir`` as it was (principle 6). What the writers made is left
    frozen for the collector (``gc.freeze``) until :func:`build` returns and unfreezes it.
    """
    from graph_builder.exports import write_quads
    from graph_builder.reports import write_discrepancies, write_reports
    from graph_builder.viz import write_viz

    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".wsiskg-build-", dir=data_dir))
    # The writers build large acyclic structures (the index, the JSON-LD tree, the pages' data): the
    # collector's passes over them find nothing to free and cost about 1.5 s, so it pauses meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # the reports first: they query the store, and what their answers leave behind is reused by the
        # sorted quads and the index below instead of adding to the peak
        write_reports(result, tmp)
        write_discrepancies(result, tmp, result.store)
        quads = result.sorted_quads()  # once for the exports and the pictures
        write_quads(quads, tmp)
        write_viz(quads, tmp / "viz")
        for path in sorted(tmp.rglob("*")):
            if path.is_file():
                dest = data_dir / path.relative_to(tmp)
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, dest)
    finally:
        if collecting:
            gc.freeze()  # else the first collection after the pause scans everything the exports made
            gc.enable()
        shutil.rmtree(tmp, ignore_errors=True)

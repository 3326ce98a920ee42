"""The build: corpus -> structure -> entities -> facts -> RDF -> reasoning -> validation -> exports.

Each stage is a module of its own; this file only runs them in order, times them, and writes the build
folder atomically (nothing is written unless every stage, validation included, succeeded).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from rdflib import Dataset, Graph

from graph_builder.corpus import load_corpus
from graph_builder.rdf.namespaces import PREFIXES, graph_iri
from graph_builder.structure import parse_document


@dataclass
class StageTime:
    name: str
    seconds: float
    peak_mb: float


@dataclass
class BuildResult:
    documents: list
    dataset: Dataset
    rule_counts: dict[str, int]
    warnings: list[str]
    stages: list[StageTime] = field(default_factory=list)
    validation: object = None

    def triples(self, name: str) -> int:
        return len(self.dataset.graph(graph_iri(name)))


class _Timer:
    def __init__(self, result_stages: list[StageTime], progress: Callable[[str], None] | None) -> None:
        self.stages = result_stages
        self.progress = progress

    def run(self, name: str, fn: Callable, *args, **kwargs):
        if self.progress:
            self.progress(f"{name} …")
        t0 = time.perf_counter()
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


def assemble(documents, reference, mentions, store, ontology: Graph) -> Dataset:
    """The dataset with one named graph per stage (docs/MODEL.md, 'Named graphs').

    Each triple stands in exactly one named graph: a fact a rule re-states about a reference entity
    (its type, its broader action line) stays in graph/entities only; its statement and evidence are
    in graph/evidence as for every fact (:func:`place_facts`).
    """
    from graph_builder.entities.rdf import entities_graph, mentions_graph
    from graph_builder.rdf.structure_rdf import structure_graph

    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    facts, evidence = store.graphs()
    entities = entities_graph(reference)
    parts = {
        "ontology": ontology,
        "structure": structure_graph(documents),
        "entities": entities,
        "mentions": mentions_graph(mentions, documents),
        "facts": place_facts(facts, entities),
        "evidence": evidence,
    }
    for name, g in parts.items():
        target = ds.graph(graph_iri(name))
        for t in g:
            target.add(t)
    return ds


def place_facts(facts: Graph, entities: Graph) -> Graph:
    """The fact triples that belong in graph/facts: those not already in graph/entities."""
    for t in [t for t in facts if t in entities]:
        facts.remove(t)
    return facts


def build(
    corpus_dir: Path,
    data_dir: Path | None,
    *,
    validate: bool = True,
    reason: bool = True,
    progress: Callable[[str], None] | None = None,
    jobs: int | None = None,
    **streaming_options,
) -> BuildResult:
    """Run the whole pipeline; write the build folder ``data_dir`` (None: write nothing).

    ``jobs`` (an int) switches to the streaming build of :mod:`graph_builder.streaming`: documents one by
    one over that many processes into an on-disk store, for corpora too large for one in-memory graph.
    The default (None) is the in-memory build with every export. ``streaming_options`` (``cache``,
    ``scheduler``) go to the streaming build.
    """
    if jobs is not None:
        from graph_builder.streaming import build_streaming

        return build_streaming(Path(corpus_dir), None if data_dir is None else Path(data_dir), jobs=jobs,
                               validate=validate, reason=reason, progress=progress, **streaming_options)
    from graph_builder.entities.linker import find_all_mentions
    from graph_builder.entities.reference import load_reference
    from graph_builder.facts import extract
    from graph_builder.rdf.ontology import load_ontology

    stages: list[StageTime] = []
    t = _Timer(stages, progress)
    documents = t.run("parse", parse_all, Path(corpus_dir))
    reference = t.run("entities", load_reference)
    mentions = t.run("mentions", find_all_mentions, [d.source for d in documents], reference)
    store = t.run("facts", extract, documents, reference, mentions)
    ontology = load_ontology()
    dataset = t.run("rdf", assemble, documents, reference, mentions, store, ontology)
    result = BuildResult(documents, dataset, dict(store.counts_by_rule()),
                         [w for d in documents for w in d.warnings], stages)
    if reason:
        t.run("reasoning", _reason, dataset, ontology)
    if validate:
        from graph_builder.validation import source_namer, validate_dataset

        report = t.run("validation", validate_dataset, dataset)
        result.validation = report
        report.raise_if_failed(source_namer({d.source.doc_id: str(d.source.path) for d in documents}, dataset))
    if data_dir is not None:
        t.run("exports", write_build, result, Path(data_dir))
    return result


def _reason(ds: Dataset, ontology: Graph) -> None:
    from graph_builder.reasoning import infer_dataset

    target = ds.graph(graph_iri("inferred"))
    for t in infer_dataset(ds, ontology):
        target.add(t)


def write_build(result: BuildResult, data_dir: Path) -> None:
    """Write every export into a fresh temporary folder, then move the files into ``data_dir``.

    A failure before the move leaves ``data_dir`` as it was (principle 6).
    """
    from graph_builder.exports import write_quads
    from graph_builder.exports.quads import from_rdflib
    from graph_builder.reports import write_discrepancies, write_reports
    from graph_builder.viz import write_viz

    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".wsiskg-build-", dir=data_dir))
    try:
        quads = from_rdflib(result.dataset)  # once for the exports and the pictures (about 1 s)
        write_quads(quads, tmp)
        write_viz(quads, tmp / "viz")
        write_reports(result, tmp)
        write_discrepancies(result, tmp, quads)
        for path in sorted(tmp.rglob("*")):
            if path.is_file():
                dest = data_dir / path.relative_to(tmp)
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

"""The streaming build for large corpora: ``wsiskg build --jobs N`` ("Scaling").

The in-memory build (:func:`graph_builder.pipeline.build`) holds the whole dataset in one rdflib graph,
about 1.3 KB per triple: fine for the bundled texts, not for the whole WSIS archive. This build keeps
only one document in memory per process:

1. every document goes, in a worker process (``jobs`` of them), through parse -> mentions -> facts ->
   RDF -> reasoning -> validation on its own, and comes back as N-Quads bytes;
2. the main process loads the ontology, the entities and each document's quads into an on-disk Oxigraph
   store (a set: a fact stated in two documents becomes one statement with two evidence records, as in
   the in-memory build, because statement IRIs are hashes of the triple);
3. the exports are dumped from the store (``wsis.nq``, ``wsis.trig``) and the store itself is kept as
   ``DATA/oxigraph`` so ``wsiskg serve`` starts without reloading.

Per-document validation checks each document's graphs together with the entities graph (so class
constraints on entities hold), reasoning runs on the entities plus the document's facts. Each worker marks
the claims current within its document; once all are loaded, :func:`graph_builder.claims.settle.settle_current`
settles the current view across documents (a later report's date replaces an earlier plan's). Entailments
a worker drew from a claim that a later document replaced stay in graph/inferred. Rules see one
document at a time, so a rule that joins two documents finds less here than in the in-memory build;
nothing is written unless every document validated (same atomic write as the in-memory build).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from graph_builder.errors import ValidationFailed

DOC_STAGES = ("parse", "mentions", "facts", "rdf", "reasoning", "serialize", "validation")
_LOAD_BATCH_BYTES = 64 << 20  # N-Quads gathered before one bulk load into the store


@dataclass
class StreamResult:
    """What the CLI summary and the reports need; ``stages`` sums the workers' per-document seconds."""

    documents: list[str]
    rule_counts: dict[str, int]
    warnings: list[str]
    stages: list = field(default_factory=list)
    quads: int = 0
    doc_stage_seconds: dict[str, float] = field(default_factory=dict)
    structure_rows: list[str] | None = None  # reports/structure.tsv rows, in manifest order


@dataclass
class _DocOutput:
    doc_id: str
    nquads: bytes
    warnings: list[str]
    problems: list[str]
    seconds: dict[str, float]


# ------------------------------------------------------------------------------------ worker side
_STATE: dict = {}


def _init_worker(corpus_dir: str, validate: bool, reason: bool) -> None:
    """Load once per process what every document needs: reference list, ontology, shapes, entities graph."""
    from graph_builder.entities.rdf import entities_graph
    from graph_builder.entities.reference import load_reference
    from graph_builder.facts import _load_rule_modules
    from graph_builder.rdf.ontology import load_ontology

    reference = load_reference()
    ontology = load_ontology()
    _load_rule_modules()
    _STATE.update(corpus_dir=Path(corpus_dir), validate=validate, reason=reason, reference=reference,
                  ontology=ontology, entities=entities_graph(reference))
    if validate:
        from graph_builder.validation import lift_property_shapes, load_shapes

        _STATE["shapes"] = lift_property_shapes(load_shapes())


def process_document(row: dict) -> _DocOutput:
    """One document through every per-document stage; returns its quads as N-Quads (graph/* names)."""
    from graph_builder.corpus import read_source
    from graph_builder.entities.linker import find_all_mentions
    from graph_builder.entities.rdf import mentions_graph
    from graph_builder.facts import extract
    from graph_builder.rdf.structure_rdf import structure_graph
    from graph_builder.reports import structure_rows
    from graph_builder.structure import parse_document

    seconds: dict[str, float] = {}
    clock = [time.perf_counter()]

    def lap(name: str) -> None:
        now = time.perf_counter()
        seconds[name] = now - clock[0]
        clock[0] = now

    reference, ontology, entities = _STATE["reference"], _STATE["ontology"], _STATE["entities"]
    source = read_source(_STATE["corpus_dir"], row)
    doc = parse_document(source)
    lap("parse")
    mentions = find_all_mentions([source], reference)
    if reference.minted:  # entities recognised by their form: described with the document's quads
        from graph_builder.entities.rdf import minted_graph

        minted = minted_graph(reference)
        entities = entities + minted
    lap("mentions")
    store = extract([doc], reference, mentions)
    lap("facts")
    from graph_builder.pipeline import place_facts

    facts, evidence = store.graphs()
    facts = place_facts(facts, entities)
    parts = {"structure": structure_graph([doc]), "mentions": mentions_graph(mentions, [doc]),
             "facts": facts, "evidence": evidence}
    if reference.minted:
        parts["entities"] = minted
    lap("rdf")
    if _STATE["reason"]:
        parts["inferred"] = _infer(ontology, entities, parts)
    lap("reasoning")
    nquads = _nquads(parts)  # before validation, which reuses the evidence graph as its data graph
    lap("serialize")
    problems: list[str] = []
    if _STATE["validate"]:
        problems = _validate(ontology, entities, parts)
    lap("validation")
    counts = store.counts_by_rule()
    del store, parts
    out = _DocOutput(source.doc_id, nquads, list(doc.warnings), problems, seconds)
    out.rule_counts = dict(counts)  # type: ignore[attr-defined]
    out.structure_rows = structure_rows(doc)  # type: ignore[attr-defined]
    return out


class _NamedGraphs:
    """Just enough of an rdflib Dataset (``graph(iri)``) over the document's graphs: no copying."""

    def __init__(self, graphs: dict) -> None:
        from graph_builder.rdf.namespaces import graph_iri

        self._by_iri = {graph_iri(name): g for name, g in graphs.items()}

    def graph(self, iri):
        return self._by_iri[iri]


def _infer(ontology, entities, parts):
    """graph/inferred of one document: the in-memory build's reasoning input, scoped to the document."""
    from graph_builder.reasoning import infer, reasoning_input

    graphs = _NamedGraphs({"entities": entities, "facts": parts["facts"], "structure": parts["structure"]})
    inferred = infer(ontology, reasoning_input(graphs))
    others = [parts[n] for n in ("structure", "mentions", "evidence")]
    return [t for t in inferred if not any(t in g for g in others)]


def _validate(ontology, entities, parts) -> list[str]:
    """What ``validate_dataset`` checks, on one document's graphs plus the entities (shapes compiled once)."""
    from graph_builder.validation import validate_graphs

    report = validate_graphs({**parts, "entities": entities}, ontology)
    return [f"{r.label} {r.path}: {r.message}" for r in report.violations]


def _nquads(parts: dict) -> bytes:
    from graph_builder.exports.quads import _to_ox
    from graph_builder.rdf.namespaces import graph_iri

    quads = []
    for name, triples in parts.items():
        g = ox.NamedNode(str(graph_iri(name)))
        for s, p, o in triples:
            quads.append(ox.Quad(_to_ox(s, name), _to_ox(p, name), _to_ox(o, name), g))
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def _graph_nquads(name: str, triples) -> bytes:
    return _nquads({name: triples})


# ------------------------------------------------------------------------------------ main side
def build_streaming(
    corpus_dir: Path,
    data_dir: Path | None,
    *,
    jobs: int = 1,
    validate: bool = True,
    reason: bool = True,
    progress: Callable[[str], None] | None = None,
) -> StreamResult:
    """Build ``corpus_dir`` document by document over ``jobs`` processes into an on-disk store."""
    from graph_builder.corpus import read_manifest
    from graph_builder.pipeline import StageTime

    say = progress or (lambda msg: None)
    corpus_dir = Path(corpus_dir)
    rows = read_manifest(corpus_dir)
    jobs = max(1, min(int(jobs), len(rows)))
    stages: list[StageTime] = []
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix=".wsiskg-stream-", dir=_scratch_parent(data_dir)))
    try:
        store = ox.Store(str(work / "oxigraph"))
        t0 = time.perf_counter()
        _init_worker(str(corpus_dir), validate, reason)
        _load_shared(store)
        stages.append(StageTime("ontology+entities", time.perf_counter() - t0, _rss_mb()))

        t0 = time.perf_counter()
        counts: Counter = Counter()
        warnings: list[str] = []
        structure: dict[str, list[str]] = {}
        doc_seconds: Counter = Counter()
        pending: list[bytes] = []
        pending_size = 0
        problems: list[str] = []
        done = 0
        for out in _run(rows, corpus_dir, jobs, validate, reason):
            done += 1
            doc_seconds.update(out.seconds)
            warnings += out.warnings
            counts.update(out.rule_counts)
            structure[out.doc_id] = out.structure_rows
            problems += [f"{out.doc_id}: {p}" for p in out.problems]
            pending.append(out.nquads)
            pending_size += len(out.nquads)
            if pending_size >= _LOAD_BATCH_BYTES:
                store.bulk_load(b"".join(pending), format=ox.RdfFormat.N_QUADS)
                pending, pending_size = [], 0
            if done % max(1, len(rows) // 20) == 0 or done == len(rows):
                say(f"documents {done}/{len(rows)} in {time.perf_counter() - t0:.1f} s")
        if pending:
            store.bulk_load(b"".join(pending), format=ox.RdfFormat.N_QUADS)
        stages.append(StageTime("documents", time.perf_counter() - t0, _rss_mb()))
        if problems:
            raise ValidationFailed(f"validation: {len(problems)} SHACL violation(s); first: {problems[0]}")
        t0 = time.perf_counter()
        from graph_builder.claims.settle import settle_current

        settle_current(store, rows)
        stages.append(StageTime("current view", time.perf_counter() - t0, _rss_mb()))

        result = StreamResult([r["id"] for r in rows], dict(sorted(counts.items())), warnings, stages,
                              doc_stage_seconds=dict(doc_seconds))
        result.structure_rows = [line for r in rows for line in structure.get(r["id"], [])]
        t0 = time.perf_counter()
        store.optimize()
        result.quads = len(store)
        stages.append(StageTime("store", time.perf_counter() - t0, _rss_mb()))
        if data_dir is not None:
            t0 = time.perf_counter()
            _write(store, work, Path(data_dir), result)
            del store  # closes the store before its folder moves
            _move_store(work, Path(data_dir))
            stages.append(StageTime("exports", time.perf_counter() - t0, _rss_mb()))
        say(f"streaming build: {len(rows)} documents, {result.quads} quads in {time.perf_counter() - started:.1f} s")
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _scratch_parent(data_dir: Path | None) -> str | None:
    """Scratch space next to the build folder, so the final moves are renames on one file system."""
    if data_dir is None:
        return None
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    return str(data_dir)


def _run(rows: list[dict], corpus_dir: Path, jobs: int, validate: bool, reason: bool):
    """Per-document outputs in manifest order (``imap`` keeps order, so the run is deterministic)."""
    if jobs == 1:
        for row in rows:
            yield process_document(row)
        return
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    # maxtasksperchild bounds what a worker can accumulate (rdflib caches, interned terms).
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(str(corpus_dir), validate, reason),
                  maxtasksperchild=200) as pool:
        yield from pool.imap(process_document, rows, chunksize=1)


def _load_shared(store: ox.Store) -> None:
    """graph/ontology, graph/entities and the entities' own entailments (once, not once per document)."""
    data = _graph_nquads("ontology", _STATE["ontology"]) + _graph_nquads("entities", _STATE["entities"])
    if _STATE["reason"]:
        from graph_builder.reasoning import infer

        data += _graph_nquads("inferred", infer(_STATE["ontology"], _STATE["entities"]))
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)


def _write(store: ox.Store, work: Path, data_dir: Path, result: StreamResult) -> None:
    """Dump the exports into ``work/out`` and move them, with the store, into ``data_dir``."""
    from graph_builder.reports import write_reports

    out = work / "out"
    out.mkdir()
    store.dump(output=str(out / "wsis.nq"), format=ox.RdfFormat.N_QUADS)
    store.dump(output=str(out / "wsis.trig"), format=ox.RdfFormat.TRIG)
    write_reports(result, out)
    from graph_builder.claims.discrepancies import write_tsv

    write_tsv(store, out / "reports" / "discrepancies.tsv")
    from graph_builder.entities.rdf import untranslated_tsv_from_store

    (out / "reports" / "untranslated.tsv").write_text(untranslated_tsv_from_store(store), encoding="utf-8")
    for path in sorted(out.rglob("*")):
        if path.is_file():
            dest = data_dir / path.relative_to(out)
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, dest)


def _move_store(work: Path, data_dir: Path) -> None:
    from graph_builder.server import STAMP, STORE_FOLDER, _sha1

    # The store matches the TriG just written: stamp it so `wsiskg serve` uses it as is.
    (work / "oxigraph" / STAMP).write_text(_sha1(data_dir / "wsis.trig") + "\n")
    target = data_dir / STORE_FOLDER
    if target.exists():
        shutil.rmtree(target)
    os.replace(work / "oxigraph", target)


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

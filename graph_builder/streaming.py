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
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from graph_builder.errors import ValidationFailed, WsisError

DOC_STAGES = ("parse", "mentions", "facts", "rdf", "reasoning", "serialize", "validation")
_LOAD_BATCH_BYTES = 64 << 20  # N-Quads gathered before one bulk load into the store
_INIT_LOCK = threading.Lock()
# reports/discrepancies.tsv lists every pair of disagreeing claims: quadratic in the number of documents that
# state the same thing (30 variants of one report: minutes). Beyond this many documents it is not written;
# queries/discrepancies.rq on DATA/oxigraph (wsiskg serve) gives the pairs about a subject.
DISCREPANCY_REPORT_MAX_DOCUMENTS = 20


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
    reused: list[str] | None = None  # documents taken from the extraction cache (None: cache off)


@dataclass
class _DocOutput:
    doc_id: str
    nquads: bytes
    warnings: list[str]
    problems: list[str]
    seconds: dict[str, float]
    rule_counts: dict[str, int] = field(default_factory=dict)
    structure_rows: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------ worker side
_STATE: dict = {}


def _init_worker(validate: bool, reason: bool) -> None:
    """Load once per process what every document needs: reference list, ontology, shapes, entities graph."""
    from graph_builder.entities.rdf import entities_graph
    from graph_builder.entities.reference import load_reference
    from graph_builder.facts import _load_rule_modules
    from graph_builder.rdf.ontology import load_ontology

    reference = load_reference()
    ontology = load_ontology()
    _load_rule_modules()
    _STATE.clear()
    _STATE.update(validate=validate, reason=reason, reference=reference, ontology=ontology,
                  entities=entities_graph(reference))
    if validate:
        from graph_builder.validation import compiled_checks

        compiled_checks()  # the shapes compiled to SPARQL, once (a forked worker inherits them)
    _shared_nquads()


def _ensure_worker(validate: bool, reason: bool) -> None:
    """For engines that start their own workers (Dask): load the shared state on a worker's first task."""
    with _INIT_LOCK:
        if _STATE.get("validate") != validate or _STATE.get("reason") != reason:
            _init_worker(validate, reason)


def process_remote(source, validate: bool, reason: bool) -> _DocOutput:
    """One document on a worker of a distributed engine: the shared state is loaded on first use."""
    _ensure_worker(validate, reason)
    return process_document(source)


def process_document(source) -> _DocOutput:
    """One document (a :class:`graph_builder.corpus.SourceText`) through every per-document stage; returns its
    quads as N-Quads (graph/* names). The output depends on this document only, never on the documents a
    worker did before (which is what lets the extraction cache reuse it)."""
    from rdflib import Graph

    from graph_builder.entities.linker import find_all_mentions
    from graph_builder.facts import extract
    from graph_builder.reports import structure_rows
    from graph_builder.structure import parse_document

    seconds: dict[str, float] = {}  # CPU seconds of this process per stage (wall time counts the machine's load)
    clock = [time.process_time()]

    def lap(name: str) -> None:
        now = time.process_time()
        seconds[name] = now - clock[0]
        clock[0] = now

    reference, ontology, entities = _STATE["reference"], _STATE["ontology"], _STATE["entities"]
    doc = parse_document(source)
    lap("parse")
    minted = None
    try:
        mentions = find_all_mentions([source], reference)
        lap("mentions")
        store = extract([doc], reference, mentions)
        lap("facts")
        if reference.minted:  # entities recognised by their form (by the linker or a rule): the document's own
            from graph_builder.entities.rdf import minted_graph

            minted = minted_graph(reference)
            entities = entities + minted
    finally:
        _forget_minted(reference)
    from graph_builder.doc_quads import evidence_lines, graph_lines, mention_lines, structure_lines, structure_types
    from graph_builder.pipeline import place_facts

    claims = store.claims()
    current = store.current(claims)
    facts = Graph()
    for t in current:
        facts.add(t)
    facts = place_facts(facts, entities)
    lines = {"structure": structure_lines(doc), "mentions": mention_lines(mentions, doc),
             "facts": graph_lines("facts", facts), "evidence": evidence_lines(store, claims, current)}
    if minted is not None:
        lines["entities"] = graph_lines("entities", minted)
    lap("rdf")
    if _STATE["reason"]:
        inferred = _infer(ontology, entities, facts, structure_types(doc))
        # what the list's entities entail on their own is loaded once (graph/inferred of the shared graphs)
        others = [lines[n].triples for n in ("structure", "mentions", "evidence")] + [_STATE["shared_inferred_spo"]]
        kept = graph_lines("inferred", inferred)
        kept.lines = [line for line, spo in zip(kept.lines, sorted(kept.triples)) if not any(spo in o for o in others)]
        lines["inferred"] = kept
    lap("reasoning")
    nquads = "".join(part.text() for part in lines.values()).encode("utf-8")
    lap("serialize")
    problems: list[str] = []
    if _STATE["validate"]:
        problems = _validate(nquads)
    lap("validation")
    counts = store.counts_by_rule()
    del store, lines
    return _DocOutput(source.doc_id, nquads, list(doc.warnings), problems, seconds, dict(counts),
                      structure_rows(doc))


def _forget_minted(reference) -> None:
    """Drop the entities minted while reading one document, so the next document starts from the list."""
    for key in reference.minted:
        reference.by_key.pop(key, None)
    reference.minted.clear()


class _NamedGraphs:
    """Just enough of an rdflib Dataset (``graph(iri)``) over the document's graphs: no copying."""

    def __init__(self, graphs: dict) -> None:
        from graph_builder.rdf.namespaces import graph_iri

        self._by_iri = {graph_iri(name): g for name, g in graphs.items()}

    def graph(self, iri):
        return self._by_iri[iri]


def _infer(ontology, entities, facts, structure_types) -> list:
    """graph/inferred of one document: the in-memory build's reasoning input, scoped to the document."""
    from rdflib import Graph

    from graph_builder.reasoning import infer, reasoning_input

    structure = Graph()
    for t in structure_types:
        structure.add(t)
    graphs = _NamedGraphs({"entities": entities, "facts": facts, "structure": structure})
    return list(infer(ontology, reasoning_input(graphs)))


def _validate(nquads: bytes) -> list[str]:
    """What ``validate_dataset`` checks, on one document's quads plus the shared graphs (ontology, entities and
    their entailments): both go into a small in-memory store checked by the shapes compiled to SPARQL
    (:func:`graph_builder.validation.validate_store`, compiled once per process)."""
    from graph_builder.validation import validate_store

    store = ox.Store()
    store.bulk_load(_STATE["shared_nquads"] + nquads, format=ox.RdfFormat.N_QUADS)
    report = validate_store(store)
    return [f"{r.label} {r.path}: {r.message}" for r in report.violations]


def _validate_shared() -> None:
    """The list's entities (with their entailments) validated once, before any document."""
    from graph_builder.validation import validate_store

    store = ox.Store()
    store.bulk_load(_STATE["shared_nquads"], format=ox.RdfFormat.N_QUADS)
    report = validate_store(store)
    if not report.conforms:
        raise ValidationFailed(f"validation: entities: {report.summary()}")


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
    cache: bool = True,
    scheduler: str | None = None,
) -> StreamResult:
    """Build ``corpus_dir`` document by document over ``jobs`` processes into an on-disk store.

    ``cache``: reuse the per-document output of an earlier build for every document whose text, manifest
    row and rule version are unchanged (:mod:`graph_builder.extraction_cache`). ``scheduler``: where the
    per-document stage runs (:func:`parse_scheduler`): a local process pool (default) or Dask.
    """
    from graph_builder.corpus import read_manifest, read_source
    from graph_builder.pipeline import StageTime

    say = progress or (lambda msg: None)
    corpus_dir = Path(corpus_dir)
    rows = read_manifest(corpus_dir)
    engine, address = parse_scheduler(scheduler)
    jobs = max(1, min(int(jobs), len(rows)))
    stages: list[StageTime] = []
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix=".wsiskg-stream-", dir=_scratch_parent(data_dir)))
    try:
        store = ox.Store(str(work / "oxigraph"))
        t0 = time.perf_counter()
        _init_worker(validate, reason)
        _load_shared(store)
        stages.append(StageTime("ontology+entities", time.perf_counter() - t0, _rss_mb()))

        t0 = time.perf_counter()
        sources = [read_source(corpus_dir, row) for row in rows]  # every input error before any work
        cached: dict[str, _DocOutput] = {}
        keys: dict[str, str] = {}
        entries = None
        if cache:
            from graph_builder.extraction_cache import ExtractionCache, document_key

            entries = ExtractionCache()
            for row, source in zip(rows, sources):
                keys[row["id"]] = document_key(row, source.verbatim, validate=validate, reason=reason)
                hit = entries.get(keys[row["id"]])
                if isinstance(hit, _DocOutput) and hit.doc_id == row["id"]:
                    cached[row["id"]] = hit
        todo = [s for s in sources if s.doc_id not in cached]
        computed = _run(todo, jobs, validate, reason, engine, address)
        counts: Counter = Counter()
        warnings: list[str] = []
        structure: dict[str, list[str]] = {}
        doc_seconds: Counter = Counter()
        pending: list[bytes] = []
        pending_size = 0
        problems: list[str] = []
        done = 0
        try:
            for source in sources:  # manifest order: cached outputs in place, the others as they come back
                out = cached.get(source.doc_id)
                if out is None:
                    out = next(computed)
                    doc_seconds.update(out.seconds)
                    if entries is not None:
                        entries.put(keys[out.doc_id], out)
                done += 1
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
        finally:
            computed.close()  # stops the workers when a document failed
        if pending:
            store.bulk_load(b"".join(pending), format=ox.RdfFormat.N_QUADS)
        stages.append(StageTime("documents", time.perf_counter() - t0, _rss_mb()))
        if cache:
            say(reuse_note(len(cached), len(rows)))
        if problems:
            raise ValidationFailed(f"validation: {len(problems)} SHACL violation(s); first: {problems[0]}")
        t0 = time.perf_counter()
        from graph_builder.claims.settle import settle_current

        settle_current(store, rows)
        stages.append(StageTime("current view", time.perf_counter() - t0, _rss_mb()))

        result = StreamResult([r["id"] for r in rows], dict(sorted(counts.items())), warnings, stages,
                              doc_stage_seconds=dict(doc_seconds))
        result.reused = sorted(cached) if cache else None
        result.structure_rows = [line for r in rows for line in structure.get(r["id"], [])]
        t0 = time.perf_counter()
        store.optimize()
        result.quads = len(store)
        stages.append(StageTime("store", time.perf_counter() - t0, _rss_mb()))
        if data_dir is not None:
            t0 = time.perf_counter()
            if len(rows) > DISCREPANCY_REPORT_MAX_DOCUMENTS:
                say(f"reports/discrepancies.tsv not written for {len(rows)} documents (every pair of disagreeing "
                    "claims): run queries/discrepancies.rq on the store for the subjects of interest")
            _write(store, work, Path(data_dir), result)
            del store  # closes the store before its folder moves
            _move_store(work, Path(data_dir))
            stages.append(StageTime("exports", time.perf_counter() - t0, _rss_mb()))
        say(f"streaming build: {len(rows)} documents, {result.quads} quads in {time.perf_counter() - started:.1f} s")
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def reuse_note(reused: int, total: int) -> str:
    """The line a build prints about the extraction cache: 'reused 2 of 3 documents'."""
    return f"reused {reused} of {total} documents"


def parse_scheduler(scheduler: str | None) -> tuple[str, str | None]:
    """``None``/``local``: a local process pool; ``dask``: a local Dask cluster of ``jobs`` processes;
    ``dask://HOST:PORT`` (or ``tcp://HOST:PORT``): the Dask scheduler at that address."""
    value = (scheduler or "local").strip()
    if value == "local":
        return "local", None
    if value == "dask":
        return "dask", None
    for prefix in ("dask://", "tcp://"):
        if value.startswith(prefix) and len(value) > len(prefix):
            return "dask", "tcp://" + value[len(prefix):]
    raise WsisError(f"--scheduler {value}: expected 'local', 'dask' or 'dask://HOST:PORT'")


def _scratch_parent(data_dir: Path | None) -> str | None:
    """Scratch space next to the build folder, so the final moves are renames on one file system."""
    if data_dir is None:
        return None
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    return str(data_dir)


def _run(sources: list, jobs: int, validate: bool, reason: bool, engine: str = "local", address: str | None = None):
    """Per-document outputs in the order of ``sources`` (so the run is deterministic)."""
    if not sources:
        return
    if engine == "dask":
        from graph_builder.distributed import run_on_dask

        yield from run_on_dask(sources, jobs, validate, reason, address)
        return
    if jobs == 1:
        for source in sources:
            yield process_document(source)
        return
    fork = os.name == "posix"
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    # A forked worker inherits the state this process already loaded; a spawned one loads it.
    # maxtasksperchild bounds what a worker can accumulate (rdflib caches, interned terms).
    init = {} if fork else {"initializer": _init_worker, "initargs": (validate, reason)}
    with ctx.Pool(jobs, maxtasksperchild=200, **init) as pool:
        yield from pool.imap(process_document, sources, chunksize=1)


def _load_shared(store: ox.Store) -> None:
    """graph/ontology, graph/entities and the entities' own entailments (once, not once per document)."""
    if _STATE["validate"]:
        _validate_shared()
    store.bulk_load(_STATE["shared_nquads"], format=ox.RdfFormat.N_QUADS)


def _shared_nquads() -> None:
    """graph/ontology, graph/entities and the entities' own entailments as N-Quads, kept in ``_STATE``: the
    store starts from them and every document is validated with them."""
    data = _graph_nquads("ontology", _STATE["ontology"]) + _graph_nquads("entities", _STATE["entities"])
    if _STATE["reason"]:
        from graph_builder.reasoning import infer

        from graph_builder.doc_quads import graph_lines

        _STATE["shared_inferred"] = infer(_STATE["ontology"], _STATE["entities"])
        data += _graph_nquads("inferred", _STATE["shared_inferred"])
        _STATE["shared_inferred_spo"] = graph_lines("inferred", _STATE["shared_inferred"]).triples
    _STATE["shared_nquads"] = data


def _write(store: ox.Store, work: Path, data_dir: Path, result: StreamResult) -> None:
    """Dump the exports into ``work/out`` and move them, with the store, into ``data_dir``."""
    from graph_builder.reports import write_reports

    out = work / "out"
    out.mkdir()
    store.dump(output=str(out / "wsis.nq"), format=ox.RdfFormat.N_QUADS)
    store.dump(output=str(out / "wsis.trig"), format=ox.RdfFormat.TRIG)
    write_reports(result, out)
    if len(result.documents) <= DISCREPANCY_REPORT_MAX_DOCUMENTS:
        from graph_builder.claims.discrepancies import write_tsv

        write_tsv(store, out / "reports" / "discrepancies.tsv")
    from graph_builder.entities.rdf import untranslated_tsv_from_store

    (out / "reports" / "untranslated.tsv").write_text(untranslated_tsv_from_store(store), encoding="utf-8")
    report_written = (out / "reports" / "discrepancies.tsv").exists()
    for path in sorted(out.rglob("*")):
        if path.is_file():
            dest = data_dir / path.relative_to(out)
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, dest)
    stale = data_dir / "reports" / "discrepancies.tsv"
    if not report_written and stale.exists():
        stale.unlink()  # an earlier build's report would describe other data


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

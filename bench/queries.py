"""Saved queries on the embedded store (pyoxigraph) versus rdflib's SPARQL engine.

Both engines load the same build (``wsis.trig``); every saved query runs with the example parameters of
its header (bound the way ``wsiskg query`` binds them), ``repeat`` times after one warm-up run; the p50 of
each and their ratio are returned. The store classes are the ones the CLI uses.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from graph_builder.query import params as param_rules
from graph_builder.query import saved
from graph_builder.query.resolve import Resolver
from graph_builder.query.store import OxigraphStore, RdflibStore


def saved_with_examples(store) -> list[tuple]:
    """(query, bindings) for every saved query, its required parameters set to their examples."""
    resolve = Resolver(store)
    out = []
    for query in saved.list_queries():
        raw = {p.name: p.example for p in query.params if not p.optional}
        out.append((query, param_rules.bind(query, raw, resolve)))
    return out


def p50_ms(fn, repeat: int, budget_s: float = 3.0) -> tuple[float, object]:
    """p50 of ``repeat`` runs after a warm-up; fewer runs (at least one) when they exceed ``budget_s``."""
    t = time.perf_counter()
    result = fn()  # warm-up (and the result to compare)
    first = time.perf_counter() - t
    if first > budget_s:  # one run is figure enough (rdflib takes minutes on some queries)
        return first * 1000, result
    repeat = max(1, min(repeat, int(budget_s / max(first, 1e-6))))
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def compare(trig: Path, repeat: int, with_rdflib: bool = True) -> dict:
    """p50 per saved query on pyoxigraph and (unless ``with_rdflib`` is false: minutes on a loaded machine) rdflib."""
    t = time.perf_counter()
    ox_store = OxigraphStore(trig)
    ox_load = time.perf_counter() - t
    t = time.perf_counter()
    rdf_store = RdflibStore(trig) if with_rdflib else None
    rdf_load = time.perf_counter() - t if with_rdflib else float("nan")
    rows = []
    for query, bound in saved_with_examples(ox_store):
        o_ms, o_res = p50_ms(lambda: ox_store.run(query.text, bound), repeat)
        if rdf_store is None:
            rows.append({"query": query.name, "oxigraph_ms": o_ms, "rdflib_ms": float("nan"), "ratio": float("nan"),
                         "rows": len(o_res.rows), "same_rows": True})
            continue
        r_ms, r_res = p50_ms(lambda: rdf_store.run(query.text, bound), max(1, repeat // 2))
        same = sorted(map(repr, r_res.rows)) == sorted(map(repr, o_res.rows))
        rows.append({"query": query.name, "oxigraph_ms": o_ms, "rdflib_ms": r_ms, "ratio": r_ms / o_ms,
                     "rows": len(o_res.rows), "same_rows": same})
    return {"load_oxigraph_s": ox_load, "load_rdflib_s": rdf_load, "queries": rows}

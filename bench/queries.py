"""Saved queries on the embedded store (pyoxigraph) versus rdflib's SPARQL engine.

Both engines load the same build (``wsis.trig``); every saved query runs with the example parameters of
its header (bound the way ``wsiskg query`` binds them), ``repeat`` times after one warm-up run; the p50 of
each and their ratio are returned. The store classes are the ones the CLI uses.

    python bench/queries.py --trig BUILD/wsis.trig [--rdflib] [--repeat 20] [--only chain,event]

prints the pyoxigraph p50 of every saved query (and rdflib's with ``--rdflib``: minutes), slowest first, and
beside it the engine's own share: the same bound text iterated in pyoxigraph without turning the answers into
rdflib terms (what ``OxigraphStore.run`` adds for every row).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph_builder.query import params as param_rules  # noqa: E402
from graph_builder.query import saved  # noqa: E402
from graph_builder.query.inject import inject_values  # noqa: E402
from graph_builder.query.resolve import Resolver  # noqa: E402
from graph_builder.query.store import OxigraphStore, RdflibStore  # noqa: E402


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


def cpu_p50_ms(fn, repeat: int, budget_s: float = 2.0) -> float:
    """p50 CPU milliseconds of the calling thread (``time.thread_time``) over ``repeat`` runs after a
    warm-up: a shared machine disturbs it much less than the wall clock."""
    fn()
    times = []
    start = time.thread_time()
    for _ in range(repeat):
        t = time.thread_time()
        fn()
        times.append((time.thread_time() - t) * 1000)
        if time.thread_time() - start > budget_s and len(times) >= 3:
            break
    return statistics.median(times)


def compare(trig: Path, repeat: int, with_rdflib: bool = True, only: set[str] | None = None) -> dict:
    """p50 per saved query on pyoxigraph and (unless ``with_rdflib`` is false: minutes on a loaded machine) rdflib."""
    t = time.perf_counter()
    ox_store = OxigraphStore(trig)
    ox_load = time.perf_counter() - t
    t = time.perf_counter()
    rdf_store = RdflibStore(trig) if with_rdflib else None
    rdf_load = time.perf_counter() - t if with_rdflib else float("nan")
    rows = []
    for query, bound in saved_with_examples(ox_store):
        if only and query.name not in only:
            continue
        o_ms, o_res = p50_ms(lambda: ox_store.run(query.text, bound), repeat)
        o_cpu = cpu_p50_ms(lambda: ox_store.run(query.text, bound), repeat)
        if rdf_store is None:
            rows.append({"query": query.name, "oxigraph_ms": o_ms, "oxigraph_cpu_ms": o_cpu, "rdflib_ms": float("nan"),
                         "ratio": float("nan"), "rows": len(o_res.rows), "same_rows": True})
            continue
        r_ms, r_res = p50_ms(lambda: rdf_store.run(query.text, bound), max(1, repeat // 2))
        same = sorted(map(repr, r_res.rows)) == sorted(map(repr, o_res.rows))
        rows.append({"query": query.name, "oxigraph_ms": o_ms, "oxigraph_cpu_ms": o_cpu, "rdflib_ms": r_ms,
                     "ratio": r_ms / o_ms, "rows": len(o_res.rows), "same_rows": same})
    return {"load_oxigraph_s": ox_load, "load_rdflib_s": rdf_load, "queries": rows}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trig", type=Path, default=Path("exports/wsis.trig"))
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rdflib", action="store_true", help="also time rdflib's engine (minutes)")
    ap.add_argument("--only", default="", help="comma-separated query names")
    args = ap.parse_args(argv)
    only = {n for n in args.only.split(",") if n} or None
    q = compare(args.trig, args.repeat, with_rdflib=args.rdflib, only=only)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; pyoxigraph load {q['load_oxigraph_s']:.2f} s")
    store = OxigraphStore(args.trig)
    engine = {}
    for query, bound in saved_with_examples(store):
        if only and query.name not in only:
            continue
        text = inject_values(query.text, bound) if bound else query.text
        engine[query.name], _ = p50_ms(lambda: sum(1 for _ in store.store.query(text, use_default_graph_as_union=True)),
                                       args.repeat)
    for r in sorted(q["queries"], key=lambda r: -r["oxigraph_ms"]):
        print(f"{r['query']:<28} {r['oxigraph_ms']:>8.2f} ms (CPU {r['oxigraph_cpu_ms']:>7.2f}, engine {engine[r['query']]:>7.2f})"
              f" {r['rows']:>6} rows"
              + (f"  rdflib {r['rdflib_ms']:.1f} ms" if args.rdflib else "")
              + ("" if r["oxigraph_ms"] <= 5 else "  OVER 5 ms"))
    over = [r for r in q["queries"] if r["oxigraph_ms"] > 5]
    over_cpu = [r for r in q["queries"] if r["oxigraph_cpu_ms"] > 5]
    print(f"over 5 ms p50: {len(over)} of {len(q['queries'])} wall, {len(over_cpu)} CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

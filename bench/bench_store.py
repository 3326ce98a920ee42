"""Benchmark the embedded stores on the saved queries: rdflib in-memory Dataset vs pyoxigraph.

    python bench/bench_store.py [--data DIR] [--copies N] [--repeat R]

Loads DIR/wsis.trig (default: exports/ when built, else the test fixture) into both stores, runs every
saved query R times with its documented example parameters, and prints the median (p50) per query and
the rdflib/pyoxigraph ratio. ``--copies N`` adds N renamed copies of the data (every wsiskg IRI gets a
``copyK-`` prefix) to measure at a larger size; parameters are resolved on the original data first.
The figures are recorded in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph_builder.query import params as param_rules  # noqa: E402
from graph_builder.query import saved  # noqa: E402
from graph_builder.query.resolve import Resolver  # noqa: E402
from graph_builder.query.store import OxigraphStore, RdflibStore  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "query-fixture.trig"
_OURS = re.compile(r"<https://w3id\.org/wsiskg/(id|doc|stmt|ev)/")


def scaled_copy(trig: Path, copies: int, folder: Path) -> Path:
    """``trig`` plus ``copies`` renamed copies (graph names and ontology IRIs unchanged), as N-Quads."""
    store = ox.Store()
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    base = store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
    parts = [base] + [_OURS.sub(lambda m, k=k: f"<https://w3id.org/wsiskg/{m.group(1)}/copy{k}-", base)
                      for k in range(1, copies + 1)]
    store = ox.Store()
    store.load("".join(parts).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    out = folder / "wsis.trig"
    out.write_bytes(store.dump(format=ox.RdfFormat.TRIG))
    return out


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--copies", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    trig = args.data / "wsis.trig" if args.data else (ROOT / "exports" / "wsis.trig")
    if not trig.is_file():
        trig = FIXTURE
    original = OxigraphStore(trig)
    resolve = Resolver(original)
    bindings = {}
    for query in saved.list_queries():
        raw = {p.name: p.example for p in query.params if not p.optional}
        bindings[query.name] = (query, param_rules.bind(query, raw, resolve))

    with tempfile.TemporaryDirectory() as tmp:
        path = scaled_copy(trig, args.copies, Path(tmp)) if args.copies else trig
        load_ox, oxs = timed(lambda: OxigraphStore(path), 1)
        load_rdf, rdfs = timed(lambda: RdflibStore(path), 1)
        triples = len(oxs.store)
        print(f"data: {trig} (+{args.copies} copies) = {triples} quads; repeat {args.repeat}")
        print(f"{'load':<20} {load_rdf:>10.1f} ms {load_ox:>10.1f} ms {load_rdf / load_ox:>7.1f}x")
        print(f"{'query':<20} {'rdflib p50':>13} {'oxigraph p50':>13} {'ratio':>8}  rows")
        ratios = []
        for name, (query, bound) in bindings.items():
            r_ms, r_res = timed(lambda: rdfs.run(query.text, bound), args.repeat)
            o_ms, o_res = timed(lambda: oxs.run(query.text, bound), args.repeat)
            same = sorted(map(repr, r_res.rows)) == sorted(map(repr, o_res.rows))
            ratios.append(r_ms / o_ms)
            print(f"{name:<20} {r_ms:>10.1f} ms {o_ms:>10.1f} ms {r_ms / o_ms:>7.1f}x  {len(o_res.rows)}"
                  f"{'' if same else '  (results differ!)'}")
        print(f"{'median ratio':<20} {'':>13} {'':>13} {statistics.median(ratios):>7.1f}x")


if __name__ == "__main__":
    main()

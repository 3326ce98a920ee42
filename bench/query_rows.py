"""Rows and CPU time of every saved query for every parameter set of its header.

For each saved query the cases are its required parameters set to their examples, all parameters set to
their examples, and every ``# example:`` line of the header (``--param``, ``--as-of``, ``--all-claims``).
``--save FILE`` writes the rows of every case (JSON); ``--compare FILE`` says which cases now give other rows
(a rewrite of a query must keep them). The time is the CPU time of the calling thread (``time.thread_time``),
p50 of a few runs, which a shared machine disturbs much less than the wall clock.

    python bench/query_rows.py --save /tmp/before.json
    python bench/query_rows.py --compare /tmp/before.json [--only chain,event]
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph_builder.query import params as param_rules  # noqa: E402
from graph_builder.query import saved  # noqa: E402
from graph_builder.query.resolve import Resolver  # noqa: E402
from graph_builder.query.store import OxigraphStore  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queries import cpu_p50_ms as cpu_p50  # noqa: E402  (bench/queries.py: the same CPU p50)


def example_params(line: str) -> dict[str, str]:
    """The parameters of one ``wsiskg query NAME ...`` example line."""
    words = shlex.split(line)
    out: dict[str, str] = {}
    i = 0
    while i < len(words):
        w = words[i]
        if w == "--param" and i + 1 < len(words):
            k, _, v = words[i + 1].partition("=")
            out[k] = v
            i += 2
            continue
        if w.startswith("--param="):
            k, _, v = w[len("--param="):].partition("=")
            out[k] = v
        elif w == "--as-of" and i + 1 < len(words):
            out["as_of"] = words[i + 1]
            i += 2
            continue
        elif w.startswith("--as-of="):
            out["as_of"] = w.split("=", 1)[1]
        elif w == "--all-claims":
            out["claims"] = "all"
        i += 1
    return out


def cases(query) -> list[tuple[str, dict[str, str]]]:
    out = [("required", {p.name: p.example for p in query.params if not p.optional}),
           ("all", {p.name: p.example for p in query.params if p.example})]
    out += [(f"example {n}", example_params(line)) for n, line in enumerate(query.examples, 1)]
    seen, unique = set(), []
    for label, raw in out:
        key = json.dumps(raw, sort_keys=True)
        if key not in seen:
            seen.add(key)
            unique.append((label, raw))
    return unique


def rows_of(result) -> list[str]:
    if result.kind == "select":
        return [repr([(v, row.get(v)) for v in result.variables]) for row in result.rows]
    if result.kind == "graph":
        return [repr(t) for t in result.triples]
    return [repr(result.boolean)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trig", default="exports/wsis.trig")
    ap.add_argument("--save")
    ap.add_argument("--compare")
    ap.add_argument("--only", default="")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--no-time", action="store_true")
    args = ap.parse_args(argv)
    store = OxigraphStore(Path(args.trig))
    resolve = Resolver(store)
    only = {n for n in args.only.split(",") if n}
    before = json.loads(Path(args.compare).read_text()) if args.compare else {}
    out: dict[str, list[str]] = {}
    differ = 0
    for query in saved.list_queries():
        if only and query.name not in only:
            continue
        for label, raw in cases(query):
            key = f"{query.name} | {label} | {json.dumps(raw, sort_keys=True, ensure_ascii=False)}"
            bound = param_rules.bind(query, raw, resolve)
            result = store.run(query.text, bound)
            out[key] = rows_of(result)
            ms = float("nan") if args.no_time else cpu_p50(lambda: store.run(query.text, bound), args.repeat)
            mark = ""
            if key in before:
                if before[key] == out[key]:
                    mark = "same"
                elif sorted(before[key]) == sorted(out[key]):
                    mark = "SAME-SET, OTHER ORDER"
                    differ += 1
                else:
                    mark = f"DIFFERENT ({len(before[key])} -> {len(out[key])} rows)"
                    differ += 1
            print(f"{ms:8.2f} ms  {len(out[key]):5d} rows  {key}  {mark}", flush=True)
    if args.save:
        Path(args.save).write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True))
    if args.compare:
        print(f"{differ} case(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The benchmark, in one command: build, queries, endpoint, scaling.

    python bench/run.py [--quick] [--scales 1,10,100,1000] [--jobs N] [--json FILE]

1. Cold build of the bundled corpus in fresh interpreters, per stage and per export (wall time, peak RSS),
   against the floor measured in the same run (bench/floor.py): target cold build <= 3x floor.
2. Every saved query on pyoxigraph versus rdflib's engine on the same build: p50 and ratio
   (targets >= 10x, p50 <= 5 ms).
3. ``wsiskg serve`` under 1 and 4 concurrent clients: throughput and p95 (target >= 500 queries/s at 4).
4. Streaming builds (``--jobs``) of synthetic corpora: time, peak memory, quads, seconds per document
   (targets: flat within 25 % from 1x up; 1000x <= 15 min and <= 4 GB).

Timings are medians of repeated runs (the machine may be shared); figures go to BENCHMARKS.md.
Performance goals live here, never in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import endpoint  # noqa: E402
import queries  # noqa: E402
import scaling  # noqa: E402


def machine() -> dict:
    mem_kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    versions = {p: metadata.version(p) for p in ("rdflib", "pyshacl", "owlrl", "pyoxigraph", "oxigraph")}
    return {"nproc": os.cpu_count(), "memory_gb": round(mem_kb / 1024 / 1024, 1),
            "cpu": _cpu_model(), "python": platform.python_version(), "packages": versions,
            "load_avg_at_start": os.getloadavg()}


def _cpu_model() -> str:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def child(script: str, *args: str) -> tuple[float, dict]:
    """Run ``bench/<script>`` in a fresh interpreter; (wall seconds seen from outside, its JSON, with the
    child's CPU seconds, user + system, as ``cpu_total``: what a shared machine disturbs least)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"bench/{script} failed:\n{proc.stderr[-2000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["cpu_total"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, out


def section(title: str) -> None:
    print(f"\n== {title}  [{load_note()}]", flush=True)


def load_note() -> str:
    """The machine's load beside every figure: other work on a shared machine slows wall times."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} {five:.1f} {fifteen:.1f} on {os.cpu_count()} cores"


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def cold_build(corpus: Path, data: Path, repeat: int) -> dict:
    runs = [child("stages.py", str(corpus), str(data)) for _ in range(repeat)]
    # The child re-writes each export on its own after the build, to time them: not part of the build.
    walls = [w - sum(e["seconds"] for e in r["exports"]) for w, r in runs]
    med = lambda xs: statistics.median(xs)  # noqa: E731
    first = runs[0][1]
    stages = {}
    for key in ("stages", "exports"):
        for i, row in enumerate(first[key]):
            stages[row["stage"]] = {"seconds": med([r[key][i]["seconds"] for _, r in runs]),
                                    "cpu": med([r[key][i].get("cpu", float("nan")) for _, r in runs]),
                                    "rss_mb": max(r[key][i]["rss_mb"] for _, r in runs)}
    # the child's CPU minus what it spent re-writing each export on its own after the build
    cpus = [r["cpu_total"] - r["extra_cpu"] for _, r in runs]
    return {"wall": med(walls), "walls": walls, "cpu": med(cpus), "cpus": cpus,
            "imports": med([r["imports"] for _, r in runs]),
            "build": med([r["build"] for _, r in runs]), "quads": first["quads"],
            "peak_rss_mb": max(r["peak_rss_mb"] for _, r in runs), "stages": stages}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats, scales 1,10, short endpoint run")
    ap.add_argument("--scales", default=None, help="comma-separated synthetic scales (default 1,10,100; quick 1,10)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the scaling builds")
    ap.add_argument("--scale-limit", type=float, default=1200, help="time limit per scaling build, seconds")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: build,queries,endpoint,scaling")
    ap.add_argument("--no-rdflib", action="store_true", help="saved queries on pyoxigraph only (rdflib takes minutes)")
    ap.add_argument("--json", type=Path, default=None, help="also write every figure as JSON here")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    repeat = 1 if args.quick else 3
    scales = [int(s) for s in (args.scales or ("1,10" if args.quick else "1,10,100")).split(",")]
    from graph_builder.paths import default_corpus_dir

    corpus = default_corpus_dir()
    report: dict = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    m = report["machine"]
    print(f"machine: {m['nproc']} cores ({m['cpu']}), {m['memory_gb']} GB, Python {m['python']}, "
          + ", ".join(f"{k} {v}" for k, v in m["packages"].items()) + f"; load {m['load_avg_at_start'][0]:.1f}")

    with tempfile.TemporaryDirectory(prefix="wsiskg-bench-") as tmp:
        data = Path(tmp) / "build"
        if "build" not in skip or not {"queries", "endpoint"} <= skip:
            section(f"1. cold build of {corpus} (median of {repeat}) vs floor")
            cb = cold_build(corpus, data, repeat)
            floors = [child("floor.py", str(data / "wsis.trig")) for _ in range(max(3, repeat))]
            floor = statistics.median(w for w, _ in floors)
            report["cold_build"], report["floor"] = cb, {"wall": floor, "parts": floors[0][1]}
            floor_cpu = statistics.median(r["cpu_total"] for _, r in floors)
            print(f"{'stage':<30} {'seconds':>8} {'share':>6} {'x floor':>8} {'peak RSS':>9} {'CPU s':>7}")
            print(f"{'start, imports, exit':<30} {cb['wall'] - cb['build']:>8.2f} "
                  f"{(cb['wall'] - cb['build']) / cb['wall']:>6.0%} {(cb['wall'] - cb['build']) / floor:>7.2f}x")
            other = cb["build"] - sum(s["seconds"] for n, s in cb["stages"].items() if not n.startswith("export:"))
            print(f"{'(outside the stages)':<30} {other:>8.2f} {other / cb['wall']:>6.0%} {other / floor:>7.2f}x")
            for name, s in cb["stages"].items():
                cpu_s = "" if s["cpu"] != s["cpu"] else f" {s['cpu']:>7.2f}"
                print(f"{name:<30} {s['seconds']:>8.2f} {s['seconds'] / cb['wall']:>6.0%} "
                      f"{s['seconds'] / floor:>7.2f}x {s['rss_mb']:>7.0f} MB{cpu_s}")
            print(f"cold build: {cb['wall']:.2f} s (runs {', '.join(f'{w:.1f}' for w in cb['walls'])}), "
                  f"{cb['quads']} quads, peak RSS {cb['peak_rss_mb']:.0f} MB")
            fp = floors[0][1]
            print(f"floor: {floor:.2f} s (imports {fp['imports']:.2f}, load {fp['load']:.2f}, dump {fp['dump']:.2f})")
            ratio = cb["wall"] / floor
            print(f"cold build / floor = {ratio:.1f}x (target <= 3x): {verdict(ratio <= 3)}")
            cpu_ratio = cb["cpu"] / floor_cpu
            report["floor"]["cpu"] = floor_cpu
            print(f"in CPU seconds (user + system, what the load disturbs least): build {cb['cpu']:.2f} "
                  f"(runs {', '.join(f'{c:.1f}' for c in cb['cpus'])}), floor {floor_cpu:.2f}, "
                  f"ratio {cpu_ratio:.1f}x (target <= 3x): {verdict(cpu_ratio <= 3)}")
            per_quad = cb["peak_rss_mb"] * 1000 / max(cb["quads"], 1)
            report["kb_per_quad"] = per_quad
            print(f"peak memory per quad = {per_quad:.2f} KB (target <= 1.5 KB): {verdict(per_quad <= 1.5)}")

        if "queries" not in skip:
            n = 5 if args.quick else 20
            section(f"2. saved queries: pyoxigraph vs rdflib on the same build (p50 of {n})")
            q = queries.compare(data / "wsis.trig", n, with_rdflib=not args.no_rdflib)
            report["queries"] = q
            print(f"load: rdflib {q['load_rdflib_s']:.2f} s, pyoxigraph {q['load_oxigraph_s']:.2f} s "
                  f"({q['load_rdflib_s'] / q['load_oxigraph_s']:.1f}x)")
            print(f"{'query':<28} {'rdflib':>10} {'oxigraph':>10} {'ox CPU':>9} {'ratio':>8} {'rows':>6}")
            for r in q["queries"]:
                flag = "" if r["same_rows"] else "  (rows differ in form)"
                print(f"{r['query']:<28} {r['rdflib_ms']:>8.1f}ms {r['oxigraph_ms']:>8.2f}ms {r['oxigraph_cpu_ms']:>7.2f}ms "
                      f"{r['ratio']:>7.1f}x {r['rows']:>6}  {'<= 5 ms' if r['oxigraph_cpu_ms'] <= 5 else 'OVER 5 ms'}{flag}")
            ratios = [r["ratio"] for r in q["queries"] if r["ratio"] == r["ratio"]] or [float("nan")]
            slowest = max(q["queries"], key=lambda r: r["oxigraph_ms"])
            print(f"median ratio {statistics.median(ratios):.1f}x, min {min(ratios):.1f}x (target >= 10x): "
                  f"{verdict(min(ratios) >= 10)} for all; median {verdict(statistics.median(ratios) >= 10)}")
            print(f"slowest p50 {slowest['oxigraph_ms']:.2f} ms ({slowest['query']}) (target <= 5 ms): "
                  f"{verdict(slowest['oxigraph_ms'] <= 5)}")
            over = sorted((r for r in q["queries"] if r["oxigraph_ms"] > 5), key=lambda r: -r["oxigraph_ms"])
            print(f"saved queries over 5 ms p50 (wall): {len(over)} of {len(q['queries'])} (target 0): {verdict(not over)}"
                  + (" — " + ", ".join(f"{r['query']} {r['oxigraph_ms']:.1f}" for r in over) if over else ""))
            over_cpu = sorted((r for r in q["queries"] if r["oxigraph_cpu_ms"] > 5), key=lambda r: -r["oxigraph_cpu_ms"])
            print(f"saved queries over 5 ms p50 (CPU of the calling thread, what the load disturbs least): "
                  f"{len(over_cpu)} of {len(q['queries'])} (target 0): {verdict(not over_cpu)} [{load_note()}]"
                  + (" — " + ", ".join(f"{r['query']} {r['oxigraph_cpu_ms']:.1f}" for r in over_cpu) if over_cpu else ""))

        if "endpoint" not in skip:
            count, secs = (300, 5) if args.quick else (3000, 20)
            section(f"3. wsiskg serve on 127.0.0.1: saved queries over HTTP (<= {count} queries, <= {secs} s)")
            bound = queries.saved_with_examples(queries.OxigraphStore(data / "wsis.trig"))
            fast = {r["query"] for r in report.get("queries", {}).get("queries", []) if r["oxigraph_ms"] <= 5}
            rows = endpoint.run(data, bound, count, secs, fast)
            report["endpoint"] = rows
            for r in rows:
                if r["errors"]:
                    print(f"  first error: {r['first_error']}")
                print(f"{r['mix']} ({r['kinds']}), {r['clients']} client(s): {r['queries']} queries in "
                      f"{r['seconds']:.1f} s = {r['qps']:.0f} q/s, p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, "
                      f"errors {r['errors']}")
            for r in rows:
                if r["clients"] == 4:
                    print(f"4 clients, {r['mix']}: {r['qps']:.0f} q/s (target >= 500): {verdict(r['qps'] >= 500)} "
                          f"[{load_note()}]")

    if "scaling" not in skip:
        section(f"4. scaling: streaming build --jobs {args.jobs} of synthetic corpora {scales}")
        print(f"{'scale':>6} {'docs':>6} {'wall s':>8} {'s/doc':>7} {'vs 1x':>6} {'CPU s/doc':>9} {'vs 1x':>6} {'peak MB':>8} {'quads':>10} {'disk MB':>8}")
        base = []

        def show(row: dict) -> None:
            if not base:
                base.extend([row["s_per_doc"], row["cpu_s_per_doc"]])
            done = "" if row["finished"] else (f"  stopped at the limit: {row['documents_done']} documents done, "
                                               f"{row['s_per_doc_so_far']:.3f} s/doc so far")
            if row.get("error"):
                done = f"  failed: {row['error']}"
            print(f"{row['scale']:>5}x {row['documents']:>6} {row['wall_s']:>8.1f} {row['s_per_doc']:>7.3f} "
                  f"{row['s_per_doc'] / base[0]:>5.2f}x {row['cpu_s_per_doc']:>9.3f} {row['cpu_s_per_doc'] / base[1]:>5.2f}x "
                  f"{row['peak_mb']:>8.0f} {row.get('quads', 0):>10} "
                  f"{row['disk_mb']:>8.0f}{done}", flush=True)

        limits = {s: args.scale_limit for s in scales}
        rows = scaling.run(corpus, scales, args.jobs, limits, report=show)
        report["scaling"] = rows
        done = [r for r in rows if r["finished"]]
        for r in done:
            print(f"{r['scale']}x: {r['cpu_s_per_doc']:.2f} CPU s per document (target <= 0.4): "
                  f"{verdict(r['cpu_s_per_doc'] <= 0.4)}; per-document stage alone (worker CPU): "
                  f"{r.get('worker_cpu_s_per_doc', float('nan')):.2f} s")
        for key, what in (("s_per_doc", "wall"), ("cpu_s_per_doc", "CPU")) if done else ():
            flat = max(r[key] for r in done) / min(r[key] for r in done)
            print(f"cost per document ({what}) spread {flat:.2f}x (target <= 1.25x): {verdict(flat <= 1.25)}")
        big = [r for r in rows if r["scale"] >= 1000]
        for r in big:
            print(f"{r['scale']}x: {r['wall_s'] / 60:.1f} min, {r['peak_mb'] / 1000:.1f} GB "
                  f"(targets <= 15 min, <= 4 GB): {verdict(r['finished'] and r['wall_s'] <= 900 and r['peak_mb'] <= 4000)}")
        if rows:
            d = rows[-1].get("doc_stages") or {}
            if d:
                total = sum(d.values())
                print("per-document stages (worker CPU seconds, largest scale): "
                      + ", ".join(f"{k} {v / total:.0%}" for k, v in sorted(d.items(), key=lambda kv: -kv[1])))
    print(f"\nend: {load_note()}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

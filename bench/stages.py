"""Child process of ``bench/run.py``: one cold build of a corpus, per stage and per export.

    python bench/stages.py CORPUS DATA_DIR

Prints one JSON object: seconds from interpreter start to the first stage (imports), each pipeline stage
(wall seconds, CPU seconds of the process, and the process's peak RSS after it, from
``resource.getrusage``), then each export format written on its own from the build's sorted quads, and
the total. Run in a fresh interpreter so the build is cold. CPU seconds are what a loaded machine
disturbs least.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time

T0 = time.perf_counter()

from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's graph_builder, not an installed one


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    corpus, data = Path(sys.argv[1]), Path(sys.argv[2])
    from graph_builder.exports import DEFAULT_NAMES, FORMATS, write_one
    from graph_builder.exports.index import GraphIndex
    from graph_builder.pipeline import build

    marks: list[tuple[str, float]] = []
    cpu: dict[str, float] = {}

    def progress(msg: str) -> None:
        if msg.endswith(" …"):
            marks.append((msg[:-2], rss_mb()))
            cpu[msg[:-2]] = time.process_time()
        elif " done in " in msg:
            marks[-1] = (marks[-1][0], rss_mb())
            cpu[marks[-1][0]] = time.process_time() - cpu[marks[-1][0]]

    imports = time.perf_counter() - T0
    started = time.perf_counter()
    result = build(corpus, data, progress=progress, release_dictionaries=True)  # as `wsiskg build` does
    build_s = time.perf_counter() - started
    build_peak = rss_mb()  # the build's own peak; the per-export measurements below add their copies
    peaks = dict(marks)
    stages = [{"stage": s.name, "seconds": s.seconds, "cpu": cpu.get(s.name, 0.0), "rss_mb": peaks.get(s.name, 0.0)}
              for s in result.stages]

    # Each export on its own (the 'exports' stage above writes them all, plus the reports), with the
    # collector as the build has it while writing exports (what the stages built frozen, collection paused).
    extra_cpu = time.process_time()  # the re-writes below are not part of the build: their CPU is reported apart
    gc.freeze()
    gc.disable()
    exports = []
    t = time.perf_counter()
    result._quads = None  # measure the sorting the exports stage did once
    quads = result.sorted_quads()
    exports.append({"stage": "export: sorted quads", "seconds": time.perf_counter() - t, "rss_mb": rss_mb()})
    index = GraphIndex(quads)
    out = data / "bench-exports"
    for fmt in FORMATS:
        t = time.perf_counter()
        write_one(fmt, quads, out / DEFAULT_NAMES[fmt], index=index)
        exports.append({"stage": f"export: {fmt}", "seconds": time.perf_counter() - t, "rss_mb": rss_mb()})
    from graph_builder.viz import write_viz

    t = time.perf_counter()
    write_viz(quads, out / "viz")
    exports.append({"stage": "export: viz (pages, SVG, PNG)", "seconds": time.perf_counter() - t, "rss_mb": rss_mb()})
    extra_cpu = time.process_time() - extra_cpu
    print(json.dumps({
        "imports": imports, "extra_cpu": extra_cpu, "build": build_s, "total": time.perf_counter() - T0 - sum(e["seconds"] for e in exports),
        "stages": stages, "exports": exports, "quads": len(quads), "peak_rss_mb": build_peak,
    }))


if __name__ == "__main__":
    main()

"""Scaling: streaming builds of synthetic corpora at 1x, 10x, 100x, 1000x.

For each scale a synthetic corpus (graph_builder/synthetic.py) of that many variants of every text is
written, then built with ``build(jobs=N)`` in a child process bounded by a time limit. Peak memory is the
largest sum of RSS over the child and its worker processes, sampled from /proc every 0.2 s. A build that
hits the limit is stopped by PID and reported with the documents it had done.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from graph_builder.synthetic import make_corpus

HERE = Path(__file__).resolve().parent


def tree_rss_mb(pid: int) -> float:
    """RSS of ``pid`` and all its descendants, in MB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack += children.get(p, [])
    return total / 1e6


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_scale(source: Path, copies: int, jobs: int, limit_s: float, work: Path, scheduler: str | None = None) -> dict:
    corpus, data = work / f"corpus-{copies}x", work / f"data-{copies}x"
    t = time.perf_counter()
    make_corpus(source, corpus, copies)
    generate_s = time.perf_counter() - t
    # the child imports graph_builder from this checkout, whatever is installed
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")])))
    command = [sys.executable, str(HERE / "scale_build.py"), str(corpus), str(data), str(jobs)]
    proc = subprocess.Popen(command + ([scheduler] if scheduler else []), env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    peak = [0.0]
    progress: list[str] = []

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss_mb(proc.pid))
            time.sleep(0.2)

    def read_progress() -> None:
        for line in proc.stderr:
            progress.append(line.rstrip())

    threads = [threading.Thread(target=sample, daemon=True), threading.Thread(target=read_progress, daemon=True)]
    for th in threads:
        th.start()
    t = time.perf_counter()
    cpu0 = _children_cpu()
    try:
        out, _ = proc.communicate(timeout=limit_s)
        finished = proc.returncode == 0
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)  # the child's own session: it and its workers, by its PID
        out, _ = proc.communicate()
        finished = False
    wall = time.perf_counter() - t
    cpu = _children_cpu() - cpu0  # the child and its workers (waited for), user + system
    for th in threads:
        th.join(timeout=2)
    row = {"scale": copies, "documents": 3 * copies, "generate_s": generate_s, "wall_s": wall,
           "peak_mb": peak[0], "finished": finished, "last_progress": progress[-1] if progress else ""}
    if finished:
        info = json.loads(out.strip().splitlines()[-1])
        row.update(quads=info["quads"], stages=info["stages"], doc_stages=info["doc_stages"],
                   documents=info["documents"])
        # the workers' CPU seconds per document, without the build's fixed part (imports, shared graphs, exports)
        row["worker_cpu_s_per_doc"] = sum(info["doc_stages"].values()) / max(1, info["documents"])
    if not finished and proc.returncode not in (None, -signal.SIGTERM):
        row["error"] = progress[-1] if progress else f"exit {proc.returncode}"
    if not finished:  # "documents N/M in X s": the rate so far
        import re

        m = re.search(r"documents (\d+)/\d+ in ([0-9.]+) s", row["last_progress"])
        row["documents_done"] = int(m.group(1)) if m else 0
        row["s_per_doc_so_far"] = float(m.group(2)) / int(m.group(1)) if m else float("nan")
    row["s_per_doc"] = wall / row["documents"]
    row["cpu_s"], row["cpu_s_per_doc"] = cpu, cpu / row["documents"]
    row["load_avg"] = os.getloadavg()[0]  # the machine is shared: how busy it was
    row["disk_mb"] = sum(f.stat().st_size for f in data.rglob("*") if f.is_file()) / 1e6 if data.exists() else 0
    return row


def run(source: Path, scales: list[int], jobs: int, limits: dict[int, float], work_dir: Path | None = None,
        report=print, scheduler: str | None = None) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="wsiskg-scale-", dir=work_dir) as tmp:
        for copies in scales:
            row = run_scale(source, copies, jobs, limits.get(copies, 3600), Path(tmp), scheduler)
            report(row)
            rows.append(row)
            for sub in (f"corpus-{copies}x", f"data-{copies}x"):
                subprocess.run(["rm", "-rf", str(Path(tmp) / sub)])
    return rows

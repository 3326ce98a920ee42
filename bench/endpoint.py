"""The Oxigraph endpoint under load: ``wsiskg serve`` on 127.0.0.1.

Starts ``wsiskg serve --data DATA --port P`` (a free port), waits until it answers, sends the saved
queries (example parameters injected as VALUES, as ``wsiskg query --endpoint`` does) round-robin from
1 and 4 client threads, each on one keep-alive HTTP connection, bounded by a count and a time limit,
then stops the server by its PID (SIGTERM: it stops its Oxigraph child itself).
"""

from __future__ import annotations

import http.client
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

if __name__ == "__main__":  # run as a script from the project root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph_builder.query.inject import inject_values
from graph_builder.server import free_port


def start_server(data_dir: Path, wait: float = 120.0) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "graph_builder", "serve", "--data", str(data_dir),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"wsiskg serve exited: {proc.stderr.read().decode()[-300:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/query?query=" + urllib.parse.quote("ASK {}"))
            if conn.getresponse().status == 200:
                return proc, port
        except OSError:
            time.sleep(0.2)
    stop_server(proc)
    raise RuntimeError("wsiskg serve did not answer in time")


def stop_server(proc: subprocess.Popen) -> None:
    """SIGTERM to the serve process (by PID); it stops Oxigraph on its normal path."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


def load(port: int, texts: list[str], clients: int, count: int, seconds: float, fresh: bool = False) -> dict:
    """``count`` queries in all (or until ``seconds``), from ``clients`` threads; throughput and latency.

    With ``fresh`` every request carries a different comment line, so no answer comes from the server's
    answer cache (each one is evaluated by the store).
    """
    latencies: list[float] = []
    errors = [0]
    first_error = [""]
    lock = threading.Lock()
    next_index = [0]
    deadline = time.monotonic() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                i = next_index[0]
                if i >= count:
                    return
                next_index[0] += 1
            text = texts[i % len(texts)]
            body = (f"# request {i}\n{text}" if fresh else text).encode("utf-8")
            t = time.perf_counter()
            conn.request("POST", "/query", body=body, headers={
                "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
            resp = conn.getresponse()
            resp.read()
            dt = time.perf_counter() - t
            with lock:
                latencies.append(dt * 1000)
                if resp.status != 200:
                    errors[0] += 1
                    first_error[0] = first_error[0] or f"HTTP {resp.status} on query #{i % len(texts)}"

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)] if latencies else float("nan")
    return {"clients": clients, "queries": len(latencies), "seconds": wall, "qps": len(latencies) / wall,
            "p50_ms": statistics.median(latencies) if latencies else float("nan"), "p95_ms": p95,
            "errors": errors[0], "first_error": first_error[0]}


def run(data_dir: Path, bound_queries: list[tuple], count: int, seconds: float,
        fast: set[str] | None = None) -> list[dict]:
    """Rows for 1 and 4 clients on every saved query; with ``fast`` (query names), also on those alone."""
    mixes = {"all saved queries": [(q, b) for q, b in bound_queries]}
    if fast:
        mixes["saved queries with embedded p50 <= 5 ms"] = [(q, b) for q, b in bound_queries if q.name in fast]
    proc, port = start_server(data_dir)
    try:
        rows = []
        for mix, chosen in mixes.items():
            texts = [inject_values(q.text, b) if b else q.text for q, b in chosen]
            load(port, texts, 1, len(texts), seconds)  # warm-up: every query once
            for clients in (1, 4):
                rows.append(dict(load(port, texts, clients, count, seconds), mix=mix, kinds=len(texts)))
        return rows
    finally:
        stop_server(proc)


def main(argv=None) -> int:
    import argparse

    import queries

    ap = argparse.ArgumentParser(description="wsiskg serve under load: every saved query over HTTP")
    ap.add_argument("--data", default="exports", help="build folder (default: the bundled build)")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--seconds", type=float, default=20)
    args = ap.parse_args(argv)
    data = Path(args.data)
    bound = queries.saved_with_examples(queries.OxigraphStore(data / "wsis.trig"))
    texts = [inject_values(q.text, b) if b else q.text for q, b in bound]
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    proc, port = start_server(data)
    try:
        load(port, texts, 1, len(texts), args.seconds)  # warm-up: every query once
        for fresh in (False, True):
            for clients in (1, 4):
                r = load(port, texts, clients, args.count, args.seconds, fresh)
                what = "every request evaluated (no cache hit)" if fresh else "repeated requests"
                print(f"{len(texts)} saved queries, {what}, {clients} client(s): {r['queries']} in "
                      f"{r['seconds']:.1f} s = {r['qps']:.0f} q/s, p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, "
                      f"errors {r['errors']} {r['first_error']}", flush=True)
    finally:
        stop_server(proc)
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The streaming build's per-document stage on Dask distributed (``wsiskg build --jobs N --scheduler …``).

Each document travels to a worker as its :class:`graph_builder.corpus.SourceText` (text and manifest row),
so workers need the package installed (``pip install 'wsiskg[distributed]'``) but not the corpus folder;
each returns the document's N-Quads. A worker loads the reference list, ontology and shapes on its first
task. At most ``4 × workers`` documents are in flight, so a fast cluster never piles up more results than
the loading process takes in; results come back in manifest order (deterministic store and exports).

``address`` None starts a local cluster of ``jobs`` worker processes (one thread each) for this build
and closes it afterwards; otherwise the scheduler at ``address`` (``tcp://HOST:PORT``) is used as it is.
"""

from __future__ import annotations

from collections import deque

from graph_builder.errors import WsisError


def run_on_dask(sources: list, jobs: int, validate: bool, reason: bool, address: str | None):
    """Per-document outputs of ``sources`` in their order, computed on a Dask cluster."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise WsisError("--scheduler dask needs Dask distributed: pip install 'wsiskg[distributed]'") from None
    from graph_builder.streaming import process_remote

    cluster = None
    if address is None:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        address = cluster.scheduler_address
    try:
        client = Client(address, timeout=10)
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise WsisError(f"--scheduler {address}: cannot reach the Dask scheduler ({exc})") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = 4 * workers
        queue: deque = deque()
        items = iter(sources)
        for source in items:
            queue.append(client.submit(process_remote, source, validate, reason, pure=False))
            if len(queue) >= window:
                break
        while queue:
            future = queue.popleft()
            out = future.result()
            future.release()
            for source in items:
                queue.append(client.submit(process_remote, source, validate, reason, pure=False))
                break
            yield out
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

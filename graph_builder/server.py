"""The real SPARQL endpoint: Oxigraph's own server (PyPI package ``oxigraph``).

``prepare_location`` loads ``DATA/wsis.trig`` into an on-disk Oxigraph store (in the user's cache folder,
see :mod:`graph_builder.cache`) with
``oxigraph load``, reloading only when the TriG changed (its SHA-1 is kept beside the store).
:class:`OxigraphServer` runs ``oxigraph serve-read-only`` (or ``serve`` with ``writable=True``) bound to
127.0.0.1 with ``--union-default-graph`` (docs/MODEL.md: queries see the union of the named graphs),
waits until it answers, and stops it by PID: SIGTERM, then SIGKILL after a grace period.
On Linux the child also gets PR_SET_PDEATHSIG, so it dies with us even if we are killed hard.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from graph_builder.errors import WsisError
from graph_builder.query.store import trig_path

STORE_FOLDER = "oxigraph"
STAMP = "source.sha1"


def oxigraph_binary() -> str:
    """The ``oxigraph`` CLI: next to this Python first (a venv's bin), then on PATH."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise WsisError("oxigraph: the Oxigraph server is not installed (pip install oxigraph, or pip install -e .)")
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_free(host: str, port: int) -> bool:
    """Whether nothing listens on ``host:port`` (connections closing there do not count)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def _sha1(path: Path) -> str:
    digest = hashlib.sha1()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare_location(data_dir: Path, location: Path | None = None) -> Path:
    """An Oxigraph store folder holding exactly ``DATA/wsis.trig`` (reloaded when the file changed)."""
    trig = trig_path(data_dir)
    if not location:  # a per-user cache folder keyed by the graph's hash, never inside the build folder
        from graph_builder.cache import store_location

        location = store_location(data_dir, trig, STORE_FOLDER, STAMP)
    location = Path(location)
    digest = _sha1(trig)
    stamp = location / STAMP
    if stamp.is_file() and stamp.read_text().strip() == digest:
        return location
    if location.exists():
        shutil.rmtree(location)
    location.mkdir(parents=True)
    proc = subprocess.run([oxigraph_binary(), "load", "--location", str(location), "--file", str(trig)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        shutil.rmtree(location, ignore_errors=True)
        message = (proc.stderr or proc.stdout).strip().splitlines()
        raise WsisError(f"{trig}: oxigraph load failed: {message[-1] if message else proc.returncode}")
    stamp.write_text(digest + "\n")
    return location


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class OxigraphServer:
    """One ``oxigraph serve[-read-only]`` process on 127.0.0.1; use as a context manager."""

    def __init__(self, location: Path, port: int | None = None, writable: bool = False,
                 timeout_s: int | None = None, host: str = "127.0.0.1", union_default_graph: bool = True):
        self.location = Path(location)
        self.port = port or free_port()
        self.writable = writable
        self.timeout_s = timeout_s
        self.host = host
        self.union_default_graph = union_default_graph
        self.process: subprocess.Popen | None = None
        self.connection = None  # the gateway's kept-alive connection to this server

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.base_url}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base_url}/update"

    @property
    def store_url(self) -> str:
        return f"{self.base_url}/store"

    @property
    def ui_url(self) -> str:
        return f"{self.base_url}/"

    def command(self) -> list[str]:
        mode = "serve" if self.writable else "serve-read-only"
        cmd = [oxigraph_binary(), mode, "--location", str(self.location), "--bind", f"{self.host}:{self.port}"]
        if self.union_default_graph:
            cmd.append("--union-default-graph")
        if self.timeout_s:
            cmd += ["--timeout-s", str(self.timeout_s)]
        return cmd

    def start(self, wait: float = 20.0) -> "OxigraphServer":
        if not port_is_free(self.host, self.port):
            # checked first: the readiness probe below would otherwise reach the server already there
            raise WsisError(f"{self.host}:{self.port}: address in use (another server runs there; "
                            "stop it or pick another port)")
        preexec = _die_with_parent if sys.platform.startswith("linux") else None
        self.process = subprocess.Popen(self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=preexec)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode("utf-8", "replace").strip().splitlines()
                raise WsisError(f"oxigraph: server exited at start ({err[-1] if err else self.process.returncode})")
            if self.ready() and self.process.poll() is None:
                return self
            time.sleep(0.05)
        self.stop()
        raise WsisError(f"oxigraph: server did not answer on {self.base_url} within {wait:g} s")

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.query_url}?query=ASK%7B%7D", timeout=1) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def stop(self, grace: float = 5.0) -> None:
        """SIGTERM the server by PID, SIGKILL it if it is still there after ``grace`` seconds."""
        connection, self.connection = self.connection, None
        if connection is not None:
            connection.close()
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()

    def __enter__(self) -> "OxigraphServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

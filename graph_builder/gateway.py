"""The public face of ``wsiskg serve``: a small HTTP front on 127.0.0.1 before Oxigraph's own server.

Oxigraph's server cannot stop a query once it runs (``--timeout-s`` does not end a running evaluation)
and follows ``SERVICE <url>`` wherever a query points it. The front fixes both without touching
what clients see (the same paths, result formats and web UI):

- **One query per backend process.** Every request goes to an idle ``oxigraph serve-read-only`` process
  over the same store (read-only stores can be opened by many processes); when all are busy another
  one starts, up to ``max_backends``. A request that outlives the timeout gets its backend killed by
  PID (which frees the CPU at once) and answers ``503`` with a one-line reason; other clients keep
  their own backends. A writable server has a single ``oxigraph serve`` backend (a store has one
  writer), restarted the same way after a timeout.
- **Whole answers only.** The backend's answer is read completely before anything is sent, so a query
  that fails midway answers with an error status, never ``200`` with truncated JSON.
- **No federation unless asked.** A query or update containing the ``SERVICE`` keyword is refused
  with ``403`` unless the server was started with ``federation=True``: otherwise any web page the
  user opens could make the endpoint fetch URLs of its choosing.
"""

from __future__ import annotations

import errno
import http.client
import socket
import threading
import time
import urllib.parse
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from graph_builder.errors import WsisError
from graph_builder.query.inject import _significant
from graph_builder.server import OxigraphServer

MAX_BODY = 16 * 1024 * 1024  # a query or update larger than this is refused (413)
MAX_ANSWER = 512 * 1024 * 1024  # an answer larger than this is an error (507), not a truncated 200
_HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
                "proxy-authorization", "proxy-authenticate", "content-length", "host"}


def uses_service(text: str) -> bool:
    """True when ``text`` has the SERVICE keyword outside comments, strings, IRIs and prefixed names."""
    if "service" not in text.lower():  # the common case, without tokenising the text
        return False
    for pos, token in _significant(text):
        if token.upper() != "SERVICE":
            continue
        before = text[pos - 1] if pos else ""
        after = text[pos + len(token): pos + len(token) + 1]
        if before != ":" and after != ":" and not (before.isalnum() or before in "_-."):
            return True
    return False


def sparql_texts(method: str, path: str, headers, body: bytes) -> list[str]:
    """The query and update texts a SPARQL protocol request carries (URL, form body or direct body)."""
    url = urllib.parse.urlsplit(path)
    texts = [v for k, vs in urllib.parse.parse_qs(url.query).items() if k in ("query", "update") for v in vs]
    kind = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if method == "POST" and body:
        if kind == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
            texts += [v for k, vs in form.items() if k in ("query", "update") for v in vs]
        elif kind in ("application/sparql-query", "application/sparql-update"):
            texts.append(body.decode("utf-8", "replace"))
    return texts


class _Pool:
    """Backends that each run one request at a time; a timed-out one is killed and replaced."""

    def __init__(self, location: Path, writable: bool, max_backends: int, wait: float):
        self.location = location
        self.writable = writable
        self.max_backends = 1 if writable else max(1, max_backends)
        self.wait = wait
        self.idle: list[OxigraphServer] = []
        self.all: list[OxigraphServer] = []
        self.starting = 0
        self.cond = threading.Condition()
        self.closed = False
        self.spawner = ThreadPoolExecutor(1, thread_name_prefix="wsiskg-backends")

    def _new(self) -> OxigraphServer:
        # Started from one long-lived thread: a backend gets PR_SET_PDEATHSIG, which fires when the
        # *thread* that forked it ends, and request threads end after each request.
        server = OxigraphServer(self.location, writable=self.writable)
        return self.spawner.submit(server.start).result()

    def start(self) -> None:
        backend = self._new()
        with self.cond:
            self.all.append(backend)
            self.idle.append(backend)

    def acquire(self, deadline: float) -> OxigraphServer | None:
        with self.cond:
            while True:
                if self.closed:
                    return None
                if self.idle:
                    return self.idle.pop()
                if len(self.all) + self.starting < self.max_backends:
                    self.starting += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.cond.wait(left)
        try:
            backend = self._new()
        finally:
            with self.cond:
                self.starting -= 1
                self.cond.notify_all()
        with self.cond:
            self.all.append(backend)
        return backend

    def release(self, backend: OxigraphServer, healthy: bool) -> None:
        if not healthy:
            backend.stop(grace=0)
        with self.cond:
            if healthy and not self.closed:
                self.idle.append(backend)
            elif backend in self.all:
                self.all.remove(backend)
            self.cond.notify_all()

    def pids(self) -> list[int]:
        with self.cond:
            return [b.process.pid for b in self.all if b.process]

    def close(self) -> None:
        with self.cond:
            self.closed = True
            backends, self.all, self.idle = list(self.all), [], []
            self.cond.notify_all()
        for backend in backends:
            backend.stop()
        self.spawner.shutdown(wait=False)


class Gateway:
    """``wsiskg serve``'s HTTP front on ``host:port``; use as a context manager or call start/stop."""

    def __init__(self, location: Path, port: int | None = None, writable: bool = False, timeout_s: float = 60,
                 federation: bool = False, max_backends: int = 4, host: str = "127.0.0.1"):
        self.host = host
        self.port = port or 0
        self.timeout_s = timeout_s
        self.federation = federation
        self.writable = writable
        self.pool = _Pool(Path(location), writable, max_backends, wait=timeout_s)
        # a read-only store gives the same answer to the same request for as long as it runs
        self.cache = None if writable else AnswerCache()
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    query_url = property(lambda self: f"{self.base_url}/query")
    update_url = property(lambda self: f"{self.base_url}/update")
    store_url = property(lambda self: f"{self.base_url}/store")
    ui_url = property(lambda self: f"{self.base_url}/")

    def start(self) -> "Gateway":
        try:
            self.httpd = ThreadingHTTPServer((self.host, self.port), _handler(self))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise WsisError(f"{self.host}:{self.port}: address in use (another server runs there; "
                                "stop it or pick another --port)") from None
            raise WsisError(f"{self.host}:{self.port}: cannot listen ({exc.strerror or exc})") from None
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        try:
            self.pool.start()
        except BaseException:
            self.httpd.server_close()
            raise
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="wsiskg-gateway", daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None
        self.pool.close()

    def __enter__(self) -> "Gateway":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def answer(self, method: str, path: str, headers, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        """The whole answer to one HTTP request (status, headers, body), from the cache or a backend.

        ``headers`` is any mapping with ``get`` and ``items`` (the request's headers). Callers in the
        same process (the pages front) use this directly instead of a second HTTP hop.
        """
        key = None
        if self.cache is not None and method in ("GET", "POST"):
            # only answers that passed the checks below are kept, and the same request passes them again
            key = (method, path, headers.get("Content-Type") or "", headers.get("Accept") or "", body)
            hit = self.cache.get(key)
            if hit is not None:
                return hit
        texts = sparql_texts(method, path, headers, body)
        if not self.federation and any(uses_service(t) for t in texts):
            return plain(403, "SERVICE is refused: this endpoint does not fetch other endpoints "
                              "(start it with `wsiskg serve --federation` to allow federated queries)")
        if not texts:
            key = None  # the web UI and other pages of the store: passed on, not kept
        deadline = time.monotonic() + self.timeout_s
        backend = self.pool.acquire(deadline)
        if backend is None:
            return plain(503, f"server busy: no query slot within {self.timeout_s:g} s")
        healthy = False
        try:
            result = _ask(backend, method, path, headers, body, deadline)
            healthy = True
        except TimeoutError:
            return plain(503, f"query timed out after {self.timeout_s:g} s and was stopped (narrow the query)")
        except OverflowError:
            return plain(507, f"answer over {MAX_ANSWER // 1048576} MB (add a LIMIT)")
        except (OSError, http.client.HTTPException) as exc:
            return plain(502, f"request failed in the store ({exc.__class__.__name__}: {exc})"[:300])
        finally:
            if not healthy:
                _drop_connection(backend)
            self.pool.release(backend, healthy)
        if key is not None and result[0] == 200:
            self.cache.put(key, result)
        return result


class AnswerCache:
    """Whole answers of a read-only store by request (path, content type, accepted types, body), least
    recently used first out; bounded in bytes so a few large answers cannot take the memory."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024, max_entry: int = 4 * 1024 * 1024):
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self.size = 0
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            hit = self.entries.get(key)
            if hit is not None:
                self.entries.move_to_end(key)
            return hit

    def put(self, key, answer) -> None:
        cost = len(answer[2]) + len(key[4]) + len(key[1])
        if cost > self.max_entry:
            return
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = answer
            self.size += cost
            while self.size > self.max_bytes and self.entries:
                old_key, old = self.entries.popitem(last=False)
                self.size -= len(old[2]) + len(old_key[4]) + len(old_key[1])


def plain(status: int, message: str) -> tuple[int, list[tuple[str, str]], bytes]:
    return status, [("Content-Type", "text/plain; charset=utf-8")], (message + "\n").encode("utf-8")


def _drop_connection(backend: OxigraphServer) -> None:
    conn, backend.connection = backend.connection, None
    if conn is not None:
        conn.close()


def _ask(backend: OxigraphServer, method: str, path: str, request_headers, body: bytes, deadline: float):
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    # one kept-alive connection per backend (a backend serves one request at a time, so it is never
    # shared): a new TCP connection per request cost more than most queries
    conn = backend.connection
    if conn is None:
        conn = backend.connection = http.client.HTTPConnection(backend.host, backend.port)
    reused = conn.sock is not None
    conn.timeout = left
    if reused:
        conn.sock.settimeout(left)
    headers = {k: v for k, v in request_headers.items() if k.lower() not in _HOP_HEADERS}
    try:
        try:
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            if not reused:
                raise
            # the backend closed the idle kept-alive connection before reading the request: once more
            conn.close()
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
        chunks, size = [], 0
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError
            chunk = response.read1(1 << 16) if hasattr(response, "read1") else response.read(1 << 16)
            if not chunk:
                break
            size += len(chunk)
            if size > MAX_ANSWER:
                raise OverflowError
            chunks.append(chunk)
        if response.chunked is False and response.length not in (None, 0):
            raise http.client.IncompleteRead(b"".join(chunks))
        response.close()  # read to its end: the connection can carry the next request
        if response.will_close:
            conn.close()
        return response.status, response.getheaders(), b"".join(chunks)
    except socket.timeout:
        raise TimeoutError from None


def _handler(gateway: Gateway):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body leave as two writes on a kept-alive connection: with Nagle's algorithm the
        # second waits for the client's delayed ACK (about 40 ms per request)
        disable_nagle_algorithm = True
        server_version = "wsiskg"

        def log_message(self, *args) -> None:  # quiet: the terminal shows the banner only
            pass

        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                status, headers, answer = plain(413, f"request body over {MAX_BODY // 1048576} MB")
            else:
                body = self.rfile.read(length) if length else b""
                status, headers, answer = gateway.answer(self.command, self.path, self.headers, body)
            self.send_response(status)
            for key, value in headers:
                if key.lower() not in _HOP_HEADERS:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = _forward

    return Handler

"""Entity pages beside the SPARQL endpoint, and the same pages as a static site.

:class:`PagesFront` is a small HTTP server on 127.0.0.1 in front of the Oxigraph server: ``/query``,
``/update`` and ``/store`` are passed to Oxigraph unchanged; every entity and document-node path
(``/id/body/igf``, ``/doc/004/tunis-agenda/para/72``) answers with its page, by content negotiation
(``Accept: text/turtle``, ``application/ld+json``, ``application/n-triples``; HTML otherwise) or by
suffix (``.ttl``, ``.jsonld``, ``.nt``, ``.html``), as Linked Data servers such as DBpedia do; ``/`` is
the endpoint UI (:mod:`.ui`), ``/index.html`` lists every page and ``/viz/*.html`` are the build's
network, timeline and matrix pages. It has the interface of
:class:`graph_builder.server.OxigraphServer` (``start``, ``stop``, ``process``, the URLs), so
``wsiskg serve`` runs it in the server's place.

:func:`write_site` writes every page as ``DIR/<path>.html`` and ``DIR/<path>.ttl`` with relative links.
"""

from __future__ import annotations

import errno
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from rdflib import URIRef

from graph_builder.errors import WsisError
from graph_builder.pages import entity, html
from graph_builder.rdf.namespaces import BASE

PROXIED = ("/query", "/update", "/store")
SUFFIXES = {".ttl": "ttl", ".jsonld": "jsonld", ".nt": "nt", ".html": "html"}
MEDIA = {"ttl": "text/turtle; charset=utf-8", "jsonld": "application/ld+json", "nt": "application/n-triples",
         "html": "text/html; charset=utf-8"}

PAGES_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
SELECT DISTINCT ?x ?en ?zh WHERE {
  { ?x rdfs:label ?l } UNION { ?x wsis:text ?t } UNION { ?x a ?type }
  FILTER(isIRI(?x) && (STRSTARTS(STR(?x), "https://w3id.org/wsiskg/id/") || STRSTARTS(STR(?x), "https://w3id.org/wsiskg/doc/")))
  OPTIONAL { ?x rdfs:label ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?x rdfs:label ?zh FILTER(LANG(?zh) = "zh") }
  OPTIONAL { ?x wsis:locator ?loc }
}"""


def negotiate(accept: str) -> str:
    """``ttl``, ``jsonld``, ``nt`` or ``html`` for an Accept header (HTML unless RDF is preferred)."""
    best, best_q = "html", 0.0
    for part in (accept or "").split(","):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        fmt = {"text/turtle": "ttl", "application/x-turtle": "ttl", "application/ld+json": "jsonld",
               "application/n-triples": "nt", "text/html": "html", "application/xhtml+xml": "html"}.get(media.strip())
        if fmt and q > best_q:
            best, best_q = fmt, q
    return best


def render_thing(store, iri: str, fmt: str, suffix: str = "") -> bytes:
    if fmt == "html":
        return html.render(entity.gather(store, URIRef(iri)), suffix=suffix).encode("utf-8")
    from graph_builder.query.render import rdf_text

    return rdf_text(entity.triples(store, URIRef(iri)), fmt).encode("utf-8")


def all_pages(store) -> list[tuple[str, str, str, str]]:
    """(kind, path, English name, Chinese name) for every entity and document node, sorted."""
    rows = store.run(PAGES_QUERY, None, where="pages").rows
    seen: dict[str, tuple[str, str, str, str]] = {}
    for r in rows:
        iri = str(r["x"])
        path = html.page_path(iri)
        if not path or iri in seen or path.startswith("id/mention/"):
            continue
        kind = path.split("/")[1] if path.startswith("id/") else "document " + path.split("/")[1]
        en = str(r["en"]) if r["en"] is not None else entity.local_name(iri)
        seen[iri] = (kind, path, en, str(r["zh"]) if r["zh"] is not None else "")
    return sorted(seen.values())


class PagesFront:
    """The HTTP front: pages and the endpoint UI here, SPARQL passed to ``backend`` (an OxigraphServer)."""

    def __init__(self, backend, port: int | None = None, host: str = "127.0.0.1", viz_dir: Path | None = None) -> None:
        from graph_builder.server import free_port

        self.backend = backend
        self.viz_dir = Path(viz_dir) if viz_dir else None
        self.host = host
        self.port = port or free_port()
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None
        self._store = None
        self._ui: bytes | None = None

    base_url = property(lambda self: f"http://{self.host}:{self.port}")
    query_url = property(lambda self: f"{self.base_url}/query")
    update_url = property(lambda self: f"{self.base_url}/update")
    store_url = property(lambda self: f"{self.base_url}/store")
    ui_url = property(lambda self: f"{self.base_url}/")
    process = property(lambda self: getattr(self.backend, "process", None))

    @property
    def store(self):
        if self._store is None:
            from graph_builder.query.store import HttpStore

            self._store = HttpStore(self.backend.query_url)
        return self._store

    def ui(self) -> bytes:
        if self._ui is None:
            from graph_builder.pages.ui import endpoint_ui

            self._ui = endpoint_ui(self.store).encode("utf-8")
        return self._ui

    def start(self) -> "PagesFront":
        self.backend.start()
        try:
            self.httpd = ThreadingHTTPServer((self.host, self.port), _handler(self))
        except OSError as exc:
            self.backend.stop()
            if exc.errno == errno.EADDRINUSE:
                raise WsisError(f"{self.host}:{self.port}: address in use (another server runs there; "
                                "stop it or pick another --port)") from None
            raise WsisError(f"serve: cannot listen on {self.host}:{self.port} ({exc.strerror or exc})") from None
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="wsiskg-pages", daemon=True)
        self.thread.start()
        return self

    def stop(self, *args) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None
        self.backend.stop(*args)

    def __enter__(self) -> "PagesFront":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _handler(front: PagesFront):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body leave as two writes on a kept-alive connection: with Nagle's algorithm the
        # second waits for the client's delayed ACK (about 40 ms per request)
        disable_nagle_algorithm = True
        server_version = "wsiskg"

        def log_message(self, *args) -> None:  # quiet: the terminal shows the endpoint's address only
            pass

        def _send(self, status: int, body: bytes, media: str, extra: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept")
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _proxy(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if hasattr(front.backend, "answer"):  # the gateway in this process: no second HTTP hop
                sent = {k: self.headers[k] for k in ("Content-Type", "Accept") if self.headers.get(k)}
                status, headers, data = front.backend.answer(self.command, self.path, sent, body or b"")
                media = next((v for k, v in headers if k.lower() == "content-type"), "")
                return self._send(status, data, media or "application/octet-stream",
                                  {"Access-Control-Allow-Origin": "*"})
            request = urllib.request.Request(front.backend.base_url + self.path, data=body, method=self.command)
            for key in ("Content-Type", "Accept"):
                if self.headers.get(key):
                    request.add_header(key, self.headers[key])
            try:
                with urllib.request.urlopen(request, timeout=3600) as response:
                    status, data, media = response.status, response.read(), response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as exc:
                status, data, media = exc.code, exc.read(), exc.headers.get("Content-Type", "text/plain")
            except (urllib.error.URLError, OSError) as exc:
                status, data, media = 502, f"endpoint unreachable: {exc}".encode(), "text/plain"
            self._send(status, data, media or "application/octet-stream", {"Access-Control-Allow-Origin": "*"})

        def _page(self) -> None:
            path = self.path.split("?", 1)[0].split("#", 1)[0]
            if path in ("/", ""):
                return self._send(200, front.ui(), MEDIA["html"])
            if path.startswith("/viz/") and front.viz_dir is not None:
                name = path[len("/viz/"):]
                target = front.viz_dir / name
                if "/" not in name and name.endswith(".html") and target.is_file():
                    return self._send(200, target.read_bytes(), MEDIA["html"])
                return self._send(404, b"not found\n", "text/plain")
            if path == "/index.html":
                return self._send(200, html.index_page(all_pages(front.store), suffix="").encode("utf-8"),
                                  MEDIA["html"])
            fmt = negotiate(self.headers.get("Accept", ""))
            for suffix, name in SUFFIXES.items():
                if path.endswith(suffix):
                    path, fmt = path[: -len(suffix)], name
                    break
            if not (path.startswith("/id/") or path.startswith("/doc/")):
                return self._send(404, b"not found\n", "text/plain")
            try:
                body = render_thing(front.store, BASE + path.lstrip("/"), fmt)
            except WsisError as exc:
                return self._send(404, f"{exc}\n".encode(), "text/plain; charset=utf-8")
            self._send(200, body, MEDIA[fmt])

        def do_GET(self) -> None:  # noqa: N802 (http.server's names)
            if self.path.split("?", 1)[0] in PROXIED:
                return self._proxy()
            self._page()

        do_HEAD = do_GET

        def do_POST(self) -> None:  # noqa: N802
            if self.path.split("?", 1)[0] in PROXIED:
                return self._proxy()
            self._send(405, b"method not allowed\n", "text/plain")

        do_PUT = do_DELETE = do_POST

    return Handler


def write_site(store, out_dir: Path, progress=None) -> int:
    """Every entity and document node as ``<path>.html`` and ``<path>.ttl``, plus ``index.html``."""
    from graph_builder.exports.atomic import write_text

    out_dir = Path(out_dir)
    from graph_builder.query.render import rdf_text

    pages = []
    for n, row in enumerate(all_pages(store), 1):
        path = row[1]
        iri = BASE + path
        try:
            page = entity.gather(store, URIRef(iri))
        except WsisError:  # typed but otherwise empty: no page
            continue
        pages.append(row)
        write_text(out_dir / f"{path}.html", html.render(page, suffix=".html"))
        write_text(out_dir / f"{path}.ttl", rdf_text(entity.triples(store, URIRef(iri)), "ttl"))
        if progress and n % 200 == 0:
            progress(f"{n} pages")
    write_text(out_dir / "index.html", html.index_page(pages, suffix=".html"))
    return len(pages)

"""Where queries run: an embedded store over ``DATA/wsis.trig`` or any SPARQL 1.1 endpoint over HTTP.

Every store answers ``run(text, bindings, timeout)`` with a :class:`Result` of rdflib terms, over the
union of the named graphs (docs/MODEL.md, "Queries run over the union of the named graphs").

- :class:`OxigraphStore` (default, chosen by bench/bench_store.py, see BENCHMARKS.md): pyoxigraph in
  memory; parameters travel as the same VALUES block as over HTTP, so every engine runs the same text
  and ``BOUND(?param)`` means the same everywhere (Oxigraph's SEP-0007 ``substitutions=`` leaves it false).
- :class:`RdflibStore`: rdflib ``Dataset(default_union=True)``, parameters bound by ``initBindings``;
  kept for the benchmark and as a pure-Python fallback.
- :class:`HttpStore`: SPARQLWrapper against any SPARQL 1.1 endpoint; parameters travel as a VALUES
  block of escaped RDF terms placed at the top of the WHERE group (:mod:`graph_builder.query.inject`).

Errors are one-line :class:`WsisError` messages ("Errors").
"""

from __future__ import annotations

import functools
import multiprocessing
import pickle
import re
import socket
import threading
import urllib.error
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.term import Identifier, Variable

from graph_builder.errors import WsisError
from graph_builder.query import terms
from graph_builder.query.inject import inject_values

TRIG_NAME = "wsis.trig"
_OX_ERROR = re.compile(r"error at (\d+):(\d+):?\s*(.*)", re.S)


@dataclass
class Result:
    """A query answer: ``kind`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Identifier | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Identifier, Identifier, Identifier]] = field(default_factory=list)


def trig_path(data_dir: Path) -> Path:
    path = Path(data_dir) / TRIG_NAME
    if not path.is_file():
        raise WsisError(f"{path}: no built graph here (run `wsiskg build --data {data_dir}` first)")
    return path


def syntax_message(where: str, message: str) -> str:
    """``WHERE: SPARQL syntax error at line L, column C: ...`` from a pyoxigraph parser message."""
    first = message.strip().splitlines()[0] if message.strip() else "invalid query"
    match = _OX_ERROR.search(first)
    if match:
        line, col, rest = match.groups()
        return f"{where}: SPARQL syntax error at line {line}, column {col}: {rest.strip()}"
    return f"{where}: SPARQL syntax error: {first}"


def classify(text: str, where: str) -> str:
    """``query`` or ``update``; a text that is neither raises the query parser's error (line and column)."""
    return _classify(text) or _classify_or_raise(text, where)  # the second call names the error's place


@functools.lru_cache(maxsize=512)
def _classify(text: str) -> str | None:
    """The form of a text already seen, remembered: saved queries come back with every call, and parsing
    and planning one on an empty store costs 0.2-7 ms (a mean 0.75 ms over the saved queries)."""
    try:
        return _classify_or_raise(text, "")
    except WsisError:
        return None


def _classify_or_raise(text: str, where: str) -> str:
    scratch = ox.Store()
    try:
        scratch.query(text)
        return "query"
    except SyntaxError as query_error:
        try:
            scratch.update(text)
        except SyntaxError:
            raise WsisError(syntax_message(where, str(query_error))) from None
        return "update"


def refuse_updates(text: str, where: str) -> None:
    """The embedded stores are read-only: the build writes the graph."""
    if classify(text, where) == "update":
        raise WsisError(f"{where}: updates are refused: the embedded store is read-only (the build writes the graph)")


_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.I)


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first form keyword outside comment lines."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    body = re.sub(r"<[^>\s]*>", "<>", body)  # IRIs may contain any word
    match = _FORM.search(body)
    return match.group(1).upper() if match else "SELECT"


def run_with_timeout(work: Callable[[], Result], timeout: float | None, where: str) -> Result:
    """Run ``work`` and give up after ``timeout`` seconds, ending the evaluation so it frees its CPU.

    An in-process store cannot stop a running query, so with a timeout the query runs in a forked child
    (which shares the loaded store copy-on-write, no reload) that is killed by PID at the deadline; the
    answer comes back pickled. Without ``fork`` (Windows, macOS spawn) a worker thread is abandoned instead.
    """
    if not timeout:
        return work()
    if "fork" not in multiprocessing.get_all_start_methods():
        return _run_in_thread(work, timeout, where)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        try:
            outcome = ("result", work())
        except BaseException as exc:  # handed to the parent
            outcome = ("error", exc if _picklable(exc) else WsisError(f"{where}: query failed: {exc}"))
        send.send(outcome)

    worker = context.Process(target=child, name="wsiskg-query", daemon=True)
    worker.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise WsisError(f"{where}: query timed out after {timeout:g} s (raise --timeout or narrow the query)")
        kind, value = receive.recv()
    except EOFError:
        raise WsisError(f"{where}: query failed (its worker exited with {worker.exitcode})") from None
    finally:
        receive.close()
        if worker.is_alive():
            worker.kill()
        worker.join()
    if kind == "error":
        raise value
    return value


def _picklable(exc: BaseException) -> bool:
    try:
        pickle.dumps(exc)
        return True
    except Exception:
        return False


def _run_in_thread(work: Callable[[], Result], timeout: float, where: str) -> Result:
    box: dict = {}

    def target() -> None:
        try:
            box["result"] = work()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True, name="wsiskg-query")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise WsisError(f"{where}: query timed out after {timeout:g} s (raise --timeout or narrow the query)")
    if "error" in box:
        raise box["error"]
    return box["result"]


class _TermCache(dict):
    """pyoxigraph term -> rdflib term, shared by every answer of one read-only store.

    Answers repeat the same values (a body, a predicate, a language tag) row after row and query after
    query, and building an rdflib term (a Literal above all) costs several times more than finding the row.
    The store never changes under a reader, so a converted term stays right; the cache is emptied when it
    reaches ``LIMIT`` entries, which bounds its memory (a few hundred bytes an entry).
    """

    LIMIT = 200_000

    def __init__(self):
        super().__init__({None: None})

    def __missing__(self, value):
        if len(self) >= self.LIMIT:
            self.clear()
            self[None] = None
        out = self[value] = terms.from_oxigraph(value)
        return out


class OxigraphStore:
    """pyoxigraph in memory, loaded from a TriG file; queries see the union of the named graphs."""

    def __init__(self, trig: Path):
        self.where = str(trig)
        self.store = ox.Store()
        try:
            self.store.load(path=str(trig), format=ox.RdfFormat.TRIG)
        except (SyntaxError, ValueError, OSError) as exc:
            raise WsisError(f"{trig}: cannot load: {str(exc).splitlines()[0]}") from None
        self._terms = _TermCache()

    @classmethod
    def from_data_dir(cls, data_dir: Path) -> "OxigraphStore":
        return cls(trig_path(data_dir))

    def run(self, text: str, bindings: dict[str, Identifier] | None = None, timeout: float | None = None,
            where: str | None = None) -> Result:
        where = where or self.where
        refuse_updates(text, where)
        sent = inject_values(text, bindings) if bindings else text

        def work() -> Result:
            answer = self.store.query(sent, use_default_graph_as_union=True)
            if isinstance(answer, ox.QueryBoolean):
                return Result("ask", boolean=bool(answer))
            if isinstance(answer, ox.QuerySolutions):
                names = [v.value for v in answer.variables]
                # A solution read by position costs nothing; by name it was a third of a listing's time.
                term = self._terms.__getitem__
                rows = [dict(zip(names, map(term, sol))) for sol in answer]
                return Result("select", variables=names, rows=rows)
            triples = [tuple(terms.from_oxigraph(t) for t in (tr.subject, tr.predicate, tr.object)) for tr in answer]
            return Result("graph", triples=sorted(triples))

        try:
            return run_with_timeout(work, timeout, where)
        except SyntaxError as exc:
            raise WsisError(syntax_message(where, str(exc))) from None
        except OSError as exc:
            raise WsisError(f"{where}: query failed: {exc}") from None


class RdflibStore:
    """rdflib's in-memory Dataset with the default graph as the union of the named graphs."""

    def __init__(self, trig: Path):
        self.where = str(trig)
        self.dataset = Dataset(default_union=True)
        try:
            self.dataset.parse(str(trig), format="trig")
        except Exception as exc:  # rdflib raises many parser types
            raise WsisError(f"{trig}: cannot load: {str(exc).splitlines()[0]}") from None

    @classmethod
    def from_data_dir(cls, data_dir: Path) -> "RdflibStore":
        return cls(trig_path(data_dir))

    def run(self, text: str, bindings: dict[str, Identifier] | None = None, timeout: float | None = None,
            where: str | None = None) -> Result:
        where = where or self.where
        refuse_updates(text, where)
        init = {Variable(k): v for k, v in (bindings or {}).items()}

        def work() -> Result:
            answer = self.dataset.query(text, initBindings=init)
            if answer.type == "ASK":
                return Result("ask", boolean=bool(answer.askAnswer))
            if answer.type == "SELECT":
                names = [str(v) for v in answer.vars]
                rows = [{n: _plain(row[n]) for n in names} for row in answer]
                return Result("select", variables=names, rows=rows)
            return Result("graph", triples=sorted(tuple(_plain(t) for t in tr) for tr in answer))

        return run_with_timeout(work, timeout, where)


def _plain(term):
    """rdflib literals typed xsd:string become simple literals, as in :mod:`terms`."""
    if term is not None and getattr(term, "datatype", None) is not None and str(term.datatype) == terms.XSD_STRING:
        return terms.literal(str(term))
    return term


def update_endpoint_for(endpoint: str) -> str:
    """Oxigraph (and Fuseki) answer updates at ``.../update`` next to ``.../query``."""
    if endpoint.endswith("/query"):
        return endpoint[: -len("query")] + "update"
    if endpoint.endswith("/sparql"):
        return endpoint
    return endpoint


class HttpStore:
    """Any SPARQL 1.1 endpoint through SPARQLWrapper (JSON results, POST)."""

    def __init__(self, endpoint: str, update_endpoint: str | None = None):
        if not re.match(r"^https?://", endpoint):
            raise WsisError(f"{endpoint}: an endpoint is an http:// or https:// URL")
        self.where = endpoint
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or update_endpoint_for(endpoint)

    def _wrapper(self, url: str, timeout: float | None):
        from SPARQLWrapper import SPARQLWrapper

        wrapper = SPARQLWrapper(url, updateEndpoint=self.update_endpoint)
        wrapper.setMethod("POST")
        wrapper.addCustomHttpHeader("User-Agent", "wsiskg (https://w3id.org/wsiskg)")
        if timeout:
            wrapper.setTimeout(int(max(1, round(timeout))))
        return wrapper

    def run(self, text: str, bindings: dict[str, Identifier] | None = None, timeout: float | None = None,
            where: str | None = None) -> Result:
        where = where or self.where
        kind = classify(text, where)
        if kind == "update":
            return self._update(text, timeout)
        sent = inject_values(text, bindings or {}) if bindings else text
        from SPARQLWrapper import JSON, TURTLE

        wrapper = self._wrapper(self.endpoint, timeout)
        wrapper.setQuery(sent)
        # SPARQLWrapper guesses the form from the raw text, comments included ("# answers: ... created ..."
        # made it send a SELECT as an update): decide it ourselves from the text without comment lines.
        wrapper.queryType = query_form(sent)
        graph_query = wrapper.queryType in ("CONSTRUCT", "DESCRIBE")
        wrapper.setReturnFormat(TURTLE if graph_query else JSON)
        response = self._call(wrapper, timeout)
        if graph_query:
            graph = Graph()
            raw = response.convert()
            graph.parse(data=raw.decode("utf-8") if isinstance(raw, bytes) else raw, format="turtle")
            return Result("graph", triples=sorted(tuple(_plain(t) for t in tr) for tr in graph))
        data = response.convert()
        if "boolean" in data:
            return Result("ask", boolean=bool(data["boolean"]))
        if wrapper.queryType == "ASK":  # Virtuoso 7 answers ASK as one row holding 1 or 0
            rows = data.get("results", {}).get("bindings", [])
            value = next(iter(rows[0].values()), {}).get("value") if rows else None
            return Result("ask", boolean=value in ("1", "true"))
        names = list(data.get("head", {}).get("vars", []))
        rows = [{n: terms.from_json(b[n]) if n in b else None for n in names} for b in data["results"]["bindings"]]
        return Result("select", variables=names, rows=rows)

    def _update(self, text: str, timeout: float | None) -> Result:
        wrapper = self._wrapper(self.endpoint, timeout)
        wrapper.setQuery(text)
        self._call(wrapper, timeout, update=True)
        return Result("ask", boolean=True)

    def _call(self, wrapper, timeout: float | None, update: bool = False):
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        url = self.update_endpoint if update else self.endpoint
        try:
            return wrapper.query()
        except QueryBadFormed as exc:
            raise WsisError(f"{url}: the endpoint rejected the query: {_first_line(exc)}") from None
        except urllib.error.HTTPError as exc:
            if update and exc.code in (401, 403, 404, 405):
                raise WsisError(f"{url}: the endpoint refused the update (HTTP {exc.code}; it is read-only)") from None
            raise WsisError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except SPARQLWrapperException as exc:
            if update:
                raise WsisError(f"{url}: the endpoint refused the update ({_first_line(exc)})") from None
            raise WsisError(f"{url}: {_first_line(exc)}") from None
        except (socket.timeout, TimeoutError):
            raise WsisError(f"{url}: query timed out after {timeout:g} s (raise --timeout or narrow the query)") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (socket.timeout, TimeoutError)):
                raise WsisError(f"{url}: query timed out after {timeout:g} s (raise --timeout or narrow the query)") from None
            raise WsisError(f"{url}: endpoint unreachable ({exc.reason})") from None
        except (ConnectionError, OSError) as exc:
            raise WsisError(f"{url}: endpoint unreachable ({exc})") from None


def _first_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:300]


def open_store(data_dir: Path | None = None, endpoint: str | None = None, engine: str = "oxigraph"):
    """The store a command or the API should use: ``endpoint`` if given, else the embedded build."""
    if endpoint:
        return HttpStore(endpoint)
    if engine == "rdflib":
        return RdflibStore.from_data_dir(Path(data_dir))
    return OxigraphStore.from_data_dir(Path(data_dir))

"""``wsiskg serve`` (Oxigraph's SPARQL server behind :mod:`graph_builder.gateway`) and ``wsiskg push``."""

from __future__ import annotations

import json
import signal
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import click
import pyoxigraph as ox

from graph_builder.commands.options import data_option
from graph_builder.errors import WsisError
from graph_builder.query.store import trig_path
from graph_builder.gateway import Gateway
from graph_builder.pages.web import PagesFront
from graph_builder.server import prepare_location


class _Stop(Exception):
    """Raised by the SIGTERM handler so the server is stopped on the normal path."""


@click.command("serve")
@data_option
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates and Graph Store writes (read-only by default).")
@click.option("--timeout", "timeout_s", type=click.IntRange(min=1), default=60, show_default=True,
              metavar="SECONDS", help="Limit per request: a query still running then is stopped (HTTP 503).")
@click.option("--federation", is_flag=True,
              help="Allow SERVICE (federated queries that make this server fetch other endpoints); refused by default.")
@click.option("--location", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Oxigraph store folder (default: a cache folder keyed by wsis.trig's hash, e.g. ~/.cache/wsiskg).")
def serve_command(data_dir: Path, port: int, writable: bool, timeout_s: int, federation: bool,
                  location: Path | None) -> None:
    """Serve the built graph with Oxigraph's SPARQL 1.1 server on 127.0.0.1 until Ctrl-C or SIGTERM."""
    store = prepare_location(data_dir, location)
    # entity pages and the endpoint UI in front; SPARQL passed on to the gateway (timeouts, no SERVICE)
    # on a private port, which runs each query in an Oxigraph process of its own
    gateway = Gateway(store, writable=writable, timeout_s=timeout_s, federation=federation)
    server = PagesFront(gateway, port=port or None, viz_dir=data_dir / "viz")

    def on_term(signum, frame):
        raise _Stop()

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        server.start()
        click.echo(f"SPARQL endpoint: {server.query_url}  ({'read-write' if writable else 'read-only'}, "
                   f"default graph = union of the named graphs)")
        if writable:
            click.echo(f"SPARQL update:   {server.update_url}")
            click.echo(f"Graph store:     {server.store_url}")
        click.echo(f"Web UI:          {server.ui_url}")
        click.echo("Press Ctrl-C to stop.")
        while server.thread.is_alive():
            server.thread.join(0.5)
        raise WsisError("server stopped unexpectedly")
    except (KeyboardInterrupt, _Stop):
        click.echo("stopping the server", err=True)
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)


def store_url_for(endpoint: str) -> str:
    """Oxigraph's Graph Store Protocol endpoint sits at ``/store`` beside ``/query``."""
    if endpoint.endswith("/query"):
        return endpoint[: -len("query")] + "store"
    return endpoint


def push_dataset(trig: Path, endpoint: str, timeout: float = 60.0) -> list[tuple[str, int]]:
    """PUT every named graph of ``trig`` to a Graph Store Protocol endpoint (one request per graph)."""
    url = store_url_for(endpoint)
    if not url.startswith(("http://", "https://")):
        raise WsisError(f"{endpoint}: an endpoint is an http:// or https:// URL")
    dataset = ox.Store()
    dataset.load(path=str(trig), format=ox.RdfFormat.TRIG)
    graphs = sorted((g for g in dataset.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    pushed = []
    for graph in graphs:
        body = dataset.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        target = f"{url}?{urllib.parse.urlencode({'graph': graph.value})}"
        request = urllib.request.Request(target, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            refused = " (is the server read-only? start it with --writable)" if exc.code in (403, 405) else ""
            raise WsisError(f"{url}: PUT {graph.value} failed: HTTP {exc.code} {exc.reason}{refused}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise WsisError(f"{url}: endpoint unreachable ({reason})") from None
        pushed.append((graph.value, body.count(b"\n")))
    return pushed


UNION_CHECK = "ASK { ?s a <https://w3id.org/wsiskg/ontology#Paragraph> }"
UNION_SETTINGS = {
    "oxigraph": "start `oxigraph serve` with --union-default-graph",
    "fuseki": "set tdb2:unionDefaultGraph true on the dataset (Fuseki configuration file)",
    "virtuoso": "Virtuoso queries all graphs by default: remove any default-graph-uri from the endpoint",
    "graphdb": "GraphDB queries all graphs by default: check the repository's default graph setting",
}


def query_url_for(endpoint: str) -> str:
    """The SPARQL query URL beside a Graph Store Protocol URL (Oxigraph, Fuseki, Virtuoso spellings)."""
    for store, query in (("/store", "/query"), ("/data", "/query"), ("/sparql-graph-crud-auth", "/sparql"),
                         ("/sparql-graph-crud", "/sparql"), ("/rdf-graph-store", "/sparql")):
        if endpoint.endswith(store):
            return endpoint[: -len(store)] + query
    return endpoint


def ask(url: str, query: str, timeout: float = 60.0) -> tuple[bool, str]:
    """A SPARQL ASK over HTTP: (answer, the server's name from its Server header)."""
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode("utf-8"),
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = json.loads(response.read().decode("utf-8"))
            server = response.headers.get("Server", "")
    except urllib.error.HTTPError as exc:
        raise WsisError(f"{url}: the check query failed: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise WsisError(f"{url}: the check query failed ({getattr(exc, 'reason', exc)})") from None
    if "boolean" in data:
        return bool(data["boolean"]), server
    # Virtuoso 7 answers ASK as one row of one integer
    rows = data.get("results", {}).get("bindings", [])
    return bool(rows and str(next(iter(rows[0].values()))["value"]) in ("1", "true")), server


def check_union(query_url: str) -> None:
    """Stop with the engine's setting when queries without GRAPH do not see the pushed named graphs."""
    seen, server = ask(query_url, UNION_CHECK)
    if seen:
        return
    engine = next((name for name in UNION_SETTINGS if name in server.lower()), None)
    setting = UNION_SETTINGS[engine] if engine else "; ".join(f"{k.capitalize()}: {v}" for k, v in
                                                                UNION_SETTINGS.items())
    raise WsisError(f"{query_url}: the graph is loaded, but queries without GRAPH do not see it (the default "
                    f"graph is not the union of the named graphs), so every saved query would answer nothing; "
                    f"{setting}, then push again")


@click.command("push")
@data_option
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL (Oxigraph: http://HOST:PORT/store; a .../query URL is mapped to it).")
@click.option("--query-endpoint", default=None, metavar="URL",
              help="SPARQL query URL used to check the load (default: beside --endpoint).")
def push_command(data_dir: Path, endpoint: str, query_endpoint: str | None) -> None:
    """Load the built graph into a SPARQL store: one HTTP PUT per named graph (SPARQL 1.1 Graph Store Protocol),
    then check that queries without GRAPH see it (the saved queries need the union default graph)."""
    for graph, count in push_dataset(trig_path(data_dir), endpoint):
        click.echo(f"{graph}: {count} triples")
    check_union(query_endpoint or query_url_for(store_url_for(endpoint)))
    click.echo("checked: queries see the named graphs through the default graph")


COMMANDS = [serve_command, push_command]

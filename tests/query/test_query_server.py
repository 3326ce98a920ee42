"""The real Oxigraph server: every saved query gives the same answers over HTTP as embedded; errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from graph_builder.commands.serve import push_dataset
from graph_builder.errors import WsisError
from graph_builder.query import saved
from graph_builder.query.api import KG
from graph_builder.server import OxigraphServer, free_port, prepare_location

pytestmark = pytest.mark.server


def _rows(kg: KG, name: str) -> list[str]:
    params = {p.name: p.example for p in saved.load(name).params}
    return sorted(map(repr, kg.query(name, **params)))


@pytest.fixture(scope="module")
def build_server(built, tmp_path_factory):
    """The real Oxigraph server loaded with the full build of the bundled corpus."""
    location = prepare_location(built[1], tmp_path_factory.mktemp("oxigraph-build-store") / "store")
    srv = OxigraphServer(location).start()
    yield srv
    srv.stop()


@pytest.mark.parametrize("name", [q.name for q in saved.list_queries()])
def test_saved_query_same_over_http_as_embedded(name, build_server, kg):
    """Every saved query, with the example parameters of its header, on the real build."""
    remote = KG(endpoint=build_server.query_url)
    assert _rows(remote, name) == _rows(kg, name)


def test_some_saved_queries_have_answers_over_http(server):
    remote = KG(endpoint=server.query_url)
    assert remote.query("provenance", entity="峰会高级组委会")
    assert remote.query("timeline", **{"from": "2003"})


def test_checks_over_http(server):
    assert set(KG(endpoint=server.query_url).checks().values()) == {0}


def test_injection_over_http_stays_a_literal(server):
    remote = KG(endpoint=server.query_url)
    assert remote.query("search", text='x") } } DELETE WHERE { ?s ?p ?o } #') == []
    assert remote.sparql("ASK { ?s ?p ?o }") is True


def test_update_refused_by_read_only_server(server):
    with pytest.raises(WsisError, match="refused the update"):
        KG(endpoint=server.query_url).sparql("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_http_timeout(server):
    slow = KG(endpoint=server.query_url, timeout=1)
    with pytest.raises(WsisError, match="timed out after 1 s"):
        slow.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")


def test_syntax_error_over_http_has_line_and_column(server):
    with pytest.raises(WsisError, match=r"line 1, column \d+"):
        KG(endpoint=server.query_url).sparql("SELECT * WHERE { ?s ?p }")


def test_unreachable_endpoint():
    with pytest.raises(WsisError, match="endpoint unreachable"):
        KG(endpoint=f"http://127.0.0.1:{free_port()}/query").sparql("ASK {}")


def test_push_loads_every_named_graph(fixture_data, tmp_path):
    empty = tmp_path / "empty-store"
    empty.mkdir()
    with OxigraphServer(empty, writable=True) as target:
        pushed = push_dataset(fixture_data / "wsis.trig", target.query_url)
        assert [g.rsplit("/", 1)[1] for g, _ in pushed] == sorted(
            ["entities", "evidence", "facts", "inferred", "mentions", "ontology", "structure"])
        counts = KG(endpoint=target.query_url).sparql(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        assert {r["g"]: r["n"] for r in counts} == dict(pushed)
        assert KG(endpoint=target.query_url).query("provenance", entity="HLSOC") == KG(
            data_dir=fixture_data).query("provenance", entity="HLSOC")


def test_push_to_read_only_server_is_refused(fixture_data, server):
    with pytest.raises(WsisError, match="HTTP 403"):
        push_dataset(fixture_data / "wsis.trig", server.query_url)


def test_serve_command_stops_on_sigterm_leaving_no_child(fixture_data, tmp_path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "graph_builder", "serve", "--data", str(fixture_data),
                             "--port", str(port), "--location", str(tmp_path / "store")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        assert first.startswith(f"SPARQL endpoint: http://127.0.0.1:{port}/query")
        assert "read-only" in first
        assert proc.stdout.readline().startswith(f"Web UI:          http://127.0.0.1:{port}/")
        assert KG(endpoint=f"http://127.0.0.1:{port}/query").query("search", text="HLSOC")
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        assert len(children) == 1
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
        time.sleep(0.2)
        with pytest.raises(ProcessLookupError):
            os.kill(int(children[0]), 0)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

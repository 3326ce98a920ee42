"""The endpoint `wsiskg serve` runs: SERVICE refused unless asked for, runaway queries stopped at the
timeout with an error status while other clients stay served, a busy port refused without a banner."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from graph_builder.errors import WsisError
from graph_builder.gateway import Gateway, uses_service
from graph_builder.server import OxigraphServer, free_port, prepare_location

pytestmark = pytest.mark.server

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p }"
FEDERATED = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def location(fixture_data, tmp_path_factory):
    return prepare_location(fixture_data, tmp_path_factory.mktemp("gateway-store") / "store")


def ask(url: str, query: str, timeout: float = 30) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def cpu_seconds(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.parametrize("text, expected", [
    (FEDERATED, True), ("select * { service   <x:y> { ?s ?p ?o } }", True),
    ("SELECT * { ?s <http://x/SERVICE> ?o }", False), ('SELECT * { ?s ?p "SERVICE" }', False),
    ("# SERVICE\nSELECT * { ?service ?p ?o }", False), ("PREFIX ex: <http://x/> SELECT * { ?s ex:service ?o }", False),
])
def test_service_keyword_found_only_outside_strings_iris_and_names(text, expected):
    assert uses_service(text) is expected


def test_service_refused_by_default_allowed_with_federation(location):
    with Gateway(location, timeout_s=10) as gateway:
        status, body = ask(gateway.query_url, FEDERATED)
        assert status == 403 and b"--federation" in body
        form = urllib.parse.urlencode({"query": FEDERATED})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{gateway.query_url}?{form}", timeout=10)
        assert refused.value.code == 403
    with Gateway(location, timeout_s=10, federation=True) as gateway:
        status, body = ask(gateway.query_url, FEDERATED)
        assert status != 403  # passed on: the store tries the (unreachable) endpoint and reports its error


def test_runaway_query_stops_at_timeout_with_error_status_others_served(location):
    with Gateway(location, timeout_s=3) as gateway:
        outcome = {}

        def runaway():
            outcome["answer"] = ask(gateway.query_url, RUNAWAY)

        started = time.monotonic()
        worker = threading.Thread(target=runaway)
        worker.start()
        time.sleep(0.5)
        busy = [pid for pid in gateway.pool.pids()]
        # another client is served while the runaway query runs
        status, body = ask(gateway.query_url, "ASK { ?s ?p ?o }", timeout=5)
        assert status == 200 and b"true" in body
        assert worker.is_alive()
        worker.join(30)
        status, body = outcome["answer"]
        assert status == 503 and b"timed out after 3 s" in body
        assert time.monotonic() - started < 10
        # the backend that ran it is gone, so its CPU is free
        time.sleep(0.3)
        gone = [pid for pid in busy if pid not in gateway.pool.pids()]
        assert gone
        for pid in gone:
            assert not os.path.exists(f"/proc/{pid}") or open(f"/proc/{pid}/stat").read().split()[2] == "Z"
        status, _ = ask(gateway.query_url, "ASK { ?s ?p ?o }", timeout=5)
        assert status == 200


def test_failed_query_is_an_error_status_never_a_truncated_200(location):
    with Gateway(location, timeout_s=10) as gateway:
        status, body = ask(gateway.query_url, "SELECT * WHERE { ?s ?p ")
        assert status == 400
        status, body = ask(gateway.query_url, 'SELECT (xsd:integer("x") AS ?n) WHERE {}')
        assert status in (200, 400)  # an unbound cell, or a parse error: either way a whole answer
        status, body = ask(gateway.ui_url.rstrip("/") + "/query", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3")
        assert status == 200 and body.rstrip().endswith(b"}")


def test_web_ui_is_passed_through(location):
    with Gateway(location, timeout_s=10) as gateway:
        with urllib.request.urlopen(gateway.ui_url, timeout=10) as response:
            assert response.status == 200 and b"<html" in response.read().lower()


def test_second_serve_on_a_busy_port_says_address_in_use(fixture_data, tmp_path, location):
    with Gateway(location, timeout_s=10) as first:
        proc = subprocess.run([sys.executable, "-m", "graph_builder", "serve", "--data", str(fixture_data),
                               "--port", str(first.port), "--location", str(location)],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode != 0
        assert "SPARQL endpoint" not in proc.stdout  # no false ready banner
        assert "address in use" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
        with pytest.raises(WsisError, match="address in use"):
            OxigraphServer(location, port=first.port).start()


def test_push_into_stock_oxigraph_stops_naming_the_union_setting(fixture_data, tmp_path):
    from graph_builder.commands.serve import check_union, push_dataset

    (tmp_path / "stock").mkdir()
    with OxigraphServer(tmp_path / "stock", writable=True, union_default_graph=False) as stock:
        push_dataset(fixture_data / "wsis.trig", stock.store_url)
        with pytest.raises(WsisError, match="--union-default-graph"):
            check_union(stock.query_url)
        proc = subprocess.run([sys.executable, "-m", "graph_builder", "push", "--data", str(fixture_data),
                               "--endpoint", stock.store_url], capture_output=True, text=True, timeout=120)
        assert proc.returncode != 0 and "--union-default-graph" in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
    (tmp_path / "union").mkdir()
    with OxigraphServer(tmp_path / "union", writable=True) as union:
        proc = subprocess.run([sys.executable, "-m", "graph_builder", "push", "--data", str(fixture_data),
                               "--endpoint", union.store_url], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert "checked" in proc.stdout


def test_read_only_answers_are_kept_and_reused_whole(location):
    with Gateway(location, timeout_s=10) as gateway:
        first = ask(gateway.query_url, "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3")
        assert first[0] == 200 and len(gateway.cache.entries) == 1
        again = ask(gateway.query_url, "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3")
        assert again == first and len(gateway.cache.entries) == 1
        # errors are never kept: the same bad query asks the store again
        assert ask(gateway.query_url, "SELECT * WHERE { ?s ?p ")[0] == 400
        assert len(gateway.cache.entries) == 1
        # the pages front and the gateway answer in the same process, so no second HTTP hop
        status, headers, body = gateway.answer("GET", "/query?query=ASK%7B%7D",
                                               {"Accept": "application/sparql-results+json"}, b"")
        assert status == 200 and b"true" in body


def test_writable_store_keeps_no_answers(location, tmp_path):
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(location, copy)
    with Gateway(copy, timeout_s=10, writable=True) as gateway:
        assert gateway.cache is None
        assert ask(gateway.query_url, "ASK { ?s ?p ?o }")[0] == 200

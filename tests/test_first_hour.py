"""A researcher's first hour: everyday tasks, each one command on the full build of the bundled corpus."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph_builder.cli import main

ROOT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/wsiskg/id/"


@pytest.fixture(scope="module")
def data(built) -> Path:
    return built[1]


def run(capsys, *args) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def rows(capsys, *args) -> list[dict]:
    code, out, err = run(capsys, *args, "--format", "csv")
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


# -- forgiving search -------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["Internet Governence Forum", "internet governance forum", "IGF", "因特网治理论坛",
                                   "網際網路治理論壇", "互联网治理论坛"])
def test_search_forgives_typos_variants_and_traditional_forms(capsys, data, typed):
    found = rows(capsys, "search", typed, "--data", data)
    assert found[0]["entity"] == ID + "body/igf", found[:3]


def test_search_one_row_per_entity(capsys, data):
    found = rows(capsys, "search", "ITU", "--data", data)
    entities = [r["entity"] for r in found]
    assert entities[0] == ID + "org/itu" and len(entities) == len(set(entities))


def test_country_finds_its_government_agencies_and_their_money(capsys, data):
    for name in ("Switzerland", "瑞士"):
        found = {r["entity"] for r in rows(capsys, "search", name, "--data", data)}
        assert {ID + "place/switzerland", ID + "org/government-of-switzerland", ID + "org/sdc"} <= found
        assert ID + "contribution/001-annex-1.2-row-1" in found  # the Swiss government's pledge
        assert ID + "contribution/001-annex-1.1-row-14" in found  # the Swiss agency's contribution
        # an amount in Swiss francs is not a match for 瑞士 by itself: only the Swiss contributors' money
        others = {r["entity"] for r in rows(capsys, "search", name, "--data", data)
                  if "/contribution/" in r["entity"] and not r["via"]}
        assert not others


def test_nothing_found_suggests(capsys, data):
    code, _, err = run(capsys, "search", "Telcom Unon", "--data", data)
    assert code != 0 and "did you mean: 'African Telecommunications Union'" in err
    code, _, err = run(capsys, "search", "zzzqqq", "--data", data)
    assert code != 0 and len(err.splitlines()) == 1 and "nothing is named like" in err


# -- the everyday tasks, one command each ------------------------------------------------------------

def test_task_everything_about_the_igf(capsys, data):
    code, out, err = run(capsys, "describe", "IGF", "--data", data)
    assert code == 0, err
    assert out.splitlines()[0].startswith("Internet Governance Forum · 互联网治理论坛")
    assert "Tunis Agenda para 72" in out and "“" in out  # every fact with its quote and paragraph


def test_task_facilitators_of_c7_e_health(capsys, data):
    found = rows(capsys, "query", "facilitators", "--param", "actionline=C7 e-health", "--lang", "en", "--data", data)
    assert found[0]["agency_label"] == "World Health Organization" and found[0]["rank"] == "1"
    assert all(r["locator"] for r in found)


def test_task_timeline_of_the_geneva_phase_preparations(capsys, data):
    found = rows(capsys, "query", "timeline", "--param", "from=2002", "--param", "to=2003-12",
                 "--param", "kind=wsis:Event", "--lang", "en", "--data", data)
    items = [r["item"] for r in found]
    assert ID + "event/prepcom-1" in items
    assert [r["date"][:4] for r in found] == sorted(r["date"][:4] for r in found)  # in date order


def test_task_every_request_to_the_un_secretary_general(capsys, data):
    found = rows(capsys, "query", "directives", "--param", "actor=UN Secretary-General", "--lang", "en", "--data", data)
    assert len(found) > 10 and {r["actor_label"] for r in found} == {"Secretary-General of the United Nations"}
    assert any("互联网治理论坛" in r["quote"] or "论坛" in r["action"] for r in found)  # convening the IGF


def test_task_all_money_from_switzerland(capsys, data):
    found = rows(capsys, "search", "Switzerland", "--lang", "en", "--data", data)
    money = {r["entity_label"] for r in found if "/contribution/" in r["entity"]}
    assert "Government of Switzerland: contribution pledged, CHF 354,450" in money
    assert "Swiss Agency for Development and Cooperation: contribution received, CHF 450,000" in money


def test_task_what_changed_between_the_2002_and_2003_reports(capsys, data):
    code, out, err = run(capsys, "diff", "000", "001", "--format", "csv", "--data", data)
    assert code == 0, err
    found = list(csv.DictReader(io.StringIO(out)))
    held = [r for r in found if r["change"] == "changed" and r["value_a"] == "planned" and r["value_b"] == "held"]
    assert held and all(r["quote_a"] and r["quote_b"] for r in held)
    assert {"added", "dropped", "changed"} <= {r["change"] for r in found}


def test_task_one_body_as_turtle(capsys, data):
    from rdflib import Graph, Literal, URIRef

    code, out, err = run(capsys, "describe", "HLSOC", "--format", "ttl", "--data", data)
    assert code == 0, err
    graph = Graph().parse(data=out, format="turtle")
    hlsoc = URIRef(ID + "body/hlsoc")
    labels = set(graph.objects(hlsoc, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert Literal("高层峰会组织委员会", lang="zh") in labels and Literal("High-Level Summit Organizing Committee", lang="en") in labels
    assert any(True for _ in graph.objects(None, URIRef("https://w3id.org/wsiskg/ontology#quote")))


@pytest.mark.server
def test_task_the_endpoint_from_a_notebook(data, tmp_path):
    from SPARQLWrapper import JSON, SPARQLWrapper

    from graph_builder.pages.web import PagesFront
    from graph_builder.server import OxigraphServer, prepare_location

    with PagesFront(OxigraphServer(prepare_location(data, tmp_path / "store"))) as endpoint:
        sparql = SPARQLWrapper(endpoint.query_url)
        sparql.setQuery("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        "SELECT ?zh WHERE { <https://w3id.org/wsiskg/id/body/igf> rdfs:label ?zh FILTER(LANG(?zh) = 'zh') }")
        sparql.setReturnFormat(JSON)
        answer = sparql.query().convert()
        assert answer["results"]["bindings"][0]["zh"]["value"] == "互联网治理论坛"


def test_task_the_pictures(data, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "graph_builder", "viz", "--data", str(data), "--out", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert len(proc.stderr.splitlines()) <= 1 and "Glyph" not in proc.stderr
    for name in ("network", "timeline", "matrix"):
        assert (tmp_path / f"{name}.html").is_file() and (tmp_path / f"{name}.svg").is_file()
        assert (tmp_path / f"{name}.png").read_bytes()[:4] == b"\x89PNG"

"""write_all: every file, byte-identical re-runs, atomic writes, one-line errors."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from graph_builder.errors import WsisError
from graph_builder.exports import atomic, write_all

from tests.exports.sample_data import files, load_sample

EXPECTED = ["context.jsonld", "csv/contributions.csv", "csv/directives.csv", "csv/facilitators.csv",
            "csv/meetings.csv", "csv/organisations.csv", "csv/resolutions.csv", "wsis.gexf", "wsis.graphml",
            "wsis.jsonld", "wsis.nq", "wsis.nt", "wsis.trig", "wsis.ttl"]


def test_writes_every_format(exported):
    assert sorted(files(exported)) == EXPECTED


def test_rerun_is_byte_identical(exported, tmp_path):
    # A fresh parse gives new blank-node ids and a new insertion order: the output must not change.
    write_all(load_sample(), tmp_path)
    assert files(tmp_path) == files(exported)


def test_output_does_not_depend_on_hash_seed(exported, tmp_path):
    # Set iteration order changes with PYTHONHASHSEED: nothing of it may reach the files.
    script = ("import sys; from pathlib import Path; from graph_builder.exports import write_all; "
              "from tests.exports.sample_data import load_sample; write_all(load_sample(), Path(sys.argv[1]))")
    for seed in ("1", "2", "3"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, cwd=Path(__file__).parents[2])
        assert files(out) == files(exported), seed


def test_no_blank_node_ids_leak_from_the_parser(exported):
    text = (exported / "wsis.trig").read_text("utf-8")
    assert "owl:unionOf _:b" in text  # the ontology's list gets a content-derived label


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_facilitators_table_lists_agencies_in_rank_order(exported):
    rows = read_csv(exported / "csv" / "facilitators.csv")
    c1 = [(r["rank"], r["agency_en"], r["agency_zh"]) for r in rows if r["action_line_notation"] == "C1"]
    assert c1 == [("1", "Economic and Social Council", "经济及社会理事会"),
                  ("2", "UN Regional Commissions", "联合国地区委员会"),
                  ("3", "International Telecommunication Union", "国际电信联盟")]
    assert rows[-1]["action_line_notation"] == "C7 e-health"
    assert rows[2]["evidence"] == "004 Tunis Agenda annex, C1"


def test_tables_have_bilingual_columns_and_values(exported):
    orgs = {r["iri"].rsplit("/", 1)[-1]: r for r in read_csv(exported / "csv" / "organisations.csv")}
    assert orgs["hlsoc"]["label_zh"] == "高峰会议高级别组委会"
    assert orgs["hlsoc"]["chair_en"] == "ITU Secretary-General"
    assert orgs["hlsoc"]["evidence"] == "001 para 17"
    assert orgs["itu"]["wikidata"] == "http://www.wikidata.org/entity/Q49427"
    assert "japan" in orgs and "geneva" not in orgs
    meetings = {r["iri"].rsplit("/", 1)[-1]: r for r in read_csv(exported / "csv" / "meetings.csv")}
    assert meetings["prepcom-1"]["participant_count"] == "969"
    assert meetings["prepcom-1"]["location_zh"] == "日内瓦"
    directives = read_csv(exported / "csv" / "directives.csv")
    igf = [d for d in directives if d["deadline"] == "2006-Q2"][0]
    assert (igf["type"], igf["addressee_en"], igf["deadline_qualifier"]) == ("Request", "UN Secretary-General", "before")
    contributions = read_csv(exported / "csv" / "contributions.csv")
    assert [(c["contributor_en"], c["amount_chf"], c["original_currency"]) for c in contributions] == [
        ("Japan", "12500.00", "JPY")]
    resolutions = {r["number"]: r for r in read_csv(exported / "csv" / "resolutions.csv")}
    assert resolutions["73"]["adopted_in_en"] == "Minneapolis"


@pytest.mark.parametrize("name,reader", [("wsis.graphml", nx.read_graphml), ("wsis.gexf", nx.read_gexf)])
def test_network_files_have_entities_and_fact_edges(exported, name, reader):
    graph = reader(exported / name)
    hlsoc = "https://w3id.org/wsiskg/id/body/hlsoc"
    post = "https://w3id.org/wsiskg/id/post/itu-secretary-general"
    assert hlsoc in graph and post in graph
    assert "https://w3id.org/wsiskg/doc/001/para/17" not in graph  # document nodes are not entities
    data = graph.get_edge_data(hlsoc, post)
    edges = list(data.values()) if graph.is_multigraph() else [data]
    assert edges[0]["predicate"] == "wsis:chair"
    # Two quotes from the same place: ordered by offsets (start, then end), never by set order.
    assert edges[0]["evidence"] == "001 para 17 | 001 para 17"
    assert edges[0]["quote"] == "HLSOC由电联秘书长 | HLSOC由电联秘书长主持"
    assert graph.nodes[hlsoc]["label_zh"] == "高峰会议高级别组委会"


def test_gexf_carries_no_date_stamp(exported):
    assert "lastmodifieddate" not in (exported / "wsis.gexf").read_text("utf-8")


def test_failed_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "wsis.ttl"
    target.write_text("old", "utf-8")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic.write_text(target, "new")
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["wsis.ttl"]


def test_invalid_iri_is_a_one_line_error(tmp_path):
    dataset = rdflib.Dataset()
    graph = dataset.graph(rdflib.URIRef("https://w3id.org/wsiskg/graph/facts"))
    graph.add((rdflib.URIRef("https://w3id.org/wsiskg/id/org/bad iri"), rdflib.RDF.type, rdflib.OWL.Thing))
    with pytest.raises(WsisError, match=r"invalid IRI <https://w3id.org/wsiskg/id/org/bad iri>"):
        write_all(dataset, tmp_path)
    assert not list(tmp_path.iterdir())

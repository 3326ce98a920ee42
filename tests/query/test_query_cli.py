"""`wsiskg query` / `wsiskg sparql` from the command line: output formats and one-line errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

from graph_builder.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_list(capsys):
    code, out, _ = run(capsys, "query", "--list")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert {"provenance", "entity-card", "timeline", "directives", "organisation", "contributions"} <= set(names)


def test_formats(capsys, fixture_data):
    base = ["query", "provenance", "--param", "entity=HLSOC", "--data", str(fixture_data), "--lang", "en"]
    code, out, _ = run(capsys, *base, "--format", "json")
    assert code == 0 and json.loads(out)[0]["subject_label"] == "High-Level Summit Organizing Committee"
    code, out, _ = run(capsys, *base, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["subject"] == "https://w3id.org/wsiskg/id/body/hlsoc"
    code, out, _ = run(capsys, *base, "--format", "tsv")
    assert out.splitlines()[0].split("\t")[0] == "subject"
    code, out, _ = run(capsys, *base)
    assert "body:hlsoc" in out and out.rstrip().endswith("rows)")  # per-kind prefixes (docs/MODEL.md)


def test_sparql_file_and_text(capsys, fixture_data, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/wsiskg/ontology#City> }")
    code, out, _ = run(capsys, "sparql", str(query), "--data", str(fixture_data), "--format", "json")
    assert code == 0 and json.loads(out) == [{"n": 1}]
    code, out, _ = run(capsys, "sparql", "ASK { ?s ?p ?o }", "--data", str(fixture_data))
    assert out.strip() == "yes"


@pytest.mark.parametrize("args, message", [
    (["query", "nosuch"], "nosuch: no saved query of that name"),
    (["query", "provenance"], "provenance: parameter entity is missing"),
    (["query", "timeline", "--param", "from=yesterday"], "is not a date"),
    (["query", "provenance", "--param", "entity=HLSOCX"], "close matches: 'HLSOC'"),
    (["sparql", "SELECT * WHERE {\n ?s ?p }"], "SPARQL syntax error at line 2, column"),
    (["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "--timeout", "0.2"],
     "timed out"),
    (["sparql", "ASK {}", "--endpoint", "http://127.0.0.1:9/query"], "endpoint unreachable"),
])
def test_errors_are_one_line(capsys, fixture_data, args, message):
    code, out, err = run(capsys, *args, "--data", str(fixture_data))
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err

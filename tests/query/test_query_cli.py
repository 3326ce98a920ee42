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
    assert "body:hlsoc" in out and out.rstrip().endswith("rows)")


def test_sparql_file_and_text(capsys, fixture_data, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/wsiskg/ontology#City> }")
    code, out, _ = run(capsys, "sparql", str(query), "--data", str(fixture_data), "--format", "json")
    assert code == 0 and json.loads(out) == [{"n": 1}]
    code, out, _ = run(capsys, "sparql", "ASK { ?s ?p ?o }", "--data", str(fixture_data))
    assert out.strip() == "yes"
    long_line = "ASK { ?s ?p ?o } " + "#" * 400  # longer than a file name may be: still query text
    code, out, _ = run(capsys, "sparql", long_line, "--data", str(fixture_data))
    assert code == 0 and out.strip() == "yes"


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


def test_rdf_formats_keep_language_tags_and_datatypes(capsys, fixture_data):
    construct = ["sparql", "CONSTRUCT { body:hlsoc rdfs:label ?l } WHERE { body:hlsoc rdfs:label ?l }",
                 "--data", str(fixture_data)]
    code, out, _ = run(capsys, *construct)  # CONSTRUCT defaults to Turtle with the project prefixes
    assert code == 0 and "@prefix body: <https://w3id.org/wsiskg/id/body/>" in out and '"@zh' in out
    assert "body:hlsoc rdfs:label" in out
    code, out, _ = run(capsys, *construct, "--format", "nt")
    assert all(line.startswith("<https://w3id.org/wsiskg/id/body/hlsoc>") for line in out.splitlines())
    assert any(line.endswith('"@en .') for line in out.splitlines())
    code, out, _ = run(capsys, *construct, "--format", "jsonld")
    labels = json.loads(out)[0]["http://www.w3.org/2000/01/rdf-schema#label"]
    assert {label["@language"] for label in labels} == {"en", "zh"}
    code, _, err = run(capsys, "sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--data", str(fixture_data),
                       "--format", "ttl")
    assert code != 0 and "needs a CONSTRUCT or DESCRIBE" in err and len(err.splitlines()) == 1


def test_jsonl_one_object_a_line(capsys, fixture_data):
    code, out, _ = run(capsys, "sparql", "SELECT ?l WHERE { body:hlsoc rdfs:label ?l } ORDER BY ?l",
                       "--data", str(fixture_data), "--format", "jsonl")
    assert code == 0 and [set(json.loads(line)) for line in out.splitlines()] == [{"l"}, {"l"}]


def test_table_fits_the_width_and_counts_chinese_as_two_columns():
    from rdflib import Literal

    from graph_builder.query.render import table

    quote = "信息社会世界高峰会议筹备委员会第二次会议决定" * 6
    text = table(["entity", "text"], [{"entity": Literal("body:hlsoc"), "text": Literal(quote)}], width=60)
    from rich.cells import cell_len

    assert max(cell_len(line) for line in text.splitlines()) <= 60
    assert "".join(line.split()[-1] for line in text.splitlines()[2:-1]) == quote  # wrapped, nothing lost


def test_printed_iris_paste_back(capsys, fixture_data):
    code, out, _ = run(capsys, "sparql", "SELECT ?o WHERE { body:hlsoc a ?o } LIMIT 1", "--data", str(fixture_data))
    assert code == 0
    printed = out.splitlines()[2].strip()
    code, out, _ = run(capsys, "sparql", f"ASK {{ body:hlsoc a {printed} }}", "--data", str(fixture_data))
    assert out.strip() == "yes"


def test_unknown_prefix_is_one_readable_line(capsys, fixture_data):
    code, _, err = run(capsys, "sparql", "SELECT * WHERE { ?s foo:bar ?o }", "--data", str(fixture_data))
    assert code != 0 and len(err.splitlines()) == 1 and "unknown prefix foo:" in err


def test_describe_table_turtle_and_json(capsys, fixture_data):
    code, out, _ = run(capsys, "describe", "HLSOC", "--data", str(fixture_data))
    assert code == 0 and out.splitlines()[0].endswith("body:hlsoc") and "“" in out  # quotes under their facts
    code, out, _ = run(capsys, "describe", "body:hlsoc", "--data", str(fixture_data), "--format", "ttl")
    assert "@prefix body: <https://w3id.org/wsiskg/id/body/>" in out and "@zh" in out and "wsis:quote" in out
    code, out, _ = run(capsys, "describe", "body/hlsoc", "--data", str(fixture_data), "--format", "json")
    page = json.loads(out)
    assert page["iri"] == "https://w3id.org/wsiskg/id/body/hlsoc"
    assert all(fact["evidence"] for fact in page["facts"])
    code, _, err = run(capsys, "describe", "HLSOCX", "--data", str(fixture_data))
    assert code != 0 and len(err.splitlines()) == 1 and "close matches" in err


def test_quotes_go_under_their_row_and_rows_group_by_the_first_column():
    from rdflib import Literal, URIRef

    from graph_builder.query.render import table

    hlsoc = URIRef("https://w3id.org/wsiskg/id/body/hlsoc")
    rows = [{"subject": hlsoc, "predicate": Literal("chair"), "quote": Literal("HLSOC由电联秘书长主持")},
            {"subject": hlsoc, "predicate": Literal("supportedBy"), "quote": Literal("由执行秘书处提供支持")}]
    lines = table(["subject", "predicate", "quote"], rows, width=60).splitlines()
    assert "quote" not in lines[0] and lines[-1] == "(2 rows)"
    assert lines[2].startswith("body:hlsoc") and lines[3].strip() == "“HLSOC由电联秘书长主持”"
    assert lines[4].split() == ["supportedBy"]  # the repeated subject is shown once
    assert lines[5].strip() == "“由执行秘书处提供支持”"

"""graph_builder.validation: example graphs conform or fail for their stated reason; reports and errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from graph_builder.errors import ValidationFailed, WsisError
from graph_builder.rdf.namespaces import GRAPH, ID, STMT, WSIS
from graph_builder.validation import (
    facts_without_statement,
    load_ontology,
    load_shapes,
    load_turtle_dir,
    parse_turtle,
    validate,
    validate_dataset,
)

EXAMPLES = Path(__file__).parent / "shapes_examples"
VALID = sorted((EXAMPLES / "valid").glob("*.ttl"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.ttl"))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def _expected(path: Path) -> tuple[str, str]:
    """The '# expect-path:' and '# expect-message:' header lines of an invalid example."""
    text = path.read_text(encoding="utf-8")
    return (
        re.search(r"^# expect-path: (.+)$", text, re.M).group(1).strip(),
        re.search(r"^# expect-message: (.+)$", text, re.M).group(1).strip(),
    )


def test_there_are_examples():
    assert len(VALID) >= 1 and len(INVALID) >= 20


@pytest.mark.parametrize("example", VALID, ids=lambda p: p.stem)
def test_valid_example_conforms(example, ontology, shapes):
    report = validate(Graph().parse(example), ontology, shapes)
    assert report.conforms, report.format()
    assert report.rows == []


@pytest.mark.parametrize("example", INVALID, ids=lambda p: p.stem)
def test_invalid_example_fails_for_the_expected_reason(example, ontology, shapes):
    path, message = _expected(example)
    report = validate(Graph().parse(example), ontology, shapes)
    assert not report.conforms
    assert report.violations, report.format()
    for row in report.violations:  # every violation is the expected one, nothing else is wrong
        assert row.path == path, report.format()
        assert message in row.message, report.format()


def test_every_class_is_checked_by_a_shape(ontology, shapes):
    """Each wsis: class is a sh:targetClass itself or through one of its super-classes."""
    from rdflib.namespace import OWL, SH

    targeted = set(shapes.objects(None, SH.targetClass))
    unchecked = []
    for cls in sorted(ontology.subjects(RDF.type, OWL.Class)):
        if not str(cls).startswith(str(WSIS)):
            continue
        supers = set(ontology.transitive_objects(cls, RDFS.subClassOf))
        if not supers & targeted:
            unchecked.append(str(cls))
    assert unchecked == []


def test_every_shape_has_a_message(shapes):
    """Readable reports: every property shape says in words what is wrong."""
    from rdflib.namespace import SH

    silent = [p for p in shapes.objects(None, SH.property) if shapes.value(p, SH.message) is None]
    assert silent == []


@pytest.mark.parametrize(
    "iso, ok",
    [
        ("2001-12-21", True), ("2002-07-01/2002-07-05", True), ("2002-05", True), ("2003-spring", True),
        ("2006-Q2", True), ("2002-H2", True), ("2005", True), ("--05-17", True), ("2003-12/2004-01", True),
        ("21/12/2001", False), ("2006-Q5", False), ("spring 2003", False), ("2005年", False), ("", False),
    ],
)
def test_iso_date_pattern(iso, ok, ontology, shapes):
    g = Graph()
    g.add((ID["directive/x"], WSIS.isoDate, Literal(iso)))
    assert validate(g, ontology, shapes).conforms is ok


def test_report_rows_name_the_node_by_its_label(ontology, shapes):
    g = Graph().parse(EXAMPLES / "invalid" / "resolution-without-number.ttl")
    report = validate(g, ontology, shapes)
    (row,) = report.violations
    assert row.label == "A resolution"
    assert row.focus == str(ID["resolution/x"])
    assert row.severity == "Violation"
    text = report.format()
    assert "A resolution" in text and "wsis:number" in text and "needs exactly one wsis:number" in text


def test_raise_if_failed_gives_one_line(ontology, shapes):
    report = validate(Graph().parse(EXAMPLES / "invalid" / "date-untyped.ttl"), ontology, shapes)
    with pytest.raises(ValidationFailed) as info:
        report.raise_if_failed()
    message = str(info.value)
    assert "\n" not in message
    assert "1 violation(s)" in message and "wsis:date" in message
    assert info.value.exit_code == 1


def test_conforming_report_does_not_raise(ontology, shapes):
    validate(Graph().parse(VALID[0]), ontology, shapes).raise_if_failed()


def _dataset_from(example: Path) -> Dataset:
    """Split a valid example into named graphs the way the build does (roughly: by kind of subject)."""
    ds = Dataset()
    g = Graph().parse(example)
    for s, p, o in g:
        text = str(s)
        if "/doc/" in text:
            name = "structure"
        elif "/stmt/" in text or "/ev/" in text:
            name = "evidence"
        elif "/mention/" in text:
            name = "mentions"
        elif p in (RDF.type, RDFS.label) or "altLabel" in str(p) or "wikidata" in str(p) or "acronym" in str(p):
            name = "entities"
        else:
            name = "facts"
        ds.graph(GRAPH[name]).add((s, p, o))
    return ds


def test_validate_dataset_reports_facts_without_statement():
    ds = _dataset_from(EXAMPLES / "valid" / "core.ttl")
    report = validate_dataset(ds)
    unstated = [r for r in report.rows if "fact has no wsis:Statement" in r.message]
    # only hlsoc-chair has a statement in the example: every other fact is reported
    assert unstated and not report.conforms
    assert not [r for r in unstated if r.focus == str(ID["body/hlsoc"]) and r.path == "wsis:chair"]
    assert [r for r in unstated if r.focus == str(ID["event/prepcom-1"]) and r.path == "wsis:chair"]


def test_facts_with_statements_pass():
    facts, evidence = Graph(), Graph()
    triple = (ID["body/hlsoc"], WSIS.chair, ID["post/sg"])
    facts.add(triple)
    assert len(facts_without_statement(facts, evidence)) == 1
    st = STMT["0000000000000001"]
    evidence.add((st, RDF.type, WSIS.Statement))
    evidence.add((st, RDF.subject, triple[0]))
    evidence.add((st, RDF.predicate, triple[1]))
    evidence.add((st, RDF.object, triple[2]))
    assert len(facts_without_statement(facts, evidence)) == 1  # a statement without evidence does not count
    evidence.add((st, WSIS.evidence, URIRef("https://w3id.org/wsiskg/ev/0000000000000001")))
    assert facts_without_statement(facts, evidence) == []


def test_syntax_error_names_file_and_line(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix ex: <http://ex/> .\nex:a ex:b ex:c .\n\nex:d ex:e "unterminated .\n', encoding="utf-8")
    with pytest.raises(WsisError) as info:
        parse_turtle(bad)
    message = str(info.value)
    assert message.startswith(f"{bad}:4: ")
    assert "\n" not in message


def test_syntax_error_in_a_shapes_folder(tmp_path):
    (tmp_path / "a.ttl").write_text("@prefix ex: <http://ex/> .\nex:a ex:b ex:c .\n", encoding="utf-8")
    (tmp_path / "b.ttl").write_text("@prefix ex: <http://ex/> .\nex:a ex:b\n", encoding="utf-8")
    with pytest.raises(WsisError, match=r"b\.ttl:\d+: "):
        load_turtle_dir(tmp_path)


def test_unbound_prefix_and_non_utf8(tmp_path):
    unbound = tmp_path / "unbound.ttl"
    unbound.write_text("ex:a ex:b ex:c .\n", encoding="utf-8")
    with pytest.raises(WsisError, match=r"unbound\.ttl:1: .*not bound"):
        parse_turtle(unbound)
    gbk = tmp_path / "gbk.ttl"
    gbk.write_bytes('@prefix ex: <http://ex/> .\nex:a ex:b "中文" .\n'.encode("gbk"))
    with pytest.raises(WsisError, match=r"gbk\.ttl"):
        parse_turtle(gbk)


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(WsisError, match="no .ttl files"):
        load_turtle_dir(tmp_path)


# --- wsiskg validate -------------------------------------------------------------------------


def _write_build(folder: Path, extra: Path | None = None) -> None:
    """DATA/wsis.trig from the valid example: the HLSOC chair fact in graph/facts, the rest in graph/entities."""
    ds = Dataset()
    chair = (ID["body/hlsoc"], WSIS.chair, ID["post/itu-secretary-general"])
    for triple in Graph().parse(EXAMPLES / "valid" / "core.ttl"):
        name = "facts" if triple == chair else "evidence" if "/stmt/" in triple[0] or "/ev/" in triple[0] else "entities"
        ds.graph(GRAPH[name]).add(triple)
    if extra is not None:
        for triple in Graph().parse(extra):
            ds.graph(GRAPH["entities"]).add(triple)
    folder.mkdir(parents=True, exist_ok=True)
    ds.serialize(folder / "wsis.trig", format="trig")


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    from graph_builder.cli import main

    with pytest.raises(SystemExit) as info:
        main(args)
    out = capsys.readouterr()
    return info.value.code, out.out, out.err


def test_validate_command_on_a_conforming_build(tmp_path, capsys):
    _write_build(tmp_path)
    code, out, err = _run(["validate", "--data", str(tmp_path)], capsys)
    assert code == 0, out + err
    assert "conforms" in out


def test_validate_command_reports_violations_and_exits_1(tmp_path, capsys):
    _write_build(tmp_path, extra=EXAMPLES / "invalid" / "resolution-without-number.ttl")
    code, out, err = _run(["validate", "--data", str(tmp_path)], capsys)
    assert code == 1
    assert "A resolution" in out and "path: wsis:number" in out and "needs exactly one wsis:number" in out
    assert err.startswith("wsiskg: error: validation: 1 violation(s)") and err.count("\n") == 1


def test_validate_command_without_a_build(tmp_path, capsys):
    code, _out, err = _run(["validate", "--data", str(tmp_path / "nowhere")], capsys)
    assert code == 2
    assert "wsis.trig: not found" in err and "Traceback" not in err


def test_validate_command_on_a_broken_file(tmp_path, capsys):
    (tmp_path / "wsis.trig").write_text("<a> <b> \"unterminated .\n", encoding="utf-8")
    code, _out, err = _run(["validate", "--data", str(tmp_path)], capsys)
    assert code == 2
    assert "wsis.trig: not valid" in err and err.count("\n") == 1

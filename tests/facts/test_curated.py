"""Curated statements (graph_builder/facts/curated.py, graph_builder/data/curated.yaml): verified quotes,
one-line errors naming the file, rule 'curated', and the shipped file stays tiny."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.corpus import SourceText
from graph_builder.entities.reference import load_reference
from graph_builder.errors import WsisError
from graph_builder.facts import Context
from graph_builder.facts.curated import apply_curated, curated_path, load_curated
from graph_builder.rdf.namespaces import ID, WSIS
from graph_builder.structure.parser import parse_document

TEXT = "1. 高层峰会组织委员会由国际电联秘书长主持。\n2. 工作组共有7名成员。\n"


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.fixture
def ctx(reference):
    src = SourceText("900", Path("900-test.zh.txt"), TEXT, "zh", "t", "t", "t", "2003", "")
    return Context([parse_document(src)], reference, [])


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "curated.yaml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """statements:
- subject: body/hlsoc
  predicate: wsis:chair
  object: {entity: post/itu-secretary-general}
  node: 900/para/1
  quote: 由国际电联秘书长主持
  reason: test
- subject: wsisid:body/hlsoc
  predicate: wsis:memberCount
  object: {literal: "7", datatype: xsd:integer}
  node: 900/para/2
  quote: 共有7名成员
"""


def test_statements_are_asserted_with_their_quote_as_rule_curated(tmp_path, ctx):
    path = _write(tmp_path, GOOD)
    apply_curated(ctx, load_curated(path), path)
    evs = ctx.store.facts[(ID["body/hlsoc"], WSIS.chair, ID["post/itu-secretary-general"])]
    (ev,) = evs
    assert ev.rule == "curated" and ev.node_id == "900/para/1"
    assert TEXT[ev.start:ev.end] == "由国际电联秘书长主持"
    assert (ID["body/hlsoc"], WSIS.memberCount, Literal("7", datatype=XSD.integer)) in ctx.store.facts
    assert ctx.store.counts_by_rule() == {"curated": 2}


@pytest.mark.parametrize("body, message", [
    (GOOD.replace("由国际电联秘书长主持", "由联合国秘书长主持"), r"statement 1: quote '由联合国秘书长主持' not found in 900 para 1"),
    (GOOD.replace("900/para/2", "900/para/9"), r"statement 2: no document node '900/para/9'"),
    (GOOD.replace("post/itu-secretary-general", "post/nobody"), r"statement 1: entity 'post/nobody' is not in"),
    (GOOD.replace("wsis:chair", "nope:chair"), r"statement 1: unknown prefix 'nope'"),
    (GOOD.replace("  node: 900/para/1\n", ""), r"statement 1: missing node"),
    (GOOD.replace("  reason: test\n", "  reasons: test\n"), r"statement 1: unknown field\(s\) reasons"),
    (GOOD.replace("{entity: post/itu-secretary-general}", "{entity: a/b, iri: x}"),
     r"statement 1: object must have exactly one of entity, iri, literal"),
    ("statements: [\n", r"not valid YAML"),
])
def test_bad_records_fail_with_one_line_naming_the_file(tmp_path, ctx, body, message):
    path = _write(tmp_path, body)
    with pytest.raises(WsisError, match=message) as err:
        apply_curated(ctx, load_curated(path), path)
    text = str(err.value)
    assert text.startswith(str(path)) and "\n" not in text


def test_shipped_file_is_valid_and_tiny(documents, reference):
    statements = load_curated(curated_path())
    apply_curated(Context(documents, reference, []), statements, curated_path())
    assert len(statements) <= 20


def test_missing_file_means_no_statements(tmp_path):
    assert load_curated(tmp_path / "absent.yaml") == []

"""Parameters become RDF terms: typing, label resolution, and no way to change the query's shape."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph_builder.errors import WsisError
from graph_builder.query import saved
from graph_builder.query.inject import inject_values, where_brace
from graph_builder.query.params import as_iri, bind, date_literal, split_assignments
from graph_builder.query.terms import to_sparql

ID = "https://w3id.org/wsiskg/id/"


def test_iri_forms():
    assert as_iri("wsisid:org/itu") == URIRef(ID + "org/itu")
    assert as_iri("<https://w3id.org/wsiskg/id/org/itu>") == URIRef(ID + "org/itu")
    assert as_iri("https://w3id.org/wsiskg/id/org/itu") == URIRef(ID + "org/itu")
    assert as_iri("HLSOC") is None  # a label, resolved later
    assert as_iri("国际电联") is None


@pytest.mark.parametrize("bad", ["https://x/a> } ; DROP ALL ; <a:b", "<http://x/a b>", 'http://x/"q"'])
def test_iri_that_could_break_out_is_refused(bad):
    with pytest.raises(WsisError, match="not a valid IRI"):
        as_iri(bad)


def test_dates_typed_by_precision():
    assert date_literal("2002", "p") == Literal("2002", datatype=XSD.gYear)
    assert date_literal("2002-07", "p") == Literal("2002-07", datatype=XSD.gYearMonth)
    assert date_literal("2002-07-01", "p") == Literal("2002-07-01", datatype=XSD.date)
    for bad in ("20x", "2002-13", "2002-07-32", "July 2002"):
        with pytest.raises(WsisError, match="is not a date"):
            date_literal(bad, "p")


def test_split_assignments():
    assert split_assignments(["a=1", "b = x=y"]) == {"a": "1", "b": "x=y"}
    with pytest.raises(WsisError, match="KEY=VALUE"):
        split_assignments(["oops"])


def test_bind_checks_types_and_presence():
    timeline = saved.load("timeline")
    with pytest.raises(WsisError, match="unknown parameter 'since'"):
        bind(timeline, {"since": "2002"}, None)
    provenance = saved.load("provenance")
    with pytest.raises(WsisError, match="parameter entity is missing"):
        bind(provenance, {}, None)
    assert bind(provenance, {"entity": "wsisid:org/itu"}, None) == {"entity": URIRef(ID + "org/itu")}
    labels = {}
    bind(provenance, {"entity": "HLSOC"}, lambda label, where: labels.setdefault(label, URIRef(ID + "body/hlsoc")))
    assert labels == {"HLSOC": URIRef(ID + "body/hlsoc")}


def test_literals_are_escaped_for_http():
    evil = 'x" } } ; DROP ALL ; SELECT * { "'
    text = to_sparql(Literal(evil))
    assert text == '"x\\" } } ; DROP ALL ; SELECT * { \\""'
    assert to_sparql(Literal("a\nb\\c", lang="zh")) == '"a\\nb\\\\c"@zh'
    assert to_sparql(Literal("2002", datatype=XSD.gYear)) == '"2002"^^<http://www.w3.org/2001/XMLSchema#gYear>'


def test_values_go_after_the_where_brace_not_into_comments_strings_or_iris():
    query = '# WHERE { in a comment\nSELECT ?x ("WHERE {" AS ?s) WHERE { <urn:a{b> ?p ?x }'
    at = where_brace(query)
    assert query[at - 6:at + 1] == "WHERE {"
    sent = inject_values(query, {"x": Literal("v")})
    assert 'WHERE { VALUES (?x) { ("v") }' in sent
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert inject_values(construct, {"s": URIRef("urn:s")}).startswith("CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s)")


@pytest.mark.parametrize("name, param, bad", [("chain", "dir1", "backward"), ("count-by", "by", "predicate"),
                                              ("hosts", "role", "guest"), ("themes", "level", "chapter")])
def test_enum_like_parameters_refuse_unknown_values_naming_the_allowed(name, param, bad):
    query = saved.load(name)
    allowed = query.param(param).choices
    assert allowed and query.param(param).example in allowed
    raw = {p.name: p.example for p in query.params if not p.optional}
    raw[param] = bad
    with pytest.raises(WsisError, match=f"not allowed \\(allowed: {', '.join(allowed)}\\)"):
        bind(query, raw, lambda label, where: URIRef(ID + "x"))


def test_every_declared_choice_list_holds_its_example():
    for query in saved.list_queries():
        for param in query.params:
            if param.choices and param.example:
                assert param.example in param.choices, (query.name, param.name)


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_blank_search_phrase_is_refused(blank):
    for name, param in (("search", "text"), ("passages", "phrase")):
        with pytest.raises(WsisError, match=f"parameter {param} is missing"):
            bind(saved.load(name), {param: blank}, None)

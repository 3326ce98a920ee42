"""Saved queries on the embedded store (fixture build): answers, labels, errors, checks."""

from __future__ import annotations

import shutil

import pytest

from graph_builder.errors import WsisError
from graph_builder.query import saved
from graph_builder.query.api import KG

ID = "https://w3id.org/wsiskg/id/"


def test_every_saved_query_is_documented():
    queries = saved.list_queries()
    assert len(queries) >= 12
    for q in queries:
        assert q.title and q.answers and q.examples, q.name
        assert all(f"wsiskg query {q.name}" in example for example in q.examples)
        for p in q.params:
            assert p.example, (q.name, p.name)
            assert f"?{p.name}" in q.text.split("WHERE")[0], f"{q.name} must project ?{p.name}"


def test_entity_named_by_label_in_either_language_or_acronym(fixture_kg):
    by_iri = fixture_kg.query("provenance", entity=ID + "body/hlsoc")
    assert by_iri
    for name in ("HLSOC", "hlsoc", "峰会高级组委会", "High-Level Summit Organizing Committee", "wsisid:body/hlsoc"):
        assert fixture_kg.query("provenance", entity=name) == by_iri


def test_provenance_gives_quote_locator_and_offsets(fixture_kg):
    rows = fixture_kg.query("provenance", entity="HLSOC", lang="en")
    chair = next(r for r in rows if r["predicate"].endswith("#chair"))
    assert chair["quote"] == "HLSOC由电联秘书长主持"
    assert chair["locator"] == "ITU SG report 2003 para 17"
    assert chair["end"] - chair["start"] == len(chair["quote"])
    assert chair["object_label"] == "Secretary-General of ITU"
    assert "entity" not in chair  # the bound parameter's column is dropped


def test_lang_picks_the_label_column(fixture_kg):
    both = fixture_kg.query("organisation", body="HLSOC")
    assert {"body_en", "body_zh"} <= set(both[0])
    zh = fixture_kg.query("organisation", body="HLSOC", lang="zh")
    assert zh[0]["body_label"] == "峰会高级组委会" and "body_en" not in zh[0]


def test_paragraph_named_by_locator(fixture_kg):
    rows = fixture_kg.query("paragraph-facts", node="ITU SG report 2003 para 14", lang="en")
    assert {r["predicate"].rsplit("#", 1)[1] for r in rows} >= {"chair", "createdBy", "openTo"}


def test_timeline_period_filter(fixture_kg):
    assert [r["date"] for r in fixture_kg.query("timeline")] == ["2002-07-01/2002-07-05", "2003", "2003"]
    assert [r["date"] for r in fixture_kg.query("timeline", to="2002")] == ["2002-07-01/2002-07-05"]
    assert [r["what"] for r in fixture_kg.query("timeline", **{"from": "2003-01"})] == ["dated", "deadline"]


def test_directives_for_an_actor(fixture_kg):
    rows = fixture_kg.query("directives", actor="国际电联", lang="en")
    assert len(rows) == 1
    assert rows[0]["action"] == "为峰会筹集资金" and rows[0]["qualifier"] == "before"


def test_money_totals_compare_computed_and_stated(fixture_kg):
    totals = [r for r in fixture_kg.query("money-totals") if r["kind"] == "total"]
    assert totals == [{"kind": "total", "status": "received", "computedCHF": "1800000", "count": 1,
                       "statedCHF": "1800000", "budgetFor": None}]


def test_injection_through_a_label_parameter_is_just_text(fixture_kg):
    evil = '") } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #'
    assert fixture_kg.query("search", text=evil) == []
    assert fixture_kg.query("search", text="secretary")[0]["entity"] == ID + "post/itu-secretary-general"


def test_unknown_label_suggests_close_matches(fixture_kg):
    with pytest.raises(WsisError, match=r"no entity is named 'HLSCO'.*close matches: 'HLSOC'"):
        fixture_kg.query("provenance", entity="HLSCO")


def test_unknown_query_name_suggests(fixture_kg):
    with pytest.raises(WsisError, match="did you mean provenance"):
        fixture_kg.query("provenanse", entity="HLSOC")


def test_ill_typed_parameter(fixture_kg):
    with pytest.raises(WsisError, match="timeline: parameter from: 'last year' is not a date"):
        fixture_kg.query("timeline", **{"from": "last year"})


def test_syntax_error_has_line_and_column(fixture_kg):
    with pytest.raises(WsisError, match=r"SPARQL syntax error at line 2, column \d+"):
        fixture_kg.sparql("SELECT ?s\nWHERE { ?s ?p }")


def test_updates_are_refused_embedded(fixture_kg):
    with pytest.raises(WsisError, match="read-only"):
        fixture_kg.sparql("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_timeout(fixture_kg):
    slow = KG(data_dir=fixture_kg.store.where.rsplit("/", 1)[0], timeout=0.2)
    with pytest.raises(WsisError, match="timed out after 0.2 s"):
        slow.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")


def test_missing_build_is_one_line_error(tmp_path):
    with pytest.raises(WsisError, match="no built graph here"):
        KG(data_dir=tmp_path)


def test_rdflib_engine_gives_the_same_answers(fixture_kg):
    other = KG(data_dir=fixture_kg.store.where.rsplit("/", 1)[0], engine="rdflib")
    for name in ("provenance", "organisation", "directives"):
        params = {p.name: p.example for p in saved.load(name).params if not p.optional}
        assert sorted(map(repr, other.query(name, **params))) == sorted(map(repr, fixture_kg.query(name, **params)))


def test_checks_pass_on_the_fixture(fixture_kg):
    counts = fixture_kg.checks()
    assert len(counts) >= 5 and set(counts.values()) == {0}


def test_checks_catch_a_broken_build(tmp_path, fixture_data):
    text = (fixture_data / "wsis.trig").read_text(encoding="utf-8")
    broken = text.replace('"HLSOC由电联秘书长主持"@zh', '""@zh', 1)
    broken = broken.replace("graph:facts {", "graph:facts {\n    <https://w3id.org/wsiskg/id/x/untyped> "
                            "<https://w3id.org/wsiskg/ontology#chair> <https://w3id.org/wsiskg/id/org/itu> .", 1)
    assert broken != text
    (tmp_path / "wsis.trig").write_text(broken, encoding="utf-8")
    counts = KG(data_dir=tmp_path).checks()
    assert counts["evidence-quote-violation"] == 1
    assert counts["fact-without-evidence-violation"] == 1
    assert counts["untyped-subject-violation"] == 1


def test_timeout_ends_the_evaluation(fixture_kg):
    """The timed-out query stops (its worker is killed), so it does not keep a core busy."""
    import multiprocessing
    import time

    slow = KG(data_dir=fixture_kg.store.where.rsplit("/", 1)[0], timeout=0.5)
    started = time.monotonic()
    with pytest.raises(WsisError, match="timed out after 0.5 s"):
        slow.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }")
    assert time.monotonic() - started < 5
    assert not [c for c in multiprocessing.active_children() if c.name == "wsiskg-query"]
    assert slow.sparql("ASK { ?s ?p ?o }") is True

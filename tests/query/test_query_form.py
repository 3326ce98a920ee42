"""Regression: SPARQLWrapper took a SELECT whose comment header said "created"/"add" for an update (HTTP 403)."""

from graph_builder.query.store import query_form


def test_comment_words_do_not_decide_the_query_form():
    text = "# title: Bodies created\n# answers: who added what\nPREFIX x: <http://e/insert#>\nSELECT ?s WHERE { ?s ?p ?o }"
    assert query_form(text) == "SELECT"


def test_graph_and_ask_forms():
    assert query_form("PREFIX a: <http://e/select/>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("ask { ?s ?p ?o }") == "ASK"
    assert query_form("DESCRIBE <http://e/x>") == "DESCRIBE"


def test_values_injection_wraps_a_sub_select():
    """Regression: 'WHERE { SELECT … }' got 'VALUES' before its SELECT, which is not SPARQL."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from graph_builder.query.inject import inject_values

    text = "SELECT ?a ?n WHERE { SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?p ?o } GROUP BY ?a } ORDER BY ?n"
    sent = inject_values(text, {"a": URIRef("http://e/x")})
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/x"), ox.NamedNode("http://e/p"), ox.Literal("1")))
    store.add(ox.Quad(ox.NamedNode("http://e/y"), ox.NamedNode("http://e/p"), ox.Literal("1")))
    rows = list(store.query(sent))
    assert [r["a"].value for r in rows] == ["http://e/x"]

"""prize-winners: an award whose prize the text does not name gives one row per winner, not one per labelled
entity of the graph (the prize's labels are read only where a prize is found)."""

from __future__ import annotations

import pyoxigraph as ox

from graph_builder.query import saved

_DATA = """
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix wsis: <https://w3id.org/wsiskg/ontology#> .
<https://w3id.org/wsiskg/id/award/a1> a wsis:PrizeAward ; wsis:winner <https://w3id.org/wsiskg/id/project/p1> .
<https://w3id.org/wsiskg/id/award/a2> a wsis:PrizeAward ; wsis:winner <https://w3id.org/wsiskg/id/project/p2> ; wsis:prize <https://w3id.org/wsiskg/id/series/some-prize> .
<https://w3id.org/wsiskg/id/series/some-prize> rdfs:label "Some Prize"@en, "某奖"@zh .
<https://w3id.org/wsiskg/id/project/p1> rdfs:label "项目一"@zh .
<https://w3id.org/wsiskg/id/project/p2> rdfs:label "项目二"@zh .
<https://w3id.org/wsiskg/id/org/other> rdfs:label "Other"@en, "其他"@zh .
<https://w3id.org/wsiskg/id/body/else> rdfs:label "Else"@en, "别的"@zh .
<https://w3id.org/wsiskg/id/st/1> rdf:subject <https://w3id.org/wsiskg/id/award/a1> ; rdf:predicate wsis:winner ; rdf:object <https://w3id.org/wsiskg/id/project/p1> ; wsis:evidence <https://w3id.org/wsiskg/id/ev/1> .
<https://w3id.org/wsiskg/id/ev/1> wsis:quote "项目一获奖" ; wsis:source <https://w3id.org/wsiskg/id/doc/p1> .
<https://w3id.org/wsiskg/id/st/2> rdf:subject <https://w3id.org/wsiskg/id/award/a2> ; rdf:predicate wsis:winner ; rdf:object <https://w3id.org/wsiskg/id/project/p2> ; wsis:evidence <https://w3id.org/wsiskg/id/ev/2> .
<https://w3id.org/wsiskg/id/ev/2> wsis:quote "项目二获某奖" ; wsis:source <https://w3id.org/wsiskg/id/doc/p2> .
"""


def _rows():
    store = ox.Store()
    store.load(_DATA.encode(), ox.RdfFormat.TURTLE)
    query = next(q for q in saved.list_queries() if q.name == "prize-winners")
    return list(store.query(query.text))


def test_an_award_of_no_named_prize_is_one_row():
    rows = _rows()
    assert len(rows) == 2
    by_winner = {str(r["winner"].value).rsplit("/", 1)[1]: r for r in rows}
    assert by_winner["p1"]["prize"] is None and by_winner["p1"]["prize_en"] is None
    assert by_winner["p2"]["prize_en"].value == "Some Prize"

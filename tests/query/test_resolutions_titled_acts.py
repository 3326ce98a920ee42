"""The saved query listing acts (queries/resolutions.rq) keeps numbered acts as before and lists an act named
only by its title (a national law 《…法》, no wsis:number), with the passage that names it."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[2]
W, I = "https://w3id.org/wsiskg/ontology#", "https://w3id.org/wsiskg/id/"
DATA = f"""
@prefix wsis: <{W}> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<{I}law/ruritania-shujubaohufa> a wsis:Act ; rdfs:label "数据保护法"@zh ; wsis:issuedBy <{I}place/ruritania> .
<{I}law/ruritania-2011-4> a wsis:Act ; wsis:number "2011-4" ; wsis:issuedBy <{I}place/ruritania> .
<{I}resolution/x-1> a wsis:Resolution ; wsis:number "1" ; wsis:issuedBy <{I}org/x> .
<{I}document/y> a wsis:Document ; wsis:issuedBy <{I}org/x> .
<{I}st1> rdf:subject <{I}law/ruritania-shujubaohufa> ; rdf:predicate rdf:type ; wsis:evidence <{I}ev1> .
<{I}ev1> wsis:quote "《数据保护法》" ; wsis:source <{I}n1> .
<{I}st2> rdf:subject <{I}law/ruritania-2011-4> ; rdf:predicate wsis:number ; wsis:evidence <{I}ev2> .
<{I}ev2> wsis:quote "第2011-4号法律" ; wsis:source <{I}n1> .
<{I}n1> wsis:locator "900 para 3" .
"""


def test_titled_and_numbered_acts_are_listed_and_other_issued_things_are_not():
    store = ox.Store()
    store.load(DATA.encode(), ox.RdfFormat.TURTLE)
    rows = {str(r["act"].value).rsplit("/", 2)[-2] + "/" + str(r["act"].value).rsplit("/", 1)[1]:
            (r["number"].value if r["number"] else None, r["quote"].value if r["quote"] else None)
            for r in store.query((ROOT / "queries" / "resolutions.rq").read_text(encoding="utf-8"))}
    assert rows == {"law/ruritania-shujubaohufa": (None, "《数据保护法》"),
                    "law/ruritania-2011-4": ("2011-4", "第2011-4号法律"),
                    "resolution/x-1": ("1", None)}

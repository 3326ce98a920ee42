"""Never lose a fact: the corpus built with one more document keeps every claim of the original documents and
validates; the Tunis phase's PrepComs stay apart from the Geneva phase's; restated figures become discrepancies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF

from graph_builder.claims.discrepancies import discrepancies
from graph_builder.exports.quads import from_rdflib
from graph_builder.rdf.namespaces import GRAPH, ID, WSIS

ROOT = Path(__file__).resolve().parents[2]
EXTRA = {
    "910": ROOT / "tests" / "fixtures" / "extra" / "910-tunis-phase-update-2004.zh.txt",
    "911": ROOT / "tests" / "fixtures" / "extra" / "911-restated-figures-2004.zh.txt",
    "902": ROOT / "tests" / "fixtures" / "devdoc" / "902-itu-cstd-progress-2010.zh.txt",
}
ORIGINAL = ("000", "001", "004")


def claims(dataset) -> set[tuple]:
    """(s, p, o, doc id) of every claim of a built dataset."""
    ev = dataset.graph(GRAPH["evidence"])
    out = set()
    for st in ev.subjects(RDF.type, WSIS.Statement):
        doc = str(ev.value(st, PROV.wasDerivedFrom)).rsplit("/", 1)[-1]
        out.add((ev.value(st, RDF.subject), ev.value(st, RDF.predicate), ev.value(st, RDF.object), doc))
    return out


@pytest.fixture(scope="module", params=sorted(EXTRA))
def extended(request, tmp_path_factory):
    """A validated build of the corpus plus one extra document (its manifest row beside it)."""
    from graph_builder.pipeline import build

    doc_id = request.param
    text = EXTRA[doc_id]
    corpus = tmp_path_factory.mktemp(f"corpus-{doc_id}")
    for f in (ROOT / "corpus").iterdir():
        shutil.copy(f, corpus / f.name)
    shutil.copy(text, corpus / text.name)
    row = (text.parent / f"{doc_id}-manifest-row.tsv").read_text(encoding="utf-8")
    with (corpus / "MANIFEST.tsv").open("a", encoding="utf-8") as fh:
        fh.write(row if row.endswith("\n") else row + "\n")
    result = build(corpus, None, validate=True)  # raises on a SHACL violation
    assert result.validation.conforms
    return doc_id, result


def test_no_claim_of_the_original_documents_is_lost(built, extended):
    doc_id, result = extended
    before = {c for c in claims(built[0].dataset) if c[3] in ORIGINAL}
    after = claims(result.dataset)
    assert before and not (before - after), sorted(before - after)[:5]
    assert any(c[3] == doc_id for c in after)


def _facts(result) -> set[tuple]:
    return set(result.dataset.graph(GRAPH["facts"]))


@pytest.mark.parametrize("extended", ["910"], indirect=True)
def test_tunis_phase_prepcoms_are_not_the_geneva_phase_prepcoms(extended):
    doc_id, result = extended
    facts = _facts(result)
    for n, iso in ((1, "2004-06-24/2004-06-26"), (2, "2005-02-17/2005-02-25"), (3, "2005-09")):
        tunis = ID[f"event/tunis-phase-prepcom-{n}"]
        assert (tunis, WSIS.isoDate, Literal(iso)) in facts
        assert (tunis, WSIS.partOf, ID["event/wsis-tunis-phase"]) in facts
        assert (tunis, WSIS.sessionOf, ID["body/wsis-prepcom"]) in facts
    geneva = ID["event/prepcom-1"]
    assert (geneva, WSIS.isoDate, Literal("2002-07-01/2002-07-05")) in facts
    assert not any(c[0] == geneva and c[3] == "910" for c in claims(result.dataset))
    # the Geneva phase's PrepCom-2, which the same text recalls in its review section, keeps its key
    assert (ID["event/prepcom-2"], WSIS.isoDate, Literal("2003-02-17/2003-02-28")) in facts


@pytest.mark.parametrize("extended", ["911"], indirect=True)
def test_restated_figures_become_discrepancies(extended):
    doc_id, result = extended
    rows = discrepancies(from_rdflib(result.dataset))
    got = {(r["kind"], r["subject"].rsplit("/id/", 1)[-1], r["value_a"], r["value_b"], r["source_a"][-3:],
            r["source_b"][-3:]) for r in rows}
    assert {
        ("count", "event/prepcom-1", "969", "975", "001", "911"),
        ("count", "event/pan-european-regional-ministerial-conference", "1391", "1400", "001", "911"),
        ("count", "event/pan-european-regional-ministerial-conference", "57", "55", "001", "911"),
        ("amount", "budget/wsis-geneva-phase-estimate", "5900000", "6100000", "001", "911"),
        ("date", "event/prepcom-2", "2003-spring", "2003-02-17/2003-02-28", "000", "911"),
        ("status", "event/prepcom-2", "planned", "held", "000", "911"),
    } <= got, sorted(got)
    # the current values come from the latest source (911, early 2004)
    facts = _facts(result)
    assert (ID["event/prepcom-1"], WSIS.participantCount, Literal(975)) in facts
    assert (ID["event/prepcom-2"], WSIS.status, Literal("held")) in facts

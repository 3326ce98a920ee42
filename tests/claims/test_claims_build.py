"""Claims over the bundled corpus: sources and dates, the current view, the discrepancy report, diff, as-of."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph_builder.cli import cli

ROOT = Path(__file__).resolve().parents[2]
W = "https://w3id.org/wsiskg/"


def _rows(kg, name, **params):
    return kg.query(name, raw=True, **params)


def test_every_claim_names_its_source_and_date(kg):
    rows = kg.sparql("""PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
SELECT (COUNT(?c) AS ?n) (COUNT(?d) AS ?sourced) (COUNT(?k) AS ?dated) WHERE {
  ?c a wsis:Statement . OPTIONAL { ?c prov:wasDerivedFrom ?d } OPTIONAL { ?c wsis:knownBy ?k } }""", raw=True)
    n, sourced, dated = (int(rows[0][k]) for k in ("n", "sourced", "dated"))
    assert n > 3000 and sourced == n and dated == n


def test_planned_and_held_are_both_kept_and_the_current_value_is_held(kg):
    rows = kg.sparql("""PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
SELECT ?status ?doc ?current ?asOf WHERE {
  ?c rdf:subject <https://w3id.org/wsiskg/id/event/prepcom-1> ; rdf:predicate wsis:status ; rdf:object ?status ;
     prov:wasDerivedFrom ?doc ; wsis:current ?current ; wsis:asOf ?asOf } ORDER BY ?doc""", raw=True)
    got = [(str(r["status"]), str(r["doc"])[-3:], str(r["current"]), str(r["asOf"])) for r in rows]
    assert got == [("planned", "000", "false", "2002"), ("held", "001", "true", "2003")]
    facts = kg.sparql("""PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
SELECT ?s WHERE { <https://w3id.org/wsiskg/id/event/prepcom-1> wsis:status ?s }""", raw=True)
    assert [str(r["s"]) for r in facts] == ["held"]


# ------------------------------------------------------------------------------------------ discrepancies
#: Every disagreement of the bundled corpus: (kind, relation, subject, value a, value b, source a, source b).
EXPECTED = {
    ("count", "conflict", "body/wsis-executive-secretariat", "14", "16", "000", "001"),  # experts: 000 vs 001
    ("count", "sum", "body/wsis-executive-secretariat", "14", "17", "000", "001"),  # vs the annex of secondments
    ("count", "sum", "body/wsis-executive-secretariat", "16", "17", "001", "001"),
    ("count", "sum", "event/pan-european-regional-ministerial-conference", "1391", "1463", "001", "001"),
    ("count", "sum", "event/prepcom-1", "969", "974", "001", "001"),  # totals that do not add up
    ("date", "precision", "event/wsis-geneva-phase", "2003", "2003-12-10/2003-12-12", "001", "004"),
    ("date", "precision", "event/wsis-geneva-phase", "2003-12-10/2003-12-12", "2003", "000", "001"),
    ("date", "precision", "event/wsis-tunis-phase", "2005", "2005-11-16/2005-11-18", "000", "004"),
    ("date", "precision", "event/wsis-tunis-phase", "2005", "2005-11-16/2005-11-18", "001", "004"),
    ("date", "precision", "event/wsis-tunis-phase", "2005", "2005-11-16/2005-11-18", "004", "004"),  # Plan, cover
    ("name", "conflict", "actionline/c1", "各国政府和所有利益相关方在推动信息通信技术促进发展方面的作用",
     "公共管理部门以及各利益相关方在推动ICT促发展方面的作用", "004", "004"),  # two titles of one action line
    ("name", "conflict", "actionline/c8", "文化多样性与特征，语言多样性与本地内容",
     "文化多样性和特征，语言多样性与本地内容", "004", "004"),
    ("status", "conflict", "event/prepcom-1", "planned", "held", "000", "001"),  # planned (2002) vs held (2003)
    ("status", "conflict", "event/wsis-geneva-phase", "planned", "held", "000", "004"),
    ("status", "conflict", "event/wsis-tunis-phase", "planned", "held", "000", "004"),
}


def _key(r) -> tuple:
    return (str(r["kind"]), str(r["relation"]), str(r["subject"]).removeprefix(W + "id/"), str(r["value_a"]),
            str(r["value_b"]), str(r["source_a"])[-3:], str(r["source_b"])[-3:])


def test_the_discrepancy_query_lists_every_disagreement_with_both_quotes(kg):
    rows = _rows(kg, "discrepancies")
    assert {_key(r) for r in rows} == EXPECTED
    for r in rows:
        assert str(r["quote_a"]) and str(r["quote_b"]) and str(r["locator_a"]) and str(r["locator_b"]), r
    planned = next(r for r in rows if _key(r)[2] == "event/prepcom-1" and _key(r)[0] == "status")
    assert "将于" in str(planned["quote_a"]) and str(planned["locator_a"]) == "000 para 10"
    assert str(planned["locator_b"]) == "001 para 6"


def test_the_discrepancy_report_is_the_query(built):
    path = built[1] / "reports" / "discrepancies.tsv"
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert {_key(r) for r in rows} == EXPECTED
    assert len(rows) == len(EXPECTED)


# ------------------------------------------------------------------------------------------ diff
def _diff(built, *args):
    result = CliRunner().invoke(cli, ["diff", *args, "--data", str(built[1])])
    assert result.exit_code == 0, result.output
    return result.output


def test_diff_000_001_shows_changes_of_each_kind_with_quotes(built):
    data = json.loads(_diff(built, "000", "001", "--format", "json"))
    assert data["counts"]["changed"] >= 2 and data["counts"]["added"] >= 100 and data["counts"]["dropped"] >= 100
    changes = {(g["entity"], c["change"], c["property"], c["value_a"], c["value_b"]): c
               for g in data["entities"] for c in g["changes"]}
    status = changes[("event:prepcom-1", "changed", "wsis:status", "planned", "held")]
    assert status["locator_a"].startswith("000 para 10") and status["locator_b"].startswith("001 para 6")
    assert ("event:wsis-geneva-phase", "changed", "wsis:isoDate", "2003-12-10/2003-12-12", "2003") in changes
    # added by the 2003 update: the PrepCom-1 outcome; dropped (not restated): the 2002 plans
    assert ("event:prepcom-1", "added", "wsis:participantCount", "", "969") in changes
    assert ("event:prepcom-1", "added", "wsis:chair", "", "person:adama-samassekou") in changes
    assert ("event:prepcom-2", "dropped", "wsis:isoDate", "2003-spring", "") in changes
    assert ("event:prepcom-1", "dropped", "wsis:expectedParticipantsMin", "1000", "") in changes
    for c in changes.values():
        assert (c["quote_a"] or c["change"] == "added") and (c["quote_b"] or c["change"] == "dropped")


def test_diff_text_and_csv(built):
    text = _diff(built, "000", "001")
    assert re.match(r"diff 000 -> 001: \d+ changed, \d+ added, \d+ dropped", text)
    assert "  ~ wsis:status: planned -> held" in text
    rows = list(csv.DictReader(_diff(built, "000", "001", "--format", "csv").splitlines()))
    assert {r["change"] for r in rows} == {"changed", "added", "dropped"}
    assert _diff(built, "000", "001", "--format", "csv") == _diff(built, "000", "001", "--format", "csv")


def test_diff_as_of_two_dates(built):
    data = json.loads(_diff(built, "--as-of", "2002", "2003", "--format", "json"))
    changes = {(g["entity"], c["change"], c["property"], c["value_a"], c["value_b"])
               for g in data["entities"] for c in g["changes"]}
    assert ("event:prepcom-1", "changed", "wsis:status", "planned", "held") in changes
    # as of 2003 the Geneva phase keeps 000's day: 001's "2003" only restates it coarsely
    assert not any(c[0] == "event:wsis-geneva-phase" and c[2] == "wsis:isoDate" for c in changes)


def test_diff_unknown_document_is_a_one_line_error(built):
    result = CliRunner().invoke(cli, ["diff", "000", "999", "--data", str(built[1])])
    assert result.exit_code != 0 and "999" in str(result.exception or result.output)


# ------------------------------------------------------------------------------------------ as of, all claims
def test_event_as_of_2002_gives_what_the_2002_report_said(kg):
    now = _rows(kg, "event", event="event:prepcom-1")
    assert {str(r["status"]) for r in now} == {"held"}
    then = _rows(kg, "event", event="event:prepcom-1", as_of="2002-12-31")
    assert {str(r["status"]) for r in then if r["status"] is not None} == {"planned"}
    assert {str(r["source"]) for r in then} == {W + "doc/000"}
    before = _rows(kg, "event", event="event:prepcom-2", as_of="2002")
    assert {str(r["date"]) for r in before if r["date"] is not None} == {"2003-spring"}
    assert _rows(kg, "event", event="event:prepcom-1", as_of="2001") == []


def test_event_all_claims_lists_every_source(kg):
    rows = _rows(kg, "event", event="event:wsis-tunis-phase", claims="all")
    dates = {(str(r["date"]), str(r["source"])[-3:], str(r["current"])) for r in rows if r["date"] is not None}
    # 004 gives both the year (Plan of Action) and the days (back cover): the more precise value is current
    assert dates == {("2005", "000", "false"), ("2005", "001", "false"), ("2005", "004", "false"),
                     ("2005-11-16/2005-11-18", "004", "true")}


def test_timeline_and_directives_as_of(kg):
    later = _rows(kg, "timeline", kind="wsis:Event")
    early = _rows(kg, "timeline", kind="wsis:Event", as_of="2002-12-31")
    assert len(early) < len(later)
    assert not any(str(r["item"]).endswith("/igf-meeting-1") for r in early)
    assert any(str(r["item"]).endswith("/igf-meeting-1") for r in later)
    all_directives = _rows(kg, "directives")
    known_2002 = _rows(kg, "directives", as_of="2002")
    assert 0 < len(known_2002) < len(all_directives)
    assert all(str(r["locator"]).startswith("000") for r in known_2002 if r["locator"] is not None)


# ------------------------------------------------------------------------------------------ the model doc
def _model_examples() -> list[str]:
    text = (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8")
    section = text[text.index("## Claims"):]
    section = section[:section.find("\n## ", 5)] if "\n## " in section[5:] else section
    return re.findall(r"```sparql\n(.*?)```", section, re.S)


def test_the_model_doc_claims_examples_run(kg):
    examples = _model_examples()
    assert len(examples) >= 3
    for text in examples:
        assert kg.sparql(text, raw=True), text


def test_chairs_current_as_of_and_all_claims(kg):
    now = _rows(kg, "chairs")
    early = _rows(kg, "chairs", as_of="2002")
    every = _rows(kg, "chairs", claims="all")
    assert early and len(early) < len(now)
    assert {str(r["source"]) for r in early} == {W + "doc/000"}
    assert {(str(r["of"]), str(r["holder"])) for r in now} <= {(str(r["of"]), str(r["holder"])) for r in every}
    assert all(r["source"] is not None and r["current"] is not None for r in every)

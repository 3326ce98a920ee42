"""``wsiskg diff`` compares values, not spacing: two texts that space a printed date or a name differently state
the same value; a real change is still reported."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD

from graph_builder.claims.diff import Quote, diff
from graph_builder.rdf.namespaces import WSIS

EVENT = URIRef("https://w3id.org/wsiskg/id/event/regional-meeting-lima-2009")


def _facts(*pairs):
    return {(EVENT, p, o): [Quote("900 para 1", str(o))] for p, o in pairs}


def test_spacing_only_differences_are_no_change():
    a = _facts((WSIS.dateAsPrinted, Literal("2009年 10 月", lang="zh")), (RDFS.label, Literal("利马 区域会议", lang="zh")),
               (WSIS.isoDate, Literal("2009-10")))
    b = _facts((WSIS.dateAsPrinted, Literal("2009年10月", lang="zh")), (RDFS.label, Literal("利马区域会议", lang="zh")),
               (WSIS.isoDate, Literal("2009-10")))
    assert diff(a, b) == []


def test_a_changed_printed_date_is_still_a_change():
    a = _facts((WSIS.dateAsPrinted, Literal("2009年 10 月", lang="zh")), (WSIS.isoDate, Literal("2009-10")))
    b = _facts((WSIS.dateAsPrinted, Literal("2009年11月", lang="zh")), (WSIS.isoDate, Literal("2009-11")))
    changes = {(c.kind, c.prop.rsplit("#", 1)[-1], tuple(c.old), tuple(c.new)) for c in diff(a, b)}
    assert ("changed", "isoDate", ("2009-10",), ("2009-11",)) in changes
    assert ("changed", "dateAsPrinted", ("2009年 10 月",), ("2009年11月",)) in changes


def test_same_text_of_another_datatype_is_a_change():
    a = _facts((WSIS.deadline, Literal("2009", datatype=XSD.gYear)))
    b = _facts((WSIS.deadline, Literal("2009")))
    assert [c.kind for c in diff(a, b)] == ["changed"]

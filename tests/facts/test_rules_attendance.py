"""Attendance of the session a report is about (graph_builder/facts/rules_attendance.py): new sentences."""

from __future__ import annotations


from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

REPORT = """科技促进发展委员会
第十九届会议报告

第一章
会议安排

1. 委员会第十九届会议于2016年5月9日至13日在日内瓦举行。

2. 委员会43个成员国中有39个成员国出席了本届会议。约两百名观察员出席了会议。逾五十名记者参加了会议期间举行的新闻发布会。
"""


def _facts(text: str):
    return extract_text(load_reference(), text, ["frames", "participation.attendance"], "t")[0].facts


def test_countries_and_observers_attending_the_reported_session():
    facts = _facts(REPORT)
    session = ID["event/cstd-session-19"]
    assert (session, WSIS.countryCount, Literal(39, datatype=XSD.integer)) in facts
    group = ID["participation/cstd-session-19-observers"]
    assert (session, WSIS.participation, group) in facts
    assert (group, WSIS["count"], Literal(200, datatype=XSD.integer)) in facts


def test_the_body_size_and_people_at_side_events_are_not_attendance():
    facts = _facts(REPORT)
    counts = {int(o) for (s, p, o) in facts if p in (WSIS.countryCount, WSIS["count"])}
    assert 43 not in counts and 50 not in counts


def test_a_document_that_reports_on_no_session_gives_nothing():
    facts = _facts(REPORT.replace("第十九届会议报告", "年度报告"))
    assert not [t for t in facts if t[1] in (WSIS.countryCount, WSIS.participation)]

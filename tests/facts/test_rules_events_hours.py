"""The hours of a meeting its record states (graph_builder/facts/rules_events_hours.py): new records in other
layouts, and sentences that give no hour of the meeting."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.entities.reference import load_reference
from graph_builder.facts.rules_events_hours import HOUR, clock
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

RULES = ["events.identity", "events.when_where", "events.when_where_hours"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _hours(store):
    return {(str(s).rsplit("/", 1)[-1], str(p).rsplit("#", 1)[-1], o) for (s, p, o) in store.facts
            if p in (WSIS.openedAt, WSIS.closedAt)}


@pytest.mark.parametrize("part,h,m,half,want", [
    ("上午", "9", "05", False, "09:05"), ("下午", "3", None, False, "15:00"), ("下午", "12", "40", False, "12:40"),
    ("晚上", "七", None, True, "19:30"), (None, "十一", "二十", False, "11:20"), ("下午", "25", None, False, None),
])
def test_clock(part, h, m, half, want):
    assert clock(part, h, m, half) == want


def test_a_verbatim_record_opens_and_rises_on_its_day(reference):
    text = ("经济及社会理事会第45次会议逐字记录\n\n"
            "2015年7月9日星期四下午3时在日内瓦万国宫举行\n\n"
            "下午3时20分宣布开会。\n\n"
            "1. 主席说，理事会将审议议程项目18。\n\n"
            "下午6时05分散会。\n")
    store, _ = extract_text(reference, text, RULES)
    got = _hours(store)
    assert {(p, o) for _, p, o in got} == {
        ("openedAt", Literal("2015-07-09T15:20:00", datatype=XSD.dateTime)),
        ("closedAt", Literal("2015-07-09T18:05:00", datatype=XSD.dateTime))}, got
    assert len({s for s, _, _ in got}) == 1


@pytest.mark.parametrize("text", [
    "理事会定于上午10时开会。",            # a schedule, not the hour it opened
    "工作组于下午3时举行非正式磋商。",      # the hour of something else
    "请各代表团于下午6时前提交修正案。",    # a deadline
    "会议将于上午10时30分开始。",          # announced, not recorded
])
def test_no_hour_of_the_meeting(text):
    assert not list(HOUR.finditer(text))


@pytest.mark.parametrize("text,verb", [
    ("上午10时05分宣布开会。", "宣布开会"), ("下午1时散会。", "散会"), ("会议于下午4时50分休会。", "休会"),
    ("会议于上午十一时开始。", "开始"),
])
def test_hour_lines(text, verb):
    assert [m.group("verb") for m in HOUR.finditer(text)] == [verb]

"""A meeting named after a body's bare head word (委员会闭会期间小组会议) is told apart by the year it is held in
(graph_builder/facts/rules_events_anchors.py); a meeting with a name of its own keeps its name as its key. Names,
places and dates written for this test."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDF

from graph_builder.entities.reference import load_reference
from tests.facts.test_rules_actions_helpers import extract_text


def _events(text: str) -> set[str]:
    store = extract_text(load_reference(), text, ["frames", "events.identity", "events.when_where"], "t")[0]
    return {str(s).rsplit("/", 1)[-1] for (s, p, o) in store.facts if "/event/" in str(s)}


@pytest.mark.parametrize("text,year", [
    ("1. 为筹备本届会议，委员会闭会期间小组会议于2019年11月4日至6日在基多举行，约八十名专家出席。\n", "2019"),
    ("1. 理事会年度磋商会议将于2021年3月在达累斯萨拉姆举行。\n", "2021"),
])
def test_a_meeting_named_after_a_bare_body_word_carries_its_year(text, year):
    events = _events(text)
    assert events and all(e.endswith(f"-{year}") for e in events), events


def test_a_meeting_with_a_name_of_its_own_keeps_its_name():
    events = _events("1. 东非宽带政策对话会于2015年9月14日至16日在坎帕拉举行。\n")
    assert events and not any(e.endswith("-2015") for e in events), events

"""A meeting named with its own last words in brackets as its short name (X区域审查会议（区域审查会议）于…举行), and
its officers elected at an occasion of it (会议在开幕式上选举…): graph_builder/facts/rules_events_anchors.py and the
officers/roles frames. New sentences, not a fixture's."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

TEXT = """1. 南部非洲区域宽带审查会议（审查会议）于2015年8月3日至5日在哈博罗内举行，约一百名代表出席。

2. 审查会议在第一次全体会议上以鼓掌方式选举博茨瓦纳的凯奥·莫加莱（Keo Mogale）为主席，纳米比亚的安娜·尼科德穆斯（Anna Nicodemus）为副主席。
"""


def _facts(text: str):
    store, _ = extract_text(load_reference(), text, None, "t")
    return store.facts


def _by(facts, p):
    return {(str(s).rsplit("/", 1)[1], str(o).rsplit("/", 1)[-1]) for (s, p2, o) in facts if p2 == p}


def test_a_meeting_with_its_own_words_as_short_name_is_dated_placed_and_gets_its_officers():
    facts = _facts(TEXT)
    ev = "nanbufeizhouquyukuandaishenchahuiyi"
    assert (ev, "gaborone") in _by(facts, SCHEMA.location)
    assert (ev, "keo-mogale") in _by(facts, WSIS.chair)
    assert (ev, "anna-nicodemus") in _by(facts, WSIS.viceChair)


def test_a_bracket_that_is_not_the_name_s_own_words_is_no_short_name():
    # a country, or words the name does not end with: the bracketed words are not the meeting's short name
    for aside in ("博茨瓦纳", "宽带会议"):
        facts = _facts(f"1. 南部非洲区域宽带审查会议（{aside}）于2015年8月3日至5日在哈博罗内举行。\n")
        assert not [s for (s, p, o) in facts if "nanbufeizhouquyukuandaishenchahuiyi" in str(s)], aside

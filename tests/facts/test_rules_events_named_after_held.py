"""A meeting named right after the relative clause that dates and places it (2017年5月在比什凯克举行的X区域磋商会由…
主办), straight double quotes read as Chinese ones ("A"更名为"B"), and a network of people as a body:
graph_builder/facts/frames/slots.py, graph_builder/normalize.py. New sentences, not a fixture's."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.normalize import normalize
from graph_builder.rdf.namespaces import SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text


def _facts(text: str):
    store, _ = extract_text(load_reference(), text, None, "t")
    return store.facts


def _by(facts, p):
    return {(str(s).rsplit("/", 1)[1], str(o).rsplit("/", 1)[-1]) for (s, p2, o) in facts if p2 == p}


def test_a_meeting_named_after_held_de_is_dated_placed_hosted_counted_and_chaired():
    facts = _facts("1. 2017年5月3日至4日在吉尔吉斯斯坦比什凯克举行的中亚数字经济区域磋商会由吉尔吉斯斯坦数字发展部主办，"
                   "约七十名代表出席；会议推选塔吉克斯坦的拉希姆·纳扎罗夫（Rahim Nazarov）担任主席。\n")
    ev = "zhongyashuzijingjiquyucuoshanghui-2017"
    assert (ev, "bishkek") in _by(facts, SCHEMA.location)
    assert (ev, "rahim-nazarov") in _by(facts, WSIS.chair)
    assert {o for (s, o) in _by(facts, WSIS.participantCount) if s == ev} == {"70"}
    assert any(s == ev for (s, o) in _by(facts, WSIS.hostedBy))


def test_a_meeting_named_after_held_de_in_a_later_clause_with_its_organisers():
    facts = _facts("2. 报告指出，2016年10月在秘鲁利马召开的安第斯宽带审查会议有逾一百二十名与会者出席。\n")
    assert ("andisikuandaishenchahuiyi-2016", "lima") in _by(facts, SCHEMA.location)


def test_a_bare_kind_or_a_numbered_session_after_held_de_is_no_new_meeting():
    # 会议 alone, a count of meetings, and a numbered session (the session finder's) mint no meeting of that name
    for text in ("1. 各方在2016年10月在利马举行的会议上交换了意见。\n",
                 "1. 2016年在利马举行的两次会议讨论了预算。\n",
                 "1. 理事会在2016年10月在利马举行的第三次会议上通过了预算。\n"):
        facts = _facts(text)
        assert not [s for (s, p, o) in facts if str(s).endswith(("huiyi-2016", "huiyi"))
                    and "event/" in str(s) and "meeting" not in str(s)], text


def test_straight_quotes_around_chinese_words_read_as_chinese_quotes_and_a_network_of_people_is_a_body():
    assert normalize('将"区域专家网络"更名为"数字合作专家网络"') == "将“区域专家网络”更名为“数字合作专家网络”"
    assert normalize('style="list-style-type: none"') == 'style="list-style-type: none"'  # markup: no Chinese next to it
    facts = _facts('1. 理事会决定，将"安第斯研究人员网络"更名为"安第斯数字研究人员网络"。\n')
    assert ("andisiyanjiurenyuanwangluo", "andisishuziyanjiurenyuanwangluo") in _by(facts, WSIS.renamedTo)
    assert any("body/andisiyanjiurenyuanwangluo" in str(s) for (s, p, o) in facts)


def test_a_network_of_cables_stays_a_named_thing_not_a_body():
    facts = _facts("1. 2019年，“安第斯光缆网络”更名为“安第斯数字光缆网络”。\n")
    assert not any("body/andisiguanglanwangluo" in str(s) for (s, p, o) in facts)

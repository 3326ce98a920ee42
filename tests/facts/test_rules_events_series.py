"""Bare 第N次会议 going on with the series of a body's earlier meeting in the passage (X工作组第一次会议于…举行；
第二次会议于…举行。第三次会议预定于…): graph_builder/facts/rules_events_anchors.py. New sentences, not a fixture's."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text


def _facts(text: str):
    store, _ = extract_text(load_reference(), text, None, "t")
    return store.facts


def _values(facts, p) -> dict:
    return {str(s).rsplit("/", 1)[1]: str(o).rsplit("/", 1)[-1] for (s, p2, o) in facts if p2 == p}


def test_later_meetings_of_a_series_named_by_their_ordinal_only():
    facts = _facts("1. 南亚电信监管工作组第一次会议于2013年9月24日至25日在加德满都举行；第二次会议于2014年3月在达卡举行。"
                   "第三次会议预定于2014年第四季度在马累举行。\n")
    places = _values(facts, SCHEMA.location)
    assert places["nanyadianxinjianguangongzuozu-meeting-2"] == "dhaka"
    assert places["nanyadianxinjianguangongzuozu-meeting-3"] == "male"
    assert _values(facts, WSIS.isoDate)["nanyadianxinjianguangongzuozu-meeting-3"] == "2014-Q4"
    assert _values(facts, WSIS.status)["nanyadianxinjianguangongzuozu-meeting-3"] == "planned"


def test_an_ordinal_after_another_body_s_name_is_not_the_series():
    facts = _facts("1. 南亚电信监管工作组第一次会议于2013年9月在加德满都举行。东南亚数字经济委员会第二次会议于2014年3月在万象举行。\n")
    assert "nanyadianxinjianguangongzuozu-meeting-2" not in _values(facts, SCHEMA.location)


def test_the_series_of_a_body_named_in_an_earlier_paragraph_goes_on():
    facts = _facts("1. 原“湄公河宽带专家组”于2012年5月更名为“湄公河数字互联工作组”。\n\n"
                   "2. 工作组第一次会议于2012年9月在万象举行；第二次会议于2013年4月在金边举行。"
                   "第三次会议预定于2013年第四季度在河内举行。\n")
    places = _values(facts, SCHEMA.location)
    assert places.get("meigongheshuzihuliangongzuozu-meeting-2") == "phnom-penh"
    assert places.get("meigongheshuzihuliangongzuozu-meeting-3") == "hanoi"
    assert _values(facts, WSIS.status).get("meigongheshuzihuliangongzuozu-meeting-3") == "planned"


def test_a_bare_first_meeting_after_a_chair_s_post_is_the_subject_s():
    # the body inside the chair's post (国际电联总秘书处…特别顾问) is not the one meeting: the sentence's subject is
    facts = _facts("1. 理事会决定设立太平洋海底电缆专家组。该专家组由国际电联总秘书处特别顾问阿马杜·萨尔（Amadou Sall）"
                   "（塞内加尔）担任主席，第一次会议于2016年第四季度在苏瓦举行。\n")
    places = _values(facts, SCHEMA.location)
    assert places.get("taipingyanghaididianlanzhuanjiazu-meeting-1") == "suva"
    assert not any(k.startswith("guojidianlianzongmishuchu") for k in places)


def test_the_anaphor_names_a_quoted_body_the_lists_lack():
    facts = _facts('1. 联合国系统行政首长协调理事会于2016年5月决定，将"电子政务联络人网络"更名为"数字政府联络人网络"。'
                   "该网络由国际电联总秘书处特别顾问阿马杜·萨尔（Amadou Sall）（塞内加尔）担任主席，"
                   "第一次会议于2016年第四季度在达喀尔举行。\n")
    assert _values(facts, SCHEMA.location).get("shuzizhengfulianluorenwangluo-meeting-1") == "dakar"
    assert _values(facts, WSIS.isoDate).get("shuzizhengfulianluorenwangluo-meeting-1") == "2016-Q4"


def test_a_body_named_outside_a_post_keeps_its_meeting():
    # no person after the body: the body named last before the meeting is still the one meeting
    facts = _facts("1. 理事会设立了太平洋海底电缆专家组，第一次会议于2016年第四季度在苏瓦举行。\n")
    places = _values(facts, SCHEMA.location)
    assert places.get("taipingyanghaididianlanzhuanjiazu-meeting-1") == "suva"
    assert not any(k.startswith("itu-council") for k in places)

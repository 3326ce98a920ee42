"""Resumed sessions (graph_builder/facts/frames/resumed.py and the resumed frames of meetings.yaml).

Every sentence here is written for this test: suffix, prefix and verb forms, with and without dates and places,
and sentences with 续/复 words that name no resumed session.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS
from graph_builder.structure import parse_document


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _facts(reference, text: str) -> dict:
    """key -> {property local name -> {values}} for the events one document of ``text`` states."""
    src = SourceText("t", Path("t.zh.txt"), text + "\n", "zh", "t", "t", "t", "2020", "")
    store = extract([parse_document(src)], reference, find_all_mentions([src], reference))
    out: dict = {}
    for (s, p, o), evs in store.facts.items():
        assert evs, (s, p, o)  # every fact has evidence
        key = str(s).split("/id/", 1)[-1]
        if key.startswith("event/"):
            out.setdefault(key, {}).setdefault(str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1], set()).add(
                str(o).split("/id/", 1)[-1])
    return out


def _resumed(facts: dict) -> dict:
    return {k: v for k, v in facts.items() if "-resumed" in k}


POSITIVE = [
    # (text, session key ending, resumed key ending, iso date or None, place key or None)
    ("联合国大会第五十八届会议续会于2004年6月7日至9日在纽约举行，审议了两项报告。",
     "unga-session-58", "unga-session-58-resumed", "2004-06-07/2004-06-09", "place/new-york"),
    ("2004年6月，在日内瓦举行的联合国大会第五十八届会议的续会通过了一项决定。",
     "unga-session-58", "unga-session-58-resumed", None, None),
    ("亚太电信论坛第四届会议续会（2012年3月5日至7日，日内瓦）通过了工作方案。",
     "session-4", "session-4-resumed", "2012-03-05/2012-03-07", "place/geneva"),
    ("联合国大会恢复的第五十九届会议于2005年9月在纽约举行。",
     "unga-session-59", "unga-session-59-resumed", "2005-09", "place/new-york"),
    ("东非电信论坛第三届会议将于2013年第一季度在内罗毕复会。",
     "session-3", "session-3-resumed", "2013-Q1", None),
    ("东非电信论坛第三届会议第二期会议审议了预算。",
     "session-3", "session-3-resumed", None, None),
    ("东非电信论坛第三届会议第二次续会于2014年5月举行。",
     "session-3", "session-3-resumed-2", "2014-05", None),
    ("筹备委员会第二次会议续会议于2003年2月在日内瓦召开。",
     "prepcom-2", "prepcom-2-resumed", "2003-02", "place/geneva"),
    ("联合国大会第五十七届会议于2002年9月开幕。联合国大会于2003年7月在纽约复会。",
     "unga-session-57", "unga-session-57-resumed", "2003-07", "place/new-york"),
    ("东非电信论坛第六届会议于2015年5月在阿克拉举行。该届会议的续会于2015年11月在日内瓦举行。",
     "session-6", "session-6-resumed", "2015-11", "place/geneva"),
    # the English words in brackets after the Chinese name
    ("联合国大会第六十一届会议（resumed session）于2007年7月在纽约举行。",
     "unga-session-61", "unga-session-61-resumed", "2007-07", "place/new-york"),
    ("西非信息社会论坛第五届会议（Resumed Fifth Session）（2016年4月4日至6日，日内瓦）通过了预算。",
     "session-5", "session-5-resumed", "2016-04-04/2016-04-06", "place/geneva"),
    # a council has one session a year: the session it resumes is the one of the year it resumes in
    ("国际电联理事会于2007年9月在日内瓦复会，审议了预算。",
     "itu-council-2007", "itu-council-2007-resumed", "2007-09", "place/geneva"),
]


@pytest.mark.parametrize("text,session,resumed,iso,place", POSITIVE, ids=[p[2] + f"-{k}" for k, p in enumerate(POSITIVE)])
def test_a_resumed_session_is_a_part_of_its_session(reference, text, session, resumed, iso, place):
    facts = _facts(reference, text)
    got = _resumed(facts)
    assert len(got) == 1, facts
    key, f = next(iter(got.items()))
    assert key.endswith(resumed), key
    parent = next(iter(f["partOf"]))
    assert parent.endswith(session) and parent == key.rsplit("-resumed", 1)[0], f
    assert f["status"] == {"resumed"}
    assert f.get("sessionOf") and f["sessionOf"] == facts.get(parent, {}).get("sessionOf", f["sessionOf"])
    if iso:
        assert f["isoDate"] == {iso}
    if place:
        assert place in f["schema:location" if False else "location"]
    # the session itself is not given the resumed session's dates, place or status
    own = facts.get(parent, {})
    assert "resumed" not in own.get("status", set()) and (not iso or iso not in own.get("isoDate", set())), own
    if place:
        assert place not in own.get("location", set())


def test_the_session_keeps_its_own_dates(reference):
    facts = _facts(reference, "联合国大会第五十七届会议于2002年9月10日在纽约举行。"
                              "联合国大会第五十七届会议续会于2003年7月14日至16日在纽约举行。")
    assert facts["event/unga-session-57-resumed"]["isoDate"] == {"2003-07-14/2003-07-16"}
    assert facts["event/unga-session-57"]["isoDate"] == {"2002-09-10"}
    assert facts["event/unga-session-57"]["status"] == {"held"}


def test_a_session_keeps_the_year_its_name_gives(reference):
    facts = _facts(reference, "经济及社会理事会2007年实质性会议续会于2007年10月在纽约举行。")
    assert facts["event/ecosoc-2007"]["isoDate"] == {"2007"}
    assert facts["event/ecosoc-2007-resumed"]["isoDate"] == {"2007-10"}
    assert facts["event/ecosoc-2007-resumed"]["partOf"] == {"event/ecosoc-2007"}


def test_labels_of_a_minted_resumed_session(reference):
    from graph_builder.facts import _load_rule_modules

    _load_rule_modules()
    text = "联合国大会第五十八届会议续会于2004年6月7日在纽约举行。"
    src = SourceText("t", Path("t.zh.txt"), text + "\n", "zh", "t", "t", "t", "2020", "")
    ref = load_reference()
    extract([parse_document(src)], ref, find_all_mentions([src], ref))
    e = ref.by_key["event/unga-session-58-resumed"]
    assert e.zh == "联合国大会第五十八届会议续会"
    assert e.en.endswith("(resumed)"), e.en
    assert e.cls == ref.by_key["event/unga-session-58"].cls


NEGATIVE = [
    "双方于2011年5月续签了合作协议。",
    "会议继续讨论了联合国大会第五十八届会议的议程。",
    "联合国大会第五十八届会议于2003年9月在纽约举行。",
    "谈判于2004年3月在日内瓦恢复，各方重申了承诺。",
    "工作组决定继续举行非正式磋商。",
    "该项目复会计划尚未确定。",
    "东非电信论坛第三届会议（2012年3月5日至7日，日内瓦）通过了工作方案。",
    "东非电信论坛第三届会议（resumption of talks）审议了预算。",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_resumed_session(reference, text):
    assert not _resumed(_facts(reference, text))


def test_a_body_resuming_without_a_named_session_is_not_guessed(reference):
    # the General Assembly has numbered sessions: which one resumes, the sentence does not say
    assert not _resumed(_facts(reference, "联合国大会于2003年7月在纽约复会。"))
    # another body's session named before is not the one that resumes
    assert not _resumed(_facts(reference, "国际电联理事会第五届会议已经闭幕。联合国大会于2003年7月在纽约复会。"))


@pytest.mark.parametrize("text, resumed", [
    # a General Assembly resolution (its subject line; its symbol) under a section heading that names another body
    ("大会，\n三、互联网治理论坛\n9. 决定在第七十二届会议续会期间于2018年3月5日在纽约举行一次关于宽带的专题辩论。",
     "event/unga-session-72-resumed"),
    ("A/RES/71/999\n三、互联网治理论坛\n9. 决定在第七十一届会议续会期间于2017年4月3日在纽约举行一次关于频谱的专题辩论。",
     "event/unga-session-71-resumed"),
    ("经济及社会理事会，\n5. 决定在第六十届会议续会期间于2019年7月1日在纽约召开一次关于数据的高级别对话。",
     "event/ecosoc-session-60-resumed"),
])
def test_in_a_resolution_a_session_named_by_its_number_alone_is_the_adopting_bodys(reference, text, resumed):
    facts = _facts(reference, text)
    assert facts[resumed]["status"] == {"resumed"}
    assert not [k for k in facts if k.startswith("event/igf-session")]
    debate = next(k for k, v in facts.items() if resumed in v.get("partOf", set()) and k != resumed)
    assert facts[debate]["status"] == {"planned"}


def test_outside_a_resolution_a_bare_session_number_is_not_the_assemblys(reference):
    facts = _facts(reference, "区域论坛\n9. 论坛决定在第七届会议续会期间审议预算。")
    assert not [k for k in facts if k.startswith(("event/unga", "event/ecosoc"))]

"""A listed name followed by the words of a meeting named after it (信息社会世界峰会…部长级会议) is one mention of
that meeting, minted; a body's own meetings, verbs, ordinals and longer names stay as they were (sentences written
for this test)."""

from __future__ import annotations

from graph_builder.entities import topic_meetings
from graph_builder.entities.linker import find_all_mentions, find_mentions
from graph_builder.entities.reference import load_reference
from tests.entities.helpers_entities import source


def _events(text: str) -> list[tuple[str, str]]:
    ref = load_reference()
    return [(m.surface, m.key) for m in find_all_mentions([source(text, doc_id="990")], ref)
            if m.key.startswith("event/")]


def test_a_meeting_named_after_the_summit_is_a_meeting_of_its_own():
    found = _events("2016年5月，斐济政府在苏瓦主办了信息社会世界峰会成果区域执行情况部长级会议。")
    assert found == [("信息社会世界峰会成果区域执行情况部长级会议",
                      "event/xinxishehuishijiefenghuichengguoquyuzhixingqingkuangbuzhangjihuiyi")]
    found = _events("我们，出席信息社会世界峰会成果区域执行情况部长级会议的各国部长，")
    assert [s for s, _ in found] == ["信息社会世界峰会成果区域执行情况部长级会议"]
    found = _events("斐济将于2018年在苏瓦主办第二次信息社会世界峰会成果区域执行情况部长级会议。")
    assert found == [("第二次信息社会世界峰会成果区域执行情况部长级会议",
                      "event/xinxishehuishijiefenghuichengguoquyuzhixingqingkuangbuzhangjihuiyi-2")]
    # the same name again is the same meeting
    found = _events("会议回顾了信息社会世界峰会成果区域执行情况部长级会议的结论。")
    assert [k for _, k in found] == ["event/xinxishehuishijiefenghuichengguoquyuzhixingqingkuangbuzhangjihuiyi"]


def test_a_meeting_named_after_an_organisation_or_a_document():
    found = _events("国际电联宽带政策区域论坛于2015年在达喀尔举行。")
    assert [s for s, _ in found] == ["国际电联宽带政策区域论坛"]


def test_no_meeting_name_without_a_topic_or_with_a_verb_an_ordinal_or_more_name_words():
    for text in ("国际电联理事会特别会议于2003年举行。",          # only the kind of the body's meeting
                 "国际电联理事会秋季会议审议了报告。",
                 "筹备委员会应制订峰会议事规则。",                   # a verb between
                 "信息社会世界峰会和部长级会议",                     # a conjunction
                 "拉丁美洲和加勒比区域信息社会世界峰会成果审查会议",   # more name words before
                 "国际电联落实信息社会世界峰会的情况",
                 "联合国教科文组织以提供会议场地的形式提供了支助",  # words running on after the noun
                 "国际电联提供会议服务。"):
        ref = load_reference()
        listed = find_mentions(source(text, doc_id="990"), ref)
        assert topic_meetings.extend(source(text, doc_id="990"), listed, ref) == listed, text

"""A meeting's report: the meeting its title names is the one 会议 stands for in every section, also after
decimal paragraph numbers (2.1.1); a meeting named after the verb that holds it; meetings first counted and then
dated one by one (graph_builder/facts/rules_frames.py, rules_events_anchors.py). New sentences, not a fixture's."""

from __future__ import annotations

from rdflib import Literal

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

REPORT = """北亚和中亚区域宽带政策对话会报告

1 导言

1.1 应蒙古国政府邀请，亚太经社会与国际电联于2015年9月14日至16日在乌兰巴托联合举办北亚和中亚区域宽带政策对话会（以下简称“对话会”）。

1.2 对话会之前举行了两次专家磋商：第一次于2015年3月在阿拉木图举行，第二次于2015年6月在比什凯克举行，约有四十名专家参加。

2 出席情况

2.1.1 来自九个国家的约一百二十名与会者出席了会议。

3 成果

3.1 会议于9月16日下午以协商一致方式通过了《巴库宣言》。每年5月17日为世界电信和信息社会日。
"""

ANNEXED = REPORT + """
附件

与会者名单（按国家分列）

蒙古（12人）
哈萨克斯坦（7人）
吉尔吉斯斯坦（5人）
"""

NOT_A_REPORT = REPORT.replace("北亚和中亚区域宽带政策对话会报告", "区域宽带工作方案")


def _facts(text: str):
    store, _ = extract_text(load_reference(), text,
                            ["events.anchors", "events.when_where", "frames", "participation.by-country"], "t")
    return store.facts


def _events(facts, label: str):
    return {s for (s, p, o) in facts if str(o) == label and "event/" in str(s)}


def _values(facts, p) -> dict:
    return {str(s).rsplit("/", 1)[1]: o.toPython() for (s, p2, o) in facts if p2 == p}


def test_a_meeting_named_after_the_verb_that_holds_it_is_dated_and_placed():
    facts = _facts(REPORT)
    dates = _values(facts, WSIS.isoDate)
    assert "2015-09-14/2015-09-16" in dates.values()
    places = {str(o) for (s, p, o) in facts if p == SCHEMA.location}
    assert any("wulanbatuo" in p or "ulaanbaatar" in p for p in places)


def test_meetings_counted_then_dated_one_by_one():
    dates = _values(_facts(REPORT), WSIS.isoDate)
    firsts = {k: v for k, v in dates.items() if k.startswith("zhuanjiacuoshang-")}
    assert firsts == {"zhuanjiacuoshang-1-2015": "2015-03", "zhuanjiacuoshang-2-2015": "2015-06"}


def test_the_meeting_of_the_title_is_the_meeting_of_a_later_section():
    counts = _values(_facts(REPORT), WSIS.participantCount)
    assert 120 in counts.values()


def test_without_the_title_a_later_section_names_no_meeting():
    counts = _values(_facts(NOT_A_REPORT), WSIS.participantCount)
    assert 120 not in counts.values()


def test_a_short_declaration_adopted_on_a_day_written_without_its_year():
    facts = _facts(REPORT)
    declaration = [s for (s, p, o) in facts if p == WSIS.isoDate and str(s).endswith("document/bakuxuanyan")]
    assert declaration
    assert (declaration[0], WSIS.isoDate, Literal("2015-09-16")) in facts
    adopted = {str(o) for (s, p, o) in facts if p == WSIS.adopted}
    assert any(o.endswith("document/bakuxuanyan") for o in adopted)


def test_a_day_of_every_year_keeps_no_year():
    assert "2015-05-17" not in _values(_facts(REPORT), WSIS.isoDate).values()


def test_a_count_of_meetings_is_no_meeting_name():
    facts = _facts("2.2 秘书处于2015年9月15日在乌兰巴托共同举办了四场专题会议。\n")
    assert not [s for (s, p, o) in facts if p == WSIS.isoDate]


def test_a_participants_list_by_country_in_an_annex_gives_groups_of_the_report_s_meeting():
    facts = _facts(ANNEXED)
    groups = {o for (s, p, o) in facts if p == WSIS.participation}
    counts = sorted(o.toPython() for (s, p, o) in facts if p == WSIS["count"] and s in groups)
    assert counts == [5, 7, 12]
    assert {str(s).rsplit("/", 1)[1] for (s, p, o) in facts if p == WSIS.participation} == {
        "beiyahezhongyaquyukuandaizhengceduihuahui"}


def test_a_participants_list_with_a_colon_before_each_count():
    text = ANNEXED.replace("蒙古（12人）", "蒙古：12人").replace("哈萨克斯坦（7人）", "哈萨克斯坦：7")
    facts = _facts(text)
    groups = {o for (s, p, o) in facts if p == WSIS.participation}
    assert sorted(o.toPython() for (s, p, o) in facts if p == WSIS["count"] and s in groups) == [5, 7, 12]


def test_a_list_under_another_title_gives_no_groups():
    facts = _facts(ANNEXED.replace("与会者名单（按国家分列）", "捐款国（按国家分列）"))
    assert not [t for t in facts if t[1] == WSIS.participation]


def test_a_count_belongs_to_the_meeting_named_last_before_it():
    counts = _values(_facts(REPORT), WSIS.participantCount)
    assert counts.get("zhuanjiacuoshang-2-2015") == 40
    assert "zhuanjiacuoshang-1-2015" not in counts


def test_a_review_event_named_by_its_own_name_is_dated_and_placed_not_the_summit_it_reviews():
    text = ("区域报告\n\n1. 第二次信息社会世界峰会区域审查活动于2014年4月7日至9日在内罗毕举行，约有三百名与会者参加。\n\n"
            "2. 会议审议了各国的审查活动。\n")
    facts = _facts(text)
    dates = _values(facts, WSIS.isoDate)
    assert dates.get("wsis") is None
    assert "2014-04-07/2014-04-09" in dates.values()
    counts = _values(facts, WSIS.participantCount)
    assert 300 in counts.values() and "wsis" not in counts

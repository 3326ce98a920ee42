"""What a meeting or body considered, discussed or was briefed on (graph_builder/facts/rules_events_considered.py):
new sentences of the forms, and sentences that must yield nothing."""

from __future__ import annotations

import pytest
from rdflib import Literal

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

RULES = ["events.identity", "events.when_where", "frames", "events.considered"]
TEXT = ("1. 国际电联理事会2010年会议审议了这份可行性研究, 基本上赞同其结论。\n\n"
        "2. 2012年3月4日至6日国际电联举办了世界宽带统计会议，为制定新的指标审议了若干提案。会议同时讨论了配合论坛开展活动的可能性。\n\n"
        "3. 联合国系统行政主管协调委员会在纽约举行的2012年秋季会议上获得论坛筹备详情通报。\n\n"
        "4. 高层峰会组织委员会讨论了论坛的预算问题，并同意集中召开会议。\n\n"
        "5. 请理事会审议了这份报告的各国政府。我们讨论了预算。\n\n"
        "6. 2014年9月国际电联召开了世界宽带统计会议，并审议了三项统计方案。\n\n"
        "7. 我们出席了世界宽带统计会议，审议了两份文件。国际电联举办了世界宽带统计会议。审议了旧方案。"
        "国际电联举办了世界宽带统计会议，秘书长为此审议了财务报告。\n\n"
        "8. 高层峰会组织委员会还审议了下列议题：区域筹备进程和论坛的日程。\n")


@pytest.fixture(scope="module")
def considered():
    store, _ = extract_text(load_reference(), TEXT, RULES)
    return {(s, str(o)) for (s, p, o) in store.facts if p == WSIS.considered}


def test_a_session_and_a_body_considered_what_the_clause_names(considered):
    assert (ID["event/itu-council-2010"], "这份可行性研究") in considered
    assert (ID["body/hlsoc"], "论坛的预算问题") in considered


def test_a_meeting_named_before_and_taken_up_by_its_kind(considered):
    assert any(v == "配合论坛开展活动的可能性" and "event/" in str(s) for s, v in considered)


def test_a_meeting_briefed_on_something(considered):
    assert (ID["event/ceb-autumn-meeting-2012"], "论坛筹备详情") in considered


def test_no_subject_no_request_no_speakers(considered):
    assert not any(v in ("预算", "两份文件", "旧方案") or "报告" in v or "下列" in v for _, v in considered)
    assert len(considered) == 6


def test_a_clause_without_subject_after_holding_a_meeting(considered):
    held = {v for s, v in considered if "event/" in str(s)}
    assert {"若干提案", "三项统计方案"} <= held

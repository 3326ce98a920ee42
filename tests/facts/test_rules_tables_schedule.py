"""An organization of work printed as a table of days by time slots (graph_builder/facts/rules_tables_schedule.py):
a session, days, slots and items written for this test; a table of another kind gives no meetings."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

AGENDA = """信息社会问题区域委员会
第七届会议
2019年10月14日至16日，达喀尔
临时议程项目1

1. 委员会将在本届会议开幕时审议其工作安排。

附件
拟议工作安排

日期              上午9时30分至12时30分          下午2时30分至5时30分
10月14日（星期一）  项目1和项目2；一般性辩论         项目3：专题讨论
10月15日（星期二） 项目4                          —
10月16日（星期三）  非正式磋商                     项目5和项目6；闭幕
"""

BUDGET = AGENDA.replace("上午9时30分至12时30分", "2018年").replace("下午2时30分至5时30分", "2019年")

SESSION = "event/xinxishehuiwentiquyuweiyuanhui-session-7"


def _facts(text: str):
    return extract_text(load_reference(), text, ["events.title_block", "tables.schedule"], "t")[0].facts


def _labels(facts) -> dict[str, str]:
    return {str(s).rsplit("/", 1)[-1]: str(o) for (s, p, o) in facts
            if str(p).endswith("#label") and getattr(o, "language", None) == "zh" and "-session-7-" in str(s)}


def test_each_filled_slot_of_a_day_is_a_meeting_dated_that_day():
    facts = _facts(AGENDA)
    labels = _labels(facts)
    assert labels["xinxishehuiwentiquyuweiyuanhui-session-7-2019-10-14-2"].endswith("下午2时30分至5时30分）：项目3：专题讨论")
    assert (ID[f"{SESSION}-2019-10-16-2"], WSIS.isoDate, __import__("rdflib").Literal("2019-10-16")) in facts


def test_a_day_cell_holding_the_first_slots_words_and_an_empty_slot():
    labels = _labels(_facts(AGENDA))
    assert labels["xinxishehuiwentiquyuweiyuanhui-session-7-2019-10-15-1"].endswith("：项目4")
    assert "xinxishehuiwentiquyuweiyuanhui-session-7-2019-10-15-2" not in labels


def test_a_table_whose_header_names_no_time_slots_gives_no_meetings():
    assert not _labels(_facts(BUDGET))

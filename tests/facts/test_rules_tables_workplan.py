"""Work plans printed as tables (graph_builder/facts/rules_tables_workplan.py): new tables written for this test,
in bars, tabs and Markdown pipes, and tables that are no work plan."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

BARS = """区域工作计划

1. 小组商定的2019年工作计划如下：

活动｜牵头机构｜合作机构｜期限
编写区域宽带报告｜非洲经济委员会｜国际电联、联合国开发计划署｜2019年第二季度
举办数字技能培训班｜国际电联｜联合国教科文组织｜2019年秋季
更新网站｜秘书处｜—｜持续
"""

PIPES = """工作方案

| 任务 | 负责机构 | 完成时间 |
| --- | --- | --- |
| 发布统计手册 | 联合国贸易和发展会议 | 2020年6月底 |
"""

TABS = "年度计划\n\n工作内容\t牵头单位\t时限\n组织专家会议\t联合国教科文组织\t2021年上半年\n开展能力建设\t国际电联\t2021年底\n"

NOT_A_PLAN = """附件

行动方面｜牵头机构｜期限
C2｜国际电联｜2015年
C3｜联合国教科文组织｜2015年
"""


def _facts(text: str):
    return extract_text(load_reference(), text, ["tables.workplan"])[0].facts


def _items(facts):
    return {s for (s, p, o) in facts if p == RDF.type and o == WSIS.WorkPlanItem}


def test_each_row_is_an_activity_its_lead_partners_and_deadline():
    facts = _facts(BARS)
    assert len(_items(facts)) == 2  # the secretariat's row names no agency
    item = next(s for (s, p, o) in facts if p == WSIS.action and str(o) == "编写区域宽带报告")
    assert {o for (s, p, o) in facts if s == item and p == WSIS.addressee} == {ID["org/eca"]}
    assert {o for (s, p, o) in facts if s == item and p == WSIS.partner} == {ID["org/itu"], ID["org/undp"]}
    assert (item, WSIS.isoDate, Literal("2019-Q2")) in facts
    assert (item, WSIS.deadline, Literal("2019", datatype=XSD.gYear)) in facts
    assert (item, WSIS.deadlineQualifier, Literal("before")) in facts


@pytest.mark.parametrize("text,action,lead,iso", [
    (PIPES, "发布统计手册", "org/unctad", "2020-06"),
    (TABS, "组织专家会议", "org/unesco", "2021-H1"),
])
def test_pipe_and_tab_work_plans(text, action, lead, iso):
    facts = _facts(text)
    item = next(s for (s, p, o) in facts if p == WSIS.action and str(o) == action)
    assert (item, WSIS.addressee, ID[lead]) in facts
    assert (item, WSIS.isoDate, Literal(iso)) in facts


def test_a_facilitators_table_is_no_work_plan():
    assert not _items(_facts(NOT_A_PLAN))

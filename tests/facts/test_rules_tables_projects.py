"""Projects tables printed with runs of spaces between columns (fixed width, no bars): each row a work-plan item
with its lead, its status coded from a status column and its deadline by quarter or half-year
(graph_builder/facts/rules_tables_workplan.py); new tables written for this test."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

FIXED = """附表二　区域项目进展

项目名称                    牵头单位            状态          完成期限
加勒比海底光缆规划研究      国际电联            已完成        2016年第一季度
西非数字身份试点            联合国开发计划署    实施中        2017年下半年
南亚远程教育平台            联合国教科文组织    延期          2018年上半年
北非电子采购指南            联合国贸易和发展会议  尚未启动      2018年第三季度
东欧频谱管理培训            国际电联            未完成        2017年底
"""

NO_STATUS = "项目\t牵头机构\t时限\n编制农村连通手册\t国际电联\t2019年第四季度\n"


def _facts(text: str):
    return extract_text(load_reference(), text, ["tables.workplan"])[0].facts


def _item(facts, action):
    return next(s for (s, p, o) in facts if p == WSIS.action and str(o) == action)


@pytest.mark.parametrize("action,lead,status,iso", [
    ("加勒比海底光缆规划研究", "org/itu", "completed", "2016-Q1"),
    ("西非数字身份试点", "org/undp", "ongoing", "2017-H2"),
    ("南亚远程教育平台", "org/unesco", "postponed", "2018-H1"),
    ("北非电子采购指南", "org/unctad", "planned", "2018-Q3"),
    ("东欧频谱管理培训", "org/itu", "ongoing", None),  # 未完成 is not done
])
def test_fixed_width_projects_table(action, lead, status, iso):
    facts = _facts(FIXED)
    item = _item(facts, action)
    assert (item, RDF.type, WSIS.WorkPlanItem) in facts
    assert (item, WSIS.addressee, ID[lead]) in facts
    assert {o for (s, p, o) in facts if s == item and p == WSIS.status} == {Literal(status)}
    if iso:
        assert (item, WSIS.isoDate, Literal(iso)) in facts


def test_a_plan_without_a_status_column_has_no_status():
    facts = _facts(NO_STATUS)
    item = _item(facts, "编制农村连通手册")
    assert not {o for (s, p, o) in facts if s == item and p == WSIS.status}
    assert (item, WSIS.isoDate, Literal("2019-Q4")) in facts

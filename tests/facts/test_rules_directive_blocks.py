"""Directives of the ITU layout (graph_builder/facts/rules_actions_directives.py, ``actions.directive-blocks``):
a block heading that asks (责成秘书长, 请…) and the numbered paragraphs under it, on new sentences."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDF

from pathlib import Path

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import WSIS
from graph_builder.structure import parse_document

TEXT = """第 77 号决议（2010年，瓜达拉哈拉，修订版）
宽带接入

国际电信联盟全权代表大会（2010年，瓜达拉哈拉），

做出决议
1\t继续支持成员国制定国家宽带战略，

责成秘书长
1\t每年向理事会报告本决议的落实情况；
2\t于2012年第三季度之前召开一次宽带问题专家会议，

考虑到
a)\t宽带网络是经济和社会发展的关键基础设施；
"""


@pytest.fixture(scope="module")
def facts():
    # an ITU text: the bare 秘书长 is the ITU Secretary-General
    ref = load_reference()
    src = SourceText("t", Path("t.zh.txt"), TEXT, "zh", "t", "t", "ITU", "2010", "")
    return extract([parse_document(src)], ref, find_all_mentions([src], ref), only=["actions.directive-blocks"]).facts


def test_each_paragraph_of_an_asking_block_is_an_instruction_to_its_addressee(facts):
    asked = {s for (s, p, o) in facts if p == RDF.type and o == WSIS.Instruction}
    assert len(asked) == 2
    whom = {str(o).rsplit("/", 1)[1] for (s, p, o) in facts if p == WSIS.addressee and s in asked}
    assert whom == {"itu-secretary-general"}
    actions = sorted(str(o) for (s, p, o) in facts if p == WSIS.action and s in asked)
    assert actions == ["于2012年第三季度之前召开一次宽带问题专家会议", "每年向理事会报告本决议的落实情况"]
    assert [str(o) for (s, p, o) in facts if p == WSIS.isoDate and s in asked] == ["2012-Q3"]


def test_blocks_that_ask_nobody_give_no_directive(facts):
    # 做出决议 and 考虑到 are no request to anyone
    assert {o for (s, p, o) in facts if p == RDF.type} <= {WSIS.Instruction}


def test_the_year_printed_after_the_meeting_a_report_is_for_dates_the_directive():
    text = TEXT.replace("2\t于2012年第三季度之前召开一次宽带问题专家会议，", "2\t向下届全权代表大会（2014年）提交综合报告，")
    ref = load_reference()
    src = SourceText("t", Path("t.zh.txt"), text, "zh", "t", "t", "ITU", "2010", "")
    facts = extract([parse_document(src)], ref, find_all_mentions([src], ref), only=["actions.directive-blocks"]).facts
    assert [str(o) for (s, p, o) in facts if p == WSIS.isoDate] == ["2014"]


def test_a_block_instructing_the_director_of_the_development_bureau():
    text = TEXT + "\n责成电信发展局主任\n1\t于2011年底之前完成区域宽带评估，\n"
    ref = load_reference()
    src = SourceText("t", Path("t.zh.txt"), text, "zh", "t", "t", "ITU", "2010", "")
    facts = extract([parse_document(src)], ref, find_all_mentions([src], ref), only=["actions.directive-blocks"]).facts
    assert {str(o).rsplit("/", 1)[1] for (s, p, o) in facts if p == WSIS.addressee} == {
        "itu-secretary-general", "itu-bdt-director"}


def test_blocks_inviting_the_council_and_the_member_states_and_sector_members_of_itu():
    text = TEXT + "\n请理事会\n1\t在理事会2011年会议上审议本决议的落实情况；\n\n请成员国和部门成员\n1\t积极参与宽带问题专家会议。\n"
    ref = load_reference()
    src = SourceText("t", Path("t.zh.txt"), text, "zh", "t", "t", "ITU", "2010", "")
    facts = extract([parse_document(src)], ref, find_all_mentions([src], ref), only=["actions.directive-blocks"]).facts
    asked = {str(o).rsplit("/", 1)[1] for (s, p, o) in facts if p == WSIS.addressee}
    assert {"itu-council", "itu-member-states", "itu-sector-members"} <= asked

"""An agency holding a body's chair or vice-chairs and the persons representing it there (frame officers.chair-agency),
on new documents: the body named by the title block, by the section heading, or by its head noun."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.facts import RULES, _load_rule_modules
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

_load_rule_modules()

PLAN = """海洋数据伙伴关系
2020年工作计划

第一部分　主席职位
1. 2019年的主席由世界气象组织担任，由其观测司司长英格丽·汉森（Ingrid Hansen）代表。副主席为国际电联和万国邮政联盟，分别由国际电联无线电通信局顾问米卡·维尔塔宁（Mika Virtanen）和万国邮政联盟邮政技术中心主任卡门·韦拉（Carmen Vera）代表。
2. 2020年1月1日起主席由世界卫生组织接任，世界气象组织转任副主席。
"""


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _store(reference, text):
    return extract_text(reference, text, sorted(RULES), "900")[0]


def _body_of(store):
    bodies = {s for (s, p, o) in store.facts if p == WSIS.chairOrganization}
    assert len(bodies) == 1, bodies
    return bodies.pop()


def test_the_chair_agency_its_representative_and_the_vice_chairs_of_the_title_block_body(reference):
    store = _store(reference, PLAN)
    body = _body_of(store)
    assert "haiyangshuju" in str(body) or "ocean" in str(body)
    assert objects(store, body, WSIS.chairOrganization) == {ID["org/wmo"], ID["org/who"]}
    assert objects(store, body, WSIS.viceChairOrganization) == {ID["org/itu"], ID["org/upu"], ID["org/wmo"]}
    reps = objects(store, body, WSIS.chairRepresentative)
    assert reps == {ID["person/ingrid-hansen"], ID["person/mika-virtanen"], ID["person/carmen-vera"]}
    assert objects(store, ID["person/ingrid-hansen"], WSIS.represents) == {ID["org/wmo"]}
    assert objects(store, ID["person/mika-virtanen"], WSIS.represents) == {ID["org/itu"]}
    assert objects(store, ID["person/carmen-vera"], WSIS.represents) == {ID["org/upu"]}


def test_agency_then_chair_with_its_representative_after_it(reference):
    text = "国际水文小组\n\n1. 2018年，联合国教科文组织担任主席，代表为知识社会处处长索菲娅·罗西（Sofia Rossi）。\n"
    store = _store(reference, text)
    body = _body_of(store)
    assert objects(store, body, WSIS.chairOrganization) == {ID["org/unesco"]}
    assert objects(store, body, WSIS.chairRepresentative) == {ID["person/sofia-rossi"]}


@pytest.mark.parametrize("text", [
    "国际水文小组\n\n1. 主席请世界卫生组织介绍报告。\n",
    "国际水文小组\n\n1. 世界气象组织的代表在会上发言，国际电联担任东道主。\n",
    "国际水文小组\n\n1. 主席由世界气象组织提名，副主席将在下次会议上选出。\n",
])
def test_sentences_that_name_no_chair_agency(reference, text):
    store = _store(reference, text)
    assert not {p for (_, p, _) in store.facts} & {WSIS.chairOrganization, WSIS.viceChairOrganization,
                                                    WSIS.chairRepresentative}

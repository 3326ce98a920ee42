"""A body named before its former name (X原称“Y”，…于DATE更名为现名) and a session named after 根据 (the words
that open the clause are no part of the body's name). Names and dates written for this test."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

TEXT = """1. 海洋数据伙伴关系原称“海洋观测网络”，根据理事会第七届会议的决定于2019年更名为现名。

2. 山地气象专家组（原称“山地天气观测组”）于2020年3月在加德满都举行了第一次会议。
"""


def _facts():
    return extract_text(load_reference(), TEXT, ["frames"], "t")[0].facts


def test_the_former_name_after_yuancheng_is_renamed_to_the_name_before_it():
    facts = _facts()
    old, new = ID["body/haiyangguancewangluo"], ID["body/haiyangshujuhuobanguanxi"]
    assert (old, WSIS.renamedTo, new) in facts
    assert {str(o) for (s, p, o) in facts if s == old and p == WSIS.renamedOn} == {"2019"}
    assert (ID["body/shanditianqiguancezu"], WSIS.renamedTo, ID["body/shandiqixiangzhuanjiazu"]) in facts


def test_words_opening_the_clause_are_no_part_of_a_bodys_name():
    facts = _facts()
    assert not any("genju" in str(x) for t in facts for x in t)


def test_the_body_referred_to_after_a_former_name_is_the_body_under_its_present_name():
    text = "1. 区域气象数据专家组原称“山地天气观测专家组”，于2019年更名为现名。该专家组由世界气象组织牵头。\n"
    facts = extract_text(load_reference(), text, ["frames"], "t")[0].facts
    led = {str(o).rsplit("/", 1)[-1] for (s, p, o) in facts if p == WSIS.leads}
    assert led == {"quyuqixiangshujuzhuanjiazu"}

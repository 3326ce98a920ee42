"""Prizes and their winners (graph_builder/facts/rules_prizes.py) on new documents: a winners list after the
sentence that announces it, a count of winners, and prose 'X的项目“P”荣获“Y奖”'."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.facts import RULES, _load_rule_modules
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects, subjects

_load_rule_modules()

LIST = """区域数字创新周闭幕

曼谷，2016年5月8日——区域数字创新周今天闭幕。

2015年设立的“亚太数字创新奖”（APDI Awards）今年共有9个项目获奖。部分获奖项目如下：

• 电子学习（C7）：山区远程课堂（尼泊尔，加德满都大学）
• 电子农业（C7）：渔民天气短信服务（斐济，斐济渔业部）
• 青年数字技能培训班（越南）

下届创新周将于2017年举行。
"""


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _store(reference, text):
    return extract_text(reference, text, sorted(RULES), "900")[0]


def test_a_winners_list_and_the_count_of_winners(reference):
    store = _store(reference, LIST)
    awards = subjects(store, RDF.type, WSIS.PrizeAward)
    assert len(awards) == 3
    prizes = {o for a in awards for o in objects(store, a, WSIS.prize)}
    assert len(prizes) == 1
    prize = prizes.pop()
    assert objects(store, prize, WSIS.winnerCount) == {Literal(9, datatype=XSD.integer)}
    by_cat = {str(next(iter(objects(store, a, WSIS.category)), "")): a for a in awards}
    classroom = next(iter(objects(store, by_cat["电子学习"], WSIS.winner)))
    assert objects(store, by_cat["电子学习"], WSIS.actionLine) == {ID["actionline/c7"]}
    assert objects(store, classroom, WSIS.country) == {ID["place/nepal"]}
    assert len(objects(store, classroom, WSIS.implementedBy)) == 1
    youth = next(iter(objects(store, by_cat[""], WSIS.winner)))
    assert len(objects(store, youth, WSIS.country)) == 1


def test_prose_award(reference):
    store = _store(reference, "新闻稿\n\n1. 加纳卫生服务局的项目“移动产前护理提醒服务”荣获了“非洲数字卫生奖”。\n")
    awards = subjects(store, RDF.type, WSIS.PrizeAward)
    assert len(awards) == 1
    winner = next(iter(objects(store, awards.pop(), WSIS.winner)))
    assert len(objects(store, winner, WSIS.implementedBy)) == 1


@pytest.mark.parametrize("text", [
    "新闻稿\n\n1. 会议讨论了“亚太数字创新奖”的评选标准。\n",
    "新闻稿\n\n1. 主要成果如下：\n• 电子学习（C7）：山区远程课堂（尼泊尔，加德满都大学）\n",
    "新闻稿\n\n1. 会议感谢秘鲁的“安第斯宽带计划”，并讨论了“区域创新奖”。\n",
])
def test_no_award(reference, text):
    store = _store(reference, text)
    assert not subjects(store, RDF.type, WSIS.PrizeAward)
    assert not {p for (_, p, _) in store.facts} & {WSIS.winnerCount, WSIS.winner}

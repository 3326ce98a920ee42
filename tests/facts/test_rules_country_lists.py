"""Lists of participating countries under a caption: comma lists, groups with their counts, two columns
(graph_builder/facts/rules_country_lists.py). The texts are written for this test."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

RULES = ["frames", "participation.country-list"]

GROUPED = """太平洋岛屿数字政务论坛报告

1. 太平洋岛屿数字政务论坛于2017年8月在苏瓦举行，来自7个国家的约90名代表出席了论坛。

附件

参加国名单

美拉尼西亚（3个）：斐济、巴布亚新几内亚、瓦努阿图
波利尼西亚（四个）：萨摩亚、汤加、图瓦卢、新西兰
"""

TWO_COLUMNS = """安第斯宽带讲习班报告

1. 安第斯宽带讲习班于2015年6月在利马举行，约60名代表出席。

附件

与会国家

玻利维亚\t\t哥伦比亚
厄瓜多尔\t\t秘鲁
委内瑞拉玻利瓦尔共和国
"""


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _groups(store, event_word: str):
    events = {s for (s, p, o) in store.facts if p == WSIS.participation and event_word in str(s)}
    assert len(events) == 1, events
    event = events.pop()
    return event, objects(store, event, WSIS.participation)


def test_groups_with_their_printed_counts_and_each_country(reference):
    store, _ = extract_text(reference, GROUPED, RULES, doc_id="981")
    _, groups = _groups(store, "event/")
    countries = {o for g in groups for o in objects(store, g, WSIS.country)}
    assert ID["place/fiji"] in countries and ID["place/new-zealand"] in countries and len(countries) == 7
    by_label = {str(next(iter(objects(store, g, WSIS.category)))): g for g in groups}
    assert objects(store, by_label["波利尼西亚"], WSIS.countryCount) == {Literal(4, datatype=XSD.integer)}
    assert objects(store, by_label["美拉尼西亚"], WSIS.countryCount) == {Literal(3, datatype=XSD.integer)}


def test_two_columns_without_group_labels(reference):
    store, _ = extract_text(reference, TWO_COLUMNS, RULES, doc_id="982")
    _, groups = _groups(store, "event/")
    countries = {o for g in groups for o in objects(store, g, WSIS.country)}
    assert {ID["place/bolivia-plurinational-state-of"], ID["place/peru"], ID["place/ecuador"]} <= countries
    assert len(countries) == 5


@pytest.mark.parametrize("text", [
    # countries in prose, no caption
    "安第斯宽带讲习班报告\n\n1. 安第斯宽带讲习班于2015年6月在利马举行，约60名代表出席。\n\n2. 玻利维亚、哥伦比亚和秘鲁介绍了经验。\n",
    # a caption over a list of organisations and a sentence naming countries
    "安第斯宽带讲习班报告\n\n1. 安第斯宽带讲习班于2015年6月在利马举行，约60名代表出席。\n\n附件\n\n与会国家和组织名单\n\n"
    "国际电联、拉加经委会\n秘鲁政府感谢玻利维亚和哥伦比亚的支持。\n",
])
def test_no_list_without_its_caption_or_with_other_words(reference, text):
    store, _ = extract_text(reference, text, RULES, doc_id="983")
    assert not [s for (s, p, o) in store.facts if p == WSIS.country and "participation/" in str(s)]

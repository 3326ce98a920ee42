"""Countries and cities no list holds, named by a context only a country or a city fits (context_places.py):
sentences written for these tests, with sentences that must give no country."""

from __future__ import annotations

import pytest

from graph_builder.entities.context_places import context_names
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from tests.entities.helpers_entities import source


def _named(text: str) -> list[tuple[str, str, str, str]]:
    return [(c.name, c.kind, c.formal, c.capital_of) for c in context_names(text)]


@pytest.mark.parametrize("text, want", [
    ("论坛于5月在基里巴斯首都塔拉瓦举行。", [("基里巴斯", "country", "", ""), ("塔拉瓦", "city", "", "基里巴斯")]),
    ("奥斯特里亚首都维拉诺瓦将主办下届会议。", [("奥斯特里亚", "country", "", ""), ("维拉诺瓦", "city", "", "奥斯特里亚")]),
    ("卡拉马尼亚常驻联合国代表团提交了意见。", [("卡拉马尼亚", "country", "", "")]),
    ("会上，巴拉卡尼亚代表团团长作了发言。", [("巴拉卡尼亚", "country", "", "")]),
    ("特拉维尼亚王国政府表示支持。", [("特拉维尼亚", "country", "特拉维尼亚王国", "")]),
    ("由科罗纳群岛政府主办。", [("科罗纳群岛", "country", "", "")]),
    ("讲习班在马尔卡斯堡召开。", [("马尔卡斯堡", "city", "", "")]),
])
def test_a_context_only_a_country_or_a_city_fits(text, want):
    assert _named(text) == want


@pytest.mark.parametrize("text", [
    "东道国政府提供了会场。", "各国政府和有关国家政府", "请所在国政府协助。", "成员国政府和发展中国家政府",
    "地方政府、电子政府和联邦政府", "纽约州政府", "奥巴马政府表示支持。",  # an administration: no island, no other context
    "本国常驻代表团", "该代表团团长发言。", "在各成员国首都举行", "会议在总部举行。", "会议在线举行。", "在当地举行",
])
def test_no_country_or_city_where_the_context_names_a_role(text):
    assert _named(text) == []


def test_a_country_named_by_its_context_is_found_wherever_it_is_written():
    ref = load_reference()
    text = ("会议在索拉维尼亚首都蒙特阿尔塔举行，由索拉维尼亚政府主办。索拉维尼亚共和国总统致辞。"
            "索拉维尼亚财政部长发言。东道国政府表示感谢。")
    keys = {m.surface: m.key for m in find_all_mentions([source(text, doc_id="951")], ref)}
    assert keys["索拉维尼亚政府"] == "org/government-of-suolaweiniya"
    assert keys["索拉维尼亚共和国"] == keys["索拉维尼亚"] == "place/suolaweiniya"
    city = ref.by_key[keys["蒙特阿尔塔"]]
    assert (city.cls, city.country, city.en) == ("City", "place/suolaweiniya", "")
    assert (ref.by_key["place/suolaweiniya"].cls, ref.by_key["org/government-of-suolaweiniya"].country) == \
        ("Country", "place/suolaweiniya")
    assert "东道国政府" not in keys and "东道国" not in keys


def test_a_listed_country_keeps_its_key_and_its_capital_its_table_name():
    ref = load_reference()
    keys = {m.surface: m.key for m in find_all_mentions([source("会议在厄瓜多尔首都基多举行。", doc_id="952")], ref)}
    assert keys["厄瓜多尔"] == "place/ecuador" and keys["基多"] == "place/quito"

"""A body's name that opens a sentence and is given a short name (``X（以下简称“委员会”）由…设立``) is a name
even when its words hold verbs; later uses of the short name stand for it (sentences written for this test)."""

from __future__ import annotations

from graph_builder.entities import short_names as S
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.normalize import Normalized
from tests.entities.helpers_entities import source


def _opening(text: str):
    t = Normalized.of(text).text
    (end, _, _), = S.definitions(t)
    found = S.opening_name(t, end)
    return (t[found[0] : end], found[1]) if found else None


def test_names_that_open_a_paragraph_or_clause():
    assert _opening("3.\n海洋观测促进防灾减灾委员会（以下简称“委员会”）由两个组织于2011年联合设立。") == \
        ("海洋观测促进防灾减灾委员会", "Committee")
    assert _opening("2016年，山区互联互通伙伴关系（以下简称“伙伴关系”）举行了首次会议。") == \
        ("山区互联互通伙伴关系", "Body")


def test_clauses_and_kinds_of_body_are_not_names():
    assert _opening("会议决定设立工作组（以下简称“工作组”）。") is None
    assert _opening("理事会的专家组（以下简称“专家组”）") is None
    assert _opening("区域委员会（以下简称“委员会”）") is None


def test_the_short_name_stands_for_the_body_afterwards():
    ref = load_reference()
    text = "海洋观测促进防灾减灾委员会（以下简称“委员会”）由两个组织设立。委员会第三次会议于2012年5月在基多举行。"
    ms = find_all_mentions([source(text, doc_id="990")], ref)
    keys = [m.key for m in ms if m.key.startswith("body/")]
    assert len(keys) == 2 and len(set(keys)) == 1
    assert ref.by_key[keys[0]].zh == "海洋观测促进防灾减灾委员会"


def test_list_items_naming_a_body_and_its_chair_or_former_name():
    t = Normalized.of("（a） 海底光缆维护工作组，由世界气象组织主持；（b） 山地接入专家组，由两名专家共同主持。"
                      "4. 边远岛屿连通工作队原名“岛屿工作队”。会议决定设立工作组，由秘书处主持。").text
    assert [t[a:b] for a, b, _ in S.opening_bodies(t)] == ["海底光缆维护工作组", "山地接入专家组", "边远岛屿连通工作队"]

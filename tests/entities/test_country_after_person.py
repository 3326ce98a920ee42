"""A name shared by a country and its capital (突尼斯) in brackets after a person's name and honorific is the
person's country; elsewhere the reference list's reading stands. Persons written for this test."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from tests.facts.test_rules_actions_helpers import extract_text


def _keys(text: str) -> list[str]:
    _, src = extract_text(load_reference(), text, [], "t")
    from graph_builder.entities.linker import find_all_mentions

    return [m.key for m in find_all_mentions([src], load_reference()) if m.key.startswith("place/")]


def test_the_country_in_brackets_after_a_person():
    assert _keys("1. 报告将由哈米德·本阿里（Hamid Ben Ali）先生（突尼斯）介绍。\n") == ["place/tunisia"]


def test_the_city_where_a_meeting_is_held():
    assert _keys("1. 会议于2005年11月在突尼斯举行。\n") == ["place/tunis"]

"""An agency's Latin acronym written inline in Chinese prose names it (与ESCWA联合举办, OECD的调查), never inside a
longer Latin word: graph_builder/entities/reference.py. New sentences, not a fixture's."""

from __future__ import annotations

from pathlib import Path

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference


def _linked(text: str) -> list[tuple[str, str]]:
    src = SourceText("t", Path("t-test.zh.txt"), text, "zh", "test", "测试", "test", "2003", "")
    found = find_all_mentions([src], load_reference())
    mentions = found.get("t") if isinstance(found, dict) else found
    return [(m.key, text[m.start:m.end]) for m in mentions]


def test_acronyms_of_listed_agencies_inline():
    linked = _linked("秘书处与ESCWA和ECA合作，在亚的斯亚贝巴举办讲习班；OECD、FAO和UNIDO派员出席。")
    for key, form in [("org/escwa", "ESCWA"), ("org/eca", "ECA"), ("org/oecd", "OECD"), ("org/fao", "FAO"),
                      ("org/unido", "UNIDO")]:
        assert (key, form) in linked


def test_an_acronym_inside_a_longer_latin_word_is_not_the_agency():
    keys = {k for k, _ in _linked("ECAS项目和OECDX数据库以及FAOSTAT统计不是机构的名称。")}
    assert not keys & {"org/eca", "org/oecd", "org/fao"}

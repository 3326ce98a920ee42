"""An untitled panel of an agenda item and its moderator (graph_builder/facts/rules_item_panels.py), on a new
annotated agenda with a masthead title block."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

AGENDA = """宽带政策问题区域委员会
第三届会议
2022年6月13日至15日，阿拉木图
临时议程项目2

二、说明

项目3
宽带普及

1. 委员会将审议秘书处的说明。{one}

项目4
数字技能

2. {two}
"""

RULES = ["events.title_block", "events.item-panels"]


def _store(one: str, two: str):
    return extract_text(load_reference(), AGENDA.format(one=one, two=two), RULES, "t")[0]


def _panels(store):
    return {s for (s, p, o) in store.facts if p == WSIS.chair and "-item-" in str(s)}


def test_the_panel_of_each_item_is_a_meeting_of_the_session_chaired_by_its_moderator():
    store = _store("本项目下的小组讨论将由副主席阿尔曼·努尔兰（Arman Nurlan）先生（哈萨克斯坦）主持。",
                   "该项目的互动对话由报告员露西娅·佩雷拉（Lúcia Pereira）女士主持，随后进行问答。")
    panels = _panels(store)
    assert len(panels) == 2 and all(str(p).endswith(("item-3-panel", "item-4-panel")) for p in panels)
    three = next(p for p in panels if str(p).endswith("item-3-panel"))
    assert objects(store, three, WSIS.chair) == {ID["person/arman-nurlan"]}
    assert objects(store, ID["person/arman-nurlan"], WSIS.nationality) == {ID["place/kazakhstan"]}
    assert objects(store, three, WSIS.partOf)


def test_a_panel_nobody_moderates_or_a_moderator_of_something_else_is_no_fact():
    store = _store("本项目下的小组讨论将在下午举行。",
                   "副主席阿尔曼·努尔兰（Arman Nurlan）先生将主持本项目下的非正式协商。")
    assert not _panels(store)

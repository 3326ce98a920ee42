"""Units of an organisation named right after it (slots: 非洲经委会统计司, 国际电联亚太区域办事处), and joiners that
separate two agents instead (X和Y统计司): new sentences written for this test."""

from __future__ import annotations

from pathlib import Path

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import Context, _load_rule_modules
from graph_builder.facts.frames.slots import leaf_slots
from graph_builder.facts.rules_events import scan
from graph_builder.structure import parse_document


def _bodies(text: str) -> list[tuple[str, str]]:
    _load_rule_modules()
    ref = load_reference()
    src = SourceText("t", Path("t.zh.txt"), text + "\n", "zh", "t", "t", "t", "2020", "")
    ctx = Context([parse_document(src)], ref, find_all_mentions([src], ref))
    out = []
    for leaf, _ in scan(ctx):
        out += [(leaf.text[s.i:s.j], s.extra.get("parent")) for s in leaf_slots(ctx, leaf, None, posts={}, acts=[])
                if "BODY" in s.types and s.extra.get("parent")]
    return out


def test_a_unit_right_after_its_organisation():
    assert ("非洲经委会统计司", "org/eca") in _bodies("报告由非洲经委会统计司编写。")


def test_a_joiner_after_an_organisation_opens_another_agent_not_a_unit():
    bodies = _bodies("任务组由联合国贸易和发展会议和联合国统计司共同牵头。")
    assert ("联合国统计司", "org/un") in bodies
    assert not any(name.startswith("联合国贸易和发展会议") for name, _ in bodies)
    assert not any(name.startswith("国际电联") for name, _ in _bodies("会议由国际电联与亚太经社会统计司联合组织。"))

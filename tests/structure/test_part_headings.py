"""Ordinal part headings (第一部分 标题) keep their whole ordinal as the section's label, on new texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.corpus import SourceText
from graph_builder.structure.parser import parse_document


def _sections(text: str) -> list[tuple[str, str]]:
    doc = parse_document(SourceText("t92", Path("t92.txt"), text, "zh", "T", "T", "T", "2024", ""))
    return [(n.locator, n.title) for n in doc.nodes if n.kind == "Section"]


@pytest.mark.parametrize("heading,locator", [
    ("第二部分　执行情况", "t92 section 第二部分"),
    ("第3部分：财务", "t92 section 第3部分"),
    ("第四章 今后的工作", "t92 section 第四章"),
    ("第一部 总则", "t92 section 第一部"),  # 部 alone is an ordinal part too
])
def test_part_heading_label(heading, locator):
    got = _sections(f"{heading}\n\n1. 小组审议了区域宽带项目的进展。\n")
    assert got and got[0][0] == locator


def test_a_sentence_starting_with_a_part_is_no_heading():
    assert _sections("第二部分内容已于2019年3月提交理事会审议并获得通过，秘书处据此编写了本报告。\n") == []

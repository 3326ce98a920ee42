"""Key-value records in running text (graph_builder/structure/records.py): a numbered title line over field lines
is a record of the open paragraph, not the next paragraph; a numbered title over prose is not (new texts)."""

from __future__ import annotations

from pathlib import Path

from graph_builder.corpus import SourceText
from graph_builder.structure import parse_document
from tests.structure.test_parser import assert_one_leaf_per_character

RECORDS = """良好做法汇编

1. 本汇编收录经评审的做法。

2. 收录的做法

1. 高原远程教育网
名称：高原远程教育网
执行机构：玻利维亚教育部
国别：玻利维亚

2. 山区邮政电子商务点
项目名称：山区邮政电子商务点
实施单位：塔吉克斯坦交通部

3. 秘书处将于下一年度更新本汇编。
"""

PROSE = """通知

1. 会议安排
会议于上午十时开始。
与会者请提前入场。

2. 其他事项
"""


def _parse(text: str, doc_id: str):
    return parse_document(SourceText(doc_id, Path(f"{doc_id}.txt"), text, "zh", "T", "T", "T", "2024", ""))


def test_numbered_titles_over_field_lines_are_records_of_the_open_paragraph():
    doc = _parse(RECORDS, "t91")
    ids = {n.id: n for n in doc.nodes}
    assert "t91/para/2/record/1" in ids and "t91/para/2/record/2" in ids
    assert ids["t91/para/2/record/2"].locator == "t91 para 2 record 2"
    assert doc.source.text[ids["t91/para/3"].start:].startswith("3. 秘书处")
    assert_one_leaf_per_character(doc)


def test_a_numbered_title_over_prose_is_no_record():
    doc = _parse(PROSE, "t92")
    assert not [n for n in doc.nodes if "/record/" in n.id]

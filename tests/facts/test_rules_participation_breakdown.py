"""The groups after a stated total of participants (graph_builder/facts/rules_attendance.py,
``participation.breakdown``): new sentences, counts in words and digits with 约/逾/余."""

from __future__ import annotations

from pathlib import Path

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import WSIS
from graph_builder.structure.parser import parse_document

TEXT = """邮政创新论坛报告

1. 邮政创新论坛第二次会议于2015年3月2日至4日在伯尔尼举行。来自60多个国家的约900名与会者出席了论坛，其中包括逾三十名部长、约120名监管机构代表和两百余名企业代表。另有四百余名远程与会者通过网播参加。
2. 秘书处收到了约五十名专家的意见，其中包括十名学者。
"""


def _groups(text: str = TEXT):
    ref = load_reference()
    src = SourceText("t", Path("t.zh.txt"), text, "zh", "t", "t", "t", "2020", "")
    doc = parse_document(src)
    facts = extract([doc], ref, find_all_mentions([src], ref), only=["frames", "participation.breakdown"]).facts
    groups = {o for (s, p, o) in facts if p == WSIS.participation}
    out = {}
    for g in groups:
        cat = next(str(o) for (s, p, o) in facts if s == g and p == WSIS.category)
        out[cat] = int(next(o for (s, p, o) in facts if s == g and p == WSIS["count"]))
    return out


def test_the_groups_after_the_total_and_the_group_added_by_the_next_sentence():
    assert _groups() == {"部长": 30, "监管机构代表": 120, "企业代表": 200, "远程与会者": 400}


FURTHER_CLAUSE = """区域论坛报告

1. 区域宽带论坛第三次会议于2016年5月9日至11日在阿拉木图举行。逾一千二百名与会者在现场出席了会议，另有约300名远程与会者通过网播参加。
"""


def test_a_group_added_by_a_clause_of_the_same_sentence():
    assert _groups(FURTHER_CLAUSE) == {"远程与会者": 300}

"""Management responses to recommendations printed as a table, joined to the recommendations the text states under
建议N (graph_builder/facts/rules_tables_responses.py), and the dash rules of a fixed-width table
(graph_builder/structure/tables.py). New documents in two layouts, not a fixture's."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

# recommendations as paragraphs opening with their number; a tab table with a dash rule under the header
PARAGRAPHS = """监督报告

1. 建议1：开发署署长应在2021年第一季度之前更新其数字战略。
2. 建议2：各参与组织的行政首长应在2022年6月30日之前指定联络人。
3. 建议3：国际电联秘书长应在2021年底之前提交报告。

附件二

建议\t执行对象\t是否接受\t状态
----\t--------\t--------\t----
1\t开发署署长\t接受\t已落实
2\t各参与组织行政首长\t部分接受\t进行中
3\t国际电联秘书长\t供审议\t未开始
7\t贸发会议秘书长\t接受\t进行中
"""

# recommendations as headings; a fixed-width table drawn with = rules above and below
HEADINGS = """评价报告

建议 1
联合国秘书长应在2021年底之前设立一个协调机制。

附件

========================================================
编号   负责实体              接受情况      执行状态
========================================================
1      联合国秘书长          不接受        不适用
========================================================
"""


def _facts(text: str):
    store, src = extract_text(load_reference(), text, None, "t")
    return store.facts


def _by(facts, p):
    return {str(s).rsplit("/", 1)[1]: str(o).rsplit("/", 1)[-1] for (s, p2, o) in facts if p2 == p
            and "/directive/" in str(s)}


def test_rows_join_the_recommendations_stated_in_numbered_paragraphs():
    facts = _facts(PARAGRAPHS)
    acceptance, status = _by(facts, WSIS.acceptance), _by(facts, WSIS.status)
    got = sorted((k.split("-para-")[1][:1], v, status.get(k)) for k, v in acceptance.items())
    assert got == [("1", "accepted", "completed"), ("2", "partially accepted", "ongoing"),
                   ("3", "under consideration", "planned")]


def test_a_row_whose_number_the_text_states_no_recommendation_for_gives_nothing():
    facts = _facts(PARAGRAPHS)
    assert not [s for (s, p, o) in facts if p == WSIS.addressee and str(o).endswith("unctad")]
    assert len(_by(facts, WSIS.acceptance)) == 3


def test_rows_join_recommendations_under_headings_of_a_fixed_width_table_with_rules():
    facts = _facts(HEADINGS)
    assert list(_by(facts, WSIS.acceptance).values()) == ["not accepted"]
    assert not _by(facts, WSIS.status)  # 不适用: no status


def test_a_table_with_no_acceptance_or_status_column_is_no_response_table():
    text = PARAGRAPHS.replace("是否接受", "备注").replace("\t状态", "\t说明")
    assert not _by(_facts(text), WSIS.acceptance)


def test_dash_rules_of_a_fixed_width_table_are_rules_not_rows():
    from pathlib import Path

    from graph_builder.corpus import SourceText
    from graph_builder.structure import parser

    src = SourceText("t", Path("t-test.zh.txt"), HEADINGS, "zh", "test", "测试", "test", "2021", "")
    doc = parser.parse_document(src)
    rows = [n for n in doc.nodes if n.kind == "TableRow"]
    assert [r.label for r in rows] == ["header", "1"]
    assert len([n for n in doc.nodes if n.kind == "Fragment" and n.label == "rule"]) == 3

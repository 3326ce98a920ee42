"""Figures a table gives per row and year (graph_builder/facts/rules_tables_figures.py): new tables written for
this test, in bars, tabs and Markdown pipes, and tables whose numbers are no such figures."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

BARS = """区域方案执行情况

地区｜负责机构｜2018年｜2019年
东部非洲｜非洲经济委员会｜7｜12
南部非洲｜国际电联｜—｜4
合计｜｜7｜16
"""

PIPES = """各方案培训人数

| 方案 | 2020 | 2021 | 2022 |
| --- | --- | --- | --- |
| 数字技能 | 1 250 | 1 430 | 980 |
"""

TABS = "附表\n\n专题\t2016年度\t2017年度\n电子政务\t21\t25\n"

MONEY = """捐款情况

捐款方｜2018年｜2019年
挪威政府｜50 000｜60 000
"""

BUDGET = """表2. 分年度预算（瑞士法郎）

项目｜2004年｜2005年
筹备会议｜120｜340
"""

ONE_YEAR = """附件

行动方面｜牵头机构｜2015年
C2｜国际电联｜3
"""


def _figures(text: str) -> dict[tuple[str, str], int]:
    facts = extract_text(load_reference(), text, ["tables.year-figures"])[0].facts
    out = {}
    for (s, p, o) in facts:
        if p == RDF.type and o == WSIS.TableFigure:
            row = next(str(x) for (s2, p2, x) in facts if s2 == s and p2 == WSIS.rowLabel)
            year = next(str(x) for (s2, p2, x) in facts if s2 == s and p2 == WSIS.year)
            out[(row, year)] = next(x for (s2, p2, x) in facts if s2 == s and p2 == WSIS["count"]).toPython()
    return out


def test_a_figure_per_row_and_year_column_with_its_labels():
    assert _figures(BARS) == {("东部非洲", "2018"): 7, ("东部非洲", "2019"): 12, ("南部非洲", "2019"): 4,
                              ("合计", "2018"): 7, ("合计", "2019"): 16}


def test_year_heads_without_the_word_year_and_grouped_digits():
    assert _figures(PIPES) == {("数字技能", "2020"): 1250, ("数字技能", "2021"): 1430, ("数字技能", "2022"): 980}


def test_tab_separated_table_with_year_heads_ending_in_du():
    assert _figures(TABS) == {("电子政务", "2016"): 21, ("电子政务", "2017"): 25}


def test_the_column_head_is_kept_as_printed_and_the_year_is_a_gyear():
    facts = extract_text(load_reference(), TABS, ["tables.year-figures"])[0].facts
    assert any(p == WSIS.columnLabel and o == Literal("2016年度", lang="zh") for (_s, p, o) in facts)
    assert any(p == WSIS.year and o == Literal("2017", datatype=XSD.gYear) for (_s, p, o) in facts)


def test_money_tables_and_a_single_year_column_give_no_figure():
    assert _figures(MONEY) == {}
    assert _figures(BUDGET) == {}
    assert _figures(ONE_YEAR) == {}

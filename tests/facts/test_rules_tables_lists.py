"""Contributions printed as a numbered list under a lead-in sentence (graph_builder/facts/rules_tables.py,
``tables.contribution-lists``), with a dash between the name and the amount (graph_builder/structure/tables.py):
new sentences, other names, amounts and currencies than any fixture document."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import WSIS
from graph_builder.structure.parser import parse_document

LISTED = """区域宽带委员会第三届会议报告

一、 财务事项

4. 委员会感谢下列国家政府向区域宽带信托基金提供的捐款（以欧元计）：

1. 冰岛 — 12 000 欧元
2. 爱沙尼亚 — 8 500 欧元
合计 — 20 500 欧元

5. 委员会请秘书处于2020年6月之前报告信托基金的使用情况。
"""

NOT_MONEY = """区域宽带委员会第三届会议报告

一、 议程

4. 委员会在第1次会议上通过了以下议程：

1. 选举主席团成员 — 2019年3月4日
2. 通过报告 — 2019年3月8日
"""


def _facts(text: str):
    ref = load_reference()
    src = SourceText("t", Path("t.zh.txt"), text, "zh", "t", "t", "t", "2020", "")
    doc = parse_document(src)
    store = extract([doc], ref, find_all_mentions([src], ref), only=["tables.contribution-lists"])
    return doc, store.facts


@pytest.fixture(scope="module")
def listed():
    return _facts(LISTED)


def test_a_dash_list_under_a_lead_in_sentence_is_a_table_of_records(listed):
    doc, _ = listed
    rows = [n for n in doc.nodes if n.kind == "TableRow"]
    assert [r.label for r in rows] == ["1", "2", "total"]
    cells = [c.text for c in rows[0].children if c.kind == "TableCell"]
    assert cells == ["1.", "冰岛", "12 000 欧元"]


def test_the_lead_in_sentence_titles_the_list_and_gives_its_contributions(listed):
    _, facts = listed
    contributions = {s for (s, p, o) in facts if p == RDF.type and o == WSIS.Contribution}
    assert len(contributions) == 2
    amounts = sorted(int(o) for (s, p, o) in facts if p == WSIS.originalAmount and s in contributions)
    assert amounts == [8500, 12000]
    assert {str(o) for (s, p, o) in facts if p == WSIS.originalCurrency} == {"EUR"}


def test_a_total_in_another_currency_keeps_its_amount_and_currency(listed):
    _, facts = listed
    totals = {s for (s, p, o) in facts if p == RDF.type and o == WSIS.StatedTotal}
    assert len(totals) == 1
    (total,) = totals
    assert [int(o) for (s, p, o) in facts if s == total and p == WSIS.originalAmount] == [20500]
    assert not [o for (s, p, o) in facts if s == total and p == WSIS.amountCHF]


def test_a_dash_list_under_a_sentence_that_is_not_about_money_gives_no_contribution():
    _, facts = _facts(NOT_MONEY)
    assert not [s for (s, p, o) in facts if p == RDF.type and o in (WSIS.Contribution, WSIS.StatedTotal)]


CITY_NAMED_LIKE_ITS_COUNTRY = """区域宽带委员会第四届会议报告

一、 财务事项

6. 委员会感谢下列国家政府向区域宽带信托基金提供的捐款（以美元计）：

1. 突尼斯 — 30 000 美元
2. 冰岛 — 5 000 美元
"""


def test_a_contributor_named_like_a_city_and_its_country_is_the_country():
    _, facts = _facts(CITY_NAMED_LIKE_ITS_COUNTRY)
    contributors = {str(o).rsplit("/", 2)[-2:][0] + "/" + str(o).rsplit("/", 1)[-1]
                    for (s, p, o) in facts if p == WSIS.contributor}
    assert "place/tunisia" in contributors
    assert "place/tunis" not in contributors


LETTERED = """区域频谱论坛决议

附件

各国为频谱管理培训方案承诺的自愿捐款

A．挪威：45 000瑞士法郎
B．智利：20 000美元（约合19 800瑞士法郎）
C．马拉维：5 000瑞士法郎
合计：69 800瑞士法郎
"""


def test_lettered_lines_give_the_contributor_without_its_letter():
    from graph_builder.rdf.namespaces import ID, WSIS as W

    _, facts = _facts(LETTERED)
    contributors = sorted(str(o).rsplit("/", 1)[-1] for (s, p, o) in facts if p == W.contributor)
    assert contributors == ["chile", "malawi", "norway"]
    assert len({s for (s, p, o) in facts if p == RDF.type and o == W.StatedTotal}) == 1
    assert ID  # the contributors are the listed countries, not names minted with the letter

"""A contribution table whose amount column gives its unit in the header (金额（万美元）, （百万瑞士法郎）):
every number of the column is scaled and priced by it, the total row too (graph_builder/facts/rules_tables.py,
``tables.contributions``). New tables, other names and amounts than any fixture document."""

from __future__ import annotations

from decimal import Decimal

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

TEN_THOUSAND_DOLLARS = """3.2 区域论坛感谢下列捐款方提供的自愿捐款：

捐款方\t金额（万美元）
冰岛政府\t8
爱沙尼亚政府\t12.5
合计\t20.5

3.3 论坛请秘书处于2021年3月之前报告捐款的使用情况。
"""

MILLION_FRANCS = TEN_THOUSAND_DOLLARS.replace("金额（万美元）", "金额（百万瑞士法郎）")
NO_UNIT = TEN_THOUSAND_DOLLARS.replace("金额（万美元）", "金额（人数）")


def _amounts(text: str, p):
    store, _ = extract_text(load_reference(), text, ["tables.contributions"], "t")
    return sorted(o.toPython() for (s, p2, o) in store.facts if p2 == p)


def test_ten_thousand_dollars_scale_every_row_and_the_total():
    assert _amounts(TEN_THOUSAND_DOLLARS, WSIS.originalAmount) == [Decimal(80000), Decimal(125000), Decimal(205000)]
    store, _ = extract_text(load_reference(), TEN_THOUSAND_DOLLARS, ["tables.contributions"], "t")
    assert {str(o) for (s, p, o) in store.facts if p == WSIS.originalCurrency} == {"USD"}


def test_million_francs_are_amounts_in_francs():
    assert _amounts(MILLION_FRANCS, WSIS.amountCHF) == [Decimal(8000000), Decimal(12500000), Decimal(20500000)]


def test_a_bracket_without_a_currency_is_no_unit():
    assert _amounts(NO_UNIT, WSIS.originalAmount) == []

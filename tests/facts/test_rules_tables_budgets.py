"""Budget tables (graph_builder/facts/rules_tables_budgets.py): new tables in aligned, tab and pipe form, a budget
line per row with what was spent on it, and tables that give no budget."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

ALIGNED = """附表　2019年执行情况（欧元）

预算项目          核定预算        实际支出
专家咨询           60 000          48 500
区域讲习班        120 000         131 200
合计              180 000         179 700
"""

TABS = "支出\n\n类别\t预算（千瑞士法郎）\t支出\n翻译和印刷\t45\t39\n"

PIPES = """预算执行

| 活动 | 预算（美元） | 开支 | 执行率 |
|---|---|---|---|
| 网站维护 | 15 000 | 9 000 | 60% |
"""


def _budgets(text: str):
    store, _ = extract_text(load_reference(), text, ["tables.budget-lines"])
    out = {}
    for s in {s for (s, p, o) in store.facts if p == RDF.type and o == WSIS.Budget}:
        zh = next(str(o) for (s2, p, o) in store.facts if s2 == s and p == RDFS.label and o.language == "zh")
        vals = {str(p).rsplit("#", 1)[-1]: o for (s2, p, o) in store.facts if s2 == s}
        out[zh.split("：")[0]] = vals
    return out


def _dec(lit) -> Decimal:
    return Decimal(str(lit))


@pytest.mark.parametrize("text,line,amount,currency,spent", [
    (ALIGNED, "专家咨询", "60000", "EUR", "48500"),
    (ALIGNED, "区域讲习班", "120000", "EUR", "131200"),
    (ALIGNED, "合计", "180000", "EUR", "179700"),
    (TABS, "翻译和印刷", "45000", "CHF", "39000"),
    (PIPES, "网站维护", "15000", "USD", "9000"),
])
def test_budget_lines_with_their_expenditure(text, line, amount, currency, spent):
    got = _budgets(text)[line]
    if currency == "CHF":
        assert _dec(got["amountCHF"]) == Decimal(amount)
    else:
        assert _dec(got["originalAmount"]) == Decimal(amount)
        assert got["originalCurrency"] == Literal(currency)
    assert _dec(got["expenditure"]) == Decimal(spent)
    assert got["status"] == Literal("approved")


@pytest.mark.parametrize("text", [
    "附表\n\n预算项目\t预算\t实际支出\n专家咨询\t60 000\t48 500\n",  # no currency anywhere: no sum of money
    "附表（美元）\n\n捐款方\t金额\n冰岛政府\t40 000\n",                 # a contributions table: no budget column
    "附表（美元）\n\n2019年\t预算\n专家咨询\t60 000\n",                # the first column is a year, not budget lines
])
def test_tables_that_give_no_budget(text):
    assert _budgets(text) == {}

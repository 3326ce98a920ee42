"""Contributions stated with an amount converted into another currency in running text
(graph_builder/facts/rules_money_converted.py): new sentences written for this test."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

RULES = ["money.pledges-prose", "money.converted-prose", "money.shares-prose"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _gifts(reference, text):
    """contributor -> {property: value} (the converted amount as 'converted': (value, currency))."""
    store, _ = extract_text(reference, text + "\n", RULES)
    facts = {}
    for (s, p, o) in store.facts:
        facts.setdefault(s, {})[p] = o
    out = {}
    for s, props in facts.items():
        if WSIS.contributor not in props:
            continue
        got = {str(p).rsplit("#", 1)[-1]: str(o) for p, o in props.items()
               if p in (WSIS.originalAmount, WSIS.originalCurrency, WSIS.amountCHF, WSIS.status,
                        WSIS.shareOfTotal, WSIS.amountQualifier)}
        if WSIS.amount in props:
            amount = facts[props[WSIS.amount]]
            got["converted"] = (str(amount[SCHEMA.value]), str(amount[SCHEMA.currency]))
        out[str(props[WSIS.contributor]).rsplit("/", 1)[-1]] = got
    return out


def test_original_amount_then_its_conversion_in_brackets_and_a_share(reference):
    got = _gifts(reference, "2018年，挪威捐款50万欧元（折合约58万美元），占捐款总额的12.5%。")
    assert got == {"norway": {"originalAmount": "500000", "originalCurrency": "EUR", "status": "received",
                              "converted": ("580000", "USD"), "amountQualifier": "about",
                              "shareOfTotal": "12.5"}}


def test_conversion_after_a_comma_into_francs(reference):
    got = _gifts(reference, "加拿大承诺捐款200 000加元，折合180 000瑞士法郎。")
    assert got["canada"]["originalCurrency"] == "CAD"
    assert got["canada"]["amountCHF"] == "180000"
    assert got["canada"]["status"] == "pledged"


@pytest.mark.parametrize("text, who, converted, share", [
    ("2019年，日本的捐款折合12万美元，约占总额的四分之一。", "japan", ("120000", "USD"), "25"),
    ("国际电联提供的资金折合约30万美元。", "itu", ("300000", "USD"), None),
    ("瑞典的自愿捐款共计折合75 000瑞士法郎，占全部捐款的百分之十五。", "sweden", None, "15"),
])
def test_only_the_converted_amount_is_printed(reference, text, who, converted, share):
    got = _gifts(reference, text)[who]
    assert "originalAmount" not in got
    if converted:
        assert got["converted"] == converted
    else:
        assert got["amountCHF"] == "75000"
    assert got.get("shareOfTotal") == share
    assert got["status"] == "received"


@pytest.mark.parametrize("text", [
    "会议费用折合约30万美元。",                                  # a cost, nobody gives
    "按当时汇率，100欧元折合约116美元。",                         # an exchange rate
    "会议在日本的捐款折合多少美元的问题上未能达成一致。",           # no amount, and a preposition's object
    "日本的预算折合12万美元。",                                   # a budget, not a gift
    "挪威捐款50万欧元。会议预计总费用折合约58万美元。",             # the conversion is of something else
])
def test_no_contribution_or_conversion(reference, text):
    got = _gifts(reference, text)
    assert not [g for g in got.values() if "converted" in g or "amountCHF" in g]

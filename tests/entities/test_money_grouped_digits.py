"""Money amounts whose digits are grouped in thousands by commas, and amounts in the currencies donors give in
besides francs, dollars and euros (graph_builder/entities/recognize_quantities.py), on new sentences, and commas
that group nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from graph_builder.entities.recognizers import find_money
from graph_builder.normalize import Normalized


def _money(text: str):
    return [(text[m.start:m.end], m.amount, m.currency, m.qualifier) for m in find_money(Normalized.of(text))]


@pytest.mark.parametrize("text,quote,amount,currency,qualifier", [
    ("区域办事处共收到2,500,000美元的捐款。", "2,500,000美元", "2500000", "USD", None),
    ("该基金累计筹资约1,350万瑞士法郎。", "约1,350万瑞士法郎", "13500000", "CHF", "about"),
    ("秘书处收到USD 1,250,000。", "USD 1,250,000", "1250000", "USD", None),
    ("捐款额为12,500.50欧元。", "12,500.50欧元", "12500.50", "EUR", None),
])
def test_comma_grouped_amounts(text, quote, amount, currency, qualifier):
    assert _money(text) == [(quote, Decimal(amount), currency, qualifier)]


@pytest.mark.parametrize("text", [
    "第3,4段所述的方案",   # a comma between paragraph numbers, no currency
    "价格分别为1,2万美元",  # a comma that groups no three digits: no amount is guessed from the digits after it
])
def test_commas_that_group_no_thousands(text):
    assert _money(text) == []


@pytest.mark.parametrize("text,quote,amount,currency", [
    ("丹麦外交部捐款300 000丹麦克朗。", "300 000丹麦克朗", "300000", "DKK"),
    ("瑞典国际开发合作署认捐2,000,000瑞典克朗。", "2,000,000瑞典克朗", "2000000", "SEK"),
    ("人民币汇率上升了3%，卢布下跌。", "", None, None),  # currency words without an amount
    ("大韩民国捐款1亿韩元。", "1亿韩元", "100000000", "KRW"),
])
def test_other_currencies(text, quote, amount, currency):
    got = _money(text)
    if amount is None:
        assert got == []
    else:
        assert got == [(quote, Decimal(amount), currency, None)]

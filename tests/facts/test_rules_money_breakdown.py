"""Contributions listed after 其中 behind a stated total, and support in kind listed after the sentence that
announces it (graph_builder/facts/rules_money_breakdown.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _gifts(store):
    out = {}
    for s, p, o in store.facts:
        if p == WSIS.contributor:
            amounts = objects(store, s, WSIS.originalAmount)
            out[str(o).rsplit("/", 2)[-1]] = Decimal(str(next(iter(amounts)))) if amounts else None
    return out


def test_givers_listed_after_qiZhong_each_give_their_amount(reference):
    text = ("1. 2015年基金共收到自愿捐款38万欧元，其中：挪威政府20万欧元，联合国儿童基金会8万欧元，"
            "芬兰政府6万欧元和国际电联40 000欧元。\n")
    store, _ = extract_text(reference, text, ["money.breakdown-prose"])
    gifts = _gifts(store)
    assert gifts["itu"] == Decimal(40000)
    assert sorted(gifts.values()) == [Decimal(40000), Decimal(60000), Decimal(80000), Decimal(200000)]
    (c,) = {s for s, p, o in store.facts if p == WSIS.contributor and o == ID["org/itu"]}
    assert objects(store, c, WSIS.status) == {Literal("received")}


@pytest.mark.parametrize("text", [
    "1. 论坛共有与会者1 200名，其中政府代表400名。\n",  # no money word before 其中
    "1. 基金共收到捐款50万美元，其中大部分10万美元以上。\n",  # no giver named
])
def test_no_listed_gift_without_a_money_total_and_named_givers(reference, text):
    store, _ = extract_text(reference, text, ["money.breakdown-prose"])
    assert not [f for f in store.facts if f[1] == WSIS.contributor]


def test_clauses_after_an_in_kind_sentence_are_gifts_in_kind(reference):
    text = ("1. 中心的运作依靠伙伴的实物支助。国际电联为培训班提供了教室和设备；世界卫生组织借调两名专家三个月；联合国开发计划署承担了译员的费用。\n")
    store, _ = extract_text(reference, text, ["money.in-kind-listed"])
    givers = {str(o).rsplit("/", 1)[-1] for s, p, o in store.facts if p == WSIS.contributor}
    assert givers == {"itu", "who", "undp"}
    assert all(o == Literal(True) for s, p, o in store.facts if p == WSIS.inKind)


@pytest.mark.parametrize("text", [
    "1. 国际电联为培训班提供了教室和设备。\n",  # no in-kind sentence before
    "1. 中心依靠伙伴的实物支助。请国际电联为培训班提供教室。\n",  # asked, not given
])
def test_no_listed_gift_in_kind_without_the_announcing_sentence(reference, text):
    store, _ = extract_text(reference, text, ["money.in-kind-listed"])
    assert not [f for f in store.facts if f[1] == WSIS.inKind]


def test_givers_listed_after_the_colon_of_the_giving_words_and_the_sum_that_closes_them(reference):
    text = ("1. 赞赏地注意到下列国家对区域宽带信托基金的捐款：挪威120 000欧元、奥地利85 000欧元和爱尔兰40 000欧元，"
            "共计245 000欧元。\n")
    store, _ = extract_text(reference, text, ["money.breakdown-prose", "money.stated-totals-prose"])
    gifts = _gifts(store)
    assert gifts == {"norway": Decimal(120000), "austria": Decimal(85000), "ireland": Decimal(40000)}
    (total,) = {s for s, p, o in store.facts if p == WSIS.originalAmount and o.toPython() == Decimal(245000)}
    assert objects(store, total, WSIS.status) == {Literal("received")}


@pytest.mark.parametrize("text", [
    "1. 会议经费估计如下：会议服务418 600美元、文件157 200美元，共计575 800美元。\n",  # costs, not gifts
    "1. 委员会讨论了捐款问题：挪威表示将于明年捐款。\n",  # no amounts
])
def test_a_colon_list_of_costs_or_without_amounts_gives_no_gifts(reference, text):
    store, _ = extract_text(reference, text, ["money.breakdown-prose"])
    assert not [f for f in store.facts if f[1] == WSIS.contributor]


def test_givers_listed_after_a_colon_of_a_lead_in_that_speaks_of_gifts(reference):
    text = ("1. 2019年区域论坛获得以下伙伴的捐款：肯尼亚政府80 000瑞士法郎，国际电联45 000瑞士法郎和"
            "智利交通和电信部12 500瑞士法郎；捐款共计137 500瑞士法郎。\n")
    store, _ = extract_text(reference, text, ["money.breakdown-prose", "money.stated-totals-prose"])
    gifts = _gifts(store)
    assert gifts["itu"] == Decimal(45000)
    assert sorted(gifts.values()) == [Decimal(12500), Decimal(45000), Decimal(80000)]
    totals = {o for s, p, o in store.facts if p == WSIS.amountCHF and "stated" in str(s)}
    assert [Decimal(str(t)) for t in totals] == [Decimal(137500)]


@pytest.mark.parametrize("text", [
    "1. 论坛讨论了以下议题：宽带、网络安全和电子政务，会议经费为20 000瑞士法郎。\n",  # no gift before the colon
    "1. 秘书处收到捐款：详见附件，共20 000瑞士法郎。\n",  # no giver named
])
def test_a_colon_without_gifts_or_givers_lists_no_gift(reference, text):
    store, _ = extract_text(reference, text, ["money.breakdown-prose"])
    assert not _gifts(store)


def test_a_lead_in_that_ends_its_paragraph_lists_nothing_there(reference):
    store, _ = extract_text(reference, "1. 论坛获得以下伙伴的捐款：\n\n(a) 肯尼亚政府：80 000瑞士法郎\n", ["money.breakdown-prose"])
    assert not _gifts(store)

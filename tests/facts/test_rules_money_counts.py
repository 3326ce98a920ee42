"""Staff and organisation counts (graph_builder/facts/rules_money_counts.py), in-kind table rows
(rules_tables.py) and budgets in a currency other than francs (rules_money_prose.py), on new sentences."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects, subjects

COUNTS = ["counts.staff", "counts.organizations"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _int(n):
    return Literal(n, datatype=XSD.integer)


@pytest.mark.parametrize("text, count, qualifier", [
    ("1. 目前执行秘书处共有一百余名工作人员。", 100, "more than"),
    ("1. 执行秘书处的工作人员人数为25名。", 25, None),
    ("1. 不到二十名职员在执行秘书处工作。", 20, "less than"),
    ("1. 执行秘书处现有约三十名专职工作人员，负责会务。", 30, "about"),
])
def test_a_bodys_own_staff(reference, text, count, qualifier):
    store, _ = extract_text(reference, text + "\n", COUNTS)
    es = ID["body/wsis-executive-secretariat"]
    assert objects(store, es, WSIS.staffCount) == {_int(count)}
    (fig,) = subjects(store, WSIS.providedTo, es)
    assert objects(store, fig, WSIS["count"]) == {_int(count)}
    assert objects(store, fig, WSIS.countQualifier) == ({Literal(qualifier)} if qualifier else set())
    assert all(store.facts[(es, WSIS.staffCount, _int(count))])  # evidence


def test_staff_one_agent_assigns_to_another(reference):
    text = "1. 国际电联为执行秘书处调派了约12名工作人员，联合国开发计划署向执行秘书处借调了2名职员。\n"
    store, _ = extract_text(reference, text, COUNTS)
    es = ID["body/wsis-executive-secretariat"]
    assert not objects(store, es, WSIS.staffCount)  # a part of its staff, not its staff
    figs = subjects(store, WSIS.providedTo, es)
    assert {(next(iter(objects(store, f, WSIS.provider))), next(iter(objects(store, f, WSIS["count"])))) for f in figs} \
        == {(ID["org/itu"], _int(12)), (ID["org/undp"], _int(2))}


@pytest.mark.parametrize("text", [
    "1. 会议有三百名工作人员参加了培训。",              # no body
    "1. 执行秘书处向各国政府发出了12份邀请。",            # not staff
    "1. 约有16位专家被派往执行秘书处。",                  # experts: the secondment rules read them
])
def test_no_staff_count(reference, text):
    store, _ = extract_text(reference, text + "\n", COUNTS)
    assert not [t for t in store.facts if t[1] == WSIS.staffCount]


def test_organisations_of_an_events_participants(reference):
    text = "1. 第一次筹备委员会会议有来自三十多个组织的二百名代表出席。\n"
    store, _ = extract_text(reference, text, COUNTS + ["events.identity"])
    assert objects(store, ID["event/prepcom-1"], WSIS.organizationCount) == {_int(30)}


@pytest.mark.parametrize("text", [
    "1. 第一次筹备委员会会议有30个非政府组织和12个国际组织参加。",  # two groups: no count for the event
    "1. 该网络由35个组织组成。",                                    # no event
])
def test_no_organisation_count(reference, text):
    store, _ = extract_text(reference, text + "\n", COUNTS + ["events.identity"])
    assert not [t for t in store.facts if t[1] == WSIS.organizationCount]


def test_in_kind_row_is_kept(reference):
    text = ("附件\n\n区域会议捐助情况\n\n| 捐助方 | 折合瑞士法郎 |\n|---|---|\n| 斐济共和国政府 | 实物捐助（会议场地） |\n"
            "| 萨摩亚独立国政府 | 15 000 |\n")
    store, src = extract_text(reference, text, ["tables.contributions"])
    (c,) = subjects(store, WSIS.contributor, ID["org/government-of-fiji"])
    assert objects(store, c, WSIS.inKind) == {Literal(True)}
    assert objects(store, c, WSIS.note) == {Literal("实物捐助（会议场地）", lang="zh")}
    assert not objects(store, c, WSIS.amountCHF)
    (other,) = subjects(store, WSIS.contributor, ID["org/government-of-samoa"])
    assert not objects(store, other, WSIS.inKind)


@pytest.mark.parametrize("head,code", [("金额（美元）", "USD"), ("捐款额（以欧元计）", "EUR")])
def test_the_currency_an_amount_columns_header_names(reference, head, code):
    text = (f"附件\n\n区域讲习班捐助情况\n\n| 捐助方 | 形式 | {head} |\n|---|---|---|\n"
            "| 萨摩亚独立国政府 | 现金 | 40 000 |\n| 斐济共和国政府 | 实物（会议场地） | — |\n| 合计 |  | 40 000 |\n")
    store, _ = extract_text(reference, text, ["tables.contributions"])
    (c,) = subjects(store, WSIS.contributor, ID["org/government-of-samoa"])
    assert objects(store, c, WSIS.originalCurrency) == {Literal(code)}
    assert {str(v) for v in objects(store, c, WSIS.originalAmount)} == {"40000"}
    assert not objects(store, c, WSIS.amountCHF)  # not francs
    (total,) = subjects(store, RDF.type, WSIS.StatedTotal)
    assert objects(store, total, WSIS.originalCurrency) == {Literal(code)}
    assert not objects(store, total, WSIS.amountCHF)


def test_budget_in_dollars_has_a_monetary_amount(reference):
    store, _ = extract_text(reference, "1. 区域讲习班的经费概算为12万美元。\n", ["money.budgets"])
    (budget,) = subjects(store, RDF.type, WSIS.Budget)
    (amount,) = objects(store, budget, WSIS.amount)
    assert objects(store, amount, RDF.type) == {WSIS.MonetaryAmount}
    assert objects(store, amount, SCHEMA.currency) == {Literal("USD")}
    assert {str(v) for v in objects(store, amount, SCHEMA.value)} == {"120000"}


def test_an_allocation_from_an_organisation_s_budget_is_an_approved_budget(reference):
    store, _ = extract_text(reference, "1. 为举办区域培训班，从万国邮政联盟经常预算中划拨45万瑞士法郎。\n", ["money.budgets"])
    (budget,) = subjects(store, RDF.type, WSIS.Budget)
    assert {str(v) for v in objects(store, budget, WSIS.amountCHF)} == {"450000"}
    assert objects(store, budget, WSIS.status) == {Literal("approved")}
    store, _ = extract_text(reference, "1. 会议讨论了从经常预算中划拨资金的问题。\n", ["money.budgets"])
    assert not subjects(store, RDF.type, WSIS.Budget)


@pytest.mark.parametrize("text, count, qualifier", [
    ("1. 截至2016年底，执行秘书处累计举办讲习班约20期，共培训学员近2 500名。", 2500, "about"),
    ("1. 执行秘书处共培训了1\u2009200名技术人员。", 1200, None),
    ("1. 2015年，执行秘书处先后培训逾八百名官员，覆盖三十个国家。", 800, "more than"),
])
def test_people_a_body_trained(reference, text, count, qualifier):
    store, _ = extract_text(reference, text + "\n", ["counts.trained"])
    es = ID["body/wsis-executive-secretariat"]
    (fig,) = subjects(store, WSIS.provider, es)
    assert objects(store, fig, WSIS["count"]) == {_int(count)}
    assert objects(store, fig, WSIS.countQualifier) == ({Literal(qualifier)} if qualifier else set())
    assert objects(store, fig, RDF.type) == {WSIS.StaffFigure}


@pytest.mark.parametrize("text", [
    "1. 执行秘书处计划培训3 000名学员。",
    "1. 执行秘书处审议了培训3 000名学员的方案。",
    "1. 执行秘书处共有3 000名学员报名。",
])
def test_no_trainees_where_none_were_trained(reference, text):
    store, _ = extract_text(reference, text + "\n", ["counts.trained"])
    assert not [t for t in store.facts if t[1] == WSIS.provider]

"""Contributions listed item by item under a lead-in that speaks of giving, on new sentences; a list of costs
with the same shape gives none; a total of pledges is a pledged stated total."""

from __future__ import annotations

from rdflib import Literal

from graph_builder.entities.reference import load_reference
from graph_builder.facts import RULES, _load_rule_modules
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

_load_rule_modules()

PLEDGES = """1.　决定设立数字扫盲自愿信托基金，由联合国开发计划署管理；

2.　赞赏地注意到下列国家向该基金认捐的款项：
(a)　挪威：200 000美元；
(b)　智利：35 000美元；
(c)　加纳政府：12 500美元；
认捐总额为247 500美元；
"""

COSTS = """3.　注意到下列活动的费用估算如下：
(a)　培训：20 000美元；
(b)　挪威：15 000美元；
"""


def _of_type(store, cls):
    return {s for (s, p, o) in store.facts if p.endswith("type") and o == cls}


def _values(store, s, p):
    return {o for (s2, p2, o) in store.facts if s2 == s and p2 == p}


def test_each_listed_pledge_is_a_contribution_with_its_amount_status_and_fund():
    store, _ = extract_text(load_reference(), PLEDGES, sorted(RULES), "900")
    gifts = _of_type(store, WSIS.Contribution)
    amounts = {str(next(iter(_values(store, g, WSIS.originalAmount)))) for g in gifts}
    assert amounts == {"200000", "35000", "12500"}
    for g in gifts:
        assert _values(store, g, WSIS.status) == {Literal("pledged")}
        assert _values(store, g, WSIS.originalCurrency) == {Literal("USD")}
        assert {str(o).rsplit("/", 1)[1] for o in _values(store, g, WSIS.toFund)} == {"shuzisaomangziyuanxintuojijin"}
    (total,) = _of_type(store, WSIS.StatedTotal)
    assert {str(o) for o in _values(store, total, WSIS.originalAmount)} == {"247500"}
    assert _values(store, total, WSIS.status) == {Literal("pledged")}


def test_a_list_of_costs_gives_no_contribution():
    store, _ = extract_text(load_reference(), COSTS, sorted(RULES), "900")
    assert not _of_type(store, WSIS.Contribution)

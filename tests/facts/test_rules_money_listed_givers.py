"""Givers listed with their amounts after 资金由以下…提供：, and the total closing the list (，共计…)
(graph_builder/facts/rules_money_breakdown.py, rules_money_gifts.py). Givers and amounts written for this test."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

TEXT = """1. 秘书处将介绍区域宽带地图项目的进展情况。该项目的资金由以下四国提供：挪威150 000美元，日本95 000美元，智利40 000美元，新西兰25 000美元，共计310 000美元。

2. 会议由以下三国主办：挪威、日本和智利。与会者共计120名，来自12个国家。
"""


def _facts():
    return extract_text(load_reference(), TEXT, ["money.breakdown-prose", "money.stated-totals-prose"], "t")[0].facts


def test_each_giver_listed_after_the_colon_is_a_contribution_with_its_amount():
    facts = _facts()
    givers = {str(o).rsplit("/", 1)[-1] for (s, p, o) in facts if p == WSIS.contributor}
    assert givers == {"norway", "japan", "chile", "new-zealand"}
    amounts = {str(o) for (s, p, o) in facts if p == WSIS.originalAmount and "/contribution/" in str(s)}
    assert amounts == {"150000", "95000", "40000", "25000"}


def test_the_total_closing_the_list_is_the_stated_total():
    facts = _facts()
    total = ID["total/t-para-1-stated"]
    assert {str(o) for (s, p, o) in facts if s == total and p == WSIS.originalAmount} == {"310000"}


def test_a_list_of_hosts_and_a_count_of_people_are_no_money():
    facts = _facts()
    assert not any("para-2" in str(s) for (s, p, o) in facts)

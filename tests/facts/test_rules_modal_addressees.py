"""Recommendations addressed by a modal (X应…) whose addressee's name holds 的 (各参与组织的行政首长应…), and a
recommendation due at the addressee's session that closes its clause (应在其第N届会议上，就…): graph_builder/facts/
rules_actions_directives.py. New sentences, not a fixture's."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text


def _facts(text: str):
    store, _ = extract_text(load_reference(), text, None, "t")
    return store.facts


def _values(facts, p):
    return {str(o).rsplit("/", 1)[-1] for (s, p2, o) in facts if p2 == p and "/directive/" in str(s)}


def test_executive_heads_of_participating_organizations_are_the_addressee():
    facts = _facts("1. 参与组织的行政首长应在2023年3月31日之前向各自的理事机构报告执行情况。\n")
    assert _values(facts, WSIS.addressee) == {"executive-heads-of-participating-organizations"}
    assert "2023-03-31" in {str(o) for (s, p, o) in facts if p == WSIS.deadline}


def test_a_description_with_de_before_the_modal_is_no_addressee():
    facts = _facts("1. 国际电联的报告应在2023年3月31日之前分发。\n")
    assert not _values(facts, WSIS.addressee)


def test_due_at_the_addressees_session_named_before_a_comma():
    facts = _facts("1. 统计委员会应在其第五十届会议上，就信息社会指标通过一项决定。\n"
                   "2. 科技委应在其第二十五届会议上，审议区域报告。\n")
    assert _values(facts, WSIS.dueAt) >= {"cstd-session-25"}


def test_a_session_named_as_a_past_occasion_is_not_due():
    facts = _facts("1. 科技委在其第二十五届会议上，审议了区域报告。科技委应加强协调。\n")
    assert not _values(facts, WSIS.dueAt)

"""Contributions written giver first, then the verb and the amount (graph_builder/facts/rules_money_prose.py,
``money.agent-contributions``): new sentences, as list items under a tier label and in running text."""

from __future__ import annotations

from decimal import Decimal

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

TEXT = """区域数字论坛报告

1. 秘书处感谢下列伙伴的支持：
- 白金级伙伴：智利政府，捐款60 000瑞士法郎；
- 贡献伙伴：安第斯数字基金会，捐助12 500瑞士法郎。
2. 伙伴捐款共计72 500瑞士法郎。国际电联为论坛直接捐资5 000瑞士法郎。
"""


def _facts(text: str):
    return extract_text(load_reference(), text, ["money.agent-contributions"], "t")[0].facts


def test_givers_after_a_tier_label_and_their_amounts():
    facts = _facts(TEXT)
    amounts = {s: Decimal(str(o)) for s, p, o in facts if p == WSIS.amountCHF}
    givers = {s: str(o).rsplit("/", 1)[1] for s, p, o in facts if p == WSIS.contributor}
    got = sorted(amounts[s] for s in givers)
    assert got == [Decimal(12500), Decimal(60000)]
    assert any(g.startswith("zhili") or "chile" in g for g in givers.values())
    assert len(givers) == 2  # 为论坛直接捐资 is the direct-contribution rule's, the total is no giver


def test_a_stated_total():
    facts = _facts(TEXT)
    totals = [s for s, p, o in facts if p == WSIS.amountCHF and "total" in str(s)]
    assert len(totals) == 1
    assert (totals[0], WSIS.amountCHF, next(o for s, p, o in facts if s == totals[0] and p == WSIS.amountCHF)) in facts
    assert Decimal(str(next(o for s, p, o in facts if s == totals[0] and p == WSIS.amountCHF))) == Decimal(72500)


def test_no_giver_minted_from_words_that_name_none():
    from graph_builder.entities.reference import load_reference
    from graph_builder.facts import RULES, _load_rule_modules
    from graph_builder.rdf.namespaces import WSIS

    _load_rule_modules()
    text = "1. 论坛欢迎各方踊跃支持，尤其是捐款50 000瑞士法郎以上的伙伴。\n2. 斯洛文尼亚电信公司，捐款20 000瑞士法郎。\n"
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    givers = {str(o).rsplit("/", 1)[1] for (s, p, o) in store.facts if p == WSIS.contributor}
    assert len(givers) == 1 and not any("youqi" in g for g in givers)


def test_provided_followed_by_an_amount_is_a_contribution_and_extrabudgetary_resources_a_total():
    text = ("1. 用于区域宽带工作计划的预算外资源在2014—2016年期间共计八十五万美元。其中，挪威提供了五十万美元，"
            "智利提供了35万美元。\n")
    facts = extract_text(load_reference(), text, ["money.agent-contributions", "money.stated-totals-prose"], "t")[0].facts
    givers = {s: str(o).rsplit("/", 1)[1] for s, p, o in facts if p == WSIS.contributor}
    amounts = {s: Decimal(str(o)) for s, p, o in facts if p == WSIS.originalAmount}
    assert sorted((givers[s], amounts[s]) for s in givers) == [("chile", Decimal(350000)), ("norway", Decimal(500000))]
    totals = [s for s in amounts if "total/" in str(s)]
    assert [amounts[s] for s in totals] == [Decimal(850000)]
    assert {str(o) for s, p, o in facts if p == WSIS.status and s in totals} == {"received"}  # 计划 is a noun here


def test_provided_followed_by_no_money_is_no_contribution():
    facts = _facts("1. 挪威提供了3名专家和会议设施，智利提供了技术支持。\n")
    assert not [s for s, p, o in facts if p == WSIS.contributor]


def test_a_giver_with_its_short_form_in_brackets_or_a_means_before_the_verb_and_a_beneficiary_after_wei():
    text = ("3. 亚洲开发银行通过“数字蒙古”项目提供了8,000万美元的贷款，用于骨干网建设。"
            "联合国开发计划署（开发署）提供了45万美元。日本政府为乡村学校联网计划提供了600万美元。\n")
    facts = extract_text(load_reference(), text, ["money.agent-contributions", "money.direct-contributions"], "t")[0].facts
    givers = {s: str(o).rsplit("/", 1)[1] for s, p, o in facts if p == WSIS.contributor}
    amounts = {s: Decimal(str(o)) for s, p, o in facts if p == WSIS.originalAmount}
    got = sorted((amounts[s], givers[s]) for s in givers)
    assert [a for a, _ in got] == [Decimal(450000), Decimal(6000000), Decimal(80000000)]
    assert [g for _, g in got] == ["undp", "government-of-japan", "asian-development-bank"]
    purposes = {str(o) for s, p, o in facts if p == WSIS.purpose}
    assert "乡村学校联网计划" in purposes


def test_means_or_beneficiary_without_an_amount_gives_nothing():
    text = ("4. 亚洲开发银行通过“数字蒙古”项目提供了技术援助。日本政府为乡村学校提供了300台计算机。"
            "开发署（联合国开发计划署）通过了一项计划。\n")
    facts = extract_text(load_reference(), text, ["money.agent-contributions", "money.direct-contributions"], "t")[0].facts
    assert not [s for s, p, o in facts if p == WSIS.contributor]

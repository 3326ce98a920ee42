"""Contributions in a news layout (graph_builder/facts/rules_money_prose.py): the giver's role between its name
and the verb (X作为金级合作伙伴捐款N), and support in kind given in a clause after the giver's name
(X，以实物形式提供了Y). New sentences, not from any fixture document."""

from __future__ import annotations

from rdflib import Literal

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text


def _by(text: str, rule: str) -> dict:
    store = extract_text(load_reference(), text + "\n", [rule], "t")[0]
    out: dict = {}
    for s, p, o in store.facts:
        out.setdefault(s, {}).setdefault(p, set()).add(o)
    return out


def test_a_role_between_the_giver_and_the_verb():
    got = _by("1. 秘鲁交通和通信部作为银级合作伙伴捐款8万美元（约合7.7万瑞士法郎）。", "money.agent-contributions")
    (c,) = got.values()
    assert Literal("USD") in c[WSIS.originalCurrency]
    assert any("jiaotonghetongxinbu" in str(x) for x in c[WSIS.contributor])


def test_a_role_with_no_amount_is_no_contribution():
    assert _by("1. 秘书处作为会议组织方感谢各方捐款。", "money.agent-contributions") == {}


def test_in_kind_after_the_givers_name_and_a_comma():
    got = _by("1. 新的合作伙伴包括：肯尼亚信息通信部，以实物形式提供了会场和同声传译设备。", "money.in-kind")
    (c,) = got.values()
    assert c[WSIS.inKind] == {Literal(True)}
    assert any("kenniyaxinxitongxinbu" in str(x) for x in c[WSIS.contributor])


def test_in_kind_asked_for_is_no_contribution():
    assert _by("1. 秘书处请各方以实物形式提供支持。", "money.in-kind") == {}

"""A body's chair named after a description of their post (B由<country><ministry><post>X（Latin）担任主席):
rule org.body.chair. New sentences written for this test."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.facts import RULES, _load_rule_modules
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

_load_rule_modules()


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _chairs(reference, text):
    store = extract_text(reference, text, sorted(RULES), "900")[0]
    return {(str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for (s, p, o) in store.facts if p == WSIS.chair}


def test_chairs_after_their_posts(reference):
    text = ("3. 移动健康工作组由秘鲁卫生部司长胡安·派瓦（Juan Paiva）担任主席；"
            "海洋与气候工作组由萨摩亚外交部顾问塔妮娅·法阿莱（Tania Faalele）担任主席。")
    chairs = _chairs(reference, text)
    assert ("yidongjiankanggongzuozu", "juan-paiva") in chairs
    assert ("haiyangyuqihougongzuozu", "tania-faalele") in chairs


def test_a_person_after_a_clause_break_is_not_the_chair(reference):
    text = "3. 移动健康工作组由秘鲁卫生部提名，胡安·派瓦（Juan Paiva）担任主席。"
    assert not [c for c in _chairs(reference, text) if c[0] == "yidongjiankanggongzuozu"]

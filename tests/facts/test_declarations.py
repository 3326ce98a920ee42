"""A declaration whose speakers are named once (我们，出席X会议的各国部长，) and then speak in numbered
paragraphs without a subject: each paragraph's stance or commitment is theirs, the meeting's (declarations.py,
actions.statements, actions.directives). The texts are written for this test."""

from __future__ import annotations

import pytest
from rdflib import Literal

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

RULES = ["actions.statements", "actions.directives", "actions.deadlines"]

DECLARATION = """基多宣言

我们，2016年4月5日至7日聚集在厄瓜多尔基多出席拉丁美洲数字包容部长级会议的各国部长和代表团团长，

回顾以往各次区域会议的成果，

1. 重申我们致力于缩小区域内的数字鸿沟；

2. 认识到可负担的宽带接入是数字包容的前提；

3. 承诺在2018年年底前通过国家数字包容计划；

4. 决心加强区域合作。
"""

REPORT = """区域会议报告

1. 会议于2016年4月在基多举行。

2. 重申了各国缩小数字鸿沟的决心。

3. 承诺在2018年年底前通过国家计划的国家有五个。
"""


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def test_each_numbered_paragraph_speaks_for_the_meeting_named_in_the_speakers_line(reference):
    store, _ = extract_text(reference, DECLARATION, RULES, doc_id="991")
    stances = {str(o) for (s, p, o) in store.facts if p == WSIS.stance}
    assert "recognizes" in stances
    commitments = [s for (s, p, o) in store.facts if p == WSIS.action and "commitment" in str(s)]
    actions = {str(next(iter(objects(store, s, WSIS.action)))) for s in commitments}
    assert any(a.startswith("缩小区域内的数字鸿沟") for a in actions)
    dated = [s for s in commitments if objects(store, s, WSIS.deadline)]
    assert len(dated) == 1 and objects(store, dated[0], WSIS.isoDate) == {Literal("2018")}
    issuers = {o for s in commitments for o in objects(store, s, WSIS.issuer)}
    assert len(issuers) == 1 and "event/" in str(issuers.pop())
    # 3. is a commitment, not also a target of nobody
    assert not [s for (s, p, o) in store.facts if p == WSIS.action and "target" in str(s)]


def test_numbered_paragraphs_of_a_report_do_not_speak_as_we(reference):
    store, _ = extract_text(reference, REPORT, RULES, doc_id="992")
    assert not [s for (s, p, o) in store.facts if p == WSIS.stance]
    assert not [s for (s, p, o) in store.facts if p == WSIS.action and "commitment" in str(s)]

"""The ordinal of a numbered session the entity rules linked as a whole (科学和技术促进发展委员会第二十三届会议): read
from its words in Chinese numerals of any length or in digits, with 届 as with 次 (rules_events_anchors.py). New
sentences written for this test."""

from __future__ import annotations

import pytest
from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _ordinals(reference, text: str) -> dict:
    store, _ = extract_text(reference, text, ["events.identity"], "990")
    return {str(s).rsplit("/", 1)[-1]: {int(o) for o in objects(store, s, WSIS.ordinal)}
            for (s, p, _) in store.facts if p == WSIS.ordinal}


@pytest.mark.parametrize("text, key, n", [
    ("7. 科学和技术促进发展委员会第二十三届会议于2020年6月10日至12日在日内瓦举行。\n", "cstd-session-23", 23),
    ("3. 委员会注意到，科学和技术促进发展委员会第十一届会议审议了峰会成果的落实情况。\n", "cstd-session-11", 11),
])
def test_a_linked_numbered_session_has_its_ordinal(reference, text, key, n):
    got = _ordinals(reference, text)
    assert got.get(key) == {n}, got


def test_no_ordinal_without_a_number(reference):
    got = _ordinals(reference, "5. 信息社会世界峰会论坛于2019年4月8日至12日在日内瓦举行。\n")
    assert not any(v for k, v in got.items() if "forum" in k or "wsis" in k), got

"""Deadlines that come round again (graph_builder/facts/recurrence.py, read by the directive rules): new sentences
written for this test."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.facts.recurrence import find_recurrences
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import store_for

RULES = ["actions.directives", "actions.deadlines", "actions.targets"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.mark.parametrize("text, expected", [
    ("于2011年3月31日之前、此后每两年提交报告", [("P2Y", "此后每两年")]),
    ("最迟于2012年第一季度、其后每年汇报一次", [("P1Y", "其后每年")]),
    ("此后每隔6个月", [("P6M", "此后每隔6个月")]),
    ("以后每季度", [("P3M", "以后每季度")]),
    ("此后每半年", [("P6M", "此后每半年")]),
    ("每年举办一次论坛", []),                 # a bare 每年 describes the action
    ("每两年召开一次大会", []),
    ("此后不久提交报告", []),                 # 此后 without an interval
])
def test_intervals(text, expected):
    assert [(iso, text[a:b]) for iso, a, b in find_recurrences(text, 0, len(text))] == expected


def _recurrences(store):
    return {(str(s), p, str(o)) for (s, p, o) in store.facts if p in (WSIS.recurrence, WSIS.recurrenceAsPrinted)}


def test_a_request_keeps_its_deadline_and_its_interval(monkeypatch, reference):
    text = "5. 请各国政府于2011年3月31日之前、此后每两年向秘书长提交一份执行情况报告。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    got = _recurrences(store)
    subjects = {s for s, _, _ in got}
    assert len(subjects) == 1
    assert {(p, o) for _, p, o in got} == {(WSIS.recurrence, "P2Y"), (WSIS.recurrenceAsPrinted, "此后每两年")}
    s = next(iter(subjects))
    assert any(str(x) == s and p == WSIS.deadline for (x, p, _o) in store.facts)


def test_no_interval_without_after(monkeypatch, reference):
    text = "5. 请各国政府每年向秘书长提交一份执行情况报告。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert not _recurrences(store)

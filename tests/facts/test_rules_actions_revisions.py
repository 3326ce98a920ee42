"""Deadlines moved by a revision (graph_builder/facts/rules_actions_revisions.py): new sentences, and
replacements that move no deadline."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

RULES = ["actions.directives", "actions.directives_revised"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _deadlines(store):
    return {(str(s).rsplit("/", 1)[-1], o) for (s, p, o) in store.facts if p == WSIS.deadline}


def test_a_revision_adds_the_new_deadline_to_the_request_that_printed_the_old_one(reference):
    text = ("3. 大会请国际电联秘书长在2016年3月31日之前向理事会提交一份报告。\n\n"
            "4. 秘书宣读了对执行部分第7段的口头订正：将“2016年3月31日之前”改为“2016年6月30日之前”。\n")
    store, _ = extract_text(reference, text, RULES)
    got = _deadlines(store)
    days = {o for _, o in got}
    assert Literal("2016-03-31", datatype=XSD.date) in days and Literal("2016-06-30", datatype=XSD.date) in days, got
    assert len({d for d, _ in got}) == 1


@pytest.mark.parametrize("revision", [
    "将“报告”改为“简要报告”",                       # no date
    "将“2017年3月31日之前”改为“2017年6月30日之前”",  # a date no earlier request has
])
def test_a_revision_that_moves_no_deadline(reference, revision):
    text = ("3. 大会请国际电联秘书长在2016年3月31日之前向理事会提交一份报告。\n\n"
            f"4. 秘书宣读了口头订正：{revision}。\n")
    store, _ = extract_text(reference, text, RULES)
    assert {o for _, o in _deadlines(store)} == {Literal("2016-03-31", datatype=XSD.date)}

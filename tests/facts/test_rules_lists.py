"""Tasks of a mandate printed as a list inside a paragraph (graph_builder/facts/rules_lists.py), new sentences."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDFS, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.facts.rules_lists import split_tasks
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

RULES = ["org.body.roles", "lists.tasks"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.mark.parametrize("text, items", [
    ("汇编成员国的统计数据、举办区域培训和发布年度展望", ["汇编成员国的统计数据", "举办区域培训", "发布年度展望"]),
    ("协调各国的政策；定期审查进展；以及向部长会议提交报告", ["协调各国的政策", "定期审查进展", "向部长会议提交报告"]),
    ("推动区域合作，并向理事会提出建议", ["推动区域合作", "向理事会提出建议"]),
])
def test_split_into_tasks(text, items):
    assert [text[a:b] for a, b in split_tasks(text)] == items


@pytest.mark.parametrize("text", [
    "审查数据、报告和统计的情况",            # a list of objects of one task
    "制定框架，使成员能够做出贡献",            # a purpose clause, not a second task
    "推动区域合作",                            # one task
])
def test_not_a_list_of_tasks(text):
    assert split_tasks(text) is None


def test_tasks_in_order_with_their_own_evidence(reference):
    text = "1. 东非数字合作委员会的主要任务是汇编成员国的统计数据、举办区域培训和发布年度展望。\n"
    store, src = extract_text(reference, text, RULES)
    (body,) = {s for (s, p, o) in store.facts if p == WSIS.mandateTask}
    tasks = sorted(objects(store, body, WSIS.mandateTask), key=lambda t: int(next(iter(objects(store, t, WSIS.rank)))))
    assert [str(next(iter(o for o in objects(store, t, RDFS.label) if o.language == "zh"))) for t in tasks] == \
        ["汇编成员国的统计数据", "举办区域培训", "发布年度展望"]
    for k, t in enumerate(tasks, 1):
        assert objects(store, t, WSIS.rank) == {Literal(k, datatype=XSD.integer)}
        (ev,) = store.facts[(body, WSIS.mandateTask, t)]
        assert src.text[ev.start:ev.end] in ("汇编成员国的统计数据", "举办区域培训", "发布年度展望")

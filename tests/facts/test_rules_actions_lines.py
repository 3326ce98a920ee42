"""Action-line rules (graph_builder/facts/rules_actions_lines.py): new texts of the corpus' forms, and the corpus."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, SKOS, XSD

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import ID, WSIS, node_iri
from tests.facts.test_rules_actions_helpers import objects, quotes, store_for, subjects

RULES = ["actions.lines", "actions.sublines", "actions.principles", "actions.annex", "actions.lead"]

# A plan with two action lines (C2 holding two sub-lines, one only referring to C1), a declaration whose
# numbered principles match them, and an annex table listing facilitators.
TEXT = """日内瓦 原则宣言

B. 原则

1) 各国政府和所有利益相关方在推动信息通信技术促进发展方面的作用

3. 政府发挥作用。

2) 信息通信技术的应用领域

4. 应用很重要。

测试 行动计划

C. 行动方针

C1. 各国政府和所有利益相关方在推动信息通信技术促进发展方面的作用

8. 各方参与至关重要。

C2. 信息通信技术应用领域

9. 应用很重要。

10. 电子卫生

- a) 推动协同工作。

11. 电子学习（见 C1节）

测试 议程

A. 引言

5. 由联合国机构（特别是世界卫生组织和国际劳工组织）开展的活动应继续得到利用。这两个机构在落实《日内瓦行动计划》方面应发挥主要推动作用。

- 附件 -

行动方面\t协调机构/推进机构
C1. 公共作用\t联合国教科文组织/国际电联
C2. ICT 应用 <ul style="list-style-type: none"> • 电子卫生 • 电子教学 </ul>\t世界卫生组织/国际电联 联合国开发计划署
"""


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.fixture()
def synthetic(monkeypatch, reference):
    return store_for(monkeypatch, reference, TEXT, RULES, doc_id="004")


def test_action_lines_from_headings(synthetic):
    store, doc = synthetic
    c1, c2 = ID["actionline/c1"], ID["actionline/c2"]
    assert subjects(store, RDF.type, WSIS.ActionLine) >= {c1, c2}
    assert objects(store, c2, SKOS.notation) == {Literal("C2")}
    assert objects(store, c1, WSIS.definedIn) == {node_iri("004/plan/para/8")}
    assert objects(store, c2, WSIS.definedIn) == {node_iri("004/plan/para/9")}
    assert quotes(store, doc, c2, SKOS.notation, Literal("C2")) == ["C2. 信息通信技术应用领域"]


def test_sub_lines_broader_and_see_also(synthetic):
    store, doc = synthetic
    health, learning = ID["actionline/c7-e-health"], ID["actionline/c7-e-learning"]
    assert objects(store, health, SKOS.broader) == {ID["actionline/c2"]}
    assert objects(store, health, WSIS.definedIn) == {node_iri("004/plan/para/10")}
    assert objects(store, learning, WSIS.seeAlso) == {ID["actionline/c1"]}
    assert objects(store, node_iri("004/plan/para/11"), WSIS.refersTo) == {ID["actionline/c1"]}
    assert WSIS.seeAlso not in {p for (s, p, o) in store.facts if s == health}


def test_principles_match_by_number_and_title(synthetic):
    store, doc = synthetic
    assert objects(store, ID["actionline/c1"], WSIS.principle) == {Literal(1, datatype=XSD.integer)}
    assert objects(store, ID["actionline/c2"], WSIS.principleNode) == {node_iri("004/declaration/section/b/2")}
    # both headings are evidence
    assert len(quotes(store, doc, ID["actionline/c1"], WSIS.principle, Literal(1, datatype=XSD.integer))) == 2


def _facilitators(store, line):
    facs = subjects(store, WSIS.actionLine, line)
    ranked = sorted((next(iter(objects(store, f, WSIS.rank))).toPython(), next(iter(objects(store, f, WSIS.agency))))
                    for f in facs)
    return [a for _, a in ranked]


def test_annex_facilitators_in_order(synthetic):
    store, doc = synthetic
    assert _facilitators(store, ID["actionline/c1"]) == [ID["org/unesco"], ID["org/itu"]]
    assert objects(store, ID["actionline/c1"], SKOS.altLabel) == {Literal("公共作用", lang="zh")}
    fac = ID["facilitation/c1-2-itu"]
    assert objects(store, fac, WSIS.listedIn) == {node_iri("004/agenda/annex/row/c1/cell/2")}
    assert quotes(store, doc, fac, WSIS.agency, ID["org/itu"]) == ["国际电联"]


def test_annex_bulleted_sub_lines_pair_with_space_separated_groups(synthetic):
    store, _ = synthetic
    assert _facilitators(store, ID["actionline/c7-e-health"]) == [ID["org/who"], ID["org/itu"]]
    assert _facilitators(store, ID["actionline/c7-e-learning"]) == [ID["org/undp"]]
    assert ID["actionline/c2"] in objects(store, ID["actionline/c7-e-learning"], SKOS.broader)
    # the line inherits its sub-lines' agencies as a roll-up, said as such (not as its own facilitators)
    c7 = ID["actionline/c2"]  # the row of this text lists the sub-lines under C2
    assert {ID["org/who"], ID["org/itu"], ID["org/undp"]} <= objects(store, c7, WSIS.subLineFacilitator)
    assert not objects(store, c7, WSIS.facilitator)


def test_lead_facilitators_from_these_n_agencies(synthetic):
    store, doc = synthetic
    plan = ID["document/geneva-plan-of-action"]
    assert objects(store, plan, WSIS.leadFacilitator) == {ID["org/who"], ID["org/ilo"]}
    assert "这两个机构在落实《日内瓦行动计划》方面应发挥主要推动作用" in quotes(
        store, doc, plan, WSIS.leadFacilitator, ID["org/who"])


def test_lead_needs_the_count_to_match(monkeypatch, reference):
    text = "测试 议程\n\nA. 引言\n\n5. 特别是世界卫生组织和国际劳工组织。这三个机构在落实《日内瓦行动计划》方面应发挥主要推动作用。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert not subjects(store, WSIS.leadFacilitator, ID["org/who"])


# ------------------------------------------------------------------------------------- the corpus
@pytest.fixture(scope="module")
def corpus_store(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    return extract(documents, reference, mentions, only=RULES)


def test_corpus_eleven_action_lines_and_eight_c7_sub_lines(corpus_store):
    lines = {s for s in subjects(corpus_store, RDF.type, WSIS.ActionLine) if objects(corpus_store, s, SKOS.notation)}
    assert len(lines) == 11
    assert len(subjects(corpus_store, SKOS.broader, ID["actionline/c7"])) == 8
    assert objects(corpus_store, ID["actionline/c7-e-learning"], WSIS.seeAlso) == {ID["actionline/c4"]}
    assert objects(corpus_store, ID["actionline/c1"], WSIS.definedIn) == {node_iri("004/plan-of-action/para/8")}


def test_corpus_c1_and_c7_facilitators(corpus_store):
    assert _facilitators(corpus_store, ID["actionline/c1"]) == [
        ID["body/ecosoc"], ID["org/un-regional-commissions"], ID["org/itu"]]
    assert _facilitators(corpus_store, ID["actionline/c7-e-environment"]) == [
        ID["org/who"], ID["org/wmo"], ID["org/unep"], ID["org/un-habitat"], ID["org/itu"], ID["org/icao"]]
    subs = subjects(corpus_store, SKOS.broader, ID["actionline/c7"])
    assert all(ID["org/itu"] in objects(corpus_store, s, WSIS.facilitator) for s in subs)


def test_corpus_lead_facilitators_with_para_109_and_103(corpus_store, documents):
    plan = ID["document/geneva-plan-of-action"]
    assert objects(corpus_store, plan, WSIS.leadFacilitator) == {ID["org/itu"], ID["org/unesco"], ID["org/undp"]}
    nodes = {e.node_id for e in corpus_store.facts[(plan, WSIS.leadFacilitator, ID["org/itu"])]}
    assert nodes == {"004/tunis-agenda/para/109", "004/tunis-agenda/para/103"}


# ------------------------------------------------------------------ what an action line calls for (actions.items)
ITEMS_TEXT = """测试 行动计划

C. 行动方针

C3. 获取信息和知识

10. 人人受益。

a) 制定指导方针。

b) 鼓励立法。

C7. 信息通信技术应用：惠及生活的各个方面

14. 应用可以支持发展。

15. 电子政务

- a) 实施电子政务战略。
- b) 制定国家电子政务举措。

18. 电子卫生

- a) 推动协同工作。
"""


def test_items_belong_to_the_line_or_the_sub_line_they_follow(monkeypatch, reference):
    store, doc = store_for(monkeypatch, reference, ITEMS_TEXT, ["actions.items"], doc_id="004")
    c3 = ID["actionline/c3"]
    c3_items = objects(store, c3, WSIS.actionItem)
    assert {str(x).rsplit("/", 2)[-2:][-1] for x in c3_items} == {"a", "b"} and len(c3_items) == 2
    egov = objects(store, ID["actionline/c7-e-government"], WSIS.actionItem)
    assert len(egov) == 2 and all("/para/15/" in str(x) for x in egov)
    assert len(objects(store, ID["actionline/c7-e-health"], WSIS.actionItem)) == 1
    assert not objects(store, ID["actionline/c7"], WSIS.actionItem)  # para 14 lists no items
    item = next(x for x in c3_items if str(x).endswith("/a"))
    assert quotes(store, doc, c3, WSIS.actionItem, item) == ["a) 制定指导方针。"]


def test_corpus_c4_lists_sixteen_items(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    store = extract(documents, reference, mentions, only=["actions.items"])
    items = objects(store, ID["actionline/c4"], WSIS.actionItem)
    assert node_iri("004/plan-of-action/para/11/j-2") in items and len(items) == 16

"""Position statements and commitments of the outcome documents (graph_builder/facts/rules_statements.py and the
commitment forms of rules_actions_directives.py), on new sentences of the genre's forms."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import objects, store_for

RULES = ["actions.statements", "actions.directives", "actions.documents.adopted"]
ADOPTED = "\n\n9. 于2011年在突尼斯举办的突尼斯阶段会议拟定了《突尼斯承诺》。\n"
HEAD = "突尼斯\n\n承诺\n\n"


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _by_kind(store, kind):
    return sorted(s for (s, p, o) in store.facts if p == RDF.type and o == WSIS[kind])


def _run(monkeypatch, reference, body):
    store, _ = store_for(monkeypatch, reference, HEAD + body + ADOPTED, RULES, doc_id="004")
    return store


@pytest.mark.parametrize("para, stance, action", [
    ("1. 我们还重申《联合国千年宣言》所载的发展目标。", "reaffirms", "《联合国千年宣言》所载的发展目标"),
    ("1. 我们充分认识到，农村地区的宽带接入仍然十分有限。", "recognizes", "农村地区的宽带接入仍然十分有限"),
    ("1. 我们一致认为，国际电联应在能力建设方面继续发挥作用。", "agrees", "国际电联应在能力建设方面继续发挥作用"),
    ("1. **我们强调**各国政府在制定电子战略方面的主导作用。", "emphasizes", "各国政府在制定电子战略方面的主导作用"),
    ("1. 我们确信，开放的标准有助于降低接入成本。", "believes", "开放的标准有助于降低接入成本"),
])
def test_a_stance_clause_is_a_position_statement_of_the_adopting_phase(monkeypatch, reference, para, stance, action):
    store = _run(monkeypatch, reference, para)
    (d,) = _by_kind(store, "PositionStatement")
    assert objects(store, d, WSIS.stance) == {Literal(stance)}
    assert objects(store, d, WSIS.issuer) == {ID["event/wsis-tunis-phase"]}
    assert objects(store, d, WSIS.action) == {Literal(action, lang="zh")}
    assert not objects(store, d, WSIS.addressee)
    assert all(store.facts[(d, WSIS.stance, Literal(stance))])  # with evidence


def test_two_stances_in_one_sentence_and_their_topics(monkeypatch, reference):
    store = _run(monkeypatch, reference, "1. 我们重申《联合国千年宣言》的原则，并认识到国际电联和教科文组织的合作十分重要。")
    first, second = _by_kind(store, "PositionStatement")
    assert objects(store, first, WSIS.stance) == {Literal("reaffirms")}
    assert objects(store, first, WSIS.concerns) == {ID["document/united-nations-millennium-declaration"]}
    assert objects(store, second, WSIS.stance) == {Literal("recognizes")}
    assert objects(store, second, WSIS.concerns) == {ID["org/itu"], ID["org/unesco"]}


@pytest.mark.parametrize("para, action", [
    ("1. 我们再次承诺缩小性别数字鸿沟。", "缩小性别数字鸿沟"),
    ("1. 我们重申对保护文化遗产的承诺。", "对保护文化遗产的承诺"),
    ("1. 我们重申我们致力于推动农村地区的宽带接入。", "推动农村地区的宽带接入"),
    ("1. 我们将坚定不移地努力，使偏远社区获得可负担的接入。", "使偏远社区获得可负担的接入"),
    ("1. 我们进一步做出承诺，为小岛屿发展中国家提供技术援助。", "为小岛屿发展中国家提供技术援助"),
])
def test_commitments_in_all_forms(monkeypatch, reference, para, action):
    store = _run(monkeypatch, reference, para)
    (d,) = _by_kind(store, "Commitment")
    assert objects(store, d, WSIS.action) == {Literal(action, lang="zh")}
    assert objects(store, d, WSIS.addressee) == {ID["event/wsis-tunis-phase"]}
    assert not _by_kind(store, "PositionStatement")  # a commitment is not also a statement


@pytest.mark.parametrize("para", [
    "1. 我们的努力不应随会议的结束而告终。",          # 'our efforts': no clause of 'we'
    "1. 各国政府认识到宽带的重要性。",                # a third party recognises: not the speakers' position
    "1. 我们请国际电联提交报告。",                    # a request, not a statement
])
def test_not_statements(monkeypatch, reference, para):
    store = _run(monkeypatch, reference, para)
    assert not _by_kind(store, "PositionStatement")


def test_report_prose_with_we_has_no_issuer_and_no_statement(monkeypatch, reference):
    store, _ = store_for(monkeypatch, reference, "1. 我们认识到区域筹备会议的重要性。\n", RULES, profile=None)
    assert not _by_kind(store, "PositionStatement")


def test_a_statement_ends_where_the_speakers_start_another_clause(monkeypatch, reference):
    store = _run(monkeypatch, reference, "1. 我们重申，普遍接入是我们的共同目标，为此，我们提醒各方加大投入。")
    (d,) = _by_kind(store, "PositionStatement")
    assert objects(store, d, WSIS.action) == {Literal("普遍接入是我们的共同目标", lang="zh")}


def test_we_as_the_object_of_another_subject_is_not_a_statement(monkeypatch, reference):
    store = _run(monkeypatch, reference, "1. 这份研究使我们进一步了解了农村社区的需求。")
    assert not _by_kind(store, "PositionStatement")


def test_a_stance_ending_in_a_colon_takes_its_items(monkeypatch, reference):
    store = _run(monkeypatch, reference, "1. 在此方面，我们认识到：\n\na) 各国负有主要责任；\n\nb) 区域组织可以发挥协调作用。")
    (d,) = _by_kind(store, "PositionStatement")
    (action,) = objects(store, d, WSIS.action)
    assert "各国负有主要责任" in action and "区域组织可以发挥协调作用" in action


def test_what_is_noted_is_named_before_its_listed_work(monkeypatch, reference):
    body = ("3. 我们同时注意到于2010年3月推出的衡量ICT促发展伙伴关系，及其开展的以下工作：\n\n"
            "- a) 确定一套核心指标，并由联合国统计委员会加以审议；\n- b) 促进能力建设。")
    store = _run(monkeypatch, reference, body)
    (d,) = _by_kind(store, "PositionStatement")
    assert objects(store, d, WSIS.object) == {ID["initiative/partnership-on-measuring-ict-for-development"]}
    assert ID["body/un-statistical-commission"] in objects(store, d, WSIS.concerns)  # the items are about it


def test_the_stakeholders_of_an_event_are_addressed(monkeypatch, reference):
    store = _run(monkeypatch, reference, "1. 我们鼓励峰会各利益相关方继续向公众数据库提供信息。\n\n2. 我们鼓励在峰会期间各利益相关方提供信息。")
    (d,) = _by_kind(store, "Recommendation")
    assert objects(store, d, WSIS.addressee) == {ID["group/stakeholders"]}
    assert "para-1" in str(d)

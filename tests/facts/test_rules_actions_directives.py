"""Directive rules (graph_builder/facts/rules_actions_directives.py): new sentences of the corpus' forms, and
the corpus itself."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, RDF, XSD

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import ID, WSIS, node_iri
from tests.facts.test_rules_actions_helpers import objects, quotes, store_for, subjects

RULES = ["actions.directives", "actions.deadlines", "actions.targets"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _one(store, p, o):
    found = subjects(store, p, o)
    assert len(found) == 1, found
    return next(iter(found))


def test_request_with_quarter_deadline(monkeypatch, reference):
    store, doc = store_for(monkeypatch, reference, "1. 我们请联合国秘书长于2008年第三季度之前召集一次有关互联网治理论坛的会议。\n", RULES)
    d = _one(store, WSIS.addressee, ID["post/un-secretary-general"])
    assert d == ID["directive/950-para-1-request-1"]
    assert objects(store, d, RDF.type) == {WSIS.Request}
    assert objects(store, d, WSIS.isoDate) == {Literal("2008-Q3")}
    assert objects(store, d, WSIS.datePrecision) == {Literal("quarter")}
    assert objects(store, d, WSIS.deadline) == {Literal("2008", datatype=XSD.gYear)}  # the quarter is no month
    assert objects(store, d, WSIS.deadlineQualifier) == {Literal("before")}
    assert objects(store, d, WSIS.object) == {ID["body/igf"]}
    assert objects(store, d, WSIS.statedIn) == {node_iri("950/para/1")}
    action = next(iter(objects(store, d, WSIS.action)))
    assert str(action).startswith("联合国秘书长于2008年第三季度之前召集") and action.language == "zh"
    assert quotes(store, doc, d, WSIS.addressee, ID["post/un-secretary-general"])[0].startswith("我们请联合国秘书长")


def test_call_with_recurring_day_and_invitation_with_review_year(monkeypatch, reference):
    text = ("1. 我们呼吁联合国大会宣布6月1日为世界某某日。\n\n"
            "2. 我们邀请世界卫生组织和国际劳工组织在2012年对落实情况进行审议。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES)
    call = _one(store, WSIS.addressee, ID["body/unga"])
    assert objects(store, call, RDF.type) == {WSIS.Call}
    assert objects(store, call, WSIS.isoDate) == {Literal("--06-01")}
    assert not objects(store, call, WSIS.date)  # a recurring day has no XSD date type
    inv = _one(store, WSIS.addressee, ID["org/who"])
    assert objects(store, inv, WSIS.addressee) == {ID["org/who"], ID["org/ilo"]}
    assert objects(store, inv, RDF.type) == {WSIS.Invitation}
    assert objects(store, inv, WSIS.reviewDate) == {Literal("2012", datatype=XSD.gYear)}


def test_instruction_and_two_requests_in_one_paragraph(monkeypatch, reference):
    text = "3. 我们要求经社理事会监督落实情况。为此，我们要求经社理事会在其2009年的会议上审议其职责。责成国际电联秘书长提交报告。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    reqs = subjects(store, WSIS.addressee, ID["body/ecosoc"])
    assert len(reqs) == 2
    assert ID["directive/950-para-3-request-2"] in reqs
    inst = _one(store, WSIS.addressee, ID["post/itu-secretary-general"])
    assert objects(store, inst, RDF.type) == {WSIS.Instruction}


def test_report_recipient(monkeypatch, reference):
    text = "5. 我们要求联合国秘书长于2010年5月之前通过经社理事会向联合国大会提交一份报告。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["post/un-secretary-general"])
    assert objects(store, d, WSIS.recipient) == {ID["body/unga"]}
    assert objects(store, d, WSIS.isoDate) == {Literal("2010-05")}


def test_decision_in_an_outcome_document_part(monkeypatch, reference):
    text = ("突尼斯\n\n承诺\n\n1. 我们进一步决定在各个层面建立一种跟进机制。\n\n"
            "2. 于2009年在突尼斯举办的突尼斯阶段会议拟定了《突尼斯承诺》。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES + ["actions.documents.adopted"], doc_id="004")
    d = ID["directive/004-commitment-para-1-decisionitem-1"]
    assert objects(store, d, RDF.type) == {WSIS.DecisionItem}
    assert objects(store, d, WSIS.issuer) == {ID["event/wsis-tunis-phase"]}
    assert objects(store, d, WSIS.action) == {Literal("在各个层面建立一种跟进机制", lang="zh")}


def test_no_directive_without_an_addressed_entity(monkeypatch, reference):
    text = "4. 各方可以申请国际电联的资助。我们请各方积极参与。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert not subjects(store, RDF.type, WSIS.Request)


def test_deadline_sentence_is_a_target(monkeypatch, reference):
    store, _ = store_for(monkeypatch, reference, "8. 各方参与。\n\na) 各地均应在2009年之前制定出国家战略。\n", RULES)
    d = _one(store, RDF.type, WSIS.Target)
    assert objects(store, d, WSIS.deadline) == {Literal("2009", datatype=XSD.gYear)}
    assert str(next(iter(objects(store, d, WSIS.action)))) == "各地均应在2009年之前制定出国家战略"


def test_list_of_targets_with_horizon(monkeypatch, reference):
    text = "6. 各国可在2020年之前参照下列指标：\n\n- a) 利用信息通信技术连接村庄；\n- b) 利用信息通信技术连接学校；\n- c) 连接医院。\n"
    store, doc = store_for(monkeypatch, reference, text, RULES)
    targets = subjects(store, DCTERMS.isPartOf, node_iri("950/para/6"))
    assert len(targets) == 3
    for t in targets:
        assert objects(store, t, RDF.type) == {WSIS.Target}
        assert objects(store, t, WSIS.isoDate) == {Literal("2020")}
        assert objects(store, t, WSIS.deadlineQualifier) == {Literal("before")}
    assert objects(store, ID["directive/950-para-6-c-target-1"], WSIS.action) == {Literal("连接医院", lang="zh")}
    assert len(subjects(store, RDF.type, WSIS.Target)) == 3  # the list's own sentence is not a fourth


# ------------------------------------------------------------------------------------- the corpus
@pytest.fixture(scope="module")
def corpus_store(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    rules = RULES + ["actions.modal", "actions.documents.adopted"]
    return extract(documents, reference, mentions, only=rules)


def test_corpus_igf_request_and_world_information_society_day(corpus_store):
    d = ID["directive/004-tunis-agenda-para-72-request-1"]
    assert objects(corpus_store, d, WSIS.addressee) == {ID["post/un-secretary-general"]}
    assert objects(corpus_store, d, WSIS.isoDate) == {Literal("2006-Q2")}
    assert objects(corpus_store, d, WSIS.issuer) == {ID["event/wsis-tunis-phase"]}
    day = ID["directive/004-tunis-agenda-para-121-call-1"]
    assert objects(corpus_store, day, WSIS.addressee) == {ID["body/unga"]}
    assert objects(corpus_store, day, WSIS.isoDate) == {Literal("--05-17")}


def test_corpus_resolution_invitations_issued_by_unga(corpus_store):
    d = ID["directive/000-annex-a-operative-8-invitation-1"]
    assert objects(corpus_store, d, WSIS.addressee) == {ID["post/itu-secretary-general"]}
    assert objects(corpus_store, d, WSIS.issuer) == {ID["body/unga"]}


def test_corpus_instruction_issued_by_the_cited_resolution(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    store = extract(documents, reference, mentions, only=["actions.directives"])
    d = ID["directive/000-para-1-instruction-1"]
    assert objects(store, d, WSIS.addressee) == {ID["post/itu-secretary-general"]}
    assert objects(store, d, WSIS.issuer) == {ID["resolution/itu-pp-73-1998"]}


def test_corpus_indicative_targets_and_e_strategies(corpus_store):
    targets = subjects(corpus_store, DCTERMS.isPartOf, node_iri("004/plan-of-action/para/6"))
    assert len(targets) == 10
    assert all(objects(corpus_store, t, WSIS.isoDate) == {Literal("2015")} for t in targets)
    e = ID["directive/004-plan-of-action-para-8-a-should-1"]  # 所有国家均应…: addressed to all countries
    assert objects(corpus_store, e, WSIS.deadline) == {Literal("2005", datatype=XSD.gYear)}
    assert objects(corpus_store, e, WSIS.addressee) == {ID["group/all-countries"]}


def test_corpus_every_directive_has_action_and_node(corpus_store):
    directives = {s for (s, p, o) in corpus_store.facts if p == WSIS.action}
    assert len(directives) > 50
    for d in directives:
        assert objects(corpus_store, d, WSIS.statedIn)
        assert len(objects(corpus_store, d, WSIS.isoDate)) <= 1


# ------------------------------------------------------------------ actor groups and modals (actions.modal)
MODAL_RULES = RULES + ["actions.modal"]


def test_modal_should_addresses_actor_groups(monkeypatch, reference):
    text = ("9. 各方参与。\n\n"
            "a) 在制定国家战略时，各国政府和其它利益相关方应加强对用户的教育。私营部门应参与具体项目。\n\n"
            "b) 到2010年，相关国际组织和金融机构应制定出各自的战略。\n\n"
            "c) 国际社会的支持应惠及各国。各国政府的政策应扶助中小企业。\n")
    store, doc = store_for(monkeypatch, reference, text, MODAL_RULES)
    recs = subjects(store, RDF.type, WSIS.Recommendation)
    assert len(recs) == 3  # c): 国际社会的支持 / 各国政府的政策 are not who should act
    both = ID["directive/950-para-9-a-should-1"]
    assert objects(store, both, WSIS.addressee) == {ID["group/governments"], ID["group/stakeholders"]}
    assert str(next(iter(objects(store, both, WSIS.action)))) == "各国政府和其它利益相关方应加强对用户的教育"
    assert objects(store, ID["directive/950-para-9-a-should-2"], WSIS.addressee) == {ID["group/private-sector"]}
    dated = ID["directive/950-para-9-b-should-1"]
    assert objects(store, dated, WSIS.addressee) == {ID["group/international-organizations"]}
    assert objects(store, dated, WSIS.isoDate) == {Literal("2010")}
    assert objects(store, dated, WSIS.deadlineQualifier) == {Literal("before")}
    assert not subjects(store, RDF.type, WSIS.Target)  # the dated modal is not also a bare target


def test_request_ending_in_a_colon_takes_its_items(monkeypatch, reference):
    text = "13. 各方参与。\n\nc) 请各国政府：\n\n- i. 促进建立交换中心；\n- ii. 提高认识。\n"
    store, _ = store_for(monkeypatch, reference, text, MODAL_RULES)
    d = _one(store, WSIS.addressee, ID["group/governments"])
    assert objects(store, d, RDF.type) == {WSIS.Request}
    action = str(next(iter(objects(store, d, WSIS.action))))
    assert action.startswith("各国政府：") and "促进建立交换中心" in action and action.endswith("提高认识")
    assert objects(store, d, WSIS.statedIn) == {node_iri("950/para/13/c")}


def test_corpus_modal_directives_to_governments(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    store = extract(documents, reference, mentions, only=["actions.modal"])
    to_governments = subjects(store, WSIS.addressee, ID["group/governments"])
    assert len(to_governments) >= 15
    g = ID["directive/004-plan-of-action-para-8-g-should-1"]
    assert objects(store, g, WSIS.isoDate) == {Literal("2005")}
    assert objects(store, g, WSIS.issuer) == {ID["event/wsis-geneva-phase"]}


def test_verb_right_after_the_addressee_is_what_is_asked(monkeypatch, reference):
    text = "82. 我们请联合国秘书长邀请所有利益相关方参加论坛第一次会议。\n"
    store, _ = store_for(monkeypatch, reference, text, MODAL_RULES)
    d = _one(store, WSIS.addressee, ID["post/un-secretary-general"])
    assert str(next(iter(objects(store, d, WSIS.action)))) == "联合国秘书长邀请所有利益相关方参加论坛第一次会议"
    assert not subjects(store, WSIS.addressee, ID["group/stakeholders"])  # the SG invites them, not the text


def test_corpus_sentence_cut_by_a_page_break_runs_on(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    store = extract(documents, reference, mentions, only=["actions.directives"])
    action = str(next(iter(objects(store, ID["directive/004-tunis-agenda-para-40-call-1"], WSIS.action))))
    assert action.startswith("各国政府与其他利益相关方合作，制") and action.endswith("《网络犯罪公约》")


def test_yaoqiu_after_a_thing_is_requires_not_a_request(monkeypatch, reference):
    text = "17. 实现宏伟目标要求所有利益相关方做出坚定承诺。经社理事会要求联合国秘书长提交报告。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert not subjects(store, WSIS.addressee, ID["group/stakeholders"])
    assert _one(store, WSIS.addressee, ID["post/un-secretary-general"])  # a named body does request


def test_x_and_other_y_addresses_both(monkeypatch, reference):
    store, _ = store_for(monkeypatch, reference, "51. 我们鼓励各国政府和其他利益相关方制定国家战略。\n", RULES)
    d = _one(store, WSIS.addressee, ID["group/governments"])
    assert objects(store, d, WSIS.addressee) == {ID["group/governments"], ID["group/stakeholders"]}


# --- precision: citations, dates of the clause, joint addressees (new sentences of the genre's forms) -------
def _directives(store):
    return {s for (s, p, o) in store.facts if p == WSIS.action}


def test_body_named_only_in_a_cited_act_is_neither_addressee_nor_object(monkeypatch, reference):
    text = ("1. 根据经社理事会第2008/12号决议，我们请国际电联向各国政府通报筹备工作的进展。\n\n"
            "2. 我们请联合国教科文组织根据联合国大会第61/16号决议的规定，协助各国开展能力建设。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES)
    first = _one(store, WSIS.addressee, ID["org/itu"])
    assert objects(store, first, WSIS.addressee) == {ID["org/itu"]}
    second = _one(store, WSIS.addressee, ID["org/unesco"])
    for d in (first, second):
        assert ID["body/ecosoc"] not in objects(store, d, WSIS.object) | objects(store, d, WSIS.recipient)
        assert ID["body/unga"] not in objects(store, d, WSIS.object) | objects(store, d, WSIS.addressee)
        assert not any("resolution/" in str(o) for o in objects(store, d, WSIS.issuer))


def test_act_cited_as_basis_is_not_the_issuer_but_the_body_before_the_verb_is(monkeypatch, reference):
    text = "1. 根据第 1234 号决议, 国际电联理事会责成国际电联秘书长就召开 2009 年峰会的问题同各方进行协商。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    (d,) = _directives(store)
    assert objects(store, d, WSIS.issuer) == {ID["body/itu-council"]}
    assert not objects(store, d, WSIS.date)  # the summit's year names the summit, it does not date the instruction


def test_meeting_date_is_not_the_date_of_an_invitation(monkeypatch, reference):
    text = "1. 邀请各国政府向信托基金捐款，以便利发展中国家代表参加定于 2004 年上半年举行的区域会议。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    (d,) = _directives(store)
    assert not objects(store, d, WSIS.date) and not objects(store, d, WSIS.deadline)


def test_dates_a_or_b_keep_both(monkeypatch, reference):
    text = "1. 我们请经社理事会在其 2007 年春季或 2008 年秋季的会议上审议该报告。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["body/ecosoc"])
    # a season is typed by its year, never by a month it does not name
    assert objects(store, d, WSIS.reviewDate) == {Literal("2007", datatype=XSD.gYear),
                                                  Literal("2008", datatype=XSD.gYear)}


@pytest.mark.parametrize("text, addressee, deadlines", [
    ("1. 我们请国际电联于2007年之前提交一份报告，并于2009年6月之前完成对该机制的审查。\n", "org/itu",
     {Literal("2007", datatype=XSD.gYear), Literal("2009-06", datatype=XSD.gYearMonth)}),
    ("1. 我们请教科文组织在2014年6月之前编写一份报告，并在2015年12月之前提出后续建议。\n", "org/unesco",
     {Literal("2014-06", datatype=XSD.gYearMonth), Literal("2015-12", datatype=XSD.gYearMonth)}),
])
def test_several_deadlines_are_all_kept(monkeypatch, reference, text, addressee, deadlines):
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID[addressee])
    assert objects(store, d, WSIS.deadline) == deadlines
    assert objects(store, d, WSIS.deadlineQualifier) == {Literal("before")}


@pytest.mark.parametrize("text, addressee, deadlines", [
    ("1. 请国际电联不迟于2019年6月30日并于2020年第二季度再次向理事会提交进展情况。\n", "org/itu",
     {Literal("2019-06-30", datatype=XSD.date), Literal("2020", datatype=XSD.gYear)}),  # a quarter: its year
    ("1. 请联合国教科文组织于2014年3月前，并于2016年3月再度提交评估报告。\n", "org/unesco",
     {Literal("2014-03", datatype=XSD.gYearMonth), Literal("2016-03", datatype=XSD.gYearMonth)}),
])
def test_a_second_deadline_for_doing_it_again(monkeypatch, reference, text, addressee, deadlines):
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID[addressee])
    assert objects(store, d, WSIS.deadline) == deadlines


def test_a_date_joined_to_a_deadline_without_again_is_not_a_deadline(monkeypatch, reference):
    text = "1. 请国际电联于2019年6月30日前提交报告，供将于2020年3月举行的会议审议。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["org/itu"])
    assert objects(store, d, WSIS.deadline) == {Literal("2019-06-30", datatype=XSD.date)}


def test_as_of_phrase_is_a_deadline(monkeypatch, reference):
    text = "1. 我们请联合国开发计划署截至2008年6月向各国政府提交进展情况。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["org/undp"])
    assert objects(store, d, WSIS.deadline) == {Literal("2008-06", datatype=XSD.gYearMonth)}
    assert objects(store, d, WSIS.deadlineQualifier) == {Literal("as-of")}


@pytest.mark.parametrize("who", ["国际电联、联合国教科文组织及联合国开发计划署", "国际电联和联合国教科文组织以及联合国开发计划署",
                                 "国际电联、联合国教科文组织或联合国开发计划署"])
def test_joint_and_alternative_addressees_are_all_kept(monkeypatch, reference, who):
    store, _ = store_for(monkeypatch, reference, f"1. 我们请{who}协助最不发达国家制定电子战略。\n", RULES)
    d = _one(store, WSIS.addressee, ID["org/undp"])
    assert objects(store, d, WSIS.addressee) == {ID["org/itu"], ID["org/unesco"], ID["org/undp"]}


def test_partner_after_yu_is_not_an_addressee(monkeypatch, reference):
    store, _ = store_for(monkeypatch, reference, "1. 鼓励各国政府与私营部门协作，制定扶持中小企业的政策。\n", RULES)
    d = _one(store, WSIS.addressee, ID["group/governments"])
    assert objects(store, d, WSIS.addressee) == {ID["group/governments"]}


def test_date_of_the_meeting_at_which_the_addressee_acts(monkeypatch, reference):
    text = "1. 我们请经社理事会在2009年的实质性会议上审议委员会的报告。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["body/ecosoc"])
    assert objects(store, d, WSIS.reviewDate) == {Literal("2009", datatype=XSD.gYear)}


# --- the same precision forms in other word orders and clause shapes ---------------------------------------
def test_body_of_an_act_cited_mid_clause_is_not_an_object(monkeypatch, reference):
    text = "1. 大会请联合国开发计划署依照经社理事会第2010/3号决议的规定，于2012年6月以前向会员国分发调查问卷。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["org/undp"])
    assert objects(store, d, WSIS.addressee) == {ID["org/undp"]}
    assert ID["body/ecosoc"] not in objects(store, d, WSIS.object) | objects(store, d, WSIS.recipient)


def test_body_of_an_act_cited_before_a_modal_is_not_addressed(monkeypatch, reference):
    text = "1. 依照联合国大会第60/252号决议，各国政府和私营部门应在2015年以前建立国家电子战略。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES + ["actions.modal"])
    d = _one(store, WSIS.addressee, ID["group/governments"])
    assert objects(store, d, WSIS.addressee) == {ID["group/governments"], ID["group/private-sector"]}
    assert ID["body/unga"] not in objects(store, d, WSIS.object) | objects(store, d, WSIS.issuer)


def test_date_of_a_meeting_to_attend_is_not_the_invitations_date(monkeypatch, reference):
    text = "1. 理事会邀请教科文组织和世界卫生组织派代表出席定于2011年10月在内罗毕召开的专家会议。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["org/who"])
    assert objects(store, d, WSIS.addressee) == {ID["org/unesco"], ID["org/who"]}
    assert not (objects(store, d, WSIS.date) | objects(store, d, WSIS.deadline) | objects(store, d, WSIS.reviewDate))


def test_summit_year_after_the_deadline_is_not_a_second_deadline(monkeypatch, reference):
    text = "1. 邀请各国政府于2011年9月底前就此提出意见，以便在2012年首脑会议上审议。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["group/governments"])
    assert objects(store, d, WSIS.deadline) == {Literal("2011-09", datatype=XSD.gYearMonth)}
    assert not objects(store, d, WSIS.date) | objects(store, d, WSIS.reviewDate)


def test_alternative_deadlines_and_alternative_addressees_and_a_second_deadline(monkeypatch, reference):
    text = "1. 我们请国际电联或联合国开发计划署在2010年5月或2011年5月之前提交报告，并最迟于2012年3月以前完成评估。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["org/undp"])
    assert objects(store, d, WSIS.addressee) == {ID["org/itu"], ID["org/undp"]}
    assert objects(store, d, WSIS.deadline) == {Literal(x, datatype=XSD.gYearMonth)
                                                for x in ("2010-05", "2011-05", "2012-03")}
    assert objects(store, d, WSIS.deadlineQualifier) == {Literal("before")}
    assert not objects(store, d, WSIS.date)


def test_joint_addressees_with_yiji_and_a_partner_after_them(monkeypatch, reference):
    text = "1. 我们敦促世界卫生组织、国际电联以及联合国开发计划署与私营部门合作，为农村宽带项目筹资。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    d = _one(store, WSIS.addressee, ID["org/who"])
    assert objects(store, d, WSIS.addressee) == {ID["org/who"], ID["org/itu"], ID["org/undp"]}


def test_alternative_deadlines_of_a_target_and_of_a_modal_clause(monkeypatch, reference):
    text = ("1. 区域讲习班应于2016年3月或2016年6月之前举行。\n\n"
            "2. 各国政府应在2017年或2018年以前通过国家宽带计划。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES + ["actions.modal"])
    target = next(iter(subjects(store, WSIS.deadline, Literal("2016-06", datatype=XSD.gYearMonth))))
    assert objects(store, target, WSIS.deadline) == {Literal("2016-03", datatype=XSD.gYearMonth),
                                                     Literal("2016-06", datatype=XSD.gYearMonth)}
    should = _one(store, WSIS.addressee, ID["group/governments"])
    assert objects(store, should, WSIS.deadline) == {Literal("2017", datatype=XSD.gYear), Literal("2018", datatype=XSD.gYear)}


def test_meeting_convened_or_attended_is_the_object_not_its_body(monkeypatch, reference):
    text = ("1. 我们请国际电联秘书长在2009年召开互联网治理论坛第三次会议。\n\n"
            "2. 我们邀请各国政府派代表出席互联网治理论坛的第二次会议。\n\n"
            "3. 我们请联合国秘书长加强互联网治理论坛的秘书处。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES)
    first = _one(store, WSIS.addressee, ID["post/itu-secretary-general"])
    assert objects(store, first, WSIS.object) == {ID["event/igf-meeting-3"]}
    second = _one(store, WSIS.addressee, ID["group/governments"])
    assert objects(store, second, WSIS.object) == {ID["event/igf-meeting-2"]}
    # no meeting named: what the clause is about is the body itself
    third = _one(store, WSIS.addressee, ID["post/un-secretary-general"])
    assert ID["body/igf"] in objects(store, third, WSIS.object)


def test_end_of_year_and_second_quarter_alternative_are_deadlines(monkeypatch, reference):
    text = ("1. 我们请联合国教科文组织于2013年年底之前提交评估报告。\n\n"
            "2. 我们请国际电联在2014年第一季度或第二季度之前召集专家会议。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES)
    first = _one(store, WSIS.addressee, ID["org/unesco"])
    assert objects(store, first, WSIS.deadline) == {Literal("2013", datatype=XSD.gYear)}
    assert objects(store, first, WSIS.deadlineQualifier) == {Literal("before")}
    second = _one(store, WSIS.addressee, ID["org/itu"])
    # both quarters lie in 2014 (the two printed quarters are the deadline's bounds and printed forms)
    assert objects(store, second, WSIS.deadline) == {Literal("2014", datatype=XSD.gYear)}
    assert not objects(store, second, WSIS.date)


def test_action_ends_where_the_speakers_start_a_new_statement(monkeypatch, reference):
    text = ("1. 我们请国际电联协助各国制定宽带战略，与此同时，我们欢迎各区域委员会开展的工作。\n\n"
            "2. 各国政府应加强网络安全合作，此外，我们支持联合国教科文组织的相关活动。\n\n"
            "3. 我们请联合国教科文组织向我们通报进展，并协助我们的成员国开展培训。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES + ["actions.modal"])
    actions = {str(o) for (s, p, o) in store.facts if p == WSIS.action}
    assert "国际电联协助各国制定宽带战略" in actions
    assert "各国政府应加强网络安全合作" in actions
    # 我们 as an object (向我们, 我们的) starts no new statement
    assert "联合国教科文组织向我们通报进展，并协助我们的成员国开展培训" in actions


def test_body_that_decides_to_ask_is_the_issuer(monkeypatch, reference):
    text = ("12. 国际电联理事会2009年会议审议了筹备工作，并得出下列结论：\n"
            "- 各国应交流经验。\n\n"
            "• 该理事会决定请国际电联秘书长在2010年春季提交进展报告。\n\n"
            "13. 国际电联理事会还决定请联合国教科文组织协助编写手册。\n\n"
            "14. 国际电联理事会2010年会议讨论了预算，并得出下列结论：\n"
            "- 各国应交流经验。\n\n"
            "• 该委员会决定请联合国开发计划署提供资金。\n\n"
            "15. 在会上，国际电联理事会介绍了工作，并得出下列结论：\n"
            "- 各国应交流经验。\n\n"
            "• 该理事会决定请世界卫生组织提供数据。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert objects(store, _one(store, WSIS.addressee, ID["post/itu-secretary-general"]), WSIS.issuer) == {
        ID["body/itu-council"]}
    assert objects(store, _one(store, WSIS.addressee, ID["org/unesco"]), WSIS.issuer) == {ID["body/itu-council"]}
    # the anaphor's noun is not the paragraph subject's (委员会 vs 理事会): no issuer
    assert not objects(store, _one(store, WSIS.addressee, ID["org/undp"]), WSIS.issuer)
    # the paragraph does not open with the body: no issuer
    assert not objects(store, _one(store, WSIS.addressee, ID["org/who"]), WSIS.issuer)


def test_body_named_only_in_an_aside_is_neither_addressee_nor_object(monkeypatch, reference):
    text = ("1. 我们请行政协调委员会（后更名为联合国系统行政首长协调理事会）和国际电联在2003年审议筹备工作。\n\n"
            "2. 我们请联合国教科文组织协助行政协调委员会，即后来的联合国系统行政首长协调理事会，编写报告。\n\n"
            "3. 我们请联合国开发计划署与联合国系统行政首长协调理事会合作编写报告。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES)
    first = _one(store, WSIS.addressee, ID["org/itu"])
    assert objects(store, first, WSIS.addressee) == {ID["body/acc"], ID["org/itu"]}
    assert ID["body/ceb"] not in objects(store, first, WSIS.object)
    second = _one(store, WSIS.addressee, ID["org/unesco"])
    assert ID["body/ceb"] not in objects(store, second, WSIS.object)
    assert ID["body/acc"] in objects(store, second, WSIS.object)
    # named in the clause itself, not in an aside: what the request is about
    third = _one(store, WSIS.addressee, ID["org/undp"])
    assert ID["body/ceb"] in objects(store, third, WSIS.object)
    for d in (first, second, third):  # an addressee is never also the object
        assert not objects(store, d, WSIS.addressee) & objects(store, d, WSIS.object)


def test_items_of_a_request_each_with_its_own_deadline(monkeypatch, reference):
    text = ("4. 工作组决定：\n(a) 请联合国秘书长：\n(i) 在2015年第二季度之前召集一次专家会议；\n"
            "(ii) 最迟于2015年11月30日向大会提交一份进度报告；\n(iii) 继续与各区域委员会合作。\n")
    store, doc = store_for(monkeypatch, reference, text, RULES)
    asked = subjects(store, WSIS.addressee, ID["post/un-secretary-general"])
    dated = {str(next(iter(objects(store, d, WSIS.isoDate)))): d for d in asked if objects(store, d, WSIS.isoDate)}
    assert set(dated) == {"2015-Q2", "2015-11-30"}
    assert objects(store, dated["2015-11-30"], WSIS.action) == {Literal("最迟于2015年11月30日向大会提交一份进度报告",
                                                                       lang="zh")}
    assert all(objects(store, d, RDF.type) == {WSIS.Request} for d in dated.values())
    assert not subjects(store, RDF.type, WSIS.Target)  # the items are asked of someone: not bare targets


def test_undated_items_of_a_request_stay_one_directive(monkeypatch, reference):
    text = "4. 请各国政府：\n(a) 加强区域合作；\n(b) 于2016年举办一次培训班。\n"  # a date, but not a deadline
    store, doc = store_for(monkeypatch, reference, text, RULES)
    asked = [d for d in subjects(store, RDF.type, WSIS.Request)]
    assert len(asked) == 1 and not objects(store, asked[0], WSIS.deadline)


@pytest.mark.parametrize("text, event", [
    ("1. 请国际电联秘书长向联合国大会第七十届会议提交关于本决议执行情况的报告。\n", "event/unga-session-70"),
    ("1. 请科学和技术促进发展委员会在其第十八届会议上审议执行进展。\n", "event/cstd-session-18"),
    ("1. 请高层峰会组织委员会向其第三次会议提交报告。\n", "event/hlsoc-meeting-3"),
])
def test_a_directive_due_at_a_session_links_it(monkeypatch, reference, text, event):
    store, doc = store_for(monkeypatch, reference, text, RULES)
    assert subjects(store, WSIS.dueAt, ID[event])


@pytest.mark.parametrize("text", [
    "大会，\n\n1. 请秘书长根据在第六十届会议上提交的报告采取行动；\n",  # a report submitted there before
    "大会，\n\n1. 请秘书长执行第六十届会议的决定；\n",
    "1. 请科学和技术促进发展委员会注意其第十八届会议的成果。\n",
])
def test_a_session_named_as_a_past_act_is_not_what_a_directive_is_due_at(monkeypatch, reference, text):
    store, doc = store_for(monkeypatch, reference, text, RULES)
    assert not [f for f in store.facts if f[1] == WSIS.dueAt]


def test_an_officer_asked_by_bare_title_is_an_officer_of_the_organisation_named_before():
    from tests.facts.test_rules_actions_helpers import extract_text

    text = ("二. 区域活动\n\n1. 亚太经社会第七十一届会议2015年5月29日在曼谷通过第71/10号决议，"
            "决定设立“亚洲数字统计工作组”，并请执行秘书于2016年6月30日前提交一份进度报告。\n")
    store = extract_text(load_reference(), text, RULES)[0]
    requests = subjects(store, RDF.type, WSIS.Request)
    assert len(requests) == 1
    (r,) = requests
    assert objects(store, r, WSIS.addressee) == {ID["org/escap"]}
    assert not subjects(store, RDF.type, WSIS.Target)


def test_a_bare_title_with_no_organisation_before_it_addresses_nobody():
    from tests.facts.test_rules_actions_helpers import extract_text

    store = extract_text(load_reference(), "二. 活动\n\n1. 会议请执行秘书于2016年6月30日前提交报告。\n", RULES)[0]
    assert not subjects(store, RDF.type, WSIS.Request)


NEXT_REPORT = "科技促进发展委员会\n第十八届会议报告\n\n第一章\n\n1. 委员会请联合国秘书长于委员会下一届会议前提交一份进展报告。\n"


def test_the_next_session_is_the_one_after_the_session_the_report_names():
    from tests.facts.test_rules_actions_helpers import extract_text

    store = extract_text(load_reference(), NEXT_REPORT, RULES)[0]
    (d,) = subjects(store, WSIS.dueAt, ID["event/cstd-session-19"])
    assert objects(store, d, WSIS.dueAtQualifier) == {Literal("before")}
    assert not [f for f in store.facts if f[1] == WSIS.dueAtAsPrinted]


@pytest.mark.parametrize("text, printed, before", [
    ("1. 请国际电联理事会在其下届会议上审议本决议的执行情况。\n", "下届会议", False),
    ("1. 请联合国秘书长不迟于下一次会议提交关于筹资问题的报告。\n", "下一次会议", True),
])
def test_a_next_session_of_no_named_current_one_stays_as_printed(monkeypatch, reference, text, printed, before):
    store, doc = store_for(monkeypatch, reference, text, RULES)
    assert not [f for f in store.facts if f[1] == WSIS.dueAt]
    (d,) = subjects(store, WSIS.dueAtAsPrinted, Literal(printed, lang="zh"))
    assert bool(objects(store, d, WSIS.dueAtQualifier)) == before


def test_a_named_session_before_which_a_report_is_due_is_qualified(monkeypatch, reference):
    store, doc = store_for(monkeypatch, reference, "1. 请联合国秘书长不迟于联合国大会第七十二届会议提交报告。\n", RULES)
    (d,) = subjects(store, WSIS.dueAt, ID["event/unga-session-72"])
    assert objects(store, d, WSIS.dueAtQualifier) == {Literal("before")}


def test_another_bodys_next_session_in_a_report_is_kept_as_printed():
    from tests.facts.test_rules_actions_helpers import extract_text

    text = NEXT_REPORT.replace("于委员会下一届会议前", "向联合国大会下一届会议")
    store = extract_text(load_reference(), text, RULES)[0]
    assert not [f for f in store.facts if f[1] == WSIS.dueAt]
    assert subjects(store, WSIS.dueAtAsPrinted, Literal("联合国大会下一届会议", lang="zh"))


@pytest.mark.parametrize("text", [
    "3. 秘书处请各实体于2019年1月31日之前提交其年度投入。\n",
    "3. 秘书处请联合国系统各实体于2019年1月31日前报告其活动。\n",
])
def test_a_secretariat_asks_the_un_system_entities_as_a_whole(monkeypatch, reference, text):
    store, _ = store_for(monkeypatch, reference, text, RULES, profile=None)
    d = _one(store, WSIS.addressee, ID["group/un-system-entities"])
    assert objects(store, d, WSIS.isoDate) == {Literal("2019-01-31")}


def test_entities_that_report_are_no_addressed_group(monkeypatch, reference):
    store, _ = store_for(monkeypatch, reference, "3. 各实体报告了2018年的活动，秘书处汇编了实体提交的内容。\n", RULES,
                         profile=None)
    assert not subjects(store, WSIS.addressee, ID["group/un-system-entities"])

"""Org rules (graph_builder/facts/rules_org_*.py): new sentences of the corpus' forms, and the corpus itself."""

from __future__ import annotations


import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import RULES, _load_rule_modules, extract
from graph_builder.rdf.namespaces import ID, WSIS, node_iri
from tests.facts.test_rules_actions_helpers import extract_text, objects

_load_rule_modules()
ORG_RULES = sorted(n for n in RULES if n.startswith("org."))


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _store(reference, text: str, doc_id: str = "900"):
    return extract_text(reference, text, ORG_RULES, doc_id)


_objects = objects


def _quotes(store, src, s, p, o):
    return {src.text[e.start : e.end] for e in store.facts[(s, p, o)]}


def _year(y: int) -> Literal:
    return Literal(str(y), datatype=XSD.gYear)


# ------------------------------------------------------------------ acts, on new sentences


def test_plenipotentiary_resolution_with_year_place_note_instructs_a_post(reference):
    store, src = _store(reference, "1. 第 99 号决议 (2002 年, 马拉喀什) 做出决议, 责成国际电联秘书长向国际电联理事会报告。\n")
    res = ID["resolution/itu-pp-99-2002"]
    assert _objects(store, res, RDF.type) == {WSIS.Resolution}
    assert _objects(store, res, WSIS.number) == {Literal("99")}
    assert _objects(store, res, RDFS.label) == {
        Literal("ITU Plenipotentiary Conference Resolution 99", lang="en"), Literal("第99号决议", lang="zh")}
    assert _objects(store, res, WSIS.issuedBy) == {ID["body/itu-plenipotentiary-conference"]}
    assert _objects(store, res, WSIS.year) == {_year(2002)}
    assert _objects(store, res, WSIS.adoptedIn) == {ID["place/marrakesh"]}
    assert _objects(store, res, WSIS.instructs) == {ID["post/itu-secretary-general"]}
    assert _quotes(store, src, res, WSIS.adoptedIn, ID["place/marrakesh"]) == {"第 99 号决议 (2002 年, 马拉喀什)"}


def test_an_act_of_the_development_conference_the_sentence_names_in_the_act_s_city(reference):
    store, _ = _store(reference, "1. 世界电信发展大会于2014年3月30日至4月10日在迪拜举行，修订了第 17 号决议（2014年，迪拜，修订版）。"
                                 "大会还注意到第 71 号决议（2010年，瓜达拉哈拉）。\n")
    wtdc = ID["resolution/itu-wtdc-17-2014"]
    assert _objects(store, wtdc, WSIS.issuedBy) == {ID["body/wtdc"]}
    assert _objects(store, wtdc, WSIS.adoptedIn) == {ID["place/dubai"]}
    # an act cited in another city is the Plenipotentiary Conference's, as ITU cites them
    assert _objects(store, ID["resolution/itu-pp-71-2010"], WSIS.issuedBy) == {ID["body/itu-plenipotentiary-conference"]}


def test_council_resolution_session_document_symbol_and_framework(reference):
    store, src = _store(reference, "2. 国际电联理事会 2003 年会议审议了报告，并根据第 1234 号决议 (C2003/55 号文件) 赞同峰会框架。\n")
    res = ID["resolution/itu-council-1234"]
    assert _objects(store, res, WSIS.issuedBy) == {ID["body/itu-council"]}
    assert _objects(store, res, WSIS.year) == {_year(2003)}
    assert _objects(store, res, WSIS.session) == {Literal("2003")}
    assert _objects(store, res, WSIS.documentSymbol) == {Literal("C2003/55")}
    fw = ID["framework/wsis"]
    assert _objects(store, res, WSIS.endorses) == {fw}
    assert _objects(store, fw, RDF.type) == {WSIS.Framework}
    assert _objects(store, fw, WSIS.concerns) == {ID["event/wsis"]}
    assert {o.language for o in _objects(store, fw, RDFS.label)} == {"en", "zh"}


def test_bare_council_with_a_four_digit_resolution_and_its_year_in_brackets(reference):
    store, src = _store(reference, "1. 本报告依照理事会第1305号决议（2009年）编写，并参考了经济及社会理事会第2008/3号决议。\n")
    res = ID["resolution/itu-council-1305"]
    assert _objects(store, res, WSIS.issuedBy) == {ID["body/itu-council"]}
    assert _objects(store, res, WSIS.year) == {_year(2009)}
    assert not _objects(store, ID["resolution/itu-pp-1305-2009"], WSIS.issuedBy)


def test_unga_resolution_month_date_and_reaffirmation(reference):
    store, src = _store(reference, "3. 2004年12月，联合国大会通过第59/220号决议，重申第57/238号决议对峰会的支持。\n")
    res = ID["resolution/unga-59-220"]
    assert _objects(store, res, WSIS.issuedBy) == {ID["body/unga"]}
    assert _objects(store, res, WSIS.date) == {Literal("2004-12", datatype=XSD.gYearMonth)}
    assert _objects(store, res, WSIS.isoDate) == {Literal("2004-12")}
    assert _objects(store, res, WSIS.datePrecision) == {Literal("month")}
    assert _objects(store, res, WSIS.session) == {Literal("59")}
    assert _objects(store, res, WSIS.reaffirms) == {ID["resolution/unga-57-238"]}
    # 对峰会的支持 is not an endorsement by 57/238
    assert _objects(store, ID["resolution/unga-57-238"], WSIS.endorses) == set()


def test_resolution_establishes_a_body_headed_by_a_post(reference):
    store, src = _store(reference, "4. 2004年国际电联理事会的第1250号决议成立了一个互联网治理工作组，由国际电联秘书长担任负责人。\n")
    res, wg = ID["resolution/itu-council-1250"], ID["body/wgig"]
    assert _objects(store, res, WSIS.establishes) == {wg}
    assert _objects(store, wg, WSIS.createdBy) == {res}
    assert _objects(store, wg, WSIS.creationDate) == {_year(2004)}
    assert _objects(store, wg, WSIS.head) == {ID["post/itu-secretary-general"]}


def test_body_created_by_an_act_in_brackets(reference):
    store, _ = _store(reference, "5. 2006年国际电联理事会成立了一个融资机制任务组 (第1301号决议)。\n")
    res = ID["resolution/itu-council-1301"]
    assert _objects(store, ID["body/tffm"], WSIS.createdBy) == {res}
    assert _objects(store, res, WSIS.year) == {_year(2006)}


def test_renaming_by_a_dated_decision(reference):
    store, src = _store(reference, "5. 按照经济及社会理事会 2003 年 5 月 2 日第 2003/12 号决定，联合国统计委员会更名为科技促进发展委员会。\n")
    old, new, dec = ID["body/un-statistical-commission"], ID["body/cstd"], ID["decision/ecosoc-2003-12"]
    assert _objects(store, old, WSIS.renamedTo) == {new}
    assert _objects(store, old, WSIS.renamedBy) == {dec}
    assert _objects(store, dec, WSIS.renames) == {old}
    assert _objects(store, dec, RDF.type) == {WSIS.Decision}
    assert _objects(store, dec, WSIS.issuedBy) == {ID["body/ecosoc"]}
    assert _objects(store, old, WSIS.renamedOn) == {Literal("2003-05-02", datatype=XSD.date)}
    assert _objects(store, dec, WSIS.date) == {Literal("2003-05-02", datatype=XSD.date)}


def test_renaming_in_a_parenthesis_without_an_act(reference):
    store, _ = _store(reference, "1. 秘书长向联合国行政协调委员会（ACC, 后来被更名为“CEB”）提交了报告。\n")
    assert _objects(store, ID["body/acc"], WSIS.renamedTo) == {ID["body/ceb"]}
    assert _objects(store, ID["body/acc"], WSIS.renamedBy) == set()


# ------------------------------------------------------------------ bodies and people, on new sentences


def test_body_creation_method_membership_support_and_reporting(reference):
    store, src = _store(reference, "6. 互联网治理论坛于2006年10月在雅典正式成立，并通过电子手段进行工作。该论坛对所有利益相关方开放。"
                                   "论坛由设在日内瓦的执行秘书处提供支持，并向联合国大会汇报。\n")
    igf = ID["body/igf"]
    assert _objects(store, igf, WSIS.creationDate) == {Literal("2006-10", datatype=XSD.gYearMonth)}
    assert _objects(store, igf, WSIS.workingMethod) == {Literal("通过电子手段进行工作", lang="zh")}
    assert _objects(store, igf, WSIS.openTo) == {Literal("所有利益相关方", lang="zh")}
    assert _objects(store, igf, WSIS.supportedBy) == {ID["body/wsis-executive-secretariat"]}
    assert _objects(store, igf, WSIS.reportsTo) == {ID["body/unga"]}
    assert _objects(store, ID["body/wsis-executive-secretariat"], WSIS.seat) == {ID["place/geneva"]}


def test_elected_chair_and_country(reference):
    store, src = _store(reference, "7. 马里的John Isaac被选为PrepCom-2的主席。\n")
    person = ID["person/john-isaac"]
    assert _objects(store, ID["event/prepcom-2"], WSIS.chair) == {person}
    assert _objects(store, person, WSIS.nationality) == {ID["place/mali"]}
    assert _quotes(store, src, person, WSIS.nationality, ID["place/mali"]) == {"马里的John Isaac"}


def test_generic_noun_chair_with_country_in_brackets(reference):
    store, _ = _store(reference, "8. 联合国秘书长设立了一个互联网治理工作组。工作组的主席是Jasmina Sopova女士 (摩洛哥)。\n")
    person = ID["person/jasmina-sopova"]
    assert _objects(store, ID["body/wgig"], WSIS.chair) == {person}
    assert _objects(store, person, WSIS.nationality) == {ID["place/morocco"]}


def test_post_chairs_appointment_and_overall_management(reference):
    store, _ = _store(reference, "9. 联合国秘书长担任融资机制任务组主席。Sergio Santimano先生被任命为执行主任。"
                                 "世界峰会的总体管理由联合国教科文组织负责。\n")
    assert _objects(store, ID["body/tffm"], WSIS.chair) == {ID["post/un-secretary-general"]}
    assert _objects(store, ID["person/sergio-santimano"], WSIS.holds) == {ID["post/wsis-executive-director"]}
    assert _objects(store, ID["org/unesco"], WSIS.manages) == {ID["event/wsis"]}
    assert _objects(store, ID["post/un-secretary-general"], WSIS.postOf) == {ID["org/un"]}


def test_mandate_items_and_the_reporting_line_they_state(reference):
    store, _ = _store(reference, "10. 联络委员会的任务是：\n 1. 协助秘书长的工作；并\n 2. 向国际电联理事会汇报。\n")
    slc = ID["body/summit-liaison-committee"]
    assert _objects(store, slc, WSIS.mandateItem) == {node_iri("900/para/10/1"), node_iri("900/para/10/2")}
    assert _objects(store, slc, WSIS.reportsTo) == {ID["body/itu-council"]}


def test_subcommittees_created_by_a_meeting_and_their_duties(reference):
    store, src = _store(reference, "11. PrepCom-2成立了两个分委员会；分委员会1负责预算，分委员会2负责宣言草案。\n")
    s1, s2 = ID["body/prepcom-1-subcommittee-1"], ID["body/prepcom-1-subcommittee-2"]
    assert _objects(store, s1, WSIS.createdBy) == {ID["event/prepcom-2"]}
    assert _objects(store, s2, WSIS.createdBy) == {ID["event/prepcom-2"]}
    assert _objects(store, s1, WSIS.responsibleFor) == {Literal("预算", lang="zh")}
    assert _quotes(store, src, s2, WSIS.responsibleFor, Literal("宣言草案", lang="zh")) == {"分委员会2负责宣言草案"}


def test_reporting_through_a_body_named_or_taken_up_by_its_generic_noun(reference):
    # 通过X向Y报告: the body reports to X, and X to Y; X may be a generic noun for a body named earlier in the
    # paragraph (its text or an earlier item)
    store, src = _store(reference, "4. 联合国信息社会小组通过经济及社会理事会向联合国大会报告工作。\n")
    assert _objects(store, ID["body/ungis"], WSIS.reportsTo) == {ID["body/ecosoc"]}
    assert _objects(store, ID["body/ecosoc"], WSIS.reportsTo) == {ID["body/unga"]}
    store, _ = _store(reference, "7. 联络委员会的任务是：\n (a) 协助科学和技术促进发展委员会的工作；\n"
                                 " (b) 每年通过委员会向经济及社会理事会报告。\n")
    slc = ID["body/summit-liaison-committee"]
    assert _objects(store, slc, WSIS.reportsTo) == {ID["body/cstd"]}
    assert _objects(store, ID["body/cstd"], WSIS.reportsTo) == {ID["body/ecosoc"]}


def test_reporting_without_through_stays_direct(reference):
    store, _ = _store(reference, "4. 联合国信息社会小组通过电子邮件向经济及社会理事会报告工作。\n")
    assert _objects(store, ID["body/ungis"], WSIS.reportsTo) == {ID["body/ecosoc"]}


def test_a_set_up_body_holding_a_listed_name_at_its_tail_takes_the_mandate(reference):
    # 设立X多利益攸关方咨询小组: the whole name, not the listed name at its tail, is whose mandate the items are
    store, _ = _store(reference, "3. 决定设立宽带统计多利益攸关方咨询小组，其任务为：\n (a) 审查数据；\n (b) 向委员会提出建议。\n")
    assert not _objects(store, ID["body/igf-mag"], WSIS.mandateItem)
    owners = {s for s, p, o in store.facts if p == WSIS.mandateItem}
    assert len(owners) == 1 and "kuandai" in str(next(iter(owners)))


def test_unnamed_task_force_gets_a_positional_iri_labels_and_reporting_line(reference):
    store, src = _store(reference, "2. 秘书处于 2003 年成立了一个任务组以审查筹资机制, 该组于 2004 年向国际电联理事会汇报了结果。\n")
    tf = ID["body/task-force-900-para-2"]
    assert _objects(store, tf, RDF.type) == {WSIS.TaskForce}
    assert _objects(store, tf, RDFS.label) == {
        Literal("Task force set up in 2003 (900 para 2)", lang="en"), Literal("审查筹资机制的任务组", lang="zh")}
    assert _objects(store, tf, WSIS.creationDate) == {_year(2003)}
    assert _objects(store, tf, WSIS.responsibleFor) == {Literal("审查筹资机制", lang="zh")}
    assert _objects(store, tf, WSIS.reportsTo) == {ID["body/itu-council"]}


def test_organisation_chairing_a_new_body_leads_it_and_its_mandate(reference):
    store, _ = _store(reference, "3. 我们请联合国秘书长成立一个由联合国教科文组织担任主席的联合国信息社会小组，成员包括相关机构，职责为推动峰会的落实。\n")
    ungis = ID["body/ungis"]
    assert _objects(store, ID["org/unesco"], WSIS.leads) == {ungis}
    assert not _objects(store, ungis, WSIS.chair)  # chairs are persons or posts (shapes/entities.ttl)
    assert _objects(store, ungis, WSIS.chairOrganization) == {ID["org/unesco"]}  # "who chairs UNGIS?"
    assert _objects(store, ungis, WSIS.mandate) == {Literal("推动峰会的落实", lang="zh")}


def test_organisation_heading_a_body_leads_it_but_is_not_its_chair(reference):
    store, _ = _store(reference, "3. 我们请联合国秘书长成立一个由联合国开发计划署担任负责人的联合国信息社会小组。\n")
    ungis = ID["body/ungis"]
    assert _objects(store, ID["org/undp"], WSIS.leads) == {ungis}
    assert not _objects(store, ungis, WSIS.chairOrganization)


def test_organisation_leading_a_named_initiative(reference):
    store, _ = _store(reference, "5. 由联合国教科文组织牵头的“连通世界”举措是伙伴关系的典范。由联合国开发计划署主导的联合国信息社会小组开展工作。\n")
    assert _objects(store, ID["org/unesco"], WSIS.leads) == {ID["initiative/connect-the-world"]}
    assert _objects(store, ID["org/undp"], WSIS.leads) == {ID["body/ungis"]}


def test_composition_of_a_body(reference):
    store, _ = _store(reference, "4. 行动计划呼吁建立一个融资机制任务组（TFFM），由各区域开发银行的代表组成。\n")
    assert _objects(store, ID["body/tffm"], WSIS.composition) == {Literal("各区域开发银行的代表", lang="zh")}


def test_act_welcomes_what_it_says_it_welcomes(reference):
    store, _ = _store(reference, "5. 回顾经济及社会理事会第 2004/5 号商定结论对互联网治理论坛表示欢迎。\n")
    assert _objects(store, ID["agreed-conclusions/ecosoc-2004-5"], WSIS.welcomes) == {ID["body/igf"]}


def test_under_the_auspices_is_not_a_chair(reference):
    store, _ = _store(reference, "1. 峰会应在联合国秘书长主持下召开，以支持峰会。\n")
    assert not [t for t in store.facts if t[1] == WSIS.chair]


def test_event_held_under_the_auspices_of_an_agent(reference):
    store, src = _store(reference, "1. 考虑到峰会应在联合国秘书长主持下召开。2005年，峰会在国际电联秘书长的主持下举行。\n")
    assert _objects(store, ID["post/un-secretary-general"], WSIS.auspicesOf) == {ID["event/wsis"]}
    assert _quotes(store, src, ID["post/un-secretary-general"], WSIS.auspicesOf, ID["event/wsis"]) == {
        "峰会应在联合国秘书长主持下"}
    assert _objects(store, ID["post/itu-secretary-general"], WSIS.auspicesOf) == {ID["event/wsis"]}
    assert not [t for t in store.facts if t[1] == WSIS.chair]


def test_dated_appointment_gets_its_own_node(reference):
    store, src = _store(reference, "19. 经与委员协商，2004年3月，Yuri Grin先生被任命为国际电联秘书长。阿达马·萨马斯科被任命为执行主任。\n")
    appt = ID["appointment/yuri-grin-itu-secretary-general"]
    assert _objects(store, appt, RDF.type) == {WSIS.Appointment}
    assert _objects(store, appt, WSIS.appointee) == {ID["person/yuri-grin"]}
    assert _objects(store, appt, WSIS.appointedTo) == {ID["post/itu-secretary-general"]}
    assert _objects(store, appt, WSIS.isoDate) == {Literal("2004-03")}
    assert _quotes(store, src, appt, WSIS.isoDate, Literal("2004-03")) == {"2004年3月，Yuri Grin先生被任命为国际电联秘书长"}
    assert {o.language for o in _objects(store, appt, RDFS.label)} == {"en", "zh"}
    # no date, no appointment node: the post is still held
    assert (ID["person/adama-samassekou"], WSIS.holds, ID["post/wsis-executive-director"]) in store.facts
    assert not [s for (s, p, o) in store.facts if str(s).endswith("adama-samassekou-wsis-executive-director")]


def test_founder_of_a_body_dated_set_up_by_an_agent(reference):
    store, src = _store(reference, "19. 联合国开发计划署于2004年春在纽约联合国提供的办公室内建立了峰会执行秘书处。\n")
    es = ID["body/wsis-executive-secretariat"]
    assert _objects(store, es, WSIS.foundedBy) == {ID["org/undp"]}
    assert _quotes(store, src, es, WSIS.foundedBy, ID["org/undp"]) == {
        "联合国开发计划署于2004年春在纽约联合国提供的办公室内建立了峰会执行秘书处"}
    assert not _objects(store, es, WSIS.createdBy)  # an agent is a founder; createdBy is for acts and meetings


def test_founder_from_a_modifier_and_a_passive_with_a_generic_noun(reference):
    text = "21. 大会敦请国际社会向联合国教科文组织设立的特别信托基金自愿捐款。这项基金已由联合国教科文组织建立。\n"
    store, src = _store(reference, text)
    fund = ID["body/wsis-special-trust-fund"]
    assert _objects(store, fund, WSIS.foundedBy) == {ID["org/unesco"]}
    assert _quotes(store, src, fund, WSIS.foundedBy, ID["org/unesco"]) == {
        "联合国教科文组织设立的特别信托基金", "基金已由联合国教科文组织建立"}


def test_founder_of_a_new_committee_but_not_when_only_asked_to(reference):
    store, _ = _store(reference, "3. 注意到联合国秘书长设立一个高层峰会组织委员会。我们请国际电联秘书长设立一个互联网管理工作组。\n")
    assert _objects(store, ID["body/hlsoc"], WSIS.foundedBy) == {ID["post/un-secretary-general"]}
    assert not _objects(store, ID["body/wgig"], WSIS.foundedBy)


def test_act_recommends_a_body_but_not_an_event(reference):
    text = "5. 联合国大会第 60/100 号决议建议由一个不限成员名额政府间筹备委员会为峰会进行筹备工作。第60/100号决议建议峰会采取一个进程。\n"
    store, src = _store(reference, text)
    res = ID["resolution/unga-60-100"]
    assert _objects(store, res, WSIS.recommends) == {ID["body/wsis-prepcom"]}
    assert _quotes(store, src, res, WSIS.recommends, ID["body/wsis-prepcom"]) == {
        "第 60/100 号决议建议由一个不限成员名额政府间筹备委员会"}


def test_act_invites_and_requests_actor_groups(reference):
    store, _ = _store(reference, "6. 联合国大会第 60/100 号决议邀请各国政府积极参与，并敦请国际社会自愿捐款。\n")
    res = ID["resolution/unga-60-100"]
    assert _objects(store, res, WSIS.invites) == {ID["group/governments"]}
    assert _objects(store, res, WSIS.requests) == {ID["group/international-community"]}


def test_act_encourages_a_body_named_after_a_generic_noun(reference):
    store, _ = _store(reference, "5. 联合国大会第 60/100 号决议鼓励联合国所有相关机构、特别是信息和通信技术工作队，作出有效的贡献。\n")
    assert _objects(store, ID["resolution/unga-60-100"], WSIS.encourages) == {
        ID["org/un"], ID["body/un-ict-task-force"]}


# ------------------------------------------------------------------ the corpus


@pytest.fixture(scope="module")
def corpus_store(reference, documents):
    mentions = find_all_mentions([d.source for d in documents], reference)
    events = sorted(n for n in RULES if n.startswith("events."))
    return extract(documents, reference, mentions, only=events + ORG_RULES)


@pytest.mark.parametrize("s, p, o", [
    ("resolution/itu-pp-73-1998", WSIS.adoptedIn, ID["place/minneapolis"]),
    ("resolution/itu-pp-73-1998", WSIS.adoptedAt, ID["event/itu-pp-98"]),
    ("resolution/itu-pp-73-1998", WSIS.instructs, ID["post/itu-secretary-general"]),
    ("resolution/unga-56-183", WSIS.date, Literal("2001-12-21", datatype=XSD.date)),
    ("resolution/unga-56-183", WSIS.plenaryMeeting, Literal(90, datatype=XSD.integer)),
    ("resolution/unga-56-183", WSIS.adoptedOnReportOf, ID["body/second-committee"]),
    ("resolution/unga-56-183", WSIS.reportSymbol, Literal("A/56/558/Add.3")),
    ("resolution/unga-56-183", WSIS.symbol, Literal("A/RES/56/183")),
    ("resolution/unga-56-183", WSIS.endorses, ID["framework/wsis"]),
    ("resolution/unga-56-183", WSIS.invites, ID["org/itu"]),
    ("resolution/unga-56-183", WSIS.welcomes, ID["resolution/itu-council-1179"]),
    ("resolution/unga-57-238", WSIS.reaffirms, ID["resolution/unga-56-183"]),
    ("resolution/itu-council-1158", WSIS.year, Literal("2000", datatype=XSD.gYear)),
    ("resolution/itu-council-1158", WSIS.documentSymbol, Literal("C2000/87")),
    ("resolution/itu-council-1179", WSIS.establishes, ID["body/summit-liaison-committee"]),
    ("resolution/itu-council-1179", WSIS.endorses, ID["framework/wsis"]),
    ("resolution/itu-council-1196", WSIS.establishes, ID["body/itu-council-working-group-on-wsis"]),
    ("decision/ecosoc-2001-321", WSIS.renames, ID["body/acc"]),
    ("body/acc", WSIS.renamedTo, ID["body/ceb"]),
    ("body/hlsoc", WSIS.chair, ID["post/itu-secretary-general"]),
    ("body/hlsoc", WSIS.creationDate, Literal("2001-03", datatype=XSD.gYearMonth)),
    ("body/hlsoc", WSIS.supportedBy, ID["body/wsis-executive-secretariat"]),
    ("body/summit-liaison-committee", WSIS.head, ID["post/itu-council-chairman"]),
    ("body/summit-liaison-committee", WSIS.openTo, Literal("所有的理事会会员国", lang="zh")),
    ("body/summit-liaison-committee", WSIS.reportsTo, ID["body/itu-council"]),
    ("body/wsis-executive-secretariat", WSIS.reportsTo, ID["body/hlsoc"]),
    ("body/wsis-executive-secretariat", WSIS.isoDate, Literal("2001-autumn")),
    ("body/wsis-executive-secretariat", WSIS.seat, ID["place/geneva"]),
    ("body/prepcom-1-subcommittee-1", WSIS.responsibleFor, Literal("议事规则", lang="zh")),
    ("body/prepcom-1-subcommittee-2", WSIS.createdBy, ID["event/prepcom-1"]),
    ("body/itu-council-working-group-on-wsis", WSIS.chair, ID["person/yuri-grin"]),
    ("event/prepcom-1", WSIS.chair, ID["person/adama-samassekou"]),
    ("event/itu-pp-2002", WSIS.chair, ID["person/nasr-hajji"]),
    ("person/adama-samassekou", WSIS.nationality, ID["place/mali"]),
    ("person/yuri-grin", WSIS.nationality, ID["place/russian-federation"]),
    ("person/nasr-hajji", WSIS.nationality, ID["place/morocco"]),
    ("person/pierre-gagne", WSIS.holds, ID["post/wsis-executive-director"]),
    ("person/yoshio-utsumi", WSIS.signedAs, ID["post/wsis-secretary-general"]),
    ("person/yoshio-utsumi", WSIS.holds, ID["post/itu-secretary-general"]),
    ("person/yoshio-utsumi", WSIS.signed, node_iri("004/foreword")),
    ("org/itu", WSIS.manages, ID["event/wsis"]),
    ("org/itu", WSIS.leads, ID["event/wsis"]),
    ("org/itu", WSIS.leads, ID["body/ungis"]),
    ("body/ungis", WSIS.chairOrganization, ID["org/itu"]),
    ("org/itu", WSIS.leads, ID["initiative/connect-the-world"]),
    ("resolution/unga-56-183", WSIS.welcomes, ID["event/wsis"]),
    ("body/hlsoc", WSIS.composition, Literal("愿意参与筹备信息社会世界峰会的联合国机构", lang="zh")),
    ("body/task-force-000-para-2", WSIS.creationDate, Literal("1999", datatype=XSD.gYear)),
    ("body/task-force-000-para-2", WSIS.reportsTo, ID["body/itu-council"]),
    ("body/wsis-executive-secretariat", WSIS.foundedBy, ID["post/itu-secretary-general"]),
    ("body/wsis-special-trust-fund", WSIS.foundedBy, ID["org/itu"]),
    ("body/hlsoc", WSIS.foundedBy, ID["body/acc"]),
    ("body/wgig", WSIS.foundedBy, ID["post/un-secretary-general"]),
    ("resolution/unga-56-183", WSIS.encourages, ID["body/un-ict-task-force"]),
    ("post/un-secretary-general", WSIS.auspicesOf, ID["event/wsis"]),
    ("appointment/pierre-gagne-wsis-executive-director", WSIS.isoDate, Literal("2002-05")),
    ("resolution/unga-56-183", WSIS.recommends, ID["body/wsis-prepcom"]),
])
def test_corpus_fact(corpus_store, s, p, o):
    assert (ID[s], p, o) in corpus_store.facts


def test_corpus_mandate_items_of_the_liaison_committee_and_the_igf(corpus_store):
    slc = _objects(corpus_store, ID["body/summit-liaison-committee"], WSIS.mandateItem)
    assert slc == {node_iri(f"000/para/14/{k}") for k in (1, 2, 3)}
    assert len(_objects(corpus_store, ID["body/igf"], WSIS.mandateItem)) == 12


def test_corpus_council_resolutions_in_session_order(corpus_store):
    council = sorted(
        (int(str(y)), str(s)) for (s, p, y) in corpus_store.facts
        if p == WSIS.year and (s, WSIS.issuedBy, ID["body/itu-council"]) in corpus_store.facts
    )
    assert [s.rsplit("-", 1)[1] for _, s in council] == ["1158", "1179", "1196"]


def test_corpus_acts_have_one_label_per_language_and_one_issuer(corpus_store):
    acts = {s for (s, p, o) in corpus_store.facts if p == RDF.type and o in (WSIS.Resolution, WSIS.Decision)}
    assert len(acts) >= 14
    for act in acts:
        labels = _objects(corpus_store, act, RDFS.label)
        assert sorted(x.language for x in labels) == ["en", "zh"], act
        assert len(_objects(corpus_store, act, WSIS.issuedBy)) == 1, act
        assert len(_objects(corpus_store, act, WSIS.date)) <= 1, act


def test_corpus_no_false_chairs_or_renamings(corpus_store):
    # 峰会在联合国秘书长的主持下举行 is "under the auspices", and Resolution 73 renamed nothing.
    assert (ID["event/wsis"], WSIS.chair, ID["post/un-secretary-general"]) not in corpus_store.facts
    assert not _objects(corpus_store, ID["resolution/itu-pp-73-1998"], WSIS.renames)
    assert not _objects(corpus_store, ID["resolution/unga-56-183"], WSIS.endorses) - {ID["framework/wsis"]}


def test_every_org_quote_is_the_source_text_at_its_offsets(corpus_store, documents):
    texts = {d.doc_id: d.source.text for d in documents}
    for evs in corpus_store.facts.values():
        for e in evs:
            if e.rule.startswith("org."):
                assert 0 <= e.start < e.end <= len(texts[e.doc_id])


def test_a_bodys_chairman_chairs_the_body(reference):
    # the bare 理事会 is the ITU Council in the Council documents (000, 001)
    store, src = _store(reference, "5. 该小组向理事会汇报，由2003年理事会主席担任负责人。\n", doc_id="000")
    chairman = ID["post/itu-council-chairman"]
    assert _objects(store, chairman, WSIS.postOf) == {ID["body/itu-council"]}
    assert _objects(store, ID["body/itu-council"], WSIS.chair) == {chairman}
    assert _quotes(store, src, ID["body/itu-council"], WSIS.chair, chairman) == {"理事会主席"}


def test_the_listed_work_of_an_initiative_is_its_mandate_item_by_item(reference):
    text = ("1. 我们注意到于2010年3月推出的衡量ICT促发展伙伴关系，及其开展的以下工作：\n\n- a) 确定一套核心指标；\n- b) 促进能力建设。\n\n"
            "2. 我们注意到数字团结基金的创建。我们支持各国政府，及其开展的以下工作：\n\n- a) 确定一套核心指标；\n")
    store, _ = _store(reference, text)
    partnership = ID["initiative/partnership-on-measuring-ict-for-development"]
    assert _objects(store, partnership, WSIS.mandateItem) == {node_iri("900/para/1/a"), node_iri("900/para/1/b")}
    # a body named in an earlier sentence does not take the work of what the clause names
    assert not _objects(store, ID["body/dsf"], WSIS.mandateItem)


def test_a_body_s_purpose_is_its_mandate(reference):
    text = ("1. 我们欢迎数字团结基金的创建，这项基金对所有利益相关方开放，其目的是将数字鸿沟转化为数字机遇。\n\n"
            "2. 高层峰会组织委员会的宗旨是协调联合国系统的筹备工作。\n\n"
            "3. 数字团结议程的目的在于创造条件。第一次筹备委员会的宗旨是确定峰会的框架。\n")
    store, _ = _store(reference, text)
    assert _objects(store, ID["body/dsf"], WSIS.mandate) == {Literal("将数字鸿沟转化为数字机遇", lang="zh")}
    assert _objects(store, ID["body/hlsoc"], WSIS.mandate) == {Literal("协调联合国系统的筹备工作", lang="zh")}
    # the purpose of an agenda or of a meeting is no body's mandate
    assert not [s for (s, p, o) in store.facts if p == WSIS.mandate and "创造条件" in str(o) or "确定峰会" in str(o)]


def test_an_act_calls_upon_every_listed_agent(reference):
    text = ("1. 第12/34号决议号召联合国所有有关部门、其它有关的国际组织和有关的政府间组织参加论坛。\n\n"
            "2. 第12/34号决议呼吁各国政府积极参与论坛的筹备工作。\n\n3. 我们呼吁各国政府积极参与。\n")
    store, _ = _store(reference, text)
    called = _objects(store, ID["resolution/unga-12-34"], WSIS.callsUpon)
    assert {ID["group/international-organizations"], ID["group/intergovernmental-organizations"],
            ID["group/governments"]} <= called
    assert len([s for (s, p, o) in store.facts if p == WSIS.callsUpon]) == len(called)  # no act, no call (para 3)


def test_a_body_set_up_in_a_place_sits_there(reference):
    store, _ = _store(reference, "9. 我们欢迎国际电联电信展资本基金的设立，这个设立于突尼斯的多边基金向所有捐助方开放。"
                                 "互联网治理论坛由在纽约设立的执行秘书处提供支持。\n")
    assert _objects(store, ID["body/itu-telecom-capital-fund"], WSIS.seat) == {ID["place/tunis"]}
    assert _objects(store, ID["body/wsis-executive-secretariat"], WSIS.seat) == {ID["place/new-york"]}


def test_a_place_without_a_setting_up_or_a_referent_gives_no_seat(reference):
    store, _ = _store(reference, "9. 会议在日内瓦举行，设立于2003年的基金已经关闭。我们呼吁在突尼斯设立的基金提供资助。"
                                 "国际电联电信展资本基金在日内瓦的会议上得到支持。\n")
    assert not any(p == WSIS.seat for (_, p, _) in store.facts)


def test_a_voluntary_fund_in_its_variants(reference):
    store, _ = _store(reference, "9. 我们欢迎国际电联电信展资本基金的设立，这项创建于突尼斯的自愿性基金向所有捐助方开放。"
                                 "特别信托基金是一项以自愿捐款为基础的信托基金。\n")
    assert _objects(store, ID["body/itu-telecom-capital-fund"], WSIS.fundingBasis) == {Literal("voluntary")}
    assert _objects(store, ID["body/wsis-special-trust-fund"], WSIS.fundingBasis) == {Literal("voluntary")}


def test_no_voluntary_fund_without_a_fund_it_describes(reference):
    store, _ = _store(reference, "9. 我们呼吁设立一个自愿性基金。特别信托基金不是自愿性基金。"
                                 "执行秘书处是一个以自愿捐款为基础的基金的秘书处。\n")
    said_of = {s for (s, p, _) in store.facts if p == WSIS.fundingBasis}
    assert not said_of & {ID["body/wsis-special-trust-fund"], ID["body/wsis-executive-secretariat"]}

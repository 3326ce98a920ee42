"""Event rules (graph_builder/facts/rules_events.py): new sentences of the corpus' forms, and the corpus itself."""

from __future__ import annotations


import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

EVENT_RULES = ["events.identity", "events.when_where", "events.participants", "events.officers", "events.outcomes",
               "events.invitations"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _store(reference, text: str, doc_id: str = "900"):
    return extract_text(reference, text, EVENT_RULES, doc_id)


_objects = objects


def test_ordinal_meeting_of_a_body_with_day_range_place_and_held(reference):
    store, src = _store(reference, "1. 高层峰会组织委员会第二次会议于2002年5月3-4日在巴黎召开。\n")
    ev = ID["event/hlsoc-meeting-2"]
    assert _objects(store, ev, RDF.type) == {WSIS.CommitteeMeeting}
    assert _objects(store, ev, WSIS.ordinal) == {Literal(2, datatype=XSD.integer)}
    assert _objects(store, ev, WSIS.isoDate) == {Literal("2002-05-03/2002-05-04")}
    assert _objects(store, ev, SCHEMA.startDate) == {Literal("2002-05-03", datatype=XSD.date)}
    assert _objects(store, ev, SCHEMA.location) == {ID["place/paris"]}
    assert _objects(store, ev, WSIS.status) == {Literal("held")}
    assert _objects(store, ev, WSIS.sessionOf) == {ID["body/hlsoc"]}
    # every quote is the words that say it
    for (s, p, o), evs in store.facts.items():
        for e in evs:
            assert src.text[e.start:e.end] in src.text


def test_planned_meeting_with_season_and_quarter_deadline(reference):
    store, _ = _store(reference, "1. 第三次筹备委员会会议将于2004年夏季在突尼斯举行。\n"
                                 "2. 我们请秘书长于2007年第一季度之前召集一次新论坛的会议，此论坛称为互联网治理论坛（IGF）。\n")
    ev = ID["event/prepcom-3"]
    assert _objects(store, ev, WSIS.isoDate) == {Literal("2004-summer")}
    assert _objects(store, ev, WSIS.datePrecision) == {Literal("season")}
    assert _objects(store, ev, WSIS.status) == {Literal("planned")}
    igf = ID["event/igf-meeting-1"]
    assert _objects(store, igf, WSIS.isoDate) == {Literal("2007-Q1")}
    assert _objects(store, igf, WSIS.deadlineQualifier) == {Literal("before")}
    assert _objects(store, igf, RDF.type) == {WSIS.ForumMeeting}


def test_participants_breakdown_recorded_as_stated(reference):
    text = ("1. 在里斯本召开的泛欧区域性部长会议（2004年3月1-2日）有来自30个国家的500名代表参加，"
            "其中包括100名政府代表、87名媒体代表。会议成立了两个分委员会；分委员会1负责议事规则。\n")
    store, _ = _store(reference, text)
    ev = ID["event/pan-european-regional-ministerial-conference"]
    assert _objects(store, ev, WSIS.participantCount) == {Literal(500, datatype=XSD.integer)}
    assert _objects(store, ev, WSIS.countryCount) == {Literal(30, datatype=XSD.integer)}
    assert _objects(store, ev, SCHEMA.location) == {ID["place/lisbon"]}
    groups = _objects(store, ev, WSIS.participation)
    counts = {g: _objects(store, g, WSIS["count"]) for g in groups}
    assert sorted(int(next(iter(c))) for c in counts.values()) == [87, 100]  # 187 != 500: kept as stated
    media = ID["participation/pan-european-regional-ministerial-conference-media"]
    assert Literal("media", lang="en") in _objects(store, media, WSIS.category)
    assert _objects(store, ev, WSIS.setUp) == {ID["body/prepcom-1-subcommittee-1"]}


def test_officers_and_regional_list(reference):
    text = ("1. 马里的阿达马·萨马斯科被选为PrepCom-2的主席，另外，还有9位副主席，及瑞士和突尼斯各一名当然副主席，"
            "他们组成了PrepCom-2的主席团。\n"
            "2. 区域性会议则在东京 (2004年2月3-5日) 和贝鲁特 (2004年 7 月) 举行。\n")
    store, _ = _store(reference, text, "901")
    ev = ID["event/prepcom-2"]
    assert _objects(store, ev, WSIS.viceChairCount) == {Literal(9, datatype=XSD.integer)}
    assert _objects(store, ev, WSIS.exOfficioViceChairCount) == {Literal(2, datatype=XSD.integer)}
    assert _objects(store, ev, WSIS.bureauSize) == {Literal(12, datatype=XSD.integer)}
    tokyo = ID["event/regional-meeting-tokyo-2004"]
    beirut = ID["event/regional-meeting-beirut-2004"]
    assert _objects(store, tokyo, WSIS.isoDate) == {Literal("2004-02-03/2004-02-05")}
    assert _objects(store, beirut, WSIS.isoDate) == {Literal("2004-07")}
    assert _objects(store, beirut, SCHEMA.location) == {ID["place/beirut"]}


def test_council_session_and_conjunction(reference):
    text = ("1. 国际电联理事会2003年会议审议了报告。\n"
            "2. 高层峰会组织委员会第三次会议于2003年10月2日在纽约与行政协调委员会秋季会议同时召开。\n")
    store, _ = _store(reference, text, "902")
    session = ID["event/itu-council-2003"]
    assert _objects(store, session, RDF.type) == {WSIS.CouncilSession}
    assert _objects(store, session, WSIS.isoDate) == {Literal("2003")}
    assert _objects(store, ID["event/hlsoc-meeting-3"], WSIS.inConjunctionWith) == {ID["event/ceb-autumn-meeting-2003"]}


def test_what_a_meeting_adopted_item_by_item_in_the_next_paragraph(reference):
    text = ("1. 高层峰会组织委员会第二次会议于2002年5月3-4日在巴黎召开。\n"
            "2. 会议通过了工作方法和时间表，以及一份有关预算的文件。会议还通过了一项声明。\n")
    store, src = _store(reference, text, "903")
    ev = ID["event/hlsoc-meeting-2"]
    assert _objects(store, ev, WSIS.adoptedText) == {
        Literal("工作方法", lang="zh"), Literal("时间表", lang="zh"), Literal("有关预算的文件", lang="zh"),
        Literal("声明", lang="zh")}
    quotes = {src.text[e.start:e.end] for e in store.facts[(ev, WSIS.adoptedText, Literal("声明", lang="zh"))]}
    assert quotes == {"会议还通过了一项声明"}


def test_a_resolution_adopting_something_is_not_a_meeting_adopting_it(reference):
    text = "1. 高层峰会组织委员会第二次会议于2002年5月3-4日在巴黎召开。大会通过了第 58/1 号决议。理事会通过了一项预算。\n"
    store, _ = _store(reference, text, "904")
    assert not [t for t in store.facts if t[1] == WSIS.adoptedText and "预算" in str(t[2])]


# ------------------------------------------------------------------------------------------ corpus
class _CurrentView:
    """A store's current view (docs/MODEL.md 'Claims'): what graph/facts holds, the shape ``objects`` reads."""

    def __init__(self, store):
        self.store = store
        self.facts = {t: store.facts[t] for t in store.current()}


@pytest.fixture(scope="module")
def corpus_claims(documents, reference):
    return extract(documents, reference, find_all_mentions([d.source for d in documents], reference), only=EVENT_RULES)


@pytest.fixture(scope="module")
def corpus_store(corpus_claims):
    return _CurrentView(corpus_claims)


def test_corpus_each_document_keeps_its_own_status_and_date(corpus_claims):
    claims = corpus_claims.claims()
    prepcom1 = {(str(t[2]), doc) for (t, doc) in claims if t[0] == ID["event/prepcom-1"] and t[1] == WSIS.status}
    assert prepcom1 == {("planned", "000"), ("held", "001")}
    tunis = {(str(t[2]), doc) for (t, doc) in claims if t[0] == ID["event/wsis-tunis-phase"] and t[1] == WSIS.isoDate}
    assert tunis == {("2005", "000"), ("2005", "001"), ("2005-11-16/2005-11-18", "004")}


@pytest.mark.parametrize("key, iso, place", [
    ("event/prepcom-1", "2002-07-01/2002-07-05", "place/geneva"),
    ("event/prepcom-2", "2003-spring", None),
    ("event/wsis-geneva-phase", "2003-12-10/2003-12-12", "place/geneva"),
    ("event/wsis-tunis-phase", "2005-11-16/2005-11-18", "place/tunis"),
    ("event/pan-european-regional-ministerial-conference", "2002-11-07/2002-11-09", "place/bucharest"),
    ("event/itu-pp-2002", "2002-09-23/2002-10-18", "place/marrakesh"),
    ("event/hlsoc-meeting-1", "2001-10-18", "place/new-york"),
    ("event/hlsoc-meeting-2003-04-24", "2003-04-24", "place/paris"),
    ("event/itu-council-working-group-on-wsis-meeting-1", "2002-09-21", "place/marrakesh"),
    ("event/prepcom-1-subcommittee-2-informal-meeting-2002-09-16", "2002-09-16/2002-09-18", "place/geneva"),
    ("event/regional-meeting-cairo-2003", "2003-06", "place/cairo"),
    ("event/igf-meeting-1", "2006-Q2", "place/athens"),
    ("event/world-telecommunication-indicators-meeting", "2002-01-15/2002-01-17", None),
])
def test_corpus_event_dates_and_places(corpus_store, key, iso, place):
    ev = ID[key]
    assert _objects(corpus_store, ev, WSIS.isoDate) == {Literal(iso)}
    if place:
        assert ID[place] in _objects(corpus_store, ev, SCHEMA.location)


def test_corpus_status_planned_vs_held(corpus_store):
    assert _objects(corpus_store, ID["event/prepcom-1"], WSIS.status) == {Literal("held")}
    assert _objects(corpus_store, ID["event/prepcom-3"], WSIS.status) == {Literal("planned")}
    assert _objects(corpus_store, ID["event/hlsoc-meeting-2003-04-24"], WSIS.status) == {Literal("planned")}
    assert _objects(corpus_store, ID["event/wsis-tunis-phase"], WSIS.status) == {Literal("held")}


def test_corpus_prepcom1_numbers(corpus_store):
    ev = ID["event/prepcom-1"]
    assert _objects(corpus_store, ev, WSIS.participantCount) == {Literal(969, datatype=XSD.integer)}
    groups = _objects(corpus_store, ev, WSIS.participation)
    total = sum(int(next(iter(_objects(corpus_store, g, WSIS["count"])))) for g in groups)
    assert total == 974  # the breakdown as stated does not add up to 969
    assert _objects(corpus_store, ev, WSIS.viceChairCount) == {Literal(14, datatype=XSD.integer)}
    assert _objects(corpus_store, ev, WSIS.setUp) == {ID["body/prepcom-1-subcommittee-1"], ID["body/prepcom-1-subcommittee-2"]}
    assert _objects(corpus_store, ev, WSIS.expectedParticipantsMax) == {Literal(1500, datatype=XSD.integer)}
    evs = corpus_store.facts[(ev, WSIS.participantCount, Literal(969, datatype=XSD.integer))]
    assert {e.node_id for e in evs} == {"001/para/6"}


def test_corpus_phases_part_of_summit(corpus_store):
    for key in ("event/wsis-geneva-phase", "event/wsis-tunis-phase"):
        assert _objects(corpus_store, ID[key], WSIS.partOf) == {ID["event/wsis"]}


def test_corpus_what_prepcom1_and_the_2002_plenipotentiary_adopted(corpus_store):
    assert _objects(corpus_store, ID["event/prepcom-1"], WSIS.adoptedText) == {
        Literal("PrepCom会议的议事规则", lang="zh"), Literal("资格认定的安排", lang="zh"),
        Literal("有关峰会原则的文件", lang="zh")}
    assert Literal("国际电联为峰会原则宣言与行动计划提供意见的指导原则", lang="zh") in _objects(
        corpus_store, ID["event/itu-pp-2002"], WSIS.adoptedText)


def test_invitations_sent_to_a_meeting(reference):
    text = "1. 2004年3月5日联合国秘书长向各国政府和联合国成员国发出了参加第二次筹备委员会会议的邀请函。\n"
    store, src = _store(reference, text, "905")
    inv = ID["directive/905-para-1-invitation-to-prepcom-2"]
    assert _objects(store, inv, RDF.type) == {WSIS.Invitation}
    assert _objects(store, inv, WSIS.issuer) == {ID["post/un-secretary-general"]}
    assert _objects(store, inv, WSIS.object) == {ID["event/prepcom-2"]}
    # not the UN: its member states, a group of their own
    assert _objects(store, inv, WSIS.addressee) == {ID["group/governments"], ID["group/un-member-states"]}
    assert _objects(store, inv, WSIS.isoDate) == {Literal("2004-03-05")}
    assert _objects(store, inv, WSIS.action) == {
        Literal("联合国秘书长向各国政府和联合国成员国发出了参加第二次筹备委员会会议的邀请函", lang="zh")}


def test_a_further_addressee_of_the_invitation_just_named(reference):
    text = ("1. 2004年3月联合国秘书长向各国政府发出了参加第二次筹备委员会会议的邀请函。"
            "也向私营部门发出了邀请函。\n"
            "2. 2004年4月国际电联秘书长向各国政府发出了参加第三次筹备委员会会议的邀请。"
            "邀请信同时也发给民间团体和国际组织。\n"
            "3. 秘书处也向私营部门发出了邀请函。\n")
    store, src = _store(reference, text, "906")
    first = ID["directive/906-para-1-invitation-to-prepcom-2"]
    assert _objects(store, first, WSIS.addressee) == {ID["group/governments"], ID["group/private-sector"]}
    second = ID["directive/906-para-2-invitation-to-prepcom-3"]
    assert ID["group/international-organizations"] in _objects(store, second, WSIS.addressee)
    assert ID["group/private-sector"] not in _objects(store, second, WSIS.addressee)
    text2 = "1. 2005年1月世界卫生组织总干事向世界气象组织会员国发出了参加第三次筹备委员会会议的邀请。" \
            "邀请函同时也发给国际电联的部门成员。\n"
    store2, _ = _store(reference, text2, "907")
    inv = ID["directive/907-para-1-invitation-to-prepcom-3"]
    assert _objects(store2, inv, WSIS.addressee) == {ID["group/wmo-member-states"], ID["group/itu-sector-members"]}
    # no invitation named before it in its paragraph: no directive is made up
    assert not [t for t in store.claims() if t[1] == RDF.type and "para-3" in str(t[0])]


def test_corpus_invitations_to_the_prepcoms(corpus_store):
    assert _objects(corpus_store, ID["directive/000-para-11-invitation-to-prepcom-1"], WSIS.isoDate) == {Literal("2002-02")}
    assert _objects(corpus_store, ID["directive/001-para-9-invitation-to-prepcom-2"], WSIS.isoDate) == {
        Literal("2002-10-16")}
    assert _objects(corpus_store, ID["directive/001-para-8-invitation-to-prepcom-2"], WSIS.addressee) == {
        ID["group/un-member-states"], ID["group/itu-member-states"], ID["group/itu-sector-members"]}


# ------------------------------------------------------------------------------------------ identity by phase
def test_a_prepcom_of_the_second_phase_is_not_the_first_phase_prepcom(reference):
    text = ("二、 第二阶段的筹备工作\n1. 筹备委员会第一次会议于2004年6月24日至26日在日内瓦召开，"
            "第三次筹备委员会会议（PrepCom-3）定于2005年9月举行。\n"
            "三、 回顾\n2. 日内瓦阶段的第一次筹备委员会会议于2002年7月1日至5日举行。\n")
    store, _ = _store(reference, text)
    second = ID["event/tunis-phase-prepcom-1"]
    assert _objects(store, second, WSIS.isoDate) == {Literal("2004-06-24/2004-06-26")}
    assert _objects(store, second, WSIS.partOf) == {ID["event/wsis-tunis-phase"]}
    assert _objects(store, second, WSIS.ordinal) == {Literal(1, datatype=XSD.integer)}
    assert _objects(store, ID["event/tunis-phase-prepcom-3"], WSIS.isoDate) == {Literal("2005-09")}
    assert _objects(store, ID["event/tunis-phase-prepcom-3"], WSIS.status) == {Literal("planned")}
    # the first phase's meeting, named in its own phase's context, keeps the reference key
    assert _objects(store, ID["event/prepcom-1"], WSIS.isoDate) == {Literal("2002-07-01/2002-07-05")}
    # a phase that only qualifies the meeting is not itself dated by the sentence
    assert not _objects(store, ID["event/wsis-geneva-phase"], WSIS.isoDate)


def test_a_meeting_named_by_the_clause_it_opens(reference):
    text = ("1. 东南亚宽带政策研讨会于2015年9月2日至4日在万象举行，约一百名代表出席。\n"
            "2. 太平洋区域数字经济论坛定于2016年第二季度在苏瓦举行。\n"
            "3. 南部非洲区域落实审查会议于同年秋季在哈博罗内举行。\n")
    store, _ = _store(reference, text)
    from graph_builder.facts.frames.mint import pinyin_slug

    by_label = {name: ID[f"event/{pinyin_slug(name)}"] for name in ("东南亚宽带政策研讨会", "太平洋区域数字经济论坛",
                                                                    "南部非洲区域落实审查会议")}
    seminar = by_label["东南亚宽带政策研讨会"]
    assert reference.by_key[f"event/{pinyin_slug('东南亚宽带政策研讨会')}"].zh == "东南亚宽带政策研讨会"  # minted
    assert _objects(store, seminar, WSIS.isoDate) == {Literal("2015-09-02/2015-09-04")}
    assert _objects(store, seminar, WSIS.status) == {Literal("held")}
    forum = by_label["太平洋区域数字经济论坛"]
    assert _objects(store, forum, WSIS.isoDate) == {Literal("2016-Q2")}
    assert _objects(store, forum, WSIS.status) == {Literal("planned")}
    assert _objects(store, by_label["南部非洲区域落实审查会议"], WSIS.isoDate) == {Literal("2016-autumn")}


@pytest.mark.parametrize("text", [
    "1. 会议于2015年9月2日在万象举行。",                   # an anaphor, not a name
    "1. 秘书处的年度会议于2015年9月在万象举行。",          # a 的-phrase
    "1. 各国政府于2015年9月在万象举行了磋商。",            # no meeting word
    "1. 东南亚宽带政策研讨会的报告已于2015年9月印发。",    # not held: a report issued
])
def test_no_named_meeting(reference, text):
    store, _ = _store(reference, text + "\n")
    assert not [s for (s, p, o) in store.facts if p == RDF.type and o == WSIS.Meeting]


@pytest.mark.parametrize("text, status", [
    ("5.　决定高层峰会组织委员会第二次会议于2031年第二季度在巴黎举行；\n", "planned"),
    ("3. 委员会商定，高层峰会组织委员会第二次会议于2031年3月在巴黎召开。\n", "planned"),
    ("5.　注意到高层峰会组织委员会第二次会议于2031年3月在巴黎举行；\n", "held"),
    ("6.　期待高层峰会组织委员会第二次会议于2031年3月在巴黎举行，由法国政府主办；\n", "planned"),
])
def test_a_meeting_decided_in_its_own_clause_is_planned(reference, text, status):
    store, _ = _store(reference, text)
    assert _objects(store, ID["event/hlsoc-meeting-2"], WSIS.status) == {Literal(status)}


@pytest.mark.parametrize("text, place", [
    ("1. 高层峰会组织委员会第三次会议于2002年9月2日在厄瓜多尔首都基多举行。\n", "place/quito"),
    ("1. 高层峰会组织委员会第三次会议于2002年9月2日在奥斯特里亚首都维拉诺瓦举行。\n", "place/weilanuowa"),
])
def test_a_meeting_in_a_capital_named_after_its_country_is_in_the_capital(reference, text, place):
    store, src = _store(reference, text)
    assert _objects(store, ID["event/hlsoc-meeting-3"], SCHEMA.location) == {ID[place]}


def test_an_unnumbered_special_meeting_dated_at_the_head_of_its_sentence(reference):
    store, src = _store(reference, "1. 2013年11月，高层峰会组织委员会在内罗毕举行了一次特别会议，讨论筹备工作。\n")
    ev = ID["event/hlsoc-special-meeting-2013-11"]
    assert _objects(store, ev, SCHEMA.location) == {ID["place/nairobi"]}
    assert _objects(store, ev, WSIS.isoDate) == {Literal("2013-11")}


def test_an_edition_of_a_conference_held_every_few_years_is_the_event_of_its_year(reference):
    store, _ = _store(reference, "1. 世界电信发展大会（WTDC-22）于2022年6月6日至16日在基加利举行。\n\n"
                                 "2. 世界电信发展大会通过了新的行动计划。\n")
    ev = ID["event/wtdc-2022"]
    assert _objects(store, ev, WSIS.isoDate) == {Literal("2022-06-06/2022-06-16")}
    assert _objects(store, ev, SCHEMA.location) == {ID["place/kigali"]}
    assert _objects(store, ev, WSIS.sessionOf) == {ID["body/wtdc"]}
    # the conference named without a date is the body, not an edition
    assert len({s for (s, p, o) in store.facts if str(s).startswith(str(ID["event/wtdc"]))}) == 1


def test_a_meeting_named_after_its_cycle_is_dated_by_its_verb_phrase(reference):
    # 2019年度的: the cycle the workshop belongs to, not its date; the date is the one 将于 gives
    store, _ = _store(reference, "1. 2019年度的区域宽带讲习班将于2019年5月6日至8日在达喀尔举行。\n")
    dated = {s: o for (s, p, o) in store.facts if p == WSIS.isoDate}
    assert list(dated.values()) == [Literal("2019-05-06/2019-05-08")], dated


@pytest.mark.parametrize("text,slug,city", [
    ("1. 东非数字论坛第二届会议于2016年8月30日至9月2日在乌干达坎帕拉举行。\n", "kampala", "坎帕拉"),
    ("1. 岛屿电信论坛第四届会议于2013年11月在瓦努阿图维拉港举行，有六十名代表出席。\n", None, "维拉港"),
])
def test_a_city_written_after_its_country_is_where_the_meeting_is(reference, text, slug, city):
    store, src = extract_text(reference, text, EVENT_RULES + ["frames"])
    places = {o for (s, p, o) in store.facts if p == SCHEMA.location}
    assert len(places) == 1, places  # the city, never the country as a second place
    (place,) = places
    from graph_builder.facts.frames.mint import mint_key

    assert place == ID[f"place/{slug}" if slug else mint_key("place", city)]


def test_a_numbered_meeting_of_a_body_named_by_its_head_noun_is_that_body_s_meeting(reference):
    text = ("二. 区域活动\n\n1. 亚太经社会第70/1号决议决定设立“亚洲数字统计伙伴关系”。\n\n"
            "2. 伙伴关系第二次会议于2015年9月下旬在蒙古乌兰巴托举行，约四十名专家与会。\n")
    store, src = extract_text(reference, text, EVENT_RULES + ["frames"])
    series = {o for (s, p, o) in store.facts if p == WSIS.sessionOf}
    assert len(series) == 1 and "huobanguanxi" in str(next(iter(series))), series
    (meeting,) = {s for (s, p, o) in store.facts if p == WSIS.sessionOf}
    assert _objects(store, meeting, WSIS.isoDate) == {Literal("2015-09")}
    assert _objects(store, meeting, SCHEMA.location) == {ID["place/ulaanbaatar"]}
    assert _objects(store, meeting, WSIS.participantCount) == {Literal(40, datatype=XSD.integer)}


def _events(store):
    from graph_builder.rdf.namespaces import WSIS as W

    return {str(s).rsplit("/", 1)[-1] for s, p, o in store.facts if p == W.status}


def test_a_training_and_a_week_of_meetings_are_events_an_agency_named_like_a_meeting_is_not(reference):
    text = ("1. 贸发会议于2018年3月在危地马拉城为中美洲国家举办了电子商务立法培训，共有38名立法人员参加。\n\n"
            "2. 2019年非洲互联网周于2019年6月3日至7日在阿克拉举行，逾八百名代表出席。\n\n"
            "3. 劳工组织于2018年5月在金斯敦举办了数字技能培训班。\n")
    store, _ = _store(reference, text)
    assert _events(store) == {"dianzishangwulifapeixun", "2019nianfeizhouhulianwangzhou", "shuzijinengpeixunban"}


@pytest.mark.parametrize("text", [
    "1. 国际电联于2018年举办了一系列培训。\n",  # a kind of activity, not one event
    "1. 研讨会于2018年5月在金斯敦举行，为期两周。\n",  # a length, not a week of meetings
])
def test_a_series_of_trainings_or_a_length_in_weeks_is_no_event(reference, text):
    store, _ = _store(reference, text)
    assert not {e for e in _events(store) if "peixun" in e or "zhou" in e}

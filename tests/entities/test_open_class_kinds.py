"""Open-class names of the kinds an analyst records besides persons and countries: sessions of a named body,
departments and units, indices with a bracketed qualifier, quoted names of initiatives, reports (and what is
no report of a body). Sentences written for these tests, with sentences that must not give a name."""

from __future__ import annotations

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from tests.entities.helpers_entities import source


def _found(*texts: str):
    ref = load_reference()
    ms = find_all_mentions([source(t, doc_id=f"9{n:02d}") for n, t in enumerate(texts)], ref)
    return ref, ms


def _minted(text: str) -> dict[str, str]:
    ref, ms = _found(text)
    return {m.surface: m.key for m in ms if m.key in ref.minted}


def test_numbered_sessions_of_a_named_body_and_the_ones_after_it():
    ref, ms = _found("秘书长将向联合国大会第六十一届会议和第六十二届会议提交报告。经社理事会的第三届届会审议了议程。")
    keys = {m.surface: m.key for m in ms}
    # the mention is the session's own words; the body keeps its mention
    assert keys["第六十一届会议"] == "event/unga-session-61"
    assert keys["第六十二届会议"] == "event/unga-session-62"
    assert keys["第三届届会"] == "event/ecosoc-session-3"
    assert keys["联合国大会"] == "body/unga"
    s = ref.by_key["event/unga-session-61"]
    assert (s.cls, s.en, s.parent, s.label_source) == (
        "CommitteeMeeting", "United Nations General Assembly, sixty-first session", "body/unga", "derived")
    assert s.zh == "联合国大会第六十一届会议"
    assert ref.by_key["event/unga-session-62"].zh == "联合国大会第六十二届会议"
    assert "经社理事会的第三届届会" in [a.form for a in ref.by_key["event/ecosoc-session-3"].aliases]


def test_a_session_of_a_minted_body_and_no_session_without_a_body():
    ref, ms = _found("东部非洲电信委员会第九届会议通过了预算。第十届会议将在内罗毕举行。")
    keys = {m.surface: m.key for m in ms}
    assert keys["东部非洲电信委员会"].startswith("body/")
    assert keys["第九届会议"] == keys["东部非洲电信委员会"].replace("body/", "event/") + "-session-9"
    assert ref.by_key[keys["第九届会议"]].zh == "东部非洲电信委员会第九届会议"
    assert "第十届会议" not in keys  # whose session: the event rules decide from the context
    assert _minted("会议决定于第三季度召开第二次会议。") == {}


def test_units_continuing_a_list_of_units():
    text = "国际电联职员\n\t全职人员\n\t4\n\t其它\n\t财务部\n\t\n\t人事部\n\t\n\t翻译服务\n\n5. 其他\n\t办公用品\n"
    found = _minted(text)
    assert set(found) == {"财务部", "人事部", "翻译服务"}
    assert found["翻译服务"] == "org/fanyifuwu"


def test_a_lone_short_line_after_one_unit_is_no_unit():
    assert "办公用品" not in _minted("\t财务部\n\t办公用品\n")


def test_unit_right_after_its_organisation():
    ref, ms = _found("国际电联电信发展局负责该项目。联合国经济和社会事务部提供了数据。")
    keys = {m.surface: m.key for m in ms}
    unit = keys["国际电联电信发展局"]
    assert ref.by_key[unit].parent == "org/itu" and ref.by_key[unit].cls == "Organization"
    assert "联合国经济和社会事务部" in keys


def test_no_unit_from_ordinary_words_after_an_organisation():
    found = _minted("国际电联部门成员参加了会议。联合国各部门应加强协调。国际电联处理了这些问题。")
    assert found == {}


def test_acronym_of_a_department_or_portal():
    ref, ms = _found("区域无线电通信局（RRB）和信息社会门户（ISP2）已经启用。")
    keys = {m.surface: m.key for m in ms}
    assert keys["区域无线电通信局"] == "org/rrb"
    assert keys["信息社会门户"] == "document/isp2"


def test_index_with_a_bracketed_qualifier_and_generic_indices():
    found = _minted("各国应编制宽带普及（移动接入）综合指数。该综合指数每年公布。所有指数均应公开。")
    assert list(found) == ["宽带普及（移动接入）综合指数"]
    ref = load_reference()
    find_all_mentions([source("各国应编制宽带普及（移动接入）综合指数。")], ref)
    assert ref.by_key[found["宽带普及（移动接入）综合指数"]].zh == "宽带普及（移动接入）综合指数"  # as written
    assert _minted("我们欢迎综合指数的出台。") == {}


def test_quoted_names_beside_their_class_noun():
    found = _minted("会议推出了举措“数字桥梁”，并介绍了“青年连接”倡议和“电子技能”项目。")
    assert set(found) == {"数字桥梁", "青年连接", "电子技能"}
    assert all(k.startswith("initiative/") for k in found.values())
    # quotes around a concept or a clause name nothing
    assert _minted("建设“信息社会”基础设施，即“人人享有，处处可用”的目标。") == {}


def test_a_report_to_a_body_is_not_its_report():
    ref, ms = _found("秘书长在提交给 2004 年理事会的报告中表示支持。经社理事会的报告已经分发。")
    keys = {m.surface: m.key for m in ms}
    assert "理事会的报告" not in keys
    assert keys["经社理事会的报告"].startswith("document/report-of-")


def test_cities_from_the_cldr_table_with_their_english_names():
    ref, ms = _found("研讨会于2012年5月在基加利举行，下一次会议将在蒙得维的亚召开。代表们从内罗毕出发。")
    keys = {m.surface: m.key for m in ms}
    assert keys["基加利"] == "place/kigali" and keys["蒙得维的亚"] == "place/montevideo"
    c = ref.by_key["place/kigali"]
    assert (c.cls, c.en, c.label_source, c.country) == ("City", "Kigali", "cldr", "place/rwanda")
    assert ref.by_key["place/rwanda"].en == "Rwanda"


def test_listed_cities_keep_their_keys_and_no_city_inside_other_words():
    ref, ms = _found("会议在日内瓦举行。罗马尼亚代表和门多萨先生发言。会议在海得拉巴举行。")
    keys = {m.surface: m.key for m in ms}
    assert keys["日内瓦"] == "place/geneva"
    assert "罗马" not in keys and "门多萨" not in keys
    assert "海得拉巴" not in keys  # not in the table: no English name is made up


def test_the_city_table_pairs_names_the_cldr_gives():
    from graph_builder.entities.cities import load_cities

    table = {c.zh: (c.en, c.territory) for c in load_cities()}
    assert table["内罗毕"] == ("Nairobi", "KE") and table["曼谷"] == ("Bangkok", "TH")
    assert "新加坡" not in table and "马耳他" not in table  # a country's name, not a city's


def test_regional_meetings_named_by_their_region():
    ref, ms = _found("2002年非洲区域筹备会议于5月在巴马科举行。西亚区域会议和拉丁美洲区域性筹备会议也已召开。"
                     "阿拉伯国家区域会议通过了宣言。")
    keys = {m.surface: m.key for m in ms}
    assert keys["2002年非洲区域筹备会议"] == "event/africa-regional-preparatory-meeting-2002"
    assert keys["西亚区域会议"] == "event/western-asia-regional-meeting"
    assert keys["拉丁美洲区域性筹备会议"] == "event/latin-america-regional-preparatory-meeting"
    assert keys["阿拉伯国家区域会议"] == "event/arab-states-regional-meeting"  # a region of the curated list
    assert keys["阿拉伯国家"] == "place/arab-states"
    e = ref.by_key["event/africa-regional-preparatory-meeting-2002"]
    assert (e.cls, e.en, e.label_source) == ("RegionalConference", "Africa Regional Preparatory Meeting (2002)",
                                             "derived")


def test_no_regional_meeting_without_its_words():
    found = _minted("非洲会议和非洲地区的代表出席了会议。欧洲区域合作很重要。")
    assert not any(k.startswith("event/") for k in found.values())


def test_a_city_whose_name_begins_with_a_country_s_name_is_the_city():
    text = "第二次磋商于2016年5月在西班牙港举行，西班牙代表出席。"
    _, ms = _found(text)
    city = text.index("西班牙港")
    assert [m.key for m in ms if m.start == city] == ["place/port-of-spain"]
    assert [m.key for m in ms if m.surface == "西班牙"] == ["place/spain"]  # the country, where it is named

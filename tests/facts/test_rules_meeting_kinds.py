"""Statement kinds in code (graph_builder/facts/rules_decisions.py, rules_vice_chairs.py, rules_regions.py) on
sentences and documents written for these tests: what a resolution decides and the agenda item it was adopted
under, countries holding one vice-chair each, a meeting's world region, how many members a body has
(rules_member_counts.py). Each fact has a verbatim quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.structure import parse_document

RULES = ["decisions.decides", "decisions.agenda-item", "officers.vice-chair-countries", "regions.in-region",
         "membership.counts"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _facts(reference, text: str) -> dict:
    """(subject key, property, object key or literal) -> the quotes that state it."""
    src = SourceText("977", Path("977.zh.txt"), text, "zh", "t", "t", "t", "2020", "")
    doc = parse_document(src)
    store = extract([doc], reference, find_all_mentions([src], reference), only=RULES)
    out = {}
    for (s, p, o), evs in store.facts.items():
        key = (str(s).split("/id/")[-1], str(p).rsplit("#", 1)[-1], str(o).split("/id/")[-1])
        out[key] = [src.text[e.start:e.end] for e in evs]
        assert all(out[key]), key
    return out


RESOLUTION = """联合国大会

第六十八届会议

议程项目 9 (b)

2013年12月20日大会决议

68/977. 数字扫盲促进发展

大会，

回顾其2011年12月22日第66/915号决议，

1. 决定继续审议数字扫盲问题；

2. 还决定于2015年在曼谷召开首届数字扫盲论坛；

3. 决定设立数字扫盲咨询小组，由十二名专家组成；
"""


def test_a_resolution_decides_the_body_it_sets_up_and_the_meeting_it_convenes(reference):
    f = _facts(reference, RESOLUTION)
    decided = {o for (s, p, o) in f if s == "resolution/unga-68-977" and p == "decides"}
    assert decided == {"event/shuzisaomangluntan-1", "body/shuzisaomangzixunxiaozu"}
    assert f[("resolution/unga-68-977", "decides", "body/shuzisaomangzixunxiaozu")] == ["3. 决定设立数字扫盲咨询小组"]


def test_the_agenda_item_of_the_title_block_is_the_acts(reference):
    f = _facts(reference, RESOLUTION)
    assert f[("resolution/unga-68-977", "agendaItem", "9 (b)")] == ["议程项目 9 (b)"]


def test_a_report_paragraph_that_decides_is_no_act_deciding(reference):
    f = _facts(reference, "一、 区域会议\n\n1. 会议决定设立海洋数据专家组。\n\n2. 议程项目5\n")
    assert not [k for k in f if k[1] in ("decides", "agendaItem")]


REPORT = """一、 区域筹备进程

1. 科技促进发展委员会第二十届会议于2017年5月在日内瓦举行，挪威和芬兰各一名当然副主席。

2. 冰岛和丹麦各提名一名副主席候选人。冰岛和丹麦各一名代表出席。

3. 阿拉伯国家也于2019年3月在安曼举行了首届数字包容论坛。阿拉伯国家的代表在安曼举行的首届海洋数据论坛上发言。

4. 首届阿拉伯国家青年论坛在多哈举行。
"""


def test_countries_holding_one_vice_chair_each(reference):
    f = _facts(reference, REPORT)
    vice = {(s, o) for (s, p, o) in f if p == "viceChair"}
    assert vice == {("event/cstd-session-20", "place/norway"), ("event/cstd-session-20", "place/finland")}
    assert f[("event/cstd-session-20", "viceChair", "place/norway")] == ["挪威和芬兰各一名当然副主席"]


M49 = """二、 区域进程

1. 2004年南美洲区域筹备会议于9月在利马举行。东欧地区部长级会议讨论了宽带问题。

2. 东南亚地区也于2006年在河内举行了首届海洋数据论坛。阿拉伯国家区域性筹备会议通过了宣言。

3. 非洲的代表出席了会议。欧洲委员会发表了声明。南亚区域性组织表示支持。非洲会议讨论了宽带问题。
"""


def test_a_regional_meeting_belongs_to_the_m49_region_it_is_named_by(reference):
    f = _facts(reference, M49)
    regions = {(s, o) for (s, p, o) in f if p == "inRegion"}
    assert regions == {("event/south-america-regional-preparatory-meeting-2004", "place/south-america"),
                       ("event/eastern-europe-regional-ministerial-meeting", "place/eastern-europe"),
                       ("event/haiyangshujuluntan-1", "place/southeast-asia"),
                       ("event/arab-states-regional-preparatory-meeting", "place/arab-states")}
    assert f[("event/south-america-regional-preparatory-meeting-2004", "inRegion", "place/south-america")] == \
        ["2004年南美洲区域筹备会议"]
    region = reference.by_key["place/south-america"]  # minted with its CLDR names
    assert (region.cls, region.zh, region.en, region.label_source) == ("Region", "南美洲", "South America", "cldr")
    assert "place/africa" not in reference.minted and "place/southern-asia" not in reference.minted


def test_a_meetings_region_when_the_region_holds_it_or_names_it(reference):
    f = _facts(reference, REPORT)
    regions = {(s, o) for (s, p, o) in f if p == "inRegion"}
    assert regions == {("event/shuzibaorongluntan-1", "place/arab-states"),
                       ("event/alaboguojiaqingnianluntan-1", "place/arab-states")}


def test_member_counts_only_where_the_noun_counts_members(reference):
    f = _facts(reference, "委员会审议了报告。万国邮政联盟现有192个会员国。国际电联理事会由48个成员国组成。"
                          "会议决定设立海洋数据专家组，由十二名专家组成。万国邮政联盟有来自40个国家的代表出席。"
                          "国际电联理事会由三名共同主席主持。万国邮政联盟有40个国家表示支持。\n")
    counts = {(s, o) for (s, p, o) in f if p == "memberCount"}
    assert counts == {("org/upu", "192"), ("body/itu-council", "48"), ("body/haiyangshujuzhuanjiazu", "12")}
    assert f[("body/haiyangshujuzhuanjiazu", "memberCount", "12")] == ["海洋数据专家组，由十二名专家组成"]


def test_a_member_count_keeps_how_the_text_bounds_it(reference):
    f = _facts(reference, "委员会审议了报告。万国邮政联盟现有约190个会员国。国际电联理事会由逾四十名专家组成。"
                          "会议决定设立海洋数据专家组，由不到十名专家组成。世界气象组织有180多个成员。"
                          "国际电信联盟由193个成员国组成。2015年，国际电联理事会共有逾五十名委员，其中三分之一来自非洲。\n")
    counts = {(s, o) for (s, p, o) in f if p == "memberCount"}
    assert counts == {("org/upu", "190"), ("body/itu-council", "40"), ("body/haiyangshujuzhuanjiazu", "10"),
                      ("org/wmo", "180"), ("org/itu", "193"), ("body/itu-council", "50")}
    bounds = {(s, o) for (s, p, o) in f if p == "memberCountQualifier"}
    assert bounds >= {("org/upu", "about"), ("body/itu-council", "more than"),
                      ("body/haiyangshujuzhuanjiazu", "less than"), ("org/wmo", "more than")}
    assert f[("org/upu", "memberCountQualifier", "about")] == ["万国邮政联盟现有约190个会员国"]


def test_a_body_taken_up_by_its_head_word_is_composed_of_member_states_delegates(reference):
    # 设立了X工作组，该工作组由N个会员国的代表组成: the member states are counted; a delegation's count is not
    f = _facts(reference, "委员会审议了报告。会议设立了海洋数据工作组，该工作组由十五个会员国的代表组成。"
                          "会议注意到，该工作组有30个国家的代表出席。\n")
    counts = {(s, o) for (s, p, o) in f if p == "memberCount"}
    assert counts == {("body/haiyangshujugongzuozu", "15")}


def test_a_member_count_frame_keeps_its_bound(reference):
    src = SourceText("977", Path("977.zh.txt"), "委员会审议了报告。世界气象组织的会员总数已达近两百个。"
                     "国际电联理事会的成员总数为四十八个。\n", "zh", "t", "t", "t", "2020", "")
    store = extract([parse_document(src)], reference, find_all_mentions([src], reference), only=["frames"])
    got = {(str(s).split("/id/")[-1], str(p).rsplit("#", 1)[-1], str(o)) for (s, p, o) in store.facts
           if "memberCount" in str(p)}
    assert got == {("org/wmo", "memberCount", "200"), ("org/wmo", "memberCountQualifier", "about"),
                   ("body/itu-council", "memberCount", "48")}


def test_an_ex_officio_vice_chair_country_is_a_vice_chair_of_the_event():
    from rdflib import Graph

    from graph_builder.rdf.namespaces import ID, WSIS
    from graph_builder.rdf.ontology import load_ontology
    from graph_builder.reasoning import infer

    asserted = Graph()
    asserted.add((ID["event/cstd-session-20"], WSIS.exOfficioViceChairFrom, ID["place/norway"]))
    inferred = infer(load_ontology(), asserted)
    assert (ID["event/cstd-session-20"], WSIS.viceChair, ID["place/norway"]) in inferred
    assert (ID["place/norway"], WSIS.viceChairOf, ID["event/cstd-session-20"]) in inferred


GENRE_REGIONS = """一、 区域进程

1. 2004年亚太区域筹备会议于5月在东京举行。拉丁美洲和加勒比区域会议于2005年1月在里约热内卢举行。

2. 阿拉伯区域筹备会议在贝鲁特举行，亚洲及太平洋地区的代表也出席了会议。
"""


def test_regions_of_the_regional_commissions_are_listed_places_without_an_m49_link(reference):
    """亚太/亚洲及太平洋 and 拉丁美洲和加勒比 are the curated regions (not CLDR's M49 亚洲 or 拉丁美洲); 阿拉伯区域
    is the Arab States."""
    f = _facts(reference, GENRE_REGIONS)
    regions = {(s, o) for (s, p, o) in f if p == "inRegion"}
    assert regions == {
        ("event/asia-and-the-pacific-regional-preparatory-meeting-2004", "place/asia-and-the-pacific"),
        ("event/latin-america-and-the-caribbean-regional-meeting", "place/latin-america-and-the-caribbean"),
        ("event/arab-states-regional-preparatory-meeting", "place/arab-states"),
    }
    assert "place/asia" not in reference.minted and "place/latin-america" not in reference.minted
    assert reference.by_key["place/asia-and-the-pacific"].en == "Asia and the Pacific"

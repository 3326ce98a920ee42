"""Bodies a resolution sets up, on new sentences: the short name it defines (``（以下简称“专家组”）``) stands for
the body afterwards; an operative paragraph with sub-items decides it; members listed at any length; who
serves as its secretariat; who manages a fund."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.entities import short_names as S
from graph_builder.facts import RULES, _load_rule_modules
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

_load_rule_modules()

TEXT = """第七十一届会议
议程项目20

71/955.　海洋观测数据共享

大会，

回顾其2015年12月22日第70/221号决议，

1.　决定设立海洋观测数据政府间工作队（下称“工作队”），其任务为：
(a)　汇编各国的观测数据；
(b)　提出共享办法；

2.　又决定工作队由七名成员组成，成员包括智利、挪威、肯尼亚、泰国、斐济、秘鲁和冰岛；

3.　请世界气象组织秘书处担任工作队秘书处；

4.　决定设立海洋观测数据信托基金，由联合国环境规划署管理；

5.　决定工作队第一次会议于2017年第一季度在内罗毕举行；
"""

BODY = ID["body/haiyangguanceshujuzhengfujiangongzuodui"]


@pytest.fixture(scope="module")
def built():
    store, src = extract_text(load_reference(), TEXT, sorted(RULES), "900")
    return store, src


def test_short_name_definitions_and_created_names():
    text = "决定设立宽带统计政府间专家组(以下简称“专家组”)，其职责为：审查进展。专家组每年举行一次会议。"
    (end, def_end, short), = S.definitions(text)
    assert short == "专家组" and text[:end].endswith("专家组")
    start, cls = S.created_name(text, end)
    assert text[start:end] == "宽带统计政府间专家组" and cls == "WorkingGroup"
    assert S.uses(text, short, def_end) == [text.index("专家组每年")]
    assert S.definitions("该组织(以下简称)负责协调。") == []  # no quoted short name
    assert S.created_name("决定设立一个专家组(以下简称“专家组”)", len("决定设立一个专家组")) is None


def test_the_short_name_stands_for_the_body_set_up(built):
    store, _ = built
    assert objects(store, ID["resolution/unga-71-955"], WSIS.decides) >= {BODY}
    assert objects(store, BODY, WSIS.createdBy) == {ID["resolution/unga-71-955"]}
    assert objects(store, ID["event/haiyangguanceshujuzhengfujiangongzuodui-meeting-1"], WSIS.sessionOf) == {BODY}


def test_members_listed_at_any_length(built):
    store, _ = built
    assert {str(o).rsplit("/", 1)[1] for o in objects(store, BODY, WSIS.member)} == {
        "chile", "norway", "kenya", "thailand", "fiji", "peru", "iceland"}


def test_secretariat_and_manager(built):
    store, _ = built
    assert objects(store, BODY, WSIS.supportedBy) == {ID["org/wmo"]}
    fund = ID["body/haiyangguanceshujuxintuojijin"]
    assert objects(store, ID["org/unep"], WSIS.manages) == {fund}


def test_a_composition_that_is_no_list_gives_no_members():
    store, _ = extract_text(load_reference(), "回顾其2015年12月22日第70/221号决议，\n\n1.　又决定工作组成员包括各区域集团的代表和智利。\n",
                            sorted(RULES), "900")
    assert not [t for t in store.facts if t[1] == WSIS.member]


def test_a_listed_country_written_in_its_formal_form_keeps_the_whole_name():
    from pathlib import Path

    from graph_builder.corpus import SourceText
    from graph_builder.entities.linker import find_all_mentions

    text = "会议由瑞士联邦政府主办，在瑞士举行；突尼斯共和国政府和瑞士联邦代表出席。"
    src = SourceText("900", Path("900-t.zh.txt"), text, "zh", "t", "t", "t", "2003", "")
    got = {(m.surface, m.key) for m in find_all_mentions([src], load_reference())}
    assert ("瑞士联邦政府", "org/government-of-switzerland") in got
    assert ("瑞士", "place/switzerland") in got
    assert ("突尼斯共和国政府", "org/government-of-tunisia") in got
    assert ("瑞士联邦", "place/switzerland") in got


@pytest.mark.parametrize("ending", ["2016年12月21日第68次全体会议通过\n", "2016年12月21日\n第68次全体会议\n",
                                    "第68次全体会议\n2016年12月21日\n", "2016年12月21日第68次全体会议\n"])
def test_the_adoption_line_at_the_end_dates_the_resolution(ending):
    from rdflib import Literal
    from rdflib.namespace import XSD

    text = ("联合国\u3000\u3000A/RES/71/955\n大会\n\n第七十一届会议\n议程项目20\n\n[根据第二委员会的报告(A/71/463/Add.3)通过]\n\n"
            "71/955.\u3000海洋观测数据共享\n\n大会，\n\n回顾其2015年12月22日第70/221号决议，\n\n1.\u3000请秘书长提交报告；\n\n" + ending)
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    res = ID["resolution/unga-71-955"]
    assert objects(store, res, WSIS.isoDate) == {Literal("2016-12-21")}
    assert objects(store, res, WSIS.plenaryMeeting) == {Literal(68, datatype=XSD.integer)}
    assert objects(store, res, WSIS.reportSymbol) == {Literal("A/71/463/Add.3")}
    assert objects(store, ID["resolution/unga-70-221"], WSIS.plenaryMeeting) == set()


@pytest.mark.parametrize("dateline", ["", "\u3000\u3000\u3000\u30002018年1月25日\n"])
def test_the_adoption_line_of_an_official_records_layout_dates_the_resolution(dateline):
    # session and agenda item on one line, the committee report line without brackets, full-width numbers; with
    # a distribution date under the masthead the two lines after it are read as titles of empty sections
    from rdflib import Literal
    from rdflib.namespace import XSD

    text = ("联合国\u3000\u3000A/RES/72/977\n大会\u3000\u3000分发：普遍\n" + dateline + "\n大会第七十二届会议\u3000议程项目17\n\n"
            "第二委员会的报告（A/72/421/Add.1）通过\n\n72/977．数字普惠金融\n\n\u3000\u3000大会，\n\n"
            "\u3000\u3000回顾其2016年12月21日第71/212号决议，\n\n１．请秘书长提交报告；\n\n2017年12月20日第74次全体会议\n")
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    res = ID["resolution/unga-72-977"]
    assert objects(store, res, WSIS.isoDate) == {Literal("2017-12-20")}
    assert objects(store, res, WSIS.plenaryMeeting) == {Literal(74, datatype=XSD.integer)}
    assert objects(store, res, WSIS.reportSymbol) == {Literal("A/72/421/Add.1")}
    assert objects(store, res, WSIS.adoptedOnReportOf) == {ID["body/second-committee"]}


def test_an_ecosoc_resolution_by_its_symbol_and_year_numbered_resolutions_it_cites():
    text = ("联合国\u3000\u3000E/RES/2019/88\n经济及社会理事会\n\n2019年届会\n议程项目18(b)\n\n"
            "2019/88.\u3000可持续城市的数据\n\n经济及社会理事会，\n\n回顾理事会2017年7月6日第2017/21号决议，\n\n"
            "1.\u3000请秘书长提交报告；\n\n第37次全体会议\n2019年7月23日\n")
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    res = ID["resolution/ecosoc-2019-88"]
    assert objects(store, res, WSIS.issuedBy) == {ID["body/ecosoc"]}
    assert str(next(iter(objects(store, res, WSIS.isoDate)))) == "2019-07-23"
    assert objects(store, ID["resolution/ecosoc-2017-21"], WSIS.issuedBy) == {ID["body/ecosoc"]}
    assert not objects(store, ID["resolution/unga-2019-88"], WSIS.issuedBy)


@pytest.mark.parametrize("text,quote,qualifier", [
    ("注意到2012年区域论坛在利马举行", "2012年", None),
    ("大会认识到2015年审查的重要性", "2015年", None),
    ("到2020年，所有国家均应接入宽带", "到2020年", "before"),
])
def test_a_verb_ending_in_dao_sets_no_deadline(text, quote, qualifier):
    from graph_builder.entities.recognizers import find_dates
    from graph_builder.normalize import Normalized

    (d,) = find_dates(Normalized.of(text))
    assert (text[d.start:d.end], d.qualifier) == (quote, qualifier)


def test_nth_named_meetings_and_compound_forum_names_and_no_verb_in_a_body_name():
    text = ("大会，\n\n回顾其2011年12月22日第66/184号决议，\n\n"
            "又欢迎第二届南部非洲信息社会部长级会议于2014年9月2日至4日在哈博罗内举行，约二百名代表出席，\n\n"
            "注意到2014年信息社会世界峰会论坛于2014年6月10日至13日在日内瓦举行，\n\n"
            "1.　注意到区域数字委员会第九届会议于2014年5月在利马举行；\n")
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    subjects = {str(s).rsplit("/", 1)[1] for (s, p, o) in store.facts if p == WSIS.isoDate}
    assert "nanbufeizhouxinxishehuibuzhangjihuiyi-2" in subjects
    assert "xinxishehuishijiefenghuiluntan-2014" in subjects
    assert "quyushuziweiyuanhui-session-9" in subjects
    assert not any("zhuyidao" in s for s in subjects)


def test_a_run_of_pledges_to_a_fund_set_up_before():
    from rdflib import Literal

    text = ("大会，\n\n回顾其2011年12月22日第66/184号决议，\n\n1.　决定设立海洋数据自愿信托基金，由联合国环境规划署管理；\n\n"
            "2.　欢迎挪威政府承诺向自愿信托基金捐款200万美元，智利政府捐款30万美元，并邀请其他会员国捐款；\n\n"
            "3.　注意到国际电联向该基金捐款约10万瑞士法郎；\n")
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    fund = ID["body/haiyangshujuziyuanxintuojijin"]
    norway, chile, itu = (ID[f"contribution/900-operative-{k}"] for k in
                          ("2-government-of-norway", "2-government-of-chile", "3-itu"))
    assert objects(store, norway, WSIS.originalAmount) == {Literal(2000000)} or \
        {float(x) for x in objects(store, norway, WSIS.originalAmount)} == {2000000.0}
    assert objects(store, norway, WSIS.status) == {Literal("pledged")}
    assert objects(store, chile, WSIS.status) == {Literal("pledged")}  # the run's pledge carries over
    assert objects(store, itu, WSIS.status) == {Literal("received")}
    assert all(objects(store, c, WSIS.toFund) == {fund} for c in (norway, chile, itu))
    assert objects(store, ID["org/unep"], WSIS.manages) == {fund}


def test_no_pledge_without_an_agent_right_before_the_verb():
    text = "大会，\n\n1.　邀请其他会员国和利益攸关方向该基金捐款，特别是捐款100万美元以上的国家；\n"
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    assert not [t for t in store.facts if t[1] == WSIS.contributor]


def test_a_bare_secretary_general_in_a_un_resolution_is_the_un_one():
    from pathlib import Path

    from graph_builder.corpus import SourceText
    from graph_builder.entities.linker import find_all_mentions

    def keys(text):
        src = SourceText("900", Path("900-t.zh.txt"), text, "zh", "t", "t", "t", "2003", "")
        return [(m.surface, m.key) for m in find_all_mentions([src], load_reference()) if "秘书长" in m.surface]

    resolution = "大会，\n\n1.　请秘书长向大会第七十届会议提交报告，并请执行秘书长和副秘书长协助；\n"
    assert keys(resolution) == [("秘书长", "post/un-secretary-general")]
    assert keys("会议报告\n\n1.　请秘书长提交报告。\n") == []  # not a UN resolution: whose title it is stays open


def test_a_members_table_says_whom_each_person_represents():
    text = ("大会，\n\n回顾其2011年12月22日第66/184号决议，\n\n1.　决定设立海洋数据政府间专家组（以下简称“专家组”）；\n\n"
            "附件\n\n海洋数据政府间专家组成员\n\n| 序号 | 成员国 | 专家 | 任期 |\n|---|---|---|---|\n"
            "| 1 | 智利 | 卡洛斯·罗哈斯（Carlos Rojas） | 2013—2014年 |\n| 2 | 挪威 | 英格丽·汉森（Ingrid Hansen） | 2013—2015年 |\n")
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    body = ID["body/haiyangshujuzhengfujianzhuanjiazu"]
    assert objects(store, ID["person/carlos-rojas"], WSIS.represents) == {ID["place/chile"]}
    assert {str(x) for x in objects(store, ID["person/ingrid-hansen"], WSIS.termOfOffice)} == {"2013/2015"}
    assert objects(store, body, WSIS.member) >= {ID["person/ingrid-hansen"], ID["place/norway"]}


def test_a_table_without_a_person_column_gives_no_representatives():
    text = "附件\n\n成员名单\n\n| 序号 | 成员国 | 加入年份 |\n|---|---|---|\n| 1 | 智利 | 2013年 |\n"
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    assert not [t for t in store.facts if t[1] == WSIS.represents]


def test_a_counted_kind_of_body_is_no_name():
    assert S.created_names("会议成立了两个分委员会；分委员会1负责议事规则。") == []
    assert [n for *_, n in S.created_names("决定设立宽带统计信托基金，由开发计划署管理")] == ["Fund"]

def test_a_member_named_like_a_city_and_its_country_is_the_country():
    text = TEXT.replace("秘鲁和冰岛", "秘鲁和突尼斯")
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    members = {str(o).rsplit("/", 1)[1] for o in objects(store, BODY, WSIS.member)}
    assert "tunisia" in members and "tunis" not in members


def test_a_fund_named_after_a_body_is_one_name_and_no_name_holds_a_verb_of_submitting():
    text = ("大会，\n\n1.　决定设立珊瑚礁监测工作组；\n\n2.　决定设立珊瑚礁监测工作组自愿信托基金，由联合国环境规划署管理；\n\n"
            "3.　请秘书处举行磋商，并将磋商结果提交委员会第二十届会议；\n")
    store, _ = extract_text(load_reference(), text, sorted(RULES), "900")
    fund = ID["body/shanhujiaojiancegongzuozuziyuanxintuojijin"]
    assert objects(store, ID["org/unep"], WSIS.manages) == {fund}
    keys = {str(x) for t in store.facts for x in (t[0], t[2])}
    assert not [k for k in keys if "tijiao" in k]

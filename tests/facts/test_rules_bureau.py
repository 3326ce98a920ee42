"""Officers elected as blocks under a role word (graph_builder/facts/rules_bureau.py): new names, countries and
a body's session written for this test, and a document whose blocks name no session."""

from __future__ import annotations


from rdflib.namespace import RDF

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

REPORT = """科技促进发展委员会
第十八届会议报告

第一章
会议安排

1. 委员会第十八届会议于2015年5月4日至8日在日内瓦举行。

2. 委员会在第1次会议上以鼓掌方式选举下列主席团成员：

主席：
若昂·佩雷拉（João Pereira）阁下（莫桑比克）

副主席：
奥马尔·贾洛（Omar Jallow）先生（冈比亚）
蒙古的巴特·道尔吉（Bat Dorj）大使

副主席兼报告员：
阿玛拉·孔戴（Amara Condé）女士（几内亚）
"""

NO_SESSION = REPORT.replace("第十八届会议报告", "工作方案")


def _facts(text: str):
    return extract_text(load_reference(), text, ["frames", "officers.lists"], "t")[0].facts


def test_the_blocks_give_chair_vice_chairs_and_rapporteur_of_the_reported_session():
    facts = _facts(REPORT)
    session = ID["event/cstd-session-18"]
    assert (session, WSIS.chair, ID["person/joao-pereira"]) in facts
    vice = {o for (s, p, o) in facts if s == session and p == WSIS.viceChair}
    assert vice == {ID["person/omar-jallow"], ID["person/bat-dorj"], ID["person/amara-conde"]}
    post = ID["post/cstd-session-18-rapporteur"]
    assert (ID["person/amara-conde"], WSIS.holds, post) in facts
    assert (post, RDF.type, WSIS.Post) in facts
    assert (ID["person/joao-pereira"], WSIS.electedAt, session) in facts


def test_the_country_in_brackets_or_before_the_name_is_the_nationality():
    facts = _facts(REPORT)
    assert (ID["person/joao-pereira"], WSIS.nationality, ID["place/mozambique"]) in facts
    assert (ID["person/bat-dorj"], WSIS.nationality, ID["place/mongolia"]) in facts


def test_blocks_that_name_no_session_give_no_officer():
    facts = _facts(NO_SESSION)
    assert not [t for t in facts if t[1] in (WSIS.chair, WSIS.viceChair, WSIS.holds)]


COMPACT = """信息和通信技术区域委员会第九届会议报告

一、会议安排
3. 委员会第九届会议于2016年10月3日至5日在阿拉木图举行。委员会第九届会议在第1次会议上选出下列主席团成员：
主席：
努尔兰·别科夫（Nurlan Bekov）先生（哈萨克斯坦）
副主席：
利娅·萨尔基相（Lia Sargsyan）女士（亚美尼亚）
"""


def test_blocks_printed_without_blank_lines_inside_the_introducing_paragraph():
    from graph_builder.entities.reference import load_reference
    from tests.facts.test_rules_actions_helpers import extract_text

    store, _ = extract_text(load_reference(), COMPACT, ["frames", "officers.lists"], "t")
    chairs = {(p, o) for (s, p, o) in store.facts if p in (WSIS.chair, WSIS.viceChair) and "session-9" in str(s)}
    assert {p for p, _ in chairs} == {WSIS.chair, WSIS.viceChair}
    assert len(chairs) == 2


def test_a_role_word_inside_running_prose_is_no_block():
    text = "4. 会议选举产生了主席团。主席：由东道国担任，任期两年。\n其后的会议另行安排。\n"
    assert not {t for t in _facts(text) if t[1] in (WSIS.chair, WSIS.viceChair)}


PROSE = {
    "one verb": "1. 科技促进发展委员会第十九届会议于2016年5月在日内瓦举行。会议选举秘鲁的卡门·韦拉（Carmen Vera）为主席，"
                "厄瓜多尔的路易莎·莫雷诺（Luisa Moreno）为报告员。",
    "brackets": "1. 科技促进发展委员会第十九届会议于2016年5月在日内瓦举行。会议选举卡门·韦拉（Carmen Vera）（秘鲁）为主席、"
                "路易莎·莫雷诺（Luisa Moreno）（厄瓜多尔）为报告员。",
    "passive": "1. 科技促进发展委员会第十九届会议的报告员由厄瓜多尔的路易莎·莫雷诺（Luisa Moreno）担任。",
}


def test_a_rapporteur_named_in_prose_holds_the_post_of_that_session():
    for text in PROSE.values():
        facts = extract_text(load_reference(), text, ["frames"], "t")[0].facts
        post = ID["post/cstd-session-19-rapporteur"]
        person = ID["person/luisa-moreno"]
        assert (person, WSIS.holds, post) in facts, text
        assert (post, RDF.type, WSIS.Post) in facts
        assert (post, WSIS.postOf, ID["body/cstd"]) in facts
        assert (person, WSIS.nationality, ID["place/ecuador"]) in facts
        assert (ID["person/carmen-vera"], WSIS.holds, post) not in facts


SUMMARY_RECORD = """联合国　　　　　　　　　　　　A/C.2/70/SR.19
大会　　　　　　　　　　　　　Distr.: General
第七十届会议　　　　　　　　　2015年11月20日
正式记录　　　　　　　　　　　Chinese
　　　　　　　　　　　　　　　Original: French

第二委员会
第19次会议简要记录
2015年10月27日星期二下午3时在纽约总部举行

主席：　　　卡萨迪先生（意大利）

下午3时05分宣布开会。

1.　主席说，委员会将继续审议议程项目17。
"""

NO_TITLE = """工作安排

主席：　　　卡萨迪先生（意大利）

1.　主席说，委员会将继续审议议程项目17。
"""


def _masthead(text: str):
    return extract_text(load_reference(), text, ["frames", "events.identity", "officers.masthead"], "t")[0].facts


def test_the_chair_line_under_a_summary_records_title_chairs_the_meeting_it_names():
    facts = _masthead(SUMMARY_RECORD)
    chairs = {(s, o) for (s, p, o) in facts if p == WSIS.chair}
    assert chairs == {(ID["event/second-committee-meeting-19"], ID["person/kasadi"])}
    assert (ID["person/kasadi"], WSIS.nationality, ID["place/italy"]) in facts


def test_a_chair_line_under_no_meeting_title_chairs_nothing():
    assert not [f for f in _masthead(NO_TITLE) if f[1] == WSIS.chair]


REPORT_TITLE = """信息和通信技术促进发展

第二委员会的报告

报告员：卡琳·斯文松（Karin Svensson）女士（瑞典）

一、导言

1．委员会审议了该项目。报告员：本段不是标题块。
"""


def test_the_rapporteur_under_a_committee_report_s_title_holds_the_committee_s_post():
    facts = extract_text(load_reference(), REPORT_TITLE, ["officers.report-rapporteur"], "t")[0].facts
    holds = [(s, o) for (s, p, o) in facts if p == WSIS.holds]
    assert holds == [(ID["person/karin-svensson"], ID["post/second-committee-rapporteur"])]
    assert (ID["person/karin-svensson"], WSIS.nationality, ID["place/sweden"]) in facts
    # without a heading naming the body whose report it is, no post is invented
    bare = REPORT_TITLE.replace("第二委员会的报告", "报告")
    assert not [f for f in extract_text(load_reference(), bare, ["officers.report-rapporteur"], "t")[0].facts
                if f[1] == WSIS.holds]

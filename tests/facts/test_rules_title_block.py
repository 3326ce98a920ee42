"""The meeting a title block names and dates (graph_builder/facts/rules_title_block.py): bodies, sessions, cities
and dates written for this test, in three layouts of the date line, and lines that are not a date line."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

AGENDA = """信息社会问题区域委员会
第七届会议
{line}
临时议程项目1

临时议程和说明

1. 委员会在第六届会议闭幕后立即举行的第七届会议第1次会议上选出了下列主席团成员：
主席：阿卜杜拉耶·西塞（Abdoulaye Cissé）先生（马里）
副主席：玛丽亚·罗哈斯（María Rojas）女士（巴拉圭）
副主席兼报告员：林恩·卡托（Lynn Kato）女士（瓦努阿图）

2. 委员会将在本届会议开幕时审议其工作安排。
"""

MASTHEAD = """联合国                                          E/ESCAP/ICT(2)/1
经济及社会理事会                                Distr.: General
宽带政策问题区域委员会
第二届会议
阿拉木图，2021年9月6日至8日
临时议程项目2

1. 会议开幕。
"""

SESSION = ID["event/xinxishehuiwentiquyuweiyuanhui-session-7"]


def _store(text: str, rules=("events.title_block",)):
    return extract_text(load_reference(), text, list(rules), "t")[0]


@pytest.mark.parametrize("line", ["2019年10月14日至16日，达喀尔", "达喀尔，2019年10月14日至16日", "（2019年10月14日至16日，达喀尔）"])
def test_the_line_after_the_session_gives_its_dates_and_city(line):
    store = _store(AGENDA.format(line=line))
    assert objects(store, SESSION, WSIS.isoDate) == {__import__("rdflib").Literal("2019-10-14/2019-10-16")}
    assert objects(store, SESSION, SCHEMA.location) == {ID["place/dakar"]}


def test_a_body_and_session_printed_in_a_masthead_table_and_the_city_first():
    store = _store(MASTHEAD)
    session = ID["event/kuandaizhengcewentiquyuweiyuanhui-session-2"]
    assert objects(store, session, SCHEMA.location) == {ID["place/almaty"]}
    assert {str(o) for o in objects(store, session, WSIS.isoDate)} == {"2021-09-06/2021-09-08"}


@pytest.mark.parametrize("line", ["2019年10月14日至16日，达喀尔的代表团提交了报告", "2019年10月14日", "临时议程项目1"])
def test_a_line_with_more_than_a_date_and_a_city_dates_nothing(line):
    store = _store(AGENDA.format(line=line))
    assert not objects(store, SESSION, SCHEMA.location) and not objects(store, SESSION, WSIS.isoDate)


def test_the_bureau_listed_one_officer_a_line_is_the_dated_sessions():
    store = _store(AGENDA.format(line="2019年10月14日至16日，达喀尔"),
                   ("frames", "events.title_block", "officers.lists"))
    assert objects(store, SESSION, WSIS.chair) == {ID["person/abdoulaye-cisse"]}
    assert objects(store, SESSION, WSIS.viceChair) == {ID["person/maria-rojas"], ID["person/lynn-kato"]}
    assert objects(store, ID["person/lynn-kato"], WSIS.holds) == {
        ID["post/xinxishehuiwentiquyuweiyuanhui-session-7-rapporteur"]}
    assert objects(store, ID["person/maria-rojas"], WSIS.nationality) == {ID["place/paraguay"]}


def test_officer_lines_no_election_introduces_are_no_bureau():
    text = AGENDA.format(line="2019年10月14日至16日，达喀尔").replace("选出了下列主席团成员", "审议了以下问题")
    store = _store(text, ("frames", "events.title_block", "officers.lists"))
    assert not objects(store, SESSION, WSIS.chair) and not objects(store, SESSION, WSIS.viceChair)

"""A chronology printed as date-led lines (DATE：…, DATE — …) dates the events its lines name without a date of their
own, and a body's 首次会议 is its first meeting: graph_builder/facts/rules_events.py and rules_events_anchors.py.
New sentences, not a fixture's."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

_HEAD = "一、导言 Introduction\n\n1. 太平洋数字连通委员会（以下简称“委员会”）由ITU和UNESCO于2011年6月1日在苏瓦共同设立。\n\n二、大事记 Chronology\n\n"


def _values(text: str, p) -> dict:
    store, _ = extract_text(load_reference(), _HEAD + text, None, "t")
    return {str(s).rsplit("/", 1)[1]: str(o).rsplit("/", 1)[-1] for (s, p2, o) in store.facts if p2 == p}


def test_each_line_s_date_dates_the_meeting_it_names():
    dates = _values("2013年4月9日：委员会在斐济苏瓦举行第7次会议，约60名代表出席。\n"
                    "2013年6月20日 — 委员会在萨摩亚阿皮亚举行第8次会议。\n"
                    "2014年第一季度：委员会在汤加努库阿洛法举行第9次会议。\n", WSIS.isoDate)
    assert dates["taipingyangshuziliantongweiyuanhui-meeting-7"] == "2013-04-09"
    assert dates["taipingyangshuziliantongweiyuanhui-meeting-8"] == "2013-06-20"
    assert dates["taipingyangshuziliantongweiyuanhui-meeting-9"] == "2014-Q1"


def test_a_working_group_s_first_meeting_on_a_line():
    facts = "2013年11月：岛屿宽带工作组在萨摩亚阿皮亚举行首次会议。\n"
    assert _values(facts, WSIS.isoDate)["daoyukuandaigongzuozu-meeting-1"] == "2013-11"
    assert _values(facts, SCHEMA.location)["daoyukuandaigongzuozu-meeting-1"] == "apia"


def test_a_planned_meeting_or_a_later_sentence_does_not_take_the_line_s_date():
    dates = _values("2013年9月：委员会决定第10次会议将在斐济苏瓦举行。\n"
                    "2013年10月2日：委员会发布年度报告。委员会随后在萨摩亚阿皮亚举行第11次会议。\n"
                    "委员会在汤加努库阿洛法举行第12次会议，2014年3月：发布报告。\n", WSIS.isoDate)
    assert "taipingyangshuziliantongweiyuanhui-meeting-10" not in dates
    assert "taipingyangshuziliantongweiyuanhui-meeting-11" not in dates
    assert "taipingyangshuziliantongweiyuanhui-meeting-12" not in dates


def test_a_dated_meeting_is_held_in_the_city_after_its_country():
    places = _values("3. 2013年7月下旬，委员会在卢旺达基加利举行特别会议。\n4. 2014年5月，委员会在斐济苏瓦举行特别会议。\n"
                     "5. 2015年3月，委员会在厄瓜多尔首都基多举行特别会议。\n6. 2015年9月，委员会在斐济举行特别会议。\n",
                     SCHEMA.location)
    assert places["taipingyangshuziliantongweiyuanhui-special-meeting-2013-07"] == "kigali"
    assert places["taipingyangshuziliantongweiyuanhui-special-meeting-2014-05"] == "suva"
    assert places["taipingyangshuziliantongweiyuanhui-special-meeting-2015-03"] == "quito"
    assert places["taipingyangshuziliantongweiyuanhui-special-meeting-2015-09"] == "fiji"  # a country alone


def test_a_first_meeting_on_a_quarter_line_with_a_clause_after_it():
    facts = "2014年第二季度：海洋数据工作组在萨摩亚阿皮亚举行首次会议，并通过其工作计划。\n"
    assert _values(facts, WSIS.isoDate)["haiyangshujugongzuozu-meeting-1"] == "2014-Q2"
    assert _values(facts, SCHEMA.location)["haiyangshujugongzuozu-meeting-1"] == "apia"


def test_a_first_meeting_only_planned_on_a_line_takes_no_date():
    dates = _values("2014年第三季度：海洋数据工作组决定首次会议将在苏瓦举行。\n", WSIS.isoDate)
    assert "haiyangshujugongzuozu-meeting-1" not in dates

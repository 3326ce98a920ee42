"""A city opening the name of a venue; a bare 秘书处 asked by a body named by its head noun and the session it asks at (委员会第三届会议请秘书处…): the
secretariat of the one body with that head noun the text named before (graph_builder/entities/open_class.py).
New sentences, not a fixture's."""

from __future__ import annotations

from pathlib import Path

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference


def _keys(text: str) -> dict:
    src = SourceText("t", Path("t.txt"), text, "zh", "T", "T", "T", "2016", "")
    return {m.surface: m.key for m in find_all_mentions([src], load_reference())}


NAMED = "1. 南亚电信监管委员会第三届会议于2015年5月在加德满都举行。\n\n"


def test_the_session_of_the_named_committee_asks_its_secretariat():
    keys = _keys(NAMED + "2. 委员会第三届会议请秘书处于2016年3月31日之前编写区域频谱协调评估报告。\n")
    assert keys.get("秘书处") == "body/nanyadianxinjianguanweiyuanhui-secretariat"
    keys = _keys(NAMED + "2. 委员会请秘书处于2016年3月31日之前编写报告。\n")
    assert keys.get("秘书处") == "body/nanyadianxinjianguanweiyuanhui-secretariat"


def test_no_secretariat_when_two_committees_were_named_or_none():
    two = NAMED + "2. 东南亚数字经济委员会第一届会议于2015年6月在万象举行。\n\n"
    assert "秘书处" not in _keys(two + "3. 委员会第二届会议请秘书处编写报告。\n")  # neither's second session
    assert "秘书处" not in _keys("1. 委员会第三届会议请秘书处编写报告。\n")
    assert "秘书处" not in _keys(NAMED + "2. 成员国可向秘书处申请秘书处的技术援助。\n")


def test_of_two_committees_the_one_whose_session_was_named_asks():
    two = ("1. 南亚区域合作委员会于2014年设立。南亚电信监管委员会第三届会议于2015年5月在加德满都举行。\n\n"
           "2. 委员会第三届会议请秘书处编写区域漫游报告。\n")
    assert _keys(two).get("秘书处") == "body/nanyadianxinjianguanweiyuanhui-secretariat"


def test_a_city_opening_a_venue_s_name_is_a_city_mention_too():
    keys = _keys("1. 湄公河数字论坛于2016年5月在仰光国际会议中心举行。\n")
    assert keys.get("仰光") == "place/yangon"
    assert "仰光国际会议中心" in keys  # the venue stays a name of its own


def test_no_city_from_a_word_that_only_begins_like_one():
    keys = _keys("1. 会议感谢万象更新基金会的支持。\n")
    assert keys.get("万象") != "place/vientiane"

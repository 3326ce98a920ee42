"""A body the lists lack, written later by the end of its name (监管局 after X电信监管局): a mention of that
body when it is the only body named before whose name ends so (sentences written for this test)."""

from __future__ import annotations

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from tests.entities.helpers_entities import source


def _mentions(text: str) -> list[tuple[str, str]]:
    ms = find_all_mentions([source(text, doc_id="991")], load_reference())
    return [(text[m.start : m.end], m.key) for m in ms if m.key.split("/", 1)[0] in ("org", "body")]


def test_the_end_of_an_earlier_name_stands_for_that_body():
    text = ("1. 乌拉圭邮电监管局负责频谱分配。\n\n"
            "2. 会议请监管局于2021年6月30日前提交年度报告，并请该局公布招标结果。")
    got = _mentions(text)
    full = [k for s, k in got if s == "乌拉圭邮电监管局"]
    assert full
    assert ("监管局", full[0]) in got
    assert ("局", full[0]) in got  # 该局: the one body named before whose name ends with 局


def test_two_earlier_names_with_that_end_leave_the_short_form_unread():
    text = ("1. 乌拉圭邮电监管局和巴拉圭能源监管局签署了合作备忘录。\n\n"
            "2. 会议请监管局于2021年6月30日前提交年度报告。")
    assert not [s for s, _ in _mentions(text) if s == "监管局"]


def test_a_short_form_before_the_name_or_a_bare_head_word_is_not_read():
    text = "1. 会议请监管局提交报告。\n\n2. 乌拉圭邮电监管局负责频谱分配。"
    assert not [s for s, _ in _mentions(text) if s == "监管局"]

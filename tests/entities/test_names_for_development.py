"""Bare names whose words hold 促进发展 ('for development') and a region joined by 及 (亚洲及太平洋…培训中心):
graph_builder/entities/named_forms.py. New names written for this test."""

from __future__ import annotations

import pytest

from graph_builder.entities.named_forms import bare_names
from graph_builder.normalize import normalize


def _names(text: str) -> list[str]:
    t = normalize(text)
    return [t[h.start:h.end] for h in bare_names(t)]


@pytest.mark.parametrize("text,name", [
    ("牵头机构为非洲及中东信息和通信技术促进发展培训中心。", "非洲及中东信息和通信技术促进发展培训中心"),
    ("会议感谢拉丁美洲数字技术促进可持续发展研究中心的支持。", "拉丁美洲数字技术促进可持续发展研究中心"),
])
def test_a_name_for_development(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "会议请各国促进发展中心的工作。",  # a verb phrase: 促进 the centres' work
    "各国应及早设立培训中心。",  # 及早: no name
])
def test_no_name_from_a_verb_phrase(text):
    assert not [n for n in _names(text) if "促进" in n or n.startswith("及")]


def test_a_meeting_word_opens_no_name():
    # 向第五届会议|报告工作组的进展: 报告 is the verb, 会议 ends the meeting named before it
    assert not [n for n in _names("请秘书处向理事会第五届会议报告工作组的进展情况。") if n.startswith("会议")]

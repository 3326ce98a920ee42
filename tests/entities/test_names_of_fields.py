"""Bare names whose field word jieba tags as an adjective (移动健康工作组) or that join two fields by 与
(海洋与气候工作组): graph_builder/entities/named_forms.py. New names written for this test."""

from __future__ import annotations

import pytest

from graph_builder.entities.named_forms import bare_names
from graph_builder.normalize import normalize


def _names(text: str) -> list[str]:
    t = normalize(text)
    return [t[h.start:h.end] for h in bare_names(t)]


@pytest.mark.parametrize("text,name", [
    ("2018年，移动健康工作组在基多举行首次会议。", "移动健康工作组"),
    ("会上，电子健康工作组提交了报告。", "电子健康工作组"),
    ("海洋与气候工作组由秘鲁代表主持。", "海洋与气候工作组"),
])
def test_a_name_with_a_field_word(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "重要工作组在基多举行会议。",  # an adjective alone names nothing
    "委员会与工作组密切合作。",  # 与 joins two bodies, it opens no name
])
def test_no_name_from_an_adjective_or_a_conjunction(text):
    assert not [n for n in _names(text) if n.startswith(("重要", "与")) or "委员会与" in n]

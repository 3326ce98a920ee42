"""Headings printed in both languages give a Chinese and an English title: graph_builder/rdf/structure_rdf.py.
New headings, not a fixture's."""

from __future__ import annotations

import pytest

from graph_builder.rdf.structure_rdf import bilingual_title


@pytest.mark.parametrize("title, zh, en", [
    ("导言 Introduction", "导言", "Introduction"),
    ("主要成果 Key outcomes", "主要成果", "Key outcomes"),
    ("财务状况（摘要） Financial situation (summary)", "财务状况（摘要）", "Financial situation (summary)"),
    ("今后的工作 Future work", "今后的工作", "Future work"),
])
def test_a_heading_in_both_languages(title, zh, en):
    assert bilingual_title(title) == (zh, en)


@pytest.mark.parametrize("title", ["导言", "关于信息社会 WSIS", "ITU 与 UNESCO", "Introduction", "2015年 IGF"])
def test_a_heading_in_one_language_or_with_an_acronym_only(title):
    assert bilingual_title(title) == (title, None)


@pytest.mark.parametrize("title", ["大 会                       Distr.: General", "经济及社会理事会        Distr.: Limited"])
def test_a_masthead_line_of_two_columns_is_no_translation(title):
    assert bilingual_title(title) == (title, None)

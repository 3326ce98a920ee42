"""English labels of the paragraphs of resolution blocks (graph_builder.rdf.node_labels): the block's official
opening words, on locators of new documents; other sections keep their locator."""

from __future__ import annotations

import pytest

from graph_builder.rdf.node_labels import _block_en


@pytest.mark.parametrize("locator, english", [
    ("t30 section '做出决议', para 3", "t30 resolves 3"),
    ("t30 section '进一步做出决议', para 1", "t30 further resolves 1"),
    ("t30 section '认识到' c)", "t30 recognizing c)"),
    ("t30 section '责成秘书长', para 4", "t30 instructs the Secretary-General 4"),
    ("t30 section '责成无线电通信局主任', para 1", "t30 instructs the Director of the Radiocommunication Bureau 1"),
    ("t30 section '请成员国和部门成员', para 1 ii)", "t30 invites Member States and Sector Members 1 ii)"),
    ("t30 section '鼓励成员国', para 2", "t30 encourages Member States 2"),
])
def test_a_block_paragraph_is_named_by_the_block_s_english_words(locator, english):
    assert _block_en(locator) == english


@pytest.mark.parametrize("locator", [
    "t30 section '主要结论', paragraph 2",  # a report's section: no block
    "t30 section '请区域委员会', para 1",  # an addressee no official form is listed for: kept as printed
    "t30 para 5",
    "t30 section 第三章",
])
def test_other_locators_stay(locator):
    assert _block_en(locator) == locator

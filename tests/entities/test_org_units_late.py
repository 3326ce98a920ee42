"""A unit written right after its organisation (国际电联电信发展局, WMO发展和区域活动办公室) is found also late in a text whose
earlier names the open-class recogniser found itself (a body given a short name): graph_builder/entities/open_class.py.
New sentences written for this test."""

from __future__ import annotations

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from tests.entities.helpers_entities import source


def _surfaces(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_all_mentions([source(text, doc_id="990")], load_reference())]


def test_a_unit_after_an_acronym_after_a_short_name():
    text = "1. 山区连通委员会（以下简称“委员会”）由UNESCO于2012年设立。WMO发展和区域活动办公室为委员会提供秘书处服务。"
    assert "WMO发展和区域活动办公室" in _surfaces(text)


def test_no_unit_from_a_verb_after_the_acronym():
    text = "1. 山区连通委员会（以下简称“委员会”）由UNESCO于2012年设立。WMO认为委员会的工作有效。"
    assert not [s for s in _surfaces(text) if s.startswith("WMO") and s != "WMO"]

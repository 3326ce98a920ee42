"""An act's adoption date in brackets right after its number, as UN texts cite acts (第70/125号决议（2015年12月16日）):
graph_builder/facts/rules_org_acts.py ``org.act.date``. New sentences, not a fixture's."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text


def _dates(text: str) -> dict:
    store, _ = extract_text(load_reference(), text, None, "t")
    return {str(s).rsplit("/", 1)[1]: str(o) for (s, p, o) in store.facts if p == WSIS.isoDate and "/resolution/" in str(s)}


def test_a_date_in_brackets_after_the_number_is_the_adoption_date():
    got = _dates("1. 经社理事会第2019/24号决议（2019年7月23日）和大会第73/218号决议（2018年12月20日）请秘书长报告。\n")
    assert got == {"ecosoc-2019-24": "2019-07-23", "unga-73-218": "2018-12-20"}


def test_brackets_with_other_words_give_no_date():
    assert _dates("1. 大会第73/218号决议（见2018年12月的报告）请秘书长报告。\n") == {}

"""Letters told of in a report's prose (graph_builder/facts/rules_letters_prose.py): new sentences of the
forms, several addressees, a sender by bare title, and sentences that must yield no letter."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

RULES = ["org.body.chair", "letters.prose"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _letters(store) -> set:
    return {s for (s, p, o) in store.facts if p == RDF.type and o == WSIS.Letter}


def test_a_letter_sent_on_a_day_by_a_post_to_two_addressees(reference):
    store, _ = extract_text(reference, "1. 国际电联秘书长于2016年4月5日向各国政府和政府间组织发出了一封关于筹资的信。\n", RULES)
    (letter,) = _letters(store)
    assert letter == ID["document/letter-2016-04-05-itu-secretary-general"]
    assert objects(store, letter, WSIS.sender) == {ID["post/itu-secretary-general"]}
    assert objects(store, letter, WSIS.addressedTo) == {ID["group/governments"], ID["group/intergovernmental-organizations"]}
    assert objects(store, letter, WSIS.date) == {Literal("2016-04-05", datatype=XSD.date)}


def test_a_passive_letter_keeps_every_named_addressee(reference):
    store, _ = extract_text(reference, "2. 寻求捐款的信函已由国际电联秘书长发给各国政府、私营部门和政府间组织。\n", RULES)
    (letter,) = _letters(store)
    assert objects(store, letter, WSIS.sender) == {ID["post/itu-secretary-general"]}
    assert objects(store, letter, WSIS.addressedTo) == {
        ID["group/governments"], ID["group/private-sector"], ID["group/intergovernmental-organizations"]}
    assert not objects(store, letter, WSIS.date)


def test_other_entities_closing_the_addressees_are_one_of_them(reference):
    store, _ = extract_text(reference, "2. 征求意见的函件已由国际电联秘书长发给理事会会员国、政府间组织及其他相关实体。"
                                       "其他实体的意见不在此列。\n", RULES)
    (letter,) = _letters(store)
    assert objects(store, letter, WSIS.addressedTo) == {
        ID["group/itu-council-member-states"], ID["group/intergovernmental-organizations"], ID["group/other-entities"]}


def test_a_dated_letter_without_sender_is_addressed_by_the_clause_that_asks(reference):
    text = "3. 工作组的工作由2015年3月4日的函件开始，该函件请理事会会员国就两个问题发表意见。\n"
    store, _ = extract_text(reference, text, RULES)
    (letter,) = _letters(store)
    assert letter == ID["document/letter-2015-03-04-900"]
    assert objects(store, letter, WSIS.addressedTo) == {ID["group/itu-council-member-states"]}
    assert not objects(store, letter, WSIS.sender)


def test_a_bare_chair_sends_as_the_chair_of_the_section_body(reference):
    text = "一、高层峰会组织委员会\n\n1. 国际电联秘书长担任高层峰会组织委员会主席。主席于2015年6月2日向各国政府发出了第二封信函。\n"
    store, _ = extract_text(reference, text, RULES)
    (letter,) = _letters(store)
    assert objects(store, letter, WSIS.sender) == {ID["post/itu-secretary-general"]}
    assert objects(store, letter, WSIS.addressedTo) == {ID["group/governments"]}


@pytest.mark.parametrize("text", [
    "1. 国际电联秘书长向各国政府发出了参加第一次筹备委员会的邀请函。\n",  # an invitation: the event rules read it
    "1. 秘书长的信息对各国政府很重要。\n",
    "1. 我们相信各国政府会支持这项工作。\n",
    "1. 主席于2015年6月2日向各国政府介绍了工作进展。\n",
])
def test_no_letter_where_none_is_sent(reference, text):
    store, _ = extract_text(reference, text, RULES)
    assert not _letters(store)


@pytest.mark.parametrize("text", [
    "5. 经济及社会理事会的工作以2016年1月8日的信函为开端。\n",
    "6. 经济及社会理事会工作由2016年1月8日的函件启动，该函件请各国政府提供资料。\n",
])
def test_a_letter_that_opened_a_bodys_work(reference, text):
    store, _ = extract_text(reference, text, RULES)
    (letter,) = _letters(store)
    assert objects(store, letter, WSIS.startedWorkOf) == {ID["body/ecosoc"]}


@pytest.mark.parametrize("text", [
    "7. 经济及社会理事会审议了2016年1月8日的信函。\n",
    "8. 经济及社会理事会的工作由2016年1月8日的信函说明。\n",
])
def test_no_work_started_by_a_letter_merely_named(reference, text):
    store, _ = extract_text(reference, text, RULES)
    assert not {s for (s, p, o) in store.facts if p == WSIS.startedWorkOf}

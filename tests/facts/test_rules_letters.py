"""Letters named by date, sender and addressee, their signatures, enclosures and the letters they cite
(graph_builder/facts/rules_letters.py). The texts are written for this test, in several UN layouts."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

RULES = ["letters.title"]

NOTE = """秘书长的说明

秘书长谨转递2011年9月12日智利常驻联合国代表致秘书长的信（见附件）。

附件

2011年9月12日智利常驻联合国代表致秘书长的信

谨随函转递在圣地亚哥举行的区域电子政务对话会的主席总结（见附文）。

谨请将本信及其附文作为大会文件分发为荷。

大使
常驻代表
（签名）佩德罗·罗哈斯（Pedro Rojas）

2011年9月12日智利常驻联合国代表致秘书长的信的附文

区域电子政务对话会主席总结

对话会审议了电子政务问题。
"""

REPLY = """附件

2011年10月3日国际电信联盟秘书长给联合国秘书长的信

谨提及2011年9月12日智利常驻联合国代表给您的信，并告知国际电联将参加下一次对话会。

（签名）阿尔贝托·门德斯（Alberto Méndez）
"""

MISSION = """2012年2月7日斐济和萨摩亚常驻联合国代表给大会主席和秘书长的同文信

2012年1月30日肯尼亚常驻联合国代表团给秘书长的普通照会
"""


@pytest.fixture(scope="module")
def reference():
    return load_reference()


CHILE = ID["document/letter-2011-09-12-permanent-representative-of-chile-to-the-united-nations"]
CHILE_PR = ID["post/permanent-representative-of-chile-to-the-united-nations"]


def test_a_transmitted_letter_is_one_letter_with_date_sender_addressee_signature_and_enclosure(reference):
    store, src = extract_text(reference, NOTE, RULES, doc_id="971")
    assert objects(store, CHILE, WSIS.sender) == {CHILE_PR}
    assert objects(store, CHILE, WSIS.addressedTo) == {ID["post/un-secretary-general"]}
    assert objects(store, CHILE, WSIS.date) == {Literal("2011-09-12", datatype=XSD.date)}
    assert reference.by_key["post/permanent-representative-of-chile-to-the-united-nations"].en == \
        "Permanent Representative of Chile to the United Nations"
    assert reference.by_key[str(CHILE).removeprefix(str(ID))].en == ("Letter dated 12 September 2011 from the "
        "Permanent Representative of Chile to the United Nations addressed to the Secretary-General")
    # the note, the title and the enclosure's heading all name it: three places, one letter
    assert len(store.facts[(CHILE, WSIS.sender, CHILE_PR)]) == 3
    rojas = ID["person/pedro-rojas"]
    assert objects(store, rojas, WSIS.signed) == {CHILE}
    assert objects(store, rojas, WSIS.signedAs) == {CHILE_PR}
    assert len(objects(store, CHILE, WSIS.enclosure)) == 1
    assert objects(store, CHILE, WSIS.transmittedBy) == {ID["post/un-secretary-general"]}


def test_a_letter_only_cited_is_transmitted_by_nobody(reference):
    store, _ = extract_text(reference, REPLY, RULES, doc_id="975")
    assert not [s for (s, p, o) in store.facts if p == WSIS.transmittedBy]


def test_a_reply_cites_the_earlier_letter_addressed_to_its_own_addressee(reference):
    store, _ = extract_text(reference, REPLY, RULES, doc_id="972")
    itu = ID["document/letter-2011-10-03-itu-secretary-general"]
    assert objects(store, itu, WSIS.sender) == {ID["post/itu-secretary-general"]}
    assert objects(store, itu, WSIS.addressedTo) == {ID["post/un-secretary-general"]}
    assert objects(store, itu, DCTERMS.references) == {CHILE}
    assert objects(store, CHILE, WSIS.addressedTo) == {ID["post/un-secretary-general"]}
    assert objects(store, ID["person/alberto-mendez"], WSIS.signed) == {itu}


def test_identical_letters_of_two_senders_and_a_note_verbale_of_a_mission(reference):
    store, _ = extract_text(reference, MISSION, RULES, doc_id="973")
    notes = [s for (s, p, o) in store.facts if p == WSIS.sender and o == ID["org/permanent-mission-of-kenya"]]
    assert len(notes) == 1
    assert objects(store, notes[0], WSIS.addressedTo) == {ID["post/un-secretary-general"]}
    identical = [s for (s, p, o) in store.facts if p == WSIS.addressedTo and "2012-02-07" in str(s)]
    assert identical and len(objects(store, identical[0], WSIS.addressedTo)) == 2


def test_a_charge_d_affaires_writes_and_signs_as_such(reference):
    text = ("2013年5月2日秘鲁常驻联合国代表团临时代办给秘书长的信\n\n谨随函转递利马宣言。\n\n临时代办\n"
            "（签名）安娜·托雷斯（Ana Torres）\n")
    store, _ = extract_text(reference, text, RULES, doc_id="976")
    cda = ID["post/charge-d-affaires-of-the-permanent-mission-of-peru"]
    letters = [s for (s, p, o) in store.facts if p == WSIS.sender and o == cda]
    assert len(letters) == 1
    assert objects(store, ID["person/ana-torres"], WSIS.signedAs) == {cda}


@pytest.mark.parametrize("text", [
    "秘书长在2011年9月12日的信中回顾了上述决定。",          # no sender and no addressee named
    "2011年9月12日，智利政府致函秘书长，表示支持。",           # a letter told as an action, not named
    "会议收到了2011年9月12日智利提交的信息。",
])
def test_no_letter_without_its_name(reference, text):
    store, _ = extract_text(reference, text + "\n", RULES, doc_id="974")
    assert not [s for (s, p, o) in store.facts if p == WSIS.sender]

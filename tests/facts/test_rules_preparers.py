"""Who prepared a report or note (graph_builder/facts/rules_preparers.py), on new sentences in each variant."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS, entity_iri, slugify
from tests.facts.test_rules_actions_helpers import extract_text, objects

RULES = ["citations.un-documents", "citations.preparers"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _doc(symbol: str):
    return entity_iri("document", f"un-{slugify(symbol)}")


@pytest.mark.parametrize("sentence,symbol", [
    ("1. 理事会将审议秘书长关于电子政务的报告（A/75/301）。该报告由国际电联编写，汇集了各区域的经验。\n", "A/75/301"),
    ("1. 执行主任关于开放数据的报告（E/CN.16/2020/2）系由教科文组织根据会员国的答复编写。\n", "E/CN.16/2020/2"),
    ("1. 会议收到了国际电联编写的说明（E/2019/66），其中概述了宽带进展。\n", "E/2019/66"),
    ("1. 委员会面前有由教科文组织编写的报告（A/74/88），供其审议。\n", "A/74/88"),
])
def test_the_preparer_of_a_report_or_note(reference, sentence, symbol):
    store, _ = extract_text(reference, sentence, RULES, doc_id="981")
    who = objects(store, _doc(symbol), WSIS.preparedBy)
    assert who and who <= {ID["org/itu"], ID["org/unesco"]}, who


@pytest.mark.parametrize("sentence", [
    # submitted, not prepared; prepared without a symbol; the anaphor far from any symbol
    "1. 国际电联向理事会提交了报告（A/75/302）。\n",
    "1. 该报告由国际电联编写，涵盖了2019年的活动。\n",
    "1. 各国政府将编写国家报告，说明进展。\n",
])
def test_no_preparer_without_a_symbol_and_a_preparing_verb(reference, sentence):
    store, _ = extract_text(reference, sentence, RULES, doc_id="981")
    assert not [t for t in store.facts if t[1] == WSIS.preparedBy]

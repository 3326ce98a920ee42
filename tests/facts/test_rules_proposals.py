"""Proposal rules (graph_builder/facts/rules_proposals.py): new sentences of the corpus' forms, and the corpus."""

from __future__ import annotations

import pytest

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import objects, quotes, store_for

RULES = ["proposals.act", "proposals.event"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def test_event_proposed_by_a_country_at_a_conference(monkeypatch, reference):
    text = "2. 当时马里在1998年国际电联全权代表大会上最先提出召开峰会的建议。\n"
    store, doc = store_for(monkeypatch, reference, text, RULES)
    summit = ID["event/wsis"]
    assert objects(store, summit, WSIS.proposedBy) == {ID["place/mali"]}
    assert objects(store, summit, WSIS.proposedAt) == {ID["event/itu-pp-98"]}
    assert quotes(store, doc, summit, WSIS.proposedBy, ID["place/mali"]) == ["马里在1998年国际电联全权代表大会上最先提出召开峰会的建议"]


def test_a_city_does_not_propose_and_a_bare_proposal_needs_its_idea(monkeypatch, reference):
    text = "3. 日内瓦提出举办峰会的倡议。马里提出了峰会。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert not objects(store, ID["event/wsis"], WSIS.proposedBy)


def test_act_proposed_by_a_country(monkeypatch, reference):
    text = "1. 国际电信联盟全权代表大会根据马里提出的第73号决议 (1998年，明尼阿波利斯)决定，责成秘书长筹备峰会。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    acts = {s for (s, p, o) in store.facts if p == WSIS.proposedBy and o == ID["place/mali"]}
    assert acts == {ID["resolution/itu-pp-73-1998"]}


def test_corpus_tunisia_proposed_the_summit_and_resolution_73(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    store = extract(documents, reference, mentions, only=RULES)
    assert objects(store, ID["event/wsis"], WSIS.proposedBy) == {ID["place/tunisia"]}
    assert objects(store, ID["event/wsis"], WSIS.proposedAt) == {ID["event/itu-pp-98"]}
    assert objects(store, ID["resolution/itu-pp-73-1998"], WSIS.proposedBy) == {ID["place/tunisia"]}

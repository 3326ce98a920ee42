"""Proposal rules (graph_builder/facts/rules_proposals.py): new sentences of the corpus' forms, and the corpus."""

from __future__ import annotations

import pytest

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import objects, quotes, store_for

RULES = ["proposals.act", "proposals.event", "proposals.consulted"]


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


def test_themes_proposed_after_consultation_and_presented_in_two_years(monkeypatch, reference):
    text = "4. 联合国开发计划署在与其他联合国机构协商后拟订了若干主题建议，随后于2005年和2006年向经济及社会理事会提交了这些建议。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    themes = WSIS.ThemeScheme
    assert objects(store, themes, WSIS.proposedBy) == {ID["org/undp"]}
    assert objects(store, themes, WSIS.consulted) == {ID["group/un-agencies"]}
    assert objects(store, themes, WSIS.submittedTo) == {ID["body/ecosoc"]}
    assert {str(y) for y in objects(store, themes, WSIS.submissionYear)} == {"2005", "2006"}


def test_themes_proposed_without_consultation(monkeypatch, reference):
    text = "5. 国际电联理事会提出了一系列主题建议，并于2004年向经济及社会理事会提出了这些建议。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert objects(store, WSIS.ThemeScheme, WSIS.proposedBy) == {ID["body/itu-council"]}
    assert {str(y) for y in objects(store, WSIS.ThemeScheme, WSIS.submissionYear)} == {"2004"}
    assert not objects(store, WSIS.ThemeScheme, WSIS.consulted)


@pytest.mark.parametrize("text", [
    "6. 联合国开发计划署在与其他联合国机构协商后提出了一项预算建议。\n",  # a proposal with no node of its own
    "7. 请联合国开发计划署审议这些主题。\n",
    "8. 国际电联理事会讨论了主题，并于2004年向经济及社会理事会提交了报告。\n",
])
def test_no_proposal_of_themes(monkeypatch, reference, text):
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert not {(s, p) for (s, p, o) in store.facts if s == WSIS.ThemeScheme}


def test_corpus_themes_proposed_by_the_itu_secretariat(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    store = extract(documents, reference, mentions, only=RULES)
    themes = WSIS.ThemeScheme
    assert objects(store, themes, WSIS.submittedTo) == {ID["body/itu-council"]}
    assert objects(store, themes, WSIS.consulted) == {ID["group/un-agencies"]}
    assert {str(y) for y in objects(store, themes, WSIS.submissionYear)} == {"2000", "2001"}
    assert len(objects(store, themes, WSIS.proposedBy)) == 1

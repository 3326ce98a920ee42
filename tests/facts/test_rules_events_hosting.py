"""Offers to host (graph_builder/facts/rules_events_hosting.py): new sentences of the corpus' forms, and the corpus."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Literal

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import objects, quotes, store_for, subjects

RULES = ["events.identity", "hosting.offer"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def test_invitations_received_from_countries_point_back_to_the_announced_series(monkeypatch, reference):
    text = ("7. 第二次筹备委员会会议之后，将举办一系列分区域筹备会议。已从马里、瑞士以及日本收到了"
            "要求主办此类会议的邀请。\n")
    store, doc = store_for(monkeypatch, reference, text, RULES)
    series = ID["event/sub-regional-preparatory-meetings-950-para-7"]
    assert subjects(store, WSIS.offeredToHost, series) == {ID["place/mali"], ID["place/switzerland"], ID["place/japan"]}
    assert objects(store, series, RDF.type) == {WSIS.EventSeries}
    labels = {o.language: str(o) for o in objects(store, series, RDFS.label)}
    assert labels["zh"] == "分区域筹备会议"
    assert labels["en"].startswith("Series of sub-regional preparatory meetings (")
    assert quotes(store, doc, ID["place/mali"], WSIS.offeredToHost, series) == [
        "从马里、瑞士以及日本收到了要求主办此类会议的邀请"]


def test_countries_that_offer_a_named_meeting(monkeypatch, reference):
    text = "3. 马里和日本已正式提出举办第二次筹备委员会会议的邀请。\n"
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert subjects(store, WSIS.offeredToHost, ID["event/prepcom-2"]) == {ID["place/mali"], ID["place/japan"]}


def test_no_offer_without_a_host_or_without_a_meeting_to_point_back_to(monkeypatch, reference):
    text = ("4. 已从日内瓦收到了要求举办此类会议的正式邀请。\n"      # a city does not invite
            "5. 已从马里收到了要求举办此类会议的正式邀请。\n")       # no series announced in the paragraph
    store, _ = store_for(monkeypatch, reference, text, RULES)
    assert not [f for f in store.facts if f[1] == WSIS.offeredToHost]


def test_corpus_chile_japan_and_romania_offered_to_host_regional_meetings(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    store = extract(documents, reference, mentions, only=RULES)
    series = ID["event/regional-meetings-000-para-13"]
    assert subjects(store, WSIS.offeredToHost, series) == {ID["place/chile"], ID["place/japan"], ID["place/romania"]}
    assert Literal("区域性会议", lang="zh") in objects(store, series, RDFS.label)


def test_a_government_offering_to_convene_a_meeting_in_its_city(monkeypatch, reference):
    text = ("8. 我们欢迎日本政府慷慨提出在2007年以前在东京召开互联网治理论坛的第二次会议。\n"
            "9. 马里提出召开互联网治理论坛的第三次会议。\n")  # no place, no invitation: a proposal, not an offer
    store, doc = store_for(monkeypatch, reference, text, RULES)
    offers = {(s, o) for (s, p, o) in store.facts if p == WSIS.offeredToHost}
    assert offers == {(ID["org/government-of-japan"], ID["event/igf-meeting-2"])}
    assert quotes(store, doc, ID["org/government-of-japan"], WSIS.offeredToHost, ID["event/igf-meeting-2"]) == [
        "日本政府慷慨提出在2007年以前在东京召开互联网治理论坛的第二次会议"]


def test_corpus_greece_offered_to_host_the_first_igf_meeting(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    store = extract(documents, reference, mentions, only=RULES)
    assert subjects(store, WSIS.offeredToHost, ID["event/igf-meeting-1"]) == {ID["org/government-of-greece"]}


def test_a_government_offering_a_meeting_on_dates_in_a_city_the_lists_lack(monkeypatch, reference):
    # 提出于DATE在CITY主办W: the date makes it an offer to host, even where the city is not a known place; the
    # meeting is the one the frames number (论坛第十六次会议)
    text = ("8. 我们欢迎秘鲁政府提出于2021年11月8日至10日在阿雷基帕主办互联网治理论坛的第十六次会议。\n"
            "9. 马里提出召开互联网治理论坛的第十七次会议。\n")  # no date, place or invitation: a proposal
    store, doc = store_for(monkeypatch, reference, text, ["events.identity", "frames", "hosting.offer"])
    offers = {(s, o) for (s, p, o) in store.facts if p == WSIS.offeredToHost}
    assert offers == {(ID["org/government-of-peru"], ID["event/igf-meeting-16"])}


def test_a_series_announced_after_or_before_a_named_meeting(monkeypatch, reference):
    text = ("1. 第一次筹备委员会会议之后，将举办一系列区域性会议。已从智利收到了要求举办此类会议的正式邀请。\n\n"
            "2. 在召开PrepCom-2会议前，计划召开一系列的区域筹备会议。\n\n"
            "3. 第一次筹备委员会会议讨论了一系列区域性会议。\n")
    store, _ = store_for(monkeypatch, reference, text, RULES + ["hosting.series-order"], profile=None)
    series = ID["event/regional-meetings-950-para-1"]
    assert objects(store, series, WSIS.precededBy) == {ID["event/prepcom-1"]}
    assert objects(store, ID["place/chile"], WSIS.offeredToHost) == {series}  # the same series node
    assert objects(store, ID["event/prepcom-2"], WSIS.precededBy) == {ID["event/regional-preparatory-meetings-950-para-2"]}
    assert not [s for s in subjects(store, WSIS.precededBy, ID["event/prepcom-1"]) if "para-3" in str(s)]

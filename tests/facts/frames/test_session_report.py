"""A session report's title block names the body whose session it reports on (graph_builder/facts/rules_frames.py
``_reporting_body``): its sections speak of that body, so 委员会第N届会议 in them is that body's session; a venue
after the city belongs to the place (graph_builder/facts/frames/slots.py). New sentences, not a fixture's."""

from __future__ import annotations


from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

BODY = """经济及社会理事会
正式记录

科技促进发展委员会
第二十届会议报告

第一章
会议安排

1. 委员会第二十一届会议将于2018年5月14日至18日在日内瓦举行。

2. 会议选举秘书处的代表卡米拉·维加（Camila Vega）女士为委员会第二十一届会议主席。

3. 委员会第二十届会议于2017年5月8日至12日在日内瓦万国宫举行，并于2017年11月20日在纽约联合国总部举行了一次续会。
"""

NOT_A_SESSION_REPORT = BODY.replace("第二十届会议报告", "工作方案")


def _facts(text: str):
    return extract_text(load_reference(), text, ["frames"], "t")[0].facts


def test_a_session_of_the_reporting_body_is_dated_in_a_section_that_does_not_name_the_body():
    facts = _facts(BODY)
    session = ID["event/cstd-session-21"]
    assert (session, WSIS.isoDate, Literal("2018-05-14/2018-05-18")) in facts
    assert (session, SCHEMA.location, ID["place/geneva"]) in facts


def test_words_before_the_head_noun_are_not_a_body_name():
    facts = _facts(BODY)
    assert not [s for (s, p, o) in facts if "xianshengwei" in str(s) or "nvshiwei" in str(s)]


def test_a_venue_after_the_city_and_a_resumed_part_held_there():
    facts = _facts(BODY)
    assert (ID["event/cstd-session-20"], SCHEMA.location, ID["place/geneva"]) in facts
    resumed = ID["event/cstd-session-20-resumed"]
    assert (resumed, SCHEMA.location, ID["place/new-york"]) in facts
    assert (resumed, SCHEMA.startDate, Literal("2017-11-20", datatype=XSD.date)) in facts


def test_without_a_session_report_in_the_title_block_the_committee_stays_unnamed():
    facts = _facts(NOT_A_SESSION_REPORT)
    assert not [t for t in facts if t[0] == ID["event/cstd-session-21"] and t[1] == WSIS.isoDate]

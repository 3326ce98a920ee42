"""Votes a committee's report states (graph_builder/facts/rules_votes.py): counts in every form, outcome, what was
voted on (a draft, an amendment, a paragraph), the lists of a recorded vote and the meeting; and the report's forms
of introduction and sponsorship (rules_drafts.py). The report is written for this test, in another layout."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects, subjects

REPORT = """第二委员会的报告

报告员：　某某女士（蒙古）

一、导言

1．委员会于2021年10月5日第2次会议和11月16日第41次会议审议了该项目。

二、提案的审议

2．在11月16日第41次会议上，墨西哥代表以拉丁美洲和加勒比国家集团的名义，介绍了题为“数字包容”的决议草案（A/C.2/76/L.7）。随后，秘鲁、智利和乌拉圭也加入为提案国。

3．在同一次会议上，大韩民国代表介绍了对决议草案A/C.2/76/L.7的修正案（A/C.2/76/L.40）。该修正案以12票对95票、30票弃权未获通过。

4．也在同次会议上，委员会对序言部分第4段进行单独表决，以88票赞成、20票反对、15票弃权删除了该段。

5．也在同次会议上，决议草案A/C.2/76/L.7经记录表决以3票对2票、无弃权获得通过。表决结果如下：
赞成：阿根廷、智利、突尼斯；反对：挪威、冰岛；弃权：无。

6．委员会以协商一致方式通过了决议草案A/C.2/76/L.9。

7．多数代表团表示赞成：应当加强合作。理事会以12票赞成、3票反对选出了新的主席。
"""


def _facts():
    store, _ = extract_text(load_reference(), REPORT, ["acts.votes", "acts.drafts"], "t")
    return store


def _votes(store):
    """{(document symbol slug, part or None): vote IRI}."""
    out = {}
    for v in subjects(store, WSIS.voteOutcome, Literal("adopted")) | subjects(store, WSIS.voteOutcome,
                                                                               Literal("rejected")) \
            | subjects(store, WSIS.voteOutcome, Literal("deleted")):
        (on,) = objects(store, v, WSIS.voteOn)
        part = next(iter(objects(store, v, WSIS.votedPart)), None)
        out[(str(on).rsplit("/", 1)[1], str(part) if part else None)] = v
    return out


def _n(k):
    return Literal(k, datatype=XSD.integer)


def test_counts_in_both_forms_with_the_outcome_and_what_was_voted_on():
    store = _facts()
    votes = _votes(store)
    amend = votes[("un-a-c.2-76-l.40", None)]  # 该修正案: the amendment named last
    assert objects(store, amend, WSIS.voteOutcome) == {Literal("rejected")}
    assert [objects(store, amend, p) for p in (WSIS.inFavourCount, WSIS.againstCount, WSIS.abstentionCount)] == [
        {_n(12)}, {_n(95)}, {_n(30)}]
    part = votes[("un-a-c.2-76-l.7", "序言部分第4段")]  # a paragraph of the draft the amendment amends
    assert objects(store, part, WSIS.voteOutcome) == {Literal("deleted")}
    draft = votes[("un-a-c.2-76-l.7", None)]  # passive, 无弃权 is 0
    assert objects(store, draft, WSIS.abstentionCount) == {_n(0)}
    assert objects(store, draft, WSIS.votingMethod) == {Literal("recorded vote")}
    consensus = votes[("un-a-c.2-76-l.9", None)]
    assert objects(store, consensus, WSIS.votingMethod) == {Literal("without a vote")}


def test_the_lists_of_a_recorded_vote_and_the_meeting_it_was_taken_at():
    store = _facts()
    draft = _votes(store)[("un-a-c.2-76-l.7", None)]
    # a city of a country's name is the country in a list of countries (突尼斯: Tunisia, not Tunis)
    assert objects(store, draft, WSIS.inFavour) == {ID["place/argentina"], ID["place/chile"], ID["place/tunisia"]}
    assert objects(store, draft, WSIS.against) == {ID["place/norway"], ID["place/iceland"]}
    assert objects(store, draft, WSIS.abstaining) == set()
    # 也在同次会议上: the meeting the report named last, a bare 第41次会议 of the committee whose report it is
    assert objects(store, draft, WSIS.voteAt) == {ID["event/second-committee-meeting-41"]}


def test_a_count_without_an_outcome_of_a_proposal_and_a_word_of_assent_are_no_vote():
    store = _facts()
    assert len(_votes(store)) == 4
    assert not [f for f in store.facts if f[1] == WSIS.inFavourCount and f[2] == _n(12)
                and objects(store, f[0], WSIS.voteOutcome) != {Literal("rejected")}]


def test_introduced_on_behalf_of_a_group_in_the_report_form_and_sponsors_joined():
    store = _facts()
    draft, amend = ID["document/un-a-c.2-76-l.7"], ID["document/un-a-c.2-76-l.40"]
    assert objects(store, draft, WSIS.introducedBy) == {ID["place/mexico"]}
    assert ID["group/latin-american-and-caribbean-group"] in objects(store, draft, WSIS.proposedBy) or \
        any("caribbean" in str(o) for o in objects(store, draft, WSIS.proposedBy))
    assert {ID["place/peru"], ID["place/chile"], ID["place/uruguay"]} <= objects(store, draft, WSIS.proposedBy)
    assert objects(store, amend, WSIS.introducedBy) == {ID["place/republic-of-korea"]}
    assert objects(store, amend, WSIS.proposedBy) == {ID["place/republic-of-korea"]}
    # Mexico introduced the draft on the group's behalf: it is not itself a proposer
    assert ID["place/mexico"] not in objects(store, draft, WSIS.proposedBy)


SUBMITTED = """第二委员会的报告

1．在12月1日第30次会议上，委员会收到由委员会副主席托比亚斯·林德（Tobias Lind）先生（瑞典）根据就决议草案A/C.2/76/L.7进行的非正式协商提交的同名决议草案（A/C.2/76/L.55）。

2．委员会收到秘书长提交的报告（A/76/64），以及由墨西哥提交的意见。
"""


def test_a_draft_submitted_by_a_vice_chair_after_informal_consultations():
    store, _ = extract_text(load_reference(), SUBMITTED, ["acts.drafts"], "t")
    assert objects(store, ID["document/un-a-c.2-76-l.55"], WSIS.submittedBy) == {ID["person/tobias-lind"]}
    # the draft the consultations were on is not submitted by the Vice-Chair; a report names no draft
    assert not [f for f in store.facts if f[1] == WSIS.submittedBy and f[0] != ID["document/un-a-c.2-76-l.55"]]

"""Draft resolutions in a meeting's record (graph_builder/facts/rules_drafts.py): who introduced them on whose
behalf, who joined the sponsors, at which meeting they were adopted (a record written for this test)."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

RECORD = """联合国　　　　　　　　　　　　A/C.2/71/SR.31
大会　　　　　　　　　　　　　Distr.: General
第七十一届会议　　　　　　　　2016年12月2日
正式记录　　　　　　　　　　　Chinese
　　　　　　　　　　　　　　　Original: Spanish

第二委员会
第31次会议简要记录
2016年11月22日星期二上午10时在纽约总部举行

主席：　　　丹纳先生（匈牙利）

1.　萨利赫女士（也门）代表77国集团和中国介绍了决议草案A/C.2/71/L.12。

2.　奥乔亚先生（墨西哥）介绍了决议草案A/C.2/71/L.15。

3.　主席说，下列国家加入提案国行列：不丹、斐济和乌拉圭。

4.　经口头订正的决议草案A/C.2/71/L.15未经表决获得通过。

5.　代表们讨论了决议草案A/C.2/71/L.20，但没有采取行动。
"""


def _facts():
    return extract_text(load_reference(), RECORD,
                        ["frames", "events.identity", "citations.un-documents", "acts.drafts"], "t")[0].facts


def test_introduced_on_behalf_of_a_group_or_by_a_country():
    facts = _facts()
    assert (ID["document/un-a-c.2-71-l.12"], WSIS.proposedBy, ID["group/group-of-77-and-china"]) in facts
    assert (ID["document/un-a-c.2-71-l.15"], WSIS.proposedBy, ID["place/mexico"]) in facts


def test_sponsors_joined_later_propose_the_last_draft_named():
    facts = _facts()
    got = {o for (s, p, o) in facts if s == ID["document/un-a-c.2-71-l.15"] and p == WSIS.proposedBy}
    assert {ID["place/bhutan"], ID["place/fiji"], ID["place/uruguay"]} <= got


def test_adopted_at_the_meeting_the_record_names_and_a_draft_only_discussed_is_not():
    facts = _facts()
    adopted = {(s, o) for (s, p, o) in facts if p == WSIS.adoptedAt}
    assert adopted == {(ID["document/un-a-c.2-71-l.15"], ID["event/second-committee-meeting-31"])}
    assert not [f for f in facts if f[0] == ID["document/un-a-c.2-71-l.20"] and f[1] == WSIS.proposedBy]

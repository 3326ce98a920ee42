"""Contributions and a total stated clause by clause in running text, and the companies and associations that
give them, recognised by their suffix word (new sentences written for this test)."""

from __future__ import annotations

import pytest

from graph_builder.entities import named_forms as N
from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def test_companies_and_associations_by_their_suffix():
    text = "2016年，卡斯特罗电子集团和诺瓦卫星公司提供了支持，南方移动运营商协会也参加了会议。各国电信公司表示欢迎。"
    assert [text[h.start:h.end] for h in N.bare_names(text)] == ["卡斯特罗电子集团", "诺瓦卫星公司", "南方移动运营商协会"]


def _contributions(reference, text):
    store, _ = extract_text(reference, text + "\n", ["money.pledges-prose", "money.stated-totals-prose"])
    by = {}
    for (s, p, o) in store.facts:
        by.setdefault(str(s).rsplit("/", 1)[-1], {})[str(p).rsplit("#", 1)[-1]] = str(o).rsplit("/", 1)[-1]
    return by


def test_each_clause_gives_one_contribution_and_the_total_is_stated(reference):
    got = _contributions(reference, "2016年，卡斯特罗电子集团捐助了30万美元，国际电联捐款15万美元，"
                                    "捐款总额为45万美元。诺瓦卫星公司将出资约10万美元。")
    gifts = {v["contributor"]: (v["originalAmount"], v["status"]) for v in got.values() if "contributor" in v}
    assert gifts == {"kasiteluodianzijituan": ("300000", "received"), "itu": ("150000", "received"),
                     "nuowaweixinggongsi": ("100000", "pledged")}
    totals = [v for k, v in got.items() if k.endswith("-stated")]
    assert [t["originalAmount"] for t in totals] == ["450000"]


def test_no_contribution_without_an_agent_or_an_amount(reference):
    got = _contributions(reference, "会议感谢各方捐助了大量资源。捐款总额尚未确定。各国捐助了10万美元。")
    assert not [v for v in got.values() if "contributor" in v or "originalAmount" in v]


def test_countries_pledging_in_a_run_and_no_gift_after_a_preposition(reference):
    got = _contributions(reference, "会议注意到，蒙古认捐25 000美元、斯里兰卡认捐10 000美元，认捐总额为35 000美元。")
    gifts = {v["contributor"]: (v["originalAmount"], v["status"]) for v in got.values() if "contributor" in v}
    assert gifts == {"mongolia": ("25000", "pledged"), "sri-lanka": ("10000", "pledged")}
    got = _contributions(reference, "会议在蒙古捐款25 000美元的用途问题上未能达成一致。")
    assert not [v for v in got.values() if "contributor" in v]


def test_the_funds_of_listed_projects_summed_are_a_stated_total(reference):
    got = _contributions(reference, "以上五个试点项目的资金共计320万欧元，其中两项由欧洲联盟资助。")
    assert [v["originalAmount"] for k, v in got.items() if k.endswith("-stated")] == ["3200000"]
    none = _contributions(reference, "资金共计划于明年到位，经费合计尚待核定。")
    assert not [k for k in none if k.endswith("-stated")]
